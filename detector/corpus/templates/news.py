"""News sites: a CSS-in-JS front end, a local paper with a promoted-stories grid, an AMP page."""

from __future__ import annotations

from detector.corpus.templates import chrome, promotion, regions
from detector.corpus.templates.body import BodyStyle, split_parts
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Node, Raw, boilerplate, comment, el, promo
from detector.corpus.templates.layout import (
    fill_slots,
    header_nodes,
    html_root,
    nest,
    render_units,
    slot_positions,
    title_node,
)
from detector.corpus.templates.naming import token

NEWS_GENRES = (
    "politics",
    "world-news",
    "business",
    "markets-finance",
    "legal-crime",
    "sports",
    "live-blog",
    "science",
    "health",
    "technology",
    "culture",
    "weather",
)
LOCAL_GENRES = ("local-news", "obituary", "weather", "event-listing", "sports", "charity-report")


def _css_in_js_style(page: Page) -> BodyStyle:
    roles = (
        "p",
        "lead",
        "byline",
        "author",
        "h2",
        "h3",
        "ul",
        "ol",
        "li",
        "blockquote",
        "entry",
        "meta",
        "table",
        "credit",
        "crumbs",
        "links",
        "note",
    )
    testids = {
        "p": "paragraph",
        "h2": "subheading",
        "byline": "byline",
        "lead": "standfirst",
        "blockquote": "quote",
    }
    classes = {role: page.cls("body", role) for role in roles}
    attrs = {role: {"data-testid": value} for role, value in testids.items() if page.chance(0.7)}
    return BodyStyle(classes=classes, attrs=attrs)


def news_cssinjs(page: Page) -> Node:
    """A national news site built with a component framework: hashed classes and data-testid everywhere."""
    page.style = _css_in_js_style(page)
    page.ad_classes = (*tuple(page.naming.opaque() for _ in range(3)), "ad-container", "dfp-slot")
    page.opaque_ads = 0.5
    parts = split_parts(page.units)
    body = el("body", {"class": page.cls("page")})
    root = el(
        "div",
        {"id": "__next" if page.chance(0.5) else "root", "data-reactroot": "" if page.chance(0.3) else None},
    )
    root.add(chrome.skip_link(page) if page.chance(0.5) else None)
    header = regions.site_header(page, subscribe=0.6)
    header.set("data-testid", "masthead")
    root.add(header)
    if page.chance(0.6):
        root.add(
            el(
                "div",
                {"class": page.cls("top", "ad"), "data-testid": "ad-top"},
                promotion.ad_slot(page, (970, 250)),
            )
        )
    article = el("article", {"class": page.cls("article"), "data-testid": "article", "id": "main"})
    article.add(render_units(page, parts.before))
    if page.chance(0.5):
        article.add(chrome.breadcrumbs(page))
    hgroup = el("header", {"class": page.cls("article", "header")})
    hgroup.add(title_node(page, parts.title), header_nodes(page, parts.header), chrome.date_line(page))
    if page.chance(0.5):
        hgroup.add(chrome.share_bar(page))
    article.add(hgroup)
    if page.chance(0.4):
        article.add(
            el(
                "figure",
                {"class": page.cls("lead", "image")},
                el("img", {"src": f"/img/{token(page.rng, 12)}.jpg", "alt": "", "width": "1200"}),
            )
        )
    slots = fill_slots(page, slot_positions(page, parts.body, (3, 5), 3), promotion.ad_slot)
    if page.chance(0.4):
        fill_slots(page, slot_positions(page, parts.body, (6, 9), 1), promotion.newsletter_box, slots)
    section = el(
        "section",
        {
            "class": page.cls("article", "body"),
            "data-testid": "article-body",
            "name": "articleBody" if page.chance(0.4) else None,
        },
    )
    section.add(render_units(page, parts.body, slots=slots))
    article.add(nest(page, section, 2, ("wrapper", "column", "inner")))
    if page.chance(0.5):
        article.add(chrome.author_box(page))
    if page.chance(0.4):
        article.add(chrome.tags_line(page))
    main = el("main", {"class": page.cls("main")}, article)
    if page.chance(0.7):
        main.add(chrome.related_list(page))
    if page.chance(0.4):
        main.add(promotion.native_grid(page))
    if page.chance(0.3):
        main.add(chrome.comments(page))
    root.add(main, chrome.footer(page))
    if page.chance(0.5):
        root.add(promotion.subscribe_bar(page))
    body.add(root)
    if page.chance(0.6):
        body.add(chrome.cookie_banner(page))
    body.add(
        el(
            "script",
            {"id": "__DATA__", "type": "application/json"},
            Raw('{"props":{"page":"article","build":"' + token(page.rng, 10) + '"}}'),
        )
    )
    return html_root(page, head(page, schema="NewsArticle"), body)


