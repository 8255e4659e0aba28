"""Labelled HTML pages made from labelled documents, for training an HTML classifier.

A page wraps a document of the corpus in the markup of a kind of site (a
WordPress blog, a news front end with hashed classes, a recipe blog full of
ad slots, a forum, MediaWiki …) and adds the furniture such a site has:
header, menus, consent banner, share buttons, related stories, comments,
footer, the site's own newsletter and app prompts, and third-party ad slots
with invented advertisers. Following LABELS.md, the outermost element of
every promo or boilerplate block carries ``data-gold`` (and
``data-gold-kind``); the document's content stays unmarked, so everything a
reader sees outside marked elements is the document's content.

Output depends only on the document and the random stream: the same
document and seed give the same bytes. Chrome text is drawn per page in
the document's language, so no furniture line repeats across most pages.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from detector.corpus.labelled import LabelledDocument
from detector.corpus.templates import blog, commerce, community, legacy, mail, news, reference
from detector.corpus.templates.borrowed import Borrowed, neighbours_of
from detector.corpus.templates.context import Template, new_page
from detector.corpus.templates.decoys import add_decoys
from detector.corpus.templates.html import serialise
from detector.corpus.templates.naming import random_naming

_ALL: tuple[Template, ...] = (
    blog.TEMPLATES
    + news.TEMPLATES
    + commerce.TEMPLATES
    + community.TEMPLATES
    + reference.TEMPLATES
    + mail.TEMPLATES
    + legacy.TEMPLATES
)
_BY_NAME: dict[str, Template] = {template.name: template for template in _ALL}
TEMPLATES: tuple[str, ...] = tuple(_BY_NAME)
"""Names of the site styles, in a fixed order."""

GENRE_MATCH_SHARE = 0.5
"""Chance that a document is drawn a template made for its genre (a recipe on a recipe blog)."""


def choose_template(document: LabelledDocument, rng: random.Random) -> str:
    """A template for the document: often one made for its genre, otherwise any."""
    genre = str(document.meta.get("genre", ""))
    fitting = [template.name for template in _ALL if genre in template.genres]
    if fitting and rng.random() < GENRE_MATCH_SHARE:
        return rng.choice(fitting)
    return rng.choice(TEMPLATES)


def render_page_with(
    document: LabelledDocument, template_name: str, rng: random.Random, borrowed: Borrowed | None = None
) -> str:
    """The document as a labelled page in the named template's style.

    ``borrowed`` holds other stories' words for the page's teaser lists and
    comments (see ``templates.borrowed``); without it they use stock phrases.
    """
    if template_name not in _BY_NAME:
        raise ValueError(f"unknown template {template_name!r}; choose one of {', '.join(TEMPLATES)}")
    template = _BY_NAME[template_name]
    naming = random_naming(rng, template.schemes)
    page = new_page(document, rng, template.site_kind, naming, borrowed)
    root = template.build(page)
    indent = rng.choice(template.indents)
    return serialise(add_decoys(root, rng), indent)


def render_page(document: LabelledDocument, rng: random.Random, borrowed: Borrowed | None = None) -> str:
    """The document as a labelled page in a template drawn from ``rng``."""
    return render_page_with(document, choose_template(document, rng), rng, borrowed)


def page_rng(seed: int | str, document: LabelledDocument) -> random.Random:
    """The random stream of one document's page: adding documents never changes the others."""
    return random.Random(f"{seed}:{document.id}")


def pages_for_corpus(documents: Iterable[LabelledDocument], seed: int | str) -> list[tuple[str, str]]:
    """(page id, page) for each document, one page per document; the page id is the document id.

    Teaser lists and comments borrow from the other documents given.
    """
    documents = list(documents)
    borrowed = neighbours_of(documents, seed)
    return [
        (document.id, render_page(document, page_rng(seed, document), borrowed[document.id]))
        for document in documents
    ]
