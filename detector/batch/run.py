"""A batch run: every shard read, cleaned in chunks, written atomically, with its audit and its counts.

Nothing is lost: every record read comes out, cleaned or as an error record
(in OUT, or in the rejects file when one is named), and the summary counts
each. Shards are finished one at a time; ``resume`` skips the ones whose
output exists and redoes the rest, so a killed run resumed gives the output
an uninterrupted run gives.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from detector.batch.executor import LocalCleaner, PoolCleaner, default_workers
from detector.batch.progress import Progress, SilentProgress
from detector.batch.records import chunks, read_shard
from detector.batch.shards import DEFAULT_SHARD_SIZE, Shard, output_format_of, plan_shards
from detector.batch.sinks import JsonlSink, ParquetSink, audit_type
from detector.batch.work import AUDIT_FIELD, Outcome, Settings
from detector.detector import Detector
from detector.errors import ErrorRateExceeded, UsageError
from detector.repeats import RepeatCounts

DEFAULT_CHUNK_SIZE = 256
"""Records cleaned in one model call (and shipped to a worker at once)."""

MIN_RECORDS_FOR_ERROR_RATE = 1000
"""Records read before ``max_error_rate`` may stop a run early (the final count is always checked)."""


@dataclass
class BatchOptions:
    """Everything a batch run is asked to do besides its input and output."""

    settings: Settings = field(default_factory=Settings)
    model: Path | None = None
    threshold: float | None = None
    workers: int = field(default_factory=default_workers)
    chunk_size: int = DEFAULT_CHUNK_SIZE
    id_field: str | None = "id"
    """The field that identifies a record; a record without it is named by its shard and position."""
    audit_field: str = AUDIT_FIELD
    audit: Path | None = None
    """A sidecar for the audits (keyed by id) instead of a field of each record."""
    rejects: Path | None = None
    """Where failed records go instead of OUT."""
    resume: bool = False
    overwrite: bool = False
    max_error_rate: float | None = None
    output_format: str | None = None
    shard_size: int = DEFAULT_SHARD_SIZE
    corpus_stats: bool = False
    """Count every block's copies across the corpus first, and let them decide repeated blocks."""
    engine: str = "local"
    """"local" (this machine's cores) or "dask" (one task a shard on a Dask cluster)."""
    scheduler: str | None = None
    """The Dask scheduler's address; None starts a local cluster."""


@dataclass
class BatchSummary:
    """What a run did, for the end-of-run report and ``--summary``."""

    documents: int = 0
    written: int = 0
    failed: int = 0
    over_budget: int = 0
    """Documents left uncleaned (with a flag in their audit) because they ran over the time budget."""
    rejected: int = 0
    shards: int = 0
    shards_skipped: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: BatchSummary) -> None:
        """Count another part of the run (a shard cleaned elsewhere) in this summary."""
        self.documents += other.documents
        self.written += other.written
        self.failed += other.failed
        self.over_budget += other.over_budget
        self.rejected += other.rejected
        self.shards += other.shards
        self.removed.update(other.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_in": self.documents,
            "documents_out": self.written,
            "failed": self.failed,
            "over_budget": self.over_budget,
            "rejected": self.rejected,
            "shards_done": self.shards,
            "shards_skipped": self.shards_skipped,
            "blocks_removed": dict(sorted(self.removed.items())),
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.documents / self.seconds, 1) if self.seconds else None,
        }

    def report(self) -> str:
        removed = ", ".join(f"{n:,} {name}" for name, n in sorted(self.removed.items())) or "none"
        rate = f"{self.documents / self.seconds:,.1f}" if self.seconds else "-"
        skipped = f" ({self.shards_skipped} finished before, skipped)" if self.shards_skipped else ""
        return (
            f"documents: {self.documents:,} in, {self.written:,} out, {self.failed:,} failed"
            f" ({self.rejected:,} to rejects), {self.over_budget:,} left uncleaned over the time budget\n"
            f"shards: {self.shards} done{skipped}\n"
            f"blocks removed: {removed}\n"
            f"time: {self.seconds:,.1f} s ({rate} documents/s)"
        )


