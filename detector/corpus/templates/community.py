"""Community sites: a forum (phpBB-like or Discourse-like) and a question-and-answer site.

Threads are split into posts where a unit opens with a post header
("mossbyte · Mar 6", "Reply from …") or, on Q&A pages, with an answer
marker; each post gets the site's post chrome around the document's own
text, which stays unmarked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detector.blocks import Label
from detector.corpus.templates import chrome, promotion, regions
from detector.corpus.templates.body import BOILERPLATE_BLOCK, TEXT, BodyStyle, Unit, split_parts
from detector.corpus.templates.context import Page, Template
from detector.corpus.templates.head import head
from detector.corpus.templates.html import Node, boilerplate, el
from detector.corpus.templates.layout import html_root, render_units, title_node
from detector.corpus.templates.naming import token

FORUM_GENRES = ("forum-thread",)
QA_GENRES = ("qa-answer", "how-to")
_POST_HEADER = re.compile(r"^\S[^\n]{0,60}\s[·|•]\s[^\n]{1,40}$")
_REPLY_WORDS = re.compile(
    r"^(Reply|Re:|Antwort|Réponse|Respuesta|Risposta|Reactie|Antwoord|Odpowiedź|Resposta|Svar)\b",
    re.IGNORECASE,
)
_ANSWER_WORDS = re.compile(
    r"^(Answer|Top answer|Accepted answer|Antwort|Réponse|Respuesta|Risposta|Antwoord|Odpowiedź"
    r"|Resposta|Svar)\b",
    re.IGNORECASE,
)


def _opens_post(unit: Unit) -> bool:
    first = unit.text.split("\n")[0]
    if unit.kind == TEXT:
        return len(first) <= 80 and bool(_POST_HEADER.match(first) or _REPLY_WORDS.match(first))
    return unit.kind == BOILERPLATE_BLOCK and bool(_ANSWER_WORDS.match(first)) and len(first) <= 60


def posts_of(units: Sequence[Unit]) -> list[list[Unit]]:
    """Units grouped into posts; the first post holds everything before the first post header."""
    posts: list[list[Unit]] = [[]]
    for unit in units:
        if _opens_post(unit) and posts[-1]:
            posts.append([])
        posts[-1].append(unit)
    return [post for post in posts if post]


def _profile(page: Page) -> Node:
    profile = el("dl", {"class": "postprofile"})
    profile.add(
        el("dt", None, el("img", {"src": f"/avatars/{token(page.rng, 8)}.png", "alt": "", "width": "64"}))
    )
    profile.add(el("dd", {"class": "profile-rank"}, page.text.pick("rank")))
    profile.add(
        el("dd", {"class": "profile-posts"}, page.text.say("posts", n=str(page.rng.randint(3, 9000))))
    )
    profile.add(el("dd", {"class": "profile-joined"}, page.text.say("joined")))
    return boilerplate(profile)


def _post_buttons(page: Page, keys: Sequence[str]) -> Node:
    return boilerplate(
        el(
            "ul",
            {"class": "post-buttons"},
            [
                el(
                    "li",
                    None,
                    el(
                        "a",
                        {"href": f"#{key}-{token(page.rng, 4)}", "class": f"button-{key}"},
                        page.text.pick(key),
                    ),
                )
                for key in keys
            ],
        )
    )


def _phpbb_post(page: Page, post: list[Unit], number: int) -> Node:
    box = el(
        "div", {"id": f"p{page.rng.randint(10000, 999999)}", "class": f"post has-profile bg{number % 2 + 1}"}
    )
    inner = el("div", {"class": "inner"}, _profile(page))
    postbody = el("div", {"class": "postbody"})
    postbody.add(_post_buttons(page, ("quote", "report") if page.chance(0.5) else ("quote",)))
    postbody.add(
        boilerplate(
            el(
                "p",
                {"class": "author"},
                el("a", {"href": f"#p{number}"}, f"#{number}"),
                " ",
                page.text.date(),
            )
        )
    )
    postbody.add(el("div", {"class": "content"}, render_units(page, post)))
    if page.chance(0.35):
        postbody.add(
            boilerplate(el("div", {"class": "signature", "id": f"sig{number}"}, page.text.say("signature")))
        )
    inner.add(postbody)
    return box.add(
        inner,
        boilerplate(
            el("div", {"class": "back2top"}, el("a", {"href": "#top"}, page.text.pick("back_to_top")))
        ),
    )


def _discourse_post(page: Page, post: list[Unit], number: int) -> Node:
    article = el(
        "article",
        {
            "class": "boxed onscreen-post",
            "id": f"post_{number}",
            "data-post-id": str(page.rng.randint(10**5, 10**7)),
        },
    )
    article.add(
        el(
            "div",
            {"class": "topic-avatar"},
            el("img", {"src": f"/user_avatar/{token(page.rng, 6)}.png", "alt": ""}),
        )
    )
    meta = boilerplate(
        el(
            "div",
            {"class": "topic-meta-data"},
            el("a", {"class": "post-date", "href": f"#post_{number}"}, page.text.date()),
        )
    )
    cooked = el("div", {"class": "cooked"}, render_units(page, post))
    menu = boilerplate(
        el(
            "section",
            {"class": "post-menu-area"},
            el(
                "button",
                {"class": "widget-button like", "aria-label": page.text.pick("like")},
                chrome.icon("heart"),
                el("span", None, str(page.rng.randint(0, 40))),
            ),
            el("button", {"class": "widget-button share"}, chrome.icon("link")),
            el("button", {"class": "widget-button reply"}, page.text.pick("reply")),
        )
    )
    article.add(el("div", {"class": "topic-body clearfix"}, meta, cooked, menu))
    return el("div", {"class": "topic-post clearfix regular"}, article)


def forum(page: Page) -> Node:
    """A forum thread: board chrome, one box per post with profile and buttons, an ad after the first post."""
    page.style = BodyStyle(classes={"blockquote": "quote" if page.chance(0.5) else None})
    page.ad_classes = ("forum-ad", "ad-between-posts", "adsbox", "sponsor-row")
    phpbb = page.chance(0.55)
    parts = split_parts(page.units)
    body = el(
        "body", {"id": "phpbb" if phpbb else None, "class": "section-viewtopic" if phpbb else "crawler"}
    )
    wrap = el("div", {"id": "wrap", "class": "wrap"})
    header = el("div", {"class": "headerbar" if phpbb else "d-header"})
    header.add(chrome.logo(page))
    header.add(
        boilerplate(
            el(
                "ul",
                {"class": "nav-main linklist"},
                [
                    el("li", None, chrome.link(page, page.text.pick(key)))
                    for key in ("login", "search", "menu")
                ],
            )
        )
    )
    wrap.add(header)
    crumbs = [page.text.pick("board_index"), page.text.pick("topic")]
    wrap.add(
        boilerplate(
            el(
                "div",
                {"class": "navbar breadcrumbs"},
                [el("span", {"class": "crumb"}, chrome.link(page, crumb), " › ") for crumb in crumbs],
            )
        )
    )
    wrap.add(render_units(page, parts.before))
    wrap.add(
        title_node(page, parts.title, "h2" if phpbb else "h1", "topic-title" if phpbb else "fancy-title")
    )
    wrap.add(render_units(page, parts.header))
    action = boilerplate(
        el(
            "div",
            {"class": "action-bar bar-top"},
            el("a", {"class": "button", "href": "/posting"}, page.text.pick("new_topic")),
            el(
                "div", {"class": "pagination"}, page.text.say("page_of", n="1", m=str(page.rng.randint(1, 4)))
            ),
        )
    )
    wrap.add(action)
    posts = posts_of(parts.body)
    for number, post in enumerate(posts, 1):
        wrap.add(_phpbb_post(page, post, number) if phpbb else _discourse_post(page, post, number))
        if number == 1 and page.chance(0.6):
            wrap.add(promotion.ad_slot(page, (728, 90)))
    if page.chance(0.5):
        wrap.add(
            boilerplate(
                el(
                    "div",
                    {"class": "action-bar bar-bottom"},
                    el("a", {"href": "#"}, page.text.pick("topic_tools")),
                    el("span", None, page.text.say("page_of", n="1", m="1")),
                )
            )
        )
    if not phpbb and page.chance(0.6):
        wrap.add(chrome.related_list(page, 5))
    if phpbb:
        stats = boilerplate(
            el(
                "div",
                {"class": "stat-block online-list"},
                el("h3", None, page.text.pick("online").format(n=str(page.rng.randint(2, 90)))),
                el("p", None, page.text.say("forum_stats")),
            )
        )
        wrap.add(stats)
    wrap.add(chrome.footer(page, columns=False))
    body.add(wrap)
    if page.chance(0.3):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="DiscussionForumPosting"), body)


def _vote_cell(page: Page) -> Node:
    return boilerplate(
        el(
            "div",
            {"class": "votecell js-voting-container"},
            el("button", {"class": "js-vote-up-btn", "aria-label": "Up vote"}, chrome.icon("up")),
            el("div", {"class": "js-vote-count", "itemprop": "upvoteCount"}, str(page.rng.randint(-2, 400))),
            el("button", {"class": "js-vote-down-btn", "aria-label": "Down vote"}, chrome.icon("down")),
        )
    )


def _user_card(page: Page, key: str) -> Node:
    """The post's byline: when it was asked or answered, and by whom (content, as LABELS.md keeps
    bylines); the reputation and badges beside the name are site furniture."""
    details = el(
        "div",
        {"class": "user-details", "itemprop": "author"},
        chrome.link(page, page.text.username(), "/users/"),
    )
    details.add(
        boilerplate(
            el(
                "div",
                {"class": "-flair"},
                el("span", {"class": "reputation-score"}, str(page.rng.randint(1, 90000))),
            )
        )
    )
    return el(
        "div",
        {"class": "post-signature user-info"},
        el("div", {"class": "user-action-time"}, page.text.say(key)),
        details,
    )


COMMENT_CHANCE = 0.5
"""Share of Q&A posts whose closing short paragraphs are shown as comments under the post."""
COMMENT_MAX_CHARS = 240
MAX_COMMENTS = 3


def _is_comment_like(unit: Unit) -> bool:
    block = unit.blocks[0]
    return (
        unit.kind == TEXT
        and len(unit.blocks) == 1
        and block.label == Label.CONTENT.value
        and len(block.text) <= COMMENT_MAX_CHARS
        and "\n" not in block.text
    )


def _split_comments(page: Page, post: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The post's units and, sometimes, its closing short paragraphs to show as comments.

    Comments under a question or an answer are part of the thread (content, as
    their authors and times are); only their vote counts and the "Add a comment"
    link are furniture.
    """
    if len(post) < 3 or not page.chance(COMMENT_CHANCE):
        return post, []
    body = list(post)
    comments: list[Unit] = []
    while len(body) > 2 and len(comments) < MAX_COMMENTS and _is_comment_like(body[-1]):
        comments.insert(0, body.pop())
    return body, comments


