"""HTML segmentation: the visible text of a page as blocks, each with its element.

A page is read the way a browser lays it out. Block-level elements (paragraphs,
headings, list items, cells, and structural containers such as ``div`` or
``aside``) start and end a block; inline elements (``a``, ``span``, ``em`` …)
do not, so a paragraph with links stays one block, and text sitting directly
in a ``div`` becomes a block of its own (a browser's anonymous block box).
A run of two or more ``<br>`` splits a block, as a blank line does in text.
A row of a data table is one block, its cells joined by `` | `` (see
``is_data_row``); the cells of a layout table stay blocks of their own.
Nothing that a reader never sees reaches a block: ``head``, scripts, styles,
``noscript``, templates, SVG, frames, drop-down lists, comments, and elements hidden by the
``hidden`` attribute, ``display: none``, ``visibility: hidden`` or
``type="hidden"``.

The walk is iterative (lxml's ``iterwalk``), so deeply nested pages cannot
overflow the stack. The parser runs with ``huge_tree`` (large pages, deep
nesting); a page nested deeper than libxml2's limit (about 2,000 levels) is
parsed again by ``detector.segment.shallow`` so that its text is not lost.
The walk looks at the document's time budget every few thousand elements.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree, html

from detector.guards import CHECK_EVERY, TimeBudget
from detector.segment.shallow import parse_shallow

BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li td th dt dd blockquote figcaption pre caption".split())
"""Elements whose text is one block."""
CONTAINER_TAGS = frozenset(
    """div section article main header footer aside nav figure ul ol dl table thead tbody
    tfoot tr form fieldset legend details summary address body hr menu hgroup dialog ins
    center frameset noframes""".split()
)
"""Structural elements: they separate the blocks inside them."""
SKIP_TAGS = frozenset(
    """head title script style noscript template svg math iframe canvas video audio object embed
    select datalist""".split()
)
"""Elements that never show text (a ``select`` shows one of its options in a form control, and
its text would otherwise be every option run together: a site's whole category menu)."""
BOXED_INLINE_TAGS = frozenset("button label input textarea img".split())
"""Inline boxes that never run into the words beside them."""
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
LINE_TAGS = frozenset("li dt dd td th tr".split())
"""Blocks that are rendered one per line when they follow each other."""
CELL_TAGS = frozenset("td th".split())
CELL_SEPARATOR = " | "
"""What stands between the cells of a data row in its block."""
DATA_ROW_MAX_CHARS = 400
"""A row with more text than this is page layout (a menu cell beside the article), not data."""

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
GOLD_ATTRIBUTE = "data-gold"
GOLD_KIND_ATTRIBUTE = "data-gold-kind"


@dataclass
class HtmlBlock:
    """A block of visible text and the element that holds it.

    ``element`` is the nearest block-level element around the text (for text
    sitting directly in a ``div``, that ``div``). ``pieces`` are the text runs
    that make up the block, each with the gold mark of the nearest marked
    element around it (None outside marked elements); only labelled pages
    carry marks.
    """

    text: str
    element: html.HtmlElement
    pieces: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    """(normalised text, gold label, gold kind) of each run, in order."""
    link_chars: int = 0
    """Characters of the block inside links (before whitespace is normalised)."""
    sponsored_links: int = 0
    """Links in the block marked ``rel="sponsored"`` or ``nofollow``."""

    @property
    def tag(self) -> str:
        return str(self.element.tag)


def is_hidden(element: html.HtmlElement) -> bool:
    """Whether the element is hidden by its own attributes (stylesheets are not read)."""
    attributes = element.attrib
    if "hidden" in attributes:
        return True
    if element.tag == "input" and attributes.get("type", "").lower() == "hidden":
        return True
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def is_data_row(row: html.HtmlElement) -> bool:
    """Whether a table row is a row of data: short cells of inline text only.

    Such a row is one block, its cells joined by :data:`CELL_SEPARATOR`, because
    a cell alone ("14", "54%") says nothing a classifier can read, while the
    row ("54% | Possession | 46%") does. Rows whose cells hold paragraphs,
    lists or ``<br>`` lines, or more text than a row of data has, lay out a
    page: their cells stay blocks of their own.
    """
    cells = 0
    for child in row:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag.lower() not in CELL_TAGS:
            return False
        cells += 1
        if any(
            isinstance(inner.tag, str) and _breaks_lines(inner.tag.lower())
            for inner in child.iterdescendants()
        ):
            return False
    return cells > 0 and len(row.text_content()) <= DATA_ROW_MAX_CHARS


def _breaks_lines(tag: str) -> bool:
    return tag == "br" or _is_block_level(tag)


def _is_row_cell(tag: str, element: html.HtmlElement, data_rows: set[html.HtmlElement]) -> bool:
    """Whether the element is a cell of a data row: an inline box of the row's block."""
    return tag in CELL_TAGS and element.getparent() in data_rows


def _is_block_level(tag: str) -> bool:
    # Custom elements (amp-ad, my-widget) are laid out as boxes of their own.
    return tag in BLOCK_TAGS or tag in CONTAINER_TAGS or "-" in tag


class _BlockBuilder:
    """Collects text runs until a block boundary, then emits the block."""

    def __init__(self) -> None:
        self.blocks: list[HtmlBlock] = []
        self._pieces: list[tuple[str, str | None, str | None]] = []
        self._breaks = 0
        self._has_text = False
        """Whether a piece since the last flush has more than whitespace (most flushes have none)."""
        self._marked = False
        """Whether a piece since the last flush carries a gold mark (only labelled training pages do)."""
        self._link_chars = 0
        self.sponsored_links = 0
        self.link_depth = 0
        """How many links the walk is inside."""

    def add(self, text: str | None, gold: tuple[str | None, str | None]) -> None:
        if not text:
            return
        self._append(text, gold)
        if not text.isspace():
            self._has_text = True
            self._breaks = 0
            if self.link_depth:
                self._link_chars += len(text.strip())

    def cell(self, gold: tuple[str | None, str | None]) -> None:
        """A cell of a data row starts: a separator after the row's earlier text."""
        if self._has_text:
            self._append(CELL_SEPARATOR, gold)

    def _append(self, text: str, gold: tuple[str | None, str | None]) -> None:
        self._pieces.append((text, gold[0], gold[1]))
        if gold[0] is not None or gold[1] is not None:
            self._marked = True

    def line_break(self, owner: html.HtmlElement) -> None:
        """A ``<br>``: a space inside a block; the second of a run ends the block."""
        self._breaks += 1
        if self._breaks == 2:
            self.flush(owner)
        else:
            self._pieces.append((" ", None, None))

    def flush(self, owner: html.HtmlElement) -> None:
        self._breaks = 0
        link_chars, sponsored = self._link_chars, self.sponsored_links
        self._link_chars = self.sponsored_links = 0
        if not self._has_text:  # nothing but spaces: no block, and nothing to join
            self._pieces = []
            self._marked = False
            return
        self._has_text = False
        if not self._marked:
            # The pieces of an unlabelled page make one run: joined, spaces collapsed, trimmed.
            text = _SPACE.sub(" ", "".join([piece[0] for piece in self._pieces])).strip()
            self._pieces = []
            if text:
                self.blocks.append(HtmlBlock(text, owner, [(text, None, None)], link_chars, sponsored))
            return
        self._marked = False
        # Runs of pieces with the same gold mark are joined once (linear, however many pieces).
        runs: list[tuple[list[str], str | None, str | None]] = []
        for text, label, kind in self._pieces:
            if runs and runs[-1][1:] == (label, kind):
                runs[-1][0].append(text)
            else:
                runs.append(([text], label, kind))
        self._pieces = []
        # Spaces are collapsed once per run; a run's text is then already tidy inside.
        pieces = [(_SPACE.sub(" ", "".join(parts)), label, kind) for parts, label, kind in runs]
        joined = pieces[0][0] if len(pieces) == 1 else _SPACE.sub(" ", "".join(p for p, _, _ in pieces))
        text = joined.strip()
        if not text:
            return
        self.blocks.append(HtmlBlock(text, owner, _tidy_pieces(pieces), link_chars, sponsored))


def _tidy_pieces(
    pieces: list[tuple[str, str | None, str | None]],
) -> list[tuple[str, str | None, str | None]]:
    """Pieces (their spaces already collapsed) trimmed, and blank pieces dropped."""
    tidy: list[tuple[str, str | None, str | None]] = []
    for text, label, kind in pieces:
        text = text.strip()
        if text:
            tidy.append((text, label, kind))
    return tidy


_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def decode_page(data: bytes) -> str:
    """The text of a page's bytes.

    A byte-order mark decides; then valid UTF-8 is UTF-8 (a page that decodes
    cleanly as UTF-8 almost never is anything else, whatever its ``meta``
    says); then the charset the page declares; then charset-normalizer's guess.
    """
    for mark, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(mark):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii")
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    return str(guess) if guess is not None else data.decode("cp1252", errors="replace")


_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)
"""Every element an ``HtmlElement``, chosen in C: lxml.html's own lookup picks a class per tag
in Python for each element the walk touches, a tenth of the time spent on a page."""


