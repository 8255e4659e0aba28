"""Structural features of HTML blocks, main-content marks, and pruning the markup."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from lxml import html as lxml_html
from sklearn.utils.estimator_checks import estimator_checks_generator

from detector.features.structure import (
    DOM_COLUMN,
    MAIN_GAP_SCALE,
    NUMERIC_COLUMNS,
    StructureFeatures,
    attribute_words,
    depths_from_main,
    main_span_columns,
    page_frame,
    structure_columns,
)
from detector.main_content import PRECISE_ENOUGH, _extract, in_main_content
from detector.model.pipeline import markup_scores
from detector.page import pruned_markup, read_page


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("ad-wrapper", ["ad", "wrapper"]),
        ("adSlot", ["ad", "slot", "adslot"]),
        ("ad_unit", ["ad", "unit"]),
        ("adsbygoogle", ["adsbygoogle"]),
        ("css-1q2w3e", ["css"]),
        ("taboola-feed__card", ["taboola", "feed", "card"]),
        ("x1 y2", []),
    ],
)
def test_attribute_words_split_at_real_token_boundaries(value: str, words: list[str]) -> None:
    assert sorted(attribute_words(value)) == sorted(words)


PAGE = """<html><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/a">Sport</a></li></ul></nav>
<article class="story"><h1>Headline about the valley</h1>
<p>A paragraph of reporting with <a href="/x">one link</a> in the middle of its words.</p>
<div class="adSlot" data-ad-unit="mid"><p>Buy <a href="https://s.example" rel="sponsored">this</a></p>
<ins class="adsbygoogle"></ins></div>
<div class="cards"><div class="card"><p>Card one</p></div><div class="card"><p>Card two</p></div>
<div class="card"><p>Card three</p></div></div>
</article><p data-gold="promo">Marked</p></body></html>"""


@pytest.fixture(scope="module")
def columns():
    page = read_page(PAGE)
    return page, structure_columns(page)


def _row(columns, text: str):
    page, frame = columns
    index = [b.text for b in page.blocks].index(text)
    return frame.iloc[index]


def test_markup_tokens_name_tag_landmarks_and_attribute_words(columns) -> None:
    nav = _row(columns, "Home")[DOM_COLUMN].split()
    assert "tag:li" in nav and "in:nav" in nav and "up:nav" in nav
    ad = _row(columns, "Buy this")[DOM_COLUMN].split()
    assert "up:ad" in ad and "up:slot" in ad and "up:unit" in ad and "in:article" in ad


def test_gold_marks_never_become_tokens(columns) -> None:
    assert "gold" not in _row(columns, "Marked")[DOM_COLUMN]


def test_link_density_and_sponsored_links(columns) -> None:
    assert _row(columns, "Home")["link_density"] == 1.0
    reporting = _row(columns, "A paragraph of reporting with one link in the middle of its words.")
    assert 0.0 < reporting["link_density"] < 0.3
    assert _row(columns, "Buy this")["sponsored_links"] == 1
    assert reporting["sponsored_links"] == 0


def test_widget_elements_mark_their_surroundings(columns) -> None:
    assert _row(columns, "Buy this")["widget_near"] == 1.0
    assert _row(columns, "Headline about the valley")["widget_near"] == 0.0


def test_amp_ad_elements_mark_their_surroundings() -> None:
    page = read_page(
        "<html><body><article><p>Reporting on the harbour works.</p>"
        "<div class='slot'><p>Label above the creative</p><amp-ad type='network'></amp-ad></div>"
        "<div class='box'><p>A carousel caption</p><amp-carousel></amp-carousel></div>"
        "</article></body></html>"
    )
    frame = structure_columns(page)
    near = dict(zip([b.text for b in page.blocks], frame["widget_near"]))
    assert near["Label above the creative"] == 1.0
    assert near["A carousel caption"] == 0.0
    assert near["Reporting on the harbour works."] == 0.0


def test_repeated_sibling_structures_are_counted(columns) -> None:
    assert _row(columns, "Card two")["sibling_repeats"] == 2
    assert _row(columns, "Headline about the valley")["sibling_repeats"] == 0


def test_page_frame_has_text_and_markup_columns_for_every_block() -> None:
    pages = [read_page(PAGE), read_page("<p>Only one</p>"), read_page("")]
    frame = page_frame(pages)
    assert len(frame) == len(pages[0].blocks) + 1
    assert {"doc", "group", "text", DOM_COLUMN, *NUMERIC_COLUMNS} <= set(frame.columns)
    assert frame["doc"].tolist()[-1] == 1


def test_structure_features_pass_the_numbers_in_order() -> None:
    frame = structure_columns(read_page(PAGE))
    features = StructureFeatures().fit(frame[list(NUMERIC_COLUMNS)])
    matrix = features.transform(frame[list(NUMERIC_COLUMNS)])
    assert list(features.get_feature_names_out()) == [f"markup_{name}" for name in NUMERIC_COLUMNS]
    assert matrix[:, 0].tolist() == frame["link_density"].tolist()
    with pytest.raises(ValueError, match="must be numbers"):
        StructureFeatures().fit(frame[[DOM_COLUMN]])


def test_markup_tokens_are_scored_by_a_linear_model_that_learns_ad_words() -> None:
    rows = []
    for g in range(6):
        rows += [(g, "tag:p in:article up:story", "content"), (g, "tag:p up:ad up:slot", "promo/ad")]
        rows += [(g, "tag:li in:nav up:menu", "boilerplate")]
    groups, tokens, labels = zip(*rows)
    frame = pd.DataFrame({"group": groups, "doc": groups, DOM_COLUMN: tokens})
    scores = markup_scores().fit(frame, np.asarray(labels, dtype=object))
    test = pd.DataFrame({"group": [9], "doc": [9], DOM_COLUMN: ["tag:div up:ad up:wrapper"]})
    proba = dict(zip(scores.classes_, np.exp(scores.transform(test)[0, : len(scores.classes_)])))
    assert max(proba, key=lambda c: proba[c]) == "promo/ad"


def _convention_checks() -> list[object]:
    cases = []
    for est, check in estimator_checks_generator(StructureFeatures(), legacy=True, mark="skip"):
        name = getattr(check, "func", check).__name__
        if "array_api" not in name:
            cases.append(pytest.param(est, check, id=name))
    return cases


@pytest.mark.parametrize(("estimator", "check"), _convention_checks())
def test_sklearn_conventions(estimator, check) -> None:
    check(estimator)


def test_main_content_marks_the_article_not_the_menu() -> None:
    story = " ".join(
        f"Paragraph {i} of the story tells how the river board rebuilt the weir at Hollins Ford this spring."
        for i in range(3)
    )
    page = read_page(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        f"<article><h1>The weir at Hollins Ford</h1><p>{story}</p><p>{story} Again.</p></article>"
        "<footer><p>© 2026 River Post</p></footer></body></html>"
    )
    flags = dict(
        zip([b.text for b in page.blocks], in_main_content(page.root, [b.text for b in page.blocks]))
    )
    assert flags[story] is True
    assert flags["Home"] is False


def test_main_content_leaves_the_parsed_page_as_it_was() -> None:
    """The segmenter's blocks point into the same tree: the extractor must work on its own copy."""
    story = "The ferry timetable changes on Monday, when the winter crossings begin at the north pier. " * 4
    page = read_page(
        "<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><div class='ad'><p>Buy now</p></div>"
        f"<article><h1>Winter ferries</h1><p>{story}</p><p>{story} Later.</p></article>"
        "<script>var x = 1;</script><footer><p>© 2026 Pier Post</p></footer></body></html>"
    )
    before = lxml_html.tostring(page.root)
    for precise in (True, False):
        assert _extract(page.root, favor_precision=precise)
    in_main_content(page.root, [b.text for b in page.blocks])
    assert lxml_html.tostring(page.root) == before


