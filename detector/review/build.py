"""Building a review report from any input: documents to classify, or ``detector batch`` output.

A record whose audit field holds an audit was cleaned earlier: the report
shows what that run removed, without a model. Its original text comes back
with ``restore(cleaned, audit)`` so the removed blocks appear where they
were; an HTML page (whose audit cannot restore it) shows its cleaned text
with the removed blocks listed. Every other record is classified now, and
each of its blocks explained (``detector.explain``), text and HTML alike.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from threadpoolctl import threadpool_limits

from detector.batch import restore
from detector.batch.records import Record, Unreadable, chunks
from detector.batch.work import AUDIT_FIELD, Settings, parse_records
from detector.detector import Detector, Parsed
from detector.errors import InputError
from detector.explain import Explainer
from detector.model.store import default_model_dir
from detector.review.documents import Sampled, sample_documents
from detector.review.report import Report, ReviewBlock, ReviewDocument

REVIEW_CHUNK_SIZE = 64
TOP_FEATURES = 5
"""Features shown for each block."""


@dataclass(frozen=True)
class ReviewOptions:
    """Which documents to show and how to read them."""

    settings: Settings = field(default_factory=Settings)
    id_field: str | None = "id"
    audit_field: str = AUDIT_FIELD
    sample: int | None = None
    seed: int = 13
    top: int = TOP_FEATURES
    audit: Path | None = None
    """The audit sidecar of a ``detector batch --audit`` run (a file, or a directory of them)."""


def build_report(source: str, options: ReviewOptions, load: Callable[[], Detector]) -> Report:
    """The report of a sample of ``source``; ``load`` is called only if some record needs the model."""
    sampled, total = sample_documents(source, options.id_field, options.sample, options.seed)
    documents: list[ReviewDocument | None] = [None] * len(sampled)
    to_classify: list[int] = []
    sidecar: dict[str, dict[str, Any]] = {}
    if options.audit is not None:
        wanted = {entry.item.id for entry in sampled if isinstance(entry.item, Record)}
        sidecar = read_sidecar(options.audit, wanted)
    for i, entry in enumerate(sampled):
        item = entry.item
        if isinstance(item, Unreadable):
            documents[i] = _failed(entry, item.error)
            continue
        audit = sidecar.get(item.id) or _audit(item, options.audit_field)
        if audit is None:
            to_classify.append(i)
        else:
            documents[i] = from_audit(entry, item, audit, options.settings.field)
    report = Report(source, [], total, options.seed)
    if to_classify:
        detector = load()
        report.model = model_name(detector.model.path)
        report.thresholds = {"text": detector.threshold, "html": detector.html_threshold}
        for position, document in _classify(detector, [sampled[i] for i in to_classify], options):
            documents[to_classify[position]] = document
    report.documents = [d for d in documents if d is not None]
    return report


def model_name(path: Path) -> str:
    """How the report names a model: the bundled one by that name, others by their path."""
    if path.resolve() == default_model_dir().resolve():
        return "the bundled model"
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_sidecar(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """The audits of the ``wanted`` ids in a sidecar file or a directory of sidecars.

    Only the sampled documents' audits are kept, so memory follows the
    sample, not the corpus.
    """
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.name.endswith((".jsonl", ".jsonl.gz")))
    elif path.exists():
        files = [path]
    else:
        raise InputError(f"{path}: no such audit file or directory")
    found: dict[str, dict[str, Any]] = {}
    for file in files:
        opener = gzip.open if file.name.endswith(".gz") else open
        with opener(file, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{file}:{number}: not an audit line ({error.msg})") from error
                if isinstance(row, dict) and str(row.get("id")) in wanted:
                    found[str(row["id"])] = {k: v for k, v in row.items() if k != "id"}
    return found


def _audit(record: Record, audit_field: str) -> dict[str, Any] | None:
    """The record's audit from an earlier ``detector batch`` run, if it has one."""
    audit = record.fields.get(audit_field)
    if isinstance(audit, str):
        try:
            audit = json.loads(audit)
        except json.JSONDecodeError:
            return None
    if isinstance(audit, dict) and isinstance(audit.get("removed"), list):
        return audit
    return None


