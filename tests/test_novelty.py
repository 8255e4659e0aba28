"""Novel-word scores tell a word the document uses nowhere else from one it shares."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from detector.features.novelty import SPREADS, NovelWordScores
from detector.model.pipeline import block_features


def _frame(documents: list[list[str]], groups: list[int] | None = None) -> pd.DataFrame:
    doc = np.repeat(np.arange(len(documents)), [len(d) for d in documents])
    group = doc if groups is None else np.repeat(groups, [len(d) for d in documents])
    return pd.DataFrame({"group": group, "doc": doc, "text": [t for d in documents for t in d]})


SHOP_LINE = "The Brisa kettle costs 39 euros at Kettleworks."


def _training() -> tuple[pd.DataFrame, np.ndarray]:
    """Reviews where shops and prices run through the text, and reports where one line sells."""
    documents, labels = [], []
    for g in range(12):
        documents.append(
            [
                f"Review {g}: we tested six kettles in our kitchen.",
                "The Brisa kettle costs 39 euros at Kettleworks and boils fastest.",
                "At Kettleworks the steel Tarn model costs 55 euros.",
                SHOP_LINE,
            ]
        )
        labels += ["content"] * 4
        documents.append(
            [
                f"Report {g}: the food bank fed more families this winter.",
                "Volunteers sorted donations every Saturday in the hall.",
                SHOP_LINE,
                "The hall will stay open on Saturdays until March.",
            ]
        )
        labels += ["content", "content", "promo/ad", "content"]
    return _frame(documents), np.array(labels, dtype=object)


def test_each_word_lands_in_the_column_of_its_spread() -> None:
    data, labels = _training()
    scores = NovelWordScores(cv=2).fit(data, labels)
    width = len(scores.vectorizer_.vocabulary_)
    texts = ["kettle hall", "kettle volunteers", "kettle saturday"]
    vectors = scores.spread_vectors(texts, np.zeros(3, dtype=int))
    assert vectors.shape == (3, width * len(SPREADS))
    kettle, hall = scores.vectorizer_.vocabulary_["kettle"], scores.vectorizer_.vocabulary_["hall"]
    first = set(vectors[0].indices.tolist())
    assert kettle + 2 * width in first  # in all three blocks: shared
    assert hall in first  # in this block only: its own
    assert set(vectors[1].indices.tolist()) - {kettle + 2 * width} == {
        scores.vectorizer_.vocabulary_["volunteers"]
    }


def test_the_same_line_scores_as_promotion_only_where_its_words_are_new() -> None:
    data, labels = _training()
    scores = NovelWordScores(cv=2).fit(data, labels)
    promo = list(scores.get_feature_names_out()).index("novel_words_promo/ad")
    review = ["Review: four kettles on test.", "Kettleworks sells the Brisa kettle for 39 euros.", SHOP_LINE]
    report = ["Report: the choir sang at the town hall.", "The concert raised money for the roof.", SHOP_LINE]
    out = scores.transform(_frame([review, report]))
    assert out[5, promo] > out[2, promo] + 1.0


def test_training_scores_are_cross_fitted_and_named() -> None:
    data, labels = _training()
    scores = NovelWordScores(cv=4, random_state=0)
    assert scores.fit(data, labels) is scores
    assert scores.n_features_in_ == 3 and list(scores.classes_) == ["content", "promo/ad"]
    out_of_fold = NovelWordScores(cv=4, random_state=0).fit_transform(data, labels)
    in_sample = scores.transform(data)
    assert out_of_fold.shape == in_sample.shape == (len(data), 4)
    assert not np.allclose(out_of_fold, in_sample)
    assert list(scores.get_feature_names_out())[:2] == ["novel_words_content", "novel_words_promo/ad"]


def test_novel_word_scores_refuse_missing_target_and_wrong_width() -> None:
    data, labels = _training()
    with pytest.raises(ValueError, match="requires y"):
        NovelWordScores().fit(data, None)
    fitted = NovelWordScores(cv=2).fit(data, labels)
    with pytest.raises(ValueError, match="expecting 3 features"):
        fitted.transform(data[["doc", "text"]])
    assert fitted.transform(data.iloc[:0]).shape == (0, 4)


def test_the_pipeline_takes_the_novel_word_scores_only_when_asked() -> None:
    data, labels = _training()
    plain = block_features(seed=0).fit_transform(data, labels)
    with_novel = block_features(seed=0, novel_words=True)
    widened = with_novel.fit_transform(data, labels)
    assert widened.shape[1] == plain.shape[1] + 4
    names = list(with_novel.get_feature_names_out())
    assert "novelty__novel_words_promo/ad" in names
    assert not any(
        name.startswith("novelty__")
        for name in block_features(seed=0).fit(data, labels).get_feature_names_out()
    )
