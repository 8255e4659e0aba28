"""Guards that keep one document from stalling a batch: a time budget and size bounds.

Scraped corpora hold pages no cleaner was written for (a million empty
``span`` elements, a 5 MB line, 100,000 ``<br>``). The costly paths are
bounded by design: features read at most ``MAX_FEATURE_CHARS`` of a block, a
document has at most ``MAX_BLOCKS`` blocks and ``MAX_FEATURE_TEXT``
characters of feature text, and the main-content extractor only runs on
pages of at most ``MAX_MAIN_CONTENT_ELEMENTS`` elements. On top of that, a
per-document ``TimeBudget`` is checked as the page is walked and between
stages; a document over budget is left uncleaned and flagged, never
half-cleaned.
"""

from __future__ import annotations

import time

from detector.errors import TimeBudgetExceeded

DEFAULT_TIME_BUDGET = 5.0
"""Seconds a document may take to segment and prepare (None or 0 in the API: no timer)."""
MAX_FEATURE_CHARS = 20_000
"""Characters of a block the features read (its head); the block itself stays whole."""
MAX_BLOCKS = 20_000
"""Blocks of one document; a document with more is too large to classify within a budget."""
MAX_FEATURE_TEXT = 2_000_000
"""Characters of feature text (blocks capped at ``MAX_FEATURE_CHARS``) in one document."""
MAX_MAIN_CONTENT_ELEMENTS = 50_000
"""Elements of a page above which the main-content extractor is not run (its mark stays off)."""
CHECK_EVERY = 2_048
"""Elements walked between two looks at the clock."""


class TimeBudget:
    """A deadline for one document; ``check`` raises ``TimeBudgetExceeded`` once it has passed."""

    def __init__(self, seconds: float | None, what: str = "document") -> None:
        self.seconds = seconds if seconds else None
        self.what = what
        self.started = time.monotonic()
        self.deadline = None if self.seconds is None else self.started + self.seconds

    def check(self, stage: str) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded(
                f"{self.what}: over the time budget of {self.seconds:g} s while {stage}; left uncleaned"
            )

    def check_size(self, blocks: int, feature_chars: int) -> None:
        """Refuse documents whose classification alone would outlast any sensible budget."""
        if blocks > MAX_BLOCKS:
            raise TimeBudgetExceeded(
                f"{self.what}: {blocks:,} blocks, more than the {MAX_BLOCKS:,} a document may have; "
                "left uncleaned"
            )
        if feature_chars > MAX_FEATURE_TEXT:
            raise TimeBudgetExceeded(
                f"{self.what}: {feature_chars:,} characters of text to classify, more than "
                f"{MAX_FEATURE_TEXT:,}; left uncleaned"
            )


def feature_text(text: str) -> str:
    """The part of a block the features read."""
    return text if len(text) <= MAX_FEATURE_CHARS else text[:MAX_FEATURE_CHARS]


def feature_chars(texts: list[str]) -> int:
    return sum(min(len(t), MAX_FEATURE_CHARS) for t in texts)
