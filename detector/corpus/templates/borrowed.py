"""Other stories' words for a page's teaser lists and comment sections.

Real pages surround the article with the site's other stories: "Related",
"More from this section" and "Latest" lists print those stories' headlines
and first sentences, and readers' comments read like the article's own
sentences. When the templates filled those places from a handful of phrases
per language, the model learned the phrases, and on real pages it kept such
lists (news summaries, post excerpts) as content with confidence. So a page
borrows titles and first sentences from other documents of its corpus in its
language: text that reads like content, which only its place on the page
marks as boilerplate.

Which documents a page borrows from is decided by ranking candidates on a hash
of the seed, the page's id and the candidate's id, so adding a document to the
corpus changes another page only if the new document ranks among its few
neighbours.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from detector.blocks import Label
from detector.corpus.labelled import LabelledDocument

NEIGHBOURS = 6
"""Documents a page borrows from."""
TITLE_MAX = 110
"""Characters above which a first block is a paragraph, not a title."""
SENTENCE_MIN = 60
SENTENCE_MAX = 240
"""Length range of a borrowed sentence (a longer first sentence is cut at a word)."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«\"“„])")


@dataclass(frozen=True)
class Borrowed:
    """Titles and sentences of a page's neighbour documents (empty: use the site's stock phrases)."""

    titles: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()

    @classmethod
    def of(cls, documents: Sequence[LabelledDocument]) -> Borrowed:
        titles: list[str] = []
        sentences: list[str] = []
        for document in documents:
            content = [
                b.text.strip() for b in document.blocks if b.label == Label.CONTENT.value and b.text.strip()
            ]
            if not content:
                continue
            first = content[0].split("\n")[0]
            if len(first) <= TITLE_MAX and not first.endswith((".", ":")):
                titles.append(first)
                content = content[1:]
            for text in content:
                sentence = first_sentence(text)
                if sentence:
                    sentences.append(sentence)
                    if len(titles) < len(sentences) and len(sentence) <= TITLE_MAX:
                        titles.append(sentence.rstrip(".!?…"))
        return cls(tuple(titles), tuple(sentences))


def first_sentence(text: str) -> str:
    """The paragraph's first sentence within ``SENTENCE_MAX`` characters, or "" when too short."""
    flat = " ".join(text.split())
    sentence = _SENTENCE_END.split(flat, maxsplit=1)[0]
    if len(sentence) > SENTENCE_MAX:
        cut = sentence[:SENTENCE_MAX].rsplit(" ", 1)[0]
        sentence = cut.rstrip(",;:") + " …"
    return sentence if len(sentence) >= SENTENCE_MIN else ""


def _rank(seed: int | str, page_id: str, candidate_id: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{page_id}:{candidate_id}".encode(), digest_size=8).digest()


def neighbours_of(
    documents: Sequence[LabelledDocument], seed: int | str, count: int = NEIGHBOURS
) -> dict[str, Borrowed]:
    """For each document, what it borrows from ``count`` other documents of its language among ``documents``.

    Documents of one source (variants of one article) never borrow from each
    other: a teaser must be another story.
    """
    by_lang: dict[str, list[LabelledDocument]] = defaultdict(list)
    for document in documents:
        by_lang[document.lang].append(document)
    out: dict[str, Borrowed] = {}
    for document in documents:
        candidates = [d for d in by_lang[document.lang] if d.source_id != document.source_id]
        chosen = sorted(candidates, key=lambda d: _rank(seed, document.id, d.id))[:count]
        out[document.id] = Borrowed.of(chosen)
    return out
