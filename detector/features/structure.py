"""Structural features of HTML blocks: where in the page's markup a block sits.

Ad slots, widgets and page chrome announce themselves in markup as much as in
words: an ``aside``, a ``div class="ad-wrapper"``, an ``ins class="adsbygoogle"``
next door, a ``rel="sponsored"`` link, a grid of sibling cards that all look
alike. Each block gets a bag of markup tokens (its tag, the landmark elements
around it, and the class / id / role / aria / ``data-*`` words of its element
and ancestors, split at real token boundaries), scored by a linear model,
and a few numbers. Hashed class
names (``css-1q2w3e``) carry no word and are dropped.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd
from lxml import etree, html
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from detector.features.columns import as_columns, fitted_columns, text_input_tags
from detector.features.frame import block_frame
from detector.page import Page
from detector.segment.html import GOLD_ATTRIBUTE, GOLD_KIND_ATTRIBUTE

ANCESTOR_LEVELS = 6
"""Ancestors whose attribute words describe a block (beyond, every block shares them)."""
LANDMARK_TAGS = frozenset(
    "article main aside nav header footer form figure li table blockquote dialog details".split()
)
WIDGET_TAGS = frozenset("iframe ins form button input select textarea embed object".split())
"""Elements that betray an ad slot, a sign-up form or an embedded widget nearby."""
WIDGET_REACH = 1
"""How many levels up a widget element marks its surroundings (its container)."""
DEPTH_CAP = 60
ATTRIBUTE_NAMES = ("class", "id", "role", "aria-label", "itemprop", "rel")
NUMERIC_COLUMNS = (
    "link_density",
    "sponsored_links",
    "depth_from_main",
    "widget_near",
    "sibling_repeats",
    "in_main",
    "main_found",
    "main_span",
    "main_before",
    "main_after",
)
DOM_COLUMN = "dom"
MAIN_GAP_SCALE = 20
"""Blocks away from the main-content span at which a block counts as far from it."""

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")
_HAS_DIGIT = re.compile(r"\d")
_SKIPPED_DATA = (GOLD_ATTRIBUTE, GOLD_KIND_ATTRIBUTE)


def attribute_words(value: str) -> list[str]:
    """The words of a class, id or data value: ``adSlot`` → ad, slot; ``ad_unit`` → ad, unit.

    A compound without separators (``adsbygoogle``, ``taboola``) is kept whole
    as well; parts with digits (hashes, counters) say nothing and are dropped.
    Class lists repeat across a page and a corpus, so the split is cached.
    """
    return list(_attribute_words(value))


@functools.lru_cache(maxsize=65536)
def _attribute_words(value: str) -> tuple[str, ...]:
    words: list[str] = []
    for chunk in value.split():
        for part in _SEPARATORS.split(_CAMEL.sub(" ", chunk)):
            for word in part.split():
                if len(word) > 1 and not _HAS_DIGIT.search(word):
                    words.append(word.lower())
        whole = chunk.lower()
        if len(whole) <= 24 and not _HAS_DIGIT.search(whole) and whole not in words and whole.isalpha():
            words.append(whole)
    return tuple(words)


def element_words(element: html.HtmlElement) -> list[str]:
    """The descriptive words of an element's attributes (never the gold marks)."""
    words: list[str] = []
    attributes = element.attrib
    for name in ATTRIBUTE_NAMES:
        value = attributes.get(name)
        if value:
            words.extend(attribute_words(value))
    for name, value in attributes.items():
        if name.startswith("data-") and name not in _SKIPPED_DATA:
            words.extend(attribute_words(name[5:]))
            if value and len(value) <= 40 and " " not in value:
                words.extend(attribute_words(value))
    return words


def _ancestors(element: html.HtmlElement, levels: int) -> list[html.HtmlElement]:
    out: list[html.HtmlElement] = []
    parent = element.getparent()
    while parent is not None and len(out) < levels:
        out.append(parent)
        parent = parent.getparent()
    return out


def _depth(element: html.HtmlElement, known: dict[html.HtmlElement, int] | None = None) -> int:
    """How deep ``element`` sits (at most ``DEPTH_CAP``); ``known`` keeps depths across a page's blocks."""
    known = {} if known is None else known
    chain: list[html.HtmlElement] = []
    current: html.HtmlElement | None = element
    base = -1
    while current is not None:
        cached = known.get(current)
        if cached is not None:
            base = cached
            break
        chain.append(current)
        current = current.getparent()
    for offset, node in enumerate(reversed(chain), start=1):
        known[node] = base + offset
    return min(known[element], DEPTH_CAP)


def _signature(element: html.HtmlElement) -> tuple[str, str]:
    return (str(element.tag), " ".join(sorted(attribute_words(element.get("class", "")))))


