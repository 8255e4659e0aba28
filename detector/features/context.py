"""Context features: how a block sits in *its* document.

An ad spliced into an article is out of context: its words and names occur
nowhere else in the document, it resembles neither neighbour, its headline
may repeat, and it speaks to the reader where the rest of the document does
not. All of it is computed per document with sparse matrix algebra, so the
cost stays linear in the number of blocks.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from detector.features import lexicon
from detector.features.columns import as_columns, as_texts, text_input_tags
from detector.features.frame import distinct_texts, document_ids
from detector.features.memo import TextMemo
from detector.features.ngrams import tfidf_transform

FEATURE_NAMES: tuple[str, ...] = (
    "relative_position",
    "is_first_block",
    "is_last_block",
    "log_document_blocks",
    "similarity_to_rest",
    "similarity_to_previous",
    "similarity_to_next",
    "similarity_to_best_neighbour",
    "novel_word_share",
    "novel_name_share",
    "novel_names",
    "repeated_line",
    "relative_length",
    "document_second_person_rate",
    "second_person_above_document",
    "document_cta_rate",
    "cta_above_document",
)

NEIGHBOUR_WORD_NAMES: tuple[str, ...] = (
    "words_only_shared_with_previous",
    "words_only_shared_with_next",
    "share_only_shared_with_previous",
    "share_only_shared_with_next",
)
"""Words a block shares with one neighbour and with no other block of its document.

