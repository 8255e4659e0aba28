"""Stacked sequential learning: a second pass that sees its neighbours' scores.

Promotional inserts come in runs (label line, headline, body, sponsor line),
and a block that alone looks harmless ("Too Close to Call in Arizona") is an
ad because of what surrounds it. The first stage scores every block on its
own features; the second stage re-scores it from the first-stage
probabilities of the blocks around it (Cohen & Carvalho's stacked
sequential learning). The first stage's training-set scores are produced out
of fold, by documents, so the second stage learns from scores as noisy as the
ones it will see on new documents.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.utils.validation import check_is_fitted

from detector.features.frame import document_ids


def split_keys(X: Any) -> tuple[Any, np.ndarray, np.ndarray]:
    """Separate the group and document keys (the last two columns) from the features."""
    if sp.issparse(X):
        X = sp.csr_matrix(X)
        keys = X[:, -2:].toarray()
        return X[:, :-2], keys[:, 0], keys[:, 1]
    array = np.asarray(X, dtype=float)
    return array[:, :-2], array[:, -2], array[:, -1]


def _clipped_logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def aligned_proba(proba: np.ndarray, model_classes: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Probabilities in the column order of ``classes`` (a fold may miss a class)."""
    out = np.zeros((proba.shape[0], len(classes)))
    for j, cls in enumerate(model_classes):
        out[:, int(np.searchsorted(classes, cls))] = proba[:, j]
    return out


def out_of_fold_scores(
    estimator: Any, features: Any, y: np.ndarray, groups: np.ndarray, classes: np.ndarray, cv: int
) -> np.ndarray:
    """First-stage probabilities of every row from a model that never saw its group."""
    folds = min(cv, len(np.unique(groups)))
    scores = np.zeros((features.shape[0], len(classes)))
    if folds < 2:
        model = clone(estimator).fit(features, y)
        return aligned_proba(model.predict_proba(features), model.classes_, classes)
    for train, test in GroupKFold(n_splits=folds).split(features, y, groups):
        model = clone(estimator).fit(features[train], y[train])
        scores[test] = aligned_proba(model.predict_proba(features[test]), model.classes_, classes)
    return scores


