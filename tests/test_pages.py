"""Labelled HTML pages: every template keeps the document's labels readable from the markup.

A reader of a page takes ``data-gold`` marks as LABELS.md defines them: the
nearest marked ancestor decides, unmarked visible text is content. For every
template and a few invented documents this checks that such a reader gets the
document back: content outside marks, promo inside marks of its kind,
boilerplate inside boilerplate marks, and no template chrome left unmarked.
"""

from __future__ import annotations

import random
import re

import pytest
from bs4 import BeautifulSoup, NavigableString, Tag

from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.corpus.pages import TEMPLATES, pages_for_corpus, render_page, render_page_with
from detector.corpus.templates.body import _linked_byline
from detector.corpus.templates.html import el, serialise
from detector.corpus.templates.words import WORDS_BY_LANGUAGE

SKIPPED = {"head", "title", "script", "style", "noscript", "template", "svg", "iframe"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
PARSERS = ("html.parser", "lxml")
OLD_TEMPLATES = {"legacy_table", "plain_br"}
"""Hand-made pages of the early web: no JSON-LD, no stylesheet."""


def block(text: str, label: str = "content", kind: str | None = None, inline: bool = False) -> LabelledBlock:
    return LabelledBlock(text, label, kind, inline)


NEWS = LabelledDocument(
    "news-1",
    "en",
    [
        block("Home › Local › Harbour", "boilerplate"),
        block("Harbour crane returns to the quay after a winter of repairs"),
        block("By Orla Fennimore"),
        block(
            "The old steam crane, a landmark since 1911, was lifted back onto its plinth on Tuesday morning "
            "after five months in a workshop upriver."
        ),
        block("Advertisement", "promo", "ad"),
        block("Quillon Kitchens – worktops cut to measure, fitted within a week.", "promo", "ad"),
        block(
            "Volunteers from the harbour trust had raised most of the money themselves. "
            "The crane was cleaned, "
            "repainted and given new bearings."
        ),
        block(
            "Join 40,000 readers who get our harbour newsletter every Friday morning.",
            "promo",
            "self_promo",
            True,
        ),
        block("The trust now hopes to run it twice a year.", inline=True),
        block("What happens next"),
        block(
            "The trust has listed its next jobs:\n– replace the jib cable;\n– repair the cab roof;\n"
            "– fit a small display case for the original brass plate."
        ),
        block("“We never thought we would see it move again,” said Dilys Carrow, who chairs the trust."),
        block("Length: 14 metres\nWeight: 31 tonnes\nBuilt: 1911"),
        block("Promoted stories", "promo", "native"),
        block("Seven coastal towns where a cottage still costs less than a car", "promo", "native"),
        block("The mattress trick hotel staff swear by", "promo", "native"),
        block("Dilys Carrow at the controls of the crane on Tuesday."),
        block("Photo: Ewan Lisle", "boilerplate"),
        block("Read more: Ferry timetable changes from May", "boilerplate"),
        block("Buy the crane print at Harbourprints with code CRANE10 for 10% off.", "promo", "affiliate"),
    ],
    {"genre": "local-news"},
)

FORUM = LabelledDocument(
    "forum-1",
    "de",
    [
        block("Welche Kreissäge für den Einstieg?"),
        block(
            "holzwurm_77 · 3. März\nIch möchte mir eine Tischkreissäge kaufen und habe etwa 400 Euro. "
            "Lohnt sich ein gebrauchtes Profigerät oder lieber neu?"
        ),
        block(
            "sägespan · 3. März\nKauf lieber gebraucht, aber nur mit Spaltkeil und funktionierender Bremse. "
            "Neu bekommst du für das Geld kaum etwas Vernünftiges."
        ),
        block(
            "Günstige Werkzeuge mit bis zu 60 % Rabatt im Shop von Brav Werkzeug, nur heute!", "promo", "ad"
        ),
        block("holzwurm_77 · 4. März\nDanke, dann schaue ich mich auf dem Gebrauchtmarkt um."),
    ],
    {"genre": "forum-thread"},
)

RECIPE = LabelledDocument(
    "recipe-1#1",
    "fr",
    [
        block("Soupe de lentilles corail au cumin"),
        block("Une soupe prête en trente minutes, parfaite pour les soirs pressés."),
        block("Ingrédients"),
        block("200 g de lentilles corail"),
        block("1 oignon"),
        block("2 carottes"),
        block("1 c. à café de cumin"),
        block(
            "Faites revenir l'oignon émincé dans un filet d'huile, puis ajoutez les carottes en rondelles."
        ),
        block("Versez les lentilles rincées et un litre d'eau, puis laissez cuire vingt minutes."),
        block(
            "Abonnez-vous à notre lettre pour recevoir une recette chaque dimanche.", "promo", "self_promo"
        ),
        block("Mixez, salez et servez avec un peu de crème."),
        block("Tags : soupe · lentilles · végétarien", "boilerplate"),
    ],
    {"genre": "food-recipe", "layout": "lines"},
)

SHORT = LabelledDocument(
    "short-1",
    "pl",
    [
        block("Sponsorowane", "promo", "ad"),
        block("Kredyt gotówkowy od Velora Bank bez wychodzenia z domu.", "promo", "ad"),
        block(
            "Na ulicy Lipowej w sobotę od rana będą trwały prace drogowe. "
            "Kierowcy muszą liczyć się z utrudnieniami."
        ),
    ],
    {"genre": "weather"},
)

DOCUMENTS = (NEWS, FORUM, RECIPE, SHORT)


def normalise(text: str) -> str:
    return " ".join(text.split())


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or (tag.name == "input" and tag.get("type") == "hidden"):
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


def visible_pieces(soup: BeautifulSoup) -> list[tuple[str, str | None, str | None]]:
    """(text, gold label, gold kind) of every visible text node; the nearest marked ancestor decides."""
    pieces = []
    for node in soup.find_all(string=True):
        if type(node) is not NavigableString or not node.strip():
            continue
        parents = [p for p in node.parents if isinstance(p, Tag)]
        if any(p.name in SKIPPED or _hidden(p) for p in parents):
            continue
        mark = next((p for p in parents if p.has_attr("data-gold")), None)
        label = str(mark["data-gold"]) if mark else None
        kind = str(mark["data-gold-kind"]) if mark and mark.has_attr("data-gold-kind") else None
        pieces.append((str(node), label, kind))
    return pieces


def marked_texts(soup: BeautifulSoup, label: str) -> list[tuple[str, str | None]]:
    out = []
    for tag in soup.select(f'[data-gold="{label}"]'):
        kind = str(tag["data-gold-kind"]) if tag.has_attr("data-gold-kind") else None
        out.append((normalise(tag.get_text(" ")), kind))
    return out


def drop_date_lines(soup: BeautifulSoup) -> None:
    """Take out the site's own unmarked date lines and post signatures ("asked 3 days ago" and the
    asker's name on a Q&A page, a hosted blog's date header and "Posted by"): content (bylines,
    LABELS.md), yet no block of the document holds them."""
    lines = [time.parent for time in soup.find_all("time")] + soup.select(
        "div.post-signature, span.post-author, h2.date-header"
    )
    for line in lines:
        if isinstance(line, Tag) and not any(
            element.has_attr("data-gold") for element in [line, *line.parents] if isinstance(element, Tag)
        ):
            line.decompose()


def unmarked_text(pieces: list[tuple[str, str | None, str | None]]) -> str:
    return normalise(" ".join(text for text, label, _ in pieces if label is None))


CASES = [(template, document) for template in TEMPLATES for document in DOCUMENTS]


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], str]:
    return {
        (template, document.id): render_page_with(
            document, template, random.Random(f"test:{template}:{document.id}")
        )
        for template, document in CASES
    }


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(("template", "document"), CASES, ids=[f"{t}-{d.id}" for t, d in CASES])
def test_page_reads_back_as_its_document(
    template: str, document: LabelledDocument, parser: str, rendered: dict[tuple[str, str], str]
) -> None:
    soup = BeautifulSoup(rendered[(template, document.id)], parser)
    drop_date_lines(soup)
    outside = unmarked_text(visible_pieces(soup))
    promos = marked_texts(soup, "promo")
    boilerplates = [text for text, _ in marked_texts(soup, "boilerplate")]
    for item in document.blocks:
        text = normalise(item.text)
        if item.label == "content":
            assert text in outside, f"content not outside marks: {text!r}"
        elif item.label == "promo":
            assert any(text in marked and kind == item.kind for marked, kind in promos), (
                f"promo not marked: {text!r}"
            )
            assert text not in outside
        else:
            assert any(text in marked for marked in boilerplates), f"boilerplate not marked: {text!r}"
            assert text not in outside
    rest = outside
    for item in sorted(document.blocks, key=lambda b: -len(b.text)):
        if item.label == "content":
            rest = rest.replace(normalise(item.text), " ", 1)
    assert normalise(rest) == "", f"unmarked text that is not content: {normalise(rest)[:200]!r}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_marks_are_outermost_and_kinds_are_valid(template: str, rendered: dict[tuple[str, str], str]) -> None:
    for document in DOCUMENTS:
        soup = BeautifulSoup(rendered[(template, document.id)], "html.parser")
        for tag in soup.select("[data-gold]"):
            assert tag["data-gold"] in {"promo", "boilerplate"}
            if tag["data-gold"] == "promo":
                assert tag.get("data-gold-kind") in {"ad", "native", "self_promo", "affiliate"}
            assert tag.find_parent(attrs={"data-gold": True}) is None, (
                f"nested mark in {template}: {tag.name}"
            )


