"""Novel-word scores: which of a block's words its document uses nowhere else, and what that says.

The text model reads a block's words alone, so "costs 29 euros at Toolcrate"
means the same to it in a product review, where prices and shops run through
the whole text, and in a charity report, where nothing else is for sale. The
context features see that the words are new to the document, but only as one
share for all of them. Here each word of a block becomes one of three
features, by how many blocks of its document use it (this block only, two
blocks, three or more), and a linear model learns which words weigh as what:
a price, a shop's name or "order" that the document uses nowhere else points
to an insert; the same words shared with the rest of the text do not. Like
``TextScores``, its probabilities are cross-fitted by source document during
training, so the next stage learns from scores as unsure as those of unseen
documents.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from detector.features.context import document_entries
from detector.features.frame import document_ids
from detector.features.ngrams import tfidf_transform
from detector.features.text import CrossFittedScores, linear_scorer, without_training_state

SPREADS = ("own", "pair", "shared")
"""How widely a word is used in its document: by this block only, by two blocks, by three or more."""


class NovelWordScores(CrossFittedScores):
    """Cross-fitted log-probabilities of a linear model over words told apart by their spread in the document.

    Input and output as ``CrossFittedScores``: the group key, the document
    key (rows of one document are contiguous) and the block text in; each
    class's log-probability, and the same minus the document's median, out.

    Parameters
    ----------
    max_words : the most frequent words kept (each seen in two blocks or more).
    alpha : regularisation of the linear model.
    cv : document folds of the cross-fitted training scores.
    random_state : seed of the linear model.
    """

    feature_prefix = "novel_words"

    def __init__(
        self, max_words: int = 100_000, alpha: float = 2e-5, cv: int = 5, random_state: int = 0
    ) -> None:
        self.max_words = max_words
        self.alpha = alpha
        self.cv = cv
        self.random_state = random_state

    def spread_vectors(self, texts: list[str], documents: np.ndarray) -> sp.csr_matrix:
        """Each block's word TF-IDF row, its columns moved to the block of their spread (see ``SPREADS``)."""
        check_is_fitted(self, "vectorizer_")
        vectors = sp.csr_matrix(tfidf_transform(self.vectorizer_, texts))
        width = len(self.vectorizer_.vocabulary_)
        n = vectors.shape[0]
        doc = document_ids(documents)
        presence = vectors.copy()
        presence.data[:] = 1.0
        membership = sp.csr_matrix((np.ones(n), (doc, np.arange(n))), shape=(int(doc[-1]) + 1 if n else 0, n))
        blocks_using = document_entries(presence, doc, sp.csr_matrix(membership @ presence))
        spread = np.minimum(np.rint(blocks_using).astype(np.int64), len(SPREADS)) - 1
        indices = vectors.indices.astype(np.int64) + spread * width
        out = sp.csr_matrix((vectors.data, indices, vectors.indptr), shape=(n, width * len(SPREADS)))
        out.sort_indices()
        return out

    def _fit(self, X: Any, y: Any) -> tuple[np.ndarray, np.ndarray, sp.csr_matrix, np.ndarray]:
        groups, documents, texts, y = self._checked_target(X, y)
        self.vectorizer_ = TfidfVectorizer(
            token_pattern=r"(?u)\b\w+\b",
            min_df=2,
            max_features=self.max_words,
            sublinear_tf=True,
            dtype=np.float32,
        )
        try:
            self.vectorizer_.fit(texts)
        except ValueError:  # too few words seen twice: keep every word
            self.vectorizer_.set_params(min_df=1).fit([t or "_" for t in texts])
        vectors = self.spread_vectors(texts, documents)
        self.classifier_ = without_training_state(
            linear_scorer(self.alpha, self.random_state).fit(vectors, y)
        )
        self.classes_ = self.classifier_.classes_
        return groups, documents, vectors, y

    def _unfitted(self) -> Any:
        return linear_scorer(self.alpha, self.random_state)

    def _fitted_proba(self, inputs: Any) -> np.ndarray:
        return np.asarray(self.classifier_.predict_proba(inputs))

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "classifier_")
        _, documents, texts = self._split(X, self.n_features_in_)
        if not texts:
            return np.zeros((0, 2 * len(self.classes_)))
        return self._features(
            self.classifier_.predict_proba(self.spread_vectors(texts, documents)), documents
        )