def test_main_content_found_when_precision_mode_keeps_only_the_title() -> None:
    """A city hall's news page with its story in a bare ``div``: precision mode keeps the title alone."""
    menu = "".join(f"<li><a href='/s{i}'>Secretaria {i}</a></li>" for i in range(40))
    story = (
        "A equipe do posto de saúde do bairro Jardim Novo recebeu nesta manhã três ambulâncias novas, "
        "compradas com recursos do orçamento municipal. Os veículos já estão em uso e atendem chamadas "
        "de toda a zona norte da cidade. A secretaria prevê mais duas entregas até o fim do ano. "
    ) * 2
    page = read_page(
        f"<html><body><div class='container'><ul class='nav'>{menu}</ul><div class='row'>"
        f"<div class='col-md-3'><ul>{menu}</ul></div><div class='col-md-9'>"
        "<p class='titulo'>Posto de saúde recebe ambulâncias</p>"
        "<div>05/10/2018 - Publicado por: Maria Souza - Categoria: Saúde</div>"
        f"<div>{story}</div></div></div><footer><p>Prefeitura Municipal</p></footer></div></body></html>"
    )
    assert len(_extract(page.root, favor_precision=True)) < PRECISE_ENOUGH
    flags = dict(
        zip([b.text for b in page.blocks], in_main_content(page.root, [b.text for b in page.blocks]))
    )
    # Default mode's answer is wider (the menus too): the mark is a feature, the model decides.
    assert flags[story.strip()] is True