@pytest.mark.parametrize("template", TEMPLATES)
def test_head_and_scripts_stay_invisible(template: str, rendered: dict[tuple[str, str], str]) -> None:
    soup = BeautifulSoup(rendered[(template, NEWS.id)], "html.parser")
    visible = normalise(" ".join(text for text, _, _ in visible_pieces(soup)))
    assert soup.find("title") is not None and soup.find("script") is not None
    if template not in OLD_TEMPLATES:
        assert soup.find("script", attrs={"type": "application/ld+json"}) is not None
        assert soup.find("style") is not None
    for hidden_text in ("schema.org", "@context", "font-family", "push(", "window.", "{"):
        assert hidden_text not in visible


def test_output_is_deterministic() -> None:
    for document in DOCUMENTS:
        first = render_page(document, random.Random("seed:1"))
        assert render_page(document, random.Random("seed:1")) == first
        assert render_page(document, random.Random("seed:2")) != first
    assert pages_for_corpus(DOCUMENTS, 7) == pages_for_corpus(DOCUMENTS, 7)
    assert [page_id for page_id, _ in pages_for_corpus(DOCUMENTS, 7)] == [d.id for d in DOCUMENTS]


def test_each_page_draws_from_its_own_stream() -> None:
    """Adding a document leaves the other pages unchanged."""
    alone = dict(pages_for_corpus([NEWS], 3))
    together = dict(pages_for_corpus([FORUM, NEWS], 3))
    assert alone[NEWS.id] == together[NEWS.id]


