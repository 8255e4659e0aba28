"""Sentences spliced into paragraphs: found, cut out alone, and learned from generated splices."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from detector import Detector
from detector.blocks import Block, Label
from detector.clean import render
from detector.cli import app
from detector.corpus.inject import InjectionConfig, inject_document
from detector.corpus.inserts import Insert
from detector.corpus.labelled import LabelledBlock, LabelledDocument
from detector.detector import _with_cut_sentences
from detector.model.splice import cleaned_view, sentence_view, view_texts, view_training_frame
from detector.model.store import SPLICE_MODEL_FILE
from detector.segment import segment_text
from detector.segment.sentences import sentence_spans
from tests.helpers import small_corpus

CLASSES = ["boilerplate", "content", "promo/ad", "promo/affiliate", "promo/native", "promo/self_promo"]


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_are_spans_of_the_paragraph_without_their_spaces() -> None:
    text = "  Dr. Okafor opened the hearing.  The vote, she said, comes in May!\tIs it late? "
    assert sentences(text) == [
        "Dr. Okafor opened the hearing.",
        "The vote, she said, comes in May!",
        "Is it late?",
    ]
    assert sentence_spans("") == []
    assert sentences("A lone \ud800 surrogate here. Then more.") == [
        "A lone \ud800 surrogate here.",
        "Then more.",
    ]
    assert sentence_spans("   ") == []


def test_sentences_break_at_lines_and_around_a_bracketed_aside() -> None:
    text = (
        "The drawer was never the problem. (Psst, want my checklist? Join the list!) "
        "The problem was the plan.\nA line without a full stop"
    )
    assert sentences(text) == [
        "The drawer was never the problem.",
        "(Psst, want my checklist? Join the list!)",
        "The problem was the plan.",
        "A line without a full stop",
    ]


def test_the_sentence_view_splits_only_paragraphs_of_several_sentences() -> None:
    texts = ["A headline", "One sentence. And another one.", "Just one sentence here."]
    rows = sentence_view(texts)
    assert [(r.block, r.sentence) for r in rows] == [(0, False), (1, True), (1, True), (2, False)]
    assert view_texts(texts, rows) == [
        "A headline",
        "One sentence.",
        "And another one.",
        "Just one sentence here.",
    ]


def _paragraph_blocks(text: str) -> list[Block]:
    return [Block(text[s:e], s, e) for s, e in segment_text(text)]


def _scores(promo: list[float]) -> np.ndarray:
    """Class rows in ``CLASSES`` order with the given promo/ad probability, the rest content."""
    rows = np.zeros((len(promo), len(CLASSES)))
    rows[:, CLASSES.index("promo/ad")] = promo
    rows[:, CLASSES.index("content")] = 1 - np.asarray(promo)
    return rows


def _cut(text: str, promo_by_sentence: list[float], threshold: float = 0.9) -> tuple[list[Block], str]:
    blocks = _paragraph_blocks(text)
    rows = sentence_view([b.text for b in blocks])
    sentence_scores = iter(promo_by_sentence)
    promo = [next(sentence_scores) if row.sentence else 0.0 for row in rows]
    is_promo = np.array([c.startswith("promo/") for c in CLASSES])
    out = _with_cut_sentences(blocks, rows, _scores(promo), CLASSES, is_promo, threshold) or blocks
    removed = [b.label is not Label.CONTENT for b in out]
    return out, render(text, out, removed)


def test_a_spliced_sentence_goes_and_its_paragraph_stays_byte_for_byte() -> None:
    text = (
        "Ferries resume on Monday.\n\n"
        "The strike ended at dawn. Bet on Sunday's match with CourtBet today! Crews return at noon.\n\n"
        "Timetables are online.\n"
    )
    blocks, cleaned = _cut(text, [0.1, 0.97, 0.2])
    assert cleaned == (
        "Ferries resume on Monday.\n\n"
        "The strike ended at dawn. Crews return at noon.\n\n"
        "Timetables are online.\n"
    )
    cut = [b for b in blocks if b.label is Label.PROMO]
    assert [b.text for b in cut] == ["Bet on Sunday's match with CourtBet today!"]
    assert all(text[b.start : b.end] == b.text for b in blocks)


def test_a_closing_or_opening_sentence_cut_keeps_the_paragraph_breaks() -> None:
    text = "Intro paragraph.\n\nThe strike ended at dawn. Chip in $10 now!\n\nLast paragraph.\n"
    assert _cut(text, [0.1, 0.95])[1] == "Intro paragraph.\n\nThe strike ended at dawn.\n\nLast paragraph.\n"
    text = "Intro paragraph.\n\nChip in $10 now! The strike ended at dawn.\n\nLast paragraph.\n"
    assert _cut(text, [0.95, 0.1])[1] == "Intro paragraph.\n\nThe strike ended at dawn.\n\nLast paragraph.\n"


def test_no_sentence_goes_below_the_threshold_and_a_paragraph_never_goes_whole() -> None:
    text = "Intro.\n\nThe strike ended at dawn. Crews return at noon.\n"
    blocks, cleaned = _cut(text, [0.5, 0.89])
    assert cleaned == text and len(blocks) == 2
    blocks, cleaned = _cut(text, [0.95, 0.99])
    assert cleaned == text and len(blocks) == 2


def _document() -> LabelledDocument:
    paragraphs = [
        "The council met on Tuesday. It voted on the bridge. The vote was close.",
        "Works start in May. They end in the autumn. Traffic will be diverted.",
    ]
    return LabelledDocument("doc", "en", [LabelledBlock(p, "content") for p in paragraphs], {"genre": "news"})


def _insert(number: int) -> Insert:
    block = LabelledBlock(f"Save {number}% on ferry tickets with code SAIL{number} today.", "promo", "ad")
    return Insert(f"ins-{number}", "en", "ad", "general", [block], inline=True)


def _splice_places(document: LabelledDocument) -> set[str]:
    """Where each promo block sits in its paragraph: alone, opening, closing or inside it."""
    places = set()
    for i, block in enumerate(document.blocks):
        if block.label != "promo":
            continue
        opens = not block.inline
        closes = i + 1 == len(document.blocks) or not document.blocks[i + 1].inline
        places.add(
            {(True, True): "alone", (True, False): "opens", (False, True): "closes"}.get(
                (opens, closes), "inside"
            )
        )
    return places


def test_the_generator_splices_at_paragraph_edges_only_when_asked() -> None:
    inserts = [_insert(n) for n in range(10, 40)]
    inside = InjectionConfig(seed=5, inline_share=1.0)
    anywhere = InjectionConfig(seed=5, inline_share=1.0, splice_edges=True)
    places: dict[bool, set[str]] = {False: set(), True: set()}
    for variant in range(1, 60):
        places[False] |= _splice_places(inject_document(_document(), inserts, inside, variant))
        places[True] |= _splice_places(inject_document(_document(), inserts, anywhere, variant))
    assert places[False] == {"inside"}
    assert {"opens", "closes", "inside"} <= places[True]


def test_view_training_rows_label_a_spliced_sentence_promo_among_content() -> None:
    document = LabelledDocument(
        "doc#1",
        "en",
        [
            LabelledBlock("Ferries resume on Monday.", "content"),
            LabelledBlock("The strike ended at dawn.", "content"),
            LabelledBlock("Bet on Sunday's match with CourtBet today!", "promo", "ad", inline=True),
            LabelledBlock("Crews return at noon.", "content", inline=True),
        ],
    )
    frame, y, is_sentence = view_training_frame([document], [3])
    assert list(frame["text"]) == [
        "Ferries resume on Monday.",
        "The strike ended at dawn.",
        "Bet on Sunday's match with CourtBet today!",
        "Crews return at noon.",
    ]
    assert list(y) == ["content", "content", "promo/ad", "content"]
    assert list(is_sentence) == [False, True, True, True]
    assert set(frame["group"]) == {3}


def test_the_small_model_has_a_splice_model_and_it_can_be_trained_alone(
    small_model: Path, tmp_path: Path
) -> None:
    card = json.loads((small_model / "card.json").read_text())
    assert (small_model / SPLICE_MODEL_FILE).exists()
    assert card["splice"]["spliced_sentences"] > 0
    assert card["splice"]["text_model_alone"]["documents"] == card["heldout"]["documents"]
    assert Detector.load(small_model).model.splice is not None

    model = tmp_path / "model"
    shutil.copytree(small_model, model)
    (model / SPLICE_MODEL_FILE).unlink()
    without = json.loads((model / "card.json").read_text())
    without.pop("splice")
    (model / "card.json").write_text(json.dumps(without))
    assert Detector.load(model).model.splice is None
    data = small_corpus(tmp_path / "data")
    result = CliRunner().invoke(
        app,
        [
            "train",
            "--no-text",
            "--no-html",
            "--splice",
            "--seed",
            "7",
            "--data",
            str(data),
            "--out",
            str(model),
        ],
    )
    assert result.exit_code == 0, result.output
    again = json.loads((model / "card.json").read_text())
    assert (model / SPLICE_MODEL_FILE).exists()
    assert again["splice"]["rows"] == card["splice"]["rows"]
    assert again["html"] == card["html"]


RECIPE = (
    "Slow-baked white beans with sage\n\n"
    "Soak the beans overnight in plenty of cold water, then drain and rinse them.\n\n"
    "Put the beans in a heavy pot with the garlic, sage and a good glug of olive oil, and cover "
    "them with water by two fingers. I bake mine in the Ovenhaus 4-litre casserole, down to "
    "€54 at Kitchenkeller this week through our partner link. Bake at 150 degrees for about "
    "three hours, until the beans are creamy all the way through.\n\n"
    "Season only at the end: salt added early toughens the skins.\n"
)
"""A recipe with an affiliate pitch spliced into one of its steps."""


def test_the_bundled_model_cuts_an_affiliate_sentence_out_of_a_recipe_step(default_detector) -> None:
    cleaned = default_detector.clean(RECIPE)
    assert "Ovenhaus" not in cleaned
    assert "cover them with water by two fingers. Bake at 150 degrees" in cleaned
    assert cleaned.startswith("Slow-baked white beans with sage\n\nSoak the beans")
    assert cleaned.endswith("toughens the skins.\n")


def test_whole_paragraphs_leaves_the_sentence_in_clean_and_in_batch(tmp_path: Path) -> None:
    document = tmp_path / "recipe.txt"
    document.write_text(RECIPE, encoding="utf-8")
    cut = CliRunner().invoke(app, ["clean", str(document)])
    whole = CliRunner().invoke(app, ["clean", "--whole-paragraphs", str(document)])
    assert cut.exit_code == 0 and whole.exit_code == 0, (cut.output, whole.output)
    assert "Ovenhaus" not in cut.stdout and "Ovenhaus" in whole.stdout

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "recipe", "text": RECIPE}) + "\n", encoding="utf-8")
    texts = {}
    for name, extra in (("cut", []), ("whole", ["--whole-paragraphs"])):
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(app, ["batch", str(corpus), str(out), "--workers", "1", *extra])
        assert result.exit_code == 0, result.output
        texts[name] = json.loads(out.read_text(encoding="utf-8"))["text"]
    assert texts["cut"] == cut.stdout and texts["whole"] == whole.stdout


def test_the_cleaned_view_reads_kept_blocks_and_a_cut_paragraph_as_its_kept_sentences() -> None:
    text = (
        "Ferries resume. Crews agreed.\n\n"
        "The strike ended. Bet with CourtBet! Crews return at noon.\n\n"
        "Sponsored: fly with SkyHop.\n\n"
        "Timetables are online."
    )
    cut, _ = _cut(text, [0.0, 0.0, 0.0, 0.99, 0.0, 0.0])
    cut[-2].label = Label.PROMO  # the sponsored line, removed by the text model
    rows = cleaned_view(text, cut)
    read = [(r.paragraph, cut[r.block].text[r.start : r.end], r.sentence) for r in rows]
    assert read == [
        (0, "Ferries resume.", True),
        (0, "Crews agreed.", True),
        (1, "The strike ended.", True),
        (1, "Crews return at noon.", True),
        (3, "Timetables are online.", False),
    ]
    assert [b.text for b in cut][:1] == [
        "Ferries resume. Crews agreed."
    ]  # a paragraph with no cut stays whole
    assert len(cut) == 6
