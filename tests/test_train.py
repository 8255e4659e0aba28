"""Training: reproducible with a seed, and the card is written by the run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from detector import Detector
from detector.train import train
from tests.conftest import EXAMPLES
from tests.helpers import small_corpus


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
    train(small_corpus(tmp_path / "data"), again, seed=7, select=False, progress=lambda _: None)
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    first = [b.probability for b in Detector.load(small_model).classify(text)]
    second = [b.probability for b in Detector.load(again).classify(text)]
    np.testing.assert_allclose(first, second, rtol=0, atol=1e-12)
    assert (
        json.loads((again / "card.json").read_text())["data_hash"]
        == json.loads((small_model / "card.json").read_text())["data_hash"]
    )
