"""Cleaning one chunk of records: the work each worker process does.

The chunk is classified in one call (the model is much faster in batches);
when that call fails, each document is cleaned alone so that one bad
document fails alone and the others come out cleaned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from detector.batch.records import Item, Record, Unreadable
from detector.blocks import Block, Label
from detector.clean import cuts
from detector.detector import Detector, Parsed
from detector.guards import DEFAULT_TIME_BUDGET
from detector.repeats import DEFAULT_MIN_REPEATS, RepeatCounts, apply_repeats

AUDIT_FIELD = "detector"
"""The field of each output record that holds its audit (unless audits go to a sidecar)."""


@dataclass(frozen=True)
class Settings:
    """What to clean and how, the same for every record of a run."""

    field: str = "text"
    output_field: str | None = None
    input_format: str = "auto"
    keep_boilerplate: bool = False
    dry_run: bool = False
    min_repeats: int = DEFAULT_MIN_REPEATS
    """Documents a block must occur in before its copies decide it (with corpus statistics)."""
    time_budget: float | None = DEFAULT_TIME_BUDGET
    """Seconds a document may take (see ``detector.guards``); over it, it passes through flagged."""
    settle: bool = True
    """Classify cleaned text again until nothing more goes (see ``Detector.settle``)."""
    splices: bool = True
    """Cut promotional sentences spliced into paragraphs (see ``Detector.splices``)."""

    @property
    def target(self) -> str:
        return self.output_field or self.field


@dataclass
class Outcome:
    """A record after cleaning: its output fields, its audit, and whether it failed."""

    id: str
    fields: dict[str, Any]
    audit: dict[str, Any]
    failed: bool = False
    raw: str | None = None
    over_budget: bool = False
    """Left uncleaned because it ran over its time budget (flagged in the audit; not a failure)."""
    removed: dict[str, int] = field(default_factory=dict)
    """Removed blocks counted by label (and promo kind), for the run's summary."""


def error_audit(message: str) -> dict[str, Any]:
    return _empty_audit(error=message)


def _empty_audit(
    error: str | None = None, over_budget: str | None = None, restore: list[Any] | None = None
) -> dict[str, Any]:
    """The audit of a record with no block removed: failed, or left uncleaned over its budget."""
    return {"blocks": 0, "removed": [], "restore": restore, "error": error, "over_budget": over_budget}


def clean_chunk(
    detector: Detector, items: Sequence[Item], settings: Settings, repeats: RepeatCounts | None = None
) -> list[Outcome]:
    """The outcome of every item, in order; no exception escapes for a bad record.

    With ``repeats`` (corpus statistics from a first pass), blocks that recur
    across the corpus are decided by all their copies (``apply_repeats``).
    """
    outcomes: list[Outcome | None] = [None] * len(items)
    for i, item, parsed in parse_records(detector, items, settings):
        if isinstance(parsed, str):
            raw = item.raw if isinstance(item, Unreadable) else None
            outcomes[i] = Outcome(item.id, dict(item.fields), error_audit(parsed), True, raw)
            continue
        assert isinstance(item, Record)
        estimates = None
        if repeats is not None:
            estimates = repeats.estimates([b.text for b in parsed.blocks])
            threshold = detector.threshold if parsed.page is None else detector.html_threshold
            apply_repeats(parsed.blocks, estimates, threshold, settings.min_repeats)
        outcomes[i] = _outcome(detector, item, parsed, settings, estimates)
    return [o for o in outcomes if o is not None]


def score_chunk(detector: Detector, items: Sequence[Item], settings: Settings) -> list[list[Block]]:
    """The classified blocks of every readable record (the first pass of corpus statistics)."""
    return [
        parsed.blocks
        for _, _, parsed in parse_records(detector, items, settings)
        if not isinstance(parsed, str)
    ]


