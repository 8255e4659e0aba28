"""Promotional inserts: the runs of promo blocks the generator splices into documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from detector.blocks import Kind, Label
from detector.corpus.labelled import LabelledBlock, parse_document, read_jsonl
from detector.errors import DataError

_KINDS = {kind.value for kind in Kind}


@dataclass
class Insert:
    """One insert: 1–6 promo blocks that appear together."""

    id: str
    lang: str
    kind: str
    topic: str
    blocks: list[LabelledBlock]
    marked: bool = False
    inline: bool = False
    genres: tuple[str, ...] = ()

    def fits(self, genre: str) -> bool:
        return not self.genres or genre in self.genres


def read_inserts(paths: Iterable[Path]) -> list[Insert]:
    """Every insert of the given files; ids must be unique and blocks must be promo."""
    inserts: list[Insert] = []
    seen: set[str] = set()
    for path in paths:
        for where, raw in read_jsonl(path):
            document = parse_document(raw, where)
            kind = document.meta.get("kind")
            if kind not in _KINDS:
                raise DataError(f"{where}: insert {document.id!r} has unknown kind {kind!r}")
            if any(b.label != Label.PROMO.value or b.kind != kind for b in document.blocks):
                raise DataError(f"{where}: insert {document.id!r} must hold promo blocks of kind {kind}")
            if document.id in seen:
                raise DataError(f"{where}: duplicate insert id {document.id!r}")
            inline = bool(document.meta.get("inline"))
            if inline and len(document.blocks) != 1:
                raise DataError(f"{where}: inline insert {document.id!r} must have exactly one block")
            seen.add(document.id)
            inserts.append(
                Insert(
                    id=document.id,
                    lang=document.lang,
                    kind=kind,
                    topic=str(document.meta.get("topic", "general")),
                    blocks=document.blocks,
                    marked=bool(document.meta.get("marked")),
                    inline=inline,
                    genres=tuple(document.meta.get("genres") or ()),
                )
            )
    return inserts
