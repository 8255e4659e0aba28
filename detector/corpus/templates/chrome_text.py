"""Chrome text of one page: every string a template shows, drawn from the page's language.

Real sites repeat their own furniture on every page but share almost none of
it with other sites. So nothing long here is a fixed string: outlet names,
companies, streets, advertisers and headlines are composed from pools, and
every ``{placeholder}`` of a drawn sentence is filled from the page's random
stream (the site's name, a number, a date, an invented brand …).
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass

from detector.corpus.templates.words import Words, words_for

_BRAND_HEADS = (
    "Vel",
    "Nor",
    "Bri",
    "Kal",
    "Tam",
    "Lum",
    "Orv",
    "Zen",
    "Quil",
    "Mar",
    "Sol",
    "Fen",
    "Ardo",
    "Vex",
    "Pell",
    "Halv",
    "Drom",
    "Isk",
    "Yor",
    "Cael",
    "Brav",
    "Tov",
    "Oml",
    "Ruv",
)
_BRAND_TAILS = (
    "ora",
    "ix",
    "ano",
    "elle",
    "vik",
    "ea",
    "ondo",
    "ium",
    "ara",
    "oli",
    "eto",
    "umo",
    "ant",
    "iq",
    "essa",
    "by",
    "ard",
    "une",
)
_BRAND_SUFFIXES = ("", "", "", "", " & Co", " Labs", " Home", " Group", " Living", " Plus")
_EMAIL_LOCALS = ("info", "news", "desk", "hello", "team", "office", "mail")
_FORMATTER = string.Formatter()


def _currency(price_format: str) -> str:
    return re.sub(r"[\d.,{}a\- ]", "", price_format)


def slug(text: str, sep: str = "-") -> str:
    """ASCII lower-case words joined by ``sep``: for domains, URLs and ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


@dataclass
class AdCopy:
    """One invented advertisement: advertiser, headline, body line, call to action and link."""

    brand: str
    headline: str
    body: str
    cta: str
    url: str


