"""The review report as one self-contained HTML page.

Every piece of document text (and every name derived from it, such as an
n-gram among a block's features) goes through ``html.escape``: documents are
hostile input, and a ``<script>`` in one must show as text. The page also
carries a Content-Security-Policy that lets only its own script run (by
hash), so even a mistake in escaping would not execute anything. Charts are
inline SVG drawn here; the filters and the block details are plain
JavaScript reading the report's JSON, which is embedded for download.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from detector.blocks import Kind, Label
from detector.review.report import Report, ReviewBlock, ReviewDocument
from detector.review.static import asset, fill, script_json

FEATURES_IN_TITLE = 3
"""Features named in a block's hover text (the details panel shows them all)."""
NEAR_THRESHOLD = 0.15
"""A kept block this close below the threshold is marked: it nearly went."""
BAR_WIDTH = 150
HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT = 280, 150


def render_report(report: Report) -> str:
    """The whole page."""
    script = asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return fill(
        asset("report.html"),
        {
            "script_hash": f"sha256-{digest}",
            "css": asset("report.css"),
            "js": script,
            "meta": _meta(report),
            "tiles": _tiles(report),
            "removed_chart": removed_chart(report.removed_counts()),
            "histogram": histogram_chart(report.histogram(), _shared_threshold(report)),
            "most": _changed_list(report, report.most_changed()),
            "least": _changed_list(report, report.least_changed()),
            "labels": _label_filters(),
            "kinds": _kind_filters(),
            "documents": "\n".join(document_html(n, d, report) for n, d in enumerate(report.documents)),
            "data": script_json(report.to_dict()),
        },
    )


def _meta(report: Report) -> str:
    shown = len(report.documents)
    parts = [
        f"<code>{escape(report.input)}</code>",
        f"{shown:,} of {report.total:,} documents"
        + (f" (a random sample, seed {report.seed})" if shown < report.total else ""),
    ]
    if report.model is not None:
        parts.append(f"model: {escape(report.model)}")
        values = sorted(report.thresholds.items())
        if len({v for _, v in values}) == 1:
            parts.append(f"threshold {values[0][1]:g}")
        else:
            parts.append("threshold " + ", ".join(f"{v:g} ({escape(k)})" for k, v in values))
    if any(d.origin == "audit" for d in report.documents):
        parts.append("audits of <code>detector batch</code>")
    return " · ".join(parts)


def _shared_threshold(report: Report) -> float | None:
    """The threshold the classified documents were decided by, when they share one."""
    used = {report.thresholds[d.format] for d in report.documents if d.origin == "model"}
    return used.pop() if len(used) == 1 else None


def _tiles(report: Report) -> str:
    documents = report.documents
    blocks = sum(d.blocks_total for d in documents)
    removed = sum(len(d.removed) for d in documents)
    failed = sum(d.error is not None for d in documents)
    readable = [d for d in documents if d.error is None]
    changed = sum(d.changed for d in readable) / len(readable) if readable else 0.0
    tiles = [
        ("documents", f"{len(documents):,}", "tile-documents"),
        ("blocks removed", f"{removed:,} of {blocks:,}", "tile-removed"),
        ("characters removed, mean per document", f"{changed:.1%}", "tile-changed"),
        ("documents that could not be read", f"{failed:,}", "tile-failed"),
    ]
    return "".join(
        f'<div class="tile" id="{ident}"><span class="value">{value}</span>'
        f'<span class="name">{escape(name)}</span></div>'
        for name, value, ident in tiles
    )


def class_names(name: str) -> str:
    """CSS classes of a label/kind name: ``promo/ad`` -> ``l-promo k-ad``."""
    label, _, kind = name.partition("/")
    return f"l-{label}" + (f" k-{kind}" if kind else "")


def removed_chart(counts: dict[str, int]) -> str:
    """Horizontal bars of removed blocks by label and kind, each with its count."""
    row = 24
    widest = max([*counts.values(), 1])
    rows = []
    for n, (name, count) in enumerate(counts.items()):
        y = n * row
        width = round(BAR_WIDTH * count / widest)
        rows.append(
            f'<g class="{class_names(name)}" transform="translate(0 {y})">'
            f'<text class="name" x="0" y="16">{escape(name)}</text>'
            f'<rect class="bar" x="120" y="4" width="{width}" height="16" rx="2"><title>{escape(name)}: '
            f"{count}</title></rect>"
            f'<text class="count" data-name="{escape(name)}" x="{126 + width}" y="16">{count}</text></g>'
        )
    height = row * len(counts)
    return (
        f'<svg class="chart" id="removed-chart" viewBox="0 0 {BAR_WIDTH + 170} {height}" '
        f'width="{BAR_WIDTH + 170}" height="{height}" role="img" '
        'aria-label="blocks removed by label and kind">' + "".join(rows) + "</svg>"
    )


