"""The detector: segment a document, label its blocks, emit the purified text."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Literal

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from detector.blocks import Block, Label
from detector.clean import render as render_kept
from detector.decision import DEFAULT_THRESHOLD, decide, likeliest_promo
from detector.errors import TimeBudgetExceeded
from detector.features.frame import block_frame
from detector.features.memo import batch_scope
from detector.features.structure import page_frame
from detector.guards import DEFAULT_TIME_BUDGET, TimeBudget, feature_chars
from detector.main_content import in_main_content
from detector.model.ensemble import averaged_stages, pipeline_stages
from detector.model.sequence import SequenceStacker
from detector.model.splice import SPLICE_PASSES, SPLICE_THRESHOLD, ViewRow, cleaned_view, view_texts
from detector.model.store import StoredModel, load_model
from detector.page import Page, looks_like_html, pruned_markup, read_page
from detector.segment import segment_text
from detector.segment.html import TypePositions, locator

SETTLE_PASSES = 2
"""Extra passes over the cleaned text of a document (see ``Detector._settle``)."""
RESTORE_OWN = 0.05
"""A removed block whose own first-stage removal probability is at most this, at the edge
of a removed run, is checked again in the cleaned document (see ``Detector._restore_edges``).
On the held-out split this keeps 9 more content blocks and removes 8 fewer promo blocks
(of 6,016 and 1,036); at 0.1 and above it gave up promo blocks on the development set."""
MAIN_GUARD_CHARS = 400
"""Main text (characters) from which a page's main text is never wholly left to the page model."""
MAIN_GUARD_KEPT = 0.2
"""Share of the main text below which the page model's verdict on it is checked by the text model."""
DEFAULT_BATCH_SIZE = 256
"""Documents classified together: amortises the per-call cost of the model."""

InputFormat = Literal["auto", "text", "html"]
Document = str | bytes


@dataclass
class Parsed:
    """A document as blocks over a source text: the text itself, or an HTML page's visible text."""

    source: str
    blocks: list[Block]
    page: Page | None = None
    over_budget: str | None = None
    """Why the document was left uncleaned (over its time budget or too large), else None."""


def is_html(document: Document, input_format: InputFormat) -> bool:
    """Whether a document is read as HTML: as told, or by its content."""
    if input_format != "auto":
        return input_format == "html"
    if isinstance(document, bytes):
        return looks_like_html(document[:4096].decode("utf-8", "replace"))
    return looks_like_html(document)


