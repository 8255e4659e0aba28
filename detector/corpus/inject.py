"""Deterministic injection of promotional inserts into base documents.

Every training document is a base document (content and boilerplate only)
with zero or more inserts spliced in: at the start, in the middle, at the
end, next to short paragraphs, or as a sentence inside a paragraph. The
output depends only on the base documents, the inserts and the seed; each
document draws from its own random stream, so adding documents to the
corpus leaves the others unchanged.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from detector.blocks import Label
from detector.corpus.inserts import Insert
from detector.corpus.labelled import LINES_LAYOUT, LabelledBlock, LabelledDocument

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]?\s+(?=[\"'“‘«(]?[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ0-9])")


@dataclass(frozen=True)
class InjectionConfig:
    """The generator's parameters (recorded in the model card)."""

    seed: int = 13
    variants: int = 6
    """Documents made from each training base document; the first stays clean.

    Each variant places other inserts in other places: more variants teach the
    model more of the ways an insert can sit in a document (six rather than
    three raised held-out promo recall by about two points at the same
    content kept, for twice the training time)."""
    extra_clean_share: float = 0.15
    """Chance that a later variant stays clean too (so that, with the first,
    over a quarter of the training documents are clean)."""
    heldout_variants: int = 3
    heldout_clean_share: float = 0.1
    """``variants`` and ``extra_clean_share`` of the held-out split: it stays
    the same documents when training changes its own."""
    topic_match_share: float = 0.35
    """Chance that an insert is drawn from those on the document's topic."""
    insert_counts: tuple[int, ...] = (1, 1, 1, 2, 2, 3)
    inline_share: float = 0.08
    """Chance that an inline-capable insert is spliced inside a paragraph."""
    splice_edges: bool = False
    """Whether a spliced sentence may also open or close its paragraph (else it sits
    between two of the paragraph's sentences)."""
    positions: tuple[str, ...] = ("start", "middle", "middle", "middle", "end", "short")
    lines_share: float = 0.2
    """Chance that a variant is laid out one line per block, as crawl text is."""

    def describe(self) -> dict[str, object]:
        return dict(self.__dict__)

    def for_heldout(self) -> InjectionConfig:
        """The same generator with the held-out split's variants and clean share."""
        return replace(self, variants=self.heldout_variants, extra_clean_share=self.heldout_clean_share)


def _choose_insert(
    rng: random.Random, pool: list[Insert], document: LabelledDocument, config: InjectionConfig
) -> Insert:
    genre = str(document.meta.get("genre", ""))
    topic = str(document.meta.get("topic", "general"))
    fitting = [i for i in pool if i.fits(genre)] or pool
    on_topic = [i for i in fitting if i.topic == topic]
    if on_topic and rng.random() < config.topic_match_share:
        return rng.choice(on_topic)
    return rng.choice(fitting)


def _gap(rng: random.Random, blocks: list[LabelledBlock], position: str) -> int:
    """Index before which an insert goes."""
    n = len(blocks)
    if position == "start" or n == 1:
        return 0 if position == "start" else n
    if position == "end":
        return n
    if position == "short":
        short = [i for i, b in enumerate(blocks) if len(b.text) < 90 and 0 < i < n]
        if short:
            i = rng.choice(short)
            return i + rng.choice((0, 1))
    return rng.randint(1, n - 1)


def _splice(rng: random.Random, blocks: list[LabelledBlock], insert: Insert, edges: bool = False) -> bool:
    """Put an inline insert inside a content paragraph; False if no paragraph fits.

    With ``edges``, the insert may also open or close the paragraph.
    """
    candidates = []
    for i, block in enumerate(blocks):
        if block.label != Label.CONTENT.value or "\n" in block.text:
            continue
        cuts = [m.start() for m in _SENTENCE_END.finditer(block.text)]
        if cuts:
            candidates.append((i, [*cuts, 0, len(block.text)] if edges else cuts))
    if not candidates:
        return False
    i, cuts = rng.choice(candidates)
    cut = rng.choice(cuts)
    block = blocks[i]
    head = block.text[:cut].rstrip()
    tail = block.text[cut:].strip()
    promo = insert.blocks[0]
    spliced = [LabelledBlock(head, block.label, block.kind, block.inline)] if head else []
    spliced.append(LabelledBlock(promo.text, promo.label, promo.kind, inline=bool(spliced) or block.inline))
    if tail:
        spliced.append(LabelledBlock(tail, block.label, block.kind, inline=True))
    blocks[i : i + 1] = spliced
    return True


def _as_lines(blocks: list[LabelledBlock]) -> list[LabelledBlock]:
    """Every line of every block as a block of its own (inline splices stay in their line)."""
    out = []
    for block in blocks:
        for k, line in enumerate(block.text.split("\n")):
            if line.strip():
                out.append(LabelledBlock(line.strip(), block.label, block.kind, block.inline and k == 0))
    return out


def inject_document(
    document: LabelledDocument,
    inserts: Sequence[Insert],
    config: InjectionConfig,
    variant: int,
) -> LabelledDocument:
    """One variant of a base document: variant 0 is the base document itself."""
    rng = random.Random(f"{config.seed}:{document.id}:{variant}")
    blocks = list(document.blocks)
    used: list[str] = []
    pool = [insert for insert in inserts if insert.lang == document.lang]
    clean = variant == 0 or not pool or rng.random() < config.extra_clean_share
    if not clean:
        for _ in range(rng.choice(config.insert_counts)):
            insert = _choose_insert(rng, pool, document, config)
            if insert.id in used:
                continue
            if (
                insert.inline
                and rng.random() < config.inline_share
                and _splice(rng, blocks, insert, config.splice_edges)
            ):
                used.append(insert.id)
                continue
            at = _gap(rng, blocks, rng.choice(config.positions))
            blocks[at:at] = [LabelledBlock(b.text, b.label, b.kind) for b in insert.blocks]
            used.append(insert.id)
    meta = dict(document.meta)
    meta.update({"source": document.id, "variant": variant, "inserts": used})
    if variant and rng.random() < config.lines_share:
        blocks = _as_lines(blocks)
        meta["layout"] = LINES_LAYOUT
    return LabelledDocument(id=f"{document.id}#{variant}", lang=document.lang, blocks=blocks, meta=meta)


def inject_corpus(
    documents: Sequence[LabelledDocument],
    inserts: Sequence[Insert],
    config: InjectionConfig,
    pool_of: Mapping[str, Sequence[Insert]] | None = None,
) -> list[LabelledDocument]:
    """All variants of all documents.

    ``pool_of`` maps a base document id to the inserts it may receive (used to
    keep cross-validation folds disjoint by insert); by default every insert.
    """
    out = []
    for document in documents:
        pool = pool_of.get(document.id, inserts) if pool_of is not None else inserts
        for variant in range(config.variants):
            out.append(inject_document(document, pool, config, variant))
    return out
