"""The cleaner: the input with removed blocks cut out, everything kept byte for byte."""

from __future__ import annotations

from collections.abc import Sequence

from detector.blocks import Block

Span = tuple[int, int]
Cut = tuple[int, str]
"""Text taken out of a document: (position in the cleaned text, the text taken out)."""


def kept_spans(source: str, blocks: Sequence[Block], removed: Sequence[bool]) -> list[Span]:
    """The ranges of ``source`` the cleaned text is made of, in order and merged.

    Between two kept blocks goes the separator that followed the first of them
    in the input, unless that one stays within a line (the space between two
    sentences of a paragraph) and a removed block after it ended its line:
    then the first such line break goes, so a paragraph whose closing
    sentence is cut stays a paragraph. The text before the first block and
    after the last block is kept as it was. A document whose blocks are all
    removed (or that has no block, such as whitespace alone) keeps nothing.
    """
    kept = [i for i, gone in enumerate(removed) if not gone]
    if not kept:
        return []
    spans: list[Span] = [(0, blocks[0].start)]
    for n, i in enumerate(kept):
        spans.append((blocks[i].start, blocks[i].end))
        if n + 1 < len(kept):
            spans.append(_separator(source, blocks, i, kept[n + 1]))
    spans.append((blocks[-1].end, len(source)))
    merged: list[Span] = []
    for start, end in spans:
        if start == end:
            continue
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _separator(source: str, blocks: Sequence[Block], first: int, next_kept: int) -> Span:
    """The separator that goes between kept blocks ``first`` and ``next_kept`` (see ``kept_spans``)."""
    gaps = [(blocks[k].end, blocks[k + 1].start) for k in range(first, next_kept)]
    if "\n" not in source[gaps[0][0] : gaps[0][1]]:
        for start, end in gaps[1:]:
            if "\n" in source[start:end]:
                return start, end
    return gaps[0]


def render(source: str, blocks: Sequence[Block], removed: Sequence[bool]) -> str:
    """Concatenate the kept blocks with the input's own separators (see ``kept_spans``)."""
    return "".join(source[s:e] for s, e in kept_spans(source, blocks, removed))


def cuts(source: str, blocks: Sequence[Block], removed: Sequence[bool]) -> list[Cut]:
    """What cleaning took out of ``source``, placed in the cleaned text: enough to undo it."""
    taken: list[Cut] = []
    position = 0
    previous_end = 0
    for start, end in kept_spans(source, blocks, removed):
        if start > previous_end:
            taken.append((position, source[previous_end:start]))
        position += end - start
        previous_end = end
    if previous_end < len(source):
        taken.append((position, source[previous_end:]))
    return taken


def restore(cleaned: str, taken: Sequence[Cut]) -> str:
    """The original document from its cleaned text and its cuts (the inverse of cleaning)."""
    parts: list[str] = []
    position = 0
    for at, text in taken:
        parts.append(cleaned[position:at])
        parts.append(text)
        position = at
    parts.append(cleaned[position:])
    return "".join(parts)
