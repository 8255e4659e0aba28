"""The model as one scikit-learn Pipeline: block frame in, class probabilities out."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from detector.features.context import DocumentContext
from detector.features.style import StyleFeatures
from detector.model.sequence import SequenceStacker


def block_features(max_words: int = 50_000, max_chars: int = 50_000) -> ColumnTransformer:
    """Every block feature; the group and document keys ride along as the last two columns."""
    return ColumnTransformer(
        [
            (
                "words",
                TfidfVectorizer(
                    token_pattern=r"(?u)\b\w+\b",
                    ngram_range=(1, 2),
                    min_df=2,
                    max_features=max_words,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                "text",
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=3,
                    max_features=max_chars,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                "text",
            ),
            ("style", Pipeline([("count", StyleFeatures()), ("scale", StandardScaler())]), ["text"]),
            (
                "context",
                Pipeline([("measure", DocumentContext()), ("scale", StandardScaler())]),
                ["doc", "text"],
            ),
            ("document", "passthrough", ["group", "doc"]),
        ],
        sparse_threshold=1.0,
    )


def first_stage(seed: int = 0, C: float = 4.0) -> LogisticRegression:
    """The per-block classifier: multinomial logistic regression over sparse features."""
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=seed)


def second_stage(seed: int = 0) -> LogisticRegression:
    """The sequence classifier over neighbours' first-stage scores."""
    return LogisticRegression(C=1.0, max_iter=3000, random_state=seed)


def build_pipeline(seed: int = 0, first: Any = None, final: Any = None, window: int = 2) -> Pipeline:
    """The untrained model."""
    return Pipeline(
        [
            ("features", block_features()),
            (
                "classifier",
                SequenceStacker(
                    estimator=first if first is not None else first_stage(seed),
                    final_estimator=final if final is not None else second_stage(seed),
                    window=window,
                ),
            ),
        ]
    )