def local_paper(page: Page) -> Node:
    """A regional paper: weather in the masthead, obituaries in the menu, a promoted-stories grid below."""
    page.style = BodyStyle(
        classes={
            "p": None,
            "lead": page.cls("article", "lead"),
            "byline": page.cls("byline"),
            "h2": page.cls("article", "subhead"),
            "blockquote": page.cls("pullquote"),
        }
    )
    page.ad_classes = ("ad", "advert", "ad-mpu", "ad-leaderboard", "banner-ad", "ad-rectangle")
    parts = split_parts(page.units)
    body = el("body", {"class": f"article-page {page.cls('theme') or ''}".strip()})
    if page.chance(0.4):
        body.add(promotion.app_banner(page))
    body.add(regions.site_header(page, weather=0.7, subscribe=0.5, login=0.6))
    if page.chance(0.5):
        body.add(promotion.ad_slot(page, (728, 90)))
    wrap = el("div", {"class": page.cls("page", "wrap")})
    article = el("article", {"class": page.cls("article"), "id": "main"})
    article.add(render_units(page, parts.before))
    if page.chance(0.6):
        article.add(chrome.breadcrumbs(page))
    article.add(title_node(page, parts.title), header_nodes(page, parts.header), chrome.date_line(page))
    if page.chance(0.4):
        article.add(chrome.share_bar(page))
    slots = fill_slots(page, slot_positions(page, parts.body, (2, 4), 4), promotion.ad_slot, with_comment=0.5)
    if page.chance(0.5):
        fill_slots(page, slot_positions(page, parts.body, (5, 8), 1), promotion.self_promo, slots)
    content = el(
        "div",
        {"class": page.cls("article", "content"), "itemprop": "articleBody" if page.chance(0.4) else None},
    )
    content.add(render_units(page, parts.body, slots=slots))
    article.add(content)
    if page.chance(0.5):
        article.add(chrome.share_bar(page))
    if page.chance(0.3):
        article.add(chrome.tags_line(page))
    wrap.add(article)
    for _ in range(page.rng.choice((1, 1, 2))):
        wrap.add(promotion.native_grid(page))
    if page.chance(0.6):
        wrap.add(chrome.related_list(page))
    if page.chance(0.5):
        wrap.add(chrome.comments(page))
    if page.chance(0.6):
        wrap.add(regions.sidebar(page))
    body.add(nest(page, wrap, 2), chrome.footer(page))
    if page.chance(0.5):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="NewsArticle"), body)


def _amp_ad(page: Page) -> Node:
    width, height = page.rng.choice(((300, 250), (320, 100), (320, 50), (336, 280)))
    ad = el(
        "amp-ad",
        {
            "width": str(width),
            "height": str(height),
            "layout": "responsive" if page.chance(0.5) else "fixed",
            "type": page.rng.choice(("adnet", "netpub", "slotline")),
            "data-slot": f"/{page.rng.randint(1000, 99999)}/amp/{token(page.rng, 5)}",
            "class": page.ad_class(),
        },
    )
    if page.chance(0.5):
        ad.add(el("div", {"placeholder": True}, page.text.pick("ad_label")))
    if page.chance(0.4):
        ad.add(el("div", {"fallback": True}))
    return promo(ad, "ad")


