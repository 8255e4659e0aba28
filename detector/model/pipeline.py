"""The model as one scikit-learn Pipeline: block frame in, class probabilities out.

frame ─┬─ TextScores      (word + character n-gram model, cross-fitted)
       ├─ StyleFeatures   (how the block speaks, and relative to its document)
       ├─ DocumentContext (how the block sits in its document)
       ├─ NovelWordScores (optional: its words told apart by how widely the document uses them)
       └─ keys            (group and document, for the sequence stage)
             │
       SequenceStacker: gradient-boosted trees per block, then a second
       pass over the neighbours' scores.
"""

from __future__ import annotations

from typing import Any

from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from detector.features.context import DocumentContext
from detector.features.novelty import NovelWordScores
from detector.features.structure import DOM_COLUMN, NUMERIC_COLUMNS, StructureFeatures
from detector.features.style import StyleFeatures
from detector.features.text import MarkupScores, TextScores
from detector.model.sequence import SequenceStacker

SEQUENCE_WINDOW = 2
"""Neighbours on each side that the sequence stage sees."""

TEXT_MAX_WORDS = 200_000
TEXT_MAX_CHARS = 200_000
"""Word and character n-grams the text model keeps (the most frequent, each seen twice or more).

Nine languages share one vocabulary: at 50,000 of each, most of a language's
character n-grams were cut. Measured with one text model trained on the
corpus of 1,534 base documents and scored on its 907 held-out documents
(promo recall at content kept): 50,000 each and 120 boosting rounds, 0.855
at 0.990 (threshold 0.7); 200,000 each, 0.862 at 0.991; 200,000 each and
250 rounds, 0.883 at 0.990 (threshold 0.6) and 0.865 at 0.993; every n-gram
seen twice (730,000), 0.869 at 0.991, in a model file three times as large."""

NOVELTY_MAX_WORDS = 100_000
"""Words of the novel-word model, each in three columns (see ``detector.features.novelty``).

The novel-word model is not in the default pipeline. One text model gained
from it (promo recall 0.800 to 0.819 at 99 % of held-out content kept); three
averaged members trained with it on the corpus of 2,386 base documents found
no more promotion at the same content kept than without it, and removed the
seed article's "Next month, the vote will be held.", whose words "vote",
"month" and "held" no other block of that election story uses (see the
README, "Novel-word scores, measured and not bundled")."""

FIRST_STAGE_ITERATIONS = 250
"""Boosting rounds of the text model's per-block trees (see ``TEXT_MAX_WORDS`` for the measurement)."""


def block_features(seed: int = 0, structure: bool = False, novel_words: bool = False) -> ColumnTransformer:
    """Every block feature; the group and document keys ride along as the last two columns.

    With ``structure``, the markup columns of HTML blocks add where in the
    page's markup each block sits; with ``novel_words``, the novel-word
    model's scores are added (see ``NOVELTY_MAX_WORDS``).

    The context columns of the words a block shares with one neighbour only
    (``detector.features.context.NEIGHBOUR_WORD_NAMES``) serve text, not pages.
    The HTML model trained with them (seed 13, corpus of 2,386 base documents)
    kept 0.962 of the development pages' content blocks, without them 0.976,
    with the same promotion removed (0.952) and benchmark F1 0.920 against
    0.916, which two trainings differ by. A page's blocks are cut finer
    than paragraphs (a byline, a date, a caption), so its neighbours may
    share words for reasons of layout rather than authorship."""
    transformers: list[tuple[str, Any, list[str]]] = [
        (
            "text",
            TextScores(max_words=TEXT_MAX_WORDS, max_chars=TEXT_MAX_CHARS, random_state=seed),
            ["group", "doc", "text"],
        ),
        ("style", StyleFeatures(), ["doc", "text"]),
        ("context", DocumentContext(neighbour_words=not structure), ["doc", "text"]),
    ]
    if novel_words:
        novelty = NovelWordScores(max_words=NOVELTY_MAX_WORDS, random_state=seed)
        transformers.append(("novelty", novelty, ["group", "doc", "text"]))
    if structure:
        transformers.append(("markup", markup_scores(seed), ["group", "doc", DOM_COLUMN]))
        transformers.append(("structure", StructureFeatures(), list(NUMERIC_COLUMNS)))
    transformers.append(("keys", "passthrough", ["group", "doc"]))
    return ColumnTransformer(transformers, sparse_threshold=0.0)


MARKUP_ALPHA = 4e-3
"""Regularisation of the markup model, 200 times the text model's.

Training pages come from a few dozen templates, so markup words separate
their classes perfectly and a weakly regularised model puts all its weight on
them: one ancestor's "ad" or "module" condemned whole real articles. Measured
on the extraction benchmark with the HTML model retrained at each value: F1
0.903 at 2e-5, 0.910 at 2e-4, 0.916 at 1e-3 and 2e-3, 0.927 at 4e-3; held-out
page promo recall 0.972, 0.970, 0.967, 0.965 and 0.963."""


def markup_scores(seed: int = 0) -> MarkupScores:
    """A cross-fitted linear model over the markup tokens of HTML blocks (``up:ad``, ``in:nav`` …)."""
    return MarkupScores(alpha=MARKUP_ALPHA, random_state=seed)


def first_stage(seed: int = 0) -> HistGradientBoostingClassifier:
    """The per-block classifier: trees capture interactions (imperative *and* off-topic)."""
    return HistGradientBoostingClassifier(
        max_iter=FIRST_STAGE_ITERATIONS,
        learning_rate=0.1,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=seed,
    )


def second_stage(seed: int = 0) -> LogisticRegression:
    """The sequence classifier over neighbours' first-stage scores."""
    return LogisticRegression(C=1.0, max_iter=3000, random_state=seed)


def build_pipeline(
    seed: int = 0, first: Any = None, final: Any = None, structure: bool = False, novel_words: bool = False
) -> Pipeline:
    """The untrained model (``novel_words``: with the novel-word scores, see ``NOVELTY_MAX_WORDS``)."""
    return Pipeline(
        [
            ("features", block_features(seed, structure, novel_words)),
            (
                "classifier",
                SequenceStacker(
                    estimator=first if first is not None else first_stage(seed),
                    final_estimator=final if final is not None else second_stage(seed),
                    window=SEQUENCE_WINDOW,
                    cv=4,
                    passthrough=True,
                ),
            ),
        ]
    )


HTML_FIRST_STAGE_ITERATIONS = 120
"""Fewer boosting rounds than for text: pages have many more blocks, and markup separates chrome early."""


def build_html_pipeline(seed: int = 0, novel_words: bool = False) -> Pipeline:
    """The untrained model for HTML blocks: the text features plus where each block sits in the markup."""
    first = first_stage(seed)
    first.set_params(max_iter=HTML_FIRST_STAGE_ITERATIONS)
    return build_pipeline(seed, first=first, structure=True, novel_words=novel_words)
