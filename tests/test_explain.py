"""Explanations: the same whether blocks are occluded together or in slices, one explainer or many."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_limits

import detector.explain as explain_module
from detector.detector import Detector
from detector.explain import Explainer, explain
from tests.conftest import EXAMPLES, REPO

FERRY = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
PAGE = (REPO / "training_data" / "pages" / "hp-en-blog-004.html").read_bytes()


def summary(explanations: list[explain_module.Explanation]) -> list[object]:
    return [(e.block.text, e.pushes, e.first_stage_removal, e.neighbours) for e in explanations]


def test_occluding_in_slices_changes_nothing(
    default_detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = summary(explain(default_detector, FERRY))
    assert sum(bool(pushes) for _, pushes, _, _ in whole) >= 3
    monkeypatch.setattr(explain_module, "OCCLUSION_ROWS", 1)  # one block a call
    assert summary(explain(default_detector, FERRY)) == whole


def test_one_explainer_serves_texts_and_pages(default_detector: Detector) -> None:
    shared = Explainer(default_detector)
    for document in (FERRY, PAGE, FERRY):
        with threadpool_limits(limits=1):
            parsed = default_detector.parse_many([document])[0]
        assert summary(shared.explain(parsed)) == summary(explain(default_detector, document))
