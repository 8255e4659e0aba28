"""The Python API: lazy default model, Detector objects, blocks with offsets, pandas use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

import detector
from detector import Block, Detector, Label
from tests.conftest import EXAMPLES


def test_import_does_not_load_a_model() -> None:
    code = (
        "import detector\n"
        "from detector.model import store\n"
        "calls = []\n"
        "original = store.load_model_file\n"
        "store.load_model_file = lambda *a, **k: calls.append(a) or original(*a, **k)\n"
        "assert detector._default is None and not calls\n"
        "detector.clean('One paragraph.')\n"
        "loaded = len(calls)\n"
        "detector.clean('Another one.')\n"
        "detector.clean('<html><body><p>A page.</p></body></html>')\n"
        "files = len(list(store.default_model_dir().glob('*.pkl.gz')))\n"
        "assert detector._default is not None and loaded == len(calls) == files == 4, calls\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_default_model_is_loaded_once() -> None:
    assert detector.default_detector() is detector.default_detector()


def test_classify_offsets_index_the_input(small_model: Path) -> None:
    model = Detector.load(small_model)
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    blocks = model.classify(text)
    assert blocks and all(isinstance(b, Block) for b in blocks)
    for block in blocks:
        assert text[block.start : block.end] == block.text
        assert 0.0 <= block.probability <= 1.0
        assert (block.kind is not None) == (block.label is Label.PROMO)


def test_clean_many_matches_clean(small_model: Path) -> None:
    model = Detector.load(small_model)
    texts = [(EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8"), "", "One line only."]
    assert list(model.clean_many(texts, batch_size=2)) == [model.clean(t) for t in texts]


def test_empty_input_gives_empty_output(small_model: Path) -> None:
    model = Detector.load(small_model)
    assert model.clean("") == ""
    assert model.classify("   \n ") == []


def test_threshold_one_keeps_everything(small_model: Path) -> None:
    text = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    assert Detector.load(small_model, threshold=1.0).clean(text) == text


def test_works_as_a_pandas_step() -> None:
    frame = pd.DataFrame({"text": [(EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8"), ""]})
    cleaned = frame["text"].map(detector.clean)
    assert cleaned[0] == (EXAMPLES / "ferry_strike.expected.txt").read_text(encoding="utf-8")
    assert cleaned[1] == ""
