"""`detector label`: the label file round trip, errors before the server starts, and the save endpoint."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detector.batch import Settings
from detector.cli import EXIT_INPUT, EXIT_USAGE, app
from detector.corpus.user_labels import read_user_labels
from detector.detector import Detector
from detector.errors import DataError, UsageError
from detector.export import COLUMNS
from detector.review.label_blocks import LabelBlocks, blocks_to_label
from detector.review.label_server import TOKEN_HEADER, LabelServer
from detector.review.label_store import LabelStore
from tests.conftest import EXAMPLES, REPO
from tests.helpers import review_corpus


@pytest.fixture(scope="module")
def blocks(tmp_path_factory: pytest.TempPathFactory, default_detector: Detector) -> LabelBlocks:
    corpus = review_corpus(tmp_path_factory.mktemp("label"), documents=3)
    return blocks_to_label(str(corpus), lambda: default_detector, Settings(input_format="text"))


def test_blocks_are_every_block_of_whole_documents_as_export_rows(
    blocks: LabelBlocks, default_detector: Detector
) -> None:
    assert blocks.total == 4 and [d.document for d in blocks.documents] == [
        "doc-0",
        "doc-1",
        "doc-2",
        "doc-3",
    ]
    for document in blocks.documents:
        rows = blocks.rows[document.first : document.first + document.count]
        assert [r["index"] for r in rows] == list(range(document.count))
        assert all(list(r) == list(COLUMNS) and r["gold"] == "" for r in rows)
        assert document.threshold == default_detector.threshold


def test_labels_round_trip_through_the_file_training_reads(blocks: LabelBlocks, tmp_path: Path) -> None:
    out = tmp_path / "labels.jsonl"
    store = LabelStore.open(out, blocks.rows)
    assert not out.exists() and store.labelled == 0
    store.set_gold([(0, "Promo/Native"), (1, "boilerplate"), (2, "content"), (2, "")])
    saved = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(saved) == len(blocks.rows) and [r["gold"] for r in saved[:3]] == [
        "promo/native",
        "boilerplate",
        "",
    ]
    (document,) = read_user_labels([out])  # only doc-0 has gold labels
    assert document.id == "user:corpus.jsonl:doc-0"
    assert (document.blocks[0].label, document.blocks[0].kind) == ("promo", "native")
    assert document.blocks[1].label == "boilerplate"
    assert document.blocks[2].label == saved[2]["label"]  # the model's label where nobody labelled
    resumed = LabelStore.open(out, blocks.rows)
    assert [r["gold"] for r in resumed.rows[:3]] == [
        "promo/native",
        "boilerplate",
        "",
    ] and resumed.labelled == 2
    with pytest.raises(DataError, match="unknown gold 'spam'"):
        resumed.set_gold([(3, "content"), (4, "spam")])
    assert resumed.rows[3]["gold"] == "", "a bad change applies nothing"
    with pytest.raises(DataError, match="no block"):
        resumed.set_gold([(len(blocks.rows), "content")])


def test_a_resumed_file_keeps_the_labels_of_documents_not_on_the_page(
    blocks: LabelBlocks, tmp_path: Path
) -> None:
    out = tmp_path / "labels.csv"
    store = LabelStore.open(out, blocks.rows)
    last = blocks.documents[-1]
    store.set_gold([(last.first, "promo/ad")])
    fewer = LabelStore.open(out, blocks.rows[: last.first])
    assert len(fewer.carried) == last.count and fewer.labelled == 0
    fewer.set_gold([(0, "content")])
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(blocks.rows) and rows[last.first]["gold"] == "promo/ad"
    assert {d.id for d in read_user_labels([out])} == {"user:corpus.jsonl:doc-0", "user:corpus.jsonl:doc-3"}
    changed = [dict(r) for r in blocks.rows]
    changed[last.first]["text"] = "Another text."
    with pytest.raises(DataError, match="is not the block of that document in the input"):
        LabelStore.open(out, changed)
    with pytest.raises(UsageError, match=r"\.jsonl or \.csv"):
        LabelStore.open(tmp_path / "labels.txt", blocks.rows)


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the server started despite bad input")

    monkeypatch.setattr(LabelServer, "serve_forever", refuse)


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda d: d / "missing.jsonl", EXIT_INPUT, "missing.jsonl: no such file or directory"),
        (lambda d: write(d / "report.pdf", "%PDF-1.4"), EXIT_INPUT, "not a record file"),
        (lambda d: write(d / "empty.jsonl", ""), EXIT_INPUT, "no document in the input"),
        (lambda d: write(d / "garbage.jsonl", "not json\n"), EXIT_INPUT, "no block to label"),
        (lambda d: write(d / "blank.txt", "  \n\n "), EXIT_INPUT, "no block to label"),
    ],
)
def test_bad_input_is_a_one_line_error_before_the_server_starts(
    tmp_path: Path, no_server: None, make: Any, code: int, message: str
) -> None:
    result = CliRunner().invoke(app, ["label", str(make(tmp_path)), "--out", str(tmp_path / "l.jsonl")])
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("detector: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert not (tmp_path / "l.jsonl").exists()


def test_a_bad_labels_file_is_refused_before_the_server_starts(tmp_path: Path, no_server: None) -> None:
    ferry = str(EXAMPLES / "ferry_strike.txt")
    wrong = CliRunner().invoke(app, ["label", ferry, "--out", str(tmp_path / "labels.txt")])
    assert wrong.exit_code == EXIT_USAGE and ".jsonl or .csv" in wrong.stderr
    broken = write(tmp_path / "labels.jsonl", '{"document": "d"}\n')
    refused = CliRunner().invoke(app, ["label", ferry, "--out", str(broken)])
    assert refused.exit_code == 5 and "labels.jsonl:1: missing field(s)" in refused.stderr


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def server(blocks: LabelBlocks, tmp_path: Path) -> Iterator[LabelServer]:
    running = LabelServer(LabelStore.open(tmp_path / "labels.jsonl", blocks.rows), blocks, "127.0.0.1", 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join(5)


def post(server: LabelServer, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(server.url + "api/labels", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_save_endpoint_writes_the_file_and_refuses_strangers(server: LabelServer) -> None:
    token = {TOKEN_HEADER: server.token, "Content-Type": "application/json"}
    change = json.dumps({"changes": [{"row": 1, "gold": "promo/affiliate"}, {"row": 0, "gold": "content"}]})
    status, answer = post(server, change.encode(), token)
    assert status == 200 and answer == {"labelled": 2, "total": len(server.store.rows)}
    saved = [json.loads(line) for line in server.store.out.read_text(encoding="utf-8").splitlines()]
    assert [r["gold"] for r in saved[:3]] == ["content", "promo/affiliate", ""]
    assert post(server, change.encode(), {"Content-Type": "application/json"})[0] == 403
    assert post(server, change.encode(), {**token, "Host": "evil.example:80"})[0] == 403
    status, answer = post(server, b'{"changes": [{"row": 2, "gold": "spam"}]}', token)
    assert status == 400 and "unknown gold 'spam'" in answer["error"]
    assert post(server, b"not json", token)[0] == 400
    assert post(server, b'{"changes": [{"row": "2"}]}', token)[0] == 400
    after = [json.loads(line) for line in server.store.out.read_text(encoding="utf-8").splitlines()]
    assert after == saved, "refused requests change nothing"
    with urllib.request.urlopen(server.url, timeout=10) as response:
        page = response.read().decode("utf-8")
    assert server.token in page and "promo/affiliate" in page and "http://" not in page.split("<body>")[1]
    with urllib.request.urlopen(server.url + "api/state", timeout=10) as response:
        state = json.loads(response.read())
    assert state["rows"][1]["gold"] == "promo/affiliate" and "token" not in state


def _as_from_a_terminal() -> None:
    """Ctrl+C's default action in the child, as in a shell's foreground job.

    A test run started in the background of a non-interactive shell (a CI
    job, ``pytest &``) ignores SIGINT, its children inherit that, and Python
    then installs no KeyboardInterrupt handler: the signal would do nothing.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_server_cleanly(tmp_path: Path) -> None:
    ferry, out = str(EXAMPLES / "ferry_strike.txt"), str(tmp_path / "labels.jsonl")
    process = subprocess.Popen(
        [sys.executable, "-m", "detector.cli", "label", ferry, "--out", out, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=_as_from_a_terminal,
    )
    try:
        url = process.stdout.readline().strip() if process.stdout else ""
        assert url.startswith("http://127.0.0.1:"), process.stderr.read() if process.stderr else ""
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
        process.send_signal(signal.SIGINT)
        # A hang guard, not a speed check: on a loaded machine freeing the model alone takes seconds.
        _, errors = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and "stopped: 0 of 12 blocks labelled" in errors
    assert "Traceback" not in errors
