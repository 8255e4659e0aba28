"""Reading the records of one shard, whatever file it is: JSONL, Parquet, CSV, WARC or document files.

Every reader is a generator, so a shard streams through in constant memory. A
record that cannot be read does not stop the shard: it comes out as an
``Unreadable`` that names the file and the place, and the run writes it out
as an error record. A file that breaks off (a truncated gzip stream, a
corrupt Parquet footer) ends its shard with one such record.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

RECORD_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".json.gz": "jsonl",
    ".ndjson": "jsonl",
    ".ndjson.gz": "jsonl",
    ".parquet": "parquet",
    ".csv": "csv",
    ".csv.gz": "csv",
    ".warc": "warc",
    ".warc.gz": "warc",
}
"""File endings of record files, and the reader of each."""

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")
"""File endings of document files (one document a file) in an input directory."""

WARC_DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
"""Payload types of WARC responses that are documents; other responses are not read."""

PARQUET_BATCH_ROWS = 1024


@dataclass
class Record:
    """One document of a corpus and the fields around it."""

    id: str
    fields: dict[str, Any]
    number: int
    """Position in the shard (0-based), stable across runs."""
    consumed: int = 0
    """Bytes of the shard read once this record was read: the progress measure."""
    document: str | bytes | None = None
    """The document when it is not a field of the record (document files, WARC payloads)."""
    read_as: str | None = None
    """"html" or "text" when the container says which (a file's ending, a payload's type)."""


@dataclass
class Unreadable:
    """A record that could not be read: it becomes an error record, never a silent loss."""

    id: str
    number: int
    error: str
    raw: str | None = None
    consumed: int = 0
    fields: dict[str, Any] = field(default_factory=dict)


Item = Record | Unreadable
T = TypeVar("T")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Items in lists of ``size`` (the last one shorter): the unit a model call cleans."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def record_kind(path: Path) -> str | None:
    """The reader for a file by its ending, or None when it is not a record file."""
    name = path.name.lower()
    for suffix, kind in RECORD_SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def is_document_file(path: Path) -> bool:
    return path.name.lower().endswith(DOCUMENT_SUFFIXES)


def read_shard(
    kind: str, paths: Sequence[Path], name: str, id_field: str | None, root: Path
) -> Iterator[Item]:
    """The records of a shard, in file order."""
    if kind == "documents":
        yield from _read_documents(paths, root)
        return
    (path,) = paths
    readers = {"jsonl": _read_jsonl, "parquet": _read_parquet, "csv": _read_csv, "warc": _read_warc}
    yield from readers[kind](path, name, id_field)


def _record_id(fields: dict[str, Any], id_field: str | None, name: str, number: int) -> str:
    if id_field is not None and fields.get(id_field) is not None:
        return str(fields[id_field])
    return f"{name}:{number}"


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from disk (for progress through gzip)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _open_counted(path: Path) -> tuple[BinaryIO, _CountingReader]:
    counter = _CountingReader(path.open("rb"))
    buffered = io.BufferedReader(counter, buffer_size=1 << 16)
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=buffered), counter  # type: ignore[return-value]
    return buffered, counter


def _read_jsonl(path: Path, name: str, id_field: str | None) -> Iterator[Item]:
    """One JSON object a line; blank lines are not records."""
    stream, counter = _open_counted(path)
    number = 0
    line_number = 0
    try:
        with stream:
            for line_number, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                where = f"{path}: line {line_number}"
                fallback_id = f"{name}:{number}"
                try:
                    fields = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError) as error:
                    text = raw.decode("utf-8", "replace").rstrip("\r\n")
                    yield Unreadable(fallback_id, number, f"{where}: not JSON ({error})", text, counter.count)
                else:
                    if isinstance(fields, dict):
                        record_id = _record_id(fields, id_field, name, number)
                        yield Record(record_id, fields, number, counter.count)
                    else:
                        text = raw.decode("utf-8", "replace").rstrip("\r\n")
                        kind = type(fields).__name__
                        yield Unreadable(fallback_id, number, f"{where}: a JSON {kind}, not an object", text)
                number += 1
    except (OSError, EOFError) as error:
        yield Unreadable(
            f"{name}:{number}",
            number,
            f"{path}: unreadable after line {line_number} ({error}); the rest of the file is lost",
            consumed=counter.count,
        )


def _read_parquet(path: Path, name: str, id_field: str | None) -> Iterator[Item]:
    import pyarrow.parquet as pq

    number = 0
    try:
        parquet = pq.ParquetFile(path)
        rows = max(parquet.metadata.num_rows, 1)
        size = path.stat().st_size
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for fields in batch.to_pylist():
                consumed = size * (number + 1) // rows
                yield Record(_record_id(fields, id_field, name, number), fields, number, consumed)
                number += 1
    except Exception as error:  # pyarrow raises several types for a damaged file
        yield Unreadable(
            f"{name}:{number}", number, f"{path}: unreadable Parquet after row {number} ({error})"
        )


def _read_csv(path: Path, name: str, id_field: str | None) -> Iterator[Item]:
    """A header line, then one record a row; a row with the wrong number of cells is unreadable."""
    stream, counter = _open_counted(path)
    number = 0
    try:
        with io.TextIOWrapper(stream, encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            header = next(reader, None)
            if header is None:
                return
            for row in reader:
                if len(row) != len(header):
                    where = f"{path}: row {number + 1} (ending on line {reader.line_num})"
                    error = f"{where}: {len(row)} cells, the header has {len(header)}"
                    yield Unreadable(f"{name}:{number}", number, error, ",".join(row), counter.count)
                else:
                    fields = dict(zip(header, row))
                    yield Record(_record_id(fields, id_field, name, number), fields, number, counter.count)
                number += 1
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as error:
        yield Unreadable(f"{name}:{number}", number, f"{path}: unreadable after row {number} ({error})")


def _read_warc(path: Path, name: str, id_field: str | None) -> Iterator[Item]:
    """HTTP responses whose payload is a page or text; requests, metadata and images are not documents."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    with path.open("rb") as raw:
        try:
            for entry in ArchiveIterator(raw):
                if entry.rec_type not in ("response", "resource"):
                    continue
                headers = entry.http_headers
                content_type = (
                    headers.get_header("Content-Type")
                    if headers
                    else entry.rec_headers.get_header("Content-Type")
                ) or ""
                if content_type.split(";")[0].strip().lower() not in WARC_DOCUMENT_TYPES:
                    continue
                record_id = entry.rec_headers.get_header("WARC-Record-ID") or f"{name}:{number}"
                fields = {
                    "id": record_id,
                    "url": entry.rec_headers.get_header("WARC-Target-URI"),
                    "date": entry.rec_headers.get_header("WARC-Date"),
                    "content_type": content_type,
                }
                payload = entry.content_stream().read()
                read_as = "text" if content_type.startswith("text/plain") else "html"
                yield Record(record_id, fields, number, raw.tell(), document=payload, read_as=read_as)
                number += 1
        except Exception as error:  # warcio raises several types for a damaged archive
            yield Unreadable(
                f"{name}:{number}", number, f"{path}: unreadable WARC after record {number} ({error})"
            )


def _read_documents(paths: Sequence[Path], root: Path) -> Iterator[Item]:
    """One document a file: its path under the input directory is its id."""
    consumed = 0
    for number, path in enumerate(paths):
        record_id = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            yield Unreadable(record_id, number, f"{path}: cannot read ({error.strerror})", consumed=consumed)
            continue
        consumed += len(data)
        read_as = "text" if path.name.lower().endswith(".txt") else "html"
        yield Record(record_id, {"id": record_id}, number, consumed, document=data, read_as=read_as)
