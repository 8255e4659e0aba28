"""Markup words that real sites put on every part of a page, so that none becomes a label.

Our templates name their ad wrappers with neutral container words when the
wrapper is opaque (``module-3``, ``zone``, ``unit``), and only ad slots ever
carried the word "ad". Real pages do otherwise: articles sit in a
``zonedModule`` or a ``snippet``, and sites configure their ad stack on the
article's own containers (``data-ad-tags``, ``class="non-ad-column"``,
``has-ads``). A markup model trained on the templates alone learned "module" and
an ancestor's "ad" as promotion and removed whole real articles. After a template
has built its page, this pass spreads such words over the page: neutral
container words on any container, ad-stack words on the containers of the
document's own content, so that only what lies nearer the block, and the text,
can decide.
"""

from __future__ import annotations

import random

from detector.corpus.templates.html import GOLD_ATTRIBUTE, Node

NEUTRAL_WORDS = (
    "module",
    "zone",
    "zoned-module",
    "unit",
    "panel",
    "box",
    "snippet",
    "region",
    "wrap",
    "component",
    "container",
    "tile",
    "block",
    "cell",
    "frame",
    "card",
)
"""Container words that say nothing about what the container holds."""
CONTAINER_TAGS = frozenset("div section article main aside header footer nav ul ol figure".split())
AD_STACK_CLASSES = ("has-ads", "non-ad-column", "ads-enabled", "no-ads", "ad-free", "with-ads", "adsLoaded")
"""Classes a site sets on its article containers to drive its ad code."""
AD_STACK_DATA = (
    ("data-ad-tags", ("news,local", "sport", "business;finance", "lifestyle")),
    ("data-ads-enabled", ("true", "1", "yes")),
    ("data-adunit-path", ("/2231/site/article", "/news/story", "/home/section")),
    ("data-ad-category", ("news", "sport", "travel", "food")),
    ("data-post-ad-tags", ("", "0")),
    ("data-ad-targeting", ("article", "section=news")),
)
"""``data-*`` attributes of the same kind; their names alone carry the word."""
NEUTRAL_DATA = ("data-testid", "data-component", "data-module-name", "data-id", "data-track", "data-zone")

PAGE_SHARE = 0.6
"""Pages that get neutral container words (the others keep the template's own naming)."""
CONTAINER_SHARE = 0.2
"""Containers of such a page that get one."""
AD_STACK_SHARE = 0.35
"""Pages whose content containers carry words of the site's ad stack."""
CONTENT_REACH = 5
"""Levels above a content element among which an ad-stack container is drawn."""


def add_decoys(root: Node, rng: random.Random) -> Node:
    """Spread neutral and ad-stack words over ``root`` in place; same tree and rng, same result."""
    containers: list[Node] = []
    content_ancestors: list[Node] = []
    _collect(root, [], False, containers, content_ancestors)
    if rng.random() < PAGE_SHARE:
        for node in containers:
            if rng.random() < CONTAINER_SHARE:
                _decorate_neutral(node, rng)
    if content_ancestors and rng.random() < AD_STACK_SHARE:
        distinct = list({id(node): node for node in content_ancestors}.values())
        for node in rng.sample(distinct, min(len(distinct), rng.randint(1, 2))):
            _decorate_ad_stack(node, rng)
    return root


def _collect(
    node: Node, ancestors: list[Node], marked: bool, containers: list[Node], content_ancestors: list[Node]
) -> None:
    """Containers of the page, and the unmarked ancestors of unmarked content paragraphs."""
    marked = marked or GOLD_ATTRIBUTE in node.attrs
    if node.tag in CONTAINER_TAGS:
        containers.append(node)
    if node.tag == "p" and not marked and _has_text(node):
        content_ancestors.extend(a for a in ancestors[-CONTENT_REACH:] if a.tag in CONTAINER_TAGS)
    ancestors.append(node)
    for child in node.children:
        if isinstance(child, Node):
            _collect(child, ancestors, marked, containers, content_ancestors)
    ancestors.pop()


def _has_text(node: Node) -> bool:
    return any(
        (isinstance(child, str) and child.strip()) or (isinstance(child, Node) and _has_text(child))
        for child in node.children
    )


def _add_class(node: Node, name: str) -> None:
    existing = node.attrs.get("class")
    node.attrs["class"] = f"{existing} {name}" if isinstance(existing, str) and existing else name


def _decorate_neutral(node: Node, rng: random.Random) -> None:
    if rng.random() < 0.7:
        word = rng.choice(NEUTRAL_WORDS)
        _add_class(node, f"{word}-{rng.randint(1, 9)}" if rng.random() < 0.4 else word)
    else:
        name = rng.choice(NEUTRAL_DATA)
        if name not in node.attrs:
            node.attrs[name] = rng.choice(NEUTRAL_WORDS) + str(rng.randint(1, 99))


def _decorate_ad_stack(node: Node, rng: random.Random) -> None:
    if rng.random() < 0.5:
        _add_class(node, rng.choice(AD_STACK_CLASSES))
    else:
        name, values = rng.choice(AD_STACK_DATA)
        if name not in node.attrs:
            node.attrs[name] = rng.choice(values)
