"""Text scores: what a linear model of the block's words and characters says.

Word 1-2-grams and character 3-5-grams (robust to inflection and to the
languages the corpus covers) feed a linear classifier; its class
probabilities become features of the model's next stage. During training
they are cross-fitted by source document, as scikit-learn's TargetEncoder
does, so the next stage learns from scores as unsure as those it will see on
unseen documents.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

from detector.features.columns import as_columns, as_texts, text_input_tags
from detector.features.frame import above_document_median, distinct_texts
from detector.features.memo import TextMemo
from detector.features.ngrams import text_vectors
from detector.model.sequence import out_of_fold_scores

_PROBA_MEMOS: weakref.WeakKeyDictionary[Any, TextMemo[np.ndarray]] = weakref.WeakKeyDictionary()
"""Per fitted text model, the probabilities of recent short texts (page furniture repeats)."""


_TRAINING_STATE = ("_standard_coef", "_standard_intercept", "_average_coef", "_average_intercept")
"""Arrays an averaged ``SGDClassifier`` keeps after fitting only to go on training
(``partial_fit``, ``warm_start``); each is as large as ``coef_``, the one predictions use."""


def without_training_state(classifier: Any) -> Any:
    """``classifier`` without the copies of its weights that only further training reads.

    An averaged SGD model holds its weights three times over; for a model
    file that only predicts, two of them triple its size for nothing.
    """
    for name in _TRAINING_STATE:
        if hasattr(classifier, name):
            delattr(classifier, name)
    return classifier


def clipped_log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-4, 1.0))


class CrossFittedScores(TransformerMixin, BaseEstimator):
    """What the linear scorers of block words share: their input, output and cross-fitting.

    Input columns: the group key (source document, for cross-fitting), the
    document key (for scores relative to the document) and the block text.
    Output: each class's log-probability, and the same minus the document's
    median, so that a block stands out only if its document does not share
    its style (a recipe is imperative throughout; an ad inside a news story
    is not). Subclasses name their columns with ``feature_prefix``.
    """

    feature_prefix = "score"

    def _split(self, X: Any, width: int | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:
        columns = as_columns(X)
        name = type(self).__name__
        if width is not None and columns.shape[1] != width:
            raise ValueError(
                f"X has {columns.shape[1]} features, but {name} is expecting {width} features as input."
            )
        if columns.shape[1] < 3:
            raise ValueError(
                f"{name} reads 3 columns (group, document, text); got {columns.shape[1]} feature(s)"
            )
        return columns[:, 0], columns[:, 1], as_texts(columns[:, 2])

    def _checked_target(self, X: Any, y: Any) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
        if y is None:
            raise ValueError(f"{type(self).__name__} requires y to be passed, but the target y is None")
        groups, documents, texts = self._split(X)
        if len(texts) == 0:
            raise ValueError("Found array with 0 sample(s) while a minimum of 1 is required.")
        self.n_features_in_ = as_columns(X).shape[1]
        return groups, documents, texts, np.asarray(y)

    def fit(self, X: Any, y: Any) -> CrossFittedScores:
        self._fit(X, y)
        return self

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray:
        """Fit, and return out-of-fold scores for the training rows (grouped by source)."""
        groups, documents, inputs, y = self._fit(X, y)
        folds = min(self.cv, len(np.unique(groups)))
        if folds < 2:
            return self._features(self._fitted_proba(inputs), documents)
        proba = out_of_fold_scores(self._unfitted(), inputs, y, groups, self.classes_, folds)
        return self._features(proba, documents)

    def _fit(self, X: Any, y: Any) -> tuple[np.ndarray, np.ndarray, Any, np.ndarray]:
        """Fit the scorer; return the groups, documents, the rows as its model reads them, and y."""
        raise NotImplementedError

    def _unfitted(self) -> Any:
        """A fresh copy of the model ``_fit`` fits, for the cross-fitted training scores."""
        raise NotImplementedError

    def _fitted_proba(self, inputs: Any) -> np.ndarray:
        """The fitted model's probabilities of rows as ``_fit`` returns them."""
        raise NotImplementedError

    @staticmethod
    def _features(proba: np.ndarray, documents: np.ndarray) -> np.ndarray:
        scores = clipped_log(proba)
        return np.hstack([scores, above_document_median(scores, documents)])

    def __sklearn_tags__(self) -> Any:
        tags = text_input_tags(super().__sklearn_tags__())
        tags.target_tags.required = True
        return tags

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "classes_")
        names = [f"{self.feature_prefix}_{c}" for c in self.classes_]
        names += [f"{self.feature_prefix}_{c}_above_document" for c in self.classes_]
        return np.array(names, dtype=object)


