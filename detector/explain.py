"""Why a block got its label: the features that pushed it most.

Each first-stage feature is in turn set to its median over the training
blocks (occlusion); the change in the block's removal probability is that
feature's push. The text-model score is unpacked further into the n-grams
that weigh most in it. The sequence stage is summarised by the neighbours'
first-stage scores it looked at. A text model of several members (see
``detector.model.ensemble``) is explained by the average of its members'
pushes and first-stage scores, as it decides by the average of their
probabilities; the n-grams named are the first member's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline
from threadpoolctl import threadpool_limits

from detector.blocks import Block, Label
from detector.detector import Detector, InputFormat, Parsed
from detector.features.frame import block_frame
from detector.model.sequence import split_keys

TOP_FEATURES = 6
TOP_NGRAMS = 4
OCCLUSION_ROWS = 32_768
"""Rows of occluded features the model scores in one call: few calls, bounded memory."""
MIN_PUSH = 0.01
"""Pushes smaller than this (in log-odds) are not worth naming."""
CONTEXT_FEATURE = "neighbours: their scores, read by the sequence stage"
"""The name of the sequence stage's push: how far the neighbours' scores moved a block."""


@dataclass
class Explanation:
    block: Block
    pushes: list[tuple[str, float]]
    """(feature, change in the log-odds of removal it causes; positive = towards the block's label).

    Log-odds rather than probability: a block the model is sure of (0.999)
    barely moves in probability when one feature is hidden, yet the
    features that make it sure still differ by how far they push."""
    first_stage_removal: float
    neighbours: list[float]


def explain(
    detector: Detector, document: str | bytes, top: int = TOP_FEATURES, input_format: InputFormat = "auto"
) -> list[Explanation]:
    """Label every block of a document and name the features that decided it."""
    with threadpool_limits(limits=1):
        parsed = detector.parse_many([document], input_format)[0]
    return Explainer(detector).explain(parsed, top)


class Explainer:
    """Explains parsed documents of one detector; reused, it names the model's features only once.

    Naming the features of a fitted pipeline walks its vocabularies, which
    costs as much as explaining a document: a report that explains hundreds
    of documents keeps one explainer.
    """

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self._names: dict[int, tuple[list[str], Any]] = {}

    def explain(self, parsed: Parsed, top: int = TOP_FEATURES) -> list[Explanation]:
        """The explanation of every block of a document the detector parsed.

        The model runs on one thread, as in batch workers: occlusion makes
        many small calls, and the trees' thread pool, started on every call,
        costs more than it saves (on a busy machine, a hundred times more).
        """
        if not parsed.blocks:
            return []
        with threadpool_limits(limits=1):
            return self._explain(parsed, top)

    def _explain(self, parsed: Parsed, top: int) -> list[Explanation]:
        blocks = parsed.blocks
        if parsed.page is not None:
            pipeline, frame = self.detector.page_features([parsed.page])
            pipelines = [pipeline]
        else:
            pipelines, frame = self.detector.model.text_pipelines, block_frame([[b.text for b in blocks]])
        removals, member_pushes = [], []
        for pipeline in pipelines:
            features = pipeline.named_steps["features"]
            stacker = pipeline.named_steps["classifier"]
            matrix, _, _ = split_keys(features.transform(frame))
            matrix = np.asarray(matrix, dtype=float)
            first = stacker.estimator_
            content = [str(c) for c in first.classes_].index(Label.CONTENT.value)
            removal = 1.0 - first.predict_proba(matrix)[:, content]
            medians = getattr(stacker, "feature_medians_", None)
            removals.append(removal)
            member_pushes.append(self._pushes(first, content, matrix, removal, medians))
        removal = np.mean(removals, axis=0)
        known = [p for p in member_pushes if p is not None]
        pushes = np.mean(known, axis=0) if len(known) == len(member_pushes) else None
        names, ngram_names = self._feature_names(pipelines[0])
        ngrams = _text_ngrams(pipelines[0].named_steps["features"], [b.text for b in blocks], ngram_names)
        out = []
        for i, block in enumerate(blocks):
            named: list[tuple[str, float]] = []
            if pushes is not None:
                push = -pushes[i] if block.label is Label.CONTENT else pushes[i]
                for j in np.argsort(-push)[:top]:
                    if push[j] > MIN_PUSH:
                        name = _readable(names[j])
                        if names[j].startswith("text__") and ngrams[i]:
                            name += f" ({', '.join(ngrams[i])})"
                        named.append((name, float(push[j])))
            # The sequence stage reads the neighbours' scores: what it moved is their push.
            context = float(_log_odds(np.asarray(block.probability)) - _log_odds(removal[i]))
            context = -context if block.label is Label.CONTENT else context
            if context > MIN_PUSH:
                named = sorted([*named, (CONTEXT_FEATURE, context)], key=lambda item: -item[1])[:top]
            neighbours = [float(removal[j]) for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
            out.append(Explanation(block, named, float(removal[i]), neighbours))
        return out

    def _feature_names(self, pipeline: Pipeline) -> tuple[list[str], Any]:
        """The first stage's feature names and the text model's n-gram names, of this pipeline."""
        key = id(pipeline)
        if key not in self._names:
            features = pipeline.named_steps["features"]
            names = [str(n) for n in features.get_feature_names_out()][:-2]
            vectors = _text_vectors(features)
            self._names[key] = (names, None if vectors is None else vectors.get_feature_names_out())
        return self._names[key]

    @staticmethod
    def _pushes(
        first: Any, content: int, matrix: np.ndarray, removal: np.ndarray, medians: np.ndarray | None
    ) -> np.ndarray | None:
        """Each block's change in the log-odds of removal when each feature is set to its median.

        The blocks of a document are occluded together, in calls of at most
        ``OCCLUSION_ROWS`` rows: a call has a fixed cost that would otherwise
        be paid once per block.
        """
        if medians is None:
            return None
        rows, width = matrix.shape
        step = max(1, OCCLUSION_ROWS // max(width, 1))
        pushes = np.empty((rows, width))
        for start in range(0, rows, step):
            part = matrix[start : start + step]
            count = part.shape[0]
            occluded = np.repeat(part, width, axis=0)
            occluded[np.arange(count * width), np.tile(np.arange(width), count)] = np.tile(medians, count)
            changed = _log_odds(1.0 - first.predict_proba(occluded)[:, content])
            own = _log_odds(removal[start : start + count, None])
            pushes[start : start + count] = own - changed.reshape(-1, width)
        return pushes


def _log_odds(probability: np.ndarray) -> np.ndarray:
    """log(p / (1 - p)), with p kept a millionth away from 0 and 1."""
    p = np.clip(probability, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _text_vectors(features: Any) -> Any:
    """The n-gram vectoriser of the text model, when the features have one."""
    try:
        return features.named_transformers_["text"].model_.named_steps["vectors"]
    except (AttributeError, KeyError):
        return None


def _text_ngrams(features: Any, texts: list[str], names: Any) -> list[list[str]]:
    """For each text, the n-grams that push the text model most towards promotion."""
    try:
        model = features.named_transformers_["text"].model_
        vectors = model.named_steps["vectors"]
        classifier = model.named_steps["classifier"]
    except (AttributeError, KeyError):
        return [[] for _ in texts]
    classes = [str(c) for c in classifier.classes_]
    content = classes.index(Label.CONTENT.value)
    promo_rows = [k for k, c in enumerate(classes) if c.startswith("promo/")]
    direction = classifier.coef_[promo_rows].mean(axis=0) - classifier.coef_[content]
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
    for prefix, title in (
        ("text_score_", "text model: "),
        ("novel_words_", "novel-word model: "),
        ("style_", "style: "),
        ("context_", "context: "),
    ):
        if feature.startswith(prefix):
            readable = title + feature[len(prefix) :].replace("_", " ")
            return readable + (", above its document" if above else "")
    return name