def _comment(page: Page, unit: Unit) -> Node:
    """One comment: its vote count (furniture), its text, then "– author" and when (content)."""
    item = el("li", {"class": "comment js-comment", "id": f"comment-{page.rng.randint(10**5, 10**7)}"})
    if page.chance(0.6):
        item.add(
            boilerplate(
                el(
                    "div",
                    {"class": "comment-actions"},
                    el("span", {"class": "comment-score"}, str(page.rng.randint(1, 60))),
                )
            )
        )
    signature = el(
        "a", {"href": "/users/" + token(page.rng, 6), "class": "comment-user"}, page.text.username()
    )
    item.add(
        el(
            "div",
            {"class": "comment-text"},
            el(
                "div",
                {"class": "comment-body"},
                el("span", {"class": "comment-copy"}, unit.text),
                el("div", {"class": "d-inline-flex"}, "\u2013\u00a0", signature),
                el("span", {"class": "comment-date"}, page.text.say("commented")),
            ),
        )
    )
    return item


def _qa_post(page: Page, post: list[Unit], question: bool) -> Node:
    post, comments = _split_comments(page, post)
    box = el(
        "div",
        {
            "class": "question js-question" if question else "answer js-answer",
            "id": f"{'question' if question else 'answer'}-{page.rng.randint(10**5, 10**8)}",
        },
    )
    cell = el(
        "div",
        {"class": "postcell post-layout--right"},
        el("div", {"class": "s-prose js-post-body"}, render_units(page, post)),
    )
    if question:
        cell.add(chrome.tags_line(page))
    cell.add(
        boilerplate(
            el(
                "div",
                {"class": "post-menu"},
                el("a", {"href": "#"}, page.text.pick("share")),
                " ",
                el("a", {"href": "#"}, page.text.pick("edit")),
                " ",
                el("button", None, page.text.words["follow"][0]),
            )
        )
    )
    cell.add(_user_card(page, "asked" if question else "answered"))
    if comments:
        cell.add(
            el(
                "div",
                {"class": "comments js-comments-container"},
                el("ul", {"class": "comments-list"}, [_comment(page, unit) for unit in comments]),
            )
        )
    cell.add(
        boilerplate(
            el("div", {"class": "comments-link"}, el("a", {"href": "#"}, page.text.pick("add_comment")))
        )
    )
    return box.add(el("div", {"class": "post-layout"}, _vote_cell(page), cell))


