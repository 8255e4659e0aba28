"""Promotion that templates place on pages, and the ad markup around the document's promo runs.

Three sources, each marked promo with its kind: the site's own promotion
(newsletter boxes, subscribe bars, app banners: ``self_promo``), third-party
slots with invented advertisers (``ad``, ``native``, ``affiliate``), and the
document's own inserts, wrapped the way this site wraps ads. Wrappers carry
the mark; nothing inside them is marked again.
"""

from __future__ import annotations

from detector.blocks import Kind
from detector.corpus.templates.body import Unit
from detector.corpus.templates.chrome import SHARE_PLATFORMS, icon, offsite
from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.context import Page
from detector.corpus.templates.html import Child, Node, el, promo, text_with_breaks
from detector.corpus.templates.naming import token

_NEWSLETTER_WORDS = (
    "newsletter",
    "e-mail",
    "email",
    "inbox",
    "abonn",
    "subscri",
    "suscr",
    "iscriv",
    "prenumer",
    "assin",
    "zapisz",
    "nieuwsbrief",
    "nyhetsbrev",
    "boletín",
    "correo",
    "mejl",
    "subscrev",
)
AD_SIZES = ((300, 250), (728, 90), (320, 50), (970, 250), (300, 600), (336, 280), (160, 600))

# ---- the site's own promotion (promo/self_promo) ----


def newsletter_box(page: Page) -> Node:
    box = el(
        page.rng.choice(("section", "div", "aside")),
        {
            "class": page.cls("newsletter", "signup") if page.chance(0.7) else page.naming.opaque(),
            "data-module": "newsletter" if page.chance(0.3) else None,
        },
    )
    box.add(
        el(
            page.rng.choice(("h2", "h3", "strong")),
            {"class": page.cls("newsletter", "title")},
            page.text.say("nl_heading"),
        )
    )
    box.add(el("p", {"class": page.cls("newsletter", "text")}, page.text.say("nl_pitch")))
    form = el(
        "form",
        {
            "class": page.cls("newsletter", "form"),
            "action": f"/newsletter/{token(page.rng, 6)}",
            "method": "post",
        },
    )
    form.add(
        el(
            "input",
            {
                "type": "email",
                "name": "email",
                "required": True,
                "placeholder": page.text.pick("email_placeholder"),
                "aria-label": page.text.pick("email_placeholder"),
            },
        )
    )
    form.add(el("button", {"type": "submit"}, page.text.pick("nl_button")))
    box.add(form)
    if page.chance(0.5):
        box.add(el("small", None, page.text.pick("nl_privacy")))
    return promo(box, Kind.SELF_PROMO.value)


def subscribe_bar(page: Page) -> Node:
    bar = el(
        "div",
        {
            "class": page.cls("subscribe", "bar") if page.chance(0.6) else page.naming.opaque(),
            "data-sticky": "bottom" if page.chance(0.5) else None,
        },
    )
    bar.add(el("p", None, page.text.say("sub_pitch")))
    bar.add(
        el(
            "a",
            {"href": "/subscribe?ref=bar", "class": page.cls("button", "primary")},
            page.text.pick("sub_button"),
        )
    )
    return promo(bar, Kind.SELF_PROMO.value)


def announcement_bar(page: Page) -> Node:
    """The thin bar above a site's header that announces its own offer (gift cards, a sale):
    the site promoting itself, so self-promotion, however far it sits from the article."""
    bar = el(
        "div",
        {
            "class": page.cls("announcement", "bar") if page.chance(0.6) else page.naming.opaque(),
            "id": "announcement-bar" if page.chance(0.3) else None,
        },
    )
    inner = el(
        "div", {"class": page.cls("announcement", "inner")}, el("p", None, page.text.say("announcement"))
    )
    if page.chance(0.4):
        inner.add(el("a", {"href": page.href(page.text.pick("sections"))}, page.text.pick("ad_cta")))
    bar.add(inner)
    return promo(bar, Kind.SELF_PROMO.value)


def app_banner(page: Page) -> Node:
    banner = el(
        "div",
        {
            "class": page.cls("app", "banner") if page.chance(0.6) else page.naming.opaque(),
            "role": "complementary",
        },
    )
    banner.add(el("button", {"type": "button", "class": page.cls("banner", "close"), "aria-label": "×"}, "×"))
    banner.add(el("img", {"src": "/assets/app-icon.png", "alt": "", "width": "40"}))
    banner.add(el("span", None, page.text.say("app_pitch")))
    banner.add(
        el(
            "a",
            {"href": f"/app?src={token(page.rng, 4)}", "class": page.cls("app", "cta")},
            page.text.pick("app_button"),
        )
    )
    return promo(banner, Kind.SELF_PROMO.value)


