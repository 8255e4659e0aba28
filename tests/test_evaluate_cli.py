"""`detector evaluate` and `detector compare` on labelled documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector import Detector
from detector.cli import EXIT_DATA, app
from detector.compare import compare
from detector.corpus.labelled import read_document_paths
from detector.evaluate import evaluate
from tests.conftest import REPO

COMPLETE = REPO / "training_data" / "documents"


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A slice of the complete labelled documents, split over two files of a directory."""
    folder = tmp_path_factory.mktemp("labelled")
    lines = [
        line for path in sorted(COMPLETE.glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()
    ]
    (folder / "a.jsonl").write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[12:24]) + "\n", encoding="utf-8")
    return folder


def test_evaluate_prints_and_writes_the_report(labelled: Path, small_model: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["evaluate", "--data", str(labelled), "--model", str(small_model), "--out", str(tmp_path / "r.json")],
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    expected = evaluate(Detector.load(small_model), read_document_paths([labelled])).report()
    assert report == expected and report["documents"] == 24
    assert f"promo recall: {report['promo_recall']:.4f}" in result.stdout
    assert "confusion (rows gold, columns predicted)" in result.stdout
    promo = report["per_label"]["promo"]
    line = next(
        line
        for line in result.stdout.splitlines()
        if line.split()[:2] == ["promo", f"{promo['precision']:.4f}"]
    )
    assert line.split()[1:4] == [f"{promo[k]:.4f}" for k in ("precision", "recall", "f1")]


def test_compare_lists_the_blocks_two_models_label_differently(
    labelled: Path, small_model: Path, tmp_path: Path
) -> None:
    documents = read_document_paths([labelled])
    strict = Detector.load(small_model, threshold=0.2)
    loose = Detector.load(small_model, threshold=0.9)
    comparison = compare(strict, loose, documents)
    assert comparison.disagreements and comparison.blocks == sum(len(d.blocks) for d in documents)
    for d in comparison.disagreements:
        assert d.first != "content" and d.second == "content"  # only the threshold differs
    assert comparison.wins()["first"] + comparison.wins()["second"] + comparison.wins()["neither"] == len(
        comparison.disagreements
    )
    assert compare(strict, strict, documents).disagreements == []
    result = CliRunner().invoke(
        app,
        [
            "compare",
            str(small_model),
            str(small_model),
            "--data",
            str(labelled),
            "--out",
            str(tmp_path / "c.json"),
        ],
    )
    assert result.exit_code == 0 and "0 labelled differently" in result.stdout
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["disagreements"] == 0


def test_bad_labelled_data_names_the_file_and_line(tmp_path: Path, small_model: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "blocks": [{"text": "Hi.", "label": "content"}]}\n{"id": "y", "blocks": []}\n'
    )
    result = CliRunner().invoke(app, ["evaluate", "--data", str(bad), "--model", str(small_model)])
    assert result.exit_code == EXIT_DATA and f"{bad}:2" in result.stderr
    missing = CliRunner().invoke(
        app, ["evaluate", "--data", str(tmp_path / "none"), "--model", str(small_model)]
    )
    assert missing.exit_code == EXIT_DATA and "no such file or directory" in missing.stderr
