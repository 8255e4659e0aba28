"""Counts of the training corpus, as Markdown tables for training_data/README.md.

python scripts/corpus_stats.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from detector.corpus.dataset import load_corpus, make_splits
from detector.corpus.inject import InjectionConfig

REPO = Path(__file__).resolve().parents[1]


def table(title: str, counts: Counter[str]) -> str:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {value} |" for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def main() -> None:
    corpus = load_corpus(REPO / "training_data")
    splits = make_splits(corpus, InjectionConfig())
    documents = corpus.base + corpus.complete
    blocks = Counter(b.label for d in documents for b in d.blocks)
    blocks.update(b.label for i in corpus.inserts for b in i.blocks)
    print(f"- base documents: {len(corpus.base)}; complete documents: {len(corpus.complete)}")
    print(f"- inserts: {len(corpus.inserts)} ({sum(i.inline for i in corpus.inserts)} inline-capable)")
    hard = sum(bool(d.meta.get("hard_negative")) for d in documents)
    with_boilerplate = sum(any(b.label == "boilerplate" for b in d.blocks) for d in documents)
    print(f"- hard negatives: {hard} ({hard / len(documents):.0%}); with boilerplate: {with_boilerplate}")
    topical = sum(i.topic != "general" for i in corpus.inserts)
    print(f"- inserts on a specific topic: {topical} ({topical / len(corpus.inserts):.0%})")
    print(f"- generated training documents: {len(splits.train)}; held-out documents: {len(splits.heldout)}")
    print()
    print(table("language (documents)", Counter(d.lang for d in documents)))
    print()
    print(table("genre (documents)", Counter(str(d.meta.get("genre", "unknown")) for d in documents)))
    print()
    print(table("label (blocks)", blocks))
    print()
    print(table("kind (inserts)", Counter(i.kind for i in corpus.inserts)))
    print()
    print(table("language (inserts)", Counter(i.lang for i in corpus.inserts)))


if __name__ == "__main__":
    main()
