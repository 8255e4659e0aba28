"""Seeded uniform samples of streams too long to hold (reservoir sampling)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir(items: Iterable[T], count: int, seed: int) -> tuple[list[T], int]:
    """A uniform random sample of ``count`` items, in their input order, and how many items there were.

    Only ``count`` items are held at any time, so the stream may be a whole
    corpus; the same items and seed give the same sample. A stream of at most
    ``count`` items comes back whole.
    """
    rng = random.Random(seed)
    kept: list[tuple[int, T]] = []
    seen = 0
    for seen, item in enumerate(items, 1):
        if seen <= count:
            kept.append((seen, item))
        else:
            slot = rng.randint(0, seen - 1)
            if slot < count:
                kept[slot] = (seen, item)
    kept.sort(key=lambda pair: pair[0])
    return [item for _, item in kept], seen
