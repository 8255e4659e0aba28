"""Hostile and broken documents: each has one documented outcome, and no other exception escapes.

The outcomes (README, "Bad input and guards"): text that cannot be decoded
raises ``InputError``; a document over its time budget or too large raises
``TimeBudgetExceeded`` from the API and passes through flagged in a batch;
everything else is cleaned, and what is kept is the input's own text.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from detector import Detector
from detector.batch import BatchOptions, restore, run_batch
from detector.errors import DetectorError, InputError, TimeBudgetExceeded
from detector.guards import MAX_BLOCKS, MAX_FEATURE_CHARS, TimeBudget
from detector.page import read_page
from detector.segment.html import parse_html
from detector.segment.shallow import MAX_DEPTH
from tests.conftest import REPO

ARTICLE = (
    "Harbour ferries keep running through the winter\n\n"
    "The harbour authority said on Tuesday that the night ferries would keep running through the "
    "winter, after a month of talks with the crews' union about pay and safety rules.\n\n"
    "Crews will work shorter shifts in storms, and the authority will hire six more deckhands."
)


def kept_in_order(output: str, source: str) -> bool:
    """Whether every paragraph of the output occurs in the source, in order (nothing invented)."""
    position = 0
    for paragraph in (p for p in output.split("\n\n") if p.strip()):
        found = source.find(paragraph.strip(), position)
        if found < 0:
            return False
        position = found + len(paragraph.strip())
    return True


TEXT_CASES = {
    "empty": "",
    "whitespace only": " \n\t \n\n   \r\n",
    "NUL bytes": "Hello\x00 world, a paragraph with a NUL.\n\nSecond\x00\x00 paragraph here.",
    "right to left": "مرحبا بالعالم. هذا نص عربي عن الميناء والعبارات.\n\nשלום עולם, זו פסקה בעברית.",
    "CJK": "港口管理局周二表示，夜间渡轮将在整个冬季继续运行。\n\n船员将在暴风雨中缩短班次。日本語の段落。",
    "zero-width and control": "Zero\u200bwidth\u200d joiner\u202e odd \x07 bell \x1b[31m\n\nNext\u2028line",
    "emoji only blocks": "🎉🎉🎉\n\n🔥🔥\n\n" + ARTICLE,
    "lone surrogate": "A paragraph with a lone surrogate \ud800 in it.\n\n" + ARTICLE,
    "5 MB line without spaces": "x" * 5_000_000,
    "mixed newlines": ARTICLE.replace("\n\n", "\r\n\r\n", 1).replace("\n\n", "\r\r"),
}


@pytest.mark.parametrize("name", list(TEXT_CASES))
def test_hostile_text_is_cleaned_and_kept_text_is_the_inputs_own(
    name: str, default_detector: Detector
) -> None:
    text = TEXT_CASES[name]
    blocks = default_detector.classify(text, "text")
    cleaned = default_detector.clean(text, input_format="text")
    assert len(cleaned) <= len(text)
    for block in blocks:
        assert text[block.start : block.end] == block.text
    assert kept_in_order(cleaned, text)


HTML_CASES = {
    "JSON": '{"title": "<p>not a page</p>", "items": [1, 2, 3]}',
    "XML feed": '<?xml version="1.0"?><rss><channel><item><title>Ferries</title>'
    "<description>Night ferries keep running.</description></item></channel></rss>",
    "CSS": "body { color: red; } .ad-slot { display: none } p::after { content: '<p>' }",
    "only a comment": "<!-- nothing but a comment -->",
    "unclosed tags": "<html><body><div><p>First paragraph of the story<p>Second<div><span>open",
    "attributes without values": "<html><body><p class id= data-x='>'>Text after odd attributes</p>",
    "script that never ends": "<html><body><p>Before the script.</p><script>var a = '<p>never",
}


@pytest.mark.parametrize("name", list(HTML_CASES))
def test_markup_that_is_not_a_page_is_read_without_error(name: str, default_detector: Detector) -> None:
    page = HTML_CASES[name]
    blocks = default_detector.classify(page, "html")
    parsed = default_detector.parse_many([page], "html")[0]
    for block in blocks:
        assert parsed.source[block.start : block.end] == block.text
    assert "var a" not in parsed.source, "script text must never reach the text"
    assert isinstance(default_detector.clean(page, input_format="html"), str)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 50, b"caf\xe9 au lait\n\n\xff\xfe broken \x80 bytes"],
    ids=["binary garbage", "invalid UTF-8"],
)
def test_undecodable_bytes_read_as_text_raise_input_error(data: bytes, default_detector: Detector) -> None:
    with pytest.raises(InputError, match=r"<bytes>: not UTF-8 text \(byte 0x[0-9a-f]{2} at offset \d+\)"):
        default_detector.clean(data, input_format="text")


def test_nul_bytes_are_text(default_detector: Detector) -> None:
    assert default_detector.clean(b"\x00" * 1000, input_format="text") in ("", "\x00" * 1000)


def test_bytes_in_a_declared_or_guessed_encoding_are_pages(default_detector: Detector) -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Café crème à la gare</p></body></html>"
    text = default_detector.parse_many([latin.encode("iso-8859-1")], "html")[0].source
    assert "Café crème à la gare" in text
    garbage = default_detector.parse_many([bytes(range(256)) * 20], "html")[0]
    assert isinstance(garbage.source, str)


def test_a_hundred_thousand_nested_divs_keep_their_text() -> None:
    depth = 100_000
    page = (
        "<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "<p>After it.</p></body></html>"
    )
    root = parse_html(page)
    assert max(len(list(e.iterancestors())) for e in root.iter()) <= MAX_DEPTH
    texts = [b.text for b in read_page(page).blocks]
    assert texts == ["deep text", "After it."]


def test_a_hundred_thousand_line_breaks(default_detector: Detector) -> None:
    page = (
        "<html><body><p>" + "line<br>" * 100_000 + "</p><div>" + "x<br><br>" * 30_000 + "</div></body></html>"
    )
    parsed = default_detector.parse_many([page], "html", time_budget=None)[0]
    assert parsed.over_budget is not None and f"more than the {MAX_BLOCKS:,}" in parsed.over_budget
    one_block = "<html><body><p>" + "line<br>" * 100_000 + "</p></body></html>"
    blocks = default_detector.classify(one_block)
    assert len(blocks) == 1 and blocks[0].text.count("line") == 100_000


def test_a_million_tiny_elements_are_cleaned_or_left_uncleaned_within_the_budget(
    default_detector: Detector,
) -> None:
    page = "<html><body>" + "<span>a</span>" * 1_000_000 + "</body></html>"
    parsed = default_detector.parse_many([page], "html")[0]
    if parsed.over_budget is None:
        assert [len(b.text) for b in parsed.blocks] == [len("a" * 1_000_000)]
    else:
        assert "over the time budget of 5 s" in parsed.over_budget


def test_a_50_mb_page_is_cleaned_or_left_uncleaned_within_the_budget(default_detector: Detector) -> None:
    paragraph = "<p>The harbour authority said the night ferries would keep running this winter.</p>\n"
    unit = "<div class='story'><h2>Section</h2>" + paragraph * 8 + "<script>var x = 1;</script></div>\n"
    page = "<html><body><article>" + unit * (50_000_000 // len(unit)) + "</article></body></html>"
    assert len(page) >= 49_000_000
    try:
        cleaned = default_detector.clean(page)
    except TimeBudgetExceeded as error:
        assert "page: over the time budget" in str(error) or "more than the" in str(error)
    else:
        assert "var x" not in cleaned


def test_features_read_a_bounded_head_of_each_block(default_detector: Detector) -> None:
    head = "Buy the Brightline kettle today with code SAVE30. " * 20
    short = head.strip()
    long = short + " " + "y" * (MAX_FEATURE_CHARS * 3)
    first = default_detector.classify(short + "\n\n" + ARTICLE, "text")[0]
    second = default_detector.classify(long + "\n\n" + ARTICLE, "text")[0]
    assert second.text == long
    assert abs(first.probability - second.probability) < 0.5


def test_a_document_over_its_budget_raises_from_the_api_with_a_clear_message(
    default_detector: Detector,
) -> None:
    tight = Detector(default_detector.model, time_budget=1e-9)
    page = "<html><body>" + "<p>paragraph</p>" * 5_000 + "</body></html>"
    with pytest.raises(TimeBudgetExceeded, match=r"page: over the time budget of 1e-09 s while"):
        tight.clean(page)
    too_many = "\n\n".join(f"Block {i}." for i in range(MAX_BLOCKS + 1))
    with pytest.raises(TimeBudgetExceeded, match="more than the 20,000 a document may have"):
        default_detector.clean(too_many)
    unlimited = Detector(default_detector.model, time_budget=None)
    assert unlimited.clean(ARTICLE) == default_detector.clean(ARTICLE)


def test_the_budget_only_runs_out_after_its_deadline() -> None:
    budget = TimeBudget(60.0, "document 3")
    budget.check("segmenting")
    expired = TimeBudget(1e-9, "document 3")
    with pytest.raises(TimeBudgetExceeded, match="document 3: over the time budget"):
        expired.check("segmenting")
    TimeBudget(None).check("anything")


def test_a_batch_passes_documents_over_budget_through_flagged_and_goes_on(
    tmp_path: Path, default_detector: Detector
) -> None:
    too_many = "\n\n".join(f"Block {i}." for i in range(MAX_BLOCKS + 1))
    rows = [{"id": "a", "text": ARTICLE}, {"id": "huge", "text": too_many}, {"id": "b", "text": ARTICLE}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    options = BatchOptions(model=default_detector.model.path, workers=1)
    summary = run_batch(str(source), tmp_path / "out.jsonl", options, detector=default_detector)
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", "huge", "b"]
    assert summary.over_budget == 1 and summary.failed == 0 and summary.written == 3
    assert out[1]["text"] == too_many
    assert "more than the 20,000" in out[1]["detector"]["over_budget"]
    assert restore(out[1]["text"], out[1]["detector"]) == too_many
    assert out[0]["detector"]["over_budget"] is None and out[0]["text"] == default_detector.clean(ARTICLE)


def test_no_exception_but_detector_errors_escapes_on_random_bytes(default_detector: Detector) -> None:
    rng = random.Random(7)
    for _ in range(40):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        for document in (data, data.decode("latin-1")):
            for input_format in ("auto", "text", "html"):
                with contextlib.suppress(DetectorError):
                    default_detector.clean(document, input_format=input_format)  # type: ignore[arg-type]


def test_the_cli_names_the_input_of_a_document_over_budget(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text("\n\n".join(f"Block {i}." for i in range(MAX_BLOCKS + 1)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "detector.cli", "clean", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 7
    assert (
        result.stderr.startswith(f"detector: error: {path}: document: ") and "Traceback" not in result.stderr
    )
