"""Where two models disagree, block by block, on labelled documents.

Two models are compared on the same gold blocks (each gold block takes the
label the model gave its characters, as in ``detector.evaluate``), so a
disagreement can be read with the gold label beside it: which model was right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from detector.corpus.labelled import LabelledDocument
from detector.detector import Detector
from detector.evaluate import gold_and_predicted


@dataclass
class Disagreement:
    """One gold block the two models labelled differently."""

    document: str
    index: int
    text: str
    gold: str
    first: str
    second: str

    @property
    def winner(self) -> str:
        """Which model got the block right: "first", "second" or "neither"."""
        if _removed(self.first) == _removed(self.gold) != _removed(self.second):
            return "first"
        if _removed(self.second) == _removed(self.gold) != _removed(self.first):
            return "second"
        return "neither"


@dataclass
class Comparison:
    """Every disagreement, and the count of blocks each model alone got right."""

    blocks: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)

    def wins(self) -> Counter[str]:
        return Counter(d.winner for d in self.disagreements)

    def to_dict(self) -> dict[str, Any]:
        return {
            "blocks": self.blocks,
            "disagreements": len(self.disagreements),
            "wins": dict(self.wins()),
            "blocks_disagreeing": [d.__dict__ | {"winner": d.winner} for d in self.disagreements],
        }


def _removed(label: str) -> bool:
    return label != "content"


def compare(first: Detector, second: Detector, documents: Sequence[LabelledDocument]) -> Comparison:
    """Run both models over the documents and collect the gold blocks they label differently."""
    comparison = Comparison()
    texts = [d.source for d in documents]
    for document, blocks_a, blocks_b in zip(
        documents, first.classify_many(texts), second.classify_many(texts)
    ):
        pairs_a = gold_and_predicted(document, blocks_a)
        pairs_b = gold_and_predicted(document, blocks_b)
        for index, ((gold, label_a), (_, label_b)) in enumerate(zip(pairs_a, pairs_b)):
            comparison.blocks += 1
            if label_a != label_b:
                comparison.disagreements.append(
                    Disagreement(document.id, index, gold.text, gold.label, label_a, label_b)
                )
    return comparison