def follow_box(page: Page) -> Node:
    box = el("div", {"class": page.cls("follow", "us")})
    box.add(el("p", None, page.text.say("follow_us")))
    for name in page.rng.sample(SHARE_PLATFORMS, 3):
        box.add(
            el(
                "a",
                {
                    "href": f"https://www.{slug(name)}.com/{slug(page.text.site, '')}",
                    "aria-label": name,
                    "rel": "me noopener",
                },
                icon(name),
            )
        )
    return promo(box, Kind.SELF_PROMO.value)


def self_promo(page: Page) -> Node:
    """One of the site's own promotions, drawn."""
    maker = page.rng.choice((newsletter_box, newsletter_box, subscribe_bar, app_banner, follow_box))
    return maker(page)


# ---- third-party advertising (promo/ad, promo/native, promo/affiliate) ----


def ad_label(page: Page) -> Node:
    return el(
        page.rng.choice(("span", "div", "p")), {"class": page.cls("ad", "label")}, page.text.pick("ad_label")
    )


def _slot_attrs(page: Page, size: tuple[int, int]) -> dict[str, str | bool | None]:
    width, height = size
    attrs: dict[str, str | bool | None] = {"class": page.ad_class()}
    if page.chance(0.5):
        attrs["id"] = page.rng.choice(("div-slot-", "ad-", "gpt-", "adunit-", "")) + token(page.rng, 6)
    if page.chance(0.4):
        attrs["data-slot"] = (
            f"/{page.rng.randint(1000, 99999)}/{slug(page.text.site, '_')}/{token(page.rng, 4)}"
        )
    if page.chance(0.3):
        attrs["data-size"] = f"{width}x{height}"
    if page.chance(0.25):
        attrs["aria-label"] = page.text.pick("ad_label")
    if page.chance(0.2):
        attrs["style"] = f"min-height:{height}px"
    return attrs


def ad_slot(page: Page, size: tuple[int, int] | None = None) -> Node:
    """A third-party ad slot: an invented text ad, an image ad, a frame, a placeholder or an empty slot."""
    size = size or page.rng.choice(AD_SIZES)
    wrapper = el(page.rng.choice(("div", "div", "aside", "section")), _slot_attrs(page, size))
    if page.chance(page.labelled_ads):
        wrapper.add(ad_label(page))
    variant = page.rng.random()
    if variant < 0.4:
        wrapper.add(text_ad(page))
    elif variant < 0.55:
        copy = page.text.ad()
        wrapper.add(
            el(
                "a",
                {"href": copy.url, "rel": "sponsored nofollow", "target": "_blank"},
                el(
                    "img",
                    {
                        "src": f"https://cdn.{token(page.rng, 5)}.net/{token(page.rng, 10)}.jpg",
                        "alt": copy.brand,
                        "width": str(size[0]),
                        "height": str(size[1]),
                    },
                ),
            )
        )
    elif variant < 0.7:
        wrapper.add(
            el(
                "ins",
                {
                    "class": "adsbygoogle",
                    "style": f"display:inline-block;width:{size[0]}px;height:{size[1]}px",
                    "data-ad-client": f"ca-pub-{page.rng.randint(10**15, 10**16 - 1)}",
                    "data-ad-slot": str(page.rng.randint(10**9, 10**10 - 1)),
                },
            )
        )
    elif variant < 0.85:
        wrapper.add(
            el(
                "iframe",
                {
                    "src": f"https://ads.{token(page.rng, 6)}.net/serve?sz={size[0]}x{size[1]}",
                    "width": str(size[0]),
                    "height": str(size[1]),
                    "frameborder": "0",
                    "scrolling": "no",
                    "title": page.text.pick("ad_label"),
                    "loading": "lazy",
                },
            )
        )
    elif variant < 0.93:
        wrapper.set("style", "display:none")
    return promo(wrapper, Kind.AD.value)