class Detector:
    """A loaded model with the decision rule around it."""

    def __init__(
        self,
        model: StoredModel,
        threshold: float | None = None,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        settle: bool = True,
        splices: bool = True,
    ) -> None:
        self.model = model
        self.settle = settle
        """Classify cleaned text again until nothing more goes (idempotent cleaning; about
        half the throughput on documents with inserts). False: one pass."""
        self.splices = splices
        """Cut promotional sentences spliced into kept paragraphs of text documents, when the
        model has a splice model (about half the throughput). False: whole paragraphs only."""
        self.time_budget = time_budget
        """Seconds one document may take to prepare (see ``detector.guards``); None: no timer."""
        card_threshold = model.card.get("threshold", DEFAULT_THRESHOLD)
        self.threshold = float(threshold if threshold is not None else card_threshold)
        card_html = model.card.get("html", {}).get("threshold", card_threshold)
        self.html_threshold = float(threshold if threshold is not None else card_html)
        """The threshold for HTML blocks (the HTML model records its own)."""
        card_splice = float(model.card.get("splice", {}).get("threshold", SPLICE_THRESHOLD))
        self.splice_threshold = card_splice if threshold is None else max(card_splice, float(threshold))
        """Promo probability above which a sentence spliced into a kept paragraph is cut: the
        model's, or a higher threshold given (a threshold of 1 removes nothing at all)."""
        self.classes: list[str] = [str(c) for c in model.pipeline.classes_]

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        threshold: float | None = None,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        settle: bool = True,
        splices: bool = True,
    ) -> Detector:
        """Load a model directory; None means ``$DETECTOR_MODEL`` or the bundled default."""
        return cls(
            load_model(path), threshold=threshold, time_budget=time_budget, settle=settle, splices=splices
        )

    # -- classification -------------------------------------------------
    def classify(self, document: Document, input_format: InputFormat = "auto") -> list[Block]:
        """Every block of a document (text or HTML) with its label, kind and removal probability.

        For HTML, offsets index the page's visible text (its blocks joined by
        blank lines, see ``detector.page``) and each block has a locator.
        Raises ``TimeBudgetExceeded`` for a document over its time budget.
        """
        return _within_budget(self.parse_many([document], input_format)[0]).blocks

    def classify_many(
        self,
        documents: Iterable[Document],
        batch_size: int = DEFAULT_BATCH_SIZE,
        input_format: InputFormat = "auto",
    ) -> Iterator[list[Block]]:
        """Classify documents in batches, yielding each document's blocks in input order."""
        iterator = iter(documents)
        while batch := list(islice(iterator, batch_size)):
            for parsed in self.parse_many(batch, input_format):
                yield _within_budget(parsed).blocks

    def parse_many(
        self,
        documents: Sequence[Document],
        input_format: InputFormat = "auto",
        time_budget: float | Literal["model"] | None = "model",
        settle: bool | None = None,
        locators: bool = True,
        splices: bool | None = None,
    ) -> list[Parsed]:
        """Segment and classify a batch of documents: text ones together, HTML ones together.

        Each document is prepared within its own time budget; one over budget
        comes back with ``over_budget`` set and no blocks, the others are
        classified as usual. ``time_budget`` and ``settle`` override the
        detector's own, as ``splices`` overrides ``self.splices``.
        ``locators=False`` leaves HTML blocks without element locators, for
        callers that only want the cleaned text.
        """
        seconds = self.time_budget if time_budget == "model" else time_budget
        out: list[Parsed | None] = [None] * len(documents)
        texts: list[int] = []
        pages: list[int] = []
        for index, document in enumerate(documents):
            (pages if is_html(document, input_format) else texts).append(index)
        with batch_scope():  # the edge check and settling read the batch's paragraphs again
            if texts:
                settled = self.settle if settle is None else settle
                spliced = self.splices if splices is None else splices
                parsed = self._classify_texts(
                    [_as_text(documents[i]) for i in texts], seconds, settled, spliced
                )
                for i, item in zip(texts, parsed):
                    out[i] = item
            if pages:
                parsed = self._classify_pages([documents[i] for i in pages], seconds, locators)
                for i, item in zip(pages, parsed):
                    out[i] = item
        return [item for item in out if item is not None]

    def _classify_texts(
        self, texts: Sequence[str], seconds: float | None, settle: bool, splices: bool = True
    ) -> list[Parsed]:
        prepared: list[Parsed] = []
        for index, text in enumerate(texts):
            budget = TimeBudget(seconds, "document" if len(texts) == 1 else f"document {index}")
            blocks = [Block(text[s:e], s, e) for s, e in segment_text(text)]
            try:
                budget.check_size(len(blocks), feature_chars([b.text for b in blocks]))
            except TimeBudgetExceeded as error:
                prepared.append(Parsed(text, [], over_budget=str(error)))
                continue
            prepared.append(Parsed(text, blocks))
        kept = [p for p in prepared if p.over_budget is None]
        own = self._decide_texts([p.blocks for p in kept])
        if settle:
            self._restore_edges(kept, own)
            self._settle(kept)
        if splices and self.model.splice is not None:
            self._cut_splices(kept)
        return prepared

    def _decide_texts(self, documents: Sequence[Sequence[Block]]) -> list[np.ndarray]:
        """Label the blocks of text documents in place.

        Returns, for each document, each block's removal probability as the
        model's first stage gives it: from the block and its document, before
        the sequence stage reads its neighbours' scores.
        """
        frame = block_frame([[b.text for b in blocks] for blocks in documents])
        if not len(frame):
            return [np.zeros(len(blocks)) for blocks in documents]
        own, proba = averaged_stages(self.model.text_pipelines, frame)
        decide([b for blocks in documents for b in blocks], proba, self.classes, self.threshold)
        own_removal = 1.0 - np.asarray(own)[:, self.classes.index(Label.CONTENT.value)]
        bounds = np.cumsum([0] + [len(blocks) for blocks in documents])
        return [own_removal[start:end] for start, end in pairwise(bounds)]

    def _restore_edges(self, parsed: Sequence[Parsed], own: Sequence[np.ndarray]) -> None:
        """Keep the blocks removed only for the company they kept.

        The sequence stage reads the neighbours' scores, so a content
        paragraph next to an ad (in the seed article, the one just before the
        campaign ad, which the first stage scores 0.00) can be pulled over the
        threshold by the ad beside it. A removed block at the edge of a
        removed run is a suspect when its own first-stage score is at most
        ``RESTORE_OWN``; it is classified again in the cleaned document (the
        rest of its run gone, itself still there) and kept if it is content
        there. A block whose own score leans to removal, such as an ad's
        headline, is never a suspect: alone among content paragraphs, a short
        headline can look like content.
        """
        suspects: list[tuple[set[int], list[Block], list[Block]]] = []
        for item, own_removal in zip(parsed, own):
            removed = [b.label is not Label.CONTENT for b in item.blocks]
            edges = _edge_suspects(removed, own_removal)
            if not edges:
                continue
            for i in edges:
                removed[i] = False
            reread = _reread(item, removed)
            if reread is not None:
                suspects.append(({id(item.blocks[i]) for i in edges}, *reread))
        if not suspects:
            return
        self._decide_texts([fresh for _, _, fresh in suspects])
        for edge_ids, present, fresh in suspects:
            for original, second in zip(present, fresh):
                if id(original) in edge_ids and second.label is Label.CONTENT:
                    _take_decision(original, second)

    def _settle(self, parsed: Sequence[Parsed]) -> None:
        """Classify what cleaning keeps once more, until nothing more goes.

        The model reads each block in its context, and removing an insert
        changes its neighbours' context: the cleaned text, cleaned again,
        could lose a block the first pass kept. Each pass classifies the
        cleaned text of the documents that lost blocks in the previous one
        and removes what it removes, so that cleaning the output again changes
        nothing. At most ``SETTLE_PASSES`` passes; a document whose cleaned
        text segments differently from its kept blocks is left as it is.
        """
        pending = list(parsed)
        for _ in range(SETTLE_PASSES):
            again: list[tuple[Parsed, list[Block], list[Block]]] = []
            for item in pending:
                removed = self.removed(item.blocks)
                reread = _reread(item, removed) if any(removed) else None
                if reread is not None:
                    again.append((item, *reread))
            if not again:
                return
            self._decide_texts([fresh for _, _, fresh in again])
            pending = []
            for item, kept, fresh in again:
                changed = False
                for original, second in zip(kept, fresh):
                    if second.label is not Label.CONTENT:
                        _take_decision(original, second)
                        changed = True
                if changed:
                    pending.append(item)

    def _cut_splices(self, parsed: Sequence[Parsed]) -> None:
        """Cut promotional sentences out of the paragraphs the text model kept.

        Each document is read by the splice model in the sentence view of its
        cleaned text (see ``detector.model.splice``): the removed blocks gone,
        every kept paragraph of two or more sentences split into them. A
        paragraph in which some sentences score promo above
        ``splice_threshold``, and some do not, loses those sentences; one all
        of whose sentences score promo is left to the text model's verdict.
        Cutting a sentence changes the others' document, so the documents
        that lost one are read again, at most ``SPLICE_PASSES`` times in all,
        until nothing more goes: cleaning the cleaned text cuts nothing more.
        """
        assert self.model.splice is not None
        classes = [str(c) for c in self.model.splice.classes_]
        promo = np.array([c.startswith(f"{Label.PROMO.value}/") for c in classes])
        pending = list(parsed)
        for _ in range(SPLICE_PASSES):
            views: list[tuple[Parsed, list[ViewRow]]] = []
            for item in pending:
                rows = cleaned_view(item.source, item.blocks)
                if any(row.sentence for row in rows):
                    views.append((item, rows))
            if not views:
                return
            texts = [view_texts([b.text for b in item.blocks], rows) for item, rows in views]
            _, _, proba = pipeline_stages(self.model.splice, block_frame(texts))
            pending = []
            position = 0
            for item, rows in views:
                scores = proba[position : position + len(rows)]
                position += len(rows)
                blocks = _with_cut_sentences(item.blocks, rows, scores, classes, promo, self.splice_threshold)
                if blocks is not None:
                    item.blocks = blocks
                    pending.append(item)

    def page_features(
        self, pages: Sequence[Page], in_main: Sequence[Sequence[bool]] | None = None
    ) -> tuple[Pipeline, pd.DataFrame]:
        """The model that labels HTML blocks and the frame it reads.

        The HTML model when the model has one (text and markup features, with
        each block's main-content mark, computed here unless given);
        otherwise the text model on the blocks' text.
        """
        if self.model.html is not None:
            if in_main is None:
                in_main = [in_main_content(page.root, [b.text for b in page.blocks]) for page in pages]
            return self.model.html, page_frame(pages, in_main)
        return self.model.pipeline, block_frame([[b.text for b in page.blocks] for page in pages])

    def _prepare_page(self, document: Document, budget: TimeBudget) -> tuple[Page, list[bool] | None]:
        """Parse and segment a page, and mark its main content, within the budget."""
        page = read_page(document, budget)
        texts = [b.text for b in page.blocks]
        budget.check_size(len(texts), feature_chars(texts))
        in_main = in_main_content(page.root, texts, budget) if self.model.html is not None else None
        budget.check("marking the main content")
        return page, in_main

    def _classify_pages(
        self, documents: Sequence[Document], seconds: float | None, locators: bool = True
    ) -> list[Parsed]:
        prepared: list[Parsed] = []
        marks: list[list[bool] | None] = []
        for index, document in enumerate(documents):
            budget = TimeBudget(seconds, "page" if len(documents) == 1 else f"page {index}")
            try:
                page, in_main = self._prepare_page(document, budget)
            except TimeBudgetExceeded as error:
                prepared.append(Parsed("", [], over_budget=str(error)))
                continue
            prepared.append(Parsed(page.text, _page_blocks(page, locators), page))
            marks.append(in_main)
        kept = [p for p in prepared if p.page is not None]
        pages = [p.page for p in kept if p.page is not None]
        main_marks = None if self.model.html is None else [m or [] for m in marks]
        pipeline, frame = self.page_features(pages, main_marks)
        if len(frame):
            classes = [str(c) for c in pipeline.classes_]
            page_blocks = [p.blocks for p in kept]
            features, own, proba = pipeline_stages(pipeline, frame)
            decide([b for blocks in page_blocks for b in blocks], proba, classes, self.html_threshold)
            if features is not None:
                self._restore_page_edges(pipeline.steps[-1][1], features, own, page_blocks, classes)
            if main_marks is not None:
                self._keep_main_text(page_blocks, [m or [] for m in marks])
        return prepared

    def _restore_page_edges(
        self,
        stacker: SequenceStacker,
        features: np.ndarray,
        own: np.ndarray,
        pages: Sequence[list[Block]],
        classes: Sequence[str],
    ) -> None:
        """The edge check of ``_restore_edges``, for the blocks of pages.

        A removed block beside a kept one whose own first-stage score is at
        most ``RESTORE_OWN`` (a blog post's first paragraph right after its ad
        slot, pulled over by the ad) is read again by the sequence stage with
        the rest of its removed run taken out of the page, and kept if it is
        content among its new neighbours. The page's features are not
        recomputed: only the sequence changes, which is what pulled the block.
        ``features`` and ``own`` have one row per block of ``pages``, in order.
        """
        content = list(classes).index(Label.CONTENT.value)
        own_removal = 1.0 - own[:, content]
        rows: list[int] = []
        edges: dict[int, Block] = {}
        start = 0
        for blocks in pages:
            removed = [b.label is not Label.CONTENT for b in blocks]
            suspects = _edge_suspects(removed, own_removal[start : start + len(blocks)])
            if suspects:
                edges.update((start + i, blocks[i]) for i in suspects)
                rows += [start + i for i, gone in enumerate(removed) if not gone or i in suspects]
            start += len(blocks)
        if not edges:
            return
        proba = stacker.final_proba(features[rows], own[rows])
        for row, again in zip(rows, proba):
            if row in edges and 1.0 - again[content] <= self.html_threshold:
                decide([edges[row]], again[None, :], classes, self.html_threshold)

    def _keep_main_text(self, pages: Sequence[list[Block]], in_main: Sequence[Sequence[bool]]) -> None:
        """Decide a page's main text by its words when the page model would remove nearly all of it.

        The markup model reads class words that real sites use for anything
        (an article in a ``zonedModule``, ``data-ad-tags`` on its container);
        when it condemns nearly all of the text the main-content extractor
        found, the markup, not the article, is the likelier mistake, so those
        blocks are labelled again by the text model, which reads their words
        and their neighbours' as a document of its own.
        """
        condemned: list[list[Block]] = []
        for blocks, marks in zip(pages, in_main):
            main = [b for b, m in zip(blocks, marks) if m]
            chars = sum(len(b.text) for b in main)
            kept = sum(len(b.text) for b in main if b.label == Label.CONTENT)
            if chars >= MAIN_GUARD_CHARS and kept < MAIN_GUARD_KEPT * chars:
                condemned.append(main)
        if condemned:
            self._decide_texts(condemned)

    # -- cleaning -------------------------------------------------------
    def clean(
        self, document: Document, keep_boilerplate: bool = False, input_format: InputFormat = "auto"
    ) -> str:
        """The purified text: promo (and, unless kept, boilerplate) blocks removed.

        Text comes out byte for byte as it went in, less the removed blocks;
        an HTML page comes out as its kept blocks' text. Raises
        ``TimeBudgetExceeded`` for a document over its time budget.
        """
        parsed = self.parse_many([document], input_format, locators=False)[0]
        return self.render(_within_budget(parsed), keep_boilerplate)

    def clean_many(
        self,
        documents: Iterable[Document],
        keep_boilerplate: bool = False,
        batch_size: int = DEFAULT_BATCH_SIZE,
        input_format: InputFormat = "auto",
    ) -> Iterator[str]:
        """Clean documents in batches (much faster than one at a time)."""
        iterator = iter(documents)
        while batch := list(islice(iterator, batch_size)):
            for parsed in self.parse_many(batch, input_format, locators=False):
                yield self.render(_within_budget(parsed), keep_boilerplate)

    def clean_html(self, document: Document, keep_boilerplate: bool = False) -> str:
        """The page's markup with the elements of removed blocks taken out (see ``pruned_markup``)."""
        parsed = _within_budget(self.parse_many([document], "html", locators=False)[0])
        assert parsed.page is not None
        # Without sentence cuts, a page's blocks are its segmenter's blocks, in order.
        removed = self.removed(parsed.blocks, keep_boilerplate)
        return pruned_markup(parsed.page, removed)

    @staticmethod
    def removed(blocks: Sequence[Block], keep_boilerplate: bool = False) -> list[bool]:
        """Which blocks the cleaner removes."""
        return [
            b.label is Label.PROMO or (b.label is Label.BOILERPLATE and not keep_boilerplate) for b in blocks
        ]

    def render(self, parsed: Parsed, keep_boilerplate: bool = False) -> str:
        """The cleaned text of a parsed document: a text's kept bytes, or a page's kept blocks."""
        text = render_kept(parsed.source, parsed.blocks, self.removed(parsed.blocks, keep_boilerplate))
        return text.strip() + "\n" if parsed.page is not None and text.strip() else text

    def __repr__(self) -> str:
        return f"Detector(path={str(self.model.path)!r}, threshold={self.threshold})"


