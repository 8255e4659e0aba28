"""A fallback parse for pages nested deeper than libxml2 allows.

libxml2 stops at about 2,048 levels of nesting and drops everything below,
so a page of 100,000 nested ``div`` elements would lose its text. When lxml
reports that limit, the page is parsed again with the standard library's
tokenizer into an lxml tree whose nesting is capped at ``MAX_DEPTH``: start
tags deeper than that are dropped (with their end tags), their text stays in
the deepest element kept. Only such pages pay for this slower path.
"""

from __future__ import annotations

from html.parser import HTMLParser

from lxml import etree, html

MAX_DEPTH = 512
"""Elements nested below this depth are flattened into their ancestor."""
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())


class _ShallowBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = etree.TreeBuilder(parser=html.HTMLParser())
        self.builder.start("html", {})
        self.open: list[str] = ["html"]
        self.dropped: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            return
        if tag in VOID_TAGS:
            self.builder.start(tag, _attributes(attrs))
            self.builder.end(tag)
            return
        if len(self.open) >= MAX_DEPTH:
            self.dropped[tag] = self.dropped.get(tag, 0) + 1
            return
        self.builder.start(tag, _attributes(attrs))
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "html" and len(self.open) < MAX_DEPTH:
            self.builder.start(tag, _attributes(attrs))
            self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.dropped.get(tag):
            self.dropped[tag] -= 1
            return
        if tag == "html" or tag not in self.open:
            return
        while self.open[-1] != tag:
            self.builder.end(self.open.pop())
        self.builder.end(self.open.pop())

    def handle_data(self, data: str) -> None:
        self.builder.data(data)

    def handle_comment(self, data: str) -> None:
        self.builder.comment(data)

    def root(self) -> html.HtmlElement:
        self.close()
        while self.open:
            self.builder.end(self.open.pop())
        result = self.builder.close()
        assert isinstance(result, html.HtmlElement)
        return result


def _attributes(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    """Attributes lxml accepts: valid XML names, values as strings."""
    return {name: value or "" for name, value in attrs if _is_name(name)}


def _is_name(name: str) -> bool:
    try:
        etree.QName(name)
    except ValueError:
        return False
    return ":" not in name


def parse_shallow(page: str) -> html.HtmlElement:
    """The page's tree with nesting capped at ``MAX_DEPTH`` (see the module's docstring)."""
    builder = _ShallowBuilder()
    builder.feed(page)
    return builder.root()