class SequenceStacker(ClassifierMixin, BaseEstimator):
    """Two-stage block classifier over documents given as contiguous row runs.

    The last two input columns are the group key (the source article, which
    the out-of-fold split keeps whole) and the document key (which bounds the
    sequence), added by the feature step's passthrough, so the whole model
    stays one ``Pipeline``.

    Parameters
    ----------
    estimator : the first-stage classifier (block features -> class scores).
    final_estimator : the second-stage classifier (scores in a window -> class).
    window : how many neighbours on each side the second stage sees.
    cv : number of document folds for the out-of-fold first-stage scores.
    """

    def __init__(
        self,
        estimator: Any = None,
        final_estimator: Any = None,
        window: int = 2,
        cv: int = 5,
        passthrough: bool = False,
    ) -> None:
        self.estimator = estimator
        self.final_estimator = final_estimator
        self.window = window
        self.cv = cv
        self.passthrough = passthrough

    def _stages(self) -> tuple[Any, Any]:
        first = self.estimator if self.estimator is not None else _default_classifier()
        final = self.final_estimator if self.final_estimator is not None else _default_classifier()
        return first, final

    def fit(self, X: Any, y: Any) -> SequenceStacker:
        features, groups, documents = split_keys(X)
        y = np.asarray(y)
        first, final = self._stages()
        self.n_features_in_ = features.shape[1] + 2
        self.estimator_ = clone(first).fit(features, y)
        self.classes_ = self.estimator_.classes_
        self.feature_medians_ = None if sp.issparse(features) else np.median(features, axis=0)
        scores = out_of_fold_scores(first, features, y, groups, self.classes_, self.cv)
        self.final_estimator_ = clone(final).fit(self.final_input(features, scores, documents), y)
        return self

    def first_stage_proba(self, X: Any) -> np.ndarray:
        """Class probabilities of the first (context-free of neighbours) stage."""
        check_is_fitted(self, "final_estimator_")
        features, _, _ = split_keys(X)
        return np.asarray(self.estimator_.predict_proba(features))

    def predict_proba(self, X: Any) -> np.ndarray:
        return self.predict_proba_stages(X)[1]

    def predict_proba_stages(self, X: Any) -> tuple[np.ndarray, np.ndarray]:
        """Class probabilities of the first stage (each block alone) and of the final one."""
        check_is_fitted(self, "final_estimator_")
        features, _, _ = split_keys(X)
        scores = np.asarray(self.estimator_.predict_proba(features))
        return scores, self.final_proba(X, scores)

    def final_proba(self, X: Any, scores: np.ndarray) -> np.ndarray:
        """Class probabilities of the final stage, given the first-stage scores of the same rows.

        The first stage reads each row alone, so rows taken out of a larger
        input keep their scores: a second look at a few blocks in a changed
        sequence only needs the second stage again.
        """
        check_is_fitted(self, "final_estimator_")
        features, _, documents = split_keys(X)
        proba = self.final_estimator_.predict_proba(self.final_input(features, scores, documents))
        return aligned_proba(proba, self.final_estimator_.classes_, self.classes_)

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.predict_proba(X), axis=1)])

    @property
    def sequence_feature_names_(self) -> list[str]:
        """Readable names of the second stage's input columns."""
        check_is_fitted(self, "classes_")
        names = [f"self:{c}" for c in self.classes_]
        for offset in self._offsets():
            side = "previous" if offset < 0 else "next"
            names += [f"{side}{abs(offset)}:{c}" for c in self.classes_]
            names.append(f"{side}{abs(offset)}:missing")
        names += [
            "window_max_removal",
            "document_max_promo",
            "document_mean_removal",
            "promo_run_length",
        ]
        return names

    def final_input(self, features: Any, scores: np.ndarray, documents: np.ndarray) -> np.ndarray:
        """The second stage's input: sequence features, and the block's own features if passed through."""
        sequence = self.sequence_features(scores, documents)
        if not self.passthrough:
            return sequence
        own = features.toarray() if sp.issparse(features) else np.asarray(features, dtype=float)
        return np.hstack([sequence, own])

    def _offsets(self) -> list[int]:
        return [o for o in range(-self.window, self.window + 1) if o != 0]

    def sequence_features(self, scores: np.ndarray, groups: np.ndarray) -> np.ndarray:
        n, k = scores.shape
        doc = document_ids(groups)
        content = list(self.classes_).index("content") if "content" in self.classes_ else 0
        promo_columns = [j for j, c in enumerate(self.classes_) if str(c).startswith("promo")]
        removal = 1.0 - scores[:, content]
        promo = scores[:, promo_columns].sum(axis=1) if promo_columns else np.zeros(n)
        logits = _clipped_logit(scores)
        parts = [logits]
        window_max = removal.copy()
        for offset in self._offsets():
            index = np.arange(n) + offset
            inside = (index >= 0) & (index < n)
            inside[inside] &= doc[index[inside]] == doc[inside]
            shifted = np.zeros((n, k))
            shifted[inside] = logits[index[inside]]
            parts += [shifted, (~inside).astype(float)[:, None]]
            neighbour_removal = np.zeros(n)
            neighbour_removal[inside] = removal[index[inside]]
            window_max = np.maximum(window_max, neighbour_removal)
        n_docs = int(doc[-1]) + 1 if n else 0
        doc_max = np.zeros(n_docs)
        np.maximum.at(doc_max, doc, promo)
        doc_mean = np.bincount(doc, weights=removal, minlength=n_docs) / np.maximum(
            np.bincount(doc, minlength=n_docs), 1
        )
        run = self._run_lengths(promo > 0.5, doc)
        parts += [
            _clipped_logit(window_max)[:, None],
            _clipped_logit(doc_max[doc])[:, None],
            _clipped_logit(doc_mean[doc])[:, None],
            np.log1p(run)[:, None],
        ]
        return np.hstack(parts)

    @staticmethod
    def _run_lengths(flags: np.ndarray, doc: np.ndarray) -> np.ndarray:
        """Length of the run of flagged blocks each flagged block belongs to."""
        n = len(flags)
        out = np.zeros(n)
        i = 0
        while i < n:
            if not flags[i]:
                i += 1
                continue
            j = i
            while j + 1 < n and flags[j + 1] and doc[j + 1] == doc[i]:
                j += 1
            out[i : j + 1] = j - i + 1
            i = j + 1
        return out


class RowClassifier(ClassifierMixin, BaseEstimator):
    """A classifier of each row alone, over the same input as ``SequenceStacker``.

    The feature step passes the group and document keys through as its last
    two columns; this classifier drops them and scores each row from its own
    features, like a sequence model's first stage with no second. The splice
    model is one: its rows are the sentences of one paragraph, whose
    neighbours are the same paragraph's sentences, and on held-out documents
    a second stage over them cut more content sentences for the spliced ones
    it found.

    Parameters
    ----------
    estimator : the classifier of a row's features.
    """

    def __init__(self, estimator: Any = None) -> None:
        self.estimator = estimator

    def fit(self, X: Any, y: Any) -> RowClassifier:
        features, _, _ = split_keys(X)
        estimator = self.estimator if self.estimator is not None else _default_classifier()
        self.n_features_in_ = features.shape[1] + 2
        self.estimator_ = clone(estimator).fit(features, np.asarray(y))
        self.classes_ = self.estimator_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "estimator_")
        features, _, _ = split_keys(X)
        return np.asarray(self.estimator_.predict_proba(features))

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_[np.argmax(self.predict_proba(X), axis=1)])


def _default_classifier() -> LogisticRegression:
    """The classifier of either stage when none is given: a plain multinomial logistic regression."""
    return LogisticRegression(max_iter=2000)
