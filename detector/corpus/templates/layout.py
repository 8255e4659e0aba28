"""Shared assembly: the document's units as elements, wrappers, slots between units, the html root."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from detector.corpus.templates import promotion
from detector.corpus.templates.body import (
    BOILERPLATE_BLOCK,
    PROMO_RUN,
    Unit,
    is_caption,
    render_boilerplate,
    render_figure,
    render_text,
)
from detector.corpus.templates.context import Page
from detector.corpus.templates.html import Node, comment, el
from detector.corpus.templates.naming import token

PromoRenderer = Callable[[Page, Unit], Node]
FIGURE_SHARE = 0.5
"""Chance that a caption followed by its photo credit is shown as a figure."""
SlotMaker = Callable[[Page], Node]


def render_unit(page: Page, unit: Unit, promo: PromoRenderer = promotion.promo_box) -> list[Node]:
    """The elements of one unit: content as the page's body style writes it, promo in ad markup."""
    if unit.kind == PROMO_RUN:
        return [promo(page, unit)]
    if unit.kind == BOILERPLATE_BLOCK:
        return render_boilerplate(page.style, unit, page.rng.random(), page.href)
    href = page.text.ad().url if unit.spliced and page.chance(0.2) else None
    return render_text(page.style, unit, page.rng.random(), href)


def render_units(
    page: Page,
    units: Sequence[Unit],
    promo: PromoRenderer = promotion.promo_box,
    slots: dict[int, list[Node]] | None = None,
) -> list[Node]:
    """Units in order, ``slots[i]`` inserted after unit ``i``; a caption and its credit share a figure."""
    out: list[Node] = []
    skip = False
    for index, unit in enumerate(units):
        if not skip:
            following = units[index + 1] if index + 1 < len(units) else None
            if is_caption(unit, following) and following is not None and page.chance(FIGURE_SHARE):
                out.append(render_figure(page.style, unit, following, f"/img/{token(page.rng, 10)}.jpg"))
                skip = True
            else:
                out.extend(render_unit(page, unit, promo))
        else:
            skip = False
        out.extend((slots or {}).get(index, []))
    return out


def slot_positions(page: Page, units: Sequence[Unit], every: tuple[int, int], limit: int) -> list[int]:
    """Indices after which a template drops its own slots: every few text units, never after the last."""
    positions: list[int] = []
    gap = page.rng.randint(*every)
    seen = 0
    for index, unit in enumerate(units[:-1]):
        if unit.kind != "text":
            continue
        seen += 1
        if unit.role in {"heading", "title"} or units[index + 1].kind != "text":
            continue
        if seen >= gap and len(positions) < limit:
            positions.append(index)
            seen = 0
            gap = page.rng.randint(*every)
    return positions


def fill_slots(
    page: Page,
    positions: Sequence[int],
    maker: SlotMaker,
    slots: dict[int, list[Node]] | None = None,
    with_comment: float = 0.3,
) -> dict[int, list[Node]]:
    slots = slots if slots is not None else {}
    for position in positions:
        made: list[Node] = []
        node = maker(page)
        if page.chance(with_comment):
            node = el("div", {"class": page.cls("slot", "wrap")}, comment(f"slot {position}"), node)
        made.append(node)
        slots.setdefault(position, []).extend(made)
    return slots


def title_node(
    page: Page, unit: Unit | None, tag: str = "h1", cls: str | None = None, permalink: bool = False
) -> Node | None:
    """The document's title; a ``permalink`` title is a link to the page itself, as Q&A sites and
    hosted blogs print it (news sites and most themes do not, and their teasers are linked headlines)."""
    if unit is None:
        return None
    text: Node | str = el("a", {"href": page.href(unit.text)}, unit.text) if permalink else unit.text
    return el(tag, {"class": cls if cls is not None else page.cls("article", "title")}, text)


def header_nodes(page: Page, units: Sequence[Unit]) -> list[Node]:
    return [node for unit in units for node in render_unit(page, unit)]


def nest(
    page: Page, node: Node, max_depth: int = 3, parts: Sequence[str] = ("container", "row", "col", "inner")
) -> Node:
    """Wrap a node in 0..max_depth anonymous layout divs, as grid frameworks do."""
    for _ in range(page.rng.randint(0, max_depth)):
        node = el("div", {"class": page.cls(page.rng.choice(tuple(parts)))}, node)
    return node


ANNOUNCEMENT_CHANCE = 0.12
"""Share of pages topped by a bar announcing the site's own offer."""


def html_root(page: Page, head: Node, body: Node, attrs: dict[str, str | bool | None] | None = None) -> Node:
    if body.tag == "body" and page.chance(ANNOUNCEMENT_CHANCE):
        body.children.insert(0, promotion.announcement_bar(page))
    root = el("html", {"lang": page.lang, "dir": "ltr" if page.chance(0.3) else None})
    for name, value in (attrs or {}).items():
        root.set(name, value)
    return root.add(head, body)


def maybe(page: Page, share: float, maker: SlotMaker) -> Node | None:
    return maker(page) if page.chance(share) else None
