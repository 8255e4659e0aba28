"""An HTML page as the detector sees it: its blocks and the plain text they make.

The plain text of a page is its blocks in reading order, paragraphs separated
by a blank line, and list items or table cells that follow each other in the
same list or row on their own lines. A block's ``start``/``end`` index this
text, as a text block's offsets index its document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import html

from detector.guards import TimeBudget
from detector.segment.html import LINE_TAGS, HtmlBlock, parse_html, segment_html

PARAGRAPH_BREAK = "\n\n"
LINE_BREAK = "\n"

_MARKUP_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|table|article|section|img)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a document is an HTML page or fragment rather than plain text.

    A page that opens like one (doctype, ``<html>``, ``<head>`` …) is HTML; so
    is a fragment in which common tags are frequent, not a text that merely
    mentions a ``<div>``.
    """
    head = text[:4096]
    if _MARKUP_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 3 and tags * 40 >= len(head.split())


@dataclass
class Page:
    """A parsed page, its blocks and its plain text."""

    root: html.HtmlElement
    blocks: list[HtmlBlock]
    text: str
    spans: list[tuple[int, int]]
    """Each block's (start, end) in ``text``."""


def separator(previous: HtmlBlock, block: HtmlBlock) -> str:
    """What goes between two kept blocks: a line break inside a list or row, else a blank line."""
    if (
        previous.tag in LINE_TAGS
        and block.tag in LINE_TAGS
        and previous.element.getparent() is block.element.getparent()
    ):
        return LINE_BREAK
    return PARAGRAPH_BREAK


def read_page(page: str | bytes, budget: TimeBudget | None = None) -> Page:
    """Parse and segment a page (within ``budget``); its text is the blocks joined by their separators."""
    root = parse_html(page)
    if budget is not None:
        budget.check("parsing the page")
    blocks = segment_html(root, budget)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for index, block in enumerate(blocks):
        if index:
            gap = separator(blocks[index - 1], block)
            parts.append(gap)
            position += len(gap)
        parts.append(block.text)
        spans.append((position, position + len(block.text)))
        position += len(block.text)
    return Page(root, blocks, "".join(parts), spans)


PRUNE_REACH = 64
"""Ancestors of a removed block considered for removal with it."""


def pruned_markup(page: Page, removed: Sequence[bool]) -> str:
    """The page's markup with the elements of removed blocks taken out.

    Each removed block takes with it its highest enclosing element (below
    ``body``) whose blocks are all removed: an ad's wrapper goes with its label,
    headline and empty slot. Text sitting directly in an element that also
    holds kept blocks, and sentences cut out of a kept paragraph, stay: markup
    can only lose whole elements.
    """
    total: dict[html.HtmlElement, int] = {}
    gone: dict[html.HtmlElement, int] = {}
    chains: list[list[html.HtmlElement]] = []
    for block, is_removed in zip(page.blocks, removed):
        chain: list[html.HtmlElement] = []
        element: html.HtmlElement | None = block.element
        while element is not None and len(chain) < PRUNE_REACH and element.tag not in ("body", "html"):
            chain.append(element)
            total[element] = total.get(element, 0) + 1
            gone[element] = gone.get(element, 0) + int(is_removed)
            element = element.getparent()
        chains.append(chain if is_removed else [])
    dropped: set[html.HtmlElement] = set()
    for chain in chains:
        highest = None
        for element in chain:
            if gone[element] != total[element]:
                break
            highest = element
        if highest is not None:
            dropped.add(highest)
    for element in dropped:
        if not any(ancestor in dropped for ancestor in element.iterancestors()):
            element.drop_tree()
    return html.tostring(page.root, encoding="unicode", doctype="<!DOCTYPE html>")
