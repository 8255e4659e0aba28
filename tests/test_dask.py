"""The same cleaning on a Dask cluster: DataFrames, Bags and `detector batch --engine dask`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from detector import Detector
from detector.batch import BatchOptions, clean_frame, run_batch
from detector.dask import clean_bag, clean_dataframe
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as connection,
    ):
        yield connection


@pytest.fixture(scope="module")
def texts() -> list[str]:
    ferry = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    paragraphs = ferry.split("\n\n")
    return [ferry, "\n\n".join(paragraphs[:3]), "", "One line.", "\n\n".join(reversed(paragraphs))] * 3


def test_a_dask_dataframe_is_cleaned_as_pandas_would_be(
    client: Client, small_model: Path, texts: list[str]
) -> None:
    frame = pd.DataFrame({"text": texts, "n": range(len(texts))})
    expected = clean_frame(frame, detector=Detector.load(small_model), output_field="clean")
    lazy = clean_dataframe(dd.from_pandas(frame, npartitions=4), model=small_model, output_field="clean")
    result = lazy.compute(scheduler=client.get)
    assert list(result["clean"]) == list(expected["clean"])
    assert list(result["detector"]) == list(expected["detector"])
    assert list(result["n"]) == list(range(len(texts)))


def test_a_dask_bag_of_records_keeps_order_and_fields(
    client: Client, small_model: Path, texts: list[str]
) -> None:
    records = [{"id": i, "text": t} for i, t in enumerate(texts)] + [{"id": "bad", "text": 3}]
    result = clean_bag(db.from_sequence(records, npartitions=3), model=small_model).compute(
        scheduler=client.get
    )
    model = Detector.load(small_model)
    assert [r["id"] for r in result] == [r["id"] for r in records]
    assert [r["text"] for r in result[:-1]] == [model.clean(t) for t in texts]
    assert "not text" in result[-1]["detector"]["error"]


def test_batch_on_a_cluster_writes_what_the_local_engine_writes(
    client: Client, small_model: Path, texts: list[str], tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    for n in range(3):
        lines = [json.dumps({"id": f"{n}-{i}", "text": t}) + "\n" for i, t in enumerate(texts)]
        (tmp_path / "in" / f"s{n}.jsonl").write_text("".join(lines), encoding="utf-8")
    local = run_batch(str(tmp_path / "in"), tmp_path / "local", BatchOptions(model=small_model, workers=1))
    remote = run_batch(
        str(tmp_path / "in"),
        tmp_path / "cluster",
        BatchOptions(model=small_model, engine="dask", scheduler=client.scheduler.address),
    )
    assert remote.to_dict()["documents_in"] == local.documents == 3 * len(texts)
    assert remote.shards == 3 and remote.removed == local.removed
    for path in sorted((tmp_path / "local").iterdir()):
        assert (tmp_path / "cluster" / path.name).read_bytes() == path.read_bytes()
