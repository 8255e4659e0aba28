"""Article-extraction quality of detector, trafilatura and readability-lxml in one run.

Scores each extractor with the benchmark's official shingle metric
(`detector.extraction_score`) on the article-extraction benchmark, read from
``../shared/bench/aeb`` beside the repository (or --bench), so our figures can
be compared with the published ones and with each other on identical input.

Every page is decompressed and decoded once, before any timing, with one rule
for all extractors: UTF-8 with errors="replace". The official harness reads
the pages as UTF-8 too, and all benchmark pages are valid UTF-8, so no
replacement happens on them; sniffing declared charsets would add a way for
extractors to see different text for nothing.

Only the extraction call is timed (`time.perf_counter`, summed over pages),
after one untimed warm-up call so that lazy model loading is not counted.
The extractors take turns batch by batch (32 pages with detector, the same 32
with trafilatura, and so on), so that each speed is measured under the same
load of the machine as its peers': run one after the other, a busy minute
moved the speed ratio between runs by a fifth.
Each competitor runs as the official harness runs it (trafilatura without
reader comments, readability-lxml's partial summary), so its figures compare
with the published ones. A page whose extraction raises counts as a failed
page with empty output: it lowers recall, not precision, and the failures are
reported.

    python scripts/bench_quality.py
    python scripts/bench_quality.py --limit 20 --extractors trafilatura,readability --json out.json
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import json
import shlex
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "aeb"
WARM_UP = "<html><body><p>Warm up.</p></body></html>"

Extractor = Callable[[str], str]
Scorer = Callable[[Iterable[tuple[str, str]]], tuple[float, float, float]]

# Tags after which a browser starts a new line: kept as line breaks so that the
# last word of one block and the first word of the next never merge into one token.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})


@dataclass(frozen=True)
class Page:
    id: str
    html: str
    gold: str


@dataclass(frozen=True)
class Result:
    extractor: str
    version: str
    f1: float
    precision: float
    recall: float
    pages_per_second: float
    failed: int
    first_error: str

    @property
    def label(self) -> str:
        return f"{self.extractor} {self.version}".strip()


BATCH = 32
"""Pages per turn; detector cleans them in one call, so the model's fixed cost per call is shared."""


def load_pages(bench: Path, limit: int | None) -> list[Page]:
    """The benchmark pages sorted by id, decoded as UTF-8 with replacement, with their gold body."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted((bench / "html").glob("*.html.gz"))[:limit]
    pages = []
    for path in paths:
        page_id = path.name.split(".")[0]
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        pages.append(Page(page_id, html, truth[page_id].get("articleBody") or ""))
    return pages


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment with a line break around every block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    return "".join(_text_parts(lxml.html.fromstring(fragment)))


def _text_parts(element: Any) -> Iterator[str]:
    """Text, children and tail of an element; comments and processing instructions give only their tail."""
    tag = element.tag
    if isinstance(tag, str) and tag.lower() not in SKIPPED_TAGS:
        block = tag.lower() in BLOCK_TAGS
        yield "\n" if block else ""
        yield element.text or ""
        for child in element:
            yield from _text_parts(child)
        yield "\n" if block else ""
    yield element.tail or ""


def detector_extractor() -> Extractor:
    import detector

    return detector.clean


def trafilatura_extractor(favor_precision: bool = False) -> Extractor:
    """trafilatura without reader comments, as the official harness runs it: gold bodies exclude them."""
    import trafilatura

    def extract(html: str) -> str:
        return trafilatura.extract(html, include_comments=False, favor_precision=favor_precision) or ""

    return extract


def readability_extractor() -> Extractor:
    """readability-lxml's article fragment as text, as the official harness runs it (html_partial=True)."""
    from readability import Document

    def extract(html: str) -> str:
        return html_to_text(Document(html).summary(html_partial=True))

    return extract


EXTRACTORS: dict[str, tuple[str, Callable[[], Extractor]]] = {
    "detector": ("detector", detector_extractor),
    "trafilatura": ("trafilatura", trafilatura_extractor),
    "trafilatura_precision": ("trafilatura", lambda: trafilatura_extractor(favor_precision=True)),
    "readability": ("readability-lxml", readability_extractor),
}


def failing(error: Exception) -> Extractor:
    """An extractor that could not be set up: every page fails with the same error."""

    def extract(html: str) -> str:
        raise error

    return extract


def setup(name: str) -> Extractor:
    """The extractor, set up and warmed up; one that cannot be set up fails on every page."""
    _, factory = EXTRACTORS[name]
    try:
        extract = factory()
    except Exception as error:
        extract = failing(error)
    with contextlib.suppress(Exception):  # a failing extractor shows up page by page instead
        extract(WARM_UP)
    return extract


