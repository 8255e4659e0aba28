"""The command line: outputs, options and one-line errors with distinct exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import EXIT_INPUT, EXIT_MODEL, app
from tests.conftest import EXAMPLES

runner = CliRunner()
FERRY = str(EXAMPLES / "ferry_strike.txt")


def run(*args: str, stdin: bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_clean_prints_purified_text() -> None:
    result = run("clean", FERRY)
    assert result.exit_code == 0, result.output
    assert result.stdout == (EXAMPLES / "ferry_strike.expected.txt").read_text(encoding="utf-8")


def test_clean_reads_stdin_and_keeps_crlf() -> None:
    data = (EXAMPLES / "ferry_strike.txt").read_bytes().replace(b"\n", b"\r\n")
    result = run("clean", "-", stdin=data)
    assert result.exit_code == 0
    assert b"\r\n\r\n" in result.stdout_bytes
    assert b"SkyHop" not in result.stdout_bytes
    assert result.stdout_bytes.startswith(b"Ferry crews")


def test_keep_boilerplate_keeps_the_share_line() -> None:
    assert "Share this story" not in run("clean", FERRY).stdout
    assert "Share this story" in run("clean", FERRY, "--keep", "boilerplate").stdout


def test_json_output_lists_blocks_with_offsets() -> None:
    result = run("clean", FERRY, "--format", "json")
    payload = json.loads(result.stdout)
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    for block in payload["blocks"]:
        assert text[block["start"] : block["end"]] == block["text"]
        assert block["label"] in {"content", "promo", "boilerplate"}
    promo = [b for b in payload["blocks"] if b["label"] == "promo"]
    assert promo and all(b["kind"] and b["removed"] for b in promo)


def test_threshold_option(small_model: Path) -> None:
    result = run("clean", FERRY, "--threshold", "1.0", "--model", str(small_model))
    assert result.stdout == (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")


def test_segment_prints_blocks() -> None:
    result = run("segment", FERRY, "--format", "json")
    blocks = json.loads(result.stdout)
    assert blocks[0]["text"].startswith("Ferry crews")
    assert len(blocks) == 12


def test_explain_names_features() -> None:
    result = run("explain", FERRY)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    ad_line = next(i for i, line in enumerate(lines) if "Tired of waiting" in line)
    assert "promo/" in lines[ad_line]
    pushes = []
    for line in lines[ad_line + 1 :]:
        if line.startswith("["):
            break
        pushes.append(line)
    assert any(p.split(None, 1)[1].startswith(("text model:", "style:", "context:")) for p in pushes)
    assert not any("__" in p for p in pushes)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp), "is a directory"),
        (lambda tmp: _write(tmp / "latin1.txt", "caf\xe9".encode("latin-1")), "not UTF-8"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    result = run("clean", path)
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert message in result.stderr and path in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unreadable_model_gives_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "model.pkl.gz").write_bytes(b"not a model")
    result = run("clean", FERRY, "--model", str(tmp_path))
    assert result.exit_code == EXIT_MODEL
    assert "cannot load model" in result.stderr and str(tmp_path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_model_directory(tmp_path: Path) -> None:
    result = run("clean", FERRY, "--model", str(tmp_path / "nowhere"))
    assert result.exit_code == EXIT_MODEL
    assert "no model found" in result.stderr


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_train_html_pages_default_is_the_training_default() -> None:
    """The CLI spells its default out (importing training code would slow every command's start)."""
    import inspect

    from detector.cli import train
    from detector.train_html import MAX_TRAINING_PAGES

    assert inspect.signature(train).parameters["html_pages"].default == MAX_TRAINING_PAGES
