"""The HTML segmenter: blocks as a browser lays them out, and nothing a reader never sees."""

from __future__ import annotations

import pytest

from detector.corpus.labelled_pages import read_labelled_page
from detector.page import looks_like_html, read_page
from detector.segment.html import decode_page, locator, parse_html, segment_html


def texts(markup: str | bytes) -> list[str]:
    return [block.text for block in segment_html(parse_html(markup))]


def test_inline_markup_does_not_split_a_paragraph() -> None:
    page = "<body><p>The <b>ferry</b> <a href='/x'>strike</a> <em>ended</em> at <span>noon</span>.</p></body>"
    assert texts(page) == ["The ferry strike ended at noon."]


def test_text_directly_in_a_div_is_its_own_block() -> None:
    page = "<body><div>Before <i>the</i> list<p>A paragraph.</p>After it</div></body>"
    assert texts(page) == ["Before the list", "A paragraph.", "After it"]


def test_double_line_break_splits_and_single_does_not() -> None:
    page = "<body><div>Line one<br>still one<br><br>Line two<br/><br/>Line three</div></body>"
    assert texts(page) == ["Line one still one", "Line two", "Line three"]


def test_lists_tables_and_definition_lists_give_one_block_per_item() -> None:
    page = (
        "<body><ul><li>Flour</li><li>Salt</li></ul>"
        "<table><tr><th>Day</th><td>Monday</td></tr></table>"
        "<dl><dt>Term</dt><dd>Meaning</dd></dl></body>"
    )
    assert texts(page) == ["Flour", "Salt", "Day | Monday", "Term", "Meaning"]


def test_a_row_of_data_is_one_block_with_its_cells_in_order() -> None:
    page = """<body><table><thead><tr><th>Home</th><th>Statistic</th><th>Away</th></tr></thead>
    <tbody><tr><td>54%</td><th scope="row">Possession</th><td><b>46</b>%</td></tr>
    <tr><td></td><th>Shots</th><td>9</td></tr></tbody></table></body>"""
    blocks = segment_html(parse_html(page))
    assert [b.text for b in blocks] == ["Home | Statistic | Away", "54% | Possession | 46%", "Shots | 9"]
    assert {b.tag for b in blocks} == {"tr"}
    assert "Home | Statistic | Away\n\n54% | Possession | 46%\nShots | 9" in read_page(page).text


def test_layout_rows_keep_each_cell_a_block_of_its_own() -> None:
    long_cell = "A long paragraph of the article itself. " * 12
    page = f"""<body><table>
    <tr><td><a href="/">Home</a><br><a href="/news">News</a></td><td>Story text</td></tr>
    <tr><td><p>First</p><p>Second</p></td><td>Side</td></tr>
    <tr><td>Menu</td><td>{long_cell}</td></tr></table></body>"""
    assert texts(page) == ["Home News", "Story text", "First", "Second", "Side", "Menu", long_cell.strip()]


def test_invisible_elements_never_reach_the_text() -> None:
    page = """<html><head><title>Title</title><style>p{}</style></head><body>
    <script>var secret = 1;</script><script type="application/ld+json">{"a": "ld"}</script>
    <noscript>Enable scripts</noscript><template><p>Template</p></template>
    <svg><text>Vector</text></svg><!-- a comment --><input type="hidden" value="token">
    <div hidden>Hidden div</div><p style="display: none">Gone</p><p style="visibility:hidden">Also gone</p>
    <p>Visible</p></body></html>"""
    assert texts(page) == ["Visible"]


def test_drop_down_options_never_run_into_a_block() -> None:
    page = """<body><div class="well"><form><label>Category</label><select name="c">
    <option>Select</option><option>Agriculture</option><option>Health</option></select>
    <datalist id="towns"><option value="Ashby"></option></datalist></form></div>
    <p>The clinic reopens on Monday.</p></body>"""
    assert texts(page) == ["Category", "The clinic reopens on Monday."]


def test_a_comment_does_not_lose_the_text_after_it() -> None:
    assert texts("<body><p>Half <!-- note --> and half</p></body>") == ["Half and half"]


