"""The cleaner: the input with removed blocks cut out, everything kept byte for byte."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from detector.blocks import Block


def render(source: str, blocks: Sequence[Block], removed: Sequence[bool]) -> str:
    """Concatenate the kept blocks with the input's own separators.

    Between two kept blocks goes the separator that followed the first of them
    in the input; the text before the first block and after the last block is
    kept as it was. A document whose blocks are all removed becomes empty.
    """
    kept = [b for b, gone in zip(blocks, removed) if not gone]
    if not kept:
        return ""
    if len(kept) == len(blocks):
        return source
    following = {id(b): source[b.end : nxt.start] for b, nxt in pairwise(blocks)}
    parts = [source[: blocks[0].start]]
    for i, block in enumerate(kept):
        parts.append(source[block.start : block.end])
        if i + 1 < len(kept):
            parts.append(following[id(block)])
    parts.append(source[blocks[-1].end :])
    return "".join(parts)