def test_chrome_is_written_in_the_documents_language() -> None:
    english = WORDS_BY_LANGUAGE["en"]
    for lang, words in WORDS_BY_LANGUAGE.items():
        assert set(words) == set(english), f"{lang} lacks {sorted(set(english) - set(words))}"
        assert all(words[key] for key in words), f"{lang} has an empty pool"
    html = render_page_with(FORUM, "forum", random.Random(5))
    assert "Reply" not in html
    assert "Antworten" in html or "Zitieren" in html


def news_copies(prefix: str, count: int) -> list[LabelledDocument]:
    """``count`` copies of the news document under distinct ids, so each draws its own page."""
    return [
        LabelledDocument(f"{prefix}{i}", "en", NEWS.blocks, {"genre": "local-news"}) for i in range(count)
    ]


def test_chrome_varies_across_pages() -> None:
    """Long chrome lines are drawn per page, so none repeats on most pages."""
    documents = news_copies("v", 24)
    counts: dict[str, int] = {}
    for _, html in pages_for_corpus(documents, 11):
        own = {normalise(b.text) for b in NEWS.blocks}
        lines = {
            normalise(text)
            for text, label, _ in visible_pieces(BeautifulSoup(html, "html.parser"))
            if label and len(text.strip()) > 40 and normalise(text) not in own
        }
        for line in lines:
            counts[line] = counts.get(line, 0) + 1
    assert counts and max(counts.values()) <= len(documents) // 2


def test_unknown_template_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown template"):
        render_page_with(NEWS, "geocities", random.Random(1))


def test_reader_comments_and_teaser_standfirsts_are_marked_boilerplate() -> None:
    """Both read like the article's own sentences; only their place on the page tells them apart."""
    fixed = {
        normalise(text)
        for key in ("comment_body", "teaser_dek")
        for text in WORDS_BY_LANGUAGE["en"][key]
        if "{" not in text
    }
    documents = news_copies("c", 120)
    found: list[str | None] = []
    for _, html in pages_for_corpus(documents, 3):
        for text, label, _ in visible_pieces(BeautifulSoup(html, "html.parser")):
            if normalise(text) in fixed:
                found.append(label)
    assert len(found) >= 5
    assert set(found) == {"boilerplate"}


def test_linked_bylines_keep_their_text_and_link_each_name() -> None:
    """News sites link authors' names; the byline must read the same and stay content."""
    text = "By Orla Fennimore and Tam Okafor · 3 March 2025"
    soup = BeautifulSoup(serialise(el("div", None, _linked_byline(text))), "html.parser")
    assert soup.div is not None and soup.div.get_text() == text
    assert [a.get_text() for a in soup.find_all("a")] == ["Orla Fennimore", "Tam Okafor"]
    assert _linked_byline("Harbour news in brief") == ["Harbour news in brief"]