def run_batch(
    source: str,
    out: Path,
    options: BatchOptions,
    progress: Progress | None = None,
    detector: Detector | None = None,
) -> BatchSummary:
    """Clean every record of ``source`` into ``out`` (see ``detector.batch.shards`` for the layouts).

    ``detector``, when given, is the model this process uses (``options.model``
    and ``options.threshold`` are then ignored); worker processes and cluster
    tasks load the model from its directory.
    """
    progress = progress or SilentProgress()
    output_format = options.output_format
    shards = plan_shards(source, out, output_format, options.shard_size)
    _check_outputs(shards, options)
    todo = [s for s in shards if not (options.resume and s.output.exists())]
    summary = BatchSummary(shards_skipped=len(shards) - len(todo))
    began = time.monotonic()
    if not todo:
        return summary
    if detector is None:  # a bad model fails here, once, before any work
        detector = Detector.load(options.model, threshold=options.threshold)
    else:
        options = replace(options, model=detector.model.path, threshold=detector.threshold)
    total = sum(p.stat().st_size for s in todo for p in s.paths)
    progress.start(total)
    try:
        if options.engine == "dask":
            from detector.dask import run_shards

            if options.corpus_stats:
                raise UsageError("--corpus-stats runs with the local engine only")

            done_bytes = 0
            for shard, part in run_shards(todo, out, _for_one_worker(options, detector), options.scheduler):
                summary.add(part)
                done_bytes += sum(p.stat().st_size for p in shard.paths)
                progress.update(summary.documents, summary.failed, done_bytes)
                _check_error_rate(summary, options, final=False)
        else:
            repeats = _count_repeats(shards, options, detector) if options.corpus_stats else None
            _run_here(todo, out, options, detector, summary, progress, repeats)
    finally:
        progress.close()
        summary.seconds = time.monotonic() - began
    _check_error_rate(summary, options, final=True)
    return summary


def _run_here(
    shards: list[Shard],
    out: Path,
    options: BatchOptions,
    detector: Detector,
    summary: BatchSummary,
    progress: Progress,
    repeats: RepeatCounts | None = None,
) -> None:
    """Shards one after another, chunks in this process or in a pool of worker processes."""
    cleaner = _cleaner(options, detector, repeats)
    done_bytes = 0
    try:
        for shard in shards:
            done_bytes = _run_shard(shard, out, options, cleaner, summary, progress, done_bytes)
            summary.shards += 1
    finally:
        cleaner.close()


def _cleaner(
    options: BatchOptions, detector: Detector, repeats: RepeatCounts | None
) -> LocalCleaner | PoolCleaner:
    if options.workers <= 1:
        return LocalCleaner(detector, options.settings, repeats)
    return PoolCleaner(detector.model.path, options.threshold, options.settings, options.workers, repeats)


def _count_repeats(shards: list[Shard], options: BatchOptions, detector: Detector) -> RepeatCounts:
    """The first pass of corpus statistics: every block of every shard (finished ones too), classified.

    All shards are counted, so a resumed run decides exactly as an
    uninterrupted one.
    """
    repeats = RepeatCounts()
    cleaner = _cleaner(options, detector, None)
    try:
        for shard in shards:
            items = read_shard(shard.kind, shard.paths, shard.name, options.id_field, shard.root)
            for documents in cleaner.score(chunks(items, options.chunk_size)):
                for blocks in documents:
                    repeats.add_document(blocks)
    finally:
        cleaner.close()
    return repeats


def _for_one_worker(options: BatchOptions, detector: Detector) -> BatchOptions:
    """The options a cluster task runs one shard with: the model's resolved path, no process pool."""
    return replace(options, model=detector.model.path, workers=1, max_error_rate=None)


def run_one_shard(shard: Shard, out: Path, options: BatchOptions, detector: Detector) -> BatchSummary:
    """Clean one shard in this process (a cluster task); its counts."""
    summary = BatchSummary()
    cleaner = LocalCleaner(detector, options.settings)
    _run_shard(shard, out, options, cleaner, summary, SilentProgress(), 0)
    summary.shards = 1
    return summary


def _check_outputs(shards: list[Shard], options: BatchOptions) -> None:
    if options.resume or options.overwrite:
        return
    existing = [s.output for s in shards if s.output.exists()]
    if existing:
        raise UsageError(
            f"{existing[0]}: output exists ({len(existing)} of {len(shards)} shards); "
            "--resume finishes the run, --overwrite redoes it"
        )


