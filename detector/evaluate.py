"""Quality figures of a detector on labelled documents.

Measured the way a user experiences the product: each document's text goes
through the real segmenter and decision rule, and the removed blocks are
compared with the gold labels. Losing content is the costly error, so the
content-kept rate sits beside promo recall in every report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detector.blocks import Block, Label
from detector.corpus.labelled import LabelledDocument

LABELS = [label.value for label in Label]


@dataclass
class Evaluation:
    """Counts gathered over documents; ``report`` turns them into rates."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    promo_by_kind: Counter[tuple[str, bool]] = field(default_factory=Counter)
    promo_by_group: dict[str, Counter[bool]] = field(default_factory=lambda: defaultdict(Counter))
    documents: int = 0
    exact: int = 0
    clean_documents: int = 0
    clean_unchanged: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    def add(self, document: LabelledDocument, blocks: Sequence[Block], keep_failures: int = 20) -> None:
        texts, classes = document.segment_classes()
        assert len(texts) == len(blocks), f"{document.id}: segmentation differs from gold"
        exact = True
        lost: list[str] = []
        missed: list[str] = []
        for block, gold_class in zip(blocks, classes):
            gold = gold_class.split("/")[0]
            predicted = block.label.value
            self.confusion[(gold, predicted)] += 1
            if gold == Label.PROMO.value:
                removed = predicted != Label.CONTENT.value
                self.promo_by_kind[(gold_class.split("/")[1], removed)] += 1
                for key in self._groups(document):
                    self.promo_by_group[key][removed] += 1
            if (gold == Label.CONTENT.value) != (predicted == Label.CONTENT.value):
                exact = False
                (lost if gold == Label.CONTENT.value else missed).append(block.text[:200])
        self.documents += 1
        self.exact += exact
        if not document.has_promo:
            self.clean_documents += 1
            self.clean_unchanged += exact
        if not exact and len(self.failures) < keep_failures:
            self.failures.append({"id": document.id, "lost": lost, "missed": missed})

    @staticmethod
    def _groups(document: LabelledDocument) -> list[str]:
        return [f"lang:{document.lang}", f"genre:{document.meta.get('genre', 'unknown')}"]

    def report(self) -> dict[str, Any]:
        """Per-label precision/recall/F1 and the product figures."""
        per_label = {}
        for label in LABELS:
            tp = self.confusion[(label, label)]
            predicted = sum(v for (g, p), v in self.confusion.items() if p == label)
            actual = sum(v for (g, p), v in self.confusion.items() if g == label)
            precision = tp / predicted if predicted else 0.0
            recall = tp / actual if actual else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            per_label[label] = {
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "support": actual,
            }
        content = sum(v for (g, _), v in self.confusion.items() if g == "content")
        content_kept = self.confusion[("content", "content")]
        promo = sum(v for (g, _), v in self.confusion.items() if g == "promo")
        promo_removed = sum(v for (g, p), v in self.confusion.items() if g == "promo" and p != "content")
        kinds = sorted({k for k, _ in self.promo_by_kind})
        return {
            "documents": self.documents,
            "blocks": sum(self.confusion.values()),
            "promo_recall": round(promo_removed / promo, 4) if promo else None,
            "content_kept": round(content_kept / content, 4) if content else None,
            "documents_exact": round(self.exact / self.documents, 4) if self.documents else None,
            "clean_documents_unchanged": (
                round(self.clean_unchanged / self.clean_documents, 4) if self.clean_documents else None
            ),
            "per_label": per_label,
            "promo_recall_by_kind": {
                k: round(
                    self.promo_by_kind[(k, True)]
                    / max(self.promo_by_kind[(k, True)] + self.promo_by_kind[(k, False)], 1),
                    4,
                )
                for k in kinds
            },
            "promo_recall_by_group": {
                key: round(c[True] / max(c[True] + c[False], 1), 4)
                for key, c in sorted(self.promo_by_group.items())
            },
            "confusion": {f"{g}->{p}": v for (g, p), v in sorted(self.confusion.items())},
        }


def evaluate(detector: Any, documents: Iterable[LabelledDocument]) -> Evaluation:
    """Run ``detector`` over the documents' texts and compare with their gold."""
    documents = list(documents)
    evaluation = Evaluation()
    for document, blocks in zip(documents, detector.classify_many(d.text for d in documents)):
        evaluation.add(document, blocks)
    return evaluation