def text_ad(page: Page) -> Node:
    copy = page.text.ad()
    box = el("div", {"class": page.naming.opaque() if page.chance(0.5) else page.cls("ad", "creative")})
    box.add(
        el(
            "a",
            {"href": copy.url, "rel": "sponsored nofollow", "target": "_blank"},
            el("strong", None, copy.headline),
        )
    )
    box.add(el("p", None, copy.body))
    if page.chance(0.7):
        box.add(
            el("a", {"href": copy.url, "rel": "sponsored nofollow", "class": page.cls("ad", "cta")}, copy.cta)
        )
    return box


def native_grid(page: Page, count: int | None = None) -> Node:
    """A "Promoted stories" widget: sibling cards with invented teasers and their advertisers."""
    count = count or page.rng.choice((3, 4, 4, 6, 6, 8))
    widget = el(
        "div",
        {
            "class": page.ad_class() if page.chance(0.5) else page.cls("promoted", "widget"),
            "data-widget-id": token(page.rng, 8) if page.chance(0.5) else None,
        },
    )
    header = el("div", {"class": page.cls("promoted", "header")})
    header.add(el("span", {"class": page.cls("promoted", "title")}, page.text.pick("native_heading")))
    if page.chance(0.6):
        header.add(
            el(
                "a",
                {
                    "href": f"https://{offsite(page)}/what-is",
                    "class": page.cls("promoted", "by"),
                    "rel": "nofollow",
                },
                page.text.say("native_vendor"),
            )
        )
    widget.add(header)
    grid = el("div", {"class": page.cls("promoted", "grid")})
    card_class = page.cls("promoted", "card") or page.naming.opaque()
    for _ in range(count):
        brand = page.text.brand()
        card = el(
            "a",
            {
                "class": card_class,
                "href": f"https://{page.text.domain(brand)}/?utm_campaign={token(page.rng, 6)}",
                "rel": "sponsored nofollow",
                "target": "_blank",
            },
        )
        card.add(
            el("img", {"src": f"https://img.{token(page.rng, 5)}.net/{token(page.rng, 12)}.jpg", "alt": ""})
        )
        card.add(el("span", {"class": page.cls("card", "title")}, page.text.say("native_teaser")))
        card.add(el("span", {"class": page.cls("card", "source")}, brand))
        grid.add(_card_box(page, card))
    return promo(widget.add(grid), Kind.NATIVE.value)


def _card_box(page: Page, card: Node) -> Node:
    """Widget vendors wrap each card in a box of its own, so cards lay out (and read) one by one."""
    return el("div", {"class": page.cls("card", "box")}, card)


def affiliate_box(page: Page, product: str | None = None) -> Node:
    """A "where to buy" box: invented shops, prices and deal buttons."""
    box = el(
        "div",
        {
            "class": page.cls("deals", "box") if page.chance(0.6) else page.naming.opaque(),
            "data-product": slug(product or page.title)[:40] if page.chance(0.4) else None,
        },
    )
    box.add(
        el(
            page.rng.choice(("h3", "h4", "div")),
            {"class": page.cls("deals", "title")},
            page.text.pick("deal_heading"),
        )
    )
    rows = el("ul", {"class": page.cls("deals", "list")})
    for _ in range(page.rng.randint(1, 4)):
        shop = page.text.value("shop")
        price = page.text.value("price")
        rows.add(
            el(
                "li",
                {"class": page.cls("deals", "row")},
                el("span", {"class": page.cls("deals", "shop")}, shop),
                " ",
                el("span", {"class": page.cls("deals", "price")}, price),
                " ",
                el(
                    "a",
                    {
                        "href": f"https://go.{offsite(page)}/{token(page.rng, 10)}",
                        "rel": "sponsored nofollow",
                        "class": page.cls("button", "deal"),
                    },
                    page.text.say("buy_at", shop=shop, price=price)
                    if page.chance(0.5)
                    else page.text.pick("view_deal"),
                ),
            )
        )
    box.add(rows)
    if page.chance(0.5):
        box.add(el("p", {"class": page.cls("deals", "disclosure")}, page.text.say("disclosure")))
    return promo(box, Kind.AFFILIATE.value)


def affiliate_disclosure(page: Page) -> Node:
    return promo(
        el("p", {"class": page.cls("affiliate", "disclosure")}, el("em", None, page.text.say("disclosure"))),
        Kind.AFFILIATE.value,
    )


# ---- the document's own promo runs ----


