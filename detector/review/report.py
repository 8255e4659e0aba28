"""The data of a review report: documents, their blocks, and the summaries drawn at the top.

One data model serves both kinds of input: documents the model classified
here (every block, kept or removed, with its probability and the features
that decided it) and records cleaned earlier by ``detector batch`` (the
removed blocks of their audits). Rendering (``render``) reads only this.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from detector.blocks import CLASSES, Label

HISTOGRAM_BINS = 10
CHANGED_SHOWN = 5
"""Documents listed as most changed, and as least changed."""

Origin = Literal["model", "audit"]


@dataclass
class ReviewBlock:
    """One block of a reviewed document and what was decided about it."""

    text: str
    label: str
    kind: str | None
    probability: float | None
    """Removal probability; None when the input did not record it."""
    removed: bool
    start: int | None = None
    """Offsets into the document's shown text; None when the block is listed apart from it."""
    end: int | None = None
    locator: str | None = None
    features: list[tuple[str, float]] = field(default_factory=list)
    """The features that pushed the block most towards its label, with their push."""

    @property
    def name(self) -> str:
        """``promo/ad``, ``boilerplate``, ``content``: the label with the promo kind."""
        return f"{self.label}/{self.kind}" if self.label == Label.PROMO.value and self.kind else self.label


@dataclass
class ReviewDocument:
    """A sampled document as the report shows it."""

    id: str
    source: str
    format: Literal["text", "html"]
    origin: Origin
    text: str
    """The original text (or an HTML page's text) when ``inline``; otherwise the cleaned text."""
    blocks: list[ReviewBlock]
    inline: bool
    """Whether the blocks sit at their offsets in ``text``; if not, removed blocks are listed after it."""
    error: str | None = None
    block_count: int | None = None
    """Blocks the document had (an audit counts them; kept blocks of an audit are not listed)."""

    @property
    def blocks_total(self) -> int:
        return self.block_count if self.block_count is not None else len(self.blocks)

    @property
    def removed(self) -> list[ReviewBlock]:
        return [b for b in self.blocks if b.removed]

    @property
    def changed(self) -> float:
        """The share of the original document's characters that cleaning removed."""
        gone = sum(len(b.text) for b in self.removed)
        original = len(self.text) if self.inline else len(self.text) + gone
        return gone / original if original else 0.0


@dataclass
class Report:
    """The sampled documents of an input, and where they came from."""

    input: str
    documents: list[ReviewDocument]
    total: int
    """Documents in the input, of which ``documents`` is a sample (all of them when equal)."""
    seed: int
    thresholds: dict[str, float] = field(default_factory=dict)
    """The model's thresholds (``text``, ``html``) when the model classified documents."""
    model: str | None = None

    def removed_counts(self) -> dict[str, int]:
        """Removed blocks by label and promo kind, every class named even when none was removed."""
        counts = {name: 0 for name in CLASSES if name != Label.CONTENT.value}
        for document in self.documents:
            for block in document.removed:
                counts[block.name] = counts.get(block.name, 0) + 1
        return counts

    def histogram(self, bins: int = HISTOGRAM_BINS) -> list[tuple[int, int]]:
        """(removed, kept) blocks in each of ``bins`` equal ranges of removal probability."""
        out = [[0, 0] for _ in range(bins)]
        for document in self.documents:
            for block in document.blocks:
                if block.probability is not None:
                    slot = min(int(block.probability * bins), bins - 1)
                    out[slot][0 if block.removed else 1] += 1
        return [(removed, kept) for removed, kept in out]

    def by_change(self) -> list[int]:
        """Positions of the readable documents, most changed first (input order among equals)."""
        readable = [i for i, d in enumerate(self.documents) if d.error is None]
        return sorted(readable, key=lambda i: -self.documents[i].changed)

    def most_changed(self, count: int = CHANGED_SHOWN) -> list[int]:
        return self.by_change()[:count]

    def least_changed(self, count: int = CHANGED_SHOWN) -> list[int]:
        return self.by_change()[::-1][:count]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON: what the page is drawn from, offered for download beside it."""
        return {
            "input": self.input,
            "total_documents": self.total,
            "seed": self.seed,
            "model": self.model,
            "thresholds": self.thresholds,
            "removed": self.removed_counts(),
            "documents": [
                {**asdict(d), "changed": round(d.changed, 4), "blocks": [_block(b) for b in d.blocks]}
                for d in self.documents
            ],
        }


def _block(block: ReviewBlock) -> dict[str, Any]:
    data = asdict(block)
    data["features"] = [[name, round(push, 4)] for name, push in block.features]
    return data