BatchRunner = Callable[[list[Page]], tuple[list[str], float, list[str]]]


def batch_runner(name: str) -> BatchRunner:
    """How one extractor runs on a batch: detector in one call, the others page by page."""
    extract = setup(name)
    return detector_batch if name == "detector" else functools.partial(extract_all, extract)


@dataclass
class Tally:
    """One extractor's outputs, seconds spent extracting and failures, gathered batch by batch."""

    outputs: list[str]
    elapsed: float
    errors: list[str]


def run_all(names: list[str], pages: list[Page], corpus_score: Scorer) -> list[Result]:
    """Extract every page with every extractor, the extractors taking turns batch by batch."""
    runners = {name: batch_runner(name) for name in names}
    tallies = {name: Tally([], 0.0, []) for name in names}
    for first in range(0, len(pages), BATCH):
        batch = pages[first : first + BATCH]
        for name, run_batch in runners.items():
            outputs, elapsed, errors = run_batch(batch)
            tally = tallies[name]
            tally.outputs.extend(outputs)
            tally.elapsed += elapsed
            tally.errors.extend(errors)
    return [result(name, tallies[name], pages, corpus_score) for name in names]


def result(name: str, tally: Tally, pages: list[Page], corpus_score: Scorer) -> Result:
    """Score one extractor's outputs against the gold bodies."""
    precision, recall, f1 = corpus_score(zip(tally.outputs, (page.gold for page in pages)))
    rate = len(pages) / tally.elapsed if tally.elapsed > 0 else float("inf")
    first_error = tally.errors[0][:300] if tally.errors else ""
    distribution = EXTRACTORS[name][0]
    return Result(name, _version(distribution), f1, precision, recall, rate, len(tally.errors), first_error)


def extract_all(extract: Extractor, pages: list[Page]) -> tuple[list[str], float, list[str]]:
    """The outputs, the seconds spent in the extraction calls alone, and one message per failed page.

    A failed page's output is empty, so it lowers recall without touching precision.
    """
    outputs: list[str] = []
    elapsed = 0.0
    errors: list[str] = []
    for page in pages:
        start = time.perf_counter()
        try:
            output = extract(page.html)
        except Exception as error:
            output = ""
            errors.append(f"{page.id}: {type(error).__name__}: {error}")
        elapsed += time.perf_counter() - start
        outputs.append(output)
    return outputs, elapsed, errors


def detector_batch(pages: list[Page]) -> tuple[list[str], float, list[str]]:
    """detector as users run it on a corpus: one ``clean_many`` call over the batch.

    A batch that fails is redone page by page, so one bad page costs only itself.
    """
    import detector

    model = detector.default_detector()
    start = time.perf_counter()
    try:
        outputs = list(model.clean_many([page.html for page in pages], input_format="html"))
        return outputs, time.perf_counter() - start, []
    except Exception:
        elapsed = time.perf_counter() - start
        outputs, seconds, errors = extract_all(detector.clean, pages)
        return outputs, elapsed + seconds, errors


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # e.g. detector run from a checkout
        return ""


def markdown_table(results: list[Result]) -> str:
    lines = [
        "| extractor | F1 | precision | recall | pages/s | failed |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.label} | {r.f1:.3f} | {r.precision:.3f} | {r.recall:.3f} "
            f"| {r.pages_per_second:.1f} | {r.failed} |"
        )
    return "\n".join(lines)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (sorted by id)")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS), help="comma-separated (default: all)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args()
    args.extractors = [name.strip() for name in args.extractors.split(",") if name.strip()]
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    unknown = sorted(set(args.extractors) - set(EXTRACTORS))
    if unknown:
        parser.error(f"unknown extractors {unknown}; choose from {list(EXTRACTORS)}")
    return args


def main() -> None:
    args = parse_args()
    command = shlex.join(["python", *sys.argv])
    pages = load_pages(args.bench, args.limit)
    from detector.extraction_score import corpus_score

    results = run_all(args.extractors, pages, corpus_score)
    print(f"{len(pages)} pages from {args.bench}\n")
    print(markdown_table(results))
    for r in results:
        if r.failed:
            print(f"\n{r.extractor}: {r.failed} of {len(pages)} pages failed; first: {r.first_error}")
    print(f"\ncommand: {command}")
    if args.json:
        figures = {"command": command, "pages": len(pages), "results": [asdict(r) for r in results]}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
