"""Render sample labelled HTML pages from the training corpus, to look at.

python scripts/render_pages.py --out pages_sample --count 12

Pages are drawn across templates: page k uses template k modulo the number of
templates, on a training document chosen with the seed, so a dozen pages show
a dozen site styles.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from detector.corpus.dataset import load_corpus, make_splits
from detector.corpus.inject import InjectionConfig
from detector.corpus.pages import TEMPLATES, page_rng, render_page_with

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEED = 13


def sample_pages(count: int, seed: int) -> list[tuple[str, str]]:
    """(file name, page) for ``count`` training documents, templates taken in turn."""
    corpus = load_corpus(REPO / "training_data")
    documents = make_splits(corpus, InjectionConfig()).train
    picked = random.Random(seed).sample(documents, min(count, len(documents)))
    out = []
    for index, document in enumerate(picked):
        template = TEMPLATES[index % len(TEMPLATES)]
        name = f"{index:03d}-{template}-{re.sub(r'[^A-Za-z0-9_.-]', '_', document.id)}.html"
        out.append((name, render_page_with(document, template, page_rng(seed, document))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="directory to write the pages to")
    parser.add_argument("--count", type=int, default=12, help="number of pages (default 12)")
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, page in sample_pages(args.count, args.seed):
        (args.out / name).write_text(page, encoding="utf-8")
        print(args.out / name)


if __name__ == "__main__":
    main()
