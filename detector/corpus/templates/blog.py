"""Blogs: a WordPress theme with widget areas, a Blogger-like hosted blog, and a Medium-like platform."""

from __future__ import annotations

from detector.corpus.templates import chrome, promotion, regions
from detector.corpus.templates.body import BodyStyle, split_parts
from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Node, Raw, boilerplate, comment, el, promo
from detector.corpus.templates.layout import (
    fill_slots,
    header_nodes,
    html_root,
    render_units,
    slot_positions,
    title_node,
)
from detector.corpus.templates.naming import token

BLOG_GENRES = ("personal-blog", "how-to", "travel", "opinion", "food-recipe", "culture", "education")
PLATFORM_GENRES = ("opinion", "technology", "personal-blog", "business", "science", "how-to")


def _byline_name(page: Page) -> str | None:
    for unit in page.units[:5]:
        if unit.role == "byline":
            words = unit.text.split()
            return " ".join(words[1:4]) if len(words) > 1 else None
    return None


def wordpress(page: Page) -> Node:
    """A WordPress theme: #page > #masthead, article.hentry > .entry-content, widget areas, comments."""
    page.style = BodyStyle(
        classes={
            "p": None if page.chance(0.7) else "wp-block-paragraph",
            "h2": "wp-block-heading",
            "h3": "wp-block-heading",
            "ul": "wp-block-list",
            "ol": "wp-block-list",
            "blockquote": "wp-block-quote",
            "table": "wp-block-table",
            "lead": "has-large-font-size",
            "byline": "byline",
            "credit": "wp-element-caption",
            "entry": "wp-block-group",
            "lines": "wp-block-verse",
        }
    )
    page.ad_classes = ("wp-block-ad", "widget_ad", "adsense-wrap", "ad-widget", "advads-top", "code-block")
    post_id = page.rng.randint(120, 48000)
    parts = split_parts(page.units)
    section = page.text.pick("sections")
    body = el(
        "body",
        {
            "class": f"post-template-default single single-post postid-{post_id} single-format-standard "
            f"wp-embed-responsive {slug(page.text.site)}-theme"
        },
    )
    site = el("div", {"id": "page", "class": "site"})
    site.add(chrome.skip_link(page))
    masthead = el("header", {"id": "masthead", "class": "site-header"})
    branding = boilerplate(
        el(
            "div",
            {"class": "site-branding"},
            el("p", {"class": "site-title"}, el("a", {"href": "/", "rel": "home"}, page.text.site)),
        )
    )
    if page.chance(0.5):
        branding.add(
            el("p", {"class": "site-description"}, page.text.pick("adjective") + " " + page.text.pick("noun"))
        )
    masthead.add(branding)
    menu = chrome.nav_menu(page, label="primary")
    menu.attrs.update({"id": "site-navigation", "class": "main-navigation"})
    masthead.add(menu)
    site.add(masthead)
    content = el("div", {"id": "content", "class": "site-content"})
    article = el(
        "article",
        {
            "id": f"post-{post_id}",
            "class": f"post-{post_id} post type-post status-publish format-standard hentry "
            f"category-{slug(section)}",
        },
    )
    article.add(render_units(page, parts.before))
    entry_header = el("header", {"class": "entry-header"})
    entry_header.add(title_node(page, parts.title, cls="entry-title"), header_nodes(page, parts.header))
    meta = chrome.date_line(page)
    meta.attrs["class"] = "entry-meta"
    entry_header.add(meta)
    article.add(entry_header)
    if page.chance(0.4):
        article.add(
            promotion.affiliate_disclosure(page) if page.chance(0.3) else promotion.ad_slot(page, (728, 90))
        )
    slots = fill_slots(page, slot_positions(page, parts.body, (3, 6), 2), promotion.ad_slot, with_comment=0.5)
    entry = el("div", {"class": "entry-content"}, render_units(page, parts.body, slots=slots))
    if page.chance(0.5):
        entry.add(chrome.share_bar(page))
    article.add(entry)
    article.add(
        boilerplate(
            el(
                "footer",
                {"class": "entry-footer"},
                el("span", {"class": "cat-links"}, page.text.say("posted_in", section=section)),
            )
        )
    )
    if page.chance(0.4):
        article.add(chrome.author_box(page, _byline_name(page)))
    primary = el("main", {"id": "main", "class": "site-main"}, article)
    if page.chance(0.7):
        primary.add(chrome.prev_next(page))
    if page.chance(0.6):
        primary.add(promotion.newsletter_box(page))
    if page.chance(0.7):
        primary.add(chrome.comments(page))
    content.add(el("div", {"id": "primary", "class": "content-area"}, primary), regions.sidebar(page))
    site.add(content)
    colophon = boilerplate(
        el(
            "footer",
            {"id": "colophon", "class": "site-footer"},
            el(
                "div",
                {"class": "site-info"},
                page.text.say("copyright"),
                " | ",
                el("a", {"href": "/privacy/"}, page.text.pick("legal")),
            ),
        )
    )
    site.add(colophon, comment("#page"))
    body.add(site)
    if page.chance(0.4):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="BlogPosting", author=_byline_name(page)), body)


