"""The TF-IDF matrix of a fitted ``TfidfVectorizer``, counted per distinct token.

scikit-learn's ``transform`` builds every n-gram of every document as a
string and looks each one up in the vocabulary, one document at a time.
Most of that work repeats: a word's character n-grams (``char_wb``) depend
on the word alone, and blocks of one batch share most of their words. Here
each distinct token is analysed once (and its character n-grams remembered
across batches), and the per-document counts come from sparse products. The
count matrix is the one scikit-learn builds (same entries, sorted indices,
same dtype), and it goes through the vectorizer's own TF-IDF step, so the
output is identical to ``vectorizer.transform``. Settings this module does
not reproduce exactly fall back to ``vectorizer.transform``.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Sequence
from itertools import chain, islice
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from detector.features.frame import distinct_texts

MAX_REMEMBERED_TOKENS = 200_000
"""Distinct words whose character n-grams are kept between batches (bounds the memory)."""


_SAME_TOKENS = {r"(?u)\b\w+\b": r"\w+", r"(?u)\b\w\w+\b": r"\w\w+"}
"""Token patterns and cheaper ones that find the same tokens (runs of word characters are maximal)."""


_LONGER_TOKENS = {r"\w\w+": (r"\w+", 2)}
"""Patterns whose tokens are those of another pattern with at least so many characters."""
_TOKEN_SOURCES = frozenset(source for source, _ in _LONGER_TOKENS.values())
_latest_tokens: dict[tuple[str, bool], dict[str, list[str]]] = {}
"""The tokens of the latest batch, per source pattern and lowercasing (the text scores run
before the context features, whose tokens are the longer ones of the same blocks)."""


def tfidf_transform(vectorizer: Any, texts: Sequence[str]) -> Any:
    """``vectorizer.transform(texts)``, faster for the settings the detector uses.

    Rows are computed once per distinct text: every step of the transform
    works row by row, so a repeated text gets the same row.
    """
    counter = _counter(vectorizer)
    if counter is None or not all(isinstance(t, str) for t in texts):
        return vectorizer.transform(texts)
    distinct, inverse = distinct_texts(texts)
    vectors = vectorizer._tfidf.transform(counter.counts(distinct), copy=False)
    return vectors if len(distinct) == len(texts) else vectors[inverse]


_COUNTERS: weakref.WeakKeyDictionary[Any, _WordCounter | _CharCounter | None] = weakref.WeakKeyDictionary()


def _counter(vectorizer: Any) -> _WordCounter | _CharCounter | None:
    """The counter of a fitted vectorizer, built on first use; None if it has no exact fast path."""
    try:
        return _COUNTERS[vectorizer]
    except KeyError:
        pass
    except TypeError:
        return None
    counter: _WordCounter | _CharCounter | None = None
    if _supported(vectorizer):
        counter = _WordCounter(vectorizer) if vectorizer.analyzer == "word" else _CharCounter(vectorizer)
    _COUNTERS[vectorizer] = counter
    return counter


def _supported(vectorizer: Any) -> bool:
    """Plain text in, built-in analysis, nothing this module does not reproduce."""
    return (
        type(vectorizer) is TfidfVectorizer
        and hasattr(vectorizer, "vocabulary_")
        and hasattr(vectorizer, "_tfidf")
        and vectorizer.input == "content"
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.strip_accents is None
        and vectorizer.stop_words is None
        and not vectorizer.binary
        and (
            (vectorizer.analyzer == "word" and tuple(vectorizer.ngram_range) in {(1, 1), (1, 2)})
            or (vectorizer.analyzer == "char_wb" and vectorizer.ngram_range[0] >= 1)
        )
    )


def _count_matrix(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int], dtype: Any) -> Any:
    """Counts of (row, column) pairs in scikit-learn's layout: CSR, sorted indices, int32 indices."""
    counts = sp.csr_array(
        (np.ones(len(rows), dtype=np.float64), (rows, columns)), shape=shape, dtype=np.float64
    )
    return _canonical(counts, dtype)


