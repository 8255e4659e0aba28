"""A tiny HTML tree: pages are built as nodes and written out in one place.

Building nodes rather than concatenating strings keeps escaping in one
function, lets templates move and wrap parts after building them (an extra
wrapper ``div``, a gold mark) and makes the output byte-for-byte repeatable,
since attributes keep the order they were given in.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Union

VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
TEXT_TAGS = frozenset(
    """p h1 h2 h3 h4 h5 h6 span a strong em b i small button label figcaption time font title
    li td th dt dd blockquote cite q sup sub code pre option textarea summary caption""".split()
)
"""Elements whose inside is written without added whitespace, as their text matters."""

INLINE_TAGS = frozenset(
    "a span strong em b i small button label time font cite q sup sub code abbr img input select".split()
)
GOLD_ATTRIBUTE = "data-gold"
GOLD_KIND_ATTRIBUTE = "data-gold-kind"
PROMO = "promo"
BOILERPLATE = "boilerplate"


@dataclass
class Raw:
    """Text written out as it is: script and style bodies, comments, a doctype."""

    text: str


Child = Union["Node", str, Raw]
Attrs = Mapping[str, str | bool | None]
Children = Union["Node", str, Raw, None, Iterable["Node | str | Raw | None"]]


@dataclass
class Node:
    """An element: tag, attributes in insertion order, children."""

    tag: str
    attrs: dict[str, str | bool] = field(default_factory=dict)
    children: list[Child] = field(default_factory=list)

    def add(self, *children: Children) -> Node:
        self.children.extend(_flatten(children))
        return self

    def set(self, name: str, value: str | bool | None) -> Node:
        if value is not None and value is not False:
            self.attrs[name] = value
        return self


def _flatten(children: Iterable[Children]) -> list[Child]:
    out: list[Child] = []
    for child in children:
        if child is None:
            continue
        if isinstance(child, Node | str | Raw):
            out.append(child)
        else:
            out.extend(_flatten(child))
    return out


def el(tag: str, attrs: Attrs | None = None, *children: Children) -> Node:
    """An element; attributes whose value is None or False are left out, True writes a bare name."""
    node = Node(tag)
    for name, value in (attrs or {}).items():
        node.set(name, value)
    return node.add(*children)


def comment(text: str) -> Raw:
    return Raw(f"<!-- {text.replace('--', '-')} -->")


def gold(node: Node, label: str, kind: str | None = None) -> Node:
    """Mark a node as the outermost element of a promo or boilerplate block."""
    node.attrs[GOLD_ATTRIBUTE] = label
    if kind:
        node.attrs[GOLD_KIND_ATTRIBUTE] = kind
    return node


def boilerplate(node: Node) -> Node:
    return gold(node, BOILERPLATE)


def promo(node: Node, kind: str) -> Node:
    return gold(node, PROMO, kind)


def is_marked(node: Node) -> bool:
    return GOLD_ATTRIBUTE in node.attrs


def _attributes(attrs: Mapping[str, str | bool]) -> str:
    parts = []
    for name, value in attrs.items():
        if value is True:
            parts.append(f" {name}")
        else:
            parts.append(f' {name}="{html.escape(str(value), quote=True)}"')
    return "".join(parts)


def _is_block(child: Child) -> bool:
    return isinstance(child, Node) and child.tag not in TEXT_TAGS and child.tag not in {"img", "input", "br"}


def _runs_into(previous: Child | None, child: Node) -> bool:
    """Two inline elements side by side: a space keeps their words apart, as the site's CSS would."""
    return isinstance(previous, Node) and previous.tag in INLINE_TAGS and child.tag in INLINE_TAGS


def _write(node: Node, out: list[str], indent: str, depth: int) -> None:
    out.append(f"<{node.tag}{_attributes(node.attrs)}>")
    if node.tag in VOID_TAGS:
        return
    loose = bool(indent) and node.tag not in TEXT_TAGS
    wrote_block = False
    previous: Child | None = None
    for child in node.children:
        if isinstance(child, Node):
            if loose and (_is_block(child) or child.tag in TEXT_TAGS):
                out.append("\n" + indent * (depth + 1))
                wrote_block = True
            elif _runs_into(previous, child):
                out.append(" ")
            _write(child, out, indent, depth + 1)
        elif isinstance(child, Raw):
            if loose:
                out.append("\n" + indent * (depth + 1))
            out.append(child.text)
        else:
            out.append(html.escape(child, quote=False))
        previous = child
    if loose and wrote_block:
        out.append("\n" + indent * depth)
    out.append(f"</{node.tag}>")


def serialise(root: Node, indent: str = "") -> str:
    """The page as a string; ``indent`` "" writes it minified, as many sites ship it."""
    out = ["<!DOCTYPE html>\n"]
    _write(root, out, indent, 0)
    out.append("\n")
    return "".join(out)


def text_with_breaks(text: str) -> list[Child]:
    """A multi-line text with ``<br>`` between its lines, so the lines stay one block."""
    out: list[Child] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            out.append(el("br"))
        out.append(line)
    return out