def _failed(entry: Sampled, error: str) -> ReviewDocument:
    return ReviewDocument(entry.item.id, entry.source, "text", "audit", "", [], True, error)


def from_audit(entry: Sampled, record: Record, audit: dict[str, Any], field_name: str) -> ReviewDocument:
    """A record cleaned by ``detector batch``: the removed blocks at their place when the text allows."""
    if audit.get("error"):
        return _failed(entry, str(audit["error"]))
    cleaned = record.fields.get(field_name)
    if not isinstance(cleaned, str):
        return _failed(entry, f"record {record.id}: field {field_name!r} holds no cleaned text")
    entries = [e for e in audit["removed"] if isinstance(e, dict)]
    blocks = [
        ReviewBlock(
            text=str(e.get("text") or ""),
            label=str(e.get("label") or "removed"),
            kind=_text(e.get("kind")),
            probability=_number(e.get("probability")),
            removed=True,
            start=_offset(e.get("start")),
            end=_offset(e.get("end")),
            locator=_text(e.get("locator")),
        )
        for e in entries
    ]
    page = any(b.locator for b in blocks)
    original = cleaned
    if audit.get("restore") is not None:
        try:
            original = restore(cleaned, audit)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            return _failed(entry, f"record {record.id}: its audit cannot restore the text ({error!r})")
    # A dry run left the text as it was: its blocks sit at their offsets in it too.
    if not page and all(_at(original, b) for b in blocks) and (audit.get("restore") is not None or blocks):
        document = ReviewDocument(record.id, entry.source, "text", "audit", original, blocks, True)
    else:
        for block in blocks:
            block.start = block.end = None
        document = ReviewDocument(
            record.id, entry.source, "html" if page else "text", "audit", cleaned, blocks, False
        )
    count = audit.get("blocks")
    document.block_count = count if isinstance(count, int) else None
    return document


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _offset(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _at(text: str, block: ReviewBlock) -> bool:
    """Whether a block's offsets index its text in ``text``."""
    return (
        isinstance(block.start, int)
        and isinstance(block.end, int)
        and text[block.start : block.end] == block.text
    )


def _classify(
    detector: Detector, sampled: Sequence[Sampled], options: ReviewOptions
) -> list[tuple[int, ReviewDocument]]:
    """Classify and explain records (position in ``sampled``, document), one thread as batch workers do.

    The gradient-boosted trees start a thread pool on every call; on a busy
    machine those threads wait on each other far longer than they compute.
    """
    explainer = Explainer(detector)
    out: list[tuple[int, ReviewDocument]] = []
    offset = 0
    with threadpool_limits(limits=1):
        for chunk in chunks((s.item for s in sampled), REVIEW_CHUNK_SIZE):
            for i, _, parsed in parse_records(detector, chunk, options.settings):
                entry = sampled[offset + i]
                if isinstance(parsed, str):
                    out.append((offset + i, _failed(entry, parsed)))
                else:
                    document = from_model(detector, explainer, entry, parsed, options)
                    out.append((offset + i, document))
            offset += len(chunk)
    return out


def from_model(
    detector: Detector, explainer: Explainer, entry: Sampled, parsed: Parsed, options: ReviewOptions
) -> ReviewDocument:
    """A document the model classified: every block at its offsets, each with its strongest features."""
    removed = detector.removed(parsed.blocks, options.settings.keep_boilerplate)
    features = [e.pushes for e in explainer.explain(parsed, options.top)]
    blocks = [
        ReviewBlock(
            text=b.text,
            label=b.label.value,
            kind=b.kind.value if b.kind else None,
            probability=round(b.probability, 4),
            removed=gone,
            start=b.start,
            end=b.end,
            locator=b.locator,
            features=pushes,
        )
        for b, gone, pushes in zip(parsed.blocks, removed, features)
    ]
    shape: Literal["text", "html"] = "html" if parsed.page is not None else "text"
    return ReviewDocument(entry.item.id, entry.source, shape, "model", parsed.source, blocks, True)