class TextScores(CrossFittedScores):
    """Cross-fitted log-probabilities of a word and character n-gram model (see ``CrossFittedScores``)."""

    feature_prefix = "text_score"

    def __init__(
        self,
        max_words: int = 50_000,
        max_chars: int = 50_000,
        alpha: float = 2e-5,
        cv: int = 5,
        random_state: int = 0,
    ) -> None:
        self.max_words = max_words
        self.max_chars = max_chars
        self.alpha = alpha
        self.cv = cv
        self.random_state = random_state

    def _model(self) -> Pipeline:
        vectors = FeatureUnion(
            [
                (
                    "words",
                    TfidfVectorizer(
                        token_pattern=r"(?u)\b\w+\b",
                        ngram_range=(1, 2),
                        min_df=2,
                        max_features=self.max_words,
                        sublinear_tf=True,
                        dtype=np.float32,
                    ),
                ),
                (
                    "chars",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=(3, 5),
                        min_df=2,
                        max_features=self.max_chars,
                        sublinear_tf=True,
                        dtype=np.float32,
                    ),
                ),
            ]
        )
        return Pipeline([("vectors", vectors), ("classifier", linear_scorer(self.alpha, self.random_state))])

    def _fit(self, X: Any, y: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        groups, documents, texts, y = self._checked_target(X, y)
        self.model_ = self._model().fit(texts, y)
        without_training_state(self.model_.steps[-1][1])
        self.classes_ = self.model_.classes_
        return groups, documents, np.asarray(texts, dtype=object), y

    def _unfitted(self) -> Pipeline:
        return self._model()

    def _fitted_proba(self, inputs: Any) -> np.ndarray:
        return np.asarray(self.model_.predict_proba(list(inputs)))

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "model_")
        _, documents, texts = self._split(X, self.n_features_in_)
        if not texts:
            return np.zeros((0, 2 * len(self.classes_)))
        return self._features(self._proba(texts), documents)

    def _proba(self, texts: list[str]) -> np.ndarray:
        """The text model's probabilities, computed once per distinct text (pages repeat their furniture)."""
        distinct, inverse = distinct_texts(texts)
        memo = _PROBA_MEMOS.get(self.model_)
        if memo is None:
            memo = _PROBA_MEMOS[self.model_] = TextMemo()
        return np.array(memo.values(distinct, self._distinct_proba))[inverse]

    def _distinct_proba(self, texts: list[str]) -> list[np.ndarray]:
        if not isinstance(self.model_, Pipeline):
            proba = np.asarray(self.model_.predict_proba(texts))
        else:
            data: Any = texts
            for _, step in self.model_.steps[:-1]:
                data = text_vectors(step, data)
            proba = np.asarray(self.model_.steps[-1][1].predict_proba(data))
        # Rows copied: a view would keep the whole batch's matrix alive in the memo.
        return [row.copy() for row in proba]


def linear_scorer(alpha: float, random_state: int) -> SGDClassifier:
    """The linear classifier of the scorers: logistic loss, averaged SGD."""
    return SGDClassifier(
        loss="log_loss", alpha=alpha, average=True, max_iter=50, tol=1e-4, random_state=random_state
    )


class MarkupScores(TextScores):
    """``TextScores`` over the markup tokens of HTML blocks (``tag:p``, ``up:ad``, ``in:nav`` …).

    Tokens are whitespace-separated and taken one by one; the same
    cross-fitted linear model turns hundreds of sparse token columns into one
    score per class for the trees.
    """

    def _model(self) -> Pipeline:
        model = super()._model()
        tokens = TfidfVectorizer(
            token_pattern=r"\S+",
            lowercase=False,
            min_df=2,
            max_features=self.max_words,
            sublinear_tf=True,
            dtype=np.float32,
        )
        model.steps[0] = ("vectors", tokens)
        return model
