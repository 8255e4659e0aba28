"""`detector batch` and `clean_frame`: every record out, audited, resumable, the same for any worker count."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import detector
from detector import Detector
from detector.batch import BatchOptions, Settings, clean_frame, restore, run_batch
from detector.batch.progress import LogProgress
from detector.cli import EXIT_ERROR_RATE, EXIT_USAGE
from detector.corpus.dataset import load_corpus
from detector.errors import ErrorRateExceeded, InputError, UsageError
from tests.conftest import EXAMPLES, REPO

PAGE = (
    "<html><head><title>t</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Harbour crane collapses in Velmoor</h1><p>A crane at the container terminal of Velmoor "
    "fell onto an empty quay early on Tuesday, the port authority said.</p><p>Nobody was hurt; the "
    "terminal stays closed while inspectors examine the other cranes.</p></article>"
    "<div class='ad-slot sponsored'><p>Advertisement</p>"
    "<p>Try Brightmint toothpaste today, 20% off!</p></div>"
    "<footer><p>© 2026 Velmoor Courier</p></footer></body></html>"
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Real documents of several languages, with inserts spliced in, and the edge cases of the segmenter."""
    corpus = load_corpus(REPO / "training_data")
    documents = []
    for i, document in enumerate(corpus.base[:40]):
        blocks = [b.text for b in document.blocks]
        insert = corpus.inserts[i % len(corpus.inserts)]
        blocks[1:1] = [b.text for b in insert.blocks]
        documents.append("\n\n".join(blocks))
    ferry = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    return [*documents, ferry, ferry.replace("\n", "\r\n"), "", "   \n", "One line only."]


@pytest.fixture(scope="module")
def model(small_model: Path) -> Detector:
    return Detector.load(small_model)


