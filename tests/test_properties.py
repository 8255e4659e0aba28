"""Properties of cleaning that hold for any input: nothing added, kept text untouched and in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detector import Detector
from detector.clean import cuts, restore
from detector.detector import Parsed

WORDS = st.sampled_from(
    [
        "The", "council", "voted", "on", "Tuesday.", "Buy", "now", "and", "save", "20%", "Sponsored",
        "Anzeige", "https://shop.example/deal", "call", "0800 123 456", "¡Oferta!", "über", "東京", "😀",
        "\u200b", "كتاب", "Advertisement", "subscribe", "newsletter", "you", "—", "\t",
    ]
)  # fmt: skip
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
SEPARATOR = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\n", "\n \n", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(PARAGRAPH, min_size=0, max_size=12))
    text = ""
    for paragraph in paragraphs:
        text += paragraph + draw(SEPARATOR)
    return draw(st.sampled_from(["", " ", "\n"])) + text


@pytest.fixture(scope="module")
def model(small_model: Path) -> Detector:
    return Detector.load(small_model, threshold=0.3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_cleaning_only_cuts_and_what_it_cuts_gives_the_input_back(model: Detector, text: str) -> None:
    (parsed,) = model.parse_many([text], "text")
    removed = model.removed(parsed.blocks)
    cleaned = model.render(parsed)
    assert len(cleaned) <= len(text)
    assert restore(cleaned, cuts(text, parsed.blocks, removed)) == text
    position = 0
    for block, gone in zip(parsed.blocks, removed):  # kept blocks appear byte for byte, in order
        assert text[block.start : block.end] == block.text
        if not gone:
            found = cleaned.find(block.text, position)
            assert found >= 0
            position = found + len(block.text)
    assert model.clean(text) == cleaned


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_block_offsets_index_the_input_in_order(model: Detector, text: str) -> None:
    blocks = model.classify(text)
    previous_end = 0
    for block in blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert text[block.start : block.end] == block.text
        previous_end = block.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=8), wrapper=st.sampled_from(["div", "article", "td"])
)
def test_html_blocks_index_the_page_text_and_cleaning_keeps_their_text(
    model: Detector, paragraphs: list[str], wrapper: str
) -> None:
    from html import escape

    page = (
        "<html><body><"
        + wrapper
        + ">"
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        + f"</{wrapper}></body></html>"
    )
    (parsed,) = model.parse_many([page], "html")
    assert isinstance(parsed, Parsed) and parsed.page is not None
    for block in parsed.blocks:
        assert parsed.source[block.start : block.end] == block.text
    cleaned = model.render(parsed)
    kept = [b.text for b, gone in zip(parsed.blocks, model.removed(parsed.blocks)) if not gone]
    assert all(text in cleaned for text in kept)
    assert len(cleaned.strip()) <= len(parsed.source.strip())