def _run_children(page: Page, unit: Unit, href: str | None) -> list[Child]:
    """The blocks of a promo run: a short first block as its headline, the rest as paragraphs."""
    out: list[Child] = []
    for index, block in enumerate(unit.blocks):
        text = block.text
        short = len(text) <= 70 and "\n" not in text and not text.endswith(".")
        if short and len(text) <= 28 and index == 0:
            out.append(el("span", {"class": page.cls("promo", "label")}, text))
        elif short and index <= 1:
            headline: Node = el(
                page.rng.choice(("h3", "h4", "strong", "div")), {"class": page.cls("promo", "headline")}
            )
            headline.add(el("a", {"href": href, "rel": "sponsored nofollow"}, text) if href else text)
            out.append(headline)
        else:
            out.append(el("p", None, text_with_breaks(text)))
    return out


def _mentions_newsletter(unit: Unit) -> bool:
    text = " ".join(b.text.lower() for b in unit.blocks)
    return any(word in text for word in _NEWSLETTER_WORDS)


def promo_box(page: Page, unit: Unit) -> Node:
    """Ad markup of this site around a promo run of the document; the wrapper carries the mark."""
    kind = unit.promo_kind
    first = unit.blocks[0].text
    has_label = len(first) <= 28 and "\n" not in first
    href = page.text.ad().url if page.chance(0.5) else None
    if kind == Kind.NATIVE.value and len(unit.blocks) >= 2 and all(len(b.text) < 160 for b in unit.blocks):
        return _native_run(page, unit, has_label)
    tag = page.rng.choice(("aside", "div", "section", "div"))
    if kind == Kind.SELF_PROMO.value:
        cls = page.cls("newsletter", "box") if page.chance(0.5) else page.naming.opaque()
    elif kind == Kind.AFFILIATE.value:
        cls = page.cls("product", "box") if page.chance(0.5) else page.naming.opaque()
    else:
        cls = page.ad_class()
    wrapper = el(
        tag,
        {
            "class": cls,
            "data-type": kind if page.chance(0.15) else None,
            "aria-label": page.text.pick("ad_label") if kind == Kind.AD.value and page.chance(0.2) else None,
        },
    )
    if kind == Kind.AD.value and not has_label and page.chance(page.labelled_ads):
        wrapper.add(ad_label(page))
    wrapper.add(_run_children(page, unit, href))
    if kind == Kind.SELF_PROMO.value and _mentions_newsletter(unit) and page.chance(0.7):
        wrapper.add(
            el(
                "form",
                {"action": "/subscribe", "method": "post"},
                el(
                    "input",
                    {"type": "email", "name": "email", "placeholder": page.text.pick("email_placeholder")},
                ),
                el("button", {"type": "submit"}, page.text.pick("nl_button")),
            )
        )
    elif kind == Kind.AFFILIATE.value and page.chance(0.5):
        shop = page.text.value("shop")
        wrapper.add(
            el(
                "a",
                {
                    "href": f"https://go.{offsite(page)}/{token(page.rng, 8)}",
                    "rel": "sponsored nofollow",
                    "class": page.cls("button", "buy"),
                },
                page.text.say("buy_at", shop=shop),
            )
        )
    elif kind == Kind.AD.value and href and page.chance(0.4):
        wrapper.add(
            el(
                "a",
                {"href": href, "rel": "sponsored nofollow", "class": page.cls("ad", "cta")},
                page.text.pick("ad_cta"),
            )
        )
    return promo(wrapper, kind)


def _native_run(page: Page, unit: Unit, has_label: bool) -> Node:
    blocks = unit.blocks[1:] if has_label else unit.blocks
    widget = el("div", {"class": page.ad_class() if page.chance(0.5) else page.cls("promoted", "widget")})
    if has_label:
        widget.add(el("div", {"class": page.cls("promoted", "title")}, unit.blocks[0].text))
    elif page.chance(0.4):
        widget.add(el("div", {"class": page.cls("promoted", "title")}, page.text.pick("native_heading")))
    grid = el("div", {"class": page.cls("promoted", "grid")})
    for block in blocks:
        grid.add(
            _card_box(
                page,
                el(
                    "a",
                    {
                        "class": page.cls("promoted", "card"),
                        "href": page.text.ad().url,
                        "rel": "sponsored nofollow",
                    },
                    el(
                        "img",
                        {"src": f"https://img.{token(page.rng, 5)}.net/{token(page.rng, 12)}.jpg", "alt": ""},
                    ),
                    el("span", None, text_with_breaks(block.text)),
                ),
            )
        )
    return promo(widget.add(grid), Kind.NATIVE.value)
