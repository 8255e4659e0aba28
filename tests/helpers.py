"""Test helpers: a small corpus cut from the real one, and documents for the review pages."""

from __future__ import annotations

import json
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


HOSTILE = (
    "Council approves the new footbridge over the Wend after a long debate about its cost "
    "<script>window.pwned = 1</script> and the views from the old quay.\n\n"
    'Residents asked for lighting on the ramps <img src="x" onerror="window.pwned = 2"> and for benches '
    "on both banks; the works start in spring and should end before the autumn fair.\n\n"
    'Get 50% off hearing aids today with code SAVE50 at hearfast.example "}</script><script>window.pwned = 3'
    "</script> {{css}} order now while stocks last!"
)
"""A document whose text tries to run script in a page that shows it."""


def review_corpus(target: Path, documents: int = 6) -> Path:
    """A JSONL corpus: real documents with inserts spliced in, then the hostile one."""
    source = REPO / "training_data" / "documents" / "en-embedded.jsonl"
    lines = source.read_text(encoding="utf-8").splitlines()[:documents]
    texts = ["\n\n".join(b["text"] for b in json.loads(line)["blocks"]) for line in lines]
    rows = [{"id": f"doc-{i}", "text": t} for i, t in enumerate([*texts, HOSTILE])]
    path = target / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