def parse_html(page: str | bytes) -> html.HtmlElement:
    """The page's root element; bytes are decoded by their declared or detected encoding."""
    if isinstance(page, bytes):
        page = decode_page(page)
    page = page.encode("utf-8", errors="replace")
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=False, huge_tree=True)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    if not page.strip():
        return html.Element("html")
    try:
        root = html.document_fromstring(page, parser=parser)
    except etree.ParserError:
        return html.Element("html")
    if any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log):
        return parse_shallow(page.decode("utf-8"))
    return root


def segment_html(root: html.HtmlElement, budget: TimeBudget | None = None) -> list[HtmlBlock]:
    """The blocks of the page under ``root`` (its ``body`` when there is one), in reading order."""
    body = root.find("body")
    if body is None:
        body = root
    builder = _BlockBuilder()
    owners: list[html.HtmlElement] = []
    golds: list[tuple[str | None, str | None]] = [(None, None)]
    skipped: set[html.HtmlElement] = set()
    data_rows: set[html.HtmlElement] = set()
    """Rows that are one block; their cells are inline boxes."""
    walker = etree.iterwalk(body, events=("start", "end", "comment", "pi"))
    for step, (event, element) in enumerate(walker):
        if budget is not None and step % CHECK_EVERY == 0:
            budget.check("segmenting the page")
        tag = element.tag
        if not isinstance(tag, str):
            # Comments and processing instructions: only their tail is text.
            builder.add(element.tail, golds[-1])
            continue
        tag = tag.lower()
        if event == "start":
            if tag in SKIP_TAGS or is_hidden(element):
                skipped.add(element)
                walker.skip_subtree()
                continue
            mark = element.get(GOLD_ATTRIBUTE)
            golds.append((mark, element.get(GOLD_KIND_ATTRIBUTE)) if mark else golds[-1])
            if _is_row_cell(tag, element, data_rows):
                builder.cell(golds[-1])
            elif _is_block_level(tag):
                if tag == "tr" and is_data_row(element):
                    data_rows.add(element)
                if owners:
                    builder.flush(owners[-1])
                owners.append(element)
            elif tag == "br":
                builder.line_break(owners[-1] if owners else element)
            elif tag in BOXED_INLINE_TAGS:
                builder.add(" ", golds[-1])
            elif tag == "a":
                builder.link_depth += 1
                rel = element.get("rel", "").lower()
                if "sponsored" in rel or "nofollow" in rel:
                    builder.sponsored_links += 1
            builder.add(element.text, golds[-1])
            continue
        # end event
        if element in skipped:
            skipped.discard(element)
        else:
            golds.pop()
            if tag in BOXED_INLINE_TAGS:
                builder.add(" ", golds[-1])
            elif tag == "a":
                builder.link_depth -= 1
            if _is_block_level(tag) and not _is_row_cell(tag, element, data_rows):
                builder.flush(element)
                owners.pop()
        if element is not body:
            builder.add(element.tail, golds[-1])
    if owners:
        builder.flush(owners[-1])
    builder.flush(body)
    return builder.blocks


