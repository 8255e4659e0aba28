"""Cleaning a pandas DataFrame: the batch step for people who already hold their corpus in pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detector.batch.records import Item, Record, chunks
from detector.batch.work import AUDIT_FIELD, Outcome, Settings, clean_chunk
from detector.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

    from detector.detector import Detector

FRAME_CHUNK_SIZE = 256


def clean_frame(
    frame: pd.DataFrame,
    field: str = "text",
    output_field: str | None = None,
    audit_field: str | None = AUDIT_FIELD,
    detector: Detector | None = None,
    keep_boilerplate: bool = False,
    dry_run: bool = False,
    input_format: str = "auto",
) -> pd.DataFrame:
    """A copy of ``frame`` with ``field`` cleaned (into ``output_field`` when given) and an audit column.

    Rows keep their index and order. A row that cannot be cleaned (not text,
    missing) keeps its value and gets an audit whose ``error`` says why; no
    row is dropped. ``audit_field=None`` leaves the audit out.
    """
    import pandas as pd

    import detector as package

    if field not in frame.columns:
        raise UsageError(f"no column {field!r} in the frame (columns: {', '.join(map(str, frame.columns))})")
    model = detector or package.default_detector()
    settings = Settings(field, output_field, input_format, keep_boilerplate, dry_run)
    values = frame[field].tolist()
    items: list[Item] = [Record(str(n), {field: v}, n) for n, v in enumerate(values)]
    outcomes: list[Outcome] = []
    for chunk in chunks(items, FRAME_CHUNK_SIZE):
        outcomes.extend(clean_chunk(model, chunk, settings))
    result = frame.copy()
    target = settings.target
    result[target] = [o.fields.get(target, v) if not o.failed else v for o, v in zip(outcomes, values)]
    if audit_field is not None:
        result[audit_field] = pd.Series([o.audit for o in outcomes], index=frame.index, dtype=object)
    return result
