"""A newsletter archive page: an email as sent (nested presentation tables, inline styles)."""

from __future__ import annotations

from detector.corpus.templates import chrome
from detector.corpus.templates.body import PROMO_RUN, BodyStyle, Unit, split_parts
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Children, Node, boilerplate, el, promo, text_with_breaks
from detector.corpus.templates.layout import html_root, render_unit

LETTER_GENRES = ("newsletter", "charity-report", "press-release", "opinion", "markets-finance")
_P_STYLE = "margin:0 0 16px 0;font-family:{font};font-size:16px;line-height:24px;color:#2b2b2b"
_FONTS = ("Georgia,serif", "Helvetica,Arial,sans-serif", "'Trebuchet MS',sans-serif", "Arial,sans-serif")


def _row(page: Page, *children: Children, padding: str = "0 32px") -> Node:
    return el(
        "tr",
        None,
        el(
            "td",
            {"class": page.cls("text", "block"), "style": f"padding:{padding}", "valign": "top"},
            *children,
        ),
    )


def _sponsor(page: Page, unit: Unit) -> Node:
    """A sponsor section of the issue: a bordered table with the sponsor's blocks."""
    inner = el("td", {"style": "border:1px solid #dddddd;padding:16px;background:#fafafa"})
    for block in unit.blocks:
        inner.add(el("p", {"style": "margin:0 0 8px 0"}, text_with_breaks(block.text)))
    if page.chance(0.5):
        copy = page.text.ad()
        inner.add(
            el(
                "a",
                {
                    "href": copy.url,
                    "rel": "sponsored nofollow",
                    "style": "display:inline-block;padding:8px 16px;background:#222;color:#fff",
                },
                copy.cta,
            )
        )
    table = el(
        "table",
        {
            "role": "presentation",
            "width": "100%",
            "cellpadding": "0",
            "cellspacing": "0",
            "class": page.ad_class(),
        },
        el("tr", None, inner),
    )
    return promo(table, unit.promo_kind)


def newsletter(page: Page) -> Node:
    """An issue in the sender's web archive: hidden preheader, header, one table row per unit, footer."""
    font = page.rng.choice(_FONTS)
    page.style = BodyStyle(
        classes={"p": page.cls("text", "content")},
        attrs={
            "p": {"style": _P_STYLE.format(font=font)},
            "h2": {"style": f"font-family:{font};font-size:22px;margin:24px 0 8px 0"},
        },
    )
    page.ad_classes = ("sponsor", "sponsor-block", "partner")
    parts = split_parts(page.units)
    body = el("body", {"style": "margin:0;padding:0;background-color:#f2f2f2"})
    preheader = f"{page.text.pick('preview_prefix')} {page.text.headline()}"
    body.add(
        boilerplate(
            el(
                "span",
                {"class": "preheader", "style": "display:none!important;max-height:0;overflow:hidden"},
                preheader,
            )
        )
    )
    archive = boilerplate(
        el(
            "div",
            {"class": page.cls("archive", "bar")},
            chrome.link(page, page.text.pick("archive"), "/archive/"),
            " ",
            chrome.link(page, page.text.site, "/"),
        )
    )
    body.add(archive)
    if page.chance(0.6):
        body.add(
            promo(
                el(
                    "div",
                    {"class": page.cls("archive", "subscribe")},
                    el("a", {"href": "/subscribe"}, page.text.pick("nl_button")),
                ),
                "self_promo",
            )
        )
    container = el(
        "table",
        {
            "role": "presentation",
            "width": "600",
            "align": "center",
            "cellpadding": "0",
            "cellspacing": "0",
            "class": page.cls("email", "container"),
            "style": "background:#ffffff",
        },
    )
    container.add(
        boilerplate(
            _row(
                page,
                el("a", {"href": page.url("/archive/latest")}, page.text.pick("view_browser")),
                padding="8px 32px",
            )
        )
    )
    container.add(
        boilerplate(
            _row(
                page,
                el("img", {"src": page.url("/logo.png"), "alt": page.text.site, "width": "160"}),
                el("br"),
                page.text.date(),
                padding="24px 32px",
            )
        )
    )
    for unit in parts.before + ([parts.title] if parts.title else []) + parts.header + parts.body:
        if unit.kind == PROMO_RUN:
            container.add(_row(page, _sponsor(page, unit)))
        elif unit.role == "title":
            container.add(_row(page, el("h1", {"style": f"font-family:{font};font-size:28px"}, unit.text)))
        else:
            container.add(_row(page, render_unit(page, unit)))
    if page.chance(0.7):
        container.add(
            promo(
                _row(
                    page,
                    el("p", None, page.text.pick("forward")),
                    el("a", {"href": "/subscribe"}, page.text.pick("nl_button")),
                ),
                "self_promo",
            )
        )
    footer = _row(
        page,
        el("p", {"style": "font-size:12px;color:#777"}, page.text.say("why_receiving")),
        el(
            "p",
            {"style": "font-size:12px;color:#777"},
            f"{page.text.fixed['company']}, {page.text.value('street')}, {page.text.place()}",
        ),
        el(
            "p",
            {"style": "font-size:12px"},
            chrome.link(page, page.text.pick("unsubscribe"), "/unsubscribe"),
            " | ",
            chrome.link(page, page.text.pick("preferences"), "/preferences"),
        ),
        padding="24px 32px",
    )
    container.add(boilerplate(footer))
    outer = el(
        "table",
        {
            "role": "presentation",
            "width": "100%",
            "bgcolor": "#f2f2f2",
            "cellpadding": "0",
            "cellspacing": "0",
        },
        el("tr", None, el("td", {"align": "center"}, container)),
    )
    body.add(outer)
    return html_root(page, head(page, schema="Article"), body)


TEMPLATES = (Template("newsletter", newsletter, "letter", ("camel", "kebab", "none"), LETTER_GENRES),)
