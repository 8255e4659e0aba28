"""Reference and index pages: a MediaWiki article and a listing page of cards."""

from __future__ import annotations

from detector.corpus.templates import chrome, promotion, regions
from detector.corpus.templates.body import TEXT, BodyStyle, Unit, split_parts
from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Node, boilerplate, comment, el, promo
from detector.corpus.templates.layout import html_root, render_unit, render_units, title_node
from detector.corpus.templates.naming import token

WIKI_GENRES = ("education", "science", "academic-abstract", "culture", "world-news")
LISTING_GENRES = ("event-listing", "job-posting", "real-estate", "travel")


def _wiki_heading(page: Page, unit: Unit, number: int) -> Node:
    anchor = slug(unit.text, "_")
    heading = el(
        "h2" if number % 3 else "h3",
        {"id": anchor if page.chance(0.5) else None},
        el("span", {"class": "mw-headline", "id": anchor}, unit.text),
    )
    edit = el(
        "span",
        {"class": "mw-editsection"},
        el("span", {"class": "mw-editsection-bracket"}, "["),
        el(
            "a",
            {"href": f"/w/index.php?title={anchor}&action=edit&section={number}"},
            page.text.pick("wiki_edit"),
        ),
        el("span", {"class": "mw-editsection-bracket"}, "]"),
    )
    return heading.add(boilerplate(edit))


def _toc(page: Page, headings: list[Unit]) -> Node:
    items = [
        el(
            "li",
            {"class": f"toclevel-1 tocsection-{i}"},
            el(
                "a",
                {"href": f"#{slug(u.text, '_')}"},
                el("span", {"class": "tocnumber"}, str(i)),
                " ",
                el("span", {"class": "toctext"}, u.text),
            ),
        )
        for i, u in enumerate(headings, 1)
    ]
    return boilerplate(
        el(
            "div",
            {"id": "toc", "class": "toc", "role": "navigation"},
            el(
                "div",
                {"class": "toctitle"},
                el("h2", {"id": "mw-toc-heading"}, page.text.pick("wiki_contents")),
            ),
            el("ul", None, items),
        )
    )


def _navbox(page: Page) -> Node:
    rows = []
    for _ in range(page.rng.randint(2, 4)):
        links = [chrome.link(page, page.other_headline()) for _ in range(page.rng.randint(3, 6))]
        cells: list[Node | str] = []
        for index, item in enumerate(links):
            cells.extend([" · "] if index else [])
            cells.append(item)
        rows.append(
            el(
                "tr",
                None,
                el("th", {"class": "navbox-group"}, page.text.pick("sections")),
                el("td", {"class": "navbox-list"}, cells),
            )
        )
    title = el(
        "tr",
        None,
        el(
            "th",
            {"colspan": "2", "class": "navbox-title"},
            el("span", {"class": "navbox-toggle"}, "[", page.text.pick("wiki_hide"), "]"),
            " ",
            page.text.pick("topic"),
        ),
    )
    return boilerplate(
        el(
            "div",
            {"role": "navigation", "class": "navbox"},
            el("table", {"class": "nowraplinks collapsible navbox-inner"}, el("tbody", None, title, rows)),
        )
    )


def _wiki_body(page: Page, units: list[Unit]) -> list[Node]:
    out: list[Node] = []
    headings = [u for u in units if u.kind == TEXT and u.role == "heading"]
    number = 0
    for unit in units:
        if unit.kind == TEXT and unit.role == "heading":
            if number == 0 and len(headings) >= 3:
                out.append(_toc(page, headings))
            number += 1
            out.append(_wiki_heading(page, unit, number))
        else:
            out.extend(render_unit(page, unit))
    return out


