"""Style and context features measure what they claim, and follow sklearn conventions."""

from __future__ import annotations

import random
import re

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.utils.estimator_checks import estimator_checks_generator

from detector.features import context as context_module
from detector.features import style as style_module
from detector.features.context import FEATURE_NAMES as CONTEXT_NAMES
from detector.features.context import DocumentContext
from detector.features.style import FEATURE_NAMES as STYLE_NAMES
from detector.features.style import StyleFeatures, style_matrix, style_vector
from detector.features.text import TextScores, without_training_state


def style(text: str) -> dict[str, float]:
    return dict(zip(STYLE_NAMES, style_vector(text)))


def test_style_sees_prices_codes_urls_phones_and_markers() -> None:
    ad = (
        "Advertisement · Save 20% today: only $49.99 with code SPRING20 at shop.example.com or call 555-0142!"
    )
    got = style(ad)
    assert got["prices"] >= 1
    assert got["percentages"] >= 1
    assert got["coupon_codes"] >= 1
    assert got["urls"] >= 1
    assert got["phone_numbers"] >= 1
    assert got["ad_markers"] >= 1
    assert got["exclamations"] == 1


def test_style_of_plain_reporting_is_quiet() -> None:
    got = style("The council met on Tuesday and approved the budget after a long debate.")
    for name in ("prices", "coupon_codes", "urls", "ad_markers", "sponsor_lines", "emoji"):
        assert got[name] == 0, name


def test_markers_in_other_languages() -> None:
    for marker in ("Anzeige", "Publicité", "Publicidad", "Pubblicità", "Advertentie", "Reklama"):
        assert style(marker)["only_a_marker"] == 1.0, marker


def test_letter_spaced_markers_read_as_words() -> None:
    for label in ("R E K L A M A", "— A N Z E I G E —", "A D V E R T I S E M E N T"):
        assert style(label)["only_a_marker"] == 1.0, label
    assert style("Add a cup of flour and stir")["ad_markers"] == 0


def test_second_person_rate() -> None:
    assert style("You will love your new phone.")["second_person_rate"] > 0.2
    assert style("The minister said the phone was new.")["second_person_rate"] == 0


def frame(blocks: list[str], doc: int = 0) -> pd.DataFrame:
    return pd.DataFrame({"doc": [doc] * len(blocks), "text": blocks})


SEED_LIKE = [
    "Ministers from Norway and Chile met in Geneva to discuss fishing quotas.",
    "The Norway delegation said quotas in Geneva talks must fall.",
    "Win big with Zephyrbet Casino in Nevada tonight.",
    "Chile said it would propose new quotas at the Geneva meeting.",
    "Win big with Zephyrbet Casino in Nevada tonight.",
]


def context(blocks: list[str]) -> dict[str, np.ndarray]:
    fitted = DocumentContext().fit(frame(blocks))
    names = [name.removeprefix("context_") for name in fitted.get_feature_names_out()]
    values = fitted.transform(frame(blocks))
    return {name: values[:, i] for i, name in enumerate(names)}


def test_names_unseen_elsewhere_are_novel() -> None:
    got = context(SEED_LIKE[:4])
    assert got["novel_name_share"][2] == 1.0  # Zephyrbet, Casino, Nevada
    assert got["novel_name_share"][1] < 0.5  # Norway, Geneva occur elsewhere


def test_out_of_context_block_is_least_similar_to_the_rest() -> None:
    got = context(SEED_LIKE[:4])
    assert np.argmin(got["similarity_to_rest"]) == 2


def test_repeated_lines_are_flagged() -> None:
    got = context(SEED_LIKE)
    assert got["repeated_line"].tolist() == [0, 0, 1, 0, 1]


def test_words_shared_with_one_neighbour_only() -> None:
    got = context(
        [
            "Ministers from Norway and Chile met in Geneva to discuss fishing quotas.",
            "Zephyrbet Casino opens its doors in Nevada tonight.",
            "Play at Zephyrbet Casino with a welcome bonus.",
            "Chile said it would propose new quotas at the Geneva meeting.",
        ]
    )
    # The casino insert's two blocks name Zephyrbet and Casino, and no other block does.
    assert got["words_only_shared_with_next"][1] == got["words_only_shared_with_previous"][2] == np.log1p(2)
    assert got["share_only_shared_with_previous"][2] == 2 / 8
    # Blocks 0 and 3 share Chile, Geneva and quotas, but they are not neighbours.
    assert got["words_only_shared_with_next"][0] == got["words_only_shared_with_previous"][3] == 0
    assert got["words_only_shared_with_next"][2] == got["words_only_shared_with_previous"][1] == 0


