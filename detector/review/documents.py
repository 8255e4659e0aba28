"""The documents a review or a labelling page shows: a seeded sample of any input.

A person reads a few hundred documents, not a corpus; both pages take a
uniform sample (the same one for the same seed) and hold only it.
"""

from __future__ import annotations

from dataclasses import dataclass

from detector.batch.inputs import read_items
from detector.batch.records import Item
from detector.sample import reservoir

DEFAULT_DOCUMENTS = 500
"""Documents shown when no sample size is given: a page stays quick to open and to use."""


@dataclass(frozen=True)
class Sampled:
    """A record of the input and the shard (file) it comes from."""

    source: str
    item: Item


def sample_documents(
    source: str, id_field: str | None, count: int | None, seed: int
) -> tuple[list[Sampled], int]:
    """``count`` records of ``source`` (default: all, up to ``DEFAULT_DOCUMENTS``) and the number it holds.

    Raises ``InputError`` for an input that is missing or not a corpus.
    """
    items = (Sampled(shard.name, item) for shard, item in read_items(source, id_field))
    return reservoir(items, count or DEFAULT_DOCUMENTS, seed)