class Chrome:
    """Draws chrome strings for one page.

    ``site`` and the page's date are fixed at construction, so every mention
    of the outlet on a page agrees; everything else is drawn anew per call.
    """

    def __init__(self, lang: str, rng: random.Random, site_kind: str) -> None:
        self.lang = lang
        self.rng = rng
        self.words: Words = words_for(lang)
        self.year = rng.randint(2017, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.fixed: dict[str, str] = {}
        self.fixed["place"] = self.place()
        self.fixed["site"] = self.fill(self.pick(f"site_{site_kind}"))
        self.fixed["domain"] = self.domain(self.fixed["site"])
        self.fixed["company"] = self.fill(self.pick("company"))
        currency = _currency(self.pick("price"))
        self.prices = [form for form in self.words["price"] if _currency(form) == currency]
        """Price formats of the page's one currency (a site does not mix pounds and dollars)."""
        del self.fixed["place"]

    @property
    def site(self) -> str:
        return self.fixed["site"]

    @property
    def domain_name(self) -> str:
        return self.fixed["domain"]

    def pick(self, key: str) -> str:
        return self.rng.choice(self.words[key])

    def sample(self, key: str, count: int) -> list[str]:
        pool = self.words[key]
        return self.rng.sample(pool, min(count, len(pool)))

    def say(self, key: str, **given: str) -> str:
        """A string drawn for ``key`` with its placeholders filled."""
        return self.fill(self.pick(key), **given)

    def fill(self, template: str, **given: str) -> str:
        """``template`` with its placeholders filled; a name used twice is drawn twice ({paper} & {paper})."""
        out: list[str] = []
        for literal, name, _, _ in _FORMATTER.parse(template):
            out.append(literal)
            if name:
                out.append(given[name] if name in given else self.value(name))
        return "".join(out)

    def value(self, name: str) -> str:
        """The value of one placeholder: fixed for the page, or drawn."""
        if name in self.fixed:
            return self.fixed[name]
        rng = self.rng
        draw = {
            "place": self.place,
            "name": self.person,
            "brand": self.brand,
            "user": self.username,
            "date": self.date,
            "time": self.time,
            "shop": lambda: self.fill(self.pick("shop")),
            "street": lambda: self.fill(self.pick("street")),
            "section": lambda: self.pick("sections"),
            "email": lambda: f"{rng.choice(_EMAIL_LOCALS)}@{self.domain_name}",
            "handle": lambda: "@" + slug(self.site, "")[:16],
            "publication": lambda: self.fill(self.pick("site_letter")),
            "url": lambda: f"https://{self.domain_name}/wiki/{slug(self.headline(), '_')}",
            "price": lambda: rng.choice(self.prices).format(
                a=rng.choice((9, 12, 19, 24, 29, 49, 79, 99, 149, 249))
            ),
            "rate": lambda: f"{rng.randint(1, 4)}{self.words['decimal'][0]}{rng.randint(1, 9)}",
            "percent": lambda: str(rng.choice((10, 15, 20, 25, 30, 40, 50))),
            "n": lambda: str(rng.randint(2, 48)),
            "m": lambda: str(rng.randint(49, 120)),
            "number": lambda: str(rng.randint(1200, 480000)),
            "temp": lambda: str(rng.randint(-4, 31)),
            "year": lambda: str(self.year),
            "year0": lambda: str(self.year - rng.randint(3, 25)),
        }
        if name in draw:
            return draw[name]()
        if name in self.words:
            return self.fill(self.pick(name))
        raise KeyError(f"no value for placeholder {{{name}}}")

    def place(self) -> str:
        head, tail = self.pick("place_a"), self.pick("place_b")
        if head.endswith((" ", "-")):
            return head + tail[:1].upper() + tail[1:]
        return head + tail

    def person(self) -> str:
        return f"{self.pick('first_name')} {self.pick('last_name')}"

    def username(self) -> str:
        """A member name as sites show them: a handle, or (many Q&A and forum members) a full name."""
        style = self.rng.randint(0, 4)
        if style == 4:
            return self.person()
        first = slug(self.pick("first_name"), "")
        if style == 0:
            return f"{first}{self.rng.randint(1, 99)}"
        if style == 1:
            return f"{first}_{slug(self.pick('noun'), '')}"
        if style == 2:
            return (
                f"{slug(self.pick('topic'), '')}{self.rng.choice(('fan', 'nerd', 'dad', 'guru', '_pl', 'x'))}"
            )
        return f"{first[:1]}.{slug(self.pick('last_name'), '')}"

    def brand(self) -> str:
        return (
            self.rng.choice(_BRAND_HEADS) + self.rng.choice(_BRAND_TAILS) + self.rng.choice(_BRAND_SUFFIXES)
        )

    def domain(self, name: str) -> str:
        words = slug(name).split("-")
        if words and words[0] in {"the", "de", "la", "le", "el", "il", "o", "a", "het"} and len(words) > 1:
            words = words[1:]
        joiner = self.rng.choice(("", "", "-"))
        return joiner.join(words)[:28].strip("-") + self.pick("tld")

    def date(self) -> str:
        months = self.words["months"]
        month = months[self.month - 1]
        return self.pick("date").format(
            d=self.day,
            dd=f"{self.day:02d}",
            m=self.month,
            mm=f"{self.month:02d}",
            y=self.year,
            month=month,
            mon=month[:3].capitalize()
            if self.lang == "en"
            else (month if len(month) <= 4 else month[:3] + "."),
        )

    def time(self) -> str:
        hour, minute = self.rng.randint(6, 22), self.rng.choice((0, 5, 12, 20, 31, 45, 58))
        return self.pick("time").format(
            h=hour, mi=f"{minute:02d}", h12=(hour - 1) % 12 + 1, ampm="am" if hour < 12 else "pm"
        )

    def headline(self) -> str:
        """An invented headline of another story of the site (related lists, teasers)."""
        return self.fill(f"{self.pick('headline_subject')} {self.pick('headline_predicate')}")

    def ad(self) -> AdCopy:
        brand = self.brand()
        tagline = self.pick("ad_tagline")
        headline = self.rng.choice((f"{brand} – {tagline}", f"{brand}: {tagline[:1].upper()}{tagline[1:]}"))
        url = f"https://www.{self.domain(brand)}/?utm_source={slug(self.site, '')[:12]}&utm_medium=display"
        return AdCopy(brand, headline, self.say("ad_pitch"), self.pick("ad_cta"), url)
