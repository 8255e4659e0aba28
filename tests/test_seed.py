"""The canonical case and our own example come out exactly as expected with the bundled model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES


def _rstrip_lines(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


def test_seed_article_is_cleaned_exactly(shared_dir: Path, default_detector) -> None:
    text = (shared_dir / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    expected = (shared_dir / "examples" / "seed_article.expected.txt").read_text(encoding="utf-8")
    assert _rstrip_lines(default_detector.clean(text)) == _rstrip_lines(expected)


def test_seed_article_with_single_newlines(shared_dir: Path, default_detector) -> None:
    """Crawl-style text (one paragraph per line) gives the expected paragraphs, one per line."""
    text = (shared_dir / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    expected = (shared_dir / "examples" / "seed_article.expected.txt").read_text(encoding="utf-8")
    joined = "\n".join(text.split("\n\n"))
    expected_joined = "\n".join(expected.split("\n\n"))
    assert _rstrip_lines(default_detector.clean(joined)) == _rstrip_lines(expected_joined)


def test_seed_ad_blocks_are_labelled_promo_ad(shared_dir: Path, default_detector) -> None:
    text = (shared_dir / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "examples" / "seed_article.labels.jsonl").read_text(encoding="utf-8"))
    gold_promo = [b["text"] for b in gold["blocks"] if b["label"] == "promo"]
    removed = [b for b in default_detector.classify(text) if b.label.value != "content"]
    assert [b.text for b in removed] == gold_promo
    assert {(b.label.value, b.kind.value if b.kind else None) for b in removed} == {("promo", "ad")}


@pytest.mark.parametrize("name", ["ferry_strike"])
def test_repository_examples(name: str, default_detector) -> None:
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    expected = (EXAMPLES / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert default_detector.clean(text) == expected