def test_words_a_third_block_uses_are_not_only_shared() -> None:
    got = context(["The Geneva talks resumed.", "In Geneva the mood was calm.", "Geneva hosts the round."])
    assert not got["words_only_shared_with_next"].any()
    assert not got["words_only_shared_with_previous"].any()


def test_models_fitted_before_the_neighbour_words_keep_their_width() -> None:
    data = frame(SEED_LIKE)
    without = DocumentContext(neighbour_words=False).fit(data)
    assert without.transform(data).shape[1] == len(CONTEXT_NAMES)
    del without.neighbour_words  # as unpickled from a model fitted before the parameter existed
    assert without.transform(data).shape[1] == len(CONTEXT_NAMES)
    full = DocumentContext().fit(data).transform(data)
    assert np.array_equal(full[:, : len(CONTEXT_NAMES)], without.transform(data))


def test_position_features_restart_per_document() -> None:
    both = pd.concat([frame(["a b", "c d", "e f"], 0), frame(["g h", "i j"], 1)])
    values = DocumentContext().fit(both).transform(both)
    position = values[:, CONTEXT_NAMES.index("relative_position")]
    assert position.tolist() == [0.0, 0.5, 1.0, 0.0, 1.0]


def test_feature_names_match_columns() -> None:
    data = frame(SEED_LIKE)
    for transformer, columns in (
        (StyleFeatures(relative=False), ["text"]),
        (StyleFeatures(), ["doc", "text"]),
        (DocumentContext(), ["doc", "text"]),
    ):
        fitted = transformer.fit(data[columns])
        assert len(fitted.get_feature_names_out()) == fitted.transform(data[columns]).shape[1]


def test_style_relative_to_document_median() -> None:
    recipe = ["Add the flour.", "Stir in the milk.", "Bake for 20 minutes."]
    news = ["The council met on Tuesday.", "Buy now and save 50% today!", "The vote is next week."]
    names = list(StyleFeatures().fit(frame(recipe)).get_feature_names_out())
    column = names.index("style_cta_phrases_above_document")
    both = pd.concat([frame(recipe, 0), frame(news, 1)])
    values = StyleFeatures().fit(both).transform(both)[:, column]
    assert values[4] > 0
    assert values[:3].tolist() == [0.0, 0.0, 0.0]


def _convention_checks() -> list[tuple[object, object]]:
    """scikit-learn's estimator checks, without the array-API ones (these read text, not arrays)."""
    cases = []
    for estimator in (StyleFeatures(relative=False), StyleFeatures(), DocumentContext()):
        for est, check in estimator_checks_generator(estimator, legacy=True, mark="skip"):
            name = getattr(check, "func", check).__name__
            if "array_api" not in name:
                cases.append(pytest.param(est, check, id=f"{type(est).__name__}-{name}"))
    return cases


@pytest.mark.parametrize(("estimator", "check"), _convention_checks())
def test_sklearn_conventions(estimator, check) -> None:
    check(estimator)


def _labelled_frame() -> tuple[pd.DataFrame, np.ndarray]:
    promo = ["Buy now and save 40% with code SAVE40!", "Subscribe today for just $1 a week!"]
    content = ["The council approved the budget on Tuesday.", "Rain is expected across the north."]
    texts, labels, groups = [], [], []
    for g in range(8):
        for t in promo:
            texts.append(f"{t} Offer {g}.")
            labels.append("promo/ad")
            groups.append(g)
        for t in content:
            texts.append(f"{t} Report {g}.")
            labels.append("content")
            groups.append(g)
    data = pd.DataFrame({"group": groups, "doc": groups, "text": texts})
    return data, np.array(labels, dtype=object)


def test_text_scores_follow_conventions_and_cross_fit() -> None:
    """TextScores is TargetEncoder-like: fit_transform is cross-fitted, transform is not."""
    data, labels = _labelled_frame()
    scores = TextScores(cv=4, random_state=0)
    assert scores.fit(data, labels) is scores
    assert scores.n_features_in_ == 3 and list(scores.classes_) == ["content", "promo/ad"]
    out_of_fold = TextScores(cv=4, random_state=0).fit_transform(data, labels)
    in_sample = scores.transform(data)
    assert out_of_fold.shape == in_sample.shape == (len(data), 4)
    assert len(scores.get_feature_names_out()) == 4
    assert not np.allclose(out_of_fold, in_sample)
    promo_column = list(scores.get_feature_names_out()).index("text_score_promo/ad")
    assert (
        in_sample[labels == "promo/ad", promo_column].mean()
        > in_sample[labels == "content", promo_column].mean()
    )