def _blogger_time(page: Page) -> str:
    hour = page.rng.randint(6, 23)
    return (
        f"{hour}:{page.rng.randint(0, 59):02d}"
        if page.chance(0.6)
        else f"{hour % 12 or 12}:{page.rng.randint(0, 59):02d} {'PM' if hour >= 12 else 'AM'}"
    )


def _blogger_footer(page: Page, name: str) -> Node:
    """Blogger's post footer: the byline with its time (content, LABELS.md keeps bylines), then the
    comment link, share buttons and labels (furniture)."""
    footer = el("div", {"class": "post-footer"})
    line = el("div", {"class": "post-footer-line post-footer-line-1"})
    line.add(
        el(
            "span",
            {"class": "post-author vcard"},
            page.text.say("posted_by", name=name, time=_blogger_time(page)),
        )
    )
    line.add(
        boilerplate(
            el(
                "span",
                {"class": "post-comment-link"},
                el(
                    "a",
                    {"class": "comment-link", "href": "#comments"},
                    page.text.say("comments_count", n=str(page.rng.randint(0, 40))),
                ),
            )
        )
    )
    footer.add(line)
    if page.chance(0.7):
        footer.add(el("div", {"class": "post-share-buttons goog-inline-block"}, chrome.share_bar(page)))
    if page.chance(0.7):
        footer.add(
            boilerplate(
                el(
                    "div",
                    {"class": "post-footer-line post-footer-line-2"},
                    el(
                        "span",
                        {"class": "post-labels"},
                        page.text.say("posted_in", section=", ".join(page.text.sample("sections", 3))),
                    ),
                )
            )
        )
    return footer


def _blogger_widget(page: Page, name: str, title: str, content: Node) -> Node:
    return boilerplate(
        el(
            "div",
            {"class": f"widget {name}", "data-version": "1", "id": f"{name}{page.rng.randint(1, 9)}"},
            el("h2", {"class": "title"}, title),
            el("div", {"class": "widget-content"}, content),
        )
    )


