"""How often cleaning a cleaned document changes it again (held-out documents).

Cleaning should be a fixed point: what survives one cleaning should survive
the next. The model reads each block in its context, and removing an insert
changes its neighbours' context, so a second pass can remove a block the
first one kept. This prints the share of held-out documents that a second
cleaning leaves unchanged.

    python scripts/bench_idempotence.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

from detector import Detector
from detector.corpus.dataset import load_corpus, make_splits
from detector.corpus.inject import InjectionConfig

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--seed", type=int, default=13, help="The training seed (it fixes the held-out split)."
    )
    args = parser.parse_args()
    splits = make_splits(load_corpus(REPO / "training_data"), InjectionConfig(seed=args.seed))
    detector = Detector.load(args.model)
    texts = [d.source for d in splits.heldout]
    once = list(detector.clean_many(texts))
    twice = list(detector.clean_many(once))
    same = sum(a == b for a, b in zip(once, twice))
    changed = [d.id for d, a, b in zip(splits.heldout, once, twice) if a != b]
    print(
        f"held-out documents: {len(texts)}; unchanged by a second cleaning: {same} ({same / len(texts):.1%})"
    )
    print("changed again:", ", ".join(changed[:20]) + (" …" if len(changed) > 20 else ""))


if __name__ == "__main__":
    main()
