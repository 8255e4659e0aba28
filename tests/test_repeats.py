"""Corpus statistics: blocks that recur across documents are decided by all their copies."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from detector import Detector
from detector.batch import BatchOptions, run_batch
from detector.blocks import Block, Kind, Label
from detector.decision import decide
from detector.detector import Parsed
from detector.repeats import RepeatCounts, apply_repeats, fingerprint
from tests.conftest import EXAMPLES

CLASSES = ["content", "boilerplate", "promo/ad", "promo/native", "promo/self_promo", "promo/affiliate"]
AD = "Switch to Brightmint broadband today and save 20% on your first year."
BIO = "Mirela Tanase reports on transport and regional affairs for the Courier."


def block(text: str, removal: float, threshold: float = 0.7) -> Block:
    """A classified block whose removal probability is mostly promo/ad."""
    b = Block(text, 0, len(text))
    row = [1 - removal, removal * 0.1, removal * 0.9, 0.0, 0.0, 0.0]
    decide([b], np.array([row]), CLASSES, threshold)
    return b


def test_counts_documents_and_mean_probability_per_block() -> None:
    counts = RepeatCounts(width=1 << 16)
    for removal in (0.9, 0.5, 0.7):
        counts.add_document(
            [block(AD, removal), block(AD, removal), block("Only here, in one story of its own.", 0.1)]
        )
    counts.add_document([block(AD.replace("20%", "35%"), 0.8)])  # digits do not make another ad
    ad, other, short = counts.estimates([AD, "Only here, in one story of its own.", "Share this"])
    assert ad == (4, pytest.approx((0.9 + 0.5 + 0.7 + 0.8) / 4))
    assert other == (3, pytest.approx(0.1))
    assert short == (0, 0.0) and fingerprint("Share this") is None


def test_a_repeated_block_follows_its_copies_both_ways() -> None:
    story = [block("A long paragraph of the story itself, about the harbour and its cranes " * 4, 0.02)]
    blocks = [*story, block(AD, 0.4), block(BIO, 0.8)]
    assert [b.label for b in blocks] == [Label.CONTENT, Label.CONTENT, Label.PROMO]
    apply_repeats(blocks, [(1, 0.02), (12, 0.9), (30, 0.4)], threshold=0.7, min_documents=3)
    assert [b.label for b in blocks] == [Label.CONTENT, Label.PROMO, Label.CONTENT]
    assert blocks[1].kind is Kind.AD and blocks[2].kind is None


def test_a_syndicated_story_and_rare_blocks_are_left_to_the_model() -> None:
    syndicated = [
        block("Every paragraph of this wire story recurs in nine copies. " * 3, 0.75),
        block(AD, 0.4),
    ]
    apply_repeats(syndicated, [(9, 0.2), (9, 0.9)], threshold=0.7, min_documents=3)
    assert [b.label for b in syndicated] == [Label.PROMO, Label.CONTENT]  # unchanged
    rare = [block("A paragraph with a long enough text to count.", 0.02), block(AD, 0.4)]
    apply_repeats(rare, [(1, 0.02), (2, 0.95)], threshold=0.7, min_documents=3)
    assert rare[1].label is Label.CONTENT


def test_batch_with_corpus_stats_decides_repeated_blocks_by_their_copies(
    tmp_path: Path, small_model: Path
) -> None:
    model = Detector.load(small_model)
    paragraphs = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8").split("\n\n")
    texts = [
        "\n\n".join(
            [*paragraphs[i : i + 3], AD if i % 2 else BIO, f"Story {i} ends with its own closing line."]
        )
        for i in range(8)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
    run_batch(str(source), tmp_path / "out.jsonl", BatchOptions(workers=1, corpus_stats=True), detector=model)
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]

    counts = RepeatCounts()
    for blocks in model.classify_many(texts):
        counts.add_document(blocks)
    expected = []
    for text, blocks in zip(texts, model.classify_many(texts)):
        apply_repeats(blocks, counts.estimates([b.text for b in blocks]), model.threshold, 3)
        expected.append(model.render(Parsed(text, blocks)))
    assert [r["text"] for r in out] == expected
    assert [n for n, _ in counts.estimates([AD, BIO])] == [4, 4]
    for row in out:  # every removed block's audit says how many documents it occurs in
        for removed in row["detector"]["removed"]:
            assert removed["repeats"] == counts.estimates([removed["text"]])[0][0]