def test_main_span_places_blocks_before_inside_and_after_the_main_content() -> None:
    marks = [False, False, True, False, True, False] + [False] * (MAIN_GAP_SCALE + 5)
    columns = main_span_columns(marks, len(marks))
    assert columns["main_found"] == [1.0] * len(marks)
    # A dropped caption between two main blocks is inside the span; a title just before is not.
    assert columns["main_span"][:6] == [0.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    assert columns["main_before"][:3] == [2 / MAIN_GAP_SCALE, 1 / MAIN_GAP_SCALE, 0.0]
    assert columns["main_after"][4:7] == [0.0, 1 / MAIN_GAP_SCALE, 2 / MAIN_GAP_SCALE]
    assert columns["main_after"][-1] == 1.0  # far blocks saturate instead of growing with the page


def test_depth_counts_from_the_main_text_so_a_deeply_nested_site_reads_like_a_flat_one() -> None:
    def page(wrappers: int) -> str:
        opened, closed = "<div class='w'>" * wrappers, "</div>" * wrappers
        story = "The harbour board voted on Tuesday to rebuild the north quay before the winter storms. " * 4
        return (
            f"<html><body><nav><a href='/'>Home</a></nav>{opened}<article><h1>North quay</h1>"
            f"<p>{story}</p><p>{story} Again.</p><div class='slot'><div><p>Advertisement</p></div></div>"
            f"</article>{closed}</body></html>"
        )

    columns = []
    for wrappers in (0, 15):
        read = read_page(page(wrappers))
        marks = in_main_content(read.root, [b.text for b in read.blocks])
        columns.append(structure_columns(read, marks)["depth_from_main"].tolist())
    # The article's blocks read the same however deep the site wraps them; the menu outside does not.
    assert columns[0][1:] == columns[1][1:]
    assert columns[1][0] == columns[0][0] - 15
    texts = [b.text for b in read.blocks]
    assert columns[1][texts.index("Advertisement")] == 2.0  # two wrappers deeper than the paragraphs
    assert depths_from_main([4, 9, 9, 11], [False, True, True, False]) == [-5.0, 0.0, 0.0, 2.0]
    assert depths_from_main([1, 3, 5], None) == [-2.0, 0.0, 2.0]  # no main text: the page's median


def test_main_span_says_nothing_when_no_main_content_was_found() -> None:
    for marks in (None, [False, False, False]):
        columns = main_span_columns(marks, 3)
        assert all(values == [0.0, 0.0, 0.0] for values in columns.values())


def test_pruning_takes_the_whole_wrapper_of_removed_blocks() -> None:
    page = read_page(
        "<html><body><p>Keep me.</p><aside class='ad'><p>Advertisement</p><p>Buy boats</p>"
        "<iframe src='x'></iframe></aside><p>Keep me too.</p></body></html>"
    )
    removed = [b.text in {"Advertisement", "Buy boats"} for b in page.blocks]
    pruned = pruned_markup(page, removed)
    assert "<aside" not in pruned and "iframe" not in pruned
    assert "Keep me." in pruned and "Keep me too." in pruned