def qa(page: Page) -> Node:
    """A Q&A page: question with vote cell and tags, answers each with their own chrome, related questions."""
    page.style = BodyStyle(classes={"blockquote": None, "p": None})
    page.ad_classes = ("everyonelovesads", "ad-sidebar", "js-sidebar-zone", "s-sidebarwidget--ad")
    parts = split_parts(page.units)
    body = el("body", {"class": "question-page unified-theme"})
    body.add(regions.site_header(page, search=0.9, login=0.8, subscribe=0.0))
    content = el("div", {"id": "content", "class": "snippet-hidden"})
    content.add(render_units(page, parts.before))
    head_box = el(
        "div",
        {"id": "question-header", "class": "d-flex"},
        title_node(page, parts.title, cls="fs-headline1", permalink=True),
    )
    head_box.add(
        boilerplate(
            el(
                "div",
                {"class": "ml12"},
                el("a", {"href": "/questions/ask", "class": "s-btn"}, page.text.pick("ask")),
            )
        )
    )
    content.add(head_box)
    content.add(
        boilerplate(
            el(
                "div",
                {"class": "d-flex fw-wrap"},
                el("span", None, page.text.say("asked")),
                " ",
                el("span", None, page.text.say("viewed")),
            )
        )
    )
    posts = posts_of(parts.header + parts.body)
    main = el("div", {"id": "mainbar", "role": "main"})
    main.add(_qa_post(page, posts[0], question=True) if posts else None)
    if len(posts) > 1:
        main.add(
            boilerplate(
                el(
                    "div",
                    {"id": "answers-header"},
                    el("h2", None, page.text.say("answers_count", n=str(len(posts) - 1))),
                    el("div", None, page.text.pick("sorted_by")),
                )
            )
        )
    for post in posts[1:]:
        main.add(_qa_post(page, post, question=False))
    main.add(
        boilerplate(
            el(
                "form",
                {"id": "post-form", "class": "post-form"},
                el("h2", {"class": "space"}, page.text.pick("your_answer")),
                el("textarea", {"name": "post-text", "rows": "12"}, ""),
                el("button", {"type": "submit"}, page.text.pick("post_answer")),
            )
        )
    )
    sidebar = el("div", {"id": "sidebar"})
    sidebar.add(promotion.ad_slot(page, (300, 250)))
    sidebar.add(chrome.related_list(page, 6, page.text.pick("related_questions")))
    if page.chance(0.4):
        sidebar.add(promotion.ad_slot(page, (300, 600)))
    content.add(main, sidebar)
    body.add(content, chrome.footer(page))
    if page.chance(0.5):
        body.add(chrome.cookie_banner(page))
    return html_root(page, head(page, schema="QAPage"), body)


TEMPLATES = (
    Template("forum", forum, "community", ("none", "kebab"), FORUM_GENRES),
    Template("qa", qa, "community", ("utility", "kebab"), QA_GENRES),
)