def _sidecar(base: Path | None, shard: Shard, out: Path) -> Path | None:
    """A shard's sidecar: ``base`` itself for a one-file OUT, else a file under the ``base`` directory."""
    if base is None:
        return None
    if output_format_of(out) is not None:
        return base
    relative = shard.output.relative_to(out)
    stem = relative.name.split(".")[0]
    return base / relative.parent / f"{stem}.jsonl"


def _output_sink(shard: Shard, options: BatchOptions) -> JsonlSink | ParquetSink:
    if not shard.output.name.lower().endswith(".parquet"):
        return JsonlSink(shard.output)
    import pyarrow as pa

    base = None
    if shard.kind == "parquet":
        import pyarrow.parquet as pq

        try:
            base = pq.read_schema(shard.paths[0])
        except Exception:  # an unreadable file: its error record will carry the reason
            base = None
    added: dict[str, Any] = {options.settings.target: pa.string()}
    if options.audit is None:
        added[options.audit_field] = audit_type()
    return ParquetSink(shard.output, base, added)


def _run_shard(
    shard: Shard,
    out: Path,
    options: BatchOptions,
    cleaner: LocalCleaner | PoolCleaner,
    summary: BatchSummary,
    progress: Progress,
    done_bytes: int,
) -> int:
    """Clean one shard and publish its files (sidecars first, the output last); the bytes read so far."""
    output = _output_sink(shard, options)
    audit_path = _sidecar(options.audit, shard, out)
    rejects_path = _sidecar(options.rejects, shard, out)
    audit = JsonlSink(audit_path) if audit_path else None
    rejects = JsonlSink(rejects_path) if rejects_path else None
    sinks = [s for s in (audit, rejects, output) if s is not None]
    consumed = 0
    try:
        items = read_shard(shard.kind, shard.paths, shard.name, options.id_field, shard.root)
        for chunk, outcomes in cleaner.map(chunks(items, options.chunk_size)):
            rows, audits, rejected = [], [], []
            for item, outcome in zip(chunk, outcomes):
                consumed = max(consumed, item.consumed)
                summary.documents += 1
                summary.removed.update(outcome.removed)
                if outcome.failed:
                    summary.failed += 1
                summary.over_budget += outcome.over_budget
                if outcome.failed and rejects is not None:
                    rejected.append(_reject_row(shard, item.number, outcome))
                    continue
                row = dict(outcome.fields)
                entry = dict(outcome.audit)
                if outcome.raw is not None:
                    entry["raw"] = outcome.raw
                if audit is not None:
                    audits.append({"id": outcome.id, **entry})
                else:
                    row[options.audit_field] = entry
                rows.append(row)
            summary.written += len(rows)
            summary.rejected += len(rejected)
            output.write(rows)
            if audit is not None:
                audit.write(audits)
            if rejects is not None:
                rejects.write(rejected)
            progress.update(summary.documents, summary.failed, done_bytes + consumed)
            _check_error_rate(summary, options, final=False)
        for sink in sinks:
            sink.commit()
    except BaseException:
        for sink in sinks:
            with contextlib.suppress(Exception):
                sink.discard()
        raise
    return done_bytes + sum(p.stat().st_size for p in shard.paths)


def _reject_row(shard: Shard, number: int, outcome: Outcome) -> dict[str, Any]:
    return {
        "id": outcome.id,
        "shard": shard.name,
        "number": number,
        "error": outcome.audit["error"],
        "record": outcome.fields,
        "raw": outcome.raw,
    }


def _check_error_rate(summary: BatchSummary, options: BatchOptions, final: bool) -> None:
    limit = options.max_error_rate
    if limit is None or not summary.documents:
        return
    if not final and summary.documents < MIN_RECORDS_FOR_ERROR_RATE:
        return
    rate = summary.failed / summary.documents
    if rate > limit:
        raise ErrorRateExceeded(
            f"{summary.failed:,} of {summary.documents:,} records failed ({rate:.1%}), "
            f"more than --max-error-rate {limit:.1%}"
        )
