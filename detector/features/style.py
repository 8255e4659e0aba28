"""Style features: how a block speaks, independent of what it is about.

These generalise across brands and topics that the word features never saw:
an ad for an invented product still addresses the reader, names a price,
ends in a call to action and carries a sponsor line.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from detector.features import lexicon
from detector.features.columns import as_columns, as_texts, text_input_tags
from detector.features.frame import above_document_median, distinct_texts
from detector.features.memo import TextMemo

_PRICE = re.compile(
    r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|pln|zł|zl|r\$|kr|sek|aud|cad)\b)\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£]|zł|kr|eur|euro|euros|dollars?|pounds?)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d\s?%")
_COUPON = re.compile(
    r"\b(?:code|codice|código|kod|gutscheincode|promo)\s*:?\s*[A-Z0-9]{4,}\b|\b[A-Z]{3,}\d{1,3}\b"
)
_URL = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|net|org|io|co|uk|de|fr|es|it|nl|pt|pl|app|shop|store|info|biz|tv|eu|ai)\b(?:/\S*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,5}\)?[\s.-]){1,4}\d{3,5}(?![\w.,]\d)")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b06\u2194-\u21ff\U0001f1e6-\U0001f1ff]")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*[\"'“‘(]?(\w+)", re.UNICODE)
_CAPITAL_WORD = re.compile(r"\b[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ]{2,}\b")
_TITLE_WORD = re.compile(r"\b[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][a-zß-ÿąćęłńóśźż]+")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[|·›»•]|\s/\s")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}", re.IGNORECASE)

_MARKERS = lexicon.phrase_set(lexicon.AD_MARKERS)
_SPONSOR = lexicon.phrase_set(lexicon.SPONSOR_LINES)
_CTA = lexicon.phrase_set(lexicon.CTA_PHRASES)
_BOILERPLATE = lexicon.phrase_set(lexicon.BOILERPLATE_CUES)
_PERCENT_WORDS = lexicon.phrase_set(
    ("percent", "per cent", "prozent", "pour cent", "por ciento", "per cento", "procent", "por cento")
)
_PERCENT_OFF = re.compile(
    r"%\s*(?:off|rabatt|de réduction|de descuento|di sconto|korting|de desconto|taniej)", re.IGNORECASE
)

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "lines",
    "mean_word_length",
    "second_person_rate",
    "first_plural_rate",
    "cta_verb_rate",
    "sentence_starts_with_cta_verb",
    "cta_phrases",
    "prices",
    "percentages",
    "coupon_codes",
    "urls",
    "emails",
    "phone_numbers",
    "emoji",
    "exclamations",
    "questions",
    "capital_words_rate",
    "title_words_rate",
    "digit_rate",
    "ad_markers",
    "only_a_marker",
    "sponsor_lines",
    "boilerplate_cues",
    "copyright_sign",
    "separators",
    "ends_with_sentence_punctuation",
    "no_sentence_punctuation",
)


_PHRASES = lexicon.PhraseCounter((_MARKERS, _CTA, _PERCENT_WORDS, _SPONSOR, _BOILERPLATE))
_COUPON_WORDS = ("code", "codice", "código", "kod", "promo")
"""The coupon pattern's lead words (a code without one needs a digit)."""
_PRICE_SYMBOLS = "$€£¥₹"
_PRICE_WORDS = ("usd", "eur", "gbp", "chf", "pln", "zł", "zl", "kr", "sek", "aud", "cad", "dollar", "pound")
"""Every price match holds a symbol or one of these (its letters match only what casefolds to them)."""
_URL_PART = re.compile(
    r"://|www\.|\.(?:com|net|org|io|co|uk|de|fr|es|it|nl|pt|pl|app|shop|store|info|biz|tv|eu|ai)\b",
    re.IGNORECASE,
)
"""A part every URL match holds; searching for it is much cheaper than matching URLs."""
_SEPARATOR_CHARACTERS = "|·›»•/"
_PHONE_MIN_DIGITS = 5
"""A phone number has a group of at least two digits and a last group of at least three."""


def _count(pattern: re.Pattern[str], text: str, possible: bool = True) -> int:
    """Matches of a pattern; ``possible`` is a cheap test that is false only where none can match."""
    return len(pattern.findall(text)) if possible else 0


def _may_hold_price(text: str, folded: str) -> bool:
    """Whether the text has a currency symbol or word (false only where the price pattern cannot match)."""
    return any(s in text for s in _PRICE_SYMBOLS) or any(w in folded for w in _PRICE_WORDS)


def style_vector(text: str) -> list[float]:
    """The style features of one block, in the order of ``FEATURE_NAMES``."""
    return _style_vector(text, lexicon.words_of(text))


