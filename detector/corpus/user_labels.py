"""Blocks people labelled themselves (a filled-in ``detector export``) as training documents.

An export has one row per block: ``document``, ``source``, ``index``,
``text``, the model's ``label`` and a ``gold`` column a person fills in. A
document comes back whole (its blocks in index order, joined by a blank line)
so that the model learns each block in its context; a block keeps its gold
label where one was given and the model's label elsewhere. Documents without
any gold label are left out: they would only teach the model its own
predictions. Every error names the file and the line.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from detector.blocks import Kind, Label
from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.errors import DataError

REQUIRED_COLUMNS = ("document", "index", "text", "gold")
_LABELS = {label.value for label in Label}
_KINDS = {kind.value for kind in Kind}


def read_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each row of a CSV or JSONL export with its ``file:line``; a malformed file is a DataError."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror})") from error
    with handle:
        if path.name.lower().endswith(".csv"):
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(
                    f"{path}:1: missing column(s) {', '.join(missing)} (a `detector export` file has them)"
                )
            for row in reader:
                yield f"{path}:{reader.line_num}", row
            return
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{where}: invalid JSON ({error.msg})") from error
            if not isinstance(row, dict):
                raise DataError(f"{where}: expected a JSON object, got {type(row).__name__}")
            missing = [c for c in REQUIRED_COLUMNS if c not in row]
            if missing:
                raise DataError(f"{where}: missing field(s) {', '.join(missing)}")
            yield where, row


def parse_label(value: object, where: str, column: str) -> tuple[str, str | None] | None:
    """(label, kind) of a ``content`` / ``promo`` / ``promo/<kind>`` / ``boilerplate`` cell; None if empty."""
    text = str(value or "").strip().lower()
    if not text:
        return None
    label, _, kind = text.partition("/")
    if label not in _LABELS or (kind and (label != Label.PROMO.value or kind not in _KINDS)):
        raise DataError(
            f"{where}: unknown {column} {value!r} (expected content, promo, promo/<kind> or boilerplate; "
            f"kinds: {', '.join(sorted(_KINDS))})"
        )
    return label, kind or None


def read_user_labels(paths: Iterable[Path]) -> list[LabelledDocument]:
    """The labelled documents of export files; documents without a gold label are left out."""
    documents: dict[tuple[str, str], list[tuple[int, LabelledBlock, bool]]] = {}
    first_seen: dict[tuple[str, str, int], str] = {}
    for path in paths:
        for where, row in read_rows(path):
            key = (str(row.get("source") or path.name), str(row["document"]))
            try:
                index = int(row["index"])
            except (TypeError, ValueError) as error:
                raise DataError(f"{where}: index {row['index']!r} is not a whole number") from error
            text = row["text"]
            if not isinstance(text, str) or not text.strip():
                raise DataError(f"{where}: block {index} of document {key[1]!r} has empty text")
            if (*key, index) in first_seen:
                raise DataError(
                    f"{where}: document {key[1]!r} has block {index} twice "
                    f"(first at {first_seen[(*key, index)]})"
                )
            first_seen[(*key, index)] = where
            gold = parse_label(row.get("gold"), where, "gold")
            chosen = gold or parse_label(row.get("label"), where, "label")
            if chosen is None:
                raise DataError(f"{where}: block {index} has neither a gold nor a predicted label")
            block = LabelledBlock(text=text, label=chosen[0], kind=chosen[1])
            documents.setdefault(key, []).append((index, block, gold is not None))
    out = []
    for (source, name), blocks in documents.items():
        blocks.sort(key=lambda item: item[0])
        indexes = [i for i, _, _ in blocks]
        if indexes != list(range(len(indexes))):
            gap = next(i for n, i in enumerate(indexes) if i != n)
            raise DataError(
                f"{first_seen[(source, name, gap)]}: block {gap} of document {name!r} does not follow "
                f"the blocks before it (blocks 0-{len(indexes) - 1} expected): export whole documents"
            )
        if any(labelled for _, _, labelled in blocks):
            out.append(
                LabelledDocument(
                    id=f"user:{source}:{name}",
                    lang="und",
                    blocks=[b for _, b, _ in blocks],
                    meta={"source": f"user:{source}:{name}", "user": True},
                )
            )
    return out
