"""Old pages: a table layout with a left menu, and a page of text separated by ``<br><br>``."""

from __future__ import annotations

from detector.corpus.templates import chrome
from detector.corpus.templates.body import BOILERPLATE_BLOCK, PROMO_RUN, BodyStyle, Unit, paragraph_children
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.html import Child, Node, Raw, boilerplate, el, promo, text_with_breaks
from detector.corpus.templates.layout import html_root, render_units
from detector.corpus.templates.naming import token

OLD_GENRES = ("personal-blog", "charity-report", "obituary", "event-listing", "education")


def _old_head(page: Page) -> Node:
    node = el(
        "head",
        None,
        el("meta", {"http-equiv": "Content-Type", "content": "text/html; charset=utf-8"}),
        el("title", None, f"{page.text.site} - {page.title}"),
    )
    node.add(el("meta", {"name": "keywords", "content": ", ".join(page.text.sample("sections", 5))}))
    script = "function popup(u){window.open(u,'w','width=400,height=300')}"
    if page.chance(0.5):
        script = f"var hits={page.rng.randint(1000, 99999)};document.title=document.title;"
    node.add(
        el("script", {"language": "JavaScript", "type": "text/javascript"}, Raw(f"<!--\n{script}\n//-->"))
    )
    if page.chance(0.5):
        node.add(el("style", {"type": "text/css"}, Raw("body{font-family:Verdana,Arial}a:hover{color:red}")))
    return node


def _banner(page: Page) -> Node:
    copy = page.text.ad()
    center = el("center", {"class": page.ad_class() if page.chance(0.3) else None})
    if page.chance(0.5):
        center.add(el("font", {"size": "1"}, page.text.pick("ad_label")), el("br"))
    center.add(
        el(
            "a",
            {"href": copy.url, "target": "_blank", "rel": "nofollow" if page.chance(0.5) else None},
            el(
                "img",
                {
                    "src": f"/banners/{token(page.rng, 6)}.gif",
                    "width": "468",
                    "height": "60",
                    "border": "0",
                    "alt": copy.brand,
                },
            ),
        )
    )
    if page.chance(0.6):
        center.add(el("br"), el("font", {"size": "2"}, copy.headline))
    return promo(center, "ad")


def _old_footer(page: Page) -> Node:
    return boilerplate(
        el(
            "p",
            {"align": "center"},
            el(
                "font",
                {"size": "1"},
                page.text.say("last_update"),
                el("br"),
                page.text.say("webmaster"),
                el("br"),
                page.text.say("copyright"),
                el("br"),
                el("a", {"href": "/index.html"}, page.text.pick("back_main")),
            ),
        )
    )


def legacy_table(page: Page) -> Node:
    """A hand-made site of the early web: nested tables, a grey left menu, a banner, a visitor counter."""
    page.style = BodyStyle(classes={}, attrs={"h2": {"align": "left"}}, heading="h3")
    page.ad_classes = ("banner", "ad", "sponsor")
    page.opaque_ads = 0.6
    body = el(
        "body",
        {
            "bgcolor": "#ffffff",
            "text": "#000000",
            "link": "#0000cc",
            "vlink": "#551a8b",
            "topmargin": "0",
            "leftmargin": "0",
        },
    )
    table = el("table", {"width": "100%", "border": "0", "cellpadding": "6", "cellspacing": "0"})
    table.add(
        boilerplate(
            el(
                "tr",
                None,
                el(
                    "td",
                    {"colspan": "2", "bgcolor": "#1f3a5f"},
                    el("font", {"color": "#ffffff", "size": "5"}, el("b", None, page.text.site)),
                ),
            )
        )
    )
    menu = el("td", {"width": "170", "valign": "top", "bgcolor": "#e8e8e8"})
    for item in [page.text.pick("home"), *page.text.sample("sections", page.rng.randint(4, 8))]:
        menu.add(
            el("a", {"href": page.href(item).strip("/") + ".html"}, el("font", {"size": "2"}, item)), el("br")
        )
    menu.add(
        el("br"),
        el("a", {"href": "guestbook.html"}, page.text.pick("guestbook")),
        el("br"),
        el("a", {"href": "links.html"}, page.text.pick("links_page")),
        el("br"),
        el("br"),
        el("font", {"size": "1"}, page.text.say("visitor")),
    )
    cell = el("td", {"valign": "top", "style": "font-family:Verdana,Arial,sans-serif;font-size:13px"})
    if page.chance(0.6):
        cell.add(_banner(page))
    cell.add(render_units(page, page.units))
    if page.chance(0.5):
        cell.add(_banner(page))
    cell.add(el("hr", {"size": "1", "noshade": True}), _old_footer(page))
    table.add(el("tr", None, boilerplate(menu), cell))
    body.add(table)
    if page.chance(0.4):
        body.add(
            boilerplate(
                el("p", {"align": "center"}, el("font", {"size": "1"}, page.text.pick("best_viewed")))
            )
        )
    return html_root(page, _old_head(page), body)


def _br_unit(page: Page, unit: Unit) -> list[Child]:
    if unit.kind == PROMO_RUN:
        node = el(
            page.rng.choice(("div", "font", "span")), {"class": page.ad_class() if page.chance(0.3) else None}
        )
        for index, block in enumerate(unit.blocks):
            node.add([el("br")] if index else [], text_with_breaks(block.text))
        return [promo(node, unit.promo_kind)]
    if unit.kind == BOILERPLATE_BLOCK:
        return [boilerplate(el(page.rng.choice(("i", "small", "font")), None, text_with_breaks(unit.text)))]
    if unit.role in {"title", "heading"}:
        return [el("b", None, unit.text)]
    if unit.role == "items":
        return [
            child
            for index, block in enumerate(unit.blocks)
            for child in ([el("br")] if index else []) + [block.text]
        ]
    return paragraph_children(unit)


def plain_br(page: Page) -> Node:
    """A page typed by hand: one container, blocks separated by two line breaks, bold for headings."""
    page.ad_classes = ("ad", "sponsor", "banner")
    page.opaque_ads = 0.5
    body = el("body")
    body.add(boilerplate(el("center", None, el("h2", None, page.text.site))))
    menu = el("p")
    for item in page.text.sample("sections", 4):
        menu.add(chrome.link(page, item), " | ")
    body.add(boilerplate(menu.add(chrome.link(page, page.text.pick("home"), "/"))))
    body.add(el("hr"))
    text = el("font", {"face": "Times New Roman"}) if page.chance(0.3) else el("div")
    for index, unit in enumerate(page.units):
        if index:
            text.add(el("br"), el("br"))
        text.add(_br_unit(page, unit))
    body.add(text, el("hr"))
    if page.chance(0.5):
        body.add(_banner(page))
    body.add(_old_footer(page))
    return html_root(page, _old_head(page), body)


TEMPLATES = (
    Template("legacy_table", legacy_table, "blog", ("none",), OLD_GENRES),
    Template("plain_br", plain_br, "blog", ("none",), OLD_GENRES),
)