The blocks of one insert (label, headline, body, sponsor line) repeat their
brand, candidate or offer among themselves and nowhere else; two paragraphs
of an article share words the rest of it uses too. With the neighbour's score
beside them, the sequence stage can carry a caught headline's verdict to the
body that names the same brand."""

MIN_SHARED_WORD_LENGTH = 3
"""Shorter words (articles, numbers of one or two digits) say nothing about a shared subject."""

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][\w’'-]+)", re.MULTILINE)


def _row_dot(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def document_entries(blocks: sp.csr_matrix, doc: np.ndarray, documents: sp.csr_matrix) -> np.ndarray:
    """For each stored entry (block i, column j) of ``blocks``, entry (doc[i], j) of ``documents``.

    Looked up by sorted keys instead of copying each document's row to every
    block of it (a document row is as wide as the document's vocabulary).
    Every looked-up entry must be stored in ``documents``, as in a sum of the
    blocks' rows.
    """
    width = blocks.shape[1]
    rows = np.repeat(np.arange(blocks.shape[0]), np.diff(blocks.indptr))
    keys = doc[rows].astype(np.int64) * width + blocks.indices
    documents = documents.sorted_indices()
    document_rows = np.repeat(np.arange(documents.shape[0]), np.diff(documents.indptr))
    document_keys = document_rows.astype(np.int64) * width + documents.indices
    return np.asarray(documents.data[np.searchsorted(document_keys, keys)])


def _dot_with_documents(blocks: sp.csr_matrix, doc: np.ndarray, documents: sp.csr_matrix) -> np.ndarray:
    """``_row_dot(blocks, documents[doc])``, bit for bit, without building ``documents[doc]``.

    scipy's element-wise product keeps the shared columns in column order
    when both matrices have sorted indices, and in the reverse of the first
    matrix's order otherwise; the products are summed in that same order,
    with the same reduction.
    """
    products = blocks.data * document_entries(blocks, doc, documents)
    n = blocks.shape[0]
    rows = np.repeat(np.arange(n), np.diff(blocks.indptr))
    if not (blocks.has_canonical_format and documents.has_canonical_format):
        order = blocks.indptr[rows] + blocks.indptr[rows + 1] - 1 - np.arange(len(rows))
        products = products[order]
    kept = products != 0
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[kept], minlength=n))])
    return _row_sums(products[kept], indptr)


def _row_sums(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Per-row sums of CSR data, reduced as scipy's ``sum(axis=1)`` reduces them."""
    sums = np.zeros(len(indptr) - 1)
    stored = np.flatnonzero(np.diff(indptr))
    if len(stored):
        sums[stored] = np.add.reduceat(data, indptr[stored])
    return sums


def _names_and_words(text: str) -> tuple[set[str], set[str]]:
    words = set(lexicon.folded_words(text))
    names = {m.casefold() for m in _NAME.findall(text) if len(m) > 1}
    return names, words


_SECOND_PERSON = frozenset(lexicon.SECOND_PERSON)
_CTA_VERBS = frozenset(lexicon.CTA_VERBS)


@dataclass(frozen=True, slots=True)
class _BlockWords:
    """What the context features read in one block's text, parsed once per distinct text."""

    names: frozenset[str]
    words: frozenset[str]
    line_set: frozenset[str]
    """Its distinct non-empty lines, spaces collapsed and casefolded."""
    long_lines: frozenset[str]
    """Those of more than three characters (the ones a repeat counts for)."""
    second_rate: float
    cta_rate: float

    @classmethod
    def of(cls, text: str) -> _BlockWords:
        names, words = _names_and_words(text)
        lines = frozenset(" ".join(line.split()).casefold() for line in text.splitlines())
        # Interned: the memo keeps thousands of these, and their words are mostly the same words.
        return cls(
            names=frozenset(map(sys.intern, names)),
            words=frozenset(map(sys.intern, words)),
            line_set=frozenset(line for line in lines if line),
            long_lines=frozenset(line for line in lines if len(line) > 3),
            second_rate=len(words & _SECOND_PERSON) / len(words) if words else 0.0,
            cta_rate=len(words & _CTA_VERBS) / len(words) if words else 0.0,
        )

    def novel_names(self, word_counts: Counter[str]) -> int:
        """How many of its names no more than one block of the document uses as a word."""
        return sum(1 for name in self.names if word_counts[name] <= 1)


def _parse_blocks(texts: list[str]) -> list[_BlockWords]:
    return [_BlockWords.of(text) for text in texts]


_WORDS_MEMO: TextMemo[_BlockWords] = TextMemo()
"""What the context features read in recent short texts (page furniture repeats)."""


def _only_shared_with_neighbours(document: list[_BlockWords], word_counts: Counter[str]) -> np.ndarray:
    """The ``NEIGHBOUR_WORD_NAMES`` columns of one document's blocks.

    ``word_counts`` counts the blocks using each word, so a word two adjacent
    blocks share is theirs alone when it counts two.
    """
    size = len(document)
    out = np.zeros((size, len(NEIGHBOUR_WORD_NAMES)))
    for k in range(size - 1):
        shared = document[k].words & document[k + 1].words
        only = sum(1 for w in shared if word_counts[w] == 2 and len(w) >= MIN_SHARED_WORD_LENGTH)
        if not only:
            continue
        out[k, 1] = out[k + 1, 0] = np.log1p(only)
        out[k, 3] = only / len(document[k].words)
        out[k + 1, 2] = only / len(document[k + 1].words)
    return out


class DocumentContext(TransformerMixin, BaseEstimator):
    """Score each block against the rest of its document.

    Input columns: the document key (rows of one document are contiguous and
    in reading order) and the block text. ``fit`` learns word IDF weights.

    Parameters
    ----------
    min_df : kept for models fitted with it; the IDF weights use every word.
    neighbour_words : add the ``NEIGHBOUR_WORD_NAMES`` columns.
    """

    neighbour_words: bool = False
    """Read by instances fitted before the parameter existed: they were fitted without those columns."""

    def __init__(self, min_df: int = 2, neighbour_words: bool = True) -> None:
        self.min_df = min_df
        self.neighbour_words = neighbour_words

    @property
    def feature_names(self) -> tuple[str, ...]:
        """The names of the output columns, in order."""
        return FEATURE_NAMES + (NEIGHBOUR_WORD_NAMES if self.neighbour_words else ())

    def fit(self, X: Any, y: Any = None) -> DocumentContext:
        columns = as_columns(X)
        if columns.shape[0] == 0:
            raise ValueError("Found array with 0 sample(s) while a minimum of 1 is required.")
        self.n_features_in_ = columns.shape[1]
        if self.n_features_in_ < 2:
            raise ValueError(
                "DocumentContext needs two columns (document key, text); "
                f"got {self.n_features_in_} feature(s)"
            )
        texts = as_texts(columns[:, 1])
        self.vectorizer_ = TfidfVectorizer(
            token_pattern=r"(?u)\b\w\w+\b", min_df=1, sublinear_tf=True, dtype=np.float32
        )
        try:
            self.vectorizer_.fit(texts)
        except ValueError:  # no word at all: fall back to a character vocabulary
            self.vectorizer_ = TfidfVectorizer(analyzer="char", min_df=1, dtype=np.float32)
            self.vectorizer_.fit([t or " " for t in texts])
        return self

    def __sklearn_tags__(self) -> Any:
        return text_input_tags(super().__sklearn_tags__())

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"context_{name}" for name in self.feature_names], dtype=object)

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "vectorizer_")
        columns = as_columns(X)
        if columns.shape[1] != self.n_features_in_:
            raise ValueError(
                f"X has {columns.shape[1]} features, but DocumentContext is expecting "
                f"{self.n_features_in_} features as input."
            )
        n = columns.shape[0]
        out = np.zeros((n, len(self.feature_names)), dtype=float)
        if n == 0:
            return out
        texts = as_texts(columns[:, 1])
        doc = document_ids(columns[:, 0])
        n_docs = int(doc[-1]) + 1
        starts = np.searchsorted(doc, np.arange(n_docs))
        counts = np.bincount(doc, minlength=n_docs)
        position = np.arange(n) - starts[doc]
        size = counts[doc]

        out[:, 0] = np.where(size > 1, position / np.maximum(size - 1, 1), 0.0)
        out[:, 1] = position == 0
        out[:, 2] = position == size - 1
        out[:, 3] = np.log1p(size)

        vectors = sp.csr_matrix(tfidf_transform(self.vectorizer_, texts), dtype=np.float64)
        membership = sp.csr_matrix((np.ones(n), (doc, np.arange(n))), shape=(n_docs, n))
        doc_sums = sp.csr_matrix(membership @ vectors)
        own = _row_dot(vectors, vectors)
        with_doc = _dot_with_documents(vectors, doc, doc_sums)
        doc_norm = _row_dot(doc_sums, doc_sums)[doc]
        rest_norm = np.sqrt(np.maximum(doc_norm - 2 * with_doc + own, 0.0))
        out[:, 4] = np.where(rest_norm > 1e-9, (with_doc - own) / np.maximum(rest_norm, 1e-9), 0.0)

        previous = np.maximum(np.arange(n) - 1, 0)
        following = np.minimum(np.arange(n) + 1, n - 1)
        has_previous = position > 0
        has_next = position < size - 1
        out[:, 5] = np.where(has_previous, _row_dot(vectors, vectors[previous]), 0.0)
        out[:, 6] = np.where(has_next, _row_dot(vectors, vectors[following]), 0.0)
        out[:, 7] = np.maximum(out[:, 5], out[:, 6])

        out[:, 8] = self._novel_word_share(vectors, membership, doc)
        self._names_and_lines(texts, doc, starts, counts, out, self.neighbour_words)

        lengths = np.array([len(t) for t in texts], dtype=float)
        for d in range(n_docs):
            rows = slice(starts[d], starts[d] + counts[d])
            out[rows, 12] = np.log1p(lengths[rows]) - np.log1p(np.median(lengths[rows]))
        return out

    def _novel_word_share(
        self, vectors: sp.csr_matrix, membership: sp.csr_matrix, doc: np.ndarray
    ) -> np.ndarray:
        """IDF-weighted share of a block's words that no other block of its document uses."""
        presence = vectors.copy()
        presence.data[:] = 1.0
        presence.sort_indices()
        doc_counts = document_entries(presence, doc, sp.csr_matrix(membership @ presence))
        weights = self.vectorizer_.idf_[presence.indices]
        novel = np.where(doc_counts == 1.0, weights, 0.0)
        n = vectors.shape[0]
        rows = np.repeat(np.arange(n), np.diff(presence.indptr))
        total = np.bincount(rows, weights=weights, minlength=n)
        novel_total = np.bincount(rows, weights=novel, minlength=n)
        return np.where(total > 0, novel_total / np.maximum(total, 1e-9), 0.0)

    @staticmethod
    def _names_and_lines(
        texts: list[str],
        doc: np.ndarray,
        starts: np.ndarray,
        counts: np.ndarray,
        out: np.ndarray,
        neighbour_words: bool,
    ) -> None:
        """Names unseen elsewhere in the document, repeated lines, reader address, words of two neighbours."""
        distinct, inverse = distinct_texts(texts)
        parsed = _WORDS_MEMO.values(distinct, _parse_blocks)
        blocks = [parsed[i] for i in inverse.tolist()]
        for d in range(len(starts)):
            first, size = int(starts[d]), int(counts[d])
            document = blocks[first : first + size]
            word_counts = Counter(chain.from_iterable(b.words for b in document))
            line_counts = Counter(chain.from_iterable(b.line_set for b in document))
            rows = slice(first, first + size)
            novel = [b.novel_names(word_counts) for b in document]
            out[rows, 9] = [n / len(b.names) if b.names else 0.0 for b, n in zip(document, novel)]
            out[rows, 10] = np.log1p(np.array(novel, dtype=float))
            out[rows, 11] = [float(any(line_counts[line] > 1 for line in b.long_lines)) for b in document]
            second_rates = np.array([b.second_rate for b in document])
            cta_rates = np.array([b.cta_rate for b in document])
            out[rows, 13] = second_rates.mean()
            out[rows, 14] = second_rates - second_rates.mean()
            out[rows, 15] = cta_rates.mean()
            out[rows, 16] = cta_rates - cta_rates.mean()
            if neighbour_words:
                out[rows, len(FEATURE_NAMES) :] = _only_shared_with_neighbours(document, word_counts)
