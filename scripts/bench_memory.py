"""Peak memory and time of cleaning one very large page, with and without the time budget.

Builds a 50 MB HTML page (article sections with headings, paragraphs, ad slots
and scripts, repeated), cleans it in a fresh process per setting and prints
that process's peak resident memory (VmHWM) beside the peak of a process that
only loads the model, so the page's own cost is the difference.

    python scripts/bench_memory.py            # 50 MB, default budget and no budget
    python scripts/bench_memory.py --mb 10
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
import detector
from detector.errors import TimeBudgetExceeded

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

size, budget = int(sys.argv[1]), float(sys.argv[2])
model = detector.Detector.load(time_budget=budget or None)
loaded = peak_mb()
outcome, seconds = "model only", 0.0
if size:
    paragraph = ("<p>The harbour authority said on Tuesday that the night ferries would keep running "
                 "through the winter, after a month of talks with the crews' union.</p>\n")
    unit = ("<div class='story'><h2>Section heading</h2>" + paragraph * 8
            + "<div class='ad-slot'><span>Advertisement</span><a href='https://shop.example/k' "
            "rel='sponsored'>The Brightline kettle, 30% off today</a></div>"
            "<script>var x = 1;</script></div>\n")
    page = "<html><body><article>" + unit * (size // len(unit)) + "</article></body></html>"
    started = time.perf_counter()
    try:
        cleaned = model.clean(page)
        outcome = f"cleaned ({len(cleaned) / 1e6:.1f} MB of text kept)"
    except TimeBudgetExceeded as error:
        outcome = f"left uncleaned: {error}"
    seconds = time.perf_counter() - started
print(json.dumps({"loaded_mb": loaded, "peak_mb": peak_mb(), "seconds": seconds, "outcome": outcome}))
"""


def run(size: int, budget: float) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(size), str(budget)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=50.0, help="Page size in MB.")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    base = run(0, 0)
    print(f"model loaded: peak {base['peak_mb']:.0f} MB")
    for budget in (5.0, 0.0):
        figures = run(size, budget)
        label = f"budget {budget:g} s" if budget else "no budget"
        print(
            f"{args.mb:g} MB page, {label}: {figures['seconds']:.1f} s, peak {figures['peak_mb']:.0f} MB "
            f"(+{float(figures['peak_mb']) - float(base['peak_mb']):.0f} MB over the loaded model); "
            f"{figures['outcome']}"
        )


if __name__ == "__main__":
    main()