class _SiblingCounts:
    """How many siblings share an element's tag and class words, counted once per parent."""

    def __init__(self) -> None:
        self._counts: dict[html.HtmlElement, Counter[tuple[str, str]]] = {}
        self._signatures: dict[html.HtmlElement, tuple[str, str]] = {}
        self._repeats: dict[html.HtmlElement, int] = {}

    def __call__(self, element: html.HtmlElement) -> int:
        repeats = self._repeats.get(element)
        if repeats is None:
            repeats = self._repeats[element] = self._count(element)
        return repeats

    def _count(self, element: html.HtmlElement) -> int:
        parent = element.getparent()
        if parent is None:
            return 0
        counts = self._counts.get(parent)
        if counts is None:
            counts = Counter(self._signature(child) for child in parent if isinstance(child.tag, str))
            self._counts[parent] = counts
        return counts[self._signature(element)] - 1

    def _signature(self, element: html.HtmlElement) -> tuple[str, str]:
        signature = self._signatures.get(element)
        if signature is None:
            signature = self._signatures[element] = _signature(element)
        return signature


def _widget_marks(root: html.HtmlElement) -> set[html.HtmlElement]:
    """Elements within a few levels above a widget element (or an ``amp-*`` ad)."""
    marked: set[html.HtmlElement] = set()
    # lxml finds the elements in C: walking every element in Python cost more than the rest.
    for element in chain(root.iter(*WIDGET_TAGS), _AMP_ADS(root)):
        marked.update(_ancestors(element, WIDGET_REACH))
    return marked


_AMP_ADS = etree.XPath(
    "descendant-or-self::*[starts-with(local-name(), 'amp-') and contains(local-name(), 'ad')]"
)
"""AMP ad elements (``amp-ad``, ``amp-sticky-ad`` …), whose tags only an XPath test can pick out."""


def structure_columns(page: Page, in_main: Sequence[bool] | None = None) -> pd.DataFrame:
    """One row per block of ``page``: its markup tokens and structural numbers."""
    if not page.blocks:
        return _empty_columns()
    return pd.DataFrame(structure_rows(page, in_main))


def structure_rows(page: Page, in_main: Sequence[bool] | None = None) -> dict[str, list[Any]]:
    """The columns of ``structure_columns`` as lists, so that many pages make one frame at once."""
    widgets = _widget_marks(page.root) if page.blocks else set()
    siblings = _SiblingCounts()
    self_tokens: dict[html.HtmlElement, str] = {}
    up_tokens: dict[html.HtmlElement, str] = {}
    depths: dict[html.HtmlElement, int] = {}

    def as_self(element: html.HtmlElement) -> str:
        tokens = self_tokens.get(element)
        if tokens is None:
            tokens = self_tokens[element] = " ".join(f"self:{word}" for word in element_words(element))
        return tokens

    def as_ancestor(element: html.HtmlElement) -> str:
        tokens = up_tokens.get(element)
        if tokens is None:
            tag = element.tag
            landmark = [f"in:{tag}"] if isinstance(tag, str) and tag in LANDMARK_TAGS else []
            words = [f"up:{word}" for word in element_words(element)]
            tokens = up_tokens[element] = " ".join(landmark + words)
        return tokens

    def around(parent: html.HtmlElement) -> tuple[str, bool, int]:
        """What a block's parent and its ancestors say: the same for every block of that parent.

        The ancestors' tokens (up to ``ANCESTOR_LEVELS``), whether a widget marks
        the parent or grandparent, and how often they repeat among their siblings.
        """
        known = by_parent.get(parent)
        if known is None:
            ancestors = [parent, *_ancestors(parent, ANCESTOR_LEVELS - 1)]
            tokens = " ".join(part for part in map(as_ancestor, ancestors) if part)
            near = ancestors[:2]
            known = by_parent[parent] = (
                tokens,
                any(a in widgets for a in near),
                max(siblings(a) for a in near),
            )
        return known

    by_parent: dict[html.HtmlElement, tuple[str, bool, int]] = {}
    rows: dict[str, list[Any]] = {DOM_COLUMN: [], **{name: [] for name in NUMERIC_COLUMNS}}
    raw_depths: list[int] = []
    for index, block in enumerate(page.blocks):
        element = block.element
        parent = element.getparent()
        up, widget_up, repeats_up = around(parent) if parent is not None else ("", False, 0)
        parts = (f"tag:{block.tag}", as_self(element), up)
        rows[DOM_COLUMN].append(" ".join(part for part in parts if part))
        rows["link_density"].append(min(1.0, block.link_chars / max(1, len(block.text))))
        rows["sponsored_links"].append(block.sponsored_links)
        raw_depths.append(_depth(element, depths))
        rows["widget_near"].append(float(element in widgets or widget_up))
        rows["sibling_repeats"].append(max(siblings(element), repeats_up))
        rows["in_main"].append(float(in_main[index]) if in_main is not None else 0.0)
    rows["depth_from_main"] = list(depths_from_main(raw_depths, in_main))
    for name, values in main_span_columns(in_main, len(page.blocks)).items():
        rows[name].extend(values)
    return rows


