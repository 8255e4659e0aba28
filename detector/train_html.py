"""Training the HTML model: the corpus rendered into labelled pages, plus hand-written pages.

Every generated training document is rendered into a page of one of many site
templates (``detector.corpus.pages``), where its promotion sits in the ad
markup and the page chrome of that template; labelled pages written by hand
(``training_data/pages/*.html``) join them. Held-out documents and held-out
hand-written pages make the held-out pages, so HTML figures are measured on
articles, inserts and pages the model never saw.
"""

from __future__ import annotations

import logging
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from detector.corpus.dataset import Splits
from detector.corpus.labelled import LabelledDocument
from detector.corpus.labelled_pages import LabelledPage, PageDocument, page_document, read_labelled_page
from detector.corpus.pages import page_rng, render_page
from detector.corpus.split import is_heldout
from detector.corpus.templates.borrowed import neighbours_of
from detector.features.structure import page_frame
from detector.main_content import in_main_content
from detector.model.pipeline import build_html_pipeline

log = logging.getLogger(__name__)

PAGES_DIRECTORY = "pages"
"""Hand-written labelled pages inside the training-data directory."""
MAX_TRAINING_PAGES = 2400
"""Generated training pages (a sample of the training documents). Pages have
many more blocks than documents (about 50). With markup depth counted from
the main text, more pages stopped costing content on other people's pages:
going from 400 to 1,200 pages took held-out page promo recall from 0.963 to
0.976 and benchmark F1 from 0.919 to 0.920, with content kept on the
development pages at 0.962 and 0.958 (two blocks). With the templates' post
bylines, consent panels and title breadcrumbs, 2,400 pages (about 10 minutes on
two cores) and teaser cards printed as one block, held-out 0.974 / 0.997 and
benchmark recall 0.980."""


@dataclass
class PageSet:
    """Labelled pages with the group (source document) of each, for grouped folds."""

    pages: list[LabelledPage]
    groups: list[int]

    def documents(self) -> list[PageDocument]:
        """The pages as labelled documents, for the evaluation (built only when asked for)."""
        return [page_document(page) for page in self.pages]


def hand_written_pages(data_dir: Path) -> list[tuple[str, str]]:
    """(id, markup) of each hand-written page."""
    directory = data_dir / PAGES_DIRECTORY
    paths = sorted(directory.glob("*.html")) if directory.is_dir() else []
    return [(path.stem, path.read_text(encoding="utf-8")) for path in paths]


def build_page_set(items: Sequence[tuple[str, str | None, str, str]]) -> PageSet:
    """Read (id, language, group key, markup) items into labelled pages.

    A language of None is read from the page's ``<html lang>`` (hand-written pages).
    """
    pages, groups = [], []
    for page_id, lang, group, markup in items:
        labelled = read_labelled_page(markup, page_id)
        labelled.lang = lang or str(labelled.page.root.get("lang", "en")).split("-")[0].lower() or "en"
        pages.append(labelled)
        groups.append(zlib.crc32(group.encode("utf-8")))
    return PageSet(pages, groups)


def page_sets(
    splits: Splits,
    hand: Sequence[tuple[str, str]],
    seed: int,
    max_pages: int = MAX_TRAINING_PAGES,
) -> tuple[PageSet, PageSet]:
    """Training and held-out pages (at most ``max_pages`` generated training pages)."""
    rng = random.Random(seed)
    train_documents = list(splits.train)
    if len(train_documents) > max_pages:
        train_documents = rng.sample(train_documents, max_pages)

    def items(documents: Sequence[LabelledDocument], heldout: bool) -> list[tuple[str, str | None, str, str]]:
        # Teasers borrow from documents of the same side only: no held-out text on a training page.
        borrowed = neighbours_of(documents, seed)
        out: list[tuple[str, str | None, str, str]] = [
            (
                f"page-{d.id}",
                d.lang,
                d.source_id,
                render_page(d, page_rng(seed, d), borrowed[d.id]),
            )
            for d in documents
        ]
        out += [(i, None, i, markup) for i, markup in hand if is_heldout(i) == heldout]
        return out

    return build_page_set(items(train_documents, False)), build_page_set(items(splits.heldout, True))


def page_training_frame(pages: PageSet) -> tuple[pd.DataFrame, np.ndarray]:
    """The frame of the pages' blocks (with markup columns and main-content marks) and their classes."""
    in_main = [in_main_content(p.page.root, [b.text for b in p.page.blocks]) for p in pages.pages]
    frame = page_frame([p.page for p in pages.pages], in_main, pages.groups)
    classes = np.asarray([c for p in pages.pages for c in p.classes], dtype=object)
    return frame, classes


def train_html_model(
    splits: Splits,
    data_dir: Path,
    seed: int,
    progress: Callable[[str], None] = log.info,
    max_pages: int = MAX_TRAINING_PAGES,
    novel_words: bool = False,
) -> tuple[Pipeline, PageSet, dict[str, Any]]:
    """Fit the HTML model on the training pages; returns it with the held-out pages.

    ``novel_words`` adds the novel-word scores to its features, as for the text model.
    """
    hand = hand_written_pages(data_dir)
    train_pages, heldout_pages = page_sets(splits, hand, seed, max_pages)
    progress(f"HTML model: {len(train_pages.pages)} training pages, {len(heldout_pages.pages)} held out")
    frame, classes = page_training_frame(train_pages)
    pipeline = build_html_pipeline(seed, novel_words)
    pipeline.fit(frame, classes)
    report = {
        "training_pages": len(train_pages.pages),
        "training_blocks": len(classes),
        "heldout_pages": len(heldout_pages.pages),
        "hand_written_pages": len(hand),
    }
    return pipeline, heldout_pages, report
