"""Throughput and memory of `detector batch` over a JSONL corpus, by worker count and corpus size.

Builds a corpus of N plain-text documents of 2-4 KB (recombined training
blocks, as `bench_speed.py` does) and one of N/4, then runs `detector batch`
as a separate process: on N documents with 1 and with 2 workers (the speed-up),
and on N/4 documents with 2 workers (memory must not grow with the corpus).
A plain read-parse-write pass over the same file, in this process, is the
I/O floor the run is compared with. Peak memory is each process's own
high-water mark (``VmHWM``, sampled for the workers while they run); the
``ru_maxrss`` of a child would include the memory of the process that started
it.

    python scripts/bench_batch.py --documents 100000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import build_documents

REPORT = """
import json, os, sys, threading, time

def high_water(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children():
    found = set()
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children") as listing:
                found.update(int(p) for p in listing.read().split())
        except OSError:
            pass
    return found

workers = {}
def watch():
    while True:
        for pid in children():
            workers[pid] = max(workers.get(pid, 0.0), high_water(pid))
        time.sleep(0.2)

threading.Thread(target=watch, daemon=True).start()
sys.argv = ["detector"] + sys.argv[1:]
try:
    from detector.cli import main
    main()
except SystemExit as stop:
    code = stop.code
else:
    code = 0
peaks = {"main_mb": high_water("self"), "worker_mb": max(workers.values(), default=0.0)}
print(json.dumps(peaks), file=sys.stderr)
sys.exit(code or 0)
"""


def run(corpus: Path, out: Path, workers: int, model: str | None, extra: list[str]) -> dict[str, float]:
    """One `detector batch` process: its wall time and peak memory."""
    command = [sys.executable, "-c", REPORT, "batch", str(corpus), str(out), "--workers", str(workers)]
    if model:
        command += ["--model", model]
    command += extra
    start = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"}
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(result.stderr)
    memory = json.loads(result.stderr.strip().splitlines()[-1])
    return {"seconds": elapsed, **memory}


def io_floor(corpus: Path, out: Path) -> float:
    """Seconds to read, parse and write the corpus as JSONL with nothing cleaned."""
    start = time.perf_counter()
    with corpus.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as target:
        for line in source:
            record = json.loads(line)
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
    return time.perf_counter() - start


def write_corpus(path: Path, size: int, seed: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for n, text in enumerate(build_documents(size, seed)):
            handle.write(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--single-pass", action="store_true", help="Pass --single-pass to detector batch (classify once)."
    )
    parser.add_argument(
        "--whole-paragraphs",
        action="store_true",
        help="Pass --whole-paragraphs to detector batch (no check for spliced sentences).",
    )
    args = parser.parse_args()
    extra = ["--single-pass"] if args.single_pass else []
    extra += ["--whole-paragraphs"] if args.whole_paragraphs else []
    size, small = args.documents, max(args.documents // 4, 1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus, corpus_small = root / "corpus.jsonl", root / "corpus-small.jsonl"
        write_corpus(corpus, size, args.seed)
        write_corpus(corpus_small, small, args.seed + 1)
        megabytes = corpus.stat().st_size / 1e6
        floor = io_floor(corpus, root / "floor.jsonl")
        print(
            f"corpus: {size} documents, {megabytes:.0f} MB; "
            f"read-parse-write floor {size / floor:,.0f} documents/s"
        )
        rates = {}
        for workers in (1, 2):
            figures = run(corpus, root / f"out-{workers}.jsonl", workers, args.model, extra)
            rates[workers] = size / figures["seconds"]
            print(
                f"{size} documents, {workers} worker(s): {rates[workers]:,.0f} documents/s "
                f"(start-up included; {figures['seconds'] / floor:.0f}x the I/O floor), peak memory: "
                f"main {figures['main_mb']:.0f} MB, largest worker {figures['worker_mb']:.0f} MB"
            )
        print(f"speed-up of 2 workers over 1: {rates[2] / rates[1]:.2f}")
        figures = run(corpus_small, root / "out-small.jsonl", 2, args.model, extra)
        print(
            f"{small} documents, 2 workers: peak memory main {figures['main_mb']:.0f} MB, "
            f"largest worker {figures['worker_mb']:.0f} MB (memory flat in corpus size when these match)"
        )


if __name__ == "__main__":
    main()
