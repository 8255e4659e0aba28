"""Class-name conventions of real front ends, so no one spelling becomes a label.

Sites name the same part of a page in very different ways: BEM
(``article__body``), camelCase from component frameworks, snake_case, hashed
CSS-in-JS names that say nothing, utility classes, or no classes at all. A
classifier trained on one convention would learn the convention; drawing it
per page makes the words on the page carry the decision.
"""

from __future__ import annotations

import random

SCHEMES = ("bem", "kebab", "camel", "snake", "hashed", "utility", "none")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_UTILITY = (
    "flex",
    "grid",
    "block",
    "items-center",
    "justify-between",
    "gap-2",
    "gap-4",
    "px-4",
    "py-2",
    "py-6",
    "mt-4",
    "mb-8",
    "mx-auto",
    "max-w-3xl",
    "max-w-screen-lg",
    "text-sm",
    "text-base",
    "text-lg",
    "font-semibold",
    "leading-7",
    "rounded-lg",
    "border",
    "border-t",
    "bg-white",
    "bg-neutral-50",
    "shadow-sm",
    "space-y-4",
    "md:grid-cols-3",
    "lg:w-2/3",
    "relative",
    "overflow-hidden",
    "w-full",
)
_OPAQUE = (
    "box",
    "module",
    "unit",
    "panel",
    "tile",
    "block",
    "region",
    "wrap",
    "item",
    "mod",
    "cell",
    "frame",
)


def token(rng: random.Random, length: int = 6) -> str:
    """A random lower-case token, as build tools print into class names and ids."""
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


class Naming:
    """Turns semantic part names ("site", "header") into one site's class names.

    The same parts always give the same name within a page (a real site is
    consistent with itself), so hashed and utility names are remembered.
    """

    def __init__(self, rng: random.Random, scheme: str, prefix: str = "") -> None:
        self.rng = rng
        self.scheme = scheme
        self.prefix = prefix
        self._memo: dict[tuple[str, ...], str | None] = {}

    def __call__(self, *parts: str) -> str | None:
        key = tuple(parts)
        if key not in self._memo:
            self._memo[key] = self._name(parts)
        return self._memo[key]

    def _name(self, parts: tuple[str, ...]) -> str | None:
        words = [w for part in parts for w in part.replace("_", "-").split("-") if w]
        if self.scheme == "none" or not words:
            return None
        if self.scheme == "hashed":
            name = f"css-{token(self.rng)}"
            return (
                f"{name} e{token(self.rng, 5)}{self.rng.randint(0, 9)}" if self.rng.random() < 0.5 else name
            )
        if self.scheme == "utility":
            return " ".join(self.rng.sample(_UTILITY, self.rng.randint(2, 5)))
        if self.scheme == "camel":
            return self.prefix + words[0] + "".join(w.capitalize() for w in words[1:])
        if self.scheme == "snake":
            return self.prefix + "_".join(words)
        if self.scheme == "bem" and len(parts) > 1:
            return f"{self.prefix}{parts[0]}__{'-'.join(parts[1:])}"
        return self.prefix + "-".join(words)

    def opaque(self) -> str:
        """A class that says nothing about what the element holds (ad wrappers without 'ad')."""
        if self.scheme == "hashed":
            return f"css-{token(self.rng)}"
        name = self.rng.choice(_OPAQUE)
        return f"{name}-{self.rng.randint(1, 12)}" if self.rng.random() < 0.6 else name


def random_naming(rng: random.Random, schemes: tuple[str, ...] = SCHEMES) -> Naming:
    """A naming convention drawn from ``schemes``, sometimes with a site prefix (``c-``, ``ts-``)."""
    scheme = rng.choice(schemes)
    prefix = ""
    if scheme in {"bem", "kebab", "snake"} and rng.random() < 0.35:
        prefix = rng.choice(("c-", "o-", "js-", "ts-", "m-", "site-", "x-")).replace(
            "-", "_" if scheme == "snake" else "-"
        )
    return Naming(rng, scheme, prefix)
