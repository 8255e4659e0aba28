"""The splice model: promotional sentences spliced inside an article's paragraphs.

The text model labels whole paragraphs, so an ad spliced into a paragraph
("… in overtime. Bet on Tuesday's game with CourtBet. It was her fifth …")
stays with the article around it. The splice model reads a document in its
*sentence view*: every paragraph of two or more sentences split into its
sentences, every other block as it is. It is the text model's features
with one classifier scoring each row alone, trained on such views, where a
spliced sentence is a promo row among content rows of the same paragraph, so
it learns what a paragraph's own sentences look like beside one that does not
belong. At cleaning time it only ever removes sentences of paragraphs the
text model kept, and never all of a paragraph's sentences.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from detector.blocks import Block, Label
from detector.corpus.inject import InjectionConfig, inject_document
from detector.corpus.inserts import Insert
from detector.corpus.labelled import LabelledDocument, covering_class
from detector.features.frame import block_frame
from detector.segment import segment_text
from detector.segment.sentences import MAX_SENTENCES, sentence_spans

SPLICE_THRESHOLD = 0.98
"""Promo probability above which a sentence of a kept paragraph is removed.

Cutting a content sentence loses its paragraph's content (the evaluation
counts the whole paragraph as lost), so the bar is higher than the text
model's."""
SPLICE_PASSES = 2
"""Readings of a document's cleaned text by the splice model (see ``Detector._cut_splices``)."""
SPLICE_VARIANTS = 4
"""Documents with spliced sentences made from each training base document."""
PLAIN_VARIANTS = 2
"""Ordinary training documents (the clean one and one more) taken per base document."""


@dataclass(frozen=True)
class ViewRow:
    """A row of a sentence view: the block it comes from and its span within that block."""

    block: int
    start: int
    end: int
    sentence: bool
    """Whether the row is one sentence of a split paragraph (else the whole block)."""
    paragraph: int = 0
    """The paragraph of the document the row belongs to."""


def sentence_view(texts: Sequence[str]) -> list[ViewRow]:
    """The rows of a document's sentence view: paragraphs of 2 to ``MAX_SENTENCES`` sentences split."""
    return [row for index, text in enumerate(texts) for row in _block_rows(index, text, index)]


def cleaned_view(source: str, blocks: Sequence[Block]) -> list[ViewRow]:
    """The sentence view of a document's cleaned text, as rows over its kept blocks.

    The kept blocks make the cleaned text's paragraphs: blocks whose gap in
    ``source`` holds no line break are one paragraph (the sentences of a
    paragraph cut before). A paragraph of one block is split as in
    ``sentence_view``; a paragraph of several blocks is those sentences.
    """
    paragraphs: dict[int, list[int]] = {}
    paragraph = 0
    for index, block in enumerate(blocks):
        if index and "\n" in source[blocks[index - 1].end : block.start]:
            paragraph += 1
        if block.label is Label.CONTENT:
            paragraphs.setdefault(paragraph, []).append(index)
    rows: list[ViewRow] = []
    for paragraph, members in paragraphs.items():
        if len(members) > 1:
            rows.extend(ViewRow(i, 0, len(blocks[i].text), True, paragraph) for i in members)
        else:
            rows.extend(_block_rows(members[0], blocks[members[0]].text, paragraph))
    return rows


def _block_rows(index: int, text: str, paragraph: int) -> list[ViewRow]:
    """A block's rows: its sentences if it has 2 to ``MAX_SENTENCES``, else the block whole."""
    spans = sentence_spans(text)
    if 2 <= len(spans) <= MAX_SENTENCES:
        return [ViewRow(index, start, end, True, paragraph) for start, end in spans]
    return [ViewRow(index, 0, len(text), False, paragraph)]


def view_texts(texts: Sequence[str], rows: Sequence[ViewRow]) -> list[str]:
    return [texts[row.block][row.start : row.end] for row in rows]


def splice_documents(
    base: Sequence[LabelledDocument],
    pool_of: dict[str, list[Insert]],
    config: InjectionConfig,
    variants: int = SPLICE_VARIANTS,
) -> list[LabelledDocument]:
    """Training documents whose inline inserts are all spliced, anywhere in a paragraph.

    Drawn from each base document's own insert pool (so folds stay disjoint
    by insert), with the inline-capable inserts only and every one of them
    spliced: at a sentence boundary inside a paragraph, or as its first or
    last sentence. Variant numbers follow the ordinary variants', so each
    draws from a random stream of its own.
    """
    splicing = replace(config, inline_share=1.0, splice_edges=True)
    out: list[LabelledDocument] = []
    for document in base:
        pool = [insert for insert in pool_of.get(document.id, []) if insert.inline]
        if not pool:
            continue
        for variant in range(config.variants, config.variants + variants):
            out.append(inject_document(document, pool, splicing, variant))
    return out


def plain_documents(documents: Sequence[LabelledDocument], seed: int) -> list[LabelledDocument]:
    """A share of the ordinary training documents: each source's clean variant and one other."""
    by_source: dict[str, list[LabelledDocument]] = {}
    for document in documents:
        by_source.setdefault(document.source_id, []).append(document)
    chosen: list[LabelledDocument] = []
    for source, variants in by_source.items():
        rng = random.Random(f"{seed}:plain:{source}")
        chosen.extend(variants[:1] + rng.sample(variants[1:], min(PLAIN_VARIANTS - 1, len(variants) - 1)))
    return chosen


def view_training_frame(
    documents: Sequence[LabelledDocument], groups: Sequence[int]
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The sentence-view frame of labelled documents, each row's gold class, and its sentence flag.

    A row takes the class covering most of its characters, so a spliced
    sentence is a promo row between its paragraph's content rows.
    """
    texts: list[list[str]] = []
    classes: list[str] = []
    sentences: list[bool] = []
    for document in documents:
        text = document.text
        spans = document.gold_spans()
        segments = segment_text(text)
        blocks = [text[start:end] for start, end in segments]
        offsets = [start for start, _ in segments]
        rows = sentence_view(blocks)
        texts.append(view_texts(blocks, rows))
        sentences.extend(row.sentence for row in rows)
        for row in rows:
            start = offsets[row.block] + row.start
            end = offsets[row.block] + row.end
            classes.append(covering_class(spans, start, end))
    return block_frame(texts, groups), np.asarray(classes, dtype=object), np.asarray(sentences, dtype=bool)
