"""Blocks for people to label: every block of a corpus, or the ones worth a person's time.

``export_blocks`` classifies the documents of any input ``detector batch``
reads and writes one row per block: where it comes from (document id,
source, index, offsets), its text, what the model says (label, kind,
probability) and an empty ``gold`` column a person fills in. ``uncertain``
keeps the N blocks whose probability is nearest the threshold (active
learning: the model learns most from them), ``sample`` a uniform random N;
both keep only N rows in memory, however large the corpus.
"""

from __future__ import annotations

import csv
import heapq
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detector.batch.inputs import input_shards
from detector.batch.records import Item, chunks, read_shard
from detector.batch.work import Settings, parse_records
from detector.detector import Detector, Parsed
from detector.errors import UsageError
from detector.sample import reservoir

EXPORT_CHUNK_SIZE = 256
COLUMNS = (
    "document", "source", "index", "start", "end", "text", "label", "kind", "probability", "gold", "selected",
)  # fmt: skip
"""The columns of an export, in order; ``gold`` is left empty for a person to fill in, and
``selected`` marks the blocks ``--uncertain`` or ``--sample`` chose among their documents' others."""


@dataclass(frozen=True)
class ExportedBlock:
    """One row of an export."""

    order: int
    """Position among all blocks of the input, so selected rows come out in reading order."""
    row: dict[str, Any]


def classified_blocks(
    detector: Detector,
    source: str,
    settings: Settings,
    id_field: str | None = "id",
    only: set[tuple[str, str]] | None = None,
) -> Iterator[ExportedBlock]:
    """Every block of every readable document of ``source`` (or of the ``(source, id)`` pairs
    in ``only``, which alone are classified), in input order."""
    order = 0
    for shard in input_shards(source):
        items: Iterator[Item] = read_shard(shard.kind, shard.paths, shard.name, id_field, shard.root)
        if only is not None:
            items = (item for item in items if (shard.name, item.id) in only)
        for chunk in chunks(items, EXPORT_CHUNK_SIZE):
            parsed_records = sorted(parse_records(detector, chunk, settings), key=lambda r: r[0])
            for _, record, parsed in parsed_records:
                if isinstance(parsed, str):
                    continue
                for row in block_rows(record.id, shard.name, parsed):
                    yield ExportedBlock(order, row)
                    order += 1


def block_rows(document: str, source: str, parsed: Parsed) -> list[dict[str, Any]]:
    """The export rows of one classified document, ``gold`` empty."""
    return [
        {
            "document": document,
            "source": source,
            "index": index,
            "start": block.start,
            "end": block.end,
            "text": block.text,
            "label": block.label.value,
            "kind": block.kind.value if block.kind else "",
            "probability": round(block.probability, 4),
            "gold": "",
            "selected": "",
        }
        for index, block in enumerate(parsed.blocks)
    ]


def select_uncertain(blocks: Iterator[ExportedBlock], count: int, threshold: float) -> list[ExportedBlock]:
    """The ``count`` blocks whose probability is nearest the threshold, in reading order."""
    nearest = heapq.nsmallest(count, blocks, key=lambda b: (abs(b.row["probability"] - threshold), b.order))
    return sorted(nearest, key=lambda b: b.order)


def select_sample(blocks: Iterator[ExportedBlock], count: int, seed: int) -> list[ExportedBlock]:
    """A uniform random sample of ``count`` blocks, in reading order."""
    return reservoir(blocks, count, seed)[0]


def write_export(rows: Iterator[dict[str, Any]], out: Path) -> int:
    """Write rows as CSV or JSON Lines (by the file's ending), complete or not at all; the row count."""
    name = out.name.lower()
    if not name.endswith((".csv", ".jsonl")):
        raise UsageError(f"{out}: an export is .csv or .jsonl")
    temporary = out.with_name(f".{out.name}.partial")
    written = 0
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        if name.endswith(".csv"):
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                written += 1
        else:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    os.replace(temporary, out)
    return written


def export_blocks(
    detector: Detector,
    source: str,
    out: Path,
    settings: Settings,
    uncertain: int | None = None,
    sample: int | None = None,
    seed: int = 13,
    id_field: str | None = "id",
    context: bool = True,
) -> int:
    """Classify ``source`` and write its blocks (all, the uncertain ones or a sample) to ``out``.

    With ``context``, chosen blocks come with every other block of their
    documents, marked ``selected``: a model learns a block in its document,
    so training takes whole documents, and the person labelling sees where
    the block sits. The chosen documents are read and classified a second
    time; only the chosen blocks are held in memory meanwhile.
    """
    if uncertain is not None and sample is not None:
        raise UsageError("--uncertain and --sample choose blocks in two ways: give one")
    blocks = classified_blocks(detector, source, settings, id_field)
    if uncertain is not None:
        picked = select_uncertain(blocks, uncertain, detector.threshold)
    elif sample is not None:
        picked = select_sample(blocks, sample, seed)
    else:
        return write_export((b.row for b in blocks), out)
    if not context:
        return write_export(({**b.row, "selected": "yes"} for b in picked), out)
    chosen = {(b.row["source"], b.row["document"], b.row["index"]) for b in picked}
    documents = {(source_name, document) for source_name, document, _ in chosen}
    rows = (
        {**b.row, "selected": "yes" if (b.row["source"], b.row["document"], b.row["index"]) in chosen else ""}
        for b in classified_blocks(detector, source, settings, id_field, only=documents)
    )
    return write_export(rows, out)
