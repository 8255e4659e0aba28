"""Page furniture that templates place around the document, each piece marked boilerplate.

Every function returns one element that is already marked (navigation,
footers, consent banners, share bars, comment sections …), and nothing here
marks a descendant of a marked element, so each mark is the outermost
element of its block, as LABELS.md asks. The site's promotion lives in
``promotion``; regions mixing both (masthead, sidebar) in ``regions``.
"""

from __future__ import annotations

from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.context import Page
from detector.corpus.templates.html import Child, Node, boilerplate, el
from detector.corpus.templates.naming import token

SHARE_PLATFORMS = ("Facebook", "X", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Threads", "Bluesky")


def icon(name: str) -> Node:
    """An inline SVG icon: shapes only, no text, as icon fonts and sprites give."""
    seed = sum(map(ord, name)) % 9
    return el(
        "svg",
        {
            "class": f"icon icon-{slug(name)}",
            "aria-hidden": "true",
            "width": "16",
            "height": "16",
            "viewBox": "0 0 16 16",
        },
        el("path", {"d": f"M{seed} 1h{8 - seed % 4}v{6 + seed % 5}H{seed}z M2 {9 + seed % 3}h12v2H2z"}),
    )


def offsite(page: Page) -> str:
    """An invented third-party host (ad servers, affiliate redirects, widget vendors)."""
    return f"{token(page.rng, 7)}.{page.rng.choice(('com', 'net', 'io', 'co'))}"


def link(page: Page, text: str, path: str | None = None, **attrs: str) -> Node:
    node = el("a", {"href": path or page.href(text)}, text)
    for name, value in attrs.items():
        node.set(name.replace("_", "-"), value)
    return node


def link_list(page: Page, items: list[str], part: str) -> Node:
    return el(
        "ul",
        {"class": page.cls(part, "list")},
        [el("li", {"class": page.cls(part, "item")}, link(page, item)) for item in items],
    )


def skip_link(page: Page) -> Node:
    return boilerplate(
        el(
            "a",
            {"class": page.cls("skip", "link") or "screen-reader-text", "href": "#main"},
            page.text.pick("skip"),
        )
    )


def logo(page: Page) -> Node:
    name = page.text.site
    inner: list[Child] = [el("img", {"src": f"/assets/logo-{slug(name)}.svg", "alt": "", "width": "180"})]
    if page.chance(0.8):
        inner.append(el("span", {"class": page.cls("logo", "text")}, name))
    tag = "h1" if page.chance(0.15) else "div"
    return boilerplate(
        el(tag, {"class": page.cls("site", "logo")}, el("a", {"href": "/", "rel": "home"}, inner))
    )


def nav_menu(page: Page, count: int | None = None, label: str = "main") -> Node:
    count = count or page.rng.randint(4, 9)
    items = [page.text.pick("home"), *page.text.sample("sections", count)]
    nav = el(
        "nav", {"class": page.cls("nav", label), "aria-label": page.text.pick("menu"), "id": f"{label}-nav"}
    )
    ul = el("ul", {"class": page.cls("nav", "menu"), "role": "menubar" if page.chance(0.2) else None})
    for index, item in enumerate(items):
        li = el(
            "li",
            {"class": page.cls("nav", "item") if page.chance(0.8) else f"menu-item menu-item-{index + 11}"},
        )
        li.add(
            el(
                "a",
                {
                    "href": "/" if index == 0 else page.href(item),
                    "aria-current": "page" if index == 1 else None,
                },
                item,
            )
        )
        ul.add(li)
    return boilerplate(nav.add(ul))


def search_form(page: Page) -> Node:
    label = page.text.pick("search")
    form = el(
        "form", {"class": page.cls("search", "form"), "role": "search", "action": "/search", "method": "get"}
    )
    form.add(el("label", {"for": "q", "class": "sr-only"}, label))
    form.add(
        el(
            "input",
            {"type": "search", "id": "q", "name": "q", "placeholder": page.text.pick("search_placeholder")},
        )
    )
    button: Node = el("button", {"type": "submit", "aria-label": label})
    button.add(icon("search") if page.chance(0.5) else label)
    return boilerplate(form.add(button))


def login_link(page: Page) -> Node:
    return boilerplate(
        el("div", {"class": page.cls("account")}, link(page, page.text.pick("login"), "/account/login"))
    )


def weather_widget(page: Page) -> Node:
    return boilerplate(
        el(
            "div",
            {"class": page.cls("weather"), "data-city": slug(page.text.place())},
            icon("cloud"),
            el("span", None, page.text.say("weather")),
        )
    )


def breadcrumbs(page: Page) -> Node:
    items = [page.text.pick("home"), *page.text.sample("sections", page.rng.randint(1, 2))]
    separator = page.rng.choice(("›", "/", "»", ">", None))
    ol = el("ol", {"class": page.cls("breadcrumb", "list")})
    for index, item in enumerate(items):
        li = el(
            "li", {"class": page.cls("breadcrumb", "item")}, link(page, item, "/" if index == 0 else None)
        )
        if separator and index < len(items) - 1:
            li.add(_crumb_separator(page, separator))
        ol.add(li)
    if page.chance(BREADCRUMB_TITLE_CHANCE):
        # SEO plugins end the trail with the page's own title: a line that reads like the headline.
        if separator:
            li.add(_crumb_separator(page, separator))
        ol.add(el("li", {"class": page.cls("breadcrumb", "item"), "aria-current": "page"}, page.title))
    return boilerplate(el("nav", {"class": page.cls("breadcrumb"), "aria-label": "Breadcrumb"}, ol))


BREADCRUMB_TITLE_CHANCE = 0.4
"""Share of breadcrumb trails that end with the page's own title."""


def _crumb_separator(page: Page, separator: str) -> Node:
    return el("span", {"class": page.cls("breadcrumb", "sep"), "aria-hidden": "true"}, f" {separator} ")


def date_line(page: Page, updated: bool | None = None) -> Node:
    """The article's date line: part of its byline, so content (LABELS.md keeps bylines)."""
    node = el("div", {"class": page.cls("article", "date")})
    node.add(
        el(
            "time",
            {"datetime": f"{page.text.year}-{page.text.month:02d}-{page.text.day:02d}"},
            page.text.say("published"),
        )
    )
    if updated if updated is not None else page.chance(0.25):
        node.add(" · ", el("span", {"class": page.cls("article", "updated")}, page.text.say("updated")))
    if page.chance(0.3):
        node.add(" · ", el("span", {"class": page.cls("reading", "time")}, page.text.say("reading_time")))
    return node


def share_bar(page: Page) -> Node:
    platforms = page.rng.sample(SHARE_PLATFORMS, page.rng.randint(2, 5))
    extras = [page.text.pick("email"), page.text.pick("copy_link")]
    if page.chance(0.4):
        extras.append(page.text.pick("print"))
    with_text = page.chance(0.5)
    bar = el(
        "div", {"class": page.cls("share", "bar"), "data-component": "share" if page.chance(0.4) else None}
    )
    if page.chance(0.7):
        bar.add(el("span", {"class": page.cls("share", "label")}, page.text.pick("share")))
    ul = el("ul", {"class": page.cls("share", "list")})
    for name in platforms + extras:
        button = el(
            "a",
            {
                "href": f"#share-{slug(name)}",
                "aria-label": f"{page.text.pick('share')}: {name}",
                "rel": "noopener",
                "data-network": slug(name),
            },
            icon(name),
        )
        if with_text:
            button.add(el("span", None, name))
        ul.add(el("li", None, button))
    if page.chance(0.3):
        ul.add(el("li", {"class": page.cls("share", "count")}, str(page.rng.randint(3, 2400))))
    return boilerplate(bar.add(ul))


def tags_line(page: Page) -> Node:
    tags = page.text.sample("sections", page.rng.randint(2, 5))
    node = el(
        "div",
        {"class": page.cls("tags")},
        el("span", {"class": page.cls("tags", "label")}, page.text.pick("tags")),
    )
    for tag in tags:
        node.add(" ", link(page, tag, f"/tag/{slug(tag)}/", rel="tag"))
    return boilerplate(node)


def cookie_banner(page: Page) -> Node:
    attrs = {
        "class": page.cls("cookie", "banner") or "consent",
        "role": "dialog",
        "aria-modal": "true",
        "aria-labelledby": "cookie-title",
        "id": f"consent-{token(page.rng, 5)}",
    }
    banner = el("div", attrs)
    hidden = page.rng.random()
    if hidden < 0.15:
        banner.set("hidden", True)
    elif hidden < 0.3:
        banner.set("style", "display:none")
    banner.add(
        el(
            "h2" if page.chance(0.5) else "p",
            {"id": "cookie-title", "class": page.cls("cookie", "title")},
            page.text.say("cookie_title"),
        )
    )
    sentences = [page.text.say("cookie_1")]
    if page.chance(0.7):
        sentences.append(page.text.say("cookie_2"))
    paragraph = el("p", {"class": page.cls("cookie", "text")}, " ".join(sentences))
    if page.chance(0.6):
        paragraph.add(" ", link(page, page.text.pick("cookie_more"), "/cookies/"))
    banner.add(paragraph)
    buttons = el("div", {"class": page.cls("cookie", "buttons")})
    for key in ("cookie_accept", "cookie_reject", "cookie_settings"):
        if key == "cookie_accept" or page.chance(0.7):
            buttons.add(
                el(
                    "button",
                    {
                        "type": "button",
                        "class": page.cls("cookie", key.split("_")[1]),
                        "data-action": key.split("_")[1],
                    },
                    page.text.pick(key),
                )
            )
    banner.add(buttons)
    if page.chance(COOKIE_PREFERENCES_CHANCE):
        banner.add(cookie_preferences(page))
    return boilerplate(banner)


COOKIE_PREFERENCES_CHANCE = 0.35
"""Share of consent banners that carry their preferences panel in the page, as consent plugins do."""


def cookie_preferences(page: Page) -> Node:
    """A consent plugin's preferences panel: an overview, then each cookie category with its toggle
    and a paragraph on what it does. Extractors keep these paragraphs: they are whole sentences."""
    word = page.rng.choice(("cookie", "privacy", "consent", "gdpr", "cli", "tab"))
    panel = el("div", {"class": page.cls(word, "preferences"), "id": f"{word}-{token(page.rng, 5)}"})
    panel.add(el("h3", {"class": page.cls("preferences", "title")}, page.text.pick("cookie_settings")))
    panel.add(el("p", {"class": page.cls("preferences", "overview")}, page.text.pick("cookie_overview")))
    categories = ["necessary", *page.rng.sample(["analytics", "advertising"], page.rng.randint(1, 2))]
    for key in categories:
        category = el("div", {"class": page.cls(word, "category"), "data-category": key})
        header = el(
            "div",
            {"class": page.cls("category", "header")},
            el("button", {"type": "button", "aria-expanded": "false"}, page.text.pick(f"cookie_{key}")),
        )
        if key == "necessary":
            header.add(el("span", {"class": page.cls("always", "enabled")}, page.text.pick("cookie_always")))
        else:
            header.add(el("label", {"class": page.cls("switch")}, el("input", {"type": "checkbox"})))
        category.add(header)
        category.add(
            el(
                "div",
                {"class": page.cls(word, "tab", "content")},
                el("p", None, page.text.pick(f"cookie_{key}_text")),
            )
        )
        panel.add(category)
    panel.add(
        el("button", {"type": "button", "class": page.cls("save", "button")}, page.text.pick("cookie_accept"))
    )
    return panel


def related_list(page: Page, count: int | None = None, heading: str | None = None) -> Node:
    count = count or page.rng.randint(3, 6)
    heading = heading or page.text.say("related")
    section = el(
        "section" if page.chance(0.6) else "aside", {"class": page.cls("related"), "aria-label": heading}
    )
    section.add(el(page.rng.choice(("h2", "h3", "div")), {"class": page.cls("related", "title")}, heading))
    cards = page.chance(0.4)
    ul = el("div" if cards else "ul", {"class": page.cls("related", "grid" if cards else "list")})
    with_images, with_dates, with_deks = page.chance(0.5), page.chance(0.4), page.chance(0.4)
    # Many card grids print headline and standfirst inside one wrapper, so the two read as one
    # block ("Headline Standfirst sentence"), as on real pages.
    inline_deks = page.chance(0.5)
    for _ in range(count):
        title = page.other_headline()
        item = el(
            page.rng.choice(("article", "div")) if cards else "li", {"class": page.cls("related", "item")}
        )
        anchor = el("a", {"href": page.href(title)})
        if with_images:
            anchor.add(el("img", {"src": f"/img/{token(page.rng, 8)}.jpg", "alt": "", "loading": "lazy"}))
        anchor.add(el("span", {"class": page.cls("related", "headline")}, title))
        if with_deks and inline_deks:
            wrapper = el("div", {"class": page.cls("title", "wrapper")}, anchor)
            wrapper.add(el("span", {"class": page.cls("related", "dek")}, page.other_sentence("teaser_dek")))
            item.add(wrapper)
        else:
            item.add(anchor)
        if with_deks and not inline_deks:
            # Teaser cards print the other story's standfirst: a sentence like the article's own.
            item.add(el("p", {"class": page.cls("related", "dek")}, page.other_sentence("teaser_dek")))
        if with_dates:
            item.add(el("time", None, page.text.date()))
        ul.add(item)
    return boilerplate(section.add(ul))


def prev_next(page: Page) -> Node:
    nav = el("nav", {"class": page.cls("post", "navigation"), "aria-label": "Posts"})
    for key in ("previous", "next"):
        title = page.other_headline()
        nav.add(
            el(
                "div",
                {"class": page.cls("nav", key)},
                el(
                    "a",
                    {"href": page.href(title), "rel": "prev" if key == "previous" else "next"},
                    el("span", {"class": page.cls("meta", "nav")}, page.text.pick(key)),
                    " ",
                    el("span", {"class": page.cls("post", "title")}, title),
                ),
            )
        )
    return boilerplate(nav)


def author_box(page: Page, name: str | None = None) -> Node:
    name = name or page.text.person()
    box = el("div", {"class": page.cls("author", "box"), "itemprop": "author" if page.chance(0.3) else None})
    box.add(el("img", {"src": f"/authors/{slug(name)}.jpg", "alt": name, "width": "64", "height": "64"}))
    box.add(el("div", {"class": page.cls("author", "name")}, link(page, name, f"/author/{slug(name)}/")))
    box.add(
        el(
            "div",
            {"class": page.cls("author", "links")},
            link(page, page.text.say("author_more", name=name), f"/author/{slug(name)}/"),
            " ",
            el(
                "button",
                {"type": "button", "class": page.cls("follow", "button")},
                page.text.say("follow", name=name),
            ),
        )
    )
    return boilerplate(box)


MAX_SHOWN_COMMENTS = 12
"""Readers' comments a comment section shows before "Load more": real threads run long."""


def comments(page: Page) -> Node:
    count = page.rng.randint(0, 180)
    section = el("section", {"id": "comments", "class": page.cls("comments", "area")})
    section.add(
        el("h2", {"class": page.cls("comments", "title")}, page.text.say("comments_count", n=str(count)))
    )
    if page.chance(0.5):
        section.add(el("div", {"class": page.cls("comments", "sort")}, page.text.pick("comment_sort")))
    if page.chance(0.4):
        section.add(el("p", {"class": page.cls("comments", "rules")}, page.text.pick("comment_rules")))
    if count and page.chance(0.6):
        section.add(reader_comments(page, min(count, page.rng.randint(1, MAX_SHOWN_COMMENTS))))
    if page.chance(0.5):
        form = el("form", {"class": page.cls("comment", "form"), "action": "/comments", "method": "post"})
        form.add(el("h3", {"id": "reply-title"}, page.text.pick("comment_leave")))
        form.add(
            el(
                "p",
                None,
                el("label", {"for": "author"}, page.text.pick("label_name")),
                el("input", {"id": "author", "name": "author", "type": "text"}),
            )
        )
        form.add(
            el(
                "p",
                None,
                el("label", {"for": "comment"}, page.text.pick("label_comment")),
                el("textarea", {"id": "comment", "name": "comment", "rows": "6"}, ""),
            )
        )
        form.add(el("input", {"type": "hidden", "name": "nonce", "value": token(page.rng, 10)}))
        form.add(el("button", {"type": "submit"}, page.text.pick("post_comment")))
        section.add(form)
    else:
        section.add(
            el(
                "p",
                {"class": page.cls("comments", "login")},
                link(page, page.text.pick("comment_signin"), "/account/login"),
            )
        )
    if count > 10 and page.chance(0.5):
        section.add(
            el(
                "button",
                {"type": "button", "class": page.cls("comments", "more")},
                page.text.say("comment_more"),
            )
        )
    if page.chance(0.3):
        section.add(el("noscript", None, page.text.pick("noscript")))
    return boilerplate(section)


def reader_comments(page: Page, count: int) -> Node:
    """Readers' comments as comment sections show them: name, date, text, reply link.

    They are part of the comment section (boilerplate by LABELS.md: the
    author meant to tell them nothing), yet read like sentences of the
    article, which is what real pages put after the main content.
    """
    listing = el(page.rng.choice(("ol", "div")), {"class": page.cls("comment", "list")})
    item_tag = "li" if listing.tag == "ol" else page.rng.choice(("article", "div"))
    for _ in range(count):
        item = el(item_tag, {"class": page.cls("comment"), "id": f"comment-{page.rng.randint(1000, 99999)}"})
        meta = el("div", {"class": page.cls("comment", "meta")})
        author: Node | str = page.text.username()
        if page.chance(0.3):
            # Commenters' own sites, linked the way comment systems link them.
            author = el("a", {"href": f"https://{offsite(page)}/", "rel": "external nofollow ugc"}, author)
        meta.add(el("span", {"class": page.cls("comment", "author")}, author))
        meta.add(" ")
        meta.add(el("time", {"class": page.cls("comment", "date")}, page.text.date()))
        item.add(meta)
        body = el("div", {"class": page.cls("comment", "body")})
        for _ in range(page.rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 3))):
            body.add(el("p", None, page.other_sentence("comment_body")))
        item.add(body)
        if page.chance(0.6):
            item.add(
                el("a", {"class": page.cls("comment", "reply"), "href": "#reply"}, page.text.pick("reply"))
            )
        listing.add(item)
    return listing


