"""The text model's members: trained on their own draws, averaged, thresholded on an unseen fold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
from typer.testing import CliRunner

from detector import Detector
from detector.cli import app
from detector.corpus.dataset import evaluation_documents
from detector.evaluate import evaluate
from detector.features.frame import block_frame
from detector.model.ensemble import averaged_stages
from detector.model.store import MEMBERS_FILE, load_model
from detector.segment import segment_text
from tests.conftest import EXAMPLES, SMALL_MODEL_MEMBERS, SMALL_MODEL_SEED
from tests.helpers import small_corpus


def test_the_small_model_has_its_members_and_a_threshold_chosen_for_them(small_model: Path) -> None:
    card = json.loads((small_model / "card.json").read_text())
    assert (small_model / MEMBERS_FILE).exists()
    assert card["members"] == {"count": SMALL_MODEL_MEMBERS, "seeds": [7, 8]}
    chosen = card["members_threshold"]
    assert chosen["fold"] == 0
    assert card["threshold"] == chosen["threshold"]
    thresholds = [row["threshold"] for row in chosen["table"]]
    assert chosen["threshold"] in thresholds and thresholds == sorted(thresholds)
    model = load_model(small_model)
    assert len(model.members) == SMALL_MODEL_MEMBERS - 1


def test_members_learn_different_things_and_the_detector_averages_them(small_model: Path) -> None:
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    model = load_model(small_model)
    frame = block_frame([[text[s.start : s.end] for s in segment_text(text)]])
    alone = [np.asarray(p.predict_proba(frame)) for p in model.text_pipelines]
    # Members trained on other draws of the same corpus disagree somewhere: the average is not a copy.
    assert not np.allclose(alone[0], alone[1], atol=1e-3)
    _, averaged = averaged_stages(model.text_pipelines, frame)
    np.testing.assert_allclose(averaged, np.mean(alone, axis=0), rtol=0, atol=1e-12)
    content = list(model.pipeline.classes_).index("content")
    blocks = Detector.load(small_model, settle=False, splices=False).classify(text)
    np.testing.assert_allclose([b.probability for b in blocks], 1.0 - averaged[:, content], atol=1e-9)


def test_averaging_aligns_members_whose_classes_differ(small_model: Path) -> None:
    model = load_model(small_model)
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    frame = block_frame([[text[s.start : s.end] for s in segment_text(text)]])
    first = model.pipeline
    _, own_proba = averaged_stages([first], frame)
    classes = list(first.classes_)

    class Reordered:
        """The first member seen through its classes in reverse order."""

        def __init__(self) -> None:
            self.classes_ = np.asarray(classes[::-1], dtype=object)
            self.steps = [("classifier", None)]

        def predict_proba(self, frame: object) -> np.ndarray:
            return np.asarray(first.predict_proba(frame))[:, ::-1]

    _, averaged = averaged_stages([first, Reordered()], frame)  # type: ignore[list-item]
    np.testing.assert_allclose(averaged, own_proba, atol=1e-12)


def test_without_its_members_file_a_model_is_its_first_member_alone(
    tmp_path: Path, small_model: Path
) -> None:
    copy = tmp_path / "single"
    shutil.copytree(small_model, copy)
    (copy / MEMBERS_FILE).unlink()
    model = load_model(copy)
    assert model.members == []
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    frame = block_frame([[text[s.start : s.end] for s in segment_text(text)]])
    content = list(model.pipeline.classes_).index("content")
    blocks = Detector.load(copy, settle=False, splices=False).classify(text)
    expected = 1.0 - np.asarray(model.pipeline.predict_proba(frame))[:, content]
    np.testing.assert_allclose([b.probability for b in blocks], expected, atol=1e-9)


def test_the_cards_held_out_figures_are_those_of_the_saved_model(small_model: Path, tmp_path: Path) -> None:
    # The card's held-out figures must be measured with every member, as cleaning uses them.
    card = json.loads((small_model / "card.json").read_text())
    documents = evaluation_documents([small_corpus(tmp_path / "data")], card["seed"])
    report = evaluate(Detector.load(small_model), documents).report()
    for key in ("promo_recall", "content_kept", "documents_exact", "clean_documents_unchanged"):
        assert report[key] == card["heldout"][key], key


def test_choose_threshold_chooses_the_members_threshold_again_for_a_like_model(
    small_model: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """Retraining like a model of as many members keeps its threshold, unless asked to choose again."""
    import detector.train as training

    fitted = load_model(small_model).text_pipelines
    chosen: list[int] = []

    def choose(
        splits: Any, seed: int, first: str, final: str, progress: Any, novel_words: bool = False
    ) -> tuple[float, list[Any]]:
        chosen.append(len(splits))
        return 0.35, [{"threshold": 0.35, "promo_recall": 1.0, "content_kept": 1.0, "documents_exact": 1.0}]

    def member(frame: Any, y: Any, seed: int, first: str, final: str, novel_words: bool = False) -> Any:
        return fitted[seed - SMALL_MODEL_SEED]

    # The members themselves are the small model's (same corpus, same seeds): only the threshold is at stake.
    monkeypatch.setattr(training, "_choose_members_threshold", choose)
    monkeypatch.setattr(training, "_fit_text_model", member)
    data = small_corpus(tmp_path / "data")
    template = json.loads((small_model / "card.json").read_text())
    arguments = ["train", "--like", str(small_model), "--seed", str(SMALL_MODEL_SEED), "--data", str(data)]
    runs = {}
    for name, flags in (("kept", []), ("again", ["--choose-threshold"])):
        out = tmp_path / name
        result = CliRunner().invoke(app, [*arguments, "--no-html", "--no-splice", "--out", str(out), *flags])
        assert result.exit_code == 0, result.output
        runs[name] = json.loads((out / "card.json").read_text())
    assert chosen == [SMALL_MODEL_MEMBERS]
    assert runs["kept"]["threshold"] == template["threshold"]
    assert runs["kept"]["members_threshold"] == template["members_threshold"]
    assert runs["again"]["threshold"] == 0.35
    assert runs["again"]["members_threshold"]["threshold"] == 0.35
    # A single model's threshold is the template's HTML model's (one model), not its members'.
    assert runs["again"]["members_threshold"]["single"] == template["html"]["threshold"]
