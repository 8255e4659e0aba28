"""How many documents of a corpus each block occurs in, counted in fixed memory.

In a scraped corpus the same ad is injected into many documents, while a
document's own paragraphs are its own. A first pass over the corpus counts,
for every block, the documents it occurs in; the cleaning pass then lets "this
block occurs in N documents" tip the decision on blocks the model already
half suspects (see ``detector.decision.apply_repeats``). Text that recurs
legitimately (an author's bio line, a publisher's sign-off) recurs too, but the
model sees it as content, so repetition alone removes nothing.

Blocks are compared by a fingerprint of their normalised text (casefolded,
whitespace collapsed, digits made equal), so an ad whose price or date changes
between documents still matches. Counts live in a count-min sketch: a fixed
table whatever the corpus size, whose estimates can only err upwards, and
rarely for blocks that are not repeated when the table is wide enough.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from detector.blocks import Block, Label
from detector.decision import removed_label

DEFAULT_WIDTH = 1 << 20
"""Cells a row of the sketch holds: 4 rows of 1M cells (a count and a sum each) take 48 MB."""

DEPTH = 4
MIN_WORDS = 4
"""Blocks shorter than this are not counted ("Advertisement" recurs, but so does "Share")."""

_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64
)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")


def normalise(text: str) -> str:
    return _DIGITS.sub("0", _SPACES.sub(" ", text.casefold()).strip())


def fingerprint(text: str) -> int | None:
    """A 64-bit fingerprint of a block's normalised text, or None for a block too short to count."""
    normal = normalise(text)
    if len(normal.split(" ")) < MIN_WORDS:
        return None
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "little")


class RepeatCounts:
    """Per block fingerprint: the documents it occurs in and the model's mean removal probability.

    A count-min sketch of fixed size: each fingerprint adds to one cell of
    each row, and its estimate is read from the cell of the row that counted
    the fewest documents, the one that shares its cell with the fewest other
    blocks; the mean probability is that cell's sum over its count.
    """

    def __init__(self, width: int = DEFAULT_WIDTH) -> None:
        if width < 2 or width & (width - 1):
            raise ValueError("the sketch width must be a power of two")
        self.width = width
        self.documents = np.zeros((DEPTH, width), dtype=np.uint32)
        self.removal = np.zeros((DEPTH, width), dtype=np.float64)

    def _columns(self, fingerprints: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            mixed = fingerprints[None, :] * _MULTIPLIERS[:, None]
        return (mixed >> np.uint64(65 - self.width.bit_length())).astype(np.int64)

    def add_document(self, blocks: Sequence[Block]) -> None:
        """Count a classified document: each distinct long-enough block once, with its probability."""
        seen: dict[int, float] = {}
        for block in blocks:
            key = fingerprint(block.text)
            if key is not None and key not in seen:
                seen[key] = block.probability
        if not seen:
            return
        columns = self._columns(np.fromiter(seen, dtype=np.uint64, count=len(seen)))
        probabilities = np.fromiter(seen.values(), dtype=np.float64, count=len(seen))
        for row in range(DEPTH):
            np.add.at(self.documents[row], columns[row], 1)
            np.add.at(self.removal[row], columns[row], probabilities)

    def estimates(self, texts: Sequence[str]) -> list[tuple[int, float]]:
        """For each block: the documents it occurs in and its mean removal probability ((0, 0.0) if short)."""
        prints = [fingerprint(t) for t in texts]
        known = [i for i, f in enumerate(prints) if f is not None]
        out = [(0, 0.0)] * len(texts)
        if known:
            columns = self._columns(np.array([prints[i] for i in known], dtype=np.uint64))
            rows = np.arange(DEPTH)[:, None]
            counts = self.documents[rows, columns]
            best = counts.argmin(axis=0)
            picked = np.arange(len(known))
            count = counts[best, picked]
            total = self.removal[rows, columns][best, picked]
            for i, n, s in zip(known, count, total):
                out[i] = (int(n), float(s / n) if n else 0.0)
        return out


DEFAULT_MIN_REPEATS = 3
"""Documents a block must occur in before its repetition counts as evidence."""

MAX_REPEATED_SHARE = 0.5
"""A document most of whose text recurs elsewhere (a syndicated story, a mirror) gives no evidence."""


def apply_repeats(
    blocks: Sequence[Block], estimates: Sequence[tuple[int, float]], threshold: float, min_documents: int
) -> None:
    """Decide each repeated block of a document by its copies across the corpus (in place).

    A block that occurs in at least ``min_documents`` documents, in a document
    most of whose text does not recur, is removed when the model's mean
    removal probability over all its copies exceeds the threshold, and kept
    otherwise: every copy of an ad goes, however it reads in one context, and
    every copy of a bio line stays, however odd it looks at the end of one
    story.
    """
    total = sum(len(b.text) for b in blocks)
    repeated = [n >= min_documents for n, _ in estimates]
    recurring = sum(len(b.text) for b, r in zip(blocks, repeated) if r)
    if not total or recurring > MAX_REPEATED_SHARE * total:
        return
    for block, is_repeated, (_, mean) in zip(blocks, repeated, estimates):
        if not is_repeated:
            continue
        if mean > threshold:
            block.label, block.kind = removed_label(block.scores)
        else:
            block.label, block.kind = Label.CONTENT, None
