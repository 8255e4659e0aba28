"""Quality figures of a detector on labelled documents.

Measured the way a user experiences the product: each document's text goes
through the real segmenter and decision rule, and what was removed is
compared with the gold blocks character by character. A content block counts
as kept only if none of it was removed; a promo or boilerplate block counts as
removed when most of it was. So a spliced promo sentence is caught only if the
sentence itself goes, and cutting a paragraph to drop one sentence loses the
paragraph's content. Losing content is the costly error, so the content-kept
rate sits beside promo recall in every report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detector.blocks import Block, Label
from detector.corpus.labelled import LabelledBlock, LabelledDocument

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
    clean_unharmed: int = 0
    spliced: Counter[bool] = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def add(self, document: LabelledDocument, blocks: Sequence[Block], keep_failures: int = 20) -> None:
        exact = True
        lost: list[str] = []
        missed: list[str] = []
        for gold, predicted in gold_and_predicted(document, blocks):
            gold_label = gold.label
            self.confusion[(gold_label, predicted)] += 1
            removed = predicted != Label.CONTENT.value
            if gold_label == Label.PROMO.value:
                self.promo_by_kind[(gold.kind or "ad", removed)] += 1
                for key in self._groups(document):
                    self.promo_by_group[key][removed] += 1
                if gold.inline:
                    self.spliced[removed] += 1
            if (gold_label == Label.CONTENT.value) == removed:
                exact = False
                (lost if gold_label == Label.CONTENT.value else missed).append(gold.text[:200])
        self.documents += 1
        self.exact += exact
        if not document.has_promo:
            self.clean_documents += 1
            self.clean_unchanged += exact
            self.clean_unharmed += not lost
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
            "clean_documents_unharmed": (
                round(self.clean_unharmed / self.clean_documents, 4) if self.clean_documents else None
            ),
            "spliced_sentence_recall": (
                round(self.spliced[True] / (self.spliced[True] + self.spliced[False]), 4)
                if self.spliced
                else None
            ),
            "spliced_sentences": self.spliced[True] + self.spliced[False],
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


def gold_and_predicted(
    document: LabelledDocument, blocks: Sequence[Block]
) -> list[tuple[LabelledBlock, str]]:
    """Each gold block with the predicted label of its characters.

    A content block takes the label of whatever removed any of it (so losing a
    sentence of it counts); a promo or boilerplate block takes the label that
    covers most of it.
    """
    predicted = sorted(blocks, key=lambda b: b.start)
    out = []
    first = 0
    for gold, (start, end, _) in zip(document.blocks, document.gold_spans()):
        while first < len(predicted) and predicted[first].end <= start:
            first += 1
        cover: Counter[str] = Counter()
        for block in predicted[first:]:
            if block.start >= end:
                break
            cover[block.label.value] += min(end, block.end) - max(start, block.start)
        removed = {label: n for label, n in cover.items() if label != Label.CONTENT.value}
        if gold.label == Label.CONTENT.value:
            label = max(removed, key=lambda k: removed[k]) if removed else Label.CONTENT.value
        else:
            label = max(cover, key=lambda k: cover[k]) if cover else Label.CONTENT.value
        out.append((gold, label))
    return out


def evaluate(detector: Any, documents: Iterable[LabelledDocument]) -> Evaluation:
    """Run ``detector`` over the documents' texts and compare with their gold."""
    documents = list(documents)
    evaluation = Evaluation()
    for document, blocks in zip(documents, detector.classify_many(d.source for d in documents)):
        evaluation.add(document, blocks)
    return evaluation


def render_report(report: dict[str, Any]) -> str:
    """An evaluation report as text: the product figures, per-label table, kinds, confusion matrix."""
    lines = [
        f"documents: {report['documents']}, blocks: {report['blocks']}",
        f"promo recall: {_figure(report['promo_recall'])}   content kept: {_figure(report['content_kept'])}",
        f"documents cleaned exactly: {_figure(report['documents_exact'])}   "
        f"clean documents unchanged: {_figure(report['clean_documents_unchanged'])}",
        "",
        f"{'label':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}",
    ]
    for label, row in report["per_label"].items():
        lines.append(
            f"{label:<12} {row['precision']:>9.4f} {row['recall']:>7.4f} "
            f"{row['f1']:>7.4f} {row['support']:>8}"
        )
    if report["promo_recall_by_kind"]:
        lines += [
            "",
            "promo recall by kind: "
            + ", ".join(f"{kind} {value:.4f}" for kind, value in report["promo_recall_by_kind"].items()),
        ]
    predicted = [*LABELS]
    lines += [
        "",
        "confusion (rows gold, columns predicted):",
        f"{'':<12}" + "".join(f"{p:>12}" for p in predicted),
    ]
    for gold in LABELS:
        counts = [report["confusion"].get(f"{gold}->{p}", 0) for p in predicted]
        lines.append(f"{gold:<12}" + "".join(f"{c:>12}" for c in counts))
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"
