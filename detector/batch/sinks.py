"""Output files that only appear under their name once complete.

Each sink writes to a hidden temporary file beside its target and renames it
into place in ``commit`` (after an fsync), so a crash at any moment leaves
either a complete output or none, never a half-written file that looks
complete. Output bytes depend only on the rows written: gzip headers carry no
time stamp and Parquet files no creation time.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import gzip
import json
import os
from pathlib import Path
from typing import IO, Any

from detector.errors import InputError

PARQUET_ROW_GROUP = 4096


def partial_path(path: Path) -> Path:
    """The temporary name a file is written under until it is complete."""
    return path.with_name(f".{path.name}.partial")


def _jsonable(value: Any) -> Any:
    """JSON for values Parquet or CSV readers give that JSON has no type for."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=_jsonable) + "\n"


class JsonlSink:
    """One JSON object a line, gzip-compressed when the name ends in ``.gz``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = partial_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = self.temporary.open("wb")
        self._stream: IO[bytes] = self._raw
        if path.name.lower().endswith(".gz"):
            self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)  # type: ignore[assignment]

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._stream.write("".join(json_line(r) for r in rows).encode("utf-8"))

    def commit(self) -> None:
        if self._stream is not self._raw:
            self._stream.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        """Close without publishing (the temporary file is removed)."""
        if self._stream is not self._raw:
            self._stream.close()
        self._raw.close()
        self.temporary.unlink(missing_ok=True)


class ParquetSink:
    """A Parquet file whose schema is the input's (or the first rows'), plus the fields cleaning adds."""

    def __init__(self, path: Path, base_schema: Any = None, added: dict[str, Any] | None = None) -> None:
        self.path = path
        self.temporary = partial_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._base = base_schema
        self._added = added or {}
        self._writer: Any = None
        self._schema: Any = None
        self._rows = 0
        self._pending: list[dict[str, Any]] = []

    def _open(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        base = self._base if self._base is not None else pa.Table.from_pylist(rows).schema
        fields = [f if f.type != pa.null() else pa.field(f.name, pa.string()) for f in base]
        names = [f.name for f in fields]
        for name, kind in self._added.items():
            if name in names:
                fields[names.index(name)] = pa.field(name, kind)
            else:
                fields.append(pa.field(name, kind))
        self._schema = pa.schema(fields)
        self._writer = pq.ParquetWriter(self.temporary, self._schema)

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Buffer rows into row groups of a fixed size, so the file does not depend on chunk sizes."""
        self._pending.extend(rows)
        while len(self._pending) >= PARQUET_ROW_GROUP:
            self._flush(self._pending[:PARQUET_ROW_GROUP])
            del self._pending[:PARQUET_ROW_GROUP]

    def _flush(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if not rows:
            return
        if self._writer is None:
            self._open(rows)
        names = set(self._schema.names)
        for offset, row in enumerate(rows):
            extra = set(row) - names
            if extra:
                raise InputError(
                    f"{self.path}: record {self._rows + offset} has field {sorted(extra)[0]!r} "
                    "that the first records lack; Parquet needs one schema (write JSONL instead)"
                )
        try:
            table = pa.Table.from_pylist(rows, schema=self._schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
            raise InputError(
                f"{self.path}: records {self._rows}-{self._rows + len(rows) - 1} do not fit "
                f"the schema of the first records ({error}); write JSONL instead"
            ) from error
        self._writer.write_table(table)
        self._rows += len(rows)

    def commit(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._flush(self._pending)
        self._pending = []
        if self._writer is None:  # no row at all: an empty file with the added fields
            base = self._base if self._base is not None else pa.schema([])
            self._writer = pq.ParquetWriter(self.temporary, _with(base, self._added))
        self._writer.close()
        with self.temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.temporary.unlink(missing_ok=True)


def _with(schema: Any, added: dict[str, Any]) -> Any:
    import pyarrow as pa

    fields = [f for f in schema if f.name not in added]
    return pa.schema([*fields, *(pa.field(n, t) for n, t in added.items())])


def audit_type() -> Any:
    """The Arrow type of an audit, so Parquet output has one schema whatever the records hold."""
    import pyarrow as pa

    block = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("label", pa.string()),
            ("kind", pa.string()),
            ("probability", pa.float64()),
            ("text", pa.string()),
            ("locator", pa.string()),
            ("repeats", pa.int64()),
        ]
    )
    cut = pa.struct([("position", pa.int64()), ("text", pa.string())])
    return pa.struct(
        [
            ("blocks", pa.int64()),
            ("removed", pa.list_(block)),
            ("restore", pa.list_(cut)),
            ("error", pa.string()),
            ("over_budget", pa.string()),
            ("raw", pa.string()),
        ]
    )