LOCATOR_DEPTH = 4
"""Elements named in a locator, the block's own included."""


@dataclass
class TypePositions:
    """A page's locator work done once: per parent, each child's (position among its tag,
    count of its tag); per element, its step in a locator (blocks share their ancestors)."""

    positions: dict[html.HtmlElement, dict[html.HtmlElement, tuple[int, int]]] = field(default_factory=dict)
    steps: dict[html.HtmlElement, str] = field(default_factory=dict)


def _type_position(
    element: html.HtmlElement, parent: html.HtmlElement, cache: TypePositions
) -> tuple[int, int]:
    positions = cache.positions.get(parent)
    if positions is None:
        totals = Counter(child.tag for child in parent)
        seen: Counter[object] = Counter()
        positions = {}
        for child in parent:
            seen[child.tag] += 1
            positions[child] = (seen[child.tag], totals[child.tag])
        cache.positions[parent] = positions
    return positions[element]


def _step(element: html.HtmlElement, cache: TypePositions) -> str:
    step = cache.steps.get(element)
    if step is None:
        step = cache.steps[element] = _new_step(element, cache)
    return step


def _new_step(element: html.HtmlElement, cache: TypePositions) -> str:
    tag = str(element.tag)
    identifier = element.get("id")
    if identifier and " " not in identifier:
        return f"{tag}#{identifier}"
    classes = element.get("class", "").split()
    step = f"{tag}.{classes[0]}" if classes else tag
    parent = element.getparent()
    if parent is not None:
        index, count = _type_position(element, parent, cache)
        if count > 1:
            step += f":nth-of-type({index})"
    return step


def locator(element: html.HtmlElement, cache: TypePositions | None = None) -> str:
    """A short CSS-like path to an element: its own step and up to three ancestors'.

    Enough for a person to find the element in the page's source; an ``id``
    ends the path, as it names the element on its own. Pass one ``cache`` for
    all the blocks of a page, so that siblings are counted once per parent
    (a list of thousands of items stays linear).
    """
    cache = TypePositions() if cache is None else cache
    steps: list[str] = []
    current: html.HtmlElement | None = element
    while current is not None and len(steps) < LOCATOR_DEPTH and isinstance(current.tag, str):
        step = _step(current, cache)
        steps.append(step)
        if "#" in step or current.tag == "body":
            break
        current = current.getparent()
    return " > ".join(reversed(steps))
