"""The pages' templates, styles and scripts, read from the package and inlined into one page.

The files live in ``assets/`` beside this module and are read with
``importlib.resources``, so an installed wheel finds them; every page is a
single file (or a single response) with nothing to fetch, so it opens
offline and no document text ever reaches a third party.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def asset(name: str) -> str:
    """The text of one file of ``assets/``."""
    return files("detector.review").joinpath("assets", name).read_text(encoding="utf-8")


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each ``{{name}}`` replaced, in one pass.

    One pass means text put in is never read again as a placeholder, so a
    document that contains ``{{css}}`` stays as it is.
    """

    def value(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return _PLACEHOLDER.sub(value, template)


def script_json(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: no ``</script>`` or ``<!--`` can end it early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)
