"""Model files cannot run code when loaded; models of another version are refused with a clear message."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import joblib
import pytest
from sklearn.base import BaseEstimator
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer
from typer.testing import CliRunner

from detector import Detector
from detector.cli import EXIT_MODEL, EXIT_USAGE, app
from detector.errors import ModelError
from detector.model.safe_pickle import UntrustedModel, dump_model, load_model_file
from detector.model.store import CARD_FILE, HTML_MODEL_FILE, MODEL_FILE, load_model
from tests.conftest import EXAMPLES


class Payload:
    """Unpickling this object runs ``exec``: what a malicious model file does."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (exec, (f"open({str(self.marker)!r}, 'w').write('ran')",))


class ForeignEstimator(BaseEstimator):
    """An estimator class from outside scikit-learn and detector."""


def copy_model(small_model: Path, target: Path) -> Path:
    shutil.copytree(small_model, target)
    return target


def test_a_model_file_that_would_run_code_is_refused_and_nothing_runs(
    small_model: Path, tmp_path: Path
) -> None:
    model = copy_model(small_model, tmp_path / "evil")
    marker = tmp_path / "marker"
    dump_model(Payload(marker), model / MODEL_FILE)
    with pytest.raises(UntrustedModel, match=r"asks for builtins\.exec.*nothing in the file was run"):
        load_model(model)
    result = CliRunner().invoke(app, ["clean", str(EXAMPLES / "ferry_strike.txt"), "--model", str(model)])
    assert result.exit_code == EXIT_MODEL and "refused to load" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not marker.exists()


def test_code_hidden_inside_a_real_pipeline_is_refused(small_model: Path, tmp_path: Path) -> None:
    model = copy_model(small_model, tmp_path / "hidden")
    pipeline = load_model(model).pipeline
    trojan = Pipeline([*pipeline.steps[:-1], ("run", FunctionTransformer(os.system)), pipeline.steps[-1]])
    dump_model(trojan, model / HTML_MODEL_FILE)
    with pytest.raises(UntrustedModel, match=r"asks for (posix|os|nt)\.system"):
        load_model(model)
    dump_model(make_pipeline(ForeignEstimator()), tmp_path / "foreign.pkl.gz")
    with pytest.raises(UntrustedModel, match="ForeignEstimator"):
        load_model_file(tmp_path / "foreign.pkl.gz")


def test_a_trusted_model_round_trips_with_the_same_predictions(small_model: Path, tmp_path: Path) -> None:
    pipeline = load_model(small_model).pipeline
    dump_model(pipeline, tmp_path / "again.pkl.gz")
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    model = copy_model(small_model, tmp_path / "copy")
    shutil.copy(tmp_path / "again.pkl.gz", model / MODEL_FILE)
    assert [b.probability for b in Detector.load(model).classify(text)] == [
        b.probability for b in Detector.load(small_model).classify(text)
    ]


def test_a_joblib_model_is_refused_until_converted_by_someone_who_trusts_it(
    small_model: Path, tmp_path: Path
) -> None:
    model = tmp_path / "legacy"
    model.mkdir()
    shutil.copy(small_model / CARD_FILE, model / CARD_FILE)
    joblib.dump(load_model(small_model).pipeline, model / "model.joblib")
    with pytest.raises(ModelError, match=r"detector model convert .* --trust-pickle"):
        load_model(model)
    runner = CliRunner()
    refused = runner.invoke(app, ["model", "convert", str(model)])
    assert refused.exit_code == EXIT_USAGE and "--trust-pickle" in refused.stderr
    converted = runner.invoke(app, ["model", "convert", str(model), "--trust-pickle"])
    assert converted.exit_code == 0, converted.stderr
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    assert Detector.load(model).clean(text) == Detector.load(small_model).clean(text)


def test_a_model_of_another_feature_set_or_library_version_is_refused(
    small_model: Path, tmp_path: Path
) -> None:
    for key, value, message in (
        ("feature_set", 999, "feature set 999"),
        ("libraries", {"scikit-learn": "0.24.2"}, "trained with scikit-learn 0.24.2"),
    ):
        model = copy_model(small_model, tmp_path / key)
        card = json.loads((model / CARD_FILE).read_text(encoding="utf-8"))
        card[key] = value
        (model / CARD_FILE).write_text(json.dumps(card), encoding="utf-8")
        with pytest.raises(ModelError, match=message):
            load_model(model)


def test_model_info_prints_the_card(small_model: Path) -> None:
    result = CliRunner().invoke(app, ["model", "info", str(small_model)])
    assert result.exit_code == 0 and "Model card" in result.stdout and str(small_model) in result.stdout
    as_json = CliRunner().invoke(app, ["model", "info", str(small_model), "--json"])
    card = json.loads(as_json.stdout)
    assert card["feature_set"] == 1 and card["path"] == str(small_model)
