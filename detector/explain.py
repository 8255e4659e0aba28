"""Why a block got its label: the features that pushed it most.

Each first-stage feature is in turn set to its median over the training
blocks (occlusion); the change in the block's removal probability is that
feature's push. The text-model score is unpacked further into the n-grams
that weigh most in it. The sequence stage is summarised by the neighbours'
first-stage scores it looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from detector.blocks import Block, Label
from detector.detector import Detector, InputFormat
from detector.features.frame import block_frame
from detector.model.sequence import split_keys

TOP_FEATURES = 6
TOP_NGRAMS = 4


@dataclass
class Explanation:
    block: Block
    pushes: list[tuple[str, float]]
    """(feature, change in removal probability it causes; positive = towards the block's label)."""
    first_stage_removal: float
    neighbours: list[float]


def explain(
    detector: Detector, document: str | bytes, top: int = TOP_FEATURES, input_format: InputFormat = "auto"
) -> list[Explanation]:
    """Label every block of a document and name the features that decided it."""
    parsed = detector.parse_many([document], input_format)[0]
    blocks = parsed.blocks
    if not blocks:
        return []
    if parsed.page is not None:
        pipeline, frame = detector.page_features([parsed.page])
    else:
        pipeline, frame = detector.model.pipeline, block_frame([[b.text for b in blocks]])
    features = pipeline.named_steps["features"]
    stacker = pipeline.named_steps["classifier"]
    names = [str(n) for n in features.get_feature_names_out()][:-2]
    matrix, _, _ = split_keys(features.transform(frame))
    matrix = np.asarray(matrix, dtype=float)
    first = stacker.estimator_
    content = [str(c) for c in first.classes_].index(Label.CONTENT.value)
    removal = 1.0 - first.predict_proba(matrix)[:, content]
    medians = getattr(stacker, "feature_medians_", None)
    ngrams = _text_ngrams(features, [b.text for b in blocks])
    out = []
    for i, block in enumerate(blocks):
        pushes: list[tuple[str, float]] = []
        if medians is not None:
            occluded = np.repeat(matrix[i : i + 1], matrix.shape[1], axis=0)
            occluded[np.arange(matrix.shape[1]), np.arange(matrix.shape[1])] = medians
            changed = 1.0 - first.predict_proba(occluded)[:, content]
            push = removal[i] - changed
            if block.label is Label.CONTENT:
                push = -push
            for j in np.argsort(-push)[:top]:
                if push[j] > 1e-3:
                    name = _readable(names[j])
                    if names[j].startswith("text__") and ngrams[i]:
                        name += f" ({', '.join(ngrams[i])})"
                    pushes.append((name, float(push[j])))
        neighbours = [float(removal[j]) for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        out.append(Explanation(block, pushes, float(removal[i]), neighbours))
    return out


def _text_ngrams(features: object, texts: list[str]) -> list[list[str]]:
    """For each text, the n-grams that push the text model most towards promotion."""
    try:
        model = features.named_transformers_["text"].model_  # type: ignore[attr-defined]
        vectors = model.named_steps["vectors"]
        classifier = model.named_steps["classifier"]
    except (AttributeError, KeyError):
        return [[] for _ in texts]
    classes = [str(c) for c in classifier.classes_]
    content = classes.index(Label.CONTENT.value)
    promo_rows = [k for k, c in enumerate(classes) if c.startswith("promo/")]
    direction = classifier.coef_[promo_rows].mean(axis=0) - classifier.coef_[content]
    names = vectors.get_feature_names_out()
    matrix = vectors.transform(texts).tocsr()
    out = []
    for i in range(matrix.shape[0]):
        row = matrix.getrow(i)
        weights = row.data * direction[row.indices]
        order = np.argsort(-weights)[:TOP_NGRAMS]
        out.append([_ngram(str(names[row.indices[k]])) for k in order if weights[k] > 0])
    return out


def _ngram(name: str) -> str:
    group, _, value = name.partition("__")
    return f'"{value.strip()}"' if group == "words" else f"'{value}'"


def _readable(name: str) -> str:
    """``style__style_prices_above_document`` -> ``style: prices, above its document``."""
    _, _, feature = name.partition("__")
    above = feature.endswith("_above_document")
    feature = feature.removesuffix("_above_document")
    if name.startswith("markup__"):
        return "markup model: " + feature.removeprefix("text_score_").replace(
            "_above_document", ", above its page"
        )
    if feature.startswith("markup_"):
        return "markup: " + feature.removeprefix("markup_").replace("_", " ")
    for prefix, title in (("text_score_", "text model: "), ("style_", "style: "), ("context_", "context: ")):
        if feature.startswith(prefix):
            readable = title + feature[len(prefix) :].replace("_", " ")
            return readable + (", above its document" if above else "")
    return name
