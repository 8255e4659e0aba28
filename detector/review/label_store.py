"""The labels of the labelling page, kept in a file that ``detector train --data`` reads.

The file is a ``detector export`` (JSON Lines or CSV by its ending): one row
a block of every document on the page, ``gold`` filled where a person
labelled. It is rewritten whole after every change, to a temporary file then
renamed into place, so it is always complete and a crash loses at most the
change being saved. An existing file is resumed: its gold labels come back
on the page, and its rows of documents not on the page are written back
unchanged, so no label a person gave is ever dropped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detector.corpus.user_labels import parse_label, read_rows
from detector.errors import DataError, UsageError
from detector.export import COLUMNS, write_export

LABEL_SUFFIXES = (".jsonl", ".csv")

Key = tuple[str, str, int]
"""(source, document, block index): what identifies a row across runs."""


@dataclass
class LabelStore:
    """The rows of the page, the rows carried over from an earlier file, and where they are saved."""

    out: Path
    rows: list[dict[str, Any]]
    carried: list[dict[str, Any]] = field(default_factory=list)
    """Rows of an earlier file whose documents are not on the page."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Held while a label is set and the file written: the server answers requests in threads."""

    @classmethod
    def open(cls, out: Path, rows: list[dict[str, Any]]) -> LabelStore:
        """A store for ``rows`` saving to ``out``, with the gold labels ``out`` already holds."""
        if not out.name.lower().endswith(LABEL_SUFFIXES):
            raise UsageError(f"{out}: the labels file is .jsonl or .csv (a `detector export` file)")
        if out.is_dir():
            raise UsageError(f"{out}: is a directory; --out names the labels file")
        store = cls(out, [{column: row[column] for column in COLUMNS} for row in rows])
        if out.exists():
            store._resume()
        return store

    def _resume(self) -> None:
        positions = {_key(row): n for n, row in enumerate(self.rows)}
        for where, row in read_rows(self.out):
            try:
                key = _key(row)
            except (TypeError, ValueError) as error:
                raise DataError(f"{where}: index {row.get('index')!r} is not a whole number") from error
            n = positions.get(key)
            if n is None:
                self.carried.append({column: row.get(column, "") for column in COLUMNS})
                continue
            if row["text"] != self.rows[n]["text"]:
                raise DataError(
                    f"{where}: block {key[2]} of document {key[1]!r} is not the block of that document in "
                    "the input; label into another file"
                )
            self.rows[n]["gold"] = normalise_gold(row.get("gold"), where)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def labelled(self) -> int:
        return sum(1 for row in self.rows if row["gold"])

    def set_gold(self, changes: list[tuple[int, str]]) -> None:
        """Set the gold label of rows (an empty label clears it) and save; all changes, or none."""
        checked = []
        for n, gold in changes:
            if not 0 <= n < len(self.rows):
                raise DataError(f"no block {n} (the page has {len(self.rows)})")
            checked.append((n, normalise_gold(gold, f"block {n}")))
        with self.lock:
            for n, gold in checked:
                self.rows[n]["gold"] = gold
            self.save()

    def save(self) -> None:
        """Write every row to ``out``: a temporary file, renamed into place when complete."""
        write_export(iter([*self.rows, *self.carried]), self.out)


def normalise_gold(value: object, where: str) -> str:
    """``content``, ``boilerplate``, ``promo`` or ``promo/<kind>`` as training reads it; "" for none."""
    parsed = parse_label(value, where, "gold")
    if parsed is None:
        return ""
    label, kind = parsed
    return f"{label}/{kind}" if kind else label


def _key(row: dict[str, Any]) -> Key:
    return (str(row.get("source") or ""), str(row["document"]), int(row["index"]))
