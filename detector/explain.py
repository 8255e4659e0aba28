"""Why a block got its label: the features that pushed it most.

The first stage is linear, so a feature's push towards a class is its value
times the class weight, measured against the content class. The second stage
is summarised by the neighbours' first-stage removal scores it looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from detector.blocks import Block, Label
from detector.detector import Detector
from detector.features.frame import block_frame
from detector.model.sequence import _split_keys

TOP_FEATURES = 6


@dataclass
class Explanation:
    block: Block
    pushes: list[tuple[str, float]]
    """(feature name, push towards the block's class relative to content)."""
    first_stage_removal: float
    neighbours: list[float]


def explain(detector: Detector, text: str, top: int = TOP_FEATURES) -> list[Explanation]:
    """Label every block of ``text`` and name the features that decided it."""
    blocks = detector.classify(text)
    if not blocks:
        return []
    pipeline = detector.model.pipeline
    features = pipeline.named_steps["features"]
    stacker = pipeline.named_steps["classifier"]
    names = [str(n) for n in features.get_feature_names_out()][:-2]
    matrix, _, _ = _split_keys(features.transform(block_frame([[b.text for b in blocks]])))
    matrix = sp.csr_matrix(matrix)
    first = stacker.estimator_
    classes = [str(c) for c in first.classes_]
    first_proba = first.predict_proba(matrix)
    content = classes.index(Label.CONTENT.value)
    removal = 1.0 - first_proba[:, content]
    coef = np.asarray(first.coef_) if hasattr(first, "coef_") else None
    out = []
    for i, block in enumerate(blocks):
        pushes: list[tuple[str, float]] = []
        if coef is not None:
            target = _class_of(block, classes, first_proba[i])
            direction = coef[classes.index(target)] - coef[content] if target != content else coef[content] - coef[
                int(np.argmax(np.where(np.arange(len(classes)) == content, -1, first_proba[i])))
            ]
            row = matrix.getrow(i)
            contributions = row.data * direction[row.indices]
            order = np.argsort(-contributions)[:top]
            pushes = [(_readable(names[row.indices[j]]), float(contributions[j])) for j in order if contributions[j] > 0]
        neighbours = [float(removal[j]) for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        out.append(Explanation(block, pushes, float(removal[i]), neighbours))
    return out


def _class_of(block: Block, classes: list[str], proba: np.ndarray) -> int:
    if block.label is Label.CONTENT:
        return classes.index(Label.CONTENT.value)
    if block.label is Label.BOILERPLATE:
        return classes.index(Label.BOILERPLATE.value)
    return classes.index(f"promo/{block.kind.value if block.kind else 'ad'}")


def _readable(name: str) -> str:
    """``words__sponsored`` -> ``word "sponsored"``; ``style__style_prices`` -> ``style: prices``."""
    group, _, feature = name.partition("__")
    if group == "words":
        return f'word "{feature}"'
    if group == "chars":
        return f'characters "{feature}"'
    for prefix in ("style_", "context_"):
        if feature.startswith(prefix):
            return f"{prefix[:-1]}: {feature[len(prefix):].replace('_', ' ')}"
    return name
