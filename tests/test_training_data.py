"""The committed corpus meets the specification the model is trained to (training_data/README.md)."""

from __future__ import annotations

from collections import Counter

import pytest

from detector.blocks import Kind, Label
from detector.corpus.dataset import Corpus, Splits, load_corpus, make_splits
from detector.corpus.inject import InjectionConfig
from tests.conftest import REPO


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(REPO / "training_data")


@pytest.fixture(scope="module")
def splits(corpus: Corpus) -> Splits:
    return make_splits(corpus, InjectionConfig())


def test_base_documents_cover_many_genres_and_lengths(corpus: Corpus) -> None:
    assert len(corpus.base) >= 600
    genres = Counter(str(d.meta.get("genre")) for d in corpus.base)
    assert len(genres) >= 25
    lengths = [len(d.blocks) for d in corpus.base]
    assert min(lengths) <= 3 and max(lengths) >= 30


def test_a_fifth_of_documents_are_in_six_other_languages(corpus: Corpus) -> None:
    languages = Counter(d.lang for d in corpus.base + corpus.complete)
    others = {lang: n for lang, n in languages.items() if lang != "en"}
    assert len([n for n in others.values() if n >= 20]) >= 6
    assert sum(others.values()) / sum(languages.values()) >= 0.20


def test_hard_negatives_and_boilerplate_are_present(corpus: Corpus) -> None:
    documents = corpus.base + corpus.complete
    hard = sum(bool(d.meta.get("hard_negative")) for d in documents)
    with_boilerplate = sum(any(b.label == Label.BOILERPLATE.value for b in d.blocks) for d in documents)
    assert hard / len(documents) >= 0.25
    assert with_boilerplate / len(documents) >= 0.15


def test_inserts_cover_every_kind_and_many_topics(corpus: Corpus) -> None:
    assert len(corpus.inserts) >= 1000
    kinds = Counter(i.kind for i in corpus.inserts)
    assert set(kinds) == {k.value for k in Kind}
    assert min(kinds.values()) >= 100
    assert sum(i.topic != "general" for i in corpus.inserts) / len(corpus.inserts) >= 0.25
    assert sum(i.marked for i in corpus.inserts) / len(corpus.inserts) >= 0.3
    assert sum(not i.marked for i in corpus.inserts) / len(corpus.inserts) >= 0.3
    sizes = Counter(len(i.blocks) for i in corpus.inserts)
    assert sizes[1] and max(sizes) >= 5


def test_every_language_has_inserts_of_every_kind(corpus: Corpus) -> None:
    by_language: dict[str, set[str]] = {}
    for insert in corpus.inserts:
        by_language.setdefault(insert.lang, set()).add(insert.kind)
    for document in corpus.base:
        assert by_language.get(document.lang) == {k.value for k in Kind}, document.lang


def test_ids_are_unique_across_files(corpus: Corpus) -> None:
    ids = [d.id for d in corpus.base + corpus.complete] + [i.id for i in corpus.inserts]
    assert len(ids) == len(set(ids))


def test_generated_documents_stay_clean_often_enough(splits: Splits) -> None:
    clean = sum(not d.has_promo for d in splits.train)
    assert clean / len(splits.train) >= 0.25


def test_no_long_block_is_repeated_across_documents(corpus: Corpus) -> None:
    texts = Counter(b.text for d in corpus.base + corpus.complete for b in d.blocks if len(b.text) > 40)
    texts.update(b.text for i in corpus.inserts for b in i.blocks if len(b.text) > 40)
    repeated = [t for t, n in texts.items() if n > 1]
    assert len(repeated) <= len(texts) // 1000, repeated[:5]
