"""Test helpers: a small corpus cut from the real one, and documents for the review pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import REPO

BASE_DOCUMENTS = 96
INSERTS = 400


def small_corpus(target: Path) -> Path:
    """Cut a slice of fixed size from the corpus: every language and kind, in their shares.

    Each language's base documents (and each language and kind's inserts) get their share of
    the slice, taken evenly spaced through the corpus files, so the slice covers the whole
    corpus and the tests that train on it do not slow down as the corpus grows.
    """
    slices = (("base", ("lang",), BASE_DOCUMENTS), ("inserts", ("lang", "kind"), INSERTS))
    for folder, keys, size in slices:
        groups: dict[tuple[str, ...], list[str]] = {}
        for path in sorted((REPO / "training_data" / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
                record = json.loads(line)
                groups.setdefault(tuple(record[key] for key in keys), []).append(line)
        total = sum(len(lines) for lines in groups.values())
        (target / folder).mkdir(parents=True, exist_ok=True)
        for group, lines in sorted(groups.items()):
            taken = min(len(lines), max(2, round(len(lines) * size / total)))
            chosen = [lines[i * len(lines) // taken] for i in range(taken)]
            (target / folder / f"{'-'.join(group)}.jsonl").write_text("".join(chosen), encoding="utf-8")
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
