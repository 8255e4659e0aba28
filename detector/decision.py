"""The decision rule: from class probabilities to a label, a kind and a removal score.

Kept apart from the model so that the threshold can change without
retraining, and so that evaluation applies exactly the rule users get.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from detector.blocks import Block, Label, split_class

DEFAULT_THRESHOLD = 0.5
"""A block is removed when P(promo) + P(boilerplate) exceeds this."""


def decide(blocks: Sequence[Block], proba: np.ndarray, classes: Sequence[str], threshold: float) -> None:
    """Label ``blocks`` in place from their rows of ``proba``.

    A block is removed when P(not content) exceeds ``threshold``; it is then
    promo or boilerplate, whichever has more probability mass, with the most
    likely kind of promo.
    """
    promo_columns = [j for j, c in enumerate(classes) if c.startswith("promo/")]
    boiler_column = list(classes).index(Label.BOILERPLATE.value)
    content_column = list(classes).index(Label.CONTENT.value)
    for block, row in zip(blocks, proba):
        block.scores = {c: float(v) for c, v in zip(classes, row)}
        block.probability = float(1.0 - row[content_column])
        block.label, block.kind = Label.CONTENT, None
        if block.probability <= threshold:
            continue
        if row[promo_columns].sum() >= row[boiler_column]:
            best = promo_columns[int(np.argmax(row[promo_columns]))]
            block.label, block.kind = split_class(classes[best])
        else:
            block.label = Label.BOILERPLATE