@pytest.mark.parametrize(
    ("template", "selector"), [("qa", "div.post-signature"), ("blogger", "span.post-author")]
)
def test_post_bylines_are_content_and_their_furniture_is_not(template: str, selector: str) -> None:
    """Who asked or posted, and when, is the post's byline (content, LABELS.md); a member's
    reputation score beside the name is site furniture."""
    question = LabelledDocument("qa-1", "en", FORUM.blocks[:3], {"genre": "qa-answer"})
    soup = BeautifulSoup(render_page_with(question, template, random.Random(5)), "html.parser")
    bylines = soup.select(selector)
    assert bylines, f"no {selector} on the {template} page"
    for line in bylines:
        assert not any(isinstance(e, Tag) and e.has_attr("data-gold") for e in [line, *line.parents])
        assert line.get_text(" ", strip=True)
    for score in soup.select(".reputation-score"):
        assert score.find_parent(attrs={"data-gold": "boilerplate"}) is not None


def test_consent_preference_paragraphs_and_title_crumbs_are_marked_boilerplate() -> None:
    """Consent panels speak in whole sentences and breadcrumbs may end with the headline;
    both are page furniture wherever they land."""
    words = WORDS_BY_LANGUAGE["en"]
    panel = {
        normalise(text)
        for key in (
            "cookie_overview",
            "cookie_necessary_text",
            "cookie_analytics_text",
            "cookie_advertising_text",
        )
        for text in words[key]
    }
    documents = news_copies("p", 160)
    found: list[str | None] = []
    crumbs: list[str | None] = []
    for _, html in pages_for_corpus(documents, 7):
        soup = BeautifulSoup(html, "html.parser")
        for text, label, _ in visible_pieces(soup):
            if normalise(text) in panel:
                found.append(label)
        for crumb in soup.select('li[aria-current="page"]'):
            marked = crumb.find_parent(attrs={"data-gold": True})
            crumbs.append(None if marked is None else str(marked["data-gold"]))
    assert len(found) >= 5 and set(found) == {"boilerplate"}
    assert len(crumbs) >= 3 and set(crumbs) == {"boilerplate"}


def test_some_teaser_cards_print_headline_and_standfirst_as_one_block() -> None:
    """Card grids often wrap a teaser's headline and standfirst together, so that both read as
    one block: the generator draws that form too, and it is boilerplate like the others."""
    deks = {normalise(text) for text in WORDS_BY_LANGUAGE["en"]["teaser_dek"] if "{" not in text}
    documents = news_copies("t", 160)
    joined: list[str | None] = []
    for _, html in pages_for_corpus(documents, 11):
        for span in BeautifulSoup(html, "html.parser").find_all("span"):
            wrapper = span.parent
            if (
                normalise(span.get_text()) in deks
                and wrapper is not None
                and wrapper.find("a", recursive=False)
            ):
                marked = span.find_parent(attrs={"data-gold": True})
                joined.append(None if marked is None else str(marked["data-gold"]))
    assert len(joined) >= 3
    assert set(joined) == {"boilerplate"}


QUESTION = LabelledDocument(
    "qa-comments",
    "en",
    [
        block("Why does my sourdough collapse in the oven?"),
        block("My loaves rise well overnight in the fridge, then spread flat as soon as they are scored."),
        block("I feed the starter twice a day and bake at 250 degrees in a lidded pot."),
        block("Is the fridge too cold?"),
        block("Did you try a shorter final proof?"),
    ],
    {"genre": "qa-answer"},
)


def test_qa_comments_are_content_and_only_their_vote_counts_are_furniture() -> None:
    """A question's closing short paragraphs sometimes show as comments under it; like the
    post's byline, the comment, its author and its time are content (LABELS.md)."""
    pages = [render_page_with(QUESTION, "qa", random.Random(seed)) for seed in range(12)]
    soups = [BeautifulSoup(page, "html.parser") for page in pages]
    commented = [soup for soup in soups if soup.select(".comment-copy")]
    assert 0 < len(commented) < len(soups)
    for soup in commented:
        for part in soup.select(".comment-copy, .comment-user, .comment-date"):
            assert part.find_parent(attrs={"data-gold": True}) is None
            assert part.get_text(strip=True)
        copies = [normalise(c.get_text()) for c in soup.select(".comment-copy")]
        assert copies == [normalise(b.text) for b in QUESTION.blocks[-len(copies) :]]
        for score in soup.select(".comment-score"):
            assert score.find_parent(attrs={"data-gold": "boilerplate"}) is not None


def test_announcement_bars_are_marked_self_promotion() -> None:
    """A bar above the header announcing the site's own offer is self-promotion on any page."""
    offers = [
        re.compile(".+".join(re.escape(part) for part in re.split(r"\{[a-z]+\}", text)))
        for text in WORDS_BY_LANGUAGE["en"]["announcement"]
    ]
    found: list[tuple[str | None, str | None]] = []
    for _, html in pages_for_corpus(news_copies("a", 80), 3):
        soup = BeautifulSoup(html, "html.parser")
        for text, label, kind in visible_pieces(soup):
            if any(offer.fullmatch(normalise(text)) for offer in offers):
                found.append((label, kind))
    assert len(found) >= 3
    assert set(found) == {("promo", "self_promo")}
