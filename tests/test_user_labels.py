"""Blocks labelled by users (a filled-in export) as training documents, and the errors bad files get."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from detector.corpus.user_labels import read_user_labels
from detector.errors import DataError
from detector.train import train
from tests.conftest import EXAMPLES, SMALL_MODEL_SEED
from tests.helpers import small_corpus

PROMO = "⚡ Stake your idle coins with NovaYield today: 14% APY, no lock-up, link in our bio."


def filled_export(tmp_path: Path, small_model: Path) -> Path:
    """An export of two documents, the second with a new kind of promo a person labelled."""
    ferry = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8").split("\n\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("\n\n".join(ferry[:4]), encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("\n\n".join([*ferry[:2], PROMO, *ferry[2:4]]), encoding="utf-8")
    out = tmp_path / "blocks.csv"
    result = CliRunner().invoke(
        app, ["export", str(tmp_path / "docs"), "--out", str(out), "--model", str(small_model)]
    )
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["text"] == PROMO:
            row["gold"] = "promo/ad"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def test_a_filled_export_gives_whole_documents_with_gold_where_given(
    tmp_path: Path, small_model: Path
) -> None:
    export = filled_export(tmp_path, small_model)
    (document,) = read_user_labels([export])  # a.txt has no gold label: left out
    assert document.id == "user:part-00000:b.txt"
    texts = [b.text for b in document.blocks]
    assert document.source == (tmp_path / "docs" / "b.txt").read_text(encoding="utf-8")
    promo = document.blocks[texts.index(PROMO)]
    assert (promo.label, promo.kind) == ("promo", "ad")
    with export.open(encoding="utf-8", newline="") as handle:
        predicted = {r["text"]: r["label"] for r in csv.DictReader(handle) if r["document"] == "b.txt"}
    assert all(b.label == predicted[b.text] for b in document.blocks if b.text != PROMO)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["document,index,text", "d,0,Hello there."], ":1: missing column(s) gold"),
        (["document,index,text,gold", "d,0,Hello there.,spam"], ":2: unknown gold 'spam'"),
        (["document,index,text,gold", "d,0,Hello there.,promo/banner"], ":2: unknown gold 'promo/banner'"),
        (["document,index,text,gold", "d,0,  ,content"], ":2: block 0 of document 'd' has empty text"),
        (
            ["document,index,text,gold", "d,0,One.,content", "d,0,Two.,content"],
            ":3: document 'd' has block 0 twice",
        ),
        (
            ["document,index,text,gold", "d,0,One.,content", "d,2,Three.,promo"],
            ":3: block 2 of document 'd' does not follow",
        ),
        (["document,index,text,gold", "d,x,One.,content"], ":2: index 'x' is not a whole number"),
        (["document,index,text,gold", "d,0,One.,"], ":2: block 0 has neither a gold nor a predicted label"),
    ],
)
def test_bad_label_files_name_the_file_and_line(tmp_path: Path, lines: list[str], message: str) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_user_labels([path])
    assert str(error.value).startswith(str(path)) and message in str(error.value)
    jsonl = tmp_path / "labels.jsonl"
    jsonl.write_text('{"document": "d", "index": 0, "text": "One."}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"labels\.jsonl:1: missing field\(s\) gold"):
        read_user_labels([jsonl])


def test_training_counts_user_documents_with_their_weight(tmp_path: Path, small_model: Path) -> None:
    export = filled_export(tmp_path, small_model)
    # The small model was trained on the same corpus with the same seed and no user labels.
    plain = json.loads((small_model / "card.json").read_text(encoding="utf-8"))
    card = train(
        small_corpus(tmp_path / "data"), tmp_path / "mine", seed=SMALL_MODEL_SEED, select=False,
        html=False, splice=False, progress=lambda _: None, user_data=[export], user_weight=3, members=1,
    )  # fmt: skip
    assert card["data"]["user_documents"] == 1 and card["data"]["user_weight"] == 3
    assert card["data"]["training_documents"] == plain["data"]["training_documents"] + 3
    assert card["data"]["user_data_hash"] and plain["data"]["user_documents"] == 0
    saved = json.loads((tmp_path / "mine" / "card.json").read_text(encoding="utf-8"))
    assert saved["data"]["user_documents"] == 1
