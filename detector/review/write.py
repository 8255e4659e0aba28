"""``detector review``: build the report of a sample of an input and write it, whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from detector.detector import Detector
from detector.errors import InputError, UsageError
from detector.review.build import ReviewOptions, build_report
from detector.review.render import render_report
from detector.review.report import Report


def write_report(source: str, out: Path, options: ReviewOptions, load: Callable[[], Detector]) -> Report:
    """Write the report of ``source`` to ``out`` (a temporary file renamed into place); the report."""
    if out.is_dir():
        raise UsageError(f"{out}: is a directory; --out names the report's HTML file")
    report = build_report(source, options, load)
    if not report.documents:
        raise InputError(f"{source}: no document to review")
    temporary = out.with_name(f".{out.name}.partial")
    try:
        temporary.write_text(render_report(report), encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{out}: cannot write ({error.strerror})") from error
    os.replace(temporary, out)
    return report