def footer(page: Page, columns: bool | None = None) -> Node:
    foot = el(
        "footer",
        {
            "class": page.cls("site", "footer"),
            "id": "colophon" if page.chance(0.3) else None,
            "role": "contentinfo" if page.chance(0.4) else None,
        },
    )
    if columns if columns is not None else page.chance(0.5):
        grid = el("div", {"class": page.cls("footer", "columns")})
        for _ in range(page.rng.randint(2, 4)):
            column = el("div", {"class": page.cls("footer", "column")})
            column.add(el("h4", None, page.text.pick("sections")))
            column.add(link_list(page, page.text.sample("sections", page.rng.randint(3, 6)), "footer"))
            grid.add(column)
        foot.add(grid)
    foot.add(
        el(
            "nav",
            {"class": page.cls("footer", "legal"), "aria-label": "Legal"},
            link_list(page, page.text.sample("legal", page.rng.randint(3, 8)), "legal"),
        )
    )
    copyright_line = f"{page.text.say('copyright')}. {page.text.pick('rights')}"
    foot.add(el("p", {"class": page.cls("footer", "copyright")}, copyright_line.replace("..", ".")))
    for _ in range(page.rng.randint(0, 2)):
        foot.add(el("p", {"class": page.cls("footer", "note")}, page.text.say("footer_extra")))
    if page.chance(0.3):
        foot.add(el("a", {"href": "#top", "class": page.cls("back", "top")}, page.text.pick("back_to_top")))
    return boilerplate(foot)
