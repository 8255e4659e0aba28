"""The plain-text segmenter: paragraphs or lines, offsets into the original string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detector.segment import segment_text


def blocks(text: str) -> list[str]:
    return [text[s:e] for s, e in segment_text(text)]


def test_paragraphs_split_on_blank_lines() -> None:
    assert blocks("Title\n\nFirst paragraph.\nSecond line.\n\n\nLast.") == [
        "Title",
        "First paragraph.\nSecond line.",
        "Last.",
    ]


def test_text_without_blank_lines_splits_per_line() -> None:
    assert blocks("one\ntwo\nthree") == ["one", "two", "three"]


def test_crlf_and_whitespace_only_lines_count_as_blank() -> None:
    assert blocks("a\r\n \t\r\nb\r\nc\r\n\r\nd") == ["a", "b\r\nc", "d"]


def test_crlf_single_lines() -> None:
    assert blocks("a\r\nb\r\n") == ["a", "b"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n "])
def test_empty_and_blank_input_give_no_block(text: str) -> None:
    assert segment_text(text) == []


def test_leading_and_trailing_whitespace_is_outside_blocks() -> None:
    text = "\n\n  Hello there.  \n\n  Bye.\n"
    assert blocks(text) == ["Hello there.", "Bye."]


def test_unicode_forms_are_untouched() -> None:
    decomposed = "Cafe\u0301 au lait\n\nZ\u00fcrich"
    assert blocks(decomposed) == ["Cafe\u0301 au lait", "Z\u00fcrich"]


def test_very_long_line() -> None:
    line = "word " * 200_000
    assert blocks(line + "\n\nend") == [line.strip(), "end"]


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0é")), max_size=200))
def test_offsets_index_the_original_and_never_overlap(text: str) -> None:
    previous_end = 0
    for start, end in segment_text(text):
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end
