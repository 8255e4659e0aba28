"""Regions made of several marked parts: the masthead and the sidebar.

The container itself stays unmarked, since its parts differ in label (a
masthead holds boilerplate navigation and a promo subscribe button).
"""

from __future__ import annotations

from detector.blocks import Kind
from detector.corpus.templates.chrome import (
    link_list,
    login_link,
    logo,
    nav_menu,
    search_form,
    weather_widget,
)
from detector.corpus.templates.context import Page
from detector.corpus.templates.html import Node, boilerplate, el, promo
from detector.corpus.templates.naming import token
from detector.corpus.templates.promotion import ad_slot, follow_box, newsletter_box


def subscribe_button(page: Page) -> Node:
    return promo(
        el(
            "a",
            {"href": "/subscribe?ref=header", "class": page.cls("header", "subscribe")},
            page.text.pick("sub_button"),
        ),
        Kind.SELF_PROMO.value,
    )


def site_header(
    page: Page,
    *,
    search: float = 0.5,
    login: float = 0.4,
    subscribe: float = 0.3,
    weather: float = 0.0,
    tag: str = "header",
) -> Node:
    """The masthead: an unmarked container whose parts are each marked (a subscribe button is promo)."""
    header = el(tag, {"class": page.cls("site", "header"), "role": "banner" if page.chance(0.3) else None})
    if page.chance(weather):
        header.add(weather_widget(page))
    header.add(logo(page))
    if page.chance(0.3):
        header.add(
            boilerplate(
                el(
                    "button",
                    {"type": "button", "class": page.cls("menu", "toggle"), "aria-expanded": "false"},
                    page.text.pick("menu"),
                )
            )
        )
    header.add(nav_menu(page))
    if page.chance(search):
        header.add(search_form(page))
    if page.chance(login):
        header.add(login_link(page))
    if page.chance(subscribe):
        header.add(subscribe_button(page))
    return header


def widget(page: Page, title: str, content: Node, kind: str | None = None) -> Node:
    """A sidebar widget (title and content) marked as a whole: boilerplate, or promo of ``kind``."""
    box = el(
        "section",
        {"class": page.cls("widget"), "id": f"widget-{token(page.rng, 4)}"},
        el(page.rng.choice(("h2", "h3", "h4")), {"class": page.cls("widget", "title")}, title),
        content,
    )
    return promo(box, kind) if kind else boilerplate(box)


def sidebar(page: Page, count: int | None = None) -> Node:
    """A sidebar of drawn widgets: recent stories, sections, an ad, a newsletter box, a search form."""
    aside = el("aside", {"class": page.cls("sidebar"), "id": "secondary", "role": "complementary"})
    makers = [
        lambda: widget(
            page,
            page.text.say("related"),
            link_list(page, [page.other_headline() for _ in range(4)], "recent"),
        ),
        lambda: widget(
            page, page.text.pick("menu"), link_list(page, page.text.sample("sections", 6), "categories")
        ),
        lambda: ad_slot(page, (300, 250)),
        lambda: newsletter_box(page),
        lambda: search_form(page),
        lambda: ad_slot(page, (300, 600)),
        lambda: follow_box(page),
    ]
    for index in page.rng.sample(range(len(makers)), count or page.rng.randint(2, 4)):
        aside.add(makers[index]())
    return aside
