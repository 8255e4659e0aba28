"""The document's own blocks as page elements, in reading order.

Blocks are first grouped into *units*: a paragraph with the sentences
spliced into it, a run of promo blocks of one kind (one insert, one
wrapper), or one boilerplate block. Each content unit then gets a role
from its text alone (title, byline, heading, list, table, live-blog entry
…), so every template renders the same document with the same structure
and differs only in markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from detector.blocks import Label
from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.corpus.templates.chrome_text import slug
from detector.corpus.templates.html import Child, Node, boilerplate, el, promo, text_with_breaks

TEXT, PROMO_RUN, BOILERPLATE_BLOCK = "text", "promo", "boilerplate"

TITLE_MAX = 160
TITLE_WORDS = 26
HEADING_MAX = 90
HEADING_WORDS = 12
BYLINE_MAX = 100
STANDFIRST_RANGE = (60, 420)
LIST_ITEM_MAX = 100
"""Lines longer than this are paragraphs, not list items."""
ENTRY_HEADER_MAX = 70
HEADING_RUN = 3
"""This many heading-like lines in a row are read as a heading and a list."""
CAPTION_MAX = 220
"""A paragraph this short, followed by a photo credit, may be the photo's caption."""

_BYLINE = re.compile(
    r"^(By|Written by|Reporting by|Posted by|Von|Gepostet von|Text:|Par|Publié par|Por|Escrito por"
    r"|Publicado por|Di"
    r"|Pubblicato da|Door|Geplaatst door|Av|Postat av|Autor:|Autorka:|Tekst:|Dodane przez)\s+\S",
)
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►✓]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))\s+")
_ORDERED = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\))\s+")
_QUANTITY = re.compile(r"^\s*(?:\d|½|¼|¾|⅓)")
_KEY_VALUE = re.compile(r"^[^:\n]{1,32}:\s+\S")
_TIME = re.compile(r"^\s*\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|h|uur))?\s*$")
_QUOTE_OPEN = ("„", "“", '"', "«", "‘", "»", "”")
_SEPARATORS = re.compile(r"(\s[›»>/|·•]\s)")
_CREDIT = re.compile(
    r"^(Photo|Photos|Photograph|Image|Picture|Foto|Fotos|Fot\.|Bild|Bilder|Illustration|Ilustración|Immagine"
    r"|Afbeelding|Imagem|Zdjęcie|Crédit|Crédito|Credit)\b",
    re.IGNORECASE,
)


@dataclass
class Unit:
    """Blocks rendered together: a paragraph and its spliced parts, a promo run, a boilerplate block."""

    kind: str
    blocks: list[LabelledBlock]
    role: str = "p"

    @property
    def text(self) -> str:
        return self.blocks[0].text

    @property
    def promo_kind(self) -> str:
        return self.blocks[0].kind or "ad"

    @property
    def spliced(self) -> bool:
        return len(self.blocks) > 1 and self.kind == TEXT and self.blocks[1].inline


def _group(document: LabelledDocument) -> list[Unit]:
    units: list[Unit] = []
    for block in document.blocks:
        last = units[-1] if units else None
        if block.inline and last is not None and last.kind == TEXT and last.role != "items":
            last.blocks.append(block)
        elif block.label == Label.PROMO.value and not block.inline:
            if last is not None and last.kind == PROMO_RUN and last.promo_kind == (block.kind or "ad"):
                last.blocks.append(block)
            else:
                units.append(Unit(PROMO_RUN, [block]))
        elif block.label == Label.BOILERPLATE.value and not block.inline:
            units.append(Unit(BOILERPLATE_BLOCK, [block], _boilerplate_role(block.text)))
        else:
            units.append(Unit(TEXT, [block]))
    return units


def _boilerplate_role(text: str) -> str:
    if text.startswith("©"):
        return "note"
    if _CREDIT.match(text):
        return "credit"
    parts = _SEPARATORS.split(text)
    if len(parts) >= 3 and len(text) <= 160:
        return "crumbs" if any(sep.strip() in "›»>/" for sep in parts[1::2]) else "links"
    return "note"


