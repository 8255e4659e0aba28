"""Decoy markup words: spread over every part of a training page, never a label by themselves."""

from __future__ import annotations

import random

from bs4 import BeautifulSoup, Tag

from detector.corpus.labelled import LabelledDocument
from detector.corpus.pages import pages_for_corpus
from detector.corpus.templates.decoys import AD_STACK_CLASSES, AD_STACK_DATA, NEUTRAL_WORDS, add_decoys
from detector.corpus.templates.html import GOLD_ATTRIBUTE, Node, el, promo, serialise
from detector.features.structure import attribute_words
from tests.test_pages import NEWS

AD_STACK_WORDS = set(AD_STACK_CLASSES) | {name for name, _ in AD_STACK_DATA}
NEUTRAL = {w.split("-")[0] for w in NEUTRAL_WORDS}


def _small_page() -> tuple[Node, Node, Node]:
    article = el("article", None, el("div", None, el("p", None, "The harbour crane is back on its plinth.")))
    ad = promo(el("div", None, el("p", None, "Quillon Kitchens: worktops cut to measure.")), "ad")
    root = el("html", None, el("body", None, el("main", None, article, ad)))
    return root, article, ad


def _ad_stack_marks(tag: Tag) -> set[str]:
    classes = set(tag.get("class") or [])
    return (classes & set(AD_STACK_CLASSES)) | (set(tag.attrs) & {name for name, _ in AD_STACK_DATA})


def test_same_tree_and_seed_give_the_same_page() -> None:
    first = serialise(add_decoys(_small_page()[0], random.Random(4)))
    assert serialise(add_decoys(_small_page()[0], random.Random(4))) == first


def test_ad_stack_words_land_only_on_containers_of_content() -> None:
    """Over many pages the article's containers carry ad-stack words, and no marked element ever does."""
    documents = [LabelledDocument(f"d{i}", "en", NEWS.blocks, {"genre": "local-news"}) for i in range(80)]
    on_content = 0
    for _, markup in pages_for_corpus(documents, 5):
        soup = BeautifulSoup(markup, "html.parser")
        for tag in soup.find_all(True):
            if not _ad_stack_marks(tag):
                continue
            marked = tag.has_attr(GOLD_ATTRIBUTE) or any(p.has_attr(GOLD_ATTRIBUTE) for p in tag.parents)
            assert not marked, f"ad-stack words on a marked element: {tag.name} {tag.attrs}"
            paragraphs = [p for p in tag.find_all("p") if p.get_text(strip=True)]
            assert paragraphs, f"ad-stack words on a container without content: {tag.name} {tag.attrs}"
            on_content += 1
    assert on_content >= 10


def test_neutral_words_reach_content_and_marked_parts_alike() -> None:
    """'module' or 'zone' must not become the mark of an ad slot: they also wrap articles and chrome."""
    documents = [LabelledDocument(f"n{i}", "en", NEWS.blocks, {"genre": "local-news"}) for i in range(60)]
    inside_marks = outside_marks = 0
    for _, markup in pages_for_corpus(documents, 9):
        soup = BeautifulSoup(markup, "html.parser")
        for tag in soup.find_all(True):
            words = set(attribute_words(" ".join(tag.get("class") or [])))
            if not words & NEUTRAL:
                continue
            marked = tag.has_attr(GOLD_ATTRIBUTE) or any(p.has_attr(GOLD_ATTRIBUTE) for p in tag.parents)
            inside_marks += marked
            outside_marks += not marked
    assert inside_marks >= 10 and outside_marks >= 10


def test_a_marked_subtree_is_never_given_ad_stack_words() -> None:
    for seed in range(40):
        root, _, ad = _small_page()
        add_decoys(root, random.Random(seed))
        words = " ".join(str(v) for v in ad.attrs.values()) + " " + " ".join(ad.attrs)
        assert not any(word in words for word in AD_STACK_WORDS)
