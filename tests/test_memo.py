"""Values remembered across batches are the values computing them again gives."""

from __future__ import annotations

import numpy as np
import pandas as pd

from detector.features.context import DocumentContext
from detector.features.memo import MAX_REMEMBERED_CHARS, TextMemo, batch_scope
from detector.features.style import style_matrix, style_vector
from detector.features.text import TextScores


class CountingLength:
    """A computation that records which texts it was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, texts: list[str]) -> list[int]:
        self.asked.extend(texts)
        return [len(t) for t in texts]


def test_short_texts_are_computed_once_across_batches() -> None:
    memo: TextMemo[int] = TextMemo()
    compute = CountingLength()
    assert memo.values(["Home", "Share"], compute) == [4, 5]
    assert memo.values(["Share", "Sport", "Home"], compute) == [5, 5, 4]
    assert compute.asked == ["Home", "Share", "Sport"]


def test_long_texts_are_never_remembered() -> None:
    memo: TextMemo[int] = TextMemo()
    compute = CountingLength()
    article = "x" * (MAX_REMEMBERED_CHARS + 1)
    memo.values([article], compute)
    memo.values([article], compute)
    assert compute.asked == [article, article]
    assert len(memo) == 0


def test_a_batch_scope_keeps_long_texts_until_it_ends() -> None:
    memo: TextMemo[int] = TextMemo()
    compute = CountingLength()
    article = "y" * (MAX_REMEMBERED_CHARS + 1)
    with batch_scope():
        memo.values([article, "Home"], compute)
        assert memo.values([article], compute) == [len(article)]
    with batch_scope():
        memo.values([article, "Home"], compute)
    assert compute.asked == [article, "Home", article]
    assert len(memo) == 1


def test_the_memo_stays_bounded_and_keeps_what_is_used() -> None:
    memo: TextMemo[int] = TextMemo(capacity=10)
    compute = CountingLength()
    for batch in range(20):
        memo.values(["Home", *(f"item {batch}-{i}" for i in range(5))], compute)
        assert len(memo) <= 20
    assert compute.asked.count("Home") == 1


def test_features_are_the_same_whatever_was_seen_before() -> None:
    furniture = ["Home", "Share this story", "Sign up for our newsletter", "© 2026 Valley Post"]
    story = ["The council approved the budget on Tuesday.", "Rain is expected across the north."]
    first = pd.DataFrame({"doc": [0] * 6, "group": [0] * 6, "text": furniture + story})
    second = pd.DataFrame({"doc": [1] * 6, "group": [1] * 6, "text": story[::-1] + furniture[::-1]})
    labels = np.array(["boilerplate"] * 4 + ["content"] * 2, dtype=object)
    scores = TextScores(cv=2).fit(first, labels)
    context = DocumentContext().fit(first[["doc", "text"]])

    def features(frame: pd.DataFrame) -> tuple[np.ndarray, ...]:
        texts = frame[["doc", "text"]]
        return scores.transform(frame), context.transform(texts), style_matrix(list(frame.text))

    cold = features(second)
    features(first)
    warm = features(second)
    for a, b in zip(cold, warm):
        assert np.array_equal(a, b)
    assert np.array_equal(warm[2], np.array([style_vector(t) for t in second.text]))