def mediawiki(page: Page) -> Node:
    """A MediaWiki article: #mw-content-text, a table of contents, edit links, navboxes and catlinks."""
    page.style = BodyStyle(
        classes={"table": "wikitable", "blockquote": "templatequote", "lead": None}, quote_share=0.5
    )
    page.ad_classes = ("wiki-ad", "mw-ad", "sitenotice-ad")
    parts = split_parts(page.units)
    title = parts.title.text if parts.title else page.title
    body = el(
        "body",
        {
            "class": "mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject "
            f"page-{slug(title, '_')[:40]} "
            "skin-vector action-view"
        },
    )
    body.add(el("div", {"id": "mw-page-base", "class": "noprint"}))
    content = el("div", {"id": "content", "class": "mw-body", "role": "main"})
    content.add(el("a", {"id": "top"}))
    if page.chance(0.3):
        content.add(
            promo(
                el(
                    "div",
                    {"id": "siteNotice"},
                    el("div", {"id": "centralNotice"}, el("p", None, page.text.say("sub_pitch"))),
                ),
                "self_promo",
            )
        )
    content.add(
        el(
            "h1",
            {"id": "firstHeading", "class": "firstHeading mw-first-heading"},
            el("span", {"class": "mw-page-title-main"}, title),
        )
        if parts.title
        else None
    )
    inner = el("div", {"id": "bodyContent", "class": "vector-body"})
    inner.add(boilerplate(el("div", {"id": "siteSub", "class": "noprint"}, page.text.say("wiki_from"))))
    inner.add(
        boilerplate(
            el(
                "div",
                {"id": "jump-to-nav"},
                el("a", {"class": "mw-jump-link", "href": "#mw-head"}, page.text.words["wiki_jump"][0]),
                ", ",
                el("a", {"class": "mw-jump-link", "href": "#searchInput"}, page.text.words["wiki_jump"][1]),
            )
        )
    )
    output = el("div", {"class": "mw-parser-output"})
    output.add(render_units(page, parts.before + parts.header))
    output.add(_wiki_body(page, parts.body))
    if page.chance(0.6):
        output.add(_navbox(page))
    inner.add(el("div", {"id": "mw-content-text", "class": "mw-body-content", "lang": page.lang}, output))
    url = page.url(f"/wiki/{slug(title, '_')}")
    inner.add(boilerplate(el("div", {"class": "printfooter"}, page.text.say("wiki_retrieved", url=url))))
    cats = [
        chrome.link(page, page.text.pick("sections"), f"/wiki/Category:{token(page.rng, 5)}")
        for _ in range(3)
    ]
    inner.add(
        boilerplate(
            el(
                "div",
                {"id": "catlinks", "class": "catlinks", "data-mw": "interface"},
                el(
                    "div",
                    {"id": "mw-normal-catlinks", "class": "mw-normal-catlinks"},
                    chrome.link(page, page.text.pick("wiki_categories"), "/wiki/Special:Categories"),
                    ": ",
                    el("ul", None, [el("li", None, c) for c in cats]),
                ),
            )
        )
    )
    content.add(inner)
    body.add(content)
    panel = el("div", {"id": "mw-navigation"})
    tabs = el(
        "div",
        {"id": "p-views", "class": "vector-menu-tabs", "role": "navigation"},
        el("ul", None, [el("li", None, chrome.link(page, t)) for t in page.text.words["wiki_tabs"]]),
    )
    panel.add(boilerplate(tabs))
    panel.add(
        boilerplate(
            el(
                "div",
                {"id": "p-navigation", "class": "portal"},
                chrome.link_list(page, list(page.text.words["wiki_nav"][:5]), "n"),
            )
        )
    )
    panel.add(
        boilerplate(
            el(
                "div",
                {"id": "p-tb", "class": "portal"},
                el("h3", None, page.text.words["wiki_tools"][0]),
                chrome.link_list(page, list(page.text.words["wiki_tools"][1:]), "t"),
            )
        )
    )
    if page.chance(0.3):
        panel.add(promotion.ad_slot(page, (160, 600)))
    body.add(panel)
    foot = el(
        "div",
        {"id": "footer", "role": "contentinfo"},
        el(
            "ul",
            {"id": "footer-info"},
            el("li", {"id": "footer-info-lastmod"}, page.text.say("wiki_lastmod")),
            el("li", {"id": "footer-info-copyright"}, page.text.pick("wiki_license")),
        ),
        el(
            "ul",
            {"id": "footer-places"},
            [el("li", None, chrome.link(page, item)) for item in page.text.sample("legal", 4)],
        ),
    )
    body.add(boilerplate(foot))
    body.add(
        comment(f"Served by mw{page.rng.randint(1000, 2999)} in {page.rng.randint(80, 900) / 1000:.3f} secs.")
    )
    return html_root(page, head(page, schema="Article"), body, {"class": "client-nojs"})