def _reread(item: Parsed, removed: Sequence[bool]) -> tuple[list[Block], list[Block]] | None:
    """The blocks a document keeps, and the same blocks segmented afresh from its cleaned text.

    None when nothing is kept or the cleaned text segments differently from
    the kept blocks (the two lists then could not be matched block for block).
    """
    kept = [b for b, gone in zip(item.blocks, removed) if not gone]
    cleaned = render_kept(item.source, item.blocks, removed)
    fresh = [Block(cleaned[s:e], s, e) for s, e in segment_text(cleaned)]
    if kept and [b.text for b in fresh] == [b.text for b in kept]:
        return kept, fresh
    return None


def _edge_suspects(removed: Sequence[bool], own_removal: np.ndarray) -> list[int]:
    """Removed blocks beside a kept one whose own first-stage removal score is at most ``RESTORE_OWN``."""
    return [
        i
        for i, gone in enumerate(removed)
        if gone
        and own_removal[i] <= RESTORE_OWN
        and ((i > 0 and not removed[i - 1]) or (i + 1 < len(removed) and not removed[i + 1]))
    ]


def _with_cut_sentences(
    blocks: list[Block],
    rows: Sequence[ViewRow],
    proba: np.ndarray,
    classes: list[str],
    promo: np.ndarray,
    threshold: float,
) -> list[Block] | None:
    """``blocks`` with the promo sentences of kept paragraphs cut, or None if none is.

    A sentence row of a whole paragraph block becomes a block of its own
    (the paragraph is replaced by its sentences); a row that is already a
    sentence block of an earlier cut is labelled in place.
    """
    paragraphs: dict[int, list[tuple[ViewRow, np.ndarray]]] = {}
    for row, scores in zip(rows, proba):
        if row.sentence:
            paragraphs.setdefault(row.paragraph, []).append((row, scores))
    cut_rows: dict[int, list[tuple[ViewRow, np.ndarray, bool]]] = {}
    for parts in paragraphs.values():
        cut = [float(scores[promo].sum()) > threshold for _, scores in parts]
        if any(cut) and not all(cut):
            for (row, scores), gone in zip(parts, cut):
                cut_rows.setdefault(row.block, []).append((row, scores, gone))
    if not cut_rows:
        return None
    out: list[Block] = []
    for index, block in enumerate(blocks):
        pieces = cut_rows.get(index)
        if pieces is None:
            out.append(block)
            continue
        for row, scores, gone in pieces:
            whole = row.start == 0 and row.end == len(block.text)
            piece = (
                block
                if whole
                else Block(block.text[row.start : row.end], block.start + row.start, block.start + row.end)
            )
            piece.scores = dict(zip(classes, (float(p) for p in scores)))
            piece.probability = 1.0 - piece.scores[Label.CONTENT.value]
            piece.label, piece.kind = Label.CONTENT, None
            if gone:
                piece.label, piece.kind = likeliest_promo(piece.scores)
            out.append(piece)
    return out


def _take_decision(block: Block, second: Block) -> None:
    """Give ``block`` the label, kind and scores a later pass gave its copy."""
    block.label, block.kind = second.label, second.kind
    block.probability, block.scores = second.probability, second.scores


def _within_budget(parsed: Parsed) -> Parsed:
    if parsed.over_budget is not None:
        raise TimeBudgetExceeded(parsed.over_budget)
    return parsed


def _page_blocks(page: Page, locators: bool = True) -> list[Block]:
    """A page's blocks as detector blocks, offsets into its text, each with its locator if asked."""
    cache = TypePositions()
    return [
        Block(b.text, start, end, locator=locator(b.element, cache) if locators else None)
        for b, (start, end) in zip(page.blocks, page.spans)
    ]


def _as_text(document: Document) -> str:
    if isinstance(document, bytes):
        from detector.io import decode

        return decode(document, "<bytes>")
    return document
