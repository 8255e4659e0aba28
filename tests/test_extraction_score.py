"""The benchmark's shingle metric: multisets, per-page normalisation and which pages each mean counts."""

from __future__ import annotations

from collections import Counter

import pytest

from detector.extraction_score import PageScore, corpus_score, page_score, shingles

GOLD = "The lighthouse keeper counted seven ships before the fog rolled in over the harbour."
OTHER_GOLD = "Our village bakery opens at dawn and sells rye loaves until the ovens cool."
EXTRA = "Subscribe today for unlimited access to every recipe."


def test_shingles_are_four_token_windows_of_word_runs() -> None:
    assert shingles("one, two; three-four five!") == Counter(
        {("one", "two", "three", "four"): 1, ("two", "three", "four", "five"): 1}
    )


def test_repeated_shingles_are_counted_as_a_multiset() -> None:
    assert shingles("red fox runs far red fox runs far")[("red", "fox", "runs", "far")] == 2


def test_short_texts_give_one_shorter_shingle_and_empty_texts_none() -> None:
    assert shingles("only two") == Counter({("only", "two"): 1})
    assert shingles(" ... !? ") == Counter()


def test_identical_output_and_gold_score_one() -> None:
    assert page_score(GOLD, GOLD) == PageScore(1.0, 0.0, 0.0)
    assert corpus_score([(GOLD, GOLD), (OTHER_GOLD, OTHER_GOLD)]) == (1.0, 1.0, 1.0)


def test_whitespace_and_punctuation_do_not_matter() -> None:
    assert page_score(GOLD.replace(" ", "\n\n").replace(".", ""), GOLD) == PageScore(1.0, 0.0, 0.0)


def test_extra_output_lowers_precision_but_not_recall() -> None:
    score = page_score(f"{GOLD}\n\n{EXTRA}", GOLD)
    assert score.fn == 0.0
    assert score.fp > 0.0
    assert score.tp + score.fp + score.fn == pytest.approx(1.0)
    precision, recall, f1 = corpus_score([(f"{GOLD}\n\n{EXTRA}", GOLD)])
    assert recall == 1.0
    assert precision < 1.0
    assert precision < f1 < recall


def test_duplicated_output_is_penalised_as_a_multiset() -> None:
    doubled = page_score(f"{GOLD} {GOLD}", GOLD)
    assert doubled.fp > 0.0
    assert doubled.fn == 0.0
    # As sets the doubled output would match exactly; as multisets nearly half of it is surplus.
    assert doubled.tp == pytest.approx(shingles(GOLD).total() / (2 * shingles(GOLD).total() + 3))


def test_matches_are_the_smaller_count_of_each_shingle() -> None:
    # Gold says it twice, the output three times: two of each repeated shingle match, not one.
    inner = shingles(GOLD).total()
    score = page_score(f"{GOLD} {GOLD} {GOLD}", f"{GOLD} {GOLD}")
    assert score.fn == 0.0
    assert score.tp == pytest.approx((2 * inner + 3) / (3 * inner + 6))


def test_pages_are_normalised_so_length_does_not_weigh() -> None:
    long_gold = " ".join([GOLD, OTHER_GOLD] * 20)
    # One perfect long page and one missed short page: the plain mean, not a length-weighted one.
    precision, recall, _ = corpus_score([(long_gold, long_gold), (EXTRA, OTHER_GOLD)])
    assert recall == pytest.approx(0.5)
    assert precision == pytest.approx(0.5)


def test_empty_output_lowers_recall_only() -> None:
    assert page_score("", GOLD) == PageScore(0.0, 0.0, 1.0)
    precision, recall, f1 = corpus_score([(GOLD, GOLD), ("", OTHER_GOLD)])
    assert precision == 1.0
    assert recall == pytest.approx(0.5)
    assert f1 == pytest.approx(2 / 3)


def test_page_without_gold_counts_for_precision_only() -> None:
    assert page_score(EXTRA, "") == PageScore(0.0, 1.0, 0.0)
    precision, recall, _ = corpus_score([(GOLD, GOLD), (EXTRA, "")])
    assert recall == 1.0
    assert precision == pytest.approx(0.5)


def test_page_with_neither_output_nor_gold_is_ignored() -> None:
    assert page_score("", "") == PageScore(0.0, 0.0, 0.0)
    assert corpus_score([(GOLD, GOLD), ("", "")]) == (1.0, 1.0, 1.0)


def test_no_output_anywhere_scores_zero() -> None:
    assert corpus_score([("", GOLD), ("", OTHER_GOLD)]) == (0.0, 0.0, 0.0)
    assert corpus_score([]) == (0.0, 0.0, 0.0)