def _card(page: Page, units: list[Unit]) -> Node:
    card = el("li", {"class": page.cls("listing", "card"), "data-id": str(page.rng.randint(10**5, 10**7))})
    card.add(el("img", {"src": f"/thumbs/{token(page.rng, 9)}.jpg", "alt": "", "loading": "lazy"}))
    card.add(el("div", {"class": page.cls("listing", "body")}, render_units(page, units)))
    if page.chance(0.4):
        card.add(
            boilerplate(
                el("button", {"type": "button", "class": page.cls("listing", "save")}, page.text.pick("save"))
            )
        )
    return card


def listing(page: Page) -> Node:
    """An index page: filters, the document's items as a card grid, sponsored cards, pagination."""
    page.style = BodyStyle(
        classes={
            "h2": page.cls("card", "title"),
            "h3": page.cls("card", "title"),
            "p": page.cls("card", "text"),
            "lead": page.cls("listing", "intro"),
        },
        heading="h3",
    )
    page.ad_classes = ("listing-ad", "ad-tile", "promo-tile", "sponsored-slot")
    parts = split_parts(page.units)
    body = el("body", {"class": page.cls("listing", "page")})
    body.add(regions.site_header(page, search=0.8, login=0.6))
    main = el("main", {"class": page.cls("listing", "main"), "id": "main"})
    if page.chance(0.6):
        main.add(chrome.breadcrumbs(page))
    main.add(
        render_units(page, parts.before), title_node(page, parts.title, cls=page.cls("listing", "title"))
    )
    main.add(render_units(page, parts.header))
    toolbar = el(
        "div",
        {"class": page.cls("listing", "toolbar")},
        el("button", {"type": "button"}, page.text.pick("filter")),
        el("span", None, page.text.say("results")),
        el(
            "label",
            None,
            page.text.pick("sort_by"),
            el("select", {"name": "sort"}, el("option", None, page.text.pick("sort_by"))),
        ),
    )
    main.add(boilerplate(toolbar))
    grid = el("ul", {"class": page.cls("listing", "grid")})
    current: list[Unit] = []
    for unit in parts.body:
        if unit.kind != TEXT:
            if current:
                grid.add(_card(page, current))
                current = []
            grid.add(el("li", {"class": page.cls("listing", "card")}, render_unit(page, unit)))
            continue
        if unit.role == "heading" and current:
            grid.add(_card(page, current))
            current = []
        current.append(unit)
    if current:
        grid.add(_card(page, current))
    if page.chance(0.6):
        sponsored = el("li", {"class": page.cls("listing", "card")})
        copy = page.text.ad()
        sponsored.add(
            promo(
                el(
                    "div",
                    {"class": page.ad_class()},
                    el("span", None, page.text.pick("listing_sponsored")),
                    el("a", {"href": copy.url, "rel": "sponsored nofollow"}, el("h3", None, copy.headline)),
                    el("p", None, copy.body),
                ),
                "native",
            )
        )
        grid.children.insert(min(2, len(grid.children)), sponsored)
    main.add(grid)
    pager = el(
        "nav",
        {"class": page.cls("pagination"), "aria-label": "pagination"},
        el("a", {"href": "?page=1", "rel": "prev"}, page.text.pick("previous_page")),
        [el("a", {"href": f"?page={n}"}, str(n)) for n in range(1, page.rng.randint(3, 7))],
        el("a", {"href": "?page=2", "rel": "next"}, page.text.pick("next_page")),
    )
    main.add(boilerplate(pager))
    if page.chance(0.6):
        main.add(
            promo(
                el(
                    "div",
                    {"class": page.cls("alert", "box")},
                    el("p", None, page.text.pick("alert")),
                    el("button", {"type": "button"}, page.text.pick("nl_button")),
                ),
                "self_promo",
            )
        )
    body.add(main)
    if page.chance(0.5):
        body.add(regions.sidebar(page, 2))
    body.add(chrome.footer(page))
    if page.chance(0.5):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="CollectionPage"), body)


TEMPLATES = (
    Template("mediawiki", mediawiki, "reference", ("kebab",), WIKI_GENRES),
    Template("listing", listing, "news", ("bem", "camel", "utility", "snake"), LISTING_GENRES),
)
