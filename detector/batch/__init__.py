"""Batch cleaning of corpora: shards in, shards out, every record accounted for.

``run_batch`` is what ``detector batch`` runs; ``clean_frame`` cleans a
pandas DataFrame; ``restore`` undoes a cleaning from its audit.
"""

from __future__ import annotations

from typing import Any

from detector.batch.frame import clean_frame
from detector.batch.run import BatchOptions, BatchSummary, run_batch
from detector.batch.work import Settings
from detector.clean import restore as restore_cuts

__all__ = ["BatchOptions", "BatchSummary", "Settings", "clean_frame", "restore", "run_batch"]


def restore(cleaned: str, audit: dict[str, Any]) -> str:
    """The original text of a cleaned plain-text document, from its audit's ``restore`` list."""
    taken = audit.get("restore")
    if taken is None:
        raise ValueError(
            "this audit cannot restore its document (an HTML page, a dry run or a failed record)"
        )
    return restore_cuts(cleaned, [(c["position"], c["text"]) for c in taken])
