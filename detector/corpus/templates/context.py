"""What a template needs to know while it renders one page."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from detector.corpus.labelled import LabelledDocument
from detector.corpus.templates.body import BodyStyle, Unit, units_of
from detector.corpus.templates.borrowed import Borrowed
from detector.corpus.templates.chrome_text import Chrome, slug
from detector.corpus.templates.html import Node
from detector.corpus.templates.naming import Naming

BORROW_SHARE = 0.8
"""Chance that a teaser or comment borrows another story's words when the page has some."""


@dataclass
class Page:
    """One page being rendered: the document, its units, the site's words and naming.

    Every random choice of a page goes through ``rng``, so the same document
    and seed give the same bytes.
    """

    document: LabelledDocument
    rng: random.Random
    text: Chrome
    naming: Naming
    units: list[Unit]
    style: BodyStyle = field(default_factory=BodyStyle)
    ad_classes: tuple[str, ...] = ("ad", "ad-slot", "advert", "ad-container", "ad-unit")
    """Class names this site gives its ad wrappers when they are not opaque."""
    opaque_ads: float = 0.3
    """Share of ad wrappers whose class says nothing (the text must decide)."""
    labelled_ads: float = 0.7
    """Share of ad wrappers showing an "Advertisement" label."""
    borrowed: Borrowed = field(default_factory=Borrowed)
    """Other stories' titles and sentences, for teaser lists and comments."""

    @property
    def lang(self) -> str:
        return self.text.lang

    @property
    def title(self) -> str:
        for unit in self.units:
            if unit.role == "title":
                return unit.text
        first = next((u.text for u in self.units if u.kind == "text"), self.text.site)
        return first.split("\n")[0][:90]

    def cls(self, *parts: str) -> str | None:
        return self.naming(*parts)

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def href(self, text: str) -> str:
        return f"/{slug(text) or 'page'}/"

    def url(self, path: str = "") -> str:
        return f"https://{self.text.domain_name}/{path.lstrip('/')}"

    def article_path(self) -> str:
        """The page's own path, drawn once so canonical link, og:url and JSON-LD agree."""
        if "path" not in self.text.fixed:
            section = slug(self.text.pick("sections"))
            self.text.fixed["path"] = (
                f"/{section}/{self.text.year}/{self.text.month:02d}/{slug(self.title)[:70]}"
            )
        return self.text.fixed["path"]

    def other_headline(self) -> str:
        """The headline of another story of the site: a neighbour document's title when there is one."""
        if self.borrowed.titles and self.chance(BORROW_SHARE):
            return self.rng.choice(self.borrowed.titles)
        return self.text.headline()

    def other_sentence(self, stock: str) -> str:
        """A sentence of another story (a teaser's standfirst, a reader's comment), else a stock phrase."""
        if self.borrowed.sentences and self.chance(BORROW_SHARE):
            return self.rng.choice(self.borrowed.sentences)
        return self.text.say(stock)

    def ad_class(self) -> str | None:
        """The class of an ad wrapper: one of the site's ad names, or an opaque one."""
        if self.chance(self.opaque_ads):
            return self.naming.opaque()
        return self.rng.choice(self.ad_classes)


def new_page(
    document: LabelledDocument,
    rng: random.Random,
    site_kind: str,
    naming: Naming,
    borrowed: Borrowed | None = None,
) -> Page:
    return Page(
        document=document,
        rng=rng,
        text=Chrome(document.lang, rng, site_kind),
        naming=naming,
        units=units_of(document),
        borrowed=borrowed or Borrowed(),
    )


@dataclass(frozen=True)
class Template:
    """One site style: how to build its page, and what kind of site it is."""

    name: str
    build: Callable[[Page], Node]
    site_kind: str
    """Which site-name pool names the outlet (news, blog, community, reference, letter)."""
    schemes: tuple[str, ...]
    """Class-naming conventions this kind of site uses (see naming.SCHEMES)."""
    genres: tuple[str, ...] = ()
    """Document genres this template is most often drawn for."""
    indents: tuple[str, ...] = ("", "  ")
    """Serialisation styles: minified, or indented."""
