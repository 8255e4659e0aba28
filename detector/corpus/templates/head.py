"""The ``head`` of a page: title, meta tags, links, styles and scripts, none of it visible.

Real heads repeat the page's headline and description in meta tags and
JSON-LD; a reader that took text from them would double-count the content,
so pages carry them to make sure it does not.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from detector.corpus.templates.chrome import offsite
from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.context import Page
from detector.corpus.templates.html import Node, Raw, comment, el
from detector.corpus.templates.naming import token

_FONTS = (
    "Georgia, serif",
    "'Source Serif', Georgia, serif",
    "Helvetica, Arial, sans-serif",
    "system-ui, sans-serif",
    "'Inter', sans-serif",
    "Verdana, sans-serif",
    "'Merriweather', serif",
)


def description(page: Page) -> str:
    for unit in page.units:
        if unit.kind == "text" and unit.role in {"standfirst", "p"} and len(unit.text) > 60:
            text = unit.text.replace("\n", " ")
            return text[:155].rsplit(" ", 1)[0] + "…" if len(text) > 155 else text
    return page.title


def stylesheet(page: Page) -> str:
    """A little CSS that names some of the page's classes, as inline critical CSS does."""
    color = f"#{page.rng.randint(0, 0xFFFFFF):06x}"
    rules = [
        f"body{{margin:0;font-family:{page.rng.choice(_FONTS)};color:#1a1a1a;"
        f"line-height:1.{page.rng.randint(4, 7)}}}",
        f"a{{color:{color}}}",
    ]
    for parts in (("site", "header"), ("article", "body"), ("site", "footer"), ("nav", "menu")):
        name = page.cls(*parts)
        if name:
            rules.append(
                f".{name.split()[0]}{{max-width:{page.rng.choice((680, 720, 960, 1200))}px;margin:0 auto}}"
            )
    if page.chance(0.3):
        rules.append(f'.ad-label::before{{content:"{page.text.pick("ad_label")}";font-size:11px}}')
    rules.append(".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}")
    if page.chance(0.5):
        rules.append("@media (max-width:640px){.hide-mobile{display:none}}")
    return "".join(rules) if page.chance(0.5) else "\n".join(rules)


def json_ld(page: Page, kind: str, author: str | None) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title[:110],
        "datePublished": f"{page.text.year}-{page.text.month:02d}-{page.text.day:02d}"
        f"T0{page.rng.randint(5, 9)}:00:00Z",
        "mainEntityOfPage": page.url(page.article_path()),
        "publisher": {
            "@type": "Organization",
            "name": page.text.site,
            "logo": {"@type": "ImageObject", "url": page.url("/assets/logo.png")},
        },
    }
    if author:
        data["author"] = {"@type": "Person", "name": author}
    if page.chance(0.5):
        data["description"] = description(page)
    text = json.dumps(data, ensure_ascii=False, indent=None if page.chance(0.6) else 2)
    return text.replace("</", "<\\/")


def analytics(page: Page) -> str:
    queue = page.rng.choice(("__stats", "_mtq", "pa", "_sq", "tracker"))
    return (
        f"window.{queue}=window.{queue}||[];{queue}.push(['init','{token(page.rng, 8).upper()}']);"
        f"{queue}.push(['view',location.pathname]);"
    )


def head(
    page: Page,
    *,
    schema: str = "NewsArticle",
    author: str | None = None,
    extra: Sequence[Node | Raw] = (),
    amp: bool = False,
) -> Node:
    """The page's head; ``extra`` adds template-specific tags (AMP scripts, feeds …)."""
    title = page.title
    separator = page.rng.choice((" | ", " – ", " - ", " :: ", " · "))
    node = el("head", None, el("meta", {"charset": "utf-8"}))
    node.add(el("meta", {"name": "viewport", "content": "width=device-width,initial-scale=1"}))
    node.add(el("title", None, f"{title}{separator}{page.text.site}" if page.chance(0.85) else title))
    node.add(el("meta", {"name": "description", "content": description(page)}))
    if page.chance(0.7):
        for prop, value in (
            ("og:title", title),
            ("og:type", "article"),
            ("og:site_name", page.text.site),
            ("og:url", page.url(page.article_path())),
            ("og:image", page.url(f"/img/{token(page.rng, 10)}.jpg")),
        ):
            node.add(el("meta", {"property": prop, "content": value}))
        node.add(el("meta", {"name": "twitter:card", "content": "summary_large_image"}))
    if page.chance(0.4):
        node.add(el("meta", {"name": "robots", "content": "max-image-preview:large"}))
    node.add(el("link", {"rel": "canonical", "href": page.url(page.article_path())}))
    node.add(el("link", {"rel": "icon", "href": "/favicon.ico"}))
    if page.chance(0.5):
        node.add(el("link", {"rel": "preconnect", "href": f"https://cdn.{offsite(page)}"}))
    if not amp:
        node.add(
            el(
                "link",
                {
                    "rel": "stylesheet",
                    "href": f"/assets/{slug(page.text.site)[:12]}.{token(page.rng, 8)}.css",
                },
            )
        )
    if page.chance(0.3):
        node.add(
            el(
                "link",
                {
                    "rel": "alternate",
                    "type": "application/rss+xml",
                    "href": "/feed/",
                    "title": f"{page.text.site} RSS",
                },
            )
        )
    node.add(list(extra))
    if page.chance(0.3):
        node.add(comment(f"build {token(page.rng, 7)} {page.text.year}-{page.text.month:02d}"))
    style = el("style", {"amp-custom": True} if amp else None, Raw(stylesheet(page)))
    node.add(style)
    node.add(el("script", {"type": "application/ld+json"}, Raw(json_ld(page, schema, author))))
    if not amp:
        node.add(el("script", None, Raw(analytics(page))))
        if page.chance(0.6):
            node.add(
                el(
                    "script",
                    {
                        "async": True,
                        "src": f"https://tags.{offsite(page)}/loader.js?site={token(page.rng, 6)}",
                    },
                )
            )
    return node