def blogger(page: Page) -> Node:
    """A hosted blog in the Blogger layout: date header, post, post footer with its byline, pager,
    feed links, a sidebar of profile, archive and ad widgets, and in-post AdSense slots."""
    page.style = BodyStyle(classes={"p": None, "h2": None, "h3": None, "ul": None, "ol": None})
    page.ad_classes = ("adsense-inpost", "widget AdSense", "adsbygoogle", "post-ad", "inline-ad-placeholder")
    parts = split_parts(page.units)
    name = _byline_name(page) or page.text.person()
    body = el("body", {"class": "loading", "data-version": "2"})
    outer = el("div", {"class": "content-outer"})
    header = boilerplate(
        el(
            "header",
            {"class": "header-outer"},
            el(
                "div",
                {"id": "header-inner"},
                el(
                    "div",
                    {"class": "titlewrapper"},
                    el("h1", {"class": "title"}, el("a", {"href": "/"}, page.text.site)),
                ),
                el(
                    "div",
                    {"class": "descriptionwrapper"},
                    el(
                        "p",
                        {"class": "description"},
                        el("span", None, page.text.pick("adjective") + " " + page.text.pick("noun")),
                    ),
                ),
            ),
        )
    )
    outer.add(header)
    if page.chance(0.5):
        outer.add(el("div", {"class": "tabs-outer"}, chrome.nav_menu(page, label="pages")))
    main = el("div", {"class": "main-inner"})
    column = el("div", {"class": "column-center-inner"})
    posts = el("div", {"class": "blog-posts hfeed"})
    date_outer = el("div", {"class": "date-outer"})
    date_outer.add(el("h2", {"class": "date-header"}, el("span", None, page.text.date())))
    post = el("div", {"class": "post hentry uncustomized-post-template", "itemprop": "blogPost"})
    post.add(el("a", {"name": str(page.rng.randint(10**17, 10**18))}, ""))
    post.add(render_units(page, parts.before))
    post.add(
        title_node(page, parts.title, tag="h3", cls="post-title entry-title", permalink=page.chance(0.6))
    )
    post.add(
        el("div", {"class": "post-header"}, el("div", {"class": "post-header-line-1"}, "")),
        header_nodes(page, parts.header),
    )
    slots = fill_slots(page, slot_positions(page, parts.body, (2, 5), 2), promotion.ad_slot, with_comment=0.3)
    post.add(
        el(
            "div",
            {
                "class": "post-body entry-content",
                "id": f"post-body-{page.rng.randint(10**6, 10**9)}",
                "itemprop": "description articleBody",
            },
            render_units(page, parts.body, slots=slots),
        )
    )
    post.add(_blogger_footer(page, name))
    date_outer.add(el("div", {"class": "date-posts"}, el("div", {"class": "post-outer"}, post)))
    posts.add(date_outer)
    if page.chance(0.7):
        posts.add(chrome.comments(page))
    column.add(el("div", {"class": "main section", "id": "main"}, posts))
    column.add(
        boilerplate(
            el(
                "div",
                {"class": "blog-pager", "id": "blog-pager"},
                el(
                    "span",
                    {"id": "blog-pager-newer-link"},
                    el("a", {"class": "blog-pager-newer-link", "href": "#"}, page.text.pick("next")),
                ),
                " ",
                el(
                    "span",
                    {"id": "blog-pager-older-link"},
                    el("a", {"class": "blog-pager-older-link", "href": "#"}, page.text.pick("previous")),
                ),
                " ",
                el("a", {"class": "home-link", "href": "/"}, page.text.pick("home")),
            )
        )
    )
    main.add(column)
    sidebar = el("div", {"class": "column-right-inner"})
    side = el("div", {"class": "sidebar section", "id": "sidebar-right-1"})
    widgets = [
        lambda: _blogger_widget(
            page,
            "Profile",
            page.text.pick("menu"),
            el(
                "dl",
                {"class": "profile-datablock"},
                el("dt", {"class": "profile-data"}, chrome.link(page, name, "/profile/")),
            ),
        ),
        lambda: _blogger_widget(
            page,
            "BlogArchive",
            page.text.pick("archive"),
            chrome.link_list(
                page, [f"{m} ({page.rng.randint(1, 9)})" for m in page.text.sample("months", 4)], "archive"
            ),
        ),
        lambda: _blogger_widget(
            page,
            "PopularPosts",
            page.text.say("related"),
            chrome.link_list(page, [page.other_headline() for _ in range(3)], "popular"),
        ),
        lambda: promotion.ad_slot(page, (300, 250)),
        lambda: promotion.follow_box(page),
    ]
    for index in page.rng.sample(range(len(widgets)), page.rng.randint(2, 4)):
        side.add(widgets[index]())
    sidebar.add(side)
    main.add(sidebar)
    outer.add(main)
    outer.add(
        boilerplate(
            el(
                "footer",
                {"class": "footer-outer"},
                el("div", {"class": "widget Attribution"}, page.text.say("copyright")),
            )
        )
    )
    body.add(el("div", {"class": "content"}, outer))
    if page.chance(0.3):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="BlogPosting", author=name), body)


def _medium_classes(page: Page) -> str:
    return " ".join(token(page.rng, 2) for _ in range(page.rng.randint(2, 6)))


