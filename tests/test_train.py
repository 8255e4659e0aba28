"""Training: reproducible with a seed, and the card is written by the run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from detector import Detector
from detector.cli import app
from detector.model.store import HTML_MODEL_FILE, load_model
from detector.train import selection_record
from tests.conftest import EXAMPLES, SHARED, train_small_model
from tests.helpers import small_corpus
from tests.seed_page import seed_page


def test_card_is_written_by_the_training_run(small_model: Path) -> None:
    card = json.loads((small_model / "card.json").read_text())
    for key in ("data_hash", "libraries", "seed", "labels", "created", "threshold", "heldout"):
        assert key in card, key
    assert card["seed"] == 7
    assert card["libraries"]["scikit-learn"]
    assert set(card["labels"]) == {
        "content",
        "boilerplate",
        "promo/ad",
        "promo/native",
        "promo/self_promo",
        "promo/affiliate",
    }
    assert (small_model / "CARD.md").read_text().startswith("# Model card")


def test_same_data_and_seed_give_the_same_predictions(small_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    train_small_model(small_corpus(tmp_path / "data"), again)
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    page, _ = seed_page(SHARED)
    for document in (text, page):
        first = [b.probability for b in Detector.load(small_model).classify(document)]
        second = [b.probability for b in Detector.load(again).classify(document)]
        np.testing.assert_allclose(first, second, rtol=0, atol=1e-12)
    assert (
        json.loads((again / "card.json").read_text())["data_hash"]
        == json.loads((small_model / "card.json").read_text())["data_hash"]
    )


def test_training_only_the_html_model_adds_it_beside_the_text_model(
    small_model: Path, tmp_path: Path
) -> None:
    model = tmp_path / "model"
    shutil.copytree(small_model, model)
    (model / HTML_MODEL_FILE).unlink()
    text_card = json.loads((model / "card.json").read_text())
    text_card.pop("html", None)
    (model / "card.json").write_text(json.dumps(text_card))
    data = small_corpus(tmp_path / "data")
    options = ["--no-text", "--html-pages", "20", "--seed", "21", "--data", str(data), "--out", str(model)]
    result = CliRunner().invoke(app, ["train", *options])
    assert result.exit_code == 0, result.output
    card = json.loads((model / "card.json").read_text())
    assert (model / HTML_MODEL_FILE).exists()
    assert card["html"]["training_pages"] == 20
    # The HTML model's own seed is recorded: it may differ from the text model's.
    assert card["html"]["seed"] == 21 != card["seed"]
    assert "seed 21" in (model / "CARD.md").read_text()
    assert card["html"]["heldout"]["documents"] > 0
    assert card["heldout"] == text_card["heldout"]
    assert "## Held-out HTML pages" in (model / "CARD.md").read_text()


def test_a_model_trained_like_another_keeps_the_record_of_its_selection() -> None:
    selected = {
        "name": "default",
        "created": "2026-01-01T00:00:00+00:00",
        "data_hash": "abc",
        "selection": {"reason": "First stage gradient_boosting: best."},
        "cross_validation": {"promo_recall": 0.8},
        "threshold_table": [{"threshold": 0.7}],
    }
    record = selection_record(selected)
    assert record is not None
    assert record["data_hash"] == "abc" and record["cross_validation"] == {"promo_recall": 0.8}
    retrained = {"name": "default", "like": {"model": "default", "selected_by": record}}
    # Along a chain of --like retrainings the record stays that of the run that selected.
    assert selection_record(retrained) == record
    assert selection_record({"name": "unselected"}) is None


def test_the_novel_word_scores_are_trained_in_only_when_asked(tmp_path: Path) -> None:
    data = small_corpus(tmp_path / "data")
    out = tmp_path / "model"
    options = ["--novel-words", "--no-html", "--no-splice", "--no-select", "--members", "1", "--seed", "7"]
    result = CliRunner().invoke(app, ["train", *options, "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "card.json").read_text())["novel_words"] is True
    assert "with the novel-word scores" in (out / "CARD.md").read_text()
    features = load_model(out).text_pipelines[0].named_steps["features"]
    assert "novelty" in features.named_transformers_
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    assert Detector.load(out).clean(text).strip()


def test_models_are_trained_without_the_novel_word_scores_by_default(small_model: Path) -> None:
    assert json.loads((small_model / "card.json").read_text())["novel_words"] is False
    features = load_model(small_model).text_pipelines[0].named_steps["features"]
    assert "novelty" not in features.named_transformers_
