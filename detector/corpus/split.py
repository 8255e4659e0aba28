"""Frozen assignment of base documents and inserts to held-out and folds.

The assignment is a hash of the id, so it never changes when the corpus
grows: a document or insert that was held out stays held out.
"""

from __future__ import annotations

import hashlib

HELDOUT_SHARE = 5
"""One id in this many is held out (20 %)."""
FOLDS = 5


def _bucket(salt: str, identifier: str, buckets: int) -> int:
    digest = hashlib.sha256(f"{salt}:{identifier}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % buckets


def is_heldout(identifier: str) -> bool:
    """Whether a base document or insert belongs to the frozen held-out split."""
    return _bucket("heldout", identifier, HELDOUT_SHARE) == 0


def fold_of(identifier: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of a training base document or insert."""
    return _bucket("fold", identifier, folds)
