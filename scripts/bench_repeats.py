"""What counting repeated blocks across a corpus (`detector batch --corpus-stats`) adds.

Builds a corpus the model never trained on: the held-out base documents,
into which a few held-out inserts (never seen in training) are each injected
many times, as an ad campaign spreads over a crawl. Text that recurs
legitimately is added too: a reporter's bio line closing a quarter of the
documents, and one story syndicated in several copies. The bundled model
cleans it once as is and once with the repeat counts, and the script prints
promo recall on the recurring inserts, content kept, and what became of the
recurring content.

    python scripts/bench_repeats.py
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from detector import Detector
from detector.corpus.dataset import load_corpus
from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.corpus.split import is_heldout
from detector.evaluate import Evaluation, gold_and_predicted
from detector.repeats import DEFAULT_MIN_REPEATS, RepeatCounts, apply_repeats

REPO = Path(__file__).resolve().parents[1]
BIO = "Mirela Tănase reports on transport and regional affairs for the Lower Danube Courier."


def build_corpus(seed: int, campaigns: int, copies: int) -> list[LabelledDocument]:
    corpus = load_corpus(REPO / "training_data")
    rng = random.Random(seed)
    base = [d for d in corpus.base if is_heldout(d.id) and len(d.blocks) >= 3]
    inserts = [i for i in corpus.inserts if is_heldout(i.id) and not i.inline]
    documents = [LabelledDocument(d.id, d.lang, list(d.blocks), {}) for d in base]
    for insert in rng.sample(inserts, campaigns):
        for document in rng.sample(documents, copies):
            at = rng.randint(1, len(document.blocks) - 1)
            document.blocks[at:at] = [
                LabelledBlock(b.text, "promo", b.kind or insert.kind) for b in insert.blocks
            ]
    for document in rng.sample(documents, len(documents) // 4):
        document.blocks.append(LabelledBlock(BIO, "content"))
    story = rng.choice(base)
    documents += [
        LabelledDocument(f"{story.id}-copy-{n}", story.lang, list(story.blocks), {}) for n in range(8)
    ]
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--campaigns", type=int, default=8, help="Inserts that recur across the corpus.")
    parser.add_argument("--copies", type=int, default=12, help="Documents each of them is injected into.")
    parser.add_argument("--min-repeats", type=int, default=DEFAULT_MIN_REPEATS)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    documents = build_corpus(args.seed, args.campaigns, args.copies)
    detector = Detector.load(args.model)
    texts = [d.source for d in documents]
    parsed = list(detector.classify_many(texts))
    counts = RepeatCounts()
    for blocks in parsed:
        counts.add_document(blocks)
    for label, use_repeats in (("model alone", False), ("with repeat counts", True)):
        evaluation = Evaluation()
        bio_kept = bio_total = 0
        for document, blocks in zip(documents, detector.classify_many(texts)):
            if use_repeats:
                estimates = counts.estimates([b.text for b in blocks])
                apply_repeats(blocks, estimates, detector.threshold, args.min_repeats)
            evaluation.add(document, blocks)
            for gold, predicted in gold_and_predicted(document, blocks):
                if gold.text == BIO:
                    bio_total += 1
                    bio_kept += predicted == "content"
        report = evaluation.report()
        print(
            f"{label}: promo recall {report['promo_recall']:.4f}, content kept {report['content_kept']:.4f}, "
            f"promo precision {report['per_label']['promo']['precision']:.4f}; "
            f"bio line kept {bio_kept}/{bio_total}"
        )
    print(
        f"corpus: {len(documents)} documents, {args.campaigns} inserts each in {args.copies} documents, "
        f"a bio line in {bio_total} documents, one story in 9 copies"
    )


if __name__ == "__main__":
    main()
