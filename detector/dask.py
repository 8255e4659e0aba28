"""detector on a Dask cluster: DataFrames and Bags cleaned partition by partition, batch shards as tasks.

The same code as on one machine runs on every worker; only the executor
changes. Each worker process loads the model once (``_worker_detector``) and
keeps it for every partition or shard it is given. The model path must be
readable by the workers (the bundled model is, wherever detector is
installed; a model of your own must sit on a shared filesystem, as must a
batch run's input and output).

    import dask.dataframe as dd
    from detector.dask import clean_dataframe
    cleaned = clean_dataframe(dd.read_parquet("corpus/*.parquet"), field="text")
    cleaned.to_parquet("clean/")
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detector.batch.frame import clean_frame
from detector.batch.records import Record
from detector.batch.work import AUDIT_FIELD, Settings, clean_chunk
from detector.detector import Detector
from detector.errors import UsageError

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from detector.batch.run import BatchOptions, BatchSummary
    from detector.batch.shards import Shard

_models: dict[tuple[str | None, float | None], Detector] = {}
_models_lock = threading.Lock()


def _worker_detector(model: str | None, threshold: float | None) -> Detector:
    """The model of this worker process, loaded on its first task."""
    key = (model, threshold)
    with _models_lock:
        if key not in _models:
            _models[key] = Detector.load(model, threshold=threshold)
        return _models[key]


def _clean_partition(
    partition: pd.DataFrame,
    settings: Settings,
    audit_field: str | None,
    model: str | None,
    threshold: float | None,
) -> pd.DataFrame:
    detector = _worker_detector(model, threshold)
    return clean_frame(
        partition,
        settings.field,
        settings.output_field,
        audit_field,
        detector,
        settings.keep_boilerplate,
        settings.dry_run,
        settings.input_format,
    )


def clean_dataframe(
    frame: dd.DataFrame,
    field: str = "text",
    output_field: str | None = None,
    audit_field: str | None = AUDIT_FIELD,
    model: str | Path | None = None,
    threshold: float | None = None,
    keep_boilerplate: bool = False,
    dry_run: bool = False,
    input_format: str = "auto",
) -> dd.DataFrame:
    """A lazy Dask DataFrame with ``field`` cleaned, as ``detector.clean_frame`` does for each partition."""
    import pandas as pd

    meta = frame._meta.copy()
    meta[output_field or field] = pd.Series([], dtype=object, index=meta.index)
    if audit_field is not None:
        meta[audit_field] = pd.Series([], dtype=object, index=meta.index)
    settings = Settings(field, output_field, input_format, keep_boilerplate, dry_run)
    model_path = None if model is None else str(model)
    return frame.map_partitions(_clean_partition, settings, audit_field, model_path, threshold, meta=meta)


def _clean_records(
    records: Sequence[dict[str, Any]],
    settings: Settings,
    audit_field: str | None,
    model: str | None,
    threshold: float | None,
) -> list[dict[str, Any]]:
    detector = _worker_detector(model, threshold)
    items = [Record(str(n), dict(r) if isinstance(r, dict) else {}, n) for n, r in enumerate(records)]
    rows = []
    for outcome in clean_chunk(detector, items, settings):
        row = outcome.fields
        if audit_field is not None:
            row[audit_field] = outcome.audit
        rows.append(row)
    return rows


def clean_bag(
    bag: db.Bag,
    field: str = "text",
    output_field: str | None = None,
    audit_field: str | None = AUDIT_FIELD,
    model: str | Path | None = None,
    threshold: float | None = None,
    keep_boilerplate: bool = False,
    dry_run: bool = False,
    input_format: str = "auto",
) -> db.Bag:
    """A lazy Bag of records (dicts) with ``field`` cleaned and an audit each, in the input's order."""
    settings = Settings(field, output_field, input_format, keep_boilerplate, dry_run)
    return bag.map_partitions(
        _clean_records, settings, audit_field, None if model is None else str(model), threshold
    )


def _shard_task(shard: Shard, out: Path, options: BatchOptions) -> BatchSummary:
    from detector.batch.run import run_one_shard

    model = None if options.model is None else str(options.model)
    return run_one_shard(shard, out, options, _worker_detector(model, options.threshold))


def run_shards(
    shards: Sequence[Shard], out: Path, options: BatchOptions, scheduler: str | None
) -> Iterator[tuple[Shard, BatchSummary]]:
    """Clean each shard as one task on a Dask cluster (a local one when ``scheduler`` is None).

    Shards finish in any order; each is published atomically by the task that
    cleaned it, so ``--resume`` works the same as on one machine.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise UsageError("--engine dask needs Dask: pip install 'detector[dask]'") from error

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = {client.submit(_shard_task, shard, out, options, pure=False): shard for shard in shards}
        for future in as_completed(futures):
            yield futures[future], future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