def test_fitted_text_scores_keep_one_copy_of_their_weights() -> None:
    """The averaged SGD model's training copies go; what it predicts does not change."""
    data, labels = _labelled_frame()
    scores = TextScores(cv=2, random_state=0).fit(data, labels)
    classifier = scores.model_.steps[-1][1]
    assert not any(hasattr(classifier, name) for name in ("_standard_coef", "_average_coef"))
    texts = list(data["text"])
    vectors = scores.model_.steps[0][1].transform(texts)
    refit = clone(scores.model_.steps[-1][1]).fit(vectors, labels)
    assert hasattr(refit, "_average_coef")
    np.testing.assert_allclose(classifier.predict_proba(vectors), refit.predict_proba(vectors))
    assert without_training_state(refit) is refit and not hasattr(refit, "_average_coef")
    np.testing.assert_allclose(classifier.predict_proba(vectors), refit.predict_proba(vectors))


def test_text_scores_refuse_missing_target_and_wrong_width() -> None:
    data, labels = _labelled_frame()
    with pytest.raises(ValueError, match="requires y"):
        TextScores().fit(data, None)
    fitted = TextScores(cv=2).fit(data, labels)
    with pytest.raises(ValueError, match="expecting 3 features"):
        fitted.transform(data[["doc", "text"]])


def test_style_counts_match_the_patterns_on_every_block() -> None:
    """Patterns skipped on blocks that cannot match them still count as if they had run."""
    pieces = [
        *list("aZ 09%$€@.:/|·›»•©()!?\n'-+"),
        "code ",
        "kod ",
        "USD 5",
        "www.",
        "http://x",
        "😀",
        "(c) 2024",
        " EUR",
        "£",
        "5 kr",
        ".com",
        "x.İO",
        "ſek",
        "Kr",
    ]
    rng = random.Random(3)
    patterns = {
        "prices": style_module._PRICE,
        "coupon_codes": style_module._COUPON,
        "urls": style_module._URL,
        "emails": style_module._EMAIL,
        "phone_numbers": style_module._PHONE,
        "emoji": style_module._EMOJI,
        "separators": style_module._SEPARATORS,
    }
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        got = style(text)
        for name, pattern in patterns.items():
            assert got[name] == len(pattern.findall(text)), (name, text)
        assert got["copyright_sign"] == float(bool(style_module._COPYRIGHT.search(text)))


def test_style_matrix_repeats_rows_of_repeated_blocks() -> None:
    texts = ["Buy now!", "The council met.", "Buy now!", "", "The council met."]
    assert np.array_equal(style_matrix(texts), np.array([style_vector(t) for t in texts]))


def test_price_words_match_only_what_casefolds_to_them() -> None:
    """The price gate finds the words in casefolded text; the pattern ignores case one character at a time."""
    letters = sorted(set("".join(style_module._PRICE_WORDS)))
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    candidates = set(re.findall(f"[{''.join(letters)}]", everything, re.IGNORECASE))
    for letter in letters:
        for character in candidates:
            if re.fullmatch(letter, character, re.IGNORECASE):
                assert character.casefold() == letter, (letter, character)


def test_dot_with_documents_matches_the_spread_product() -> None:
    """Same sums, bit for bit, whether the document rows come sorted or as scipy's product leaves them."""
    rng = np.random.default_rng(4)
    blocks = sp.csr_matrix(sp.random(60, 40, density=0.2, random_state=5, format="csr"))
    blocks.sort_indices()
    doc = np.repeat(np.arange(6), 10)
    membership = sp.csr_matrix((np.ones(60), (doc, np.arange(60))), shape=(6, 60))
    blocks.data = rng.random(blocks.nnz) * 10.0 ** rng.integers(-8, 8, blocks.nnz)
    documents = sp.csr_matrix(membership @ blocks)
    for summed in (documents, documents.sorted_indices()):
        expected = context_module._row_dot(blocks, summed[doc])
        assert np.array_equal(context_module._dot_with_documents(blocks, doc, summed), expected)
