"""The model as one scikit-learn Pipeline: block frame in, class probabilities out.

frame ─┬─ TextScores      (word + character n-gram model, cross-fitted)
       ├─ StyleFeatures   (how the block speaks, and relative to its document)
       ├─ DocumentContext (how the block sits in its document)
       └─ keys            (group and document, for the sequence stage)
             │
       SequenceStacker: gradient-boosted trees per block, then a second
       pass over the neighbours' scores.
"""

from __future__ import annotations

from typing import Any

from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from detector.features.context import DocumentContext
from detector.features.style import StyleFeatures
from detector.features.text import TextScores
from detector.model.sequence import SequenceStacker

SEQUENCE_WINDOW = 2
"""Neighbours on each side that the sequence stage sees."""


def block_features(seed: int = 0) -> ColumnTransformer:
    """Every block feature; the group and document keys ride along as the last two columns."""
    return ColumnTransformer(
        [
            ("text", TextScores(random_state=seed), ["group", "doc", "text"]),
            ("style", StyleFeatures(), ["doc", "text"]),
            ("context", DocumentContext(), ["doc", "text"]),
            ("keys", "passthrough", ["group", "doc"]),
        ],
        sparse_threshold=0.0,
    )


def first_stage(seed: int = 0) -> HistGradientBoostingClassifier:
    """The per-block classifier: trees capture interactions (imperative *and* off-topic)."""
    return HistGradientBoostingClassifier(
        max_iter=120,
        learning_rate=0.1,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=seed,
    )


def second_stage(seed: int = 0) -> LogisticRegression:
    """The sequence classifier over neighbours' first-stage scores."""
    return LogisticRegression(C=1.0, max_iter=3000, random_state=seed)


def build_pipeline(seed: int = 0, first: Any = None, final: Any = None) -> Pipeline:
    """The untrained model."""
    return Pipeline(
        [
            ("features", block_features(seed)),
            (
                "classifier",
                SequenceStacker(
                    estimator=first if first is not None else first_stage(seed),
                    final_estimator=final if final is not None else second_stage(seed),
                    window=SEQUENCE_WINDOW,
                    cv=4,
                    passthrough=True,
                ),
            ),
        ]
    )
