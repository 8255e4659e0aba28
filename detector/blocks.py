"""The one data model every stage shares: labels, promo kinds and the block."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    """What a block is, as defined in LABELS.md."""

    CONTENT = "content"
    PROMO = "promo"
    BOILERPLATE = "boilerplate"


class Kind(StrEnum):
    """The sort of promotion a promo block is; used for reporting only."""

    AD = "ad"
    NATIVE = "native"
    SELF_PROMO = "self_promo"
    AFFILIATE = "affiliate"


#: The classes the model predicts: a promo block's kind is part of its class so
#: that one classifier yields both the label and the kind.
CLASSES: tuple[str, ...] = (
    "content",
    "boilerplate",
    "promo/ad",
    "promo/native",
    "promo/self_promo",
    "promo/affiliate",
)


def class_name(label: str, kind: str | None) -> str:
    """Map a gold (label, kind) pair to the model's class name."""
    if label == Label.PROMO.value:
        return f"promo/{kind or Kind.AD.value}"
    return label


def split_class(name: str) -> tuple[Label, Kind | None]:
    """Map a model class name back to (label, kind)."""
    if name.startswith("promo/"):
        return Label.PROMO, Kind(name.split("/", 1)[1])
    return Label(name), None


@dataclass
class Block:
    """A span of the input document with what the model decided about it.

    ``start``/``end`` index the original string, so ``text == source[start:end]``
    always holds and kept text is never altered.
    """

    text: str
    start: int
    end: int
    label: Label = Label.CONTENT
    kind: Kind | None = None
    probability: float = 0.0
    """Probability that the block should be removed (promo or boilerplate)."""
    scores: dict[str, float] = field(default_factory=dict)
    """Probability of each model class, for inspection."""
    locator: str | None = None
    """For a block of an HTML page: a CSS-like path to its element."""

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view of the block."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label.value,
            "kind": self.kind.value if self.kind else None,
            "probability": round(self.probability, 4),
            **({"locator": self.locator} if self.locator is not None else {}),
        }