def parse_records(
    detector: Detector, items: Sequence[Item], settings: Settings
) -> Iterator[tuple[int, Item, Parsed | str]]:
    """Every item with its position and its parsed document, or the reason it cannot be cleaned.

    Documents are classified in one call per reading (text, HTML); the items
    that fail come first, then the parsed ones, each tagged with its position.
    """
    groups: dict[str, list[tuple[int, str | bytes]]] = {}
    for i, item in enumerate(items):
        if not isinstance(item, Record):
            yield i, item, item.error
            continue
        document = item.document if item.document is not None else item.fields.get(settings.field)
        problem = _document_problem(item, document, settings)
        if problem is not None:
            yield i, item, problem
            continue
        assert isinstance(document, str | bytes)
        read_as = settings.input_format if settings.input_format != "auto" else (item.read_as or "auto")
        groups.setdefault(read_as, []).append((i, document))
    for read_as, members in groups.items():
        documents = [d for _, d in members]
        for (i, _), parsed in zip(members, _parse_all(detector, documents, read_as, settings)):
            item = items[i]
            yield (
                i,
                item,
                parsed if not isinstance(parsed, str) else f"record {item.id}: cannot clean ({parsed})",
            )


def _document_problem(record: Record, document: object, settings: Settings) -> str | None:
    if document is None and settings.field not in record.fields:
        return f"record {record.id}: no field {settings.field!r}"
    if not isinstance(document, str | bytes):
        kind = "null" if document is None else type(document).__name__
        return f"record {record.id}: field {settings.field!r} is {kind}, not text"
    return None


def _parse_all(
    detector: Detector, documents: list[str | bytes], read_as: str, settings: Settings
) -> list[Parsed | str]:
    """Parsed documents, or for each one that cannot be cleaned the reason."""
    budget, settle, splices = settings.time_budget, settings.settle, settings.splices
    try:
        return list(detector.parse_many(documents, read_as, budget, settle, splices=splices))  # type: ignore[arg-type]
    except Exception:  # one bad document must not fail its chunk: find it
        results: list[Parsed | str] = []
        for document in documents:
            try:
                results.extend(detector.parse_many([document], read_as, budget, settle, splices=splices))  # type: ignore[arg-type]
            except Exception as error:
                results.append(f"{type(error).__name__}: {error}")
        return results


def _outcome(
    detector: Detector,
    record: Record,
    parsed: Parsed,
    settings: Settings,
    estimates: Sequence[tuple[int, float]] | None = None,
) -> Outcome:
    fields = dict(record.fields)
    if parsed.over_budget is not None:
        audit = _empty_audit(over_budget=parsed.over_budget, restore=[])
        return Outcome(record.id, fields, audit, over_budget=True)
    removed = detector.removed(parsed.blocks, settings.keep_boilerplate)
    gone = [b for b, r in zip(parsed.blocks, removed) if r]
    counts: dict[str, int] = {}
    for block in gone:
        name = block.label.value + (
            f"/{block.kind.value}" if block.label is Label.PROMO and block.kind else ""
        )
        counts[name] = counts.get(name, 0) + 1
    repeats = None if estimates is None else {id(b): n for b, (n, _) in zip(parsed.blocks, estimates)}
    is_text = parsed.page is None
    restore = None
    if not settings.dry_run:
        fields[settings.target] = detector.render(parsed, settings.keep_boilerplate)
        if is_text:
            restore = [{"position": p, "text": t} for p, t in cuts(parsed.source, parsed.blocks, removed)]
    audit = {
        "blocks": len(parsed.blocks),
        "removed": [_block_entry(b, repeats.get(id(b)) if repeats is not None else None) for b in gone],
        "restore": restore,
        "error": None,
        "over_budget": None,
    }
    return Outcome(record.id, fields, audit, False, removed=counts)


def _block_entry(block: Block, repeats: int | None) -> dict[str, Any]:
    return {
        "start": block.start,
        "end": block.end,
        "label": block.label.value,
        "kind": block.kind.value if block.kind else None,
        "probability": round(block.probability, 4),
        "text": block.text,
        "locator": block.locator,
        "repeats": repeats,
    }