def test_custom_elements_and_buttons_are_boxes_of_their_own() -> None:
    page = "<body><p>Story text<button>Share</button>more</p><amp-ad>Advert words</amp-ad></body>"
    assert texts(page) == ["Story text Share more", "Advert words"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café crème".encode(), "Café crème"),
        (b'<meta charset="iso-8859-1"><p>Caf\xe9</p>', "Café"),
        (b'<?xml version="1.0" encoding="windows-1252"?><p>Caf\xe9 \x93quoted\x94</p>', "Café “quoted”"),
        ("\ufeffCafé".encode(), "Café"),
    ],
)
def test_page_bytes_are_decoded_by_bom_utf8_or_declared_charset(data: bytes, expected: str) -> None:
    assert expected in decode_page(data)


def test_xhtml_with_an_xml_declaration_parses() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Straße</p></body></html>'
    )
    assert texts(page) == ["Straße"]


def test_empty_and_blank_pages_give_no_block() -> None:
    assert texts("") == []
    assert texts(b"   ") == []
    assert texts("<html><body></body></html>") == []


def test_deep_nesting_does_not_overflow() -> None:
    # libxml2 keeps up to about 2,000 levels with huge_tree; the walk itself is iterative.
    page = "<body>" + "<div>" * 2000 + "deep" + "</div>" * 2000 + "</body>"
    assert texts(page) == ["deep"]


def test_page_text_joins_paragraphs_with_blank_lines_and_items_with_line_breaks() -> None:
    page = read_page("<body><h1>Title</h1><p>Intro.</p><ul><li>One</li><li>Two</li></ul><p>End.</p></body>")
    assert page.text == "Title\n\nIntro.\n\nOne\nTwo\n\nEnd."
    for block, (start, end) in zip(page.blocks, page.spans):
        assert page.text[start:end] == block.text


def test_locator_names_the_element() -> None:
    root = parse_html(
        "<body><div class='story body'><p>One</p><p>Two</p></div><aside id='ad'><p>X</p></aside></body>"
    )
    blocks = segment_html(root)
    assert locator(blocks[1].element) == "body > div.story > p:nth-of-type(2)"
    assert locator(blocks[2].element) == "aside#ad > p"


def test_links_and_sponsored_links_are_counted() -> None:
    blocks = segment_html(
        parse_html(
            "<body><p><a href='/a'>All link</a></p>"
            "<p>Text <a rel='sponsored nofollow' href='x'>shop</a></p></body>"
        )
    )
    assert blocks[0].link_chars == len("All link")
    assert blocks[0].sponsored_links == 0
    assert blocks[1].sponsored_links == 1


def test_gold_marks_are_read_then_stripped() -> None:
    page = """<body><nav data-gold="boilerplate"><a href="/">Home</a></nav>
    <p>The council met on Monday.</p>
    <aside data-gold="promo" data-gold-kind="ad"><p>Advertisement</p><p>Buy a boat today.</p></aside>
    <p>It voted. <span data-gold="promo" data-gold-kind="self_promo">Subscribe now.</span>
    Then it rose.</p></body>"""
    labelled = read_labelled_page(page, "page-1")
    assert labelled.classes == ["boilerplate", "content", "promo/ad", "promo/ad", "content"]
    spliced = labelled.pieces[-1]
    assert [(p.text, p.label, p.inline) for p in spliced] == [
        ("It voted.", "content", False),
        ("Subscribe now.", "promo", True),
        ("Then it rose.", "content", True),
    ]
    assert "data-gold" not in str(
        [dict(e.attrib) for e in labelled.page.root.iter() if isinstance(e.tag, str)]
    )


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang='en'><p>x</p></html>", True),
        ("<div><p>One</p><p>Two</p><p>Three</p></div>", True),
        ("Use a <div> to group things, then style it.\n\nThat is all.", False),
        ("Plain text.\n\nNo markup here.", False),
    ],
)
def test_html_is_recognised_by_content(document: str, expected: bool) -> None:
    assert looks_like_html(document) is expected