def _canonical(counts: Any, dtype: Any) -> Any:
    """A CSR count matrix with summed duplicates and sorted indices, as ``CountVectorizer`` returns it."""
    counts = sp.csr_array(counts)
    counts.sum_duplicates()
    counts.sort_indices()
    return sp.csr_array(
        (
            counts.data.astype(dtype),
            counts.indices.astype(np.int32),
            counts.indptr.astype(np.int32),
        ),
        shape=counts.shape,
    )


def _local_ids(tokens_per_text: list[list[str]]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each token's text row and id among the batch's distinct tokens, and those tokens."""
    index: dict[str, int] = {}
    add = index.setdefault
    ids = [add(token, len(index)) for tokens in tokens_per_text for token in tokens]
    lengths = np.fromiter(map(len, tokens_per_text), dtype=np.int64, count=len(tokens_per_text))
    rows = np.repeat(np.arange(len(tokens_per_text)), lengths)
    return rows, np.asarray(ids, dtype=np.int64), list(index)


class _WordCounter:
    """Word unigrams (and bigrams) of a ``token_pattern`` tokenizer."""

    def __init__(self, vectorizer: Any) -> None:
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.pattern: str = _SAME_TOKENS.get(vectorizer.token_pattern, vectorizer.token_pattern)
        self.tokenize: Callable[[str], list[str]] = re.compile(self.pattern).findall
        self.lowercase: bool = vectorizer.lowercase
        self.bigrams: bool = tuple(vectorizer.ngram_range) == (1, 2)
        self.dtype = vectorizer.dtype

    def counts(self, texts: Sequence[str]) -> Any:
        rows, ids, distinct = _local_ids(self._tokens(texts))
        get = self.vocabulary.get
        unigram = np.array([get(token, -1) for token in distinct], dtype=np.int64)[ids]
        all_rows, all_columns = [rows], [unigram]
        if self.bigrams and len(ids) > 1:
            pair_rows, pair_columns = self._bigrams(rows, ids, distinct)
            all_rows.append(pair_rows)
            all_columns.append(pair_columns)
        rows, columns = np.concatenate(all_rows), np.concatenate(all_columns)
        found = columns >= 0
        return _count_matrix(rows[found], columns[found], (len(texts), len(self.vocabulary)), self.dtype)

    def _tokens(self, texts: Sequence[str]) -> list[list[str]]:
        """Each text's tokens; filtered from a broader pattern's tokens of the same batch when it ran."""
        lower = str.lower if self.lowercase else str
        source, shortest = _LONGER_TOKENS.get(self.pattern, ("", 0))
        known = _latest_tokens.get((source, self.lowercase), {})
        if known:
            return [
                [t for t in known[text] if len(t) >= shortest]
                if text in known
                else self.tokenize(lower(text))
                for text in texts
            ]
        tokens = [self.tokenize(lower(text)) for text in texts]
        if self.pattern in _TOKEN_SOURCES:
            _latest_tokens[(self.pattern, self.lowercase)] = dict(zip(texts, tokens))
        return tokens

    def _bigrams(
        self, rows: np.ndarray, ids: np.ndarray, distinct: list[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Adjacent token pairs of one text, looked up once per distinct pair."""
        same_text = rows[1:] == rows[:-1]
        codes = ids[:-1][same_text] * len(distinct) + ids[1:][same_text]
        pairs, inverse = np.unique(codes, return_inverse=True)
        first, second = np.divmod(pairs, len(distinct))
        get = self.vocabulary.get
        features = np.array(
            [get(f"{distinct[a]} {distinct[b]}", -1) for a, b in zip(first.tolist(), second.tolist())],
            dtype=np.int64,
        )
        return rows[1:][same_text], features[inverse.ravel()]


def padded_word_ngrams(padded: str, min_n: int, max_n: int) -> list[str]:
    """The character n-grams of one space-padded word, as ``char_wb`` makes them.

    Each length from ``min_n`` to ``max_n`` slides over the padded word; a
    word no longer than the current length gives itself once and ends the
    series (scikit-learn counts a short word only once).
    """
    size = len(padded)
    grams: list[str] = []
    for n in range(min_n, max_n + 1):
        if size <= n:
            grams.append(padded)
            break
        grams += [padded[i : i + n] for i in range(size - n + 1)]
    return grams


class _CharCounter:
    """Character n-grams inside word boundaries (``char_wb``): the sum of each word's n-grams.

    Every word seen is given a row of a table of its vocabulary n-grams, kept
    between batches (up to ``MAX_REMEMBERED_TOKENS`` words, then started
    afresh), so a batch only analyses the words it is the first to use. The
    table is shared by every thread that uses the model (a Dask worker's
    threads, a web server's), so one batch at a time reads and grows it.
    """

    def __init__(self, vectorizer: Any) -> None:
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.min_n, self.max_n = (int(n) for n in vectorizer.ngram_range)
        self.white_spaces: re.Pattern[str] = vectorizer._white_spaces
        self.lowercase: bool = vectorizer.lowercase
        self.dtype = vectorizer.dtype
        self._lock = threading.Lock()
        self._forget()

    def _forget(self) -> None:
        self.remembered: dict[str, int] = {}
        self.indptr = np.zeros(1, dtype=np.int64)
        self.indices = np.zeros(0, dtype=np.int64)

    def counts(self, texts: Sequence[str]) -> Any:
        with self._lock:
            return self._counts(texts)

    def _counts(self, texts: Sequence[str]) -> Any:
        lower = str.lower if self.lowercase else str
        spaces = self.white_spaces.sub
        tokens = [spaces(" ", lower(t)).split() for t in texts]
        known = len(self.remembered)
        add = self.remembered.setdefault
        remembered = self.remembered
        ids = np.fromiter((add(word, len(remembered)) for words in tokens for word in words), dtype=np.int64)
        if len(remembered) > known:
            self._learn(list(islice(remembered, known, None)))
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        rows = np.repeat(np.arange(len(tokens)), lengths)
        words = sp.csr_array(
            (np.ones(len(ids)), (rows, ids)), shape=(len(texts), len(remembered)), dtype=np.float64
        )
        table = sp.csr_array(
            (np.ones(len(self.indices)), self.indices, self.indptr),
            shape=(len(remembered), len(self.vocabulary)),
        )
        counts = _canonical(words @ table, self.dtype)
        if len(remembered) > MAX_REMEMBERED_TOKENS:
            self._forget()
        return counts

    def _learn(self, words: list[str]) -> None:
        """Append the table rows of new words: the vocabulary indices of their n-grams."""
        features = [self._word_features(f" {word} ") for word in words]
        flat = np.fromiter(chain.from_iterable(features), dtype=np.int64)
        owner = np.repeat(np.arange(len(words)), [len(f) for f in features])
        found = flat >= 0
        per_word = np.bincount(owner[found], minlength=len(words))
        self.indices = np.concatenate([self.indices, flat[found]])
        self.indptr = np.concatenate([self.indptr, self.indptr[-1] + np.cumsum(per_word)])

    def _word_features(self, padded: str) -> list[int]:
        """Vocabulary index (-1 if none) of each n-gram of a padded word, in one pass for long words."""
        get = self.vocabulary.get
        size = len(padded)
        if size <= self.max_n:
            return [get(g, -1) for g in padded_word_ngrams(padded, self.min_n, self.max_n)]
        lengths = range(self.min_n, self.max_n + 1)
        return [get(padded[i : i + n], -1) for n in lengths for i in range(size - n + 1)]


def text_vectors(step: Any, texts: Sequence[str]) -> Any:
    """What a vectorizing step (a ``TfidfVectorizer`` or a union of them) makes of ``texts``."""
    if isinstance(step, TfidfVectorizer):
        return tfidf_transform(step, texts)
    if isinstance(step, FeatureUnion) and _plain_union(step):
        return sp.hstack([tfidf_transform(part, texts) for _, part in step.transformer_list]).tocsr()
    return step.transform(texts)


def _plain_union(union: FeatureUnion) -> bool:
    """A union of vectorizers, unweighted, whose output is scipy's horizontal stack of theirs."""
    return union.transformer_weights is None and all(
        isinstance(part, TfidfVectorizer) for _, part in union.transformer_list
    )
