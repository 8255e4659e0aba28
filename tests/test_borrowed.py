"""Teaser lists and comments borrow other stories' words, and only their place marks them."""

from __future__ import annotations

from bs4 import BeautifulSoup

from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.corpus.pages import pages_for_corpus
from detector.corpus.templates.borrowed import SENTENCE_MAX, Borrowed, first_sentence, neighbours_of
from tests.test_pages import normalise, visible_pieces


def story(index: int, lang: str = "en", source: str | None = None) -> LabelledDocument:
    """A short news story whose every sentence names its index, so borrowed text can be traced."""
    return LabelledDocument(
        f"story-{index}",
        lang,
        [
            LabelledBlock(f"Ferry number {index} returns to the northern route", "content"),
            LabelledBlock(
                f"The ferry numbered {index} sailed from the harbour on Monday after a refit that took "
                f"most of the winter. Crews said the new engines ran quietly.",
                "content",
            ),
            LabelledBlock("Subscribe to our harbour newsletter for weekly news.", "promo", "self_promo"),
            LabelledBlock(
                f"Passengers on ferry {index} will find wider seats and a café on the upper deck, "
                f"the operator said in a statement on Tuesday.",
                "content",
            ),
        ],
        {"genre": "local-news", "source": source or f"story-{index}"},
    )


def test_first_sentence_is_cut_at_a_word_and_short_ones_are_refused() -> None:
    assert first_sentence("Too short. Even shorter.") == ""
    text = "A sentence about the quay that runs on and on " * 10
    cut = first_sentence(text)
    assert len(cut) <= SENTENCE_MAX + 2 and cut.endswith(" …")
    two = "The council met on Tuesday to discuss the harbour budget for next year. It agreed."
    assert first_sentence(two) == "The council met on Tuesday to discuss the harbour budget for next year."


def test_borrowed_takes_titles_and_sentences_of_content_only() -> None:
    borrowed = Borrowed.of([story(1)])
    assert "Ferry number 1 returns to the northern route" in borrowed.titles
    assert any(s.startswith("The ferry numbered 1 sailed") for s in borrowed.sentences)
    assert not any("newsletter" in s for s in borrowed.sentences + borrowed.titles)


def test_neighbours_share_language_and_never_the_source() -> None:
    documents = [story(i) for i in range(10)] + [story(10 + i, "de") for i in range(4)]
    documents += [story(50, source="story-0"), story(51, source="story-0")]
    borrowed = neighbours_of(documents, 7, count=3)
    assert set(borrowed) == {d.id for d in documents}
    for document in documents:
        texts = " ".join(borrowed[document.id].sentences)
        own = document.id.split("-")[1]
        assert f"numbered {own} " not in texts
        if document.lang == "de":
            assert all(f"numbered {i} " not in texts for i in range(10))
    # Variants of one source (story-0, story-50, story-51) never borrow from each other.
    for variant in ("story-0", "story-50", "story-51"):
        texts = " ".join(borrowed[variant].sentences)
        assert all(f"numbered {i} " not in texts for i in (0, 50, 51))


def test_adding_a_document_changes_only_pages_it_ranks_into() -> None:
    documents = [story(i) for i in range(20)]
    before = neighbours_of(documents, 7, count=3)
    after = neighbours_of([*documents, story(99)], 7, count=3)
    changed = [d.id for d in documents if before[d.id] != after[d.id]]
    assert changed, "a new document should rank among some page's neighbours"
    for page_id in changed:
        assert any("numbered 99 " in s for s in after[page_id].sentences)
    assert neighbours_of(documents, 7, count=3) == before


def test_borrowed_sentences_appear_on_pages_marked_boilerplate() -> None:
    documents = [story(i) for i in range(40)]
    found: list[str | None] = []
    for page_id, html in pages_for_corpus(documents, 3):
        own = page_id.split("-")[1]
        for text, label, _ in visible_pieces(BeautifulSoup(html, "html.parser")):
            words = normalise(text)
            if words.startswith("The ferry numbered ") and f"numbered {own} " not in words:
                found.append(label)
    assert len(found) >= 5
    assert set(found) == {"boilerplate"}
