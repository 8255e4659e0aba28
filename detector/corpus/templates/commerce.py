"""Sites that live from ads and shops: a recipe blog drowning in slots, a review site with buy boxes."""

from __future__ import annotations

from detector.corpus.templates import chrome, promotion, regions
from detector.corpus.templates.body import BodyStyle, Unit, split_parts
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Node, boilerplate, el, promo
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

RECIPE_GENRES = ("food-recipe", "how-to", "personal-blog")
REVIEW_GENRES = ("product-review", "technology", "how-to")


def _recipe_buttons(page: Page) -> Node:
    bar = el("div", {"class": page.cls("recipe", "buttons")})
    bar.add(
        el("a", {"href": "#recipe", "class": page.cls("jump", "to-recipe")}, page.text.pick("jump_recipe"))
    )
    bar.add(
        el(
            "a",
            {
                "href": f"/print/{page.rng.randint(100, 9999)}/",
                "class": page.cls("print", "recipe"),
                "rel": "nofollow",
            },
            page.text.pick("print_recipe"),
        )
    )
    if page.chance(0.6):
        bar.add(
            el(
                "button",
                {"type": "button", "class": page.cls("save", "recipe")},
                page.text.pick("save_recipe"),
            )
        )
    return boilerplate(bar)


def _sticky_ad(page: Page) -> Node:
    sticky = promotion.ad_slot(page, (320, 50))
    sticky.set("style", "position:fixed;bottom:0;left:0;right:0")
    sticky.add(
        el("button", {"type": "button", "aria-label": "close", "class": page.cls("sticky", "close")}, "×")
    )
    return sticky


def _is_recipe_card(unit: Unit) -> bool:
    return unit.kind == "text" and unit.role in {"list", "items"}


def recipe(page: Page) -> Node:
    """A food blog: jump-to-recipe buttons, an ad after almost every paragraph, a recipe card, a sticky ad."""
    page.style = BodyStyle(
        classes={
            "p": None,
            "h2": page.cls("recipe", "heading"),
            "ul": page.cls("recipe", "ingredients"),
            "ol": page.cls("recipe", "instructions"),
            "li": page.cls("recipe", "item"),
            "lead": page.cls("intro"),
        }
    )
    page.ad_classes = ("adthrive-ad", "ad-slot", "mv-ad-box", "ad-recipe", "raptive-slot", "in-content-ad")
    page.labelled_ads = 0.5
    parts = split_parts(page.units)
    body = el("body", {"class": page.cls("recipe", "post")})
    body.add(regions.site_header(page, search=0.7, login=0.1, subscribe=0.0))
    if page.chance(0.5):
        body.add(promotion.ad_slot(page, (728, 90)))
    article = el("article", {"class": page.cls("post"), "id": "main"})
    article.add(
        render_units(page, parts.before), title_node(page, parts.title), header_nodes(page, parts.header)
    )
    article.add(chrome.date_line(page), _recipe_buttons(page))
    if page.chance(0.3):
        article.add(promotion.affiliate_disclosure(page))
    slots = fill_slots(page, slot_positions(page, parts.body, (1, 2), 8), promotion.ad_slot, with_comment=0.2)
    card_start = next((i for i, u in enumerate(parts.body) if _is_recipe_card(u)), len(parts.body))
    story = render_units(page, parts.body[:card_start], slots=slots)
    article.add(el("div", {"class": page.cls("entry", "content")}, story))
    if card_start < len(parts.body):
        card = el("div", {"class": page.cls("recipe", "card"), "id": "recipe"})
        card_slots = {k - card_start: v for k, v in slots.items() if k >= card_start}
        card.add(render_units(page, parts.body[card_start:], slots=card_slots))
        card.add(
            boilerplate(
                el("div", {"class": page.cls("recipe", "rating")}, el("span", None, page.text.say("rate")))
            )
        )
        article.add(card)
    if page.chance(0.6):
        article.add(
            promo(
                el("div", {"class": page.cls("made", "this")}, el("p", None, page.text.say("made_this"))),
                "self_promo",
            )
        )
    main = el("main", None, article)
    if page.chance(0.5):
        main.add(promotion.newsletter_box(page))
    if page.chance(0.5):
        main.add(chrome.related_list(page))
    if page.chance(0.6):
        main.add(chrome.comments(page))
    body.add(nest(page, main, 2), regions.sidebar(page) if page.chance(0.5) else None, chrome.footer(page))
    if page.chance(0.7):
        body.add(_sticky_ad(page))
    if page.chance(0.4):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="Recipe"), body)


def review(page: Page) -> Node:
    """A review site: disclosure on top, buy boxes after the verdict, deal widgets in the sidebar."""
    page.style = BodyStyle(
        classes={
            "p": page.cls("text"),
            "h2": page.cls("review", "heading"),
            "table": page.cls("spec", "table"),
            "lead": page.cls("review", "summary"),
            "byline": page.cls("review", "byline"),
        }
    )
    page.ad_classes = ("ad-unit", "ad-slot", "advert", "slot--mpu")
    parts = split_parts(page.units)
    body = el("body")
    body.add(regions.site_header(page, search=0.6, subscribe=0.2))
    article = el("article", {"class": page.cls("review"), "id": "main"})
    article.add(render_units(page, parts.before))
    if page.chance(0.5):
        article.add(chrome.breadcrumbs(page))
    article.add(title_node(page, parts.title), header_nodes(page, parts.header), chrome.date_line(page))
    if page.chance(0.7):
        article.add(promotion.affiliate_disclosure(page))
    if page.chance(0.5):
        article.add(promotion.affiliate_box(page))
    slots = fill_slots(page, slot_positions(page, parts.body, (3, 5), 2), promotion.affiliate_box)
    fill_slots(page, slot_positions(page, parts.body, (2, 4), 2), promotion.ad_slot, slots)
    article.add(el("div", {"class": page.cls("review", "body")}, render_units(page, parts.body, slots=slots)))
    article.add(promotion.affiliate_box(page))
    if page.chance(0.5):
        article.add(chrome.share_bar(page))
    main = el("main", None, article)
    if page.chance(0.6):
        main.add(chrome.related_list(page))
    if page.chance(0.3):
        main.add(promotion.native_grid(page, 4))
    aside = el(
        "aside",
        {"class": page.cls("review", "sidebar")},
        promotion.affiliate_box(page),
        promotion.ad_slot(page, (300, 600)),
    )
    body.add(
        el("div", {"class": page.cls("layout"), "data-grid": token(page.rng, 3)}, main, aside),
        chrome.footer(page),
    )
    if page.chance(0.5):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="Review"), body)


TEMPLATES = (
    Template("recipe", recipe, "blog", ("kebab", "bem", "utility"), RECIPE_GENRES),
    Template("review", review, "news", ("bem", "camel", "kebab", "hashed"), REVIEW_GENRES),
)