def histogram_chart(bins: list[tuple[int, int]], threshold: float | None) -> str:
    """Blocks by removal probability, removed and kept stacked, with the threshold marked."""
    width, height, bottom = HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT, 20
    plot = height - bottom - 14
    tallest = max([r + k for r, k in bins] + [1])
    step = width / len(bins)
    bars = []
    for n, (removed, kept) in enumerate(bins):
        x = n * step + 2
        low, high = n / len(bins), (n + 1) / len(bins)
        removed_height = plot * removed / tallest
        kept_height = plot * kept / tallest
        base = height - bottom
        title = f"<title>p {low:.1f}–{high:.1f}: {removed} removed, {kept} kept</title>"
        bars.append(
            f'<g class="bin" data-removed="{removed}" data-kept="{kept}">{title}'
            f'<rect class="removed" x="{x:.1f}" y="{base - removed_height:.1f}" width="{step - 4:.1f}" '
            f'height="{removed_height:.1f}"/>'
            f'<rect class="kept" x="{x:.1f}" y="{base - removed_height - kept_height:.1f}" '
            f'width="{step - 4:.1f}" height="{kept_height:.1f}"/>'
            f'<text class="bin-count" x="{x + (step - 4) / 2:.1f}" '
            f'y="{base - removed_height - kept_height - 3:.1f}">{removed + kept or ""}</text></g>'
        )
    axis = "".join(
        f'<text class="axis" x="{width * v:.1f}" y="{height - 4}">{v:g}</text>' for v in (0, 0.5, 1)
    )
    marker = ""
    if threshold is not None:
        x = width * threshold
        marker = (
            f'<line class="threshold" x1="{x:.1f}" x2="{x:.1f}" y1="8" y2="{height - bottom}"/>'
            f'<text class="threshold-label" x="{x:.1f}" y="8">threshold {threshold:g}</text>'
        )
    return (
        f'<svg class="chart" id="histogram" viewBox="-8 0 {width + 16} {height}" width="{width + 16}" '
        f'height="{height}" role="img" aria-label="blocks by removal probability">'
        + "".join(bars)
        + f'<line class="baseline" x1="0" x2="{width}" y1="{height - bottom}" y2="{height - bottom}"/>'
        + axis
        + marker
        + "</svg>"
    )


def _changed_list(report: Report, positions: list[int]) -> str:
    if not positions:
        return '<p class="empty">no document</p>'
    items = []
    for n in positions:
        document = report.documents[n]
        share = document.changed
        items.append(
            f'<li><a href="#doc-{n}">{escape(document.id)}</a>'
            f'<span class="share">{share:.0%}</span>'
            f'<span class="share-bar"><span style="width:{share * 100:.1f}%"></span></span></li>'
        )
    return '<ol class="changed">' + "".join(items) + "</ol>"


def _label_filters() -> str:
    return "".join(
        f'<label class="l-{label.value}"><input type="checkbox" name="label" value="{label.value}" checked>'
        f'<span class="swatch"></span>{label.value}</label>'
        for label in Label
    )


def _kind_filters() -> str:
    return "".join(
        f'<label class="{class_names("promo/" + kind.value)}"><input type="checkbox" name="kind" '
        f'value="{kind.value}" checked><span class="swatch"></span>{kind.value}</label>'
        for kind in Kind
    )


def document_html(n: int, document: ReviewDocument, report: Report) -> str:
    """One document: its text with each block marked, removed ones struck through."""
    removed = len(document.removed)
    origin = "classified now" if document.origin == "model" else "cleaned by detector batch"
    meta = [escape(document.source), document.format, origin]
    if document.error is None:
        meta.append(f"{removed} of {document.blocks_total} blocks removed")
        meta.append(f"{document.changed:.0%} of characters")
    head = (
        f'<article class="doc" id="doc-{n}" data-doc="{n}" data-changed="{document.changed:.4f}">'
        f'<header><h2><a href="#doc-{n}">{escape(document.id)}</a></h2>'
        f'<p class="doc-meta">{" · ".join(meta)}</p></header>'
    )
    if document.error is not None:
        return head + f'<p class="error">{escape(document.error)}</p></article>'
    threshold = report.thresholds.get(document.format)
    if document.inline:
        body = f'<div class="text">{_inline_text(n, document, threshold)}</div>'
    else:
        listed = "".join(f"<li>{block_html(n, i, b, threshold)}</li>" for i, b in enumerate(document.blocks))
        body = (
            f'<div class="text">{escape(document.text)}</div>'
            f'<h3 class="listed-title">Removed blocks ({removed})</h3><ol class="listed">{listed}</ol>'
        )
    return head + body + "</article>"


def _inline_text(n: int, document: ReviewDocument, threshold: float | None) -> str:
    """The text with every block wrapped where it sits; text between blocks as it was."""
    text = document.text
    parts = []
    position = 0
    order = sorted(range(len(document.blocks)), key=lambda i: document.blocks[i].start or 0)
    for i in order:
        block = document.blocks[i]
        start, end = block.start or 0, block.end or 0
        if start < position:  # overlapping offsets cannot be drawn in place
            continue
        parts.append(escape(text[position:start]))
        parts.append(block_html(n, i, block, threshold))
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def block_html(n: int, i: int, block: ReviewBlock, threshold: float | None) -> str:
    """A block as ``<del>`` (removed) or ``<span>`` (kept), with what decided it in its hover text."""
    tag = "del" if block.removed else "span"
    classes = ["blk", class_names(block.name), "removed" if block.removed else "kept"]
    p = block.probability
    if not block.removed and p is not None and threshold is not None and p >= threshold - NEAR_THRESHOLD:
        classes.append("near")
    title = [block.name + ("" if p is None else f" · p(remove) {p:.3f}")]
    if block.locator:
        title.append(block.locator)
    title += [f"{push:+.3f} {name}" for name, push in block.features[:FEATURES_IN_TITLE]]
    attributes = {
        "class": " ".join(classes),
        "data-doc": str(n),
        "data-block": str(i),
        "data-label": block.label,
        "data-kind": block.kind or "",
        "data-p": "" if p is None else f"{p:.4f}",
        "title": "\n".join(title),
    }
    rendered = " ".join(f'{key}="{escape(value)}"' for key, value in attributes.items())
    return f"<{tag} {rendered}>{escape(block.text)}</{tag}>"