def medium(page: Page) -> Node:
    """A publishing platform: obfuscated class lists, an author row, claps, members-only upsells."""
    classes: dict[str, str | None] = {
        role: f"pw-post-body-{role} {_medium_classes(page)}" for role in ("p", "h2", "h3", "li", "blockquote")
    }
    classes["lead"] = f"pw-subtitle-paragraph {_medium_classes(page)}"
    page.style = BodyStyle(classes=classes, attrs={"p": {"data-selectable-paragraph": ""}}, quote_share=0.5)
    page.ad_classes = tuple(_medium_classes(page) for _ in range(3))
    page.opaque_ads = 0.6
    parts = split_parts(page.units)
    author = _byline_name(page) or page.text.person()
    body = el("body")
    root = el("div", {"id": "root"})
    top = el("div", {"class": _medium_classes(page)})
    top.add(el("a", {"href": "/", "aria-label": "Homepage"}, chrome.icon("logo")))
    if page.chance(0.6):
        top.add(chrome.search_form(page))
    top.add(
        boilerplate(
            el(
                "div",
                {"class": _medium_classes(page)},
                el("a", {"href": "/new-story"}, page.text.pick("write")),
                el("a", {"href": "/m/signin"}, page.text.pick("login")),
            )
        )
    )
    top.add(
        promo(
            el("a", {"href": "/m/signup", "class": _medium_classes(page)}, page.text.pick("get_started")),
            "self_promo",
        )
    )
    root.add(el("nav", None, top))
    if page.chance(0.5):
        root.add(
            promo(
                el(
                    "div",
                    {"class": _medium_classes(page)},
                    el("a", {"href": f"/app?source={token(page.rng, 6)}"}, page.text.pick("open_app")),
                ),
                "self_promo",
            )
        )
    article = el("article")
    if page.chance(0.3):
        article.add(
            boilerplate(
                el(
                    "div",
                    {"class": _medium_classes(page)},
                    chrome.icon("star"),
                    page.text.pick("member_only"),
                )
            )
        )
    article.add(
        render_units(page, parts.before),
        title_node(page, parts.title, cls=f"pw-post-title {_medium_classes(page)}"),
    )
    article.add(header_nodes(page, parts.header))
    author_row = el(
        "div",
        {"class": _medium_classes(page)},
        el("a", {"href": f"/@{slug(author, '')}"}, author),
        " · ",
        el("button", None, page.text.pick("follow").format(name=author)),
        el("span", None, page.text.say("reading_time")),
        " · ",
        el("span", None, page.text.date()),
    )
    if page.chance(0.4):
        author_row.add(" · ", el("span", None, page.text.say("published_in", publication=page.text.site)))
    article.add(boilerplate(author_row))
    claps = boilerplate(
        el(
            "div",
            {"class": _medium_classes(page)},
            el("button", {"aria-label": "clap"}, chrome.icon("clap")),
            el("span", None, str(page.rng.randint(1, 30)) + page.rng.choice(("", "", "K"))),
            el("button", {"aria-label": "responses"}, chrome.icon("bubble")),
            el("span", None, str(page.rng.randint(0, 90))),
            el("button", None, page.text.pick("listen")),
            el("button", None, page.text.pick("share")),
        )
    )
    article.add(claps)
    section = el("section", None, el("div", {"class": _medium_classes(page)}, render_units(page, parts.body)))
    article.add(section)
    if page.chance(0.5):
        article.add(
            promo(
                el(
                    "div",
                    {"class": _medium_classes(page)},
                    el("p", None, page.text.say("unlimited")),
                    el("a", {"href": "/membership"}, page.text.pick("get_started")),
                ),
                "self_promo",
            )
        )
    root.add(el("main", None, article))
    root.add(chrome.related_list(page, page.rng.randint(2, 4), page.text.say("recommended", name=author)))
    if page.chance(0.5):
        root.add(
            boilerplate(
                el(
                    "div",
                    {"class": _medium_classes(page)},
                    el("h2", None, page.text.say("responses")),
                    el("button", None, page.text.pick("comment_leave")),
                )
            )
        )
    root.add(
        boilerplate(
            el(
                "footer",
                {"class": _medium_classes(page)},
                chrome.link_list(page, page.text.sample("legal", 6), "footer"),
            )
        )
    )
    body.add(root)
    body.add(el("script", None, Raw(f'window.__STATE__={{"v":"{token(page.rng, 8)}"}};')))
    return html_root(page, head(page, schema="Article", author=author), body)


TEMPLATES = (
    Template("wordpress", wordpress, "blog", ("kebab", "bem", "snake"), BLOG_GENRES),
    Template("blogger", blogger, "blog", ("none",), BLOG_GENRES, ("",)),
    Template("medium", medium, "blog", ("hashed",), PLATFORM_GENRES, ("",)),
)
