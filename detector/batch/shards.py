"""Which shards a batch run has and where each one's output goes.

A shard is the unit of output and of resumption: it is read, cleaned and
written to a temporary file that is renamed into place only when the shard is
complete, so a finished output file is always a complete one.

- IN a record file (JSONL, Parquet, CSV, WARC): one shard.
- IN a directory of record files, or a glob: one shard a file.
- IN a directory of document files (``.txt``, ``.html`` …): shards of
  ``shard_size`` files in path order.

OUT is one file when its name ends in ``.jsonl``, ``.jsonl.gz`` or
``.parquet`` (IN must then make one shard); otherwise a directory that gets one
output file a shard, named after the shard's input.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

from detector.batch.records import is_document_file, record_kind
from detector.errors import InputError

OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".jsonl.gz": "jsonl.gz", ".parquet": "parquet"}
"""Output file endings and the format each one means."""

DEFAULT_SHARD_SIZE = 10_000
"""Document files in one shard of a directory of documents."""


@dataclass(frozen=True)
class Shard:
    """One unit of work: its input files, how to read them and where its output goes."""

    name: str
    """Stable name (the input's path under IN): record ids without an id field use it."""
    kind: str
    paths: tuple[Path, ...]
    output: Path
    root: Path
    """The input directory, which document ids are relative to."""


def output_format_of(out: Path) -> str | None:
    """The output format a file name asks for, or None for a directory."""
    name = out.name.lower()
    for suffix, output_format in OUTPUT_SUFFIXES.items():
        if name.endswith(suffix):
            return output_format
    return None


def _has_glob(text: str) -> bool:
    return any(c in text for c in "*?[")


def _strip_suffix(name: str) -> str:
    lower = name.lower()
    for suffix in sorted(
        [*OUTPUT_SUFFIXES, ".json.gz", ".ndjson", ".ndjson.gz", ".csv", ".csv.gz", ".warc", ".warc.gz"],
        key=len,
        reverse=True,
    ):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def plan_shards(
    source: str, out: Path, output_format: str | None, shard_size: int = DEFAULT_SHARD_SIZE
) -> list[Shard]:
    """The shards of a run, in order; an input that gives no shard is an InputError."""
    single = output_format_of(out)
    if _has_glob(source):
        files = sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
        if not files:
            raise InputError(f"{source}: no file matches")
        root = Path(_glob_root(source))
        return _record_shards(files, root, out, single, output_format, source)
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file or directory")
    if path.is_file():
        kind = record_kind(path)
        if kind is None:
            raise InputError(
                f"{source}: not a record file (JSONL, Parquet, CSV or WARC by its ending); "
                "a directory of .txt or .html files is read one document a file"
            )
        target = (
            out
            if single
            else out / (_strip_suffix(path.name) + "." + (output_format or _default_format(kind)))
        )
        return [Shard(path.name, kind, (path,), target, path.parent)]
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    records = [p for p in files if record_kind(p)]
    documents = [p for p in files if is_document_file(p)]
    if records and documents:
        raise InputError(
            f"{source}: holds both record files ({records[0].name} …) and document files "
            f"({documents[0].name} …); give one kind, or a glob"
        )
    if records:
        return _record_shards(records, path, out, single, output_format, source)
    if not documents:
        raise InputError(f"{source}: no record file and no .txt or .html document in the directory")
    if single:
        return [Shard(path.name or source, "documents", tuple(documents), out, path)]
    suffix = output_format or "jsonl"
    return [
        Shard(
            f"part-{n:05d}",
            "documents",
            tuple(documents[i : i + shard_size]),
            out / f"part-{n:05d}.{suffix}",
            path,
        )
        for n, i in enumerate(range(0, len(documents), shard_size))
    ]


def _glob_root(pattern: str) -> str:
    """The directory part of a glob before its first wildcard."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _has_glob(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def _default_format(kind: str) -> str:
    return "parquet" if kind == "parquet" else "jsonl"


def _record_shards(
    files: list[Path], root: Path, out: Path, single: str | None, output_format: str | None, source: str
) -> list[Shard]:
    if single and len(files) > 1:
        raise InputError(
            f"{source}: {len(files)} input files make {len(files)} shards; OUT must be a directory, "
            f"not the file {out}"
        )
    shards = []
    for path in files:
        kind = record_kind(path)
        assert kind is not None
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        if single:
            target = out
        else:
            stem = _strip_suffix(name)
            target = out / f"{stem}.{output_format or _default_format(kind)}"
        shards.append(Shard(name, kind, (path,), target, root))
    return shards
