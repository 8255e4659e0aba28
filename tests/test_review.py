"""`detector review`: what the report holds, its counts, and that hostile documents show as text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from typer.testing import CliRunner

from detector.batch import BatchOptions, Settings, run_batch
from detector.cli import EXIT_INPUT, EXIT_USAGE, app
from detector.detector import Detector
from detector.errors import InputError
from detector.review.build import ReviewOptions, build_report
from detector.review.render import render_report
from detector.review.report import Report, ReviewBlock, ReviewDocument
from tests.conftest import REPO
from tests.helpers import HOSTILE, review_corpus

PAGES = ("hp-en-blog-004.html", "hp-en-charity-020.html")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return review_corpus(tmp_path_factory.mktemp("review"))


@pytest.fixture(scope="module")
def batch_output(corpus: Path, default_detector: Detector) -> Path:
    out = corpus.parent / "clean.jsonl"
    run_batch(str(corpus), out, BatchOptions(workers=1), detector=default_detector)
    return out


def no_model() -> Detector:
    raise AssertionError("the report of `detector batch` output must not need the model")


def report_of(source: Path, load: Any = no_model, **options: Any) -> Report:
    return build_report(str(source), ReviewOptions(**options), load)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_document_with_markup_shows_as_text_and_runs_nothing(
    corpus: Path, default_detector: Detector
) -> None:
    report = report_of(corpus, lambda: default_detector, settings=Settings(input_format="text"))
    page = render_report(report)
    tree = lxml.html.fromstring(page)
    scripts = tree.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert "window.pwned" not in scripts[1].text and "<img" not in page.replace("&lt;img", "")
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    (hostile,) = tree.xpath('//article[@id="doc-6"]//div[@class="text"]')
    assert hostile.text_content() == HOSTILE  # shown whole, as text, struck-through parts included
    assert json.loads(scripts[0].text)["documents"][6]["text"] == HOSTILE
    digest = base64.b64encode(hashlib.sha256(scripts[1].text.encode("utf-8")).digest()).decode()
    policy = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the page must fetch nothing"


def test_report_of_batch_output_shows_what_the_audits_removed(batch_output: Path, corpus: Path) -> None:
    records = read_jsonl(batch_output)
    originals = {r["id"]: r["text"] for r in read_jsonl(corpus)}
    report = report_of(batch_output)
    expected = Counter(
        e["label"] + (f"/{e['kind']}" if e["kind"] else "") for r in records for e in r["detector"]["removed"]
    )
    assert sum(expected.values()) > 5
    assert report.removed_counts() == {name: expected.get(name, 0) for name in report.removed_counts()}
    for record, document in zip(records, report.documents, strict=True):
        assert document.origin == "audit" and document.inline
        assert document.text == originals[record["id"]]  # restored from the cleaned text and the audit
        assert [(b.start, b.end, b.text) for b in document.blocks] == [
            (e["start"], e["end"], e["text"]) for e in record["detector"]["removed"]
        ]
        assert document.blocks_total == record["detector"]["blocks"]
    tree = lxml.html.fromstring(render_report(report))
    shown = {
        t.get("data-name"): int(t.text) for t in tree.xpath('//*[@id="removed-chart"]//*[@class="count"]')
    }
    assert shown == report.removed_counts()
    assert len(tree.xpath("//del")) == sum(expected.values())
    blocks = sum(r["detector"]["blocks"] for r in records)
    tile = tree.xpath('//*[@id="tile-removed"]/*[@class="value"]')[0].text
    assert tile == f"{sum(expected.values())} of {blocks}"


def test_audits_in_a_sidecar_are_read_by_id(
    corpus: Path, batch_output: Path, default_detector: Detector
) -> None:
    out = corpus.parent / "sidecar-clean.jsonl"
    sidecar = corpus.parent / "audit.jsonl"
    run_batch(str(corpus), out, BatchOptions(workers=1, audit=sidecar), detector=default_detector)
    assert "detector" not in read_jsonl(out)[0]
    from_field = report_of(batch_output)
    from_sidecar = report_of(out, audit=sidecar)
    assert from_sidecar.removed_counts() == from_field.removed_counts()
    assert [d.text for d in from_sidecar.documents] == [d.text for d in from_field.documents]
    assert all(d.origin == "audit" for d in from_sidecar.documents)
    broken = corpus.parent / "broken-audit.jsonl"
    broken.write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken-audit\.jsonl:2: not an audit line"):
        report_of(out, audit=broken)


def test_documents_are_classified_and_their_blocks_explained(
    corpus: Path, default_detector: Detector
) -> None:
    report = report_of(corpus, lambda: default_detector, settings=Settings(input_format="text"))
    texts = [r["text"] for r in read_jsonl(corpus)]
    assert report.thresholds == {"text": default_detector.threshold, "html": default_detector.html_threshold}
    for text, document, blocks in zip(texts, report.documents, default_detector.classify_many(texts)):
        assert document.origin == "model" and document.text == text
        assert [(b.start, b.end, b.label, b.probability) for b in document.blocks] == [
            (b.start, b.end, b.label.value, round(b.probability, 4)) for b in blocks
        ]
        assert [b.removed for b in document.blocks] == default_detector.removed(blocks)
    removed = [b for d in report.documents for b in d.removed]
    assert removed and all(b.features for b in removed if b.label == "promo")
    histogram = report.histogram()
    assert sum(r for r, _ in histogram) == len(removed)
    assert sum(r + k for r, k in histogram) == sum(len(d.blocks) for d in report.documents)
    kept = render_report(report).count('<span class="blk')
    assert kept == sum(len(d.blocks) - len(d.removed) for d in report.documents)


def test_html_pages_classified_or_cleaned_by_batch(tmp_path: Path, default_detector: Detector) -> None:
    (tmp_path / "pages").mkdir()
    for name in PAGES:
        shutil.copy(REPO / "training_data" / "pages" / name, tmp_path / "pages" / name)
    classified = report_of(tmp_path / "pages", lambda: default_detector)
    assert [d.format for d in classified.documents] == ["html", "html"]
    assert all(
        b.locator and d.text[b.start : b.end] == b.text for d in classified.documents for b in d.blocks
    )
    out = tmp_path / "clean.jsonl"
    run_batch(str(tmp_path / "pages"), out, BatchOptions(workers=1), detector=default_detector)
    cleaned = report_of(out)
    for before, after in zip(classified.documents, cleaned.documents, strict=True):
        assert not after.inline and after.format == "html"
        assert [(b.text, b.locator) for b in after.blocks] == [(b.text, b.locator) for b in before.removed]
    tree = lxml.html.fromstring(render_report(cleaned))
    assert len(tree.xpath('//ol[@class="listed"]/li/del')) == sum(len(d.blocks) for d in cleaned.documents)


def test_a_sample_is_seeded_and_the_default_is_every_document(batch_output: Path, tmp_path: Path) -> None:
    every = report_of(batch_output)
    assert [d.id for d in every.documents] == [f"doc-{i}" for i in range(7)] and every.total == 7
    first = [d.id for d in report_of(batch_output, sample=3, seed=1).documents]
    again = [d.id for d in report_of(batch_output, sample=3, seed=1).documents]
    other = [d.id for d in report_of(batch_output, sample=3, seed=4).documents]
    assert len(first) == 3 and first == again and first != other
    assert first == sorted(first, key=lambda i: int(i[4:])), "a sample keeps the input order"
    broken = tmp_path / "broken.jsonl"
    broken.write_text(batch_output.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    failed = [d for d in report_of(broken).documents if d.error]
    assert len(failed) == 1 and "not JSON" in (failed[0].error or "")


def test_changed_lists_and_histogram_bins() -> None:
    def document(name: str, kept: int, removed: list[float], error: str | None = None) -> ReviewDocument:
        blocks = [ReviewBlock("k" * kept, "content", None, 0.0, False, 0, kept)] if kept else []
        position = kept
        for p in removed:
            blocks.append(ReviewBlock("r" * 10, "promo", "ad", p, True, position, position + 10))
            position += 10
        text = "k" * kept + "r" * 10 * len(removed)
        return ReviewDocument(name, "s", "text", "model", text, blocks, True, error)

    report = Report(
        "in",
        [
            document("half", 10, [0.7]),
            document("none", 10, []),
            document("most", 10, [1.0, 0.95]),
            document("broken", 0, [], "unreadable"),
        ],
        4,
        13,
    )
    assert [report.documents[i].id for i in report.most_changed()] == ["most", "half", "none"]
    assert [report.documents[i].id for i in report.least_changed(1)] == ["none"]
    histogram = report.histogram()
    assert histogram[0] == (0, 3) and histogram[7] == (1, 0) and histogram[9] == (2, 0)
    assert report.removed_counts()["promo/ad"] == 3 and report.removed_counts()["boilerplate"] == 0


def test_review_command_writes_one_file_and_reports_bad_input(batch_output: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["review", str(batch_output), "--out", str(out), "--sample", "2"])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and "2 of 7 documents" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert not list(tmp_path.glob(".*partial"))
    missing = runner.invoke(app, ["review", str(tmp_path / "nope.jsonl"), "--out", str(out)])
    assert missing.exit_code == EXIT_INPUT and missing.stderr.count("\n") == 1
    assert "nope.jsonl: no such file" in missing.stderr
    directory = runner.invoke(app, ["review", str(batch_output), "--out", str(tmp_path)])
    assert directory.exit_code == EXIT_USAGE


def test_a_malformed_audit_is_shown_as_an_error_not_a_crash(tmp_path: Path) -> None:
    audit = {
        "blocks": 2,
        "removed": [{"text": "Buy now", "start": "x", "probability": "high"}],
        "error": None,
    }
    records = [
        {"id": "bad-restore", "text": "Kept.", "detector": {**audit, "restore": [{"position": 0}]}},
        {"id": "odd-fields", "text": "Kept.", "detector": {**audit, "restore": None}},
    ]
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = report_of(source)
    bad, odd = report.documents
    assert bad.error and "cannot restore" in bad.error
    assert odd.error is None and not odd.inline
    assert [(b.text, b.probability, b.start) for b in odd.blocks] == [("Buy now", None, None)]
    assert "Buy now" in render_report(report)
