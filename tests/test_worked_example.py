"""The README's worked example, end to end on the small corpus.

A style of crypto promotion written in the newsroom's own voice
(``examples/retrain``) is what the default model misses. A person exports the
blocks of 30 such documents, fills in the ``gold`` column of the 55 promo
blocks and of 27 paragraphs of crypto news that must stay
(``newsroom_blocks.csv`` is that file), and retrains: the new model
must remove the same style in 25 other documents, with other products and
other wording, while its figures on the corpus's held-out split stay within
the seed-to-seed noise of the model trained without those labels (the
README shows the one-point claim on the full corpus).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from detector import Detector
from detector.batch.work import Settings
from detector.corpus.dataset import evaluation_documents
from detector.corpus.labelled import read_documents
from detector.evaluate import evaluate
from detector.export import export_blocks
from detector.train import DEFAULT_SEED, train
from tests.conftest import EXAMPLES, REPO
from tests.helpers import small_corpus

EXAMPLE = EXAMPLES / "retrain"


def filled_in(export: Path, gold_file: Path, out: Path) -> int:
    """Copy the gold column of the example's labelled export onto a fresh export; count filled cells."""
    with gold_file.open(encoding="utf-8", newline="") as handle:
        gold = {(r["document"], r["index"]): r for r in csv.DictReader(handle)}
    with export.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        columns = list(reader.fieldnames or [])
    for row in rows:
        labelled = gold[(row["document"], row["index"])]
        assert labelled["text"] == row["text"], "the export must give the same blocks"
        row["gold"] = labelled["gold"]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return sum(1 for r in rows if r["gold"])


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory, small_model: Path) -> Path:
    work = tmp_path_factory.mktemp("worked")
    export = work / "blocks.csv"
    export_blocks(Detector.load(small_model), str(EXAMPLE / "newsroom.jsonl"), export, Settings())
    labelled = work / "blocks.gold.csv"
    assert filled_in(export, EXAMPLE / "newsroom_blocks.csv", labelled) == 82
    data = small_corpus(work / "data")
    out = work / "newsroom"
    train(data, out, seed=7, html=False, progress=lambda _: None, user_data=[labelled], like=small_model)
    return out


def test_the_retrained_model_removes_the_new_style_in_documents_it_never_saw(
    retrained: Path, small_model: Path
) -> None:
    test_documents = read_documents([EXAMPLE / "newsroom_test.jsonl"])
    before = evaluate(Detector.load(small_model), test_documents).report()
    after = evaluate(Detector.load(retrained), test_documents).report()
    assert before["promo_recall"] < 0.5
    assert after["promo_recall"] >= before["promo_recall"] + 0.3
    assert after["content_kept"] >= 0.97


SEED_SPREAD = {"promo_recall": 0.04, "content_kept": 0.006}
"""How far the held-out figures of small models move with the seed alone at one threshold (the
retrained model keeps the small model's): models trained on the small corpus with seeds 7, 8
and 9 scored 0.483, 0.479 and 0.456 promo recall and 0.981, 0.983 and 0.985 content kept at
0.6, and 0.448, 0.437 and 0.412 and 0.985, 0.987 and 0.990 at 0.7, on the held-out split
below (their own thresholds: 0.65, 0.7 and 0.75). Adding 30 documents moves a model about as
much as another seed does; the README measures the one-point claim on the full corpus."""


def test_its_held_out_figures_stay_within_the_noise_of_a_small_model(
    retrained: Path, small_model: Path
) -> None:
    """Scored on the whole corpus's frozen held-out split (never trained on by either model,
    as held-out membership is a hash of the id)."""
    base = json.loads((small_model / "card.json").read_text(encoding="utf-8"))
    new = json.loads((retrained / "card.json").read_text(encoding="utf-8"))
    assert new["like"]["model"] == base["name"] and new["threshold"] == base["threshold"]
    assert new["model"]["first_stage"] == base["model"]["first_stage"]
    assert new["data"]["user_documents"] == 30
    heldout = evaluation_documents([REPO / "training_data"], DEFAULT_SEED)
    before = evaluate(Detector.load(small_model), heldout).report()
    after = evaluate(Detector.load(retrained), heldout).report()
    for figure, spread in SEED_SPREAD.items():
        assert after[figure] >= before[figure] - spread, figure