def amp(page: Page) -> Node:
    """An AMP article: amp-img, amp-ad slots, an amp-sidebar menu and amp-analytics."""
    page.style = BodyStyle(classes={"p": page.cls("p"), "lead": page.cls("standfirst"), "h2": page.cls("h2")})
    page.ad_classes = ("amp-ad-slot", "ad", "i-amphtml-ad")
    parts = split_parts(page.units)
    extra = [
        el("script", {"async": True, "src": "https://cdn.ampproject.org/v0.js"}),
        el(
            "script",
            {"async": True, "custom-element": "amp-ad", "src": "https://cdn.ampproject.org/v0/amp-ad-0.1.js"},
        ),
        el(
            "script",
            {
                "async": True,
                "custom-element": "amp-analytics",
                "src": "https://cdn.ampproject.org/v0/amp-analytics-0.1.js",
            },
        ),
        el("style", {"amp-boilerplate": True}, Raw("body{visibility:hidden}")),
        el("noscript", None, el("style", {"amp-boilerplate": True}, Raw("body{visibility:visible}"))),
        el("link", {"rel": "canonical", "href": page.url(page.article_path())}),
    ]
    body = el("body")
    sidebar = boilerplate(
        el(
            "amp-sidebar",
            {"id": "sidebar", "layout": "nodisplay", "side": "left"},
            chrome.link_list(page, page.text.sample("sections", 8), "sidebar"),
        )
    )
    body.add(sidebar)
    top = el("header", {"class": page.cls("amp", "header")})
    top.add(boilerplate(el("button", {"on": "tap:sidebar.toggle", "class": page.cls("hamburger")}, "☰")))
    top.add(chrome.logo(page))
    body.add(top)
    article = el("article", {"class": page.cls("amp", "article")})
    article.add(
        render_units(page, parts.before), title_node(page, parts.title), header_nodes(page, parts.header)
    )
    article.add(chrome.date_line(page))
    article.add(
        el(
            "amp-img",
            {
                "src": f"/img/{token(page.rng, 10)}.jpg",
                "width": "1200",
                "height": "675",
                "layout": "responsive",
                "alt": "",
            },
        )
    )
    slots = fill_slots(page, slot_positions(page, parts.body, (2, 4), 3), _amp_ad, with_comment=0.0)
    article.add(render_units(page, parts.body, slots=slots))
    if page.chance(0.5):
        article.add(
            boilerplate(
                el(
                    "div",
                    {"class": page.cls("share")},
                    [
                        el("amp-social-share", {"type": slug_name, "width": "40", "height": "40"})
                        for slug_name in ("facebook", "twitter", "email", "whatsapp")
                    ],
                    el("span", None, page.text.pick("share")),
                )
            )
        )
    body.add(article)
    if page.chance(0.5):
        body.add(chrome.related_list(page, 3))
    body.add(chrome.footer(page, columns=False))
    analytics = el(
        "amp-analytics",
        {"type": "custom" if page.chance(0.5) else None},
        el(
            "script",
            {"type": "application/json"},
            Raw(
                '{"requests":{"pageview":"https://stats.' + token(page.rng, 6) + '.net/p?u=${canonicalUrl}"},'
                '"triggers":{"track":{"on":"visible","request":"pageview"}}}'
            ),
        ),
    )
    body.add(analytics)
    body.add(comment("amp end"))
    return html_root(
        page,
        head(page, schema="NewsArticle", extra=extra, amp=True),
        body,
        {"amp": True} if page.chance(0.5) else {"⚡": True},
    )


TEMPLATES = (
    Template("news_cssinjs", news_cssinjs, "news", ("hashed", "hashed", "utility"), NEWS_GENRES, ("",)),
    Template("local_paper", local_paper, "news", ("bem", "kebab", "snake", "camel"), LOCAL_GENRES),
    Template("amp", amp, "news", ("kebab", "bem", "none"), NEWS_GENRES, ("",)),
)
