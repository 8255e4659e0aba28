"""The detector: segment a document, label its blocks, emit the purified text."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import numpy as np

from detector.blocks import Block, Label
from detector.clean import render
from detector.decision import DEFAULT_THRESHOLD, decide
from detector.features.frame import block_frame
from detector.model.store import StoredModel, load_model
from detector.segment import segment_text

DEFAULT_BATCH_SIZE = 256
"""Documents classified together: amortises the per-call cost of the model."""


class Detector:
    """A loaded model with the decision rule around it."""

    def __init__(self, model: StoredModel, threshold: float | None = None) -> None:
        self.model = model
        card_threshold = model.card.get("threshold", DEFAULT_THRESHOLD)
        self.threshold = float(threshold if threshold is not None else card_threshold)
        self.classes: list[str] = [str(c) for c in model.pipeline.classes_]

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, threshold: float | None = None) -> Detector:
        """Load a model directory; None means ``$DETECTOR_MODEL`` or the bundled default."""
        return cls(load_model(path), threshold=threshold)

    # -- classification -------------------------------------------------
    def classify(self, text: str) -> list[Block]:
        """Every block of ``text`` with its label, kind and removal probability."""
        return self._classify_batch([text])[0]

    def classify_many(
        self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE
    ) -> Iterator[list[Block]]:
        """Classify documents in batches, yielding each document's blocks in input order."""
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            yield from self._classify_batch(batch)

    def _classify_batch(self, texts: Sequence[str]) -> list[list[Block]]:
        segmented = [[Block(text[s:e], s, e) for s, e in segment_text(text)] for text in texts]
        frame = block_frame([[b.text for b in blocks] for blocks in segmented])
        if len(frame):
            proba = np.asarray(self.model.pipeline.predict_proba(frame))
            decide([b for blocks in segmented for b in blocks], proba, self.classes, self.threshold)
        return segmented

    # -- cleaning -------------------------------------------------------
    def clean(self, text: str, keep_boilerplate: bool = False) -> str:
        """The purified text: promo (and, unless kept, boilerplate) blocks removed."""
        return render(text, *self._removal(text, self.classify(text), keep_boilerplate))

    def clean_many(
        self, texts: Iterable[str], keep_boilerplate: bool = False, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> Iterator[str]:
        """Clean documents in batches (much faster than one at a time)."""
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            for text, blocks in zip(batch, self._classify_batch(batch)):
                yield render(text, *self._removal(text, blocks, keep_boilerplate))

    @staticmethod
    def _removal(text: str, blocks: list[Block], keep_boilerplate: bool) -> tuple[list[Block], list[bool]]:
        removed = [
            b.label is Label.PROMO or (b.label is Label.BOILERPLATE and not keep_boilerplate) for b in blocks
        ]
        return blocks, removed

    def __repr__(self) -> str:
        return f"Detector(path={str(self.model.path)!r}, threshold={self.threshold})"
