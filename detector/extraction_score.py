"""The article-extraction benchmark's official score, as pure functions.

Extraction quality is measured by shingle overlap rather than exact match so
that a few differing whitespace, punctuation or boilerplate words cost a
little and a missing or extra paragraph costs a lot, whatever the markup did
to line breaks. Reproducing the official rule exactly is what lets our figures
be compared with the published ones, so every edge case follows it:

* Tokens are ``\\w+`` runs (Unicode, case kept); everything else only
  separates tokens.
* A text with at least 4 tokens yields its 4-token shingles. A text with 1 to
  3 tokens yields one shorter shingle of all its tokens, so a very short
  output can still match a very short gold body exactly. A text without
  tokens yields no shingles: an empty (or punctuation-only) output is "no
  output".
* Each page's true positives, false positives and false negatives are counted
  over shingle multisets, then divided by their sum, so a long page weighs no
  more than a short one.
* Precision is the mean over the pages with output (no output is not an
  imprecise output), recall the mean over the pages with gold, and F1 their
  harmonic mean. A page with no output therefore lowers recall only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")

Shingle = tuple[str, ...]


class PageScore(NamedTuple):
    """One page's true positives, false positives and false negatives, summing to 1 (or all 0)."""

    tp: float
    fp: float
    fn: float


def tokens(text: str) -> list[str]:
    """The ``\\w+`` runs of the text: crude, but language independent, as the benchmark defines it."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """The multiset of `size`-token shingles; one shorter shingle if the text has fewer tokens.

    Counted as a multiset so that text repeated in the output (a duplicated
    paragraph) is a false positive rather than free.
    """
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def page_score(predicted: str, gold: str) -> PageScore:
    """Shingle overlap of one page, normalised to sum to 1 so every page weighs the same.

    A page where neither text has a token scores (0, 0, 0) and is left out of
    both means by `corpus_score`.
    """
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def corpus_score(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """(precision, recall, F1) over (predicted, gold) pairs, as the benchmark averages them.

    Precision is averaged over the pages with output and recall over the
    pages with gold; a mean over no pages is 0, and F1 is 0 when both are 0.
    """
    scores = [page_score(predicted, gold) for predicted, gold in pairs]
    precision = _mean([s.tp / (s.tp + s.fp) for s in scores if s.tp + s.fp > 0])
    recall = _mean([s.tp / (s.tp + s.fn) for s in scores if s.tp + s.fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
