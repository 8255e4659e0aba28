"""The block frame: the one table every feature transformer reads.

One row per block; the rows of a document are contiguous and in reading
order, and ``doc`` is a number shared by the rows of one document. ``group``
names the source a document was made from (all variants of one article share
it), so that training folds never split an article; outside training it
equals ``doc``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from detector.guards import feature_text

COLUMNS: tuple[str, ...] = ("doc", "group", "text")


def block_frame(documents: Sequence[Sequence[str]], groups: Sequence[int] | None = None) -> pd.DataFrame:
    """Build the frame from each document's block texts, in order (each as far as features read it)."""
    sizes = [len(blocks) for blocks in documents]
    texts = [feature_text(text) for blocks in documents for text in blocks]
    doc = np.repeat(np.arange(len(documents), dtype=np.int64), sizes)
    group = doc if groups is None else np.repeat(np.asarray(groups, dtype=np.int64), sizes)
    return pd.DataFrame({"doc": doc, "group": group, "text": pd.Series(texts, dtype=object)})


def above_document_median(values: np.ndarray, documents: np.ndarray) -> np.ndarray:
    """Each row minus the median of its document's rows (the rows of a document are contiguous).

    A block stands out only if its document does not share the trait: an
    imperative recipe step is ordinary in a recipe, an imperative pitch is not
    ordinary in a news story.
    """
    relative = np.zeros_like(values)
    for start, end in _document_runs(documents):
        relative[start:end] = values[start:end] - np.median(values[start:end], axis=0)
    return relative


def _document_runs(documents: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) row ranges of each document."""
    n = len(documents)
    if n == 0:
        return []
    change = np.flatnonzero(documents[1:] != documents[:-1]) + 1
    starts = np.concatenate([[0], change])
    ends = np.concatenate([change, [n]])
    return list(zip(starts.tolist(), ends.tolist()))


def document_ids(values: np.ndarray) -> np.ndarray:
    """Consecutive-run ids of the document column (0, 0, 1, 1, 1, 2 ...)."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.int64)
    change = np.ones(len(values), dtype=bool)
    change[1:] = values[1:] != values[:-1]
    return np.cumsum(change) - 1


def distinct_texts(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The distinct texts in order of first appearance, and each text's index among them.

    Per-text work done once per distinct text and spread back with the index
    gives the same rows as doing it for every text.
    """
    index: dict[str, int] = {}
    add = index.setdefault
    inverse = np.fromiter((add(t, len(index)) for t in texts), dtype=np.int64, count=len(texts))
    return list(index), inverse
