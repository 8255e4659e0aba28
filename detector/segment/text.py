"""Plain-text segmentation: paragraphs, or lines when a text has no blank line.

Blocks are spans of the original string. Nothing here rewrites text: a block's
text is always ``source[start:end]``, so the cleaner can reproduce kept blocks
byte for byte, with the input's own separators between them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: A blank line: a line break followed by one or more lines holding only
#: whitespace (CRLF, tabs and Unicode spaces included).
_BLANK_LINE_RUN = re.compile(r"\r?\n(?:[^\S\r\n]*\r?\n)+|\r(?:[^\S\r\n]*\r)+(?!\n)")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_EDGE_SPACE = re.compile(r"^\s+|\s+$")


class Segment(NamedTuple):
    """A block's span in the source: ``source[start:end]`` is its text."""

    start: int
    end: int


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    """The span without its leading and trailing whitespace, or None if blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end) if start < end else None


def _spans_between(text: str, separators: re.Pattern[str]) -> list[Segment]:
    spans: list[Segment] = []
    position = 0
    for match in separators.finditer(text):
        span = _trimmed(text, position, match.start())
        if span:
            spans.append(span)
        position = match.end()
    span = _trimmed(text, position, len(text))
    if span:
        spans.append(span)
    return spans


def segment_text(text: str) -> list[Segment]:
    """Split ``text`` into blocks.

    Paragraphs are separated by blank lines. A text with no blank line at all
    (trafilatura output, crawl text) is split one line per block. Empty or
    whitespace-only input gives no block.
    """
    if not text or text.isspace():
        return []
    trimmed = _trimmed(text, 0, len(text))
    assert trimmed is not None
    inner = text[trimmed.start : trimmed.end]
    separators = _BLANK_LINE_RUN if _BLANK_LINE_RUN.search(inner) else _LINE_BREAK
    return _spans_between(text, separators)
