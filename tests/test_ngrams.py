"""The per-token TF-IDF path gives exactly the matrix ``TfidfVectorizer.transform`` gives."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from detector.features import ngrams
from detector.features.lexicon import PhraseCounter, count_in
from detector.features.lexicon import ngrams as word_runs

TRAIN = [
    "Buy now and save 20% on the Zephyr phone!",
    "The council met on Tuesday and approved the budget.",
    "Sponsored content: brought to you by Acme.",
    "Le conseil a voté le budget mardi soir.",
    "Der Rat hat am Dienstag den Haushalt beschlossen.",
    "Click here to sign up for our newsletter, it's free.",
    "The budget was approved after a long debate on Tuesday.",
] * 2
NEW = [
    "",
    "   ",
    "Save 20% now: the budget phone, sponsored by Acme!",
    "İSTANBUL  ǅemal\u00a0ß straße\tTUESDAY\n\nthe the the",
    "a",
    "Le   budget\r\nof the council, approved approved.",
    "x" * 40,
]


def same_matrix(a: object, b: object) -> bool:
    """Bit for bit: type, dtype, layout and values."""
    return (
        type(a) is type(b)
        and a.dtype == b.dtype  # type: ignore[attr-defined]
        and a.shape == b.shape  # type: ignore[attr-defined]
        and all(
            np.array_equal(getattr(a, part), getattr(b, part))
            and getattr(a, part).dtype == getattr(b, part).dtype
            for part in ("indptr", "indices", "data")
        )
    )


VECTORIZERS = [
    dict(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32),
    dict(token_pattern=r"(?u)\b\w\w+\b", sublinear_tf=True, dtype=np.float32),
    dict(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, dtype=np.float32),
    dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32),
    dict(analyzer="char_wb", ngram_range=(1, 3)),
    dict(analyzer="char_wb", ngram_range=(2, 4), min_df=2, lowercase=False),
]


@pytest.mark.parametrize("settings", VECTORIZERS)
def test_same_tfidf_matrix_as_scikit_learn(settings: dict[str, object]) -> None:
    vectorizer = TfidfVectorizer(**settings).fit(TRAIN)  # type: ignore[arg-type]
    for texts in (NEW, TRAIN, NEW + NEW, NEW[:1]):
        assert same_matrix(ngrams.tfidf_transform(vectorizer, texts), vectorizer.transform(texts))


def test_unsupported_settings_fall_back() -> None:
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(TRAIN)
    assert ngrams._counter(vectorizer) is None
    assert same_matrix(ngrams.tfidf_transform(vectorizer, NEW), vectorizer.transform(NEW))


def test_union_of_vectorizers() -> None:
    union = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), dtype=np.float32)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), dtype=np.float32)),
        ]
    ).fit(TRAIN)
    assert same_matrix(ngrams.text_vectors(union, NEW), union.transform(NEW))


def test_word_ngrams_match_char_wb() -> None:
    rng = random.Random(0)
    for low, high in ((3, 5), (1, 1), (1, 3), (2, 6)):
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(low, high))
        for _ in range(300):
            word = "".join(rng.choice("abcé") for _ in range(rng.randint(1, 8)))
            assert ngrams.padded_word_ngrams(f" {word} ", low, high) == vectorizer._char_wb_ngrams(word)


def test_remembered_words_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ngrams, "MAX_REMEMBERED_TOKENS", 5)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(TRAIN)
    assert same_matrix(ngrams.tfidf_transform(vectorizer, TRAIN), vectorizer.transform(TRAIN))
    counter = ngrams._counter(vectorizer)
    assert isinstance(counter, ngrams._CharCounter)
    assert len(counter.remembered) <= 5


def test_threads_sharing_a_vectorizer_get_scikit_learns_matrices() -> None:
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(TRAIN)
    rng = random.Random(3)
    words = " ".join([*TRAIN, *NEW]).split()
    batches = [[" ".join(rng.choices(words, k=12)) + f" w{i}x{j}" for j in range(20)] for i in range(24)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda texts: ngrams.tfidf_transform(vectorizer, texts), batches))
    for texts, result in zip(batches, results):
        assert same_matrix(result, vectorizer.transform(texts))


def test_phrase_counter_counts_like_word_runs() -> None:
    sets = [frozenset({"sign up", "free", "sign in to", "a b c d"}), frozenset({"in", "in partnership with"})]
    counter = PhraseCounter(sets)
    rng = random.Random(1)
    vocabulary = ["sign", "up", "in", "to", "free", "partnership", "with", "a", "b", "c", "d", "x"]
    for _ in range(500):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        assert counter.counts(words) == [count_in(word_runs(words), s) for s in sets]


def test_longer_tokens_taken_from_the_broader_pattern_of_the_same_batch() -> None:
    broad = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 2)).fit(TRAIN)
    longer = TfidfVectorizer(token_pattern=r"(?u)\b\w\w+\b").fit(TRAIN)
    ngrams.tfidf_transform(broad, NEW)
    for texts in (NEW, NEW + TRAIN):
        assert same_matrix(ngrams.tfidf_transform(longer, texts), longer.transform(texts))
