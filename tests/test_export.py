"""`detector export`: blocks to label, all of them, the uncertain ones or a sample."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from detector import Detector
from detector.cli import EXIT_USAGE, app
from tests.conftest import EXAMPLES, REPO


def corpus(tmp_path: Path) -> Path:
    lines = (REPO / "training_data" / "documents" / "en-embedded.jsonl").read_text("utf-8").splitlines()[:6]
    texts = ["\n\n".join(b["text"] for b in json.loads(line)["blocks"]) for line in lines]
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": f"doc-{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    return source


def test_export_writes_every_block_with_the_model_prediction(tmp_path: Path, small_model: Path) -> None:
    source = corpus(tmp_path)
    result = CliRunner().invoke(
        app, ["export", str(source), "--out", str(tmp_path / "b.csv"), "--model", str(small_model)]
    )
    assert result.exit_code == 0, result.stderr
    with (tmp_path / "b.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    model = Detector.load(small_model)
    texts = [json.loads(line)["text"] for line in source.read_text("utf-8").splitlines()]
    expected = [(f"doc-{i}", b) for i, blocks in enumerate(model.classify_many(texts)) for b in blocks]
    assert len(rows) == len(expected) and f"wrote {len(rows)} blocks" in result.stderr
    for row, (document, block) in zip(rows, expected):
        assert row["document"] == document and row["text"] == block.text and row["gold"] == ""
        assert row["label"] == block.label.value and float(row["probability"]) == round(block.probability, 4)
        assert texts[int(document[4:])][int(row["start"]) : int(row["end"])] == row["text"]


def test_uncertain_and_sample_pick_n_blocks(tmp_path: Path, small_model: Path) -> None:
    source = corpus(tmp_path)
    runner = CliRunner()
    args = ["--model", str(small_model)]
    runner.invoke(app, ["export", str(source), "--out", str(tmp_path / "all.jsonl"), *args])
    everything = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    out = str(tmp_path / "u.jsonl")
    runner.invoke(app, ["export", str(source), "--out", out, "--uncertain", "5", "--no-context", *args])
    uncertain = [json.loads(line) for line in (tmp_path / "u.jsonl").read_text("utf-8").splitlines()]
    threshold = Detector.load(small_model).threshold
    distance = sorted(abs(r["probability"] - threshold) for r in everything)
    assert (
        len(uncertain) == 5 and sorted(abs(r["probability"] - threshold) for r in uncertain) == distance[:5]
    )
    assert all(r["selected"] == "yes" for r in uncertain)
    for name, seed in (("s1", "1"), ("s1-again", "1"), ("s2", "2")):
        runner.invoke(
            app,
            [
                "export",
                str(source),
                "--out",
                str(tmp_path / f"{name}.jsonl"),
                "--sample",
                "7",
                "--seed",
                seed,
                "--no-context",
                *args,
            ],
        )
    first = (tmp_path / "s1.jsonl").read_text("utf-8")
    sample = [json.loads(line) for line in first.splitlines()]
    assert len(sample) == 7 and all({**r, "selected": ""} in everything for r in sample)
    assert first == (tmp_path / "s1-again.jsonl").read_text("utf-8")
    assert first != (tmp_path / "s2.jsonl").read_text("utf-8")
    both = runner.invoke(
        app,
        ["export", str(source), "--out", str(tmp_path / "x.csv"), "--uncertain", "2", "--sample", "2", *args],
    )
    assert both.exit_code == EXIT_USAGE
    text = runner.invoke(
        app, ["export", str(EXAMPLES / "ferry_strike.txt"), "--out", str(tmp_path / "f.csv"), *args]
    )
    assert text.exit_code == 0 and (tmp_path / "f.csv").exists()


def test_chosen_blocks_come_with_their_documents_so_they_can_be_trained_on(
    tmp_path: Path, small_model: Path
) -> None:
    from detector.corpus.user_labels import read_user_labels

    source = corpus(tmp_path)
    args = ["--model", str(small_model)]
    everything_path = tmp_path / "all.jsonl"
    CliRunner().invoke(app, ["export", str(source), "--out", str(everything_path), *args])
    everything = [json.loads(line) for line in everything_path.read_text("utf-8").splitlines()]
    out = tmp_path / "u.csv"
    result = CliRunner().invoke(app, ["export", str(source), "--out", str(out), "--uncertain", "4", *args])
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    chosen = [r for r in rows if r["selected"] == "yes"]
    assert len(chosen) == 4
    documents = {r["document"] for r in chosen}
    whole = [r for r in everything if r["document"] in documents]
    assert [(r["document"], int(r["index"]), r["text"]) for r in rows] == [
        (r["document"], r["index"], r["text"]) for r in whole
    ]
    for row in chosen:
        row["gold"] = "promo/ad"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    labelled = read_user_labels([out])
    assert len(labelled) == len(documents)
    assert sum(b.label == "promo" for d in labelled for b in d.blocks) >= 4
