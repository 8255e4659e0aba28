"""Read and write labelled documents in the LABELS.md JSON Lines format.

A document's text is its blocks joined by a blank line; a block marked
``"join": "inline"`` continues the previous paragraph after one space.
Errors name the file and the line, so a person can fix the data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detector.blocks import Kind, Label, class_name
from detector.errors import DataError
from detector.segment import segment_text

_LABELS = {label.value for label in Label}
_KINDS = {kind.value for kind in Kind}
PARAGRAPH_SEPARATOR = "\n\n"
LINE_SEPARATOR = "\n"
INLINE_SEPARATOR = " "
LINES_LAYOUT = "lines"
"""``meta["layout"]`` of a document laid out one block per line (crawl text, trafilatura output)."""


@dataclass
class LabelledBlock:
    """One gold block."""

    text: str
    label: str
    kind: str | None = None
    inline: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "label": self.label}
        if self.kind:
            out["kind"] = self.kind
        if self.inline:
            out["join"] = "inline"
        return out


@dataclass
class LabelledDocument:
    """A gold document; ``meta`` keeps every other field of its line."""

    id: str
    lang: str
    blocks: list[LabelledBlock]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def separator(self) -> str:
        return LINE_SEPARATOR if self.meta.get("layout") == LINES_LAYOUT else PARAGRAPH_SEPARATOR

    @property
    def text(self) -> str:
        parts: list[str] = []
        for i, block in enumerate(self.blocks):
            if i:
                parts.append(INLINE_SEPARATOR if block.inline else self.separator)
            parts.append(block.text)
        return "".join(parts)

    @property
    def source(self) -> str:
        """What the detector reads: the text itself (a labelled page gives its markup)."""
        return self.text

    @property
    def source_id(self) -> str:
        """The id of the article this document was made from (its variants share it)."""
        return str(self.meta.get("source", self.id))

    @property
    def has_promo(self) -> bool:
        return any(b.label == Label.PROMO.value for b in self.blocks)

    def gold_spans(self) -> list[tuple[int, int, str]]:
        """Each gold block's (start, end, class) in ``text``."""
        spans = []
        position = 0
        for i, block in enumerate(self.blocks):
            if i:
                position += len(INLINE_SEPARATOR if block.inline else self.separator)
            spans.append((position, position + len(block.text), class_name(block.label, block.kind)))
            position += len(block.text)
        return spans

    def segment_classes(self) -> tuple[list[str], list[str]]:
        """The texts the segmenter finds in this document and the gold class of each.

        A paragraph that mixes gold blocks (a spliced sentence) takes the
        class covering most of its characters.
        """
        text = self.text
        spans = self.gold_spans()
        texts, classes = [], []
        for start, end in segment_text(text):
            texts.append(text[start:end])
            classes.append(covering_class(spans, start, end))
        return texts, classes

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "lang": self.lang, "format": "text"}
        out.update({k: v for k, v in self.meta.items() if k not in {"id", "lang", "format", "blocks"}})
        out["blocks"] = [b.to_json() for b in self.blocks]
        return out


def covering_class(spans: Sequence[tuple[int, int, str]], start: int, end: int) -> str:
    """The gold class covering most characters of ``[start, end)`` (content where none does)."""
    cover: dict[str, int] = {}
    for gold_start, gold_end, cls in spans:
        overlap = min(end, gold_end) - max(start, gold_start)
        if overlap > 0:
            cover[cls] = cover.get(cls, 0) + overlap
    return max(cover, key=lambda c: cover[c]) if cover else Label.CONTENT.value


def _parse_block(raw: Any, where: str) -> LabelledBlock:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: a block must be an object, got {type(raw).__name__}")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DataError(f"{where}: a block has empty or missing text")
    label = raw.get("label")
    if label not in _LABELS:
        raise DataError(f"{where}: unknown label {label!r} (expected one of {sorted(_LABELS)})")
    kind = raw.get("kind")
    if kind is not None and kind not in _KINDS:
        raise DataError(f"{where}: unknown kind {kind!r} (expected one of {sorted(_KINDS)})")
    join = raw.get("join")
    if join not in (None, "inline"):
        raise DataError(f'{where}: unknown join {join!r} (only "inline" is allowed)')
    return LabelledBlock(text=text, label=label, kind=kind, inline=join == "inline")


def parse_document(raw: Any, where: str) -> LabelledDocument:
    """Validate one decoded JSON line as a labelled document."""
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise DataError(f"{where}: missing document id")
    blocks_raw = raw.get("blocks")
    if not isinstance(blocks_raw, list) or not blocks_raw:
        raise DataError(f"{where}: document {doc_id!r} has no blocks")
    blocks = [_parse_block(b, f"{where}: document {doc_id!r}") for b in blocks_raw]
    if blocks[0].inline:
        raise DataError(f"{where}: document {doc_id!r} starts with an inline block")
    meta = {k: v for k, v in raw.items() if k not in {"id", "lang", "blocks"}}
    return LabelledDocument(id=doc_id, lang=str(raw.get("lang", "und")), blocks=blocks, meta=meta)


def read_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """Decoded JSON lines of a file, each with a ``file:line`` location."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror})") from error
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{where}: invalid JSON ({error.msg})") from error
            except UnicodeDecodeError as error:
                raise DataError(f"{where}: not UTF-8 ({error.reason})") from error


def read_documents(paths: Iterable[Path]) -> list[LabelledDocument]:
    """All labelled documents of the given files; ids must be unique."""
    documents: list[LabelledDocument] = []
    seen: dict[str, str] = {}
    for path in paths:
        for where, raw in read_jsonl(path):
            document = parse_document(raw, where)
            if document.id in seen:
                raise DataError(f"{where}: duplicate id {document.id!r} (first at {seen[document.id]})")
            seen[document.id] = where
            documents.append(document)
    return documents


def write_documents(documents: Iterable[LabelledDocument], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")


def read_document_paths(paths: Iterable[Path]) -> list[LabelledDocument]:
    """Labelled documents of files and of directories (their ``.jsonl`` files, in path order)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.jsonl"))
            if not found:
                raise DataError(f"{path}: no .jsonl file in the directory")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise DataError(f"{path}: no such file or directory")
    return read_documents(files)
