"""Test helpers: a small corpus cut from the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO

BASE_PER_FILE = 4
INSERTS_PER_FILE = 12


def small_corpus(target: Path) -> Path:
    """Copy the first lines of every corpus file: every language and kind, little volume."""
    for folder, lines in (("base", BASE_PER_FILE), ("inserts", INSERTS_PER_FILE)):
        (target / folder).mkdir(parents=True, exist_ok=True)
        for path in sorted((REPO / "training_data" / folder).glob("*.jsonl")):
            head = path.read_text(encoding="utf-8").splitlines(keepends=True)[:lines]
            (target / folder / path.name).write_text("".join(head), encoding="utf-8")
    readme = REPO / "training_data" / "README.md"
    if readme.exists():
        shutil.copy(readme, target / "README.md")
    return target
