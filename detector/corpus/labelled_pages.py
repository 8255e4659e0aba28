"""Read labelled HTML pages: blocks with their gold class, marks stripped.

LABELS.md marks the outermost element of each promo or boilerplate block with
``data-gold`` (and ``data-gold-kind``); unmarked visible text is content. The
marks are read while the page is segmented and then removed from the tree, so
no feature can ever see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import html

from detector.blocks import Label, class_name
from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.page import Page, read_page
from detector.segment.html import GOLD_ATTRIBUTE, GOLD_KIND_ATTRIBUTE, HtmlBlock


@dataclass
class LabelledPage:
    """A page, the gold class of each of its blocks, and the gold pieces inside blocks."""

    id: str
    lang: str
    page: Page
    classes: list[str]
    """Gold class of each block (``content``, ``boilerplate``, ``promo/<kind>``)."""
    pieces: list[list[LabelledBlock]]
    """Each block as gold pieces: more than one where a promo sentence sits inside a paragraph."""

    @property
    def has_promo(self) -> bool:
        return any(c.startswith(Label.PROMO.value) for c in self.classes)


def block_class(block: HtmlBlock) -> str:
    """A block's gold class: content if any of it is unmarked, else its longest piece's mark.

    A paragraph with a promo sentence spliced in stays content as a block; the
    sentence itself is a gold piece of its own.
    """
    if not block.pieces or any(label is None for _, label, _ in block.pieces):
        return Label.CONTENT.value
    _, label, kind = max(block.pieces, key=lambda piece: len(piece[0]))
    return class_name(label or Label.CONTENT.value, kind)


def gold_pieces(block: HtmlBlock) -> list[LabelledBlock]:
    """The block as labelled pieces; pieces after the first join it inline."""
    out: list[LabelledBlock] = []
    for index, (text, label, kind) in enumerate(block.pieces):
        out.append(
            LabelledBlock(
                text=text,
                label=label or Label.CONTENT.value,
                kind=kind if label == Label.PROMO.value else None,
                inline=index > 0,
            )
        )
    return out


def strip_marks(page: Page) -> None:
    """Remove every gold attribute from the page's tree."""
    for element in page.root.iter():
        if isinstance(element.tag, str):
            element.attrib.pop(GOLD_ATTRIBUTE, None)
            element.attrib.pop(GOLD_KIND_ATTRIBUTE, None)


def read_labelled_page(markup: str | bytes, page_id: str, lang: str = "en") -> LabelledPage:
    """Segment a labelled page, read its gold, then strip the marks."""
    page = read_page(markup)
    classes = [block_class(block) for block in page.blocks]
    pieces = [gold_pieces(block) for block in page.blocks]
    strip_marks(page)
    return LabelledPage(page_id, lang, page, classes, pieces)


@dataclass
class PageDocument(LabelledDocument):
    """A labelled page as a labelled document over the page's visible text.

    Its ``text`` is the page's plain text (as the detector renders it) and its
    ``source`` the page's markup without gold marks, so the evaluation that
    serves text documents serves pages unchanged.
    """

    page_text: str = ""
    page_spans: list[tuple[int, int, str]] = field(default_factory=list)
    markup: str = ""

    @property
    def text(self) -> str:
        return self.page_text

    @property
    def source(self) -> str:
        return self.markup

    def gold_spans(self) -> list[tuple[int, int, str]]:
        return self.page_spans


def page_document(labelled: LabelledPage) -> PageDocument:
    """The labelled page as a PageDocument: one gold block per piece, located in the page text."""
    page = labelled.page
    blocks: list[LabelledBlock] = []
    spans: list[tuple[int, int, str]] = []
    for pieces, (start, end) in zip(labelled.pieces, page.spans):
        position = start
        for piece in pieces:
            found = page.text.find(piece.text, position, end)
            piece_start = found if found >= 0 else position
            piece_end = min(end, piece_start + len(piece.text))
            blocks.append(piece)
            spans.append((piece_start, piece_end, class_name(piece.label, piece.kind)))
            position = piece_end
    markup = html.tostring(page.root, encoding="unicode")
    return PageDocument(
        id=labelled.id,
        lang=labelled.lang,
        blocks=blocks,
        page_text=page.text,
        page_spans=spans,
        markup=markup,
    )