def write_jsonl(path: Path, rows: list[Any], tail: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.write(tail)
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def options(small_model: Path, **kwargs: Any) -> BatchOptions:
    """Options for a run of the small model, in this process unless told otherwise."""
    kwargs.setdefault("workers", 1)
    return BatchOptions(model=small_model, **kwargs)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "detector.cli", "batch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_jsonl_records_come_out_cleaned_in_order_with_fields_untouched(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    rows = [{"id": f"doc-{i}", "text": t, "meta": {"n": i, "tags": ["a", None]}} for i, t in enumerate(texts)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    summary = run_batch(str(source), tmp_path / "out.jsonl", options(small_model), detector=model)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    assert [r["meta"] for r in out] == [r["meta"] for r in rows]
    assert [r["text"] for r in out] == list(model.clean_many(texts))
    assert summary.documents == summary.written == len(rows) and summary.failed == 0
    removed = sum(len(r["detector"]["removed"]) for r in out)
    assert removed == sum(summary.removed.values()) > 0
    for row, original in zip(out, texts):
        audit = row["detector"]
        assert restore(row["text"], audit) == original
        for block in audit["removed"]:
            assert original[block["start"] : block["end"]] == block["text"]
            assert block["label"] in ("promo", "boilerplate")


def test_bad_records_come_out_as_error_records_and_the_run_goes_on(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    rows: list[Any] = [
        {"id": "good-1", "text": texts[0]},
        {"id": "number", "text": 5},
        {"id": "missing"},
        {"id": "null", "text": None},
        [1, 2],
        {"id": "good-2", "text": texts[1]},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows, tail='not json\n{"id": "truncated", "text": "ab')
    summary = run_batch(str(source), tmp_path / "out.jsonl", options(small_model), detector=model)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert len(out) == summary.documents == 8 and summary.failed == 6
    errors = [r["detector"]["error"] for r in out]
    assert errors[0] is None and errors[5] is None
    assert "field 'text' is int" in errors[1]
    assert "no field 'text'" in errors[2]
    assert "is null" in errors[3]
    assert "in.jsonl: line 5: a JSON list" in errors[4]
    assert "line 7: not JSON" in errors[6] and out[6]["detector"]["raw"] == "not json"
    assert "line 8: not JSON" in errors[7] and out[7]["detector"]["raw"].startswith('{"id": "truncated"')
    assert out[1]["text"] == 5 and "text" not in out[2]


def test_rejects_take_failed_records_out_of_the_output(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": "a", "text": texts[0]}, {"id": "b", "text": 3}], "oops\n"
    )
    summary = run_batch(
        str(source),
        tmp_path / "out.jsonl",
        options(small_model, rejects=tmp_path / "rejects.jsonl"),
        detector=model,
    )
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["a"]
    rejected = read_jsonl(tmp_path / "rejects.jsonl")
    assert [r["id"] for r in rejected] == ["b", "in.jsonl:2"]
    assert rejected[0]["record"] == {"id": "b", "text": 3} and rejected[1]["raw"] == "oops"
    assert summary.written == 1 and summary.rejected == summary.failed == 2


def test_error_rate_above_the_limit_fails_the_run(tmp_path: Path, small_model: Path, model: Detector) -> None:
    rows = [{"id": str(i), "text": i} for i in range(3)] + [{"id": "ok", "text": "A sentence."}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    with pytest.raises(ErrorRateExceeded, match="3 of 4 records failed"):
        run_batch(
            str(source), tmp_path / "out.jsonl", options(small_model, max_error_rate=0.5), detector=model
        )
    result = run_cli(
        str(source),
        str(tmp_path / "cli.jsonl"),
        "--model",
        str(small_model),
        "--workers",
        "1",
        "--max-error-rate",
        "0.5",
    )
    assert result.returncode == EXIT_ERROR_RATE and "more than --max-error-rate" in result.stderr
    assert (
        run_batch(
            str(source), tmp_path / "ok.jsonl", options(small_model, max_error_rate=0.8), detector=model
        ).failed
        == 3
    )


def test_output_is_the_same_whatever_the_worker_count(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    rows = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts * 2)]
    source = write_jsonl(tmp_path / "in.jsonl.gz", rows)
    for workers, chunk in ((1, 64), (2, 5)):
        settings = options(small_model, workers=workers, chunk_size=chunk)
        run_batch(str(source), tmp_path / f"out-{workers}.jsonl.gz", settings)
    assert (tmp_path / "out-1.jsonl.gz").read_bytes() == (tmp_path / "out-2.jsonl.gz").read_bytes()
    assert len(read_jsonl(tmp_path / "out-1.jsonl.gz")) == len(rows)
    for chunk in (64, 5):  # Parquet row groups do not follow the chunks either
        run_batch(
            str(source),
            tmp_path / f"out-{chunk}.parquet",
            options(small_model, chunk_size=chunk),
            detector=model,
        )
    assert (tmp_path / "out-64.parquet").read_bytes() == (tmp_path / "out-5.parquet").read_bytes()


def test_parquet_keeps_its_schema_and_flags_a_wrong_column_type(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    table = pa.table(
        {
            "doc": [f"p{i}" for i in range(5)],
            "body": texts[:5],
            "score": pa.array([1, 2, 3, 4, 5], pa.int32()),
            "tags": [["x"], [], ["y", "z"], None, ["w"]],
        }
    )
    pq.write_table(table, tmp_path / "in.parquet")
    run_batch(
        str(tmp_path / "in.parquet"),
        tmp_path / "out.parquet",
        options(small_model, settings=Settings(field="body", output_field="clean"), id_field="doc"),
        detector=model,
    )
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.schema.field("score").type == pa.int32()
    assert out.column("body").to_pylist() == texts[:5]
    assert out.column("clean").to_pylist() == [model.clean(t) for t in texts[:5]]
    assert out.column("tags").to_pylist() == [["x"], [], ["y", "z"], None, ["w"]]
    assert [a["error"] for a in out.column("detector").to_pylist()] == [None] * 5

    pq.write_table(pa.table({"text": pa.array([1, 2], pa.int64())}), tmp_path / "numbers.parquet")
    summary = run_batch(
        str(tmp_path / "numbers.parquet"), tmp_path / "numbers.jsonl", options(small_model), detector=model
    )
    errors = [r["detector"]["error"] for r in read_jsonl(tmp_path / "numbers.jsonl")]
    assert summary.failed == 2 and all("field 'text' is int, not text" in e for e in errors)


def test_csv_rows_are_records(tmp_path: Path, texts: list[str], small_model: Path, model: Detector) -> None:
    with (tmp_path / "in.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "source"])
        writer.writerow(["c1", texts[0], "crawl-7"])
        writer.writerow(["c2", texts[1]])
        writer.writerow(["c3", texts[2], "crawl-9"])
    run_batch(str(tmp_path / "in.csv"), tmp_path / "out.jsonl", options(small_model), detector=model)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r.get("source") for r in out] == ["crawl-7", None, "crawl-9"]
    assert out[0]["text"] == model.clean(texts[0]) and out[2]["text"] == model.clean(texts[2])
    assert "row 2 (ending on line" in out[1]["detector"]["error"]


def test_a_directory_of_documents_is_read_one_document_a_file(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(texts[0], encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(texts[1], encoding="utf-8")
    (folder / "sub" / "bad.txt").write_bytes(b"caf\xe9 latin-1")
    summary = run_batch(str(folder), tmp_path / "out", options(small_model, shard_size=2), detector=model)
    parts = sorted((tmp_path / "out").glob("*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl"]
    out = [r for p in parts for r in read_jsonl(p)]
    assert [r["id"] for r in out] == ["a.txt", "b.html", "sub/bad.txt", "sub/c.txt"]
    assert out[0]["text"] == model.clean(texts[0]) and out[3]["text"] == model.clean(texts[1])
    assert out[1]["text"] == model.clean(PAGE.encode("utf-8"))
    # The page was read as HTML: its text came out without its markup.
    assert "Velmoor" in out[1]["text"] and "<p>" not in out[1]["text"]
    assert "not UTF-8" in out[2]["detector"]["error"] and summary.failed == 1


def test_warc_responses_are_documents(tmp_path: Path, small_model: Path, model: Detector) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, kind, body in (
            ("https://courier.example/crane", "text/html; charset=utf-8", PAGE.encode("utf-8")),
            ("https://courier.example/logo.png", "image/png", b"\x89PNG...."),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            )
        request = StatusAndHeaders("GET /crane HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example/crane", "request", payload=BytesIO(b""), http_headers=request
            )
        )
    run_batch(str(path), tmp_path / "out.jsonl", options(small_model), detector=model)
    (row,) = read_jsonl(tmp_path / "out.jsonl")
    assert row["url"] == "https://courier.example/crane" and row["id"].startswith("<urn:uuid:")
    assert row["text"] == model.clean(PAGE.encode("utf-8"))
    assert row["detector"]["error"] is None and row["detector"]["restore"] is None


def test_dry_run_labels_without_removing_and_audits_can_go_to_a_sidecar(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    rows = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts[:10])]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    run_batch(
        str(source),
        tmp_path / "dry.jsonl",
        options(small_model, settings=Settings(dry_run=True), audit=tmp_path / "audit.jsonl"),
        detector=model,
    )
    assert read_jsonl(tmp_path / "dry.jsonl") == rows
    audits = read_jsonl(tmp_path / "audit.jsonl")
    assert [a["id"] for a in audits] == [r["id"] for r in rows]
    run_batch(str(source), tmp_path / "wet.jsonl", options(small_model), detector=model)
    wet = read_jsonl(tmp_path / "wet.jsonl")
    assert [a["removed"] for a in audits] == [r["detector"]["removed"] for r in wet]
    assert any(a["removed"] for a in audits)


def test_shards_resume_and_an_existing_output_is_not_overwritten_by_accident(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    for n in range(3):
        write_jsonl(
            tmp_path / "in" / f"shard-{n}.jsonl",
            [{"id": f"{n}-{i}", "text": t} for i, t in enumerate(texts[:4])],
        )
    pattern = str(tmp_path / "in" / "shard-*.jsonl")
    run_batch(pattern, tmp_path / "out", options(small_model), detector=model)
    first = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert sorted(first) == ["shard-0.jsonl", "shard-1.jsonl", "shard-2.jsonl"]
    with pytest.raises(UsageError, match="--resume finishes the run"):
        run_batch(pattern, tmp_path / "out", options(small_model), detector=model)
    (tmp_path / "out" / "shard-1.jsonl").unlink()
    summary = run_batch(pattern, tmp_path / "out", options(small_model, resume=True), detector=model)
    assert summary.shards == 1 and summary.shards_skipped == 2
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == first
    with pytest.raises(InputError, match="OUT must be a directory"):
        run_batch(pattern, tmp_path / "one.jsonl", options(small_model), detector=model)
    result = run_cli(pattern, str(tmp_path / "out"), "--model", str(small_model), "--workers", "1")
    assert result.returncode == EXIT_USAGE and "output exists" in result.stderr


def test_kill_9_then_resume_gives_the_output_of_an_uninterrupted_run(
    tmp_path: Path, texts: list[str], small_model: Path
) -> None:
    source = tmp_path / "in"
    for n in range(6):
        write_jsonl(source / f"s{n}.jsonl", [{"id": f"{n}-{i}", "text": t} for i, t in enumerate(texts)])

    def arguments(name: str) -> list[str]:
        out, audit = tmp_path / name, tmp_path / f"{name}-audit"
        return [
            str(source),
            str(out),
            "--model",
            str(small_model),
            "--workers",
            "2",
            "--chunk-size",
            "4",
            "--audit",
            str(audit),
        ]

    def files(name: str) -> dict[str, bytes]:
        found = [*(tmp_path / name).rglob("*"), *(tmp_path / f"{name}-audit").rglob("*")]
        return {
            str(p.relative_to(tmp_path)).replace(name, "X", 1): p.read_bytes() for p in found if p.is_file()
        }

    reference = run_cli(*arguments("reference"))
    assert reference.returncode == 0, reference.stderr
    expected = files("reference")
    process = subprocess.Popen(
        [sys.executable, "-m", "detector.cli", "batch", *arguments("out")],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "out" / "s1.jsonl").exists():
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, mid-shard
    process.wait()
    published = {name: data for name, data in files("out").items() if not Path(name).name.startswith(".")}
    assert "X/s1.jsonl" in published and len(published) < len(expected)
    for name, data in published.items():  # whatever carries a final name is complete
        assert data == expected[name], name
    resumed = run_cli(*arguments("out"), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "finished before, skipped" in resumed.stderr
    assert files("out") == expected


def test_parquet_output_from_records_whose_fields_change_names_the_record(
    tmp_path: Path, small_model: Path, model: Detector
) -> None:
    rows = [{"id": str(i), "text": "A sentence."} for i in range(5000)] + [
        {"id": "x", "text": "B.", "new": 1}
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    with pytest.raises(InputError, match="record 5000 has field 'new'"):
        run_batch(str(source), tmp_path / "out.parquet", options(small_model, chunk_size=512), detector=model)
    assert not (tmp_path / "out.parquet").exists() and not list(tmp_path.glob(".out.parquet*"))


def test_a_truncated_gzip_shard_keeps_what_was_read_and_says_where_it_broke(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    data = whole.read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    summary = run_batch(
        str(tmp_path / "cut.jsonl.gz"), tmp_path / "out.jsonl", options(small_model), detector=model
    )
    out = read_jsonl(tmp_path / "out.jsonl")
    assert 0 < len(out) - 1 < len(texts) and summary.failed == 1
    assert "the rest of the file is lost" in out[-1]["detector"]["error"]


def test_progress_lines_for_logs(
    tmp_path: Path, texts: list[str], small_model: Path, model: Detector
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in texts])
    lines: list[str] = []

    class Stream:
        def write(self, text: str) -> None:
            lines.append(text)

        def flush(self) -> None:
            pass

    run_batch(
        str(source),
        tmp_path / "out.jsonl",
        options(small_model, chunk_size=8),
        LogProgress(Stream(), 0.0),  # type: ignore[arg-type]
        detector=model,
    )
    assert len(lines) == -(-len(texts) // 8)
    assert (
        lines[-1].startswith(f"detector batch: {len(texts)} documents (0 failed)")
        and "100% of input" in lines[-1]
    )


def test_clean_frame_keeps_every_row_and_its_index(
    small_model: Path, texts: list[str], model: Detector
) -> None:
    frame = pd.DataFrame({"text": [texts[0], 7, texts[1]], "n": [1, 2, 3]}, index=[10, 20, 30])
    result = clean_frame(frame, detector=model, output_field="clean")
    assert list(result.index) == [10, 20, 30] and list(result["n"]) == [1, 2, 3]
    assert result.loc[10, "clean"] == model.clean(texts[0]) and result.loc[30, "clean"] == model.clean(
        texts[1]
    )
    assert result.loc[20, "clean"] == 7 and "not text" in result.loc[20, "detector"]["error"]
    assert list(frame.columns) == ["text", "n"]
    with pytest.raises(UsageError, match="no column 'body'"):
        clean_frame(frame, field="body", detector=model)
    assert detector.clean_frame is clean_frame
