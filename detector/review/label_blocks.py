"""The blocks a labelling page shows: every block of a sample of documents, as export rows.

Training rebuilds each labelled document from its blocks in order, so the
page holds whole documents, never scattered blocks. Each row is what
``detector export`` writes (the model's label, kind and probability, an empty
``gold``); each document keeps the threshold its blocks were decided by,
which the page needs to find the most uncertain block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from threadpoolctl import threadpool_limits

from detector.batch.records import Unreadable, chunks
from detector.batch.work import Settings, parse_records
from detector.detector import Detector
from detector.errors import InputError
from detector.export import block_rows
from detector.review.documents import sample_documents

LABEL_CHUNK_SIZE = 64


@dataclass(frozen=True)
class LabelDocument:
    """A document on the page: its rows are ``rows[first : first + count]``."""

    document: str
    source: str
    format: str
    threshold: float
    first: int
    count: int


@dataclass
class LabelBlocks:
    """What the page labels, and how much of the input it is."""

    rows: list[dict[str, Any]]
    documents: list[LabelDocument]
    total: int
    """Documents in the input (the page holds a sample of them when fewer)."""


def blocks_to_label(
    source: str,
    load: Callable[[], Detector],
    settings: Settings,
    id_field: str | None = "id",
    sample: int | None = None,
    seed: int = 13,
) -> LabelBlocks:
    """Classify a sample of ``source``; an input with no block to label is an InputError."""
    sampled, total = sample_documents(source, id_field, sample, seed)
    if not sampled:
        raise InputError(f"{source}: no document in the input")
    detector = load()
    rows: list[dict[str, Any]] = []
    documents: list[LabelDocument] = []
    first_error: str | None = None
    with threadpool_limits(limits=1):
        for chunk in chunks(sampled, LABEL_CHUNK_SIZE):
            results = sorted(parse_records(detector, [s.item for s in chunk], settings), key=lambda r: r[0])
            for i, item, parsed in results:
                if isinstance(parsed, str) or isinstance(item, Unreadable):
                    first_error = first_error or str(parsed)
                    continue
                page = parsed.page is not None
                threshold = detector.html_threshold if page else detector.threshold
                added = block_rows(item.id, chunk[i].source, parsed)
                documents.append(
                    LabelDocument(
                        item.id, chunk[i].source, "html" if page else "text", threshold, len(rows), len(added)
                    )
                )
                rows.extend(added)
    if not rows:
        reason = f" ({first_error})" if first_error else " (every document is empty)"
        raise InputError(f"{source}: no block to label{reason}")
    return LabelBlocks(rows, documents, total)
