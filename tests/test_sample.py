"""Seeded reservoir samples: every item equally likely, in input order, reproducible."""

from __future__ import annotations

from collections import Counter

from detector.sample import reservoir


def test_a_short_stream_comes_back_whole_and_counted() -> None:
    assert reservoir(iter("abc"), 5, seed=1) == (["a", "b", "c"], 3)
    assert reservoir(iter([]), 5, seed=1) == ([], 0)


def test_a_sample_is_reproducible_in_input_order_and_uniform() -> None:
    items = list(range(10))
    sample, total = reservoir(iter(items), 3, seed=7)
    assert total == 10 and len(sample) == 3 and sample == sorted(sample)
    assert reservoir(iter(items), 3, seed=7)[0] == sample
    picked = Counter(i for seed in range(3000) for i in reservoir(iter(items), 3, seed)[0])
    assert set(picked) == set(items) and all(800 < n < 1000 for n in picked.values()), picked
