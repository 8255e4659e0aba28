"""Labelled data: reading with clear errors, deterministic injection, disjoint splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detector.corpus.dataset import load_corpus, make_splits
from detector.corpus.inject import InjectionConfig, inject_corpus
from detector.corpus.labelled import parse_document, read_documents
from detector.corpus.split import fold_of, is_heldout
from detector.errors import DataError
from tests.conftest import REPO


def write_lines(path: Path, lines: list[object]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" if not isinstance(x, str) else x + "\n" for x in lines))
    return path


def doc(doc_id: str, *blocks: tuple[str, str]) -> dict[str, object]:
    return {"id": doc_id, "lang": "en", "blocks": [{"text": t, "label": lab} for t, lab in blocks]}


def test_document_text_joins_paragraphs_and_inline_blocks() -> None:
    raw = {
        "id": "d",
        "blocks": [
            {"text": "Title", "label": "content"},
            {"text": "The talks stalled.", "label": "content"},
            {"text": "Get 50% off today!", "label": "promo", "kind": "ad", "join": "inline"},
            {"text": "They resume Monday.", "label": "content", "join": "inline"},
        ],
    }
    document = parse_document(raw, "x:1")
    assert document.text == "Title\n\nThe talks stalled. Get 50% off today! They resume Monday."
    assert [cls for *_, cls in document.gold_spans()] == ["content", "content", "promo/ad", "content"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps({"blocks": []}), "missing document id"),
        (json.dumps(doc("a")), "has no blocks"),
        (json.dumps(doc("a", ("x", "advert"))), "unknown label 'advert'"),
        (json.dumps(doc("a", ("   ", "content"))), "empty or missing text"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [doc("ok", ("fine", "content")), line])
    with pytest.raises(DataError, match=message) as caught:
        read_documents([path])
    assert f"{path}:2" in str(caught.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "dup.jsonl", [doc("same", ("a", "content")), doc("same", ("b", "content"))])
    with pytest.raises(DataError, match="duplicate id 'same'"):
        read_documents([path])


def test_injection_is_deterministic_and_labels_inserts() -> None:
    corpus = load_corpus(REPO / "training_data")
    base = corpus.base[:20]
    first = inject_corpus(base, corpus.inserts, InjectionConfig(seed=3))
    second = inject_corpus(base, corpus.inserts, InjectionConfig(seed=3))
    assert [d.to_json() for d in first] == [d.to_json() for d in second]
    other = inject_corpus(base, corpus.inserts, InjectionConfig(seed=4))
    assert [d.to_json() for d in first] != [d.to_json() for d in other]
    for document in first:
        source = next(b for b in base if b.id == document.meta["source"])
        if document.meta["variant"] == 0:
            assert document.text == source.text
        kept = "".join(b.text for b in document.blocks if b.label != "promo")
        assert "".join(kept.split()) == "".join("".join(b.text for b in source.blocks).split())


def test_splits_are_disjoint_by_document_and_insert() -> None:
    corpus = load_corpus(REPO / "training_data")
    splits = make_splits(corpus, InjectionConfig())
    train_sources = {d.meta.get("source", d.id) for d in splits.train}
    held_sources = {d.meta.get("source", d.id) for d in splits.heldout}
    assert train_sources.isdisjoint(held_sources)
    train_inserts = {i for d in splits.train for i in d.meta.get("inserts", [])}
    held_inserts = {i for d in splits.heldout for i in d.meta.get("inserts", [])}
    assert train_inserts.isdisjoint(held_inserts)
    assert all(not is_heldout(i) for i in train_inserts)
    for document, fold in zip(splits.train, splits.folds):
        assert all(fold_of(i) == fold for i in document.meta.get("inserts", [])), document.id


def test_lines_layout_puts_every_line_in_its_own_block() -> None:
    raw = doc("d", ("Title", "content"), ("Headline\nSponsor line", "promo"))
    raw["blocks"][1]["kind"] = "ad"
    raw["layout"] = "lines"
    document = parse_document(raw, "x:1")
    assert document.text == "Title\nHeadline\nSponsor line"
    texts, classes = document.segment_classes()
    assert texts == ["Title", "Headline", "Sponsor line"]
    assert classes == ["content", "promo/ad", "promo/ad"]


def test_generator_makes_some_line_layout_variants() -> None:
    corpus = load_corpus(REPO / "training_data")
    documents = inject_corpus(corpus.base[:60], corpus.inserts, InjectionConfig())
    lines = [d for d in documents if d.meta.get("layout") == "lines"]
    assert lines and all("\n\n" not in d.text for d in lines)
    assert all(d.meta["variant"] > 0 for d in lines)
