"""Sentences of a paragraph, as spans into it: where a spliced promotional sentence can be cut.

An ad spliced *inside* a paragraph ("… said the mayor. Bet on Tuesday's game
with CourtBet. The council …") is one block to the paragraph segmenter, and
removing the paragraph would lose the article's sentences around it. The
splice check reads such paragraphs sentence by sentence; this module finds
the sentences. Boundaries come from sentencex (rule-based, Wikimedia's
segmenter for some 300 languages), which keeps a sentence whole across its
abbreviations ("Dr.", "z. B."); lines are never joined. sentencex never
breaks after a closing bracket, so "(Psst, want my checklist? Join the
list!) The drawer was …" is also cut after the bracket, and before an opening
one.
"""

from __future__ import annotations

import re

import sentencex

SENTENCE_LANGUAGE = "en"
"""sentencex's rules used for every text: the language of a document is not known here,
and the rules differ mostly in their abbreviations (an unknown one splits a sentence in
two, which the splice check reads as two short sentences)."""
MAX_SENTENCES = 60
"""Sentences of one paragraph read by the splice check (a longer paragraph is left whole)."""

_UPPER = "A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ0-9"
_SURROGATE = re.compile("[\ud800-\udfff]")
_BRACKET_BREAK = re.compile(
    rf"(?<=[.!?…][)\]\"”»’])\s+(?=[\"“«(\[]?[{_UPPER}])"  # "… yours!) The drawer"
    rf"|(?<=[.!?…])\s+(?=[(\[][{_UPPER}])"  # "… problem. (Psst"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, without surrounding whitespace, in order."""
    spans: list[tuple[int, int]] = []
    # sentencex reads UTF-8, which a lone surrogate is not; U+FFFD keeps every offset.
    readable = _SURROGATE.sub("\ufffd", text)
    for boundary in sentencex.get_sentence_boundaries(SENTENCE_LANGUAGE, readable):
        start, end = int(boundary["start_index"]), int(boundary["end_index"])
        for piece_start, piece_end in _pieces(text, start, end):
            stripped = _strip(text, piece_start, piece_end)
            if stripped is not None:
                spans.append(stripped)
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentencex sentence cut at line breaks and at the bracket boundaries it does not cut."""
    pieces: list[tuple[int, int]] = []
    position = start
    for line_break in re.finditer(r"\n", text[start:end]):
        pieces.append((position, start + line_break.start()))
        position = start + line_break.end()
    pieces.append((position, end))
    out: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        position = piece_start
        for match in _BRACKET_BREAK.finditer(text, piece_start, piece_end):
            out.append((position, match.start()))
            position = match.end()
        out.append((position, piece_end))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    if not piece.strip():
        return None
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
