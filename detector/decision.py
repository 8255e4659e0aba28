"""The decision rule: from class probabilities to a label, a kind and a removal score.

Kept apart from the model so that the threshold can change without
retraining, and so that evaluation applies exactly the rule users get.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from detector.blocks import Block, Kind, Label, split_class

DEFAULT_THRESHOLD = 0.5
"""A block is removed when P(promo) + P(boilerplate) exceeds this."""


def decide(blocks: Sequence[Block], proba: np.ndarray, classes: Sequence[str], threshold: float) -> None:
    """Label ``blocks`` in place from their rows of ``proba``.

    A block is removed when P(not content) exceeds ``threshold``; it is then
    promo or boilerplate, whichever has more probability mass, with the most
    likely kind of promo.
    """
    content_column = list(classes).index(Label.CONTENT.value)
    names = [str(c) for c in classes]
    for block, row in zip(blocks, np.asarray(proba, dtype=float).tolist()):
        block.scores = dict(zip(names, row))
        block.probability = 1.0 - row[content_column]
        block.label, block.kind = Label.CONTENT, None
        if block.probability > threshold:
            block.label, block.kind = removed_label(block.scores)


def removed_label(scores: dict[str, float]) -> tuple[Label, Kind | None]:
    """Promo or boilerplate, whichever has more probability mass; promo with its most likely kind."""
    promo = sum(p for c, p in scores.items() if c.startswith("promo/"))
    if promo >= scores.get(Label.BOILERPLATE.value, 0.0):
        return likeliest_promo(scores)
    return Label.BOILERPLATE, None


def likeliest_promo(scores: dict[str, float]) -> tuple[Label, Kind | None]:
    """Promo, with the kind of the promo class that has the most probability."""
    promo = {c: p for c, p in scores.items() if c.startswith("promo/")}
    return split_class(max(promo, key=lambda c: promo[c]))