def _style_vector(text: str, words: list[str]) -> list[float]:
    """The style features of a block whose casefolded words are known.

    Patterns that need a digit, a ``%``, an ``@``, a currency, a URL part or
    a non-ASCII character are only run on blocks that have one: the counts
    are the same, and most blocks have none.
    """
    folded = text.casefold()
    n_words = len(words) or 1
    n_chars = len(text) or 1
    starts = [start.casefold() for start in _SENTENCE_START.findall(text)]
    markers, cta, percent_words, sponsor, boilerplate = _PHRASES.counts(words)
    stripped = text.strip()
    digits = len(_DIGIT.findall(text))
    return [
        math.log1p(len(text)),
        math.log1p(len(words)),
        float(text.count("\n") + 1),
        sum(map(len, words)) / n_words,
        sum(map(lexicon.SECOND_PERSON.__contains__, words)) / n_words,
        sum(map(lexicon.FIRST_PLURAL.__contains__, words)) / n_words,
        sum(map(lexicon.CTA_VERBS.__contains__, words)) / n_words,
        sum(map(lexicon.CTA_VERBS.__contains__, starts)) / (len(starts) or 1),
        float(cta + _count(_PERCENT_OFF, text, "%" in text)),
        float(_count(_PRICE, text, digits > 0 and _may_hold_price(text, folded))),
        float(_count(_PERCENT, text, digits > 0 and "%" in text) + percent_words),
        float(_count(_COUPON, text, digits > 0 or any(w in text for w in _COUPON_WORDS))),
        float(_count(_URL, text, _URL_PART.search(text) is not None)),
        float(_count(_EMAIL, text, "@" in text)),
        float(_count(_PHONE, text, digits >= _PHONE_MIN_DIGITS)),
        float(_count(_EMOJI, text, not text.isascii())),
        float(text.count("!")),
        float(text.count("?")),
        len(_CAPITAL_WORD.findall(text)) / n_words,
        len(_TITLE_WORD.findall(text)) / n_words,
        digits / n_chars,
        float(markers),
        float(markers > 0 and len(words) <= 4),
        float(sponsor),
        float(boilerplate),
        float(("©" in text or "(" in text) and bool(_COPYRIGHT.search(text))),
        float(_count(_SEPARATORS, text, any(c in text for c in _SEPARATOR_CHARACTERS))),
        float(stripped[-1:] in {".", "!", "?", "”", '"', "»", ")"} if stripped else False),
        float(not any(p in text for p in ".!?")),
    ]


def style_matrix(texts: list[str]) -> np.ndarray:
    """Style features of many blocks as a dense float matrix (each distinct text computed once)."""
    if not texts:
        return np.zeros((0, len(FEATURE_NAMES)))
    distinct, inverse = distinct_texts(texts)
    return np.array(_STYLE_MEMO.values(distinct, _style_rows), dtype=float)[inverse]


_STYLE_MEMO: TextMemo[np.ndarray] = TextMemo()
"""Style vectors of recent short texts (page furniture repeats from page to page)."""


def _style_rows(texts: list[str]) -> list[np.ndarray]:
    words = lexicon.remember_words(texts)
    # One array per text (a third of the memory of a list of floats, the same float64 values),
    # not a view that would keep the whole batch's matrix alive in the memo.
    return [np.array(_style_vector(t, w), dtype=float) for t, w in zip(texts, words)]


class StyleFeatures(TransformerMixin, BaseEstimator):
    """Count the marks of promotional and boilerplate style in each block.

    With ``relative=True`` the input columns are the document key and the
    text, and every feature is also given minus its document's median: an
    imperative recipe step is ordinary in a recipe, an imperative pitch is
    not ordinary in a news story. With ``relative=False`` the only column is
    the text.
    """

    def __init__(self, relative: bool = True) -> None:
        self.relative = relative

    def _split(self, X: Any, width: int | None = None) -> tuple[np.ndarray | None, list[str]]:
        columns = as_columns(X)
        expected = 2 if self.relative else 1
        if width is not None and columns.shape[1] != width:
            raise ValueError(
                f"X has {columns.shape[1]} features, "
                f"but StyleFeatures is expecting {width} features as input."
            )
        if columns.shape[1] < expected:
            raise ValueError(
                f"StyleFeatures(relative={self.relative}) reads {expected} column(s) "
                "(document key if relative, then text), "
                f"got {columns.shape[1]} feature(s)"
            )
        if self.relative:
            return columns[:, 0], as_texts(columns[:, 1])
        return None, as_texts(columns[:, 0])

    def fit(self, X: Any, y: Any = None) -> StyleFeatures:
        _, texts = self._split(X)
        if not texts:
            raise ValueError("Found array with 0 sample(s) while a minimum of 1 is required.")
        self.n_features_in_ = as_columns(X).shape[1]
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "n_features_in_")
        documents, texts = self._split(X, self.n_features_in_)
        values = style_matrix(texts)
        if documents is None:
            return values
        return np.hstack([values, above_document_median(values, documents)])

    def __sklearn_tags__(self) -> Any:
        return text_input_tags(super().__sklearn_tags__())

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        names = [f"style_{name}" for name in FEATURE_NAMES]
        if self.relative:
            names += [f"style_{name}_above_document" for name in FEATURE_NAMES]
        return np.array(names, dtype=object)
