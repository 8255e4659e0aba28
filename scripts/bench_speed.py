"""Throughput and peak memory of `Detector.clean_many` on one core.

Builds N plain-text documents of 2-4 KB by recombining training documents
(blocks of several base documents, with inserts among them), cleans them
with the bundled model (or --model) in one process limited to one thread, as
settled by default (cleaned text classified again until nothing more goes, and
spliced sentences cut), with --whole-paragraphs (settled, no sentence check)
and with --single-pass --whole-paragraphs (the fastest), each in a process of its
own (so that no mode finds the feature memos warmed by another), and prints
documents per second and peak resident memory. A C4-style line filter
runs over the same documents in the same run as a speed reference.

    python scripts/bench_speed.py --documents 10000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

from detector import Detector
from detector.corpus.dataset import load_corpus

REPO = Path(__file__).resolve().parents[1]
C4_ENDINGS = (".", "?", "!", '"', "'", "\u201d", "\u2019")


def build_documents(count: int, seed: int) -> list[str]:
    """Deterministic 2-4 KB documents made of training blocks."""
    corpus = load_corpus(REPO / "training_data")
    blocks = [b.text for d in corpus.base for b in d.blocks]
    inserts = [b.text for i in corpus.inserts for b in i.blocks]
    rng = random.Random(seed)
    documents = []
    for _ in range(count):
        target = rng.randint(2048, 4096)
        parts: list[str] = []
        size = 0
        while size < target:
            text = rng.choice(inserts) if rng.random() < 0.1 else rng.choice(blocks)
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
        documents.append("\n\n".join(parts))
    return documents


def c4_filter(text: str) -> str:
    """The C4 line rules (terminal punctuation, at least 3 words, no policy lines): a speed reference."""
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            stripped.endswith(C4_ENDINGS)
            and len(stripped.split()) >= 3
            and "javascript" not in stripped.lower()
        ):
            kept.append(line)
    return "\n".join(kept)


MODES = {
    "settled": ("settled (default)", True, True),
    "whole": ("--whole-paragraphs", True, False),
    "single": ("--single-pass --whole-paragraphs", False, False),
}
"""Each mode: its label, whether it settles, whether it cuts spliced sentences."""


def time_mode(documents: list[str], model: str | None, mode: str) -> dict[str, float]:
    """Clean the documents in one mode; seconds, characters removed and peak memory of this process."""
    _, settle, splices = MODES[mode]
    with threadpool_limits(1):
        detector = Detector.load(model, settle=settle, splices=splices)
        detector.clean("warm up\n\nthe model")
        start = time.perf_counter()
        removed = sum(len(d) - len(c) for d, c in zip(documents, detector.clean_many(documents)))
        elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "removed": removed, "peak_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=sorted(MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    documents = build_documents(args.documents, args.seed)
    if args.mode:  # one mode in a process of its own: every mode starts with cold feature memos
        print(json.dumps(time_mode(documents, args.model, args.mode)))
        return
    timings: dict[str, dict[str, float]] = {}
    for mode in MODES:
        command = [sys.executable, __file__, "--documents", str(args.documents), "--seed", str(args.seed)]
        command += ["--mode", mode] + (["--model", args.model] if args.model else [])
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        timings[mode] = json.loads(result.stdout.strip().splitlines()[-1])
    start = time.perf_counter()
    for document in documents:
        c4_filter(document)
    peer = time.perf_counter() - start
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    print(f"documents: {len(documents)} ({megabytes:.1f} MB, mean {megabytes * 1e3 / len(documents):.1f} KB)")
    for mode, timing in timings.items():
        elapsed = timing["seconds"]
        print(
            f"detector, {MODES[mode][0]}: {len(documents) / elapsed:.0f} documents/s on one core "
            f"({megabytes / elapsed:.2f} MB/s), {timing['removed']:.0f} characters removed; "
            f"time ratio to the C4 line filter {elapsed / peer:.1f}; peak resident memory "
            f"{timing['peak_mb']:.0f} MB"
        )
    print(f"C4 line filter: {len(documents) / peer:.0f} documents/s")


if __name__ == "__main__":
    main()
