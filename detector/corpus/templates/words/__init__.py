"""Per-language word pools for page chrome, invented advertising and invented names.

Each language module holds one ``WORDS`` mapping from a key (``"legal"``,
``"cookie_1"`` …) to the strings a page may draw for it; templates fill
``{placeholders}`` from the page (see ``chrome_text``). Every language has
the same keys, so a page never falls back to English chrome.
"""

from __future__ import annotations

from collections.abc import Mapping

from detector.corpus.templates.words import de, en, es, fr, it, nl, pl, pt, sv

Words = Mapping[str, tuple[str, ...]]

WORDS_BY_LANGUAGE: dict[str, Words] = {
    "en": en.WORDS,
    "de": de.WORDS,
    "fr": fr.WORDS,
    "es": es.WORDS,
    "it": it.WORDS,
    "nl": nl.WORDS,
    "pl": pl.WORDS,
    "pt": pt.WORDS,
    "sv": sv.WORDS,
}
LANGUAGES = tuple(WORDS_BY_LANGUAGE)
DEFAULT_LANGUAGE = "en"


def words_for(lang: str) -> Words:
    """The word pools of a language; a language without its own falls back to English."""
    return WORDS_BY_LANGUAGE.get(lang.lower().split("-")[0], WORDS_BY_LANGUAGE[DEFAULT_LANGUAGE])