def depths_from_main(depths: Sequence[int], in_main: Sequence[bool] | None) -> list[float]:
    """Each block's depth less the median depth of the page's main text (of all blocks if none is marked).

    How deep a site nests its article is the site's habit: a Squarespace
    post sits twenty levels down, a hand-made page three. Absolute depth let
    the model learn our templates' habits (on a development page it removed
    a whole Squarespace article, deep like our ad slots), while what tells an
    ad slot is how much deeper than the article's paragraphs it sits.
    """
    if not depths:
        return []
    marked = [d for d, m in zip(depths, in_main or ()) if m]
    reference = float(np.median(marked if marked else depths))
    return [d - reference for d in depths]


def main_span_columns(in_main: Sequence[bool] | None, count: int) -> dict[str, list[float]]:
    """Where each block lies relative to the span of the main content.

    The main-content extractor keeps the article's body; page chrome (menus,
    related-story lists, footers) lies outside the span from its first to its
    last kept block, while a title, standfirst or byline the extractor left
    out sits just before it and a caption or fact box it dropped lies inside.
    So beside each block's own mark, the model reads whether the block is
    inside that span and how many blocks before or after it lies.
    """
    marked = [i for i in range(count) if in_main is not None and in_main[i]]
    if not marked:
        zeros = [0.0] * count
        return {"main_found": zeros, "main_span": zeros, "main_before": zeros, "main_after": zeros}
    first, last = marked[0], marked[-1]
    return {
        "main_found": [1.0] * count,
        "main_span": [float(first <= i <= last) for i in range(count)],
        "main_before": [min(1.0, max(0, first - i) / MAIN_GAP_SCALE) for i in range(count)],
        "main_after": [min(1.0, max(0, i - last) / MAIN_GAP_SCALE) for i in range(count)],
    }


class StructureFeatures(TransformerMixin, BaseEstimator):
    """The structural numbers of HTML blocks (link density, sponsored links, depth …).

    Reads the numeric columns made by ``structure_columns``, in the order of
    ``NUMERIC_COLUMNS``; the ``dom`` tokens are scored by a cross-fitted
    linear model of their own (``TextScores`` over the token column), which
    hands the trees six numbers instead of hundreds of sparse columns.
    """

    def fit(self, X: Any, y: Any = None) -> StructureFeatures:
        columns = as_columns(X)
        if columns.shape[0] == 0:
            raise ValueError("Found array with 0 sample(s) while a minimum of 1 is required.")
        self.n_features_in_ = columns.shape[1]
        self._numbers(columns)
        return self

    def transform(self, X: Any) -> np.ndarray:
        return self._numbers(fitted_columns(self, X))

    @staticmethod
    def _numbers(columns: np.ndarray) -> np.ndarray:
        try:
            return np.asarray(columns, dtype=np.float64)
        except (TypeError, ValueError) as error:
            raise ValueError(f"the structural columns must be numbers ({error})") from error

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "n_features_in_")
        names = list(NUMERIC_COLUMNS)[: self.n_features_in_]
        names += [f"column_{i}" for i in range(len(names), self.n_features_in_)]
        return np.asarray([f"markup_{name}" for name in names], dtype=object)

    def __sklearn_tags__(self) -> Any:
        return text_input_tags(super().__sklearn_tags__())


def _empty_columns() -> pd.DataFrame:
    return pd.DataFrame({DOM_COLUMN: pd.Series([], dtype=object), **{n: [] for n in NUMERIC_COLUMNS}})


def page_frame(
    pages: Sequence[Page],
    in_main: Sequence[Sequence[bool]] | None = None,
    groups: Sequence[int] | None = None,
) -> pd.DataFrame:
    """The block frame of HTML pages: text columns plus the markup columns of each block."""
    frame = block_frame([[block.text for block in page.blocks] for page in pages], groups)
    columns: dict[str, list[Any]] = {DOM_COLUMN: [], **{name: [] for name in NUMERIC_COLUMNS}}
    for index, page in enumerate(pages):
        for name, values in structure_rows(page, in_main[index] if in_main is not None else None).items():
            columns[name].extend(values)
    # One frame for all pages: a frame per page cost a tenth of the structural features' time.
    markup = pd.DataFrame(columns) if len(frame) else _empty_columns()
    return pd.concat([frame, markup], axis=1)