def is_list_item(line: str) -> bool:
    return bool(_BULLET.match(line)) and len(line) <= 2 * LIST_ITEM_MAX


def _heading_like(text: str, limit: int = HEADING_MAX, words: int = HEADING_WORDS) -> bool:
    if "\n" in text or len(text) > limit or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    end = text.rstrip()
    if end.endswith((".", ",", ";", "…")) or (end.endswith(":") and len(end) > 40):
        return False
    return len(text.split()) <= words


def _multiline_role(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    bullets = sum(bool(_BULLET.match(line)) for line in lines)
    if bullets >= 2 and bullets >= len(lines) - 1:
        return "list"
    short = all(len(line) <= LIST_ITEM_MAX and not line.rstrip().endswith(".") for line in lines)
    if len(lines) >= 3 and short and sum(bool(_QUANTITY.match(line)) for line in lines) * 2 >= len(lines):
        return "list"
    if len(lines) >= 2 and all(_KEY_VALUE.match(line) for line in lines) and all(len(x) < 120 for x in lines):
        return "table"
    first, rest = lines[0], " ".join(lines[1:])
    if len(first) <= ENTRY_HEADER_MAX and not first.rstrip().endswith(".") and len(rest) > 2 * len(first):
        return "entry"
    return "lines"


def _text_role(unit: Unit) -> str:
    text = unit.text
    if unit.spliced:
        return "p"
    if "\n" in text:
        return _multiline_role(text)
    if _BYLINE.match(text) and len(text) <= BYLINE_MAX:
        return "byline"
    if _heading_like(text):
        return "heading"
    if text.startswith(_QUOTE_OPEN) and len(text) < 400:
        return "quote"
    return "p"


def _merge_items(units: list[Unit]) -> list[Unit]:
    """Consecutive one-line list items (documents laid out one line per block) become one list."""
    out: list[Unit] = []
    for unit in units:
        item = unit.kind == TEXT and unit.role in {"p", "heading"} and is_list_item(unit.text)
        if item and not unit.spliced:
            previous = out[-1] if out else None
            if previous is not None and previous.role == "items":
                previous.blocks.append(unit.blocks[0])
                continue
            out.append(Unit(TEXT, [unit.blocks[0]], "items"))
            continue
        out.append(unit)
    for unit in out:
        if unit.role == "items" and len(unit.blocks) == 1:
            unit.role = "p"
    return _headings_to_items(out)


def _headings_to_items(units: list[Unit]) -> list[Unit]:
    """Three or more "headings" in a row are a list without bullets; the first may head it.

    Documents laid out one line per block turn list items into short lines that
    look like headings; real sub-headings are not stacked like that.
    """
    out: list[Unit] = []
    index = 0
    while index < len(units):
        end = index
        while end < len(units) and units[end].kind == TEXT and units[end].role == "heading":
            end += 1
        if end - index >= HEADING_RUN:
            out.append(units[index])
            out.append(Unit(TEXT, [u.blocks[0] for u in units[index + 1 : end]], "items"))
            index = end
        else:
            out.append(units[index])
            index += 1
    return out


def units_of(document: LabelledDocument) -> list[Unit]:
    """The document's units with their roles."""
    units = _group(document)
    for unit in units:
        if unit.kind == TEXT:
            unit.role = _text_role(unit)
    units = _merge_items(units)
    texts = [i for i, u in enumerate(units) if u.kind == TEXT]
    if texts and units[texts[-1]].role == "heading":
        units[texts[-1]].role = "p"
    if texts:
        first = units[texts[0]]
        if not first.spliced and "\n" not in first.text and _heading_like(first.text, TITLE_MAX, TITLE_WORDS):
            first.role = "title"
            _mark_standfirst(units, texts[0])
    return units


def _mark_standfirst(units: list[Unit], title: int) -> None:
    low, high = STANDFIRST_RANGE
    for unit in units[title + 1 : title + 3]:
        if unit.kind != TEXT:
            return
        if unit.role == "p" and not unit.spliced and low <= len(unit.text) <= high:
            unit.role = "standfirst"
            return


@dataclass
class Parts:
    """A document split the way article pages lay it out."""

    before: list[Unit]
    """Units above the title (a breadcrumb, an ad placed at the very start)."""
    title: Unit | None
    header: list[Unit]
    """Byline and standfirst right under the title."""
    body: list[Unit]


def split_parts(units: list[Unit]) -> Parts:
    titles = [i for i, u in enumerate(units) if u.role == "title"]
    if not titles:
        return Parts([], None, [], list(units))
    at = titles[0]
    header_end = at + 1
    while (
        header_end < len(units)
        and header_end <= at + 2
        and units[header_end].role in {"byline", "standfirst"}
    ):
        header_end += 1
    return Parts(units[:at], units[at], units[at + 1 : header_end], units[header_end:])


PromoRenderer = Callable[[Unit], Node]


@dataclass
class BodyStyle:
    """How one template writes content elements: a class per role, extra attributes per role.

    ``classes`` keys: p, lead, byline, h2, h3, ul, ol, li, blockquote, entry, meta, table, lines,
    crumbs, credit, links, note. A missing key writes no class.
    """

    classes: dict[str, str | None] = field(default_factory=dict)
    attrs: dict[str, dict[str, str]] = field(default_factory=dict)
    heading: str = "h2"
    quote_share: float = 0.3
    sponsor_link_share: float = 0.3

    def element(self, tag: str, role: str, *children: Child | list[Child] | None) -> Node:
        node = el(tag, {"class": self.classes.get(role)}, *children)
        for name, value in self.attrs.get(role, {}).items():
            node.set(name, value)
        return node


def paragraph_children(unit: Unit, sponsor_href: str | None = None) -> list[Child]:
    """A paragraph's text, with every spliced promo sentence in a marked span."""
    out: list[Child] = []
    for index, block in enumerate(unit.blocks):
        if index:
            out.append(" ")
        if block.label == Label.PROMO.value:
            span = promo(el("span"), block.kind or "ad")
            if sponsor_href:
                span.add(el("a", {"href": sponsor_href, "rel": "sponsored nofollow"}, block.text))
            else:
                span.add(block.text)
            out.append(span)
        elif block.label == Label.BOILERPLATE.value:
            out.append(boilerplate(el("span", None, block.text)))
        else:
            out.extend(text_with_breaks(block.text))
    return out


BYLINE_LINKED = 0.6
"""Share of bylines whose names link to the author's page, as on most news sites: a byline
is content (LABELS.md) even when it is mostly link text."""
_NAME_END = re.compile(r"\s+[·|–—-]\s+|,\s+|\s+(?:at|um|à|a las|alle|om|kl\.)\s+\d")
_NAME_JOIN = re.compile(r"(\s+(?:and|und|et|y|e|en|och|i|&)\s+)")


def _linked_byline(text: str) -> list[Child]:
    """A byline with each author's name as a link: "By <a>Ann Roe</a> and <a>Bo Li</a> · May 2"."""
    prefix = _BYLINE.match(text)
    if prefix is None:
        return [text]
    start = prefix.end() - 1
    end_match = _NAME_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    out: list[Child] = [text[:start]]
    for part in _NAME_JOIN.split(text[start:end]):
        if _NAME_JOIN.fullmatch(part) or not part.strip():
            out.append(part)
        else:
            out.append(el("a", {"href": f"/author/{slug(part) or 'staff'}/", "rel": "author"}, part))
    out.append(text[end:])
    return [child for child in out if child != ""]


def _list(style: BodyStyle, lines: list[str]) -> Node:
    ordered = sum(bool(_ORDERED.match(line)) for line in lines) * 2 > len(lines)
    tag = "ol" if ordered else "ul"
    return style.element(tag, tag, [style.element("li", "li", line) for line in lines])


def render_text(
    style: BodyStyle, unit: Unit, rng_value: float, sponsor_href: str | None = None
) -> list[Node]:
    """Elements of a content unit; ``rng_value`` (0–1) picks between equally fitting markups.

    ``sponsor_href``, when given, turns spliced promo sentences into sponsored links.
    """
    role, text = unit.role, unit.text
    lines = [line for line in text.split("\n") if line.strip()]
    if role == "heading":
        return [
            style.element(style.heading if rng_value < 0.8 else "h3", "h2" if rng_value < 0.8 else "h3", text)
        ]
    if role == "byline":
        children: list[Child] = _linked_byline(text) if rng_value < BYLINE_LINKED else [text]
        return [style.element("div", "byline", style.element("span", "author", children))]
    if role == "standfirst":
        return [style.element("p", "lead", text)]
    if role == "quote" and rng_value < style.quote_share:
        return [style.element("blockquote", "blockquote", el("p", None, text))]
    if role == "items":
        return [_list(style, [b.text for b in unit.blocks])]
    if role == "list":
        if not is_list_item(lines[0]) and len(lines) > 2 and not _QUANTITY.match(lines[0]):
            return [style.element("p", "p", lines[0]), _list(style, lines[1:])]
        return [_list(style, lines)]
    if role == "table":
        rows = []
        for line in lines:
            key, value = line.split(":", 1)
            rows.append(el("tr", None, el("th", {"scope": "row"}, key + ":"), el("td", None, value.strip())))
        return [style.element("table", "table", el("tbody", None, rows))]
    if role == "entry":
        head = lines[0]
        meta = el("time", None, head) if _TIME.match(head) else style.element("div", "meta", head)
        return [style.element("div", "entry", meta, [style.element("p", "p", line) for line in lines[1:]])]
    if role == "title":
        return [style.element("h1", "h1", text)]
    return [style.element("p", "p", paragraph_children(unit, sponsor_href))]


def is_caption(unit: Unit, following: Unit | None) -> bool:
    """A short paragraph right before a photo credit: the page may show both under the photo."""
    return (
        following is not None
        and following.role == "credit"
        and unit.kind == TEXT
        and unit.role == "p"
        and not unit.spliced
        and len(unit.text) <= CAPTION_MAX
    )


def render_figure(style: BodyStyle, caption: Unit, credit: Unit, src: str) -> Node:
    """A figure whose caption is content and whose credit, inside the caption, is boilerplate."""
    figcaption = style.element(
        "figcaption",
        "figcaption",
        caption.text,
        " ",
        boilerplate(style.element("span", "credit", credit.text)),
    )
    return style.element(
        "figure", "figure", el("img", {"src": src, "alt": "", "loading": "lazy"}), figcaption
    )


def split_separated(text: str) -> list[tuple[str, bool]]:
    """A line of links ("Home › News › Local") as (piece, is_separator) pairs, text unchanged."""
    pieces = _SEPARATORS.split(text)
    return [(piece, index % 2 == 1) for index, piece in enumerate(pieces) if piece]


def render_boilerplate(
    style: BodyStyle, unit: Unit, rng_value: float, href: Callable[[str], str]
) -> list[Node]:
    """A boilerplate block of the document, marked, in markup that fits what it says."""
    text = unit.text
    if unit.role in {"crumbs", "links"}:
        children: list[Child] = []
        for piece, separator in split_separated(text):
            if separator:
                children.append(el("span", {"class": "sep", "aria-hidden": "true"}, piece))
            else:
                children.append(el("a", {"href": href(piece)}, piece))
        tag = "nav" if unit.role == "crumbs" else "div"
        node = style.element(tag, unit.role, children)
        if unit.role == "crumbs":
            node.set("aria-label", "breadcrumb")
        return [boilerplate(node)]
    if unit.role == "credit":
        if rng_value < 0.5:
            caption = boilerplate(style.element("figcaption", "credit", text))
            return [
                el(
                    "figure",
                    None,
                    el("img", {"src": href("image") + ".jpg", "alt": "", "loading": "lazy"}),
                    caption,
                )
            ]
        return [boilerplate(style.element("p", "credit", text))]
    tag = "p" if "\n" not in text else "div"
    return [boilerplate(style.element(tag, "note", text_with_breaks(text)))]
