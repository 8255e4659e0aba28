"""HTML pages through the detector: text out, JSON with locators, pruned markup, the seed page."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from detector import Detector
from detector.blocks import Block, Kind, Label
from detector.cli import app
from tests.seed_page import seed_page

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour</title>
<script>var tracking = "never text";</script></head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Harbour wall repairs begin in Portkennet</h1>
<p>Work to repair the storm-damaged harbour wall in Portkennet began on Monday, the council said.</p>
<p>The repairs are expected to take eleven weeks and will close the north quay to fishing boats.</p>
<div class="ad-slot"><span class="ad-label">Advertisement</span>
<p><a href="https://shop.example" rel="sponsored">Save 40% on Brightwave hearing aids today.
Call 0800 555 0199!</a></p></div>
<p>Harbour master Ellen Tasker said the boats would use the south slipway until the work is done.</p>
</article>
<footer><p>© 2026 Portkennet Gazette. All rights reserved.</p></footer></body></html>"""


@pytest.fixture(scope="module")
def small(small_model: Path) -> Detector:
    return Detector.load(small_model)


def test_small_model_has_an_html_model(small: Detector) -> None:
    assert small.model.html is not None


def test_html_is_cleaned_to_its_kept_blocks_text(small: Detector) -> None:
    out = small.clean(PAGE)
    assert "never text" not in out
    assert "Work to repair the storm-damaged harbour wall" in out
    assert "\n\n" in out
    assert "<p>" not in out
    assert small.clean(PAGE.encode("utf-8")) == out


def test_html_blocks_carry_locators_and_offsets_into_the_page_text(small: Detector) -> None:
    blocks = small.classify(PAGE)
    assert all(b.locator for b in blocks)
    article = next(b for b in blocks if b.text.startswith("Work to repair"))
    assert article.locator is not None and article.locator.endswith("article > p:nth-of-type(1)")


def test_forcing_text_input_reads_markup_as_text(small: Detector) -> None:
    blocks = small.classify(PAGE, input_format="text")
    assert any("<script>" in b.text for b in blocks)


def test_cli_html_format_prunes_removed_elements(small_model: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["clean", str(page), "--model", str(small_model), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    removed = {b["text"] for b in payload["blocks"] if b["removed"]}
    result = runner.invoke(app, ["clean", str(page), "--model", str(small_model), "--format", "html"])
    assert result.exit_code == 0, result.output
    pruned = result.stdout
    assert pruned.lstrip().lower().startswith("<!doctype html>")
    quote = "Harbour master Ellen Tasker"
    assert (quote in pruned) != any(quote in text for text in removed)
    for text in removed:
        assert text not in pruned


def test_cli_html_format_refuses_plain_text(small_model: Path, tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("A plain story.\n\nIn two paragraphs.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(text), "--model", str(small_model), "--format", "html"])
    assert result.exit_code == 3
    assert "needs an HTML page" in result.output


def test_seed_article_as_a_news_page_comes_out_as_the_expected_paragraphs(
    default_detector: Detector, shared_dir: Path
) -> None:
    page, expected = seed_page(shared_dir)
    assert default_detector.clean(page).strip() == expected


ARTICLE = [
    "The county council voted on Tuesday to rebuild the Ashgrove footbridge, closed since the spring floods.",
    "Engineers found that two of the bridge's three piers had shifted by several centimetres in the flood.",
    "The new bridge will be wider, so that cyclists and walkers no longer have to share one narrow lane.",
    "Work starts in March and should take about seven months, the council's transport officer said.",
    "Until then, people crossing the river are asked to use the road bridge at Millford, a mile downstream.",
]


def _condemned(texts: list[str]) -> list[Block]:
    """Blocks as the page model leaves them when the markup fooled it: every one removed as an ad."""
    blocks = []
    for text in texts:
        block = Block(text, 0, len(text), label=Label.PROMO, kind=Kind.AD, probability=0.99)
        blocks.append(block)
    return blocks


def test_main_text_the_page_model_condemns_whole_is_decided_by_its_words(small: Detector) -> None:
    """A real article in a container named like an ad slot must not vanish: its words decide again."""
    blocks = _condemned(ARTICLE)
    small._keep_main_text([blocks], [[True] * len(blocks)])
    assert sum(b.label == Label.CONTENT for b in blocks) >= 4


def test_main_text_partly_kept_or_short_is_left_to_the_page_model(small: Detector) -> None:
    kept_one = _condemned(ARTICLE)
    kept_one[0].label, kept_one[0].kind = Label.CONTENT, None
    kept_one[1].label, kept_one[1].kind = Label.CONTENT, None
    short = _condemned(ARTICLE[:1])
    outside = _condemned(ARTICLE)
    small._keep_main_text(
        [kept_one, short, outside], [[True] * len(kept_one), [True], [False] * len(outside)]
    )
    assert all(b.label == Label.PROMO for b in kept_one[2:] + short + outside)


class _SequenceStub:
    """Stands in for the sequence stage: records the rows it reads and calls each one content."""

    def __init__(self) -> None:
        self.rows: list[int] = []

    def final_proba(self, features: np.ndarray, scores: np.ndarray) -> np.ndarray:
        assert len(scores) == len(features)
        self.rows = [int(r) for r in features[:, 0]]
        return np.tile([0.05, 0.9, 0.05], (len(features), 1))


def test_page_edge_blocks_pulled_over_by_an_ad_are_read_again_without_it(small: Detector) -> None:
    """A paragraph the first stage finds plain content, removed beside an ad slot, is read again
    among its kept neighbours; the ad and the blocks inside a removed run are not."""
    classes = ["boilerplate", "content", "promo/ad"]
    # Page 0: content, removed edge (own 0.01), ad (own 0.99), content.
    # Page 1: ad, removed block inside the run (own 0.01), ad; nothing kept beside it.
    own_removal = [0.0, 0.01, 0.99, 0.0, 0.99, 0.01, 0.99]
    removed = [False, True, True, False, True, True, True]
    documents = [0, 0, 0, 0, 1, 1, 1]
    blocks = []
    for index, gone in enumerate(removed):
        label, kind = (Label.PROMO, Kind.AD) if gone else (Label.CONTENT, None)
        blocks.append(Block(f"block {index}", 0, 7, label=label, kind=kind, probability=0.9 if gone else 0.1))
    own = np.array([[r / 2, 1 - r, r / 2] for r in own_removal])
    features = np.column_stack([np.arange(7), np.zeros(7), np.array(documents, dtype=float)])
    stub = _SequenceStub()
    small._restore_page_edges(stub, features, own, [blocks[:4], blocks[4:]], classes)  # type: ignore[arg-type]
    assert stub.rows == [0, 1, 3]
    assert [b.label for b in blocks] == [
        Label.CONTENT,
        Label.CONTENT,
        Label.PROMO,
        Label.CONTENT,
        Label.PROMO,
        Label.PROMO,
        Label.PROMO,
    ]


def test_cleaning_without_locators_keeps_what_classifying_with_them_keeps(small: Detector) -> None:
    """``clean`` skips the locators; the blocks it keeps must be those ``classify`` labels content."""
    blocks = small.classify(PAGE)
    assert all(b.locator for b in blocks)
    kept = [b.text for b in blocks if b.label == Label.CONTENT]
    assert kept
    cleaned = small.clean(PAGE, keep_boilerplate=False)
    assert [part for part in cleaned.strip().split("\n\n") if part] == kept
    assert list(small.clean_many([PAGE, PAGE])) == [cleaned, cleaned]
