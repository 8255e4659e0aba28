"""Every document of an input: one document file, or anything ``detector batch`` reads.

``detector batch`` writes one output a shard, so it plans shards itself;
commands that only read documents (export, review, label) also take a single
``.txt`` or ``.html`` file and want the records one after the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from detector.batch.records import Item, is_document_file, read_shard
from detector.batch.shards import Shard, plan_shards

NO_OUTPUT = Path(".read-only")
"""The output a shard is planned with when nothing is written for it."""


def input_shards(source: str) -> list[Shard]:
    """The shards ``detector batch`` would read, or one shard for a single document file."""
    path = Path(source)
    if path.is_file() and is_document_file(path):
        return [Shard(path.name, "documents", (path,), NO_OUTPUT, path.parent)]
    return plan_shards(source, NO_OUTPUT, None)


def read_items(source: str, id_field: str | None = "id") -> Iterator[tuple[Shard, Item]]:
    """Every record of ``source`` (read or unreadable) with the shard it comes from, in input order."""
    for shard in input_shards(source):
        for item in read_shard(shard.kind, shard.paths, shard.name, id_field, shard.root):
            yield shard, item
