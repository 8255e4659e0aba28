"""Cleaning is a fixed point: what one cleaning keeps, a second cleaning keeps too."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.corpus.dataset import evaluation_documents
from detector.train import DEFAULT_SEED
from tests.conftest import REPO


@pytest.fixture(scope="module")
def heldout_texts() -> list[str]:
    documents = evaluation_documents([REPO / "training_data"], DEFAULT_SEED)
    return [d.source for d in documents[::5]]


def test_cleaning_the_cleaned_text_changes_nothing(
    default_detector: Detector, heldout_texts: list[str]
) -> None:
    once = list(default_detector.clean_many(heldout_texts))
    twice = list(default_detector.clean_many(once))
    assert sum(a != b for a, b in zip(once, twice)) == 0


def test_settling_only_removes_more_and_one_pass_is_still_there(
    default_detector: Detector, heldout_texts: list[str]
) -> None:
    single = Detector(default_detector.model, settle=False)
    settled_blocks = [p.blocks for p in default_detector.parse_many(heldout_texts)]
    single_blocks = [p.blocks for p in single.parse_many(heldout_texts)]
    more = 0
    for settled, first in zip(settled_blocks, single_blocks):
        assert [b.text for b in settled] == [b.text for b in first]
        gone_settled = Detector.removed(settled)
        gone_first = Detector.removed(first)
        assert all(s or not f for s, f in zip(gone_settled, gone_first)), "settling never brings a block back"
        more += sum(gone_settled) - sum(gone_first)
    assert more > 0, "on held-out documents the extra passes remove blocks one pass keeps"
    assert default_detector.parse_many(heldout_texts[:3], settle=False)[0].blocks == single_blocks[0]
