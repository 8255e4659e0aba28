"""The cleaner keeps blocks byte for byte with the input's own separators."""

from __future__ import annotations

from detector.blocks import Block
from detector.clean import render
from detector.segment import segment_text


def spans(text: str) -> list[Block]:
    return [Block(text[s:e], s, e) for s, e in segment_text(text)]


def test_removed_block_and_its_separator_disappear() -> None:
    text = "Title\n\nAd here\n\nBody.\n"
    assert render(text, spans(text), [False, True, False]) == "Title\n\nBody.\n"


def test_separators_of_the_input_are_reused() -> None:
    text = "A\r\n\r\nAD\r\n\r\nB"
    assert render(text, spans(text), [False, True, False]) == "A\r\n\r\nB"


def test_single_newline_layout_is_kept() -> None:
    text = "one\ntwo\nthree"
    assert render(text, spans(text), [False, True, False]) == "one\nthree"


def test_removing_the_first_block_keeps_the_rest_verbatim() -> None:
    text = "Sponsored\n\n  Body  text.\n\nEnd."
    assert render(text, spans(text), [True, False, False]) == "Body  text.\n\nEnd."


def test_nothing_removed_returns_the_input_unchanged() -> None:
    text = "\n a \n\n b \n"
    assert render(text, spans(text), [False, False]) == text


def test_everything_removed_gives_empty_text() -> None:
    text = "Ad\n\nAd again"
    assert render(text, spans(text), [True, True]) == ""
