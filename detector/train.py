"""Training: select the classifier by grouped cross-validation, fit, evaluate, write the card.

Folds are whole source documents *and* whole inserts: every variant of an
article sits in one fold, and an insert seen in training never appears in
the fold that scores it. The frozen held-out split is never trained on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, log_loss
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from detector.blocks import CLASSES, Block
from detector.corpus.dataset import Splits, load_corpus, make_splits, training_frame
from detector.corpus.inject import InjectionConfig
from detector.corpus.split import fold_of
from detector.corpus.user_labels import read_user_labels
from detector.decision import DEFAULT_THRESHOLD, decide
from detector.detector import Detector
from detector.evaluate import Evaluation, evaluate
from detector.features import FEATURE_SET
from detector.model.ensemble import averaged_stages
from detector.model.pipeline import SEQUENCE_WINDOW, block_features, build_pipeline, first_stage, second_stage
from detector.model.sequence import aligned_proba, out_of_fold_scores, split_keys
from detector.model.store import StoredModel, load_model, read_card, save_model
from detector.segment import segment_text
from detector.train_html import MAX_TRAINING_PAGES, train_html_model
from detector.train_splice import train_splice_model

log = logging.getLogger(__name__)

DEFAULT_SEED = 13
CONTENT_KEPT_TARGET = 0.99
"""The operating point models are compared at: content kept on cross-validation."""
THRESHOLD_GRID = tuple(round(t, 2) for t in np.arange(0.2, 0.95, 0.05))
DEFAULT_MEMBERS = 3
"""Text models trained, each on its own draw of generated documents, and averaged (see
``detector.model.ensemble``)."""
CALIBRATION_FOLD = 0
"""The cross-validation fold that members trained without it score, to choose their threshold."""
DEFAULT_USER_WEIGHT = 2
"""How many times a user-labelled document counts in training (labels people checked are worth more)."""
LIBRARIES = ("scikit-learn", "numpy", "scipy", "pandas", "joblib")


def _files_hash(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def first_stage_candidates(seed: int) -> dict[str, Any]:
    return {
        "gradient_boosting": first_stage(seed),
        "logistic_regression": make_pipeline(
            StandardScaler(),
            LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced", random_state=seed),
        ),
    }


def second_stage_candidates(seed: int) -> dict[str, Any]:
    return {
        "logistic_regression": second_stage(seed),
        "gradient_boosting": HistGradientBoostingClassifier(
            max_iter=60, learning_rate=0.1, max_leaf_nodes=15, early_stopping=False, random_state=seed
        ),
    }


def _recall_at_content_kept(gold: np.ndarray, removal: np.ndarray, target: float) -> tuple[float, float]:
    """Promo recall at the lowest threshold that keeps ``target`` of content; and that threshold."""
    content = np.sort(removal[gold == "content"])
    if not len(content):
        return 0.0, 0.5
    threshold = float(content[min(int(np.ceil(target * len(content))) - 1, len(content) - 1)])
    promo = removal[np.char.startswith(gold.astype(str), "promo")]
    return (float((promo > threshold).mean()) if len(promo) else 0.0), threshold


def _score(gold: np.ndarray, proba: np.ndarray, classes: np.ndarray) -> dict[str, float]:
    removal = 1.0 - proba[:, list(classes).index("content")]
    recall, threshold = _recall_at_content_kept(gold, removal, CONTENT_KEPT_TARGET)
    predicted = classes[np.argmax(proba, axis=1)]
    coarse = np.array([c.split("/")[0] for c in gold])
    return {
        "promo_recall_at_content_kept": round(recall, 4),
        "threshold_at_content_kept": round(threshold, 4),
        "macro_f1": round(float(f1_score(coarse, [p.split("/")[0] for p in predicted], average="macro")), 4),
        "log_loss": round(float(log_loss(gold, np.clip(proba, 1e-9, 1), labels=list(classes))), 4),
    }


@dataclass
class Selection:
    first: str
    final: str
    scores: dict[str, dict[str, dict[str, float]]]
    proba: np.ndarray
    """Out-of-fold class probabilities of the chosen pair, for every training block."""
    reason: str


def select_model(
    splits: Splits, seed: int, progress: Callable[[str], None] = log.info, novel_words: bool = False
) -> Selection:
    """Grouped CV over the training split: first stage, then second stage on its scores."""
    frame, y = training_frame(splits.train, splits.folds)
    folds = frame["group"].to_numpy()
    classes = np.array(sorted(set(CLASSES)), dtype=object)
    firsts, finals = first_stage_candidates(seed), second_stage_candidates(seed)
    first_oof = {name: np.zeros((len(y), len(classes))) for name in firsts}
    cached: list[tuple[np.ndarray, np.ndarray, Any, Any]] = []
    for fold in np.unique(folds):
        progress(f"fold {fold}: features")
        train, test = np.flatnonzero(folds != fold), np.flatnonzero(folds == fold)
        features = block_features(seed, novel_words=novel_words)
        x_train, _, _ = split_keys(features.fit_transform(frame.iloc[train], y[train]))
        x_test, _, _ = split_keys(features.transform(frame.iloc[test]))
        for name, estimator in firsts.items():
            progress(f"fold {fold}: first stage {name}")
            model = clone(estimator).fit(x_train, y[train])
            first_oof[name][test] = aligned_proba(model.predict_proba(x_test), model.classes_, classes)
        cached.append((train, test, x_train, x_test))
    scores: dict[str, dict[str, dict[str, float]]] = {
        "first_stage": {name: _score(y, p, classes) for name, p in first_oof.items()}
    }
    key = "promo_recall_at_content_kept"
    best_first = max(
        firsts, key=lambda n: (scores["first_stage"][n][key], -scores["first_stage"][n]["log_loss"])
    )
    docs = frame["doc"].to_numpy()
    final_oof = {name: np.zeros((len(y), len(classes))) for name in finals}
    stacker = build_pipeline(seed).named_steps["classifier"]
    stacker.classes_ = classes
    for train, test, x_train, x_test in cached:
        progress(f"fold {folds[test[0]]}: second stage")
        inner = out_of_fold_scores(firsts[best_first], x_train, y[train], folds[train], classes, stacker.cv)
        sequence_train = stacker.final_input(x_train, inner, docs[train])
        sequence_test = stacker.final_input(x_test, first_oof[best_first][test], docs[test])
        for name, estimator in finals.items():
            model = clone(estimator).fit(sequence_train, y[train])
            final_oof[name][test] = aligned_proba(model.predict_proba(sequence_test), model.classes_, classes)
    scores["second_stage"] = {name: _score(y, p, classes) for name, p in final_oof.items()}
    best_final = max(
        finals, key=lambda n: (scores["second_stage"][n][key], -scores["second_stage"][n]["log_loss"])
    )
    reason = (
        f"First stage {best_first}: promo recall {scores['first_stage'][best_first][key]} at "
        f"{CONTENT_KEPT_TARGET} content kept (grouped {len(np.unique(folds))}-fold CV), best of "
        + ", ".join(f"{n} {s[key]}" for n, s in scores["first_stage"].items())
        + f". Second stage {best_final}: {scores['second_stage'][best_final][key]}, best of "
        + ", ".join(f"{n} {s[key]}" for n, s in scores["second_stage"].items())
        + "; ties go to the lower log loss."
    )
    return Selection(best_first, best_final, scores, final_oof[best_final], reason)


def _evaluate_proba(
    documents: Sequence[Any], proba: np.ndarray, classes: Sequence[str], threshold: float
) -> Evaluation:
    evaluation = Evaluation()
    row = 0
    for document in documents:
        text = document.text
        blocks = [Block(text[start:end], start, end) for start, end in segment_text(text)]
        decide(blocks, proba[row : row + len(blocks)], classes, threshold)
        row += len(blocks)
        evaluation.add(document, blocks)
    return evaluation


def choose_threshold(
    documents: Sequence[Any], proba: np.ndarray, classes: Sequence[str]
) -> tuple[float, list[dict[str, Any]]]:
    """The threshold with the best promo recall among those keeping the content target."""
    table = []
    for threshold in THRESHOLD_GRID:
        report = _evaluate_proba(documents, proba, classes, threshold).report()
        table.append(
            {
                "threshold": threshold,
                "promo_recall": report["promo_recall"],
                "content_kept": report["content_kept"],
                "documents_exact": report["documents_exact"],
            }
        )
    passing = [r for r in table if (r["content_kept"] or 0) >= CONTENT_KEPT_TARGET]
    best = max(passing, key=lambda r: (r["promo_recall"] or 0, r["threshold"])) if passing else None
    return (float(best["threshold"]) if best else DEFAULT_THRESHOLD), table


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def single_model_threshold(template: dict[str, Any], fallback: float) -> float:
    """The threshold of one model trained like ``template``, a model of several members.

    Averaged members give smoother probabilities than one model, so their
    threshold is chosen apart and does not serve a single model. The HTML
    model is one model: its threshold is the one a single model takes; a
    template without one gives the single threshold its card recorded.
    """
    html_threshold = (template.get("html") or {}).get("threshold")
    if html_threshold is not None:
        return float(html_threshold)
    recorded = template.get("members_threshold") or {}
    return float(recorded.get("single", fallback))


def train(
    data_dir: Path,
    out_dir: Path,
    seed: int = DEFAULT_SEED,
    select: bool = True,
    progress: Callable[[str], None] = log.info,
    html: bool = True,
    text: bool = True,
    html_pages: int = MAX_TRAINING_PAGES,
    user_data: Sequence[Path] = (),
    user_weight: int = DEFAULT_USER_WEIGHT,
    like: Path | None = None,
    splice: bool | None = None,
    members: int | None = None,
    choose_threshold_again: bool = False,
    novel_words: bool = False,
) -> dict[str, Any]:
    """Train a model on ``data_dir`` and write it with its card into ``out_dir``.

    ``text`` trains the text model, ``html`` the HTML model; training only
    the HTML model adds it to the text model already in ``out_dir``, whose
    card keeps its figures. ``user_data`` are filled-in exports (see
    ``detector.corpus.user_labels``): their documents join the training
    split, each ``user_weight`` times, in one cross-validation fold per
    document; the held-out split stays the corpus's own. ``like`` names a
    model whose classifiers and threshold are taken instead of selecting
    them by cross-validation: retraining then takes minutes, not an hour,
    and the new model differs from that one only by what it learned.
    ``splice`` trains the splice model (see ``detector.model.splice``); by
    default it is trained with the text model and kept otherwise.
    ``members`` text models are trained, the first with ``seed``, member
    ``i`` on documents generated with ``seed + i`` (default: as many as the
    ``like`` model has, else ``DEFAULT_MEMBERS``); when their number differs
    from the ``like`` model's, or without ``like``, their threshold is chosen
    on a cross-validation fold they did not train on.
    ``choose_threshold_again`` chooses it that way even when the ``like``
    model has as many members: after the corpus has grown, the ``like``
    model's threshold was chosen for other data. ``novel_words`` adds the
    novel-word scores to every model's features (see
    ``detector.model.pipeline.NOVELTY_MAX_WORDS``); a part trained alone
    (without ``text``) follows the text model's card.
    """
    corpus = load_corpus(data_dir)
    config = InjectionConfig(seed=seed)
    user_documents = read_user_labels(user_data) if user_data else []
    splits = _member_splits(corpus, config, user_documents, user_weight)
    if user_documents:
        progress(f"{len(user_documents)} documents labelled by users, each counted {user_weight} times")
    progress(f"{len(splits.train)} training documents, {len(splits.heldout)} held out")
    if not text:
        existing = load_model(out_dir)
        updated = dict(existing.card)
        updated["novel_words"] = novel_words or bool(updated.get("novel_words", False))
        html_model = existing.html
        if html:
            html_threshold = float((updated.get("html") or {}).get("threshold", updated["threshold"]))
            html_model = _train_html_part(
                updated,
                existing.text_pipelines,
                splits,
                data_dir,
                seed,
                progress,
                html_pages,
                html_threshold,
            )
            updated["html_data_hash"] = corpus.data_hash()
        splice_model = existing.splice
        if splice:
            splice_model = _train_splice_part(
                updated, existing.text_pipelines, splits, config, seed, progress
            )
            updated["splice_data_hash"] = corpus.data_hash()
        updated["name"] = out_dir.name
        save_model(existing.pipeline, updated, out_dir, html_model, splice_model, existing.members)
        (out_dir / "CARD.md").write_text(render_card(updated), encoding="utf-8")
        return updated
    classes = np.array(sorted(set(CLASSES)), dtype=object)
    card: dict[str, Any] = {}
    # Without selection, the stages selection chose for the bundled model (trees in both); the
    # logistic sequence stage also took two to three times as long to fit on unscaled passthrough features.
    first_name, final_name = "gradient_boosting", "gradient_boosting"
    threshold = DEFAULT_THRESHOLD
    template = read_card(like) if like is not None else {}
    template_members = int(template.get("members", {}).get("count", 1)) if template else None
    members = members if members is not None else (template_members or DEFAULT_MEMBERS)
    if like is not None:
        first_name = template["model"]["first_stage"]
        final_name = template["model"]["second_stage"]
        threshold = float(template["threshold"])
        card["like"] = {
            "model": template.get("name", like.name),
            "data_hash": template.get("data_hash"),
            "selected_by": selection_record(template),
        }
        progress(f"classifiers and threshold of {like}: {first_name} + {final_name}, threshold {threshold}")
        if template_members == members and "members" in template:
            card["members_threshold"] = template.get("members_threshold")
        elif (template_members or 1) > 1 and members == 1:
            # Back to one model: a single model's threshold, not the members' (the HTML model's is one).
            threshold = single_model_threshold(template, threshold)
    if select and like is None:
        selection = select_model(splits, seed, progress, novel_words)
        first_name, final_name = selection.first, selection.final
        threshold, table = choose_threshold(splits.train, selection.proba, list(classes))
        cv_report = _evaluate_proba(splits.train, selection.proba, list(classes), threshold).report()
        card["selection"] = {"scores": selection.scores, "reason": selection.reason}
        card["cross_validation"] = cv_report
        card["threshold_table"] = table
    # The HTML model is one model: it keeps a single model's threshold, whatever the text members get.
    html_threshold = float((template.get("html") or {}).get("threshold", threshold))
    # A template of several members has their threshold; a single model's is recorded beside it.
    multiple = (template_members or 1) > 1
    single_threshold = single_model_threshold(template, threshold) if multiple else threshold
    member_splits = [splits] + [
        _member_splits(corpus, replace(config, seed=seed + i), user_documents, user_weight)
        for i in range(1, members)
    ]
    if choose_threshold_again or (members > 1 and (template_members != members or like is None)):
        threshold, table = _choose_members_threshold(
            member_splits, seed, first_name, final_name, progress, novel_words
        )
        card["members_threshold"] = {
            "fold": CALIBRATION_FOLD,
            "threshold": threshold,
            "single": single_threshold,
            "table": table,
        }
    fitted = []
    blocks_per_member = []
    for i, member in enumerate(member_splits):
        progress(
            f"fitting {first_name} + {final_name} on all training documents (member {i + 1} of {members})"
        )
        member_frame, member_y = training_frame(member.train, member.folds)
        blocks_per_member.append(len(member_y))
        fitted.append(_fit_text_model(member_frame, member_y, seed + i, first_name, final_name, novel_words))
    pipeline = fitted[0]
    detector = Detector(_stored(fitted, {}), threshold=threshold)
    heldout = evaluate(detector, splits.heldout).report() if splits.heldout else None
    card.update(
        {
            "name": out_dir.name,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "seed": seed,
            "data_hash": corpus.data_hash(),
            "data": {
                "base_documents": len(corpus.base),
                "inserts": len(corpus.inserts),
                "complete_documents": len(corpus.complete),
                "training_documents": len(splits.train),
                "training_blocks": blocks_per_member[0],
                "heldout_documents": len(splits.heldout),
                "user_documents": len(user_documents),
                "user_weight": user_weight if user_documents else None,
                "user_data_hash": _files_hash(user_data) if user_documents else None,
                "generator": config.describe(),
            },
            "labels": list(classes),
            "threshold": threshold,
            "model": {"first_stage": first_name, "second_stage": final_name, "window": SEQUENCE_WINDOW},
            "members": {"count": members, "seeds": [seed + i for i in range(members)]},
            "libraries": _versions(),
            "feature_set": FEATURE_SET,
            "novel_words": novel_words,
            "heldout": heldout,
        }
    )
    splice_model = (
        _train_splice_part(card, fitted, splits, config, seed, progress, text_alone=heldout)
        if splice is not False
        else None
    )
    html_model = (
        _train_html_part(card, fitted, splits, data_dir, seed, progress, html_pages, html_threshold)
        if html
        else None
    )
    save_model(pipeline, card, out_dir, html_model, splice_model, fitted[1:])
    (out_dir / "CARD.md").write_text(render_card(card), encoding="utf-8")
    return card


def _stored(
    pipelines: Sequence[Pipeline],
    card: dict[str, Any],
    html: Pipeline | None = None,
    splice: Pipeline | None = None,
) -> StoredModel:
    """A model being trained, held in memory: the text members (first one first) and its other parts."""
    return StoredModel(pipelines[0], card, Path("."), html=html, splice=splice, members=list(pipelines[1:]))


def _member_splits(
    corpus: Any, config: InjectionConfig, user_documents: Sequence[Any], user_weight: int
) -> Splits:
    """The generated documents of one member (its own draw), with the users' documents added."""
    splits = make_splits(corpus, config)
    for _ in range(user_weight if user_documents else 0):
        splits.train.extend(user_documents)
        splits.folds.extend(fold_of(d.id) for d in user_documents)
    return splits


def _fit_text_model(
    frame: Any, y: np.ndarray, seed: int, first_name: str, final_name: str, novel_words: bool = False
) -> Pipeline:
    pipeline: Pipeline = build_pipeline(
        seed=seed,
        novel_words=novel_words,
        first=first_stage_candidates(seed)[first_name],
        final=second_stage_candidates(seed)[final_name],
    )
    return pipeline.fit(frame, y)


def _choose_members_threshold(
    member_splits: Sequence[Splits],
    seed: int,
    first_name: str,
    final_name: str,
    progress: Callable[[str], None],
    novel_words: bool = False,
) -> tuple[float, list[dict[str, Any]]]:
    """The threshold of averaged members, chosen on a fold none of them trained on.

    Averaging makes probabilities less extreme than one model's, so a single
    model's threshold does not carry over. Each member is trained on its own
    draw without ``CALIBRATION_FOLD`` (whose base documents and inserts
    appear in no other fold), the average scores that fold of the first
    draw, and the threshold is chosen as the selection run chooses it.
    """
    outside = []
    for i, member in enumerate(member_splits):
        progress(
            f"members' threshold: member {i + 1} of {len(member_splits)} without fold {CALIBRATION_FOLD}"
        )
        keep = [j for j, fold in enumerate(member.folds) if fold != CALIBRATION_FOLD]
        frame, y = training_frame([member.train[j] for j in keep], [member.folds[j] for j in keep])
        outside.append(_fit_text_model(frame, y, seed + i, first_name, final_name, novel_words))
    first = member_splits[0]
    documents = [d for d, fold in zip(first.train, first.folds) if fold == CALIBRATION_FOLD]
    frame, _ = training_frame(documents, [CALIBRATION_FOLD] * len(documents))
    _, proba = averaged_stages(outside, frame)
    classes = [str(c) for c in outside[0].classes_]
    return choose_threshold(documents, proba, classes)


def _train_html_part(
    card: dict[str, Any],
    pipelines: Sequence[Pipeline],
    splits: Splits,
    data_dir: Path,
    seed: int,
    progress: Callable[[str], None],
    max_pages: int,
    threshold: float,
) -> Pipeline:
    """Fit the HTML model, measure it on the held-out pages, and record both in ``card``.

    ``pipelines`` are the text model's (pages whose main text the page model
    would remove read it by its words); ``threshold`` is the HTML model's. It
    takes the novel-word scores when the text model's ``card`` says so.
    """
    novel_words = bool(card.get("novel_words", False))
    html_model, heldout_pages, report = train_html_model(
        splits, data_dir, seed, progress, max_pages, novel_words
    )
    text_card = {
        "threshold": float(card.get("threshold", DEFAULT_THRESHOLD)),
        "html": {"threshold": threshold},
    }
    detector = Detector(_stored(pipelines, text_card, html=html_model))
    report["threshold"] = threshold
    # The pages are drawn and rendered with this seed, which may differ from the text
    # model's when the HTML model is retrained alone (``--no-text --seed``).
    report["seed"] = seed
    report["heldout"] = evaluate(detector, heldout_pages.documents()).report()
    card["html"] = report
    return html_model


def _train_splice_part(
    card: dict[str, Any],
    pipelines: Sequence[Pipeline],
    splits: Splits,
    config: InjectionConfig,
    seed: int,
    progress: Callable[[str], None],
    text_alone: dict[str, Any] | None = None,
) -> Pipeline:
    """Fit the splice model with the text model's classifiers and measure the two together.

    The card's held-out figures become those of the text model with the
    splice model (what cleaning does); the text model's alone (``text_alone``
    when the caller has just measured them) are kept in the splice entry. It
    takes the novel-word scores when the text model's ``card`` says so.
    """
    names = card["model"]
    splice_model, info = train_splice_model(
        splits,
        config,
        seed,
        first_stage_candidates(seed)[names["first_stage"]],
        progress,
        bool(card.get("novel_words", False)),
    )
    threshold = float(card.get("threshold", DEFAULT_THRESHOLD))
    if splits.heldout:
        text_card = {"threshold": threshold}
        detector = Detector(_stored(pipelines, text_card, splice=splice_model))
        if text_alone is None:
            alone = Detector(_stored(pipelines, text_card))
            text_alone = evaluate(alone, splits.heldout).report()
        info["text_model_alone"] = text_alone
        card["heldout"] = evaluate(detector, splits.heldout).report()
    card["splice"] = info
    return splice_model


def selection_record(card: dict[str, Any]) -> dict[str, Any] | None:
    """The cross-validation run that chose a model's classifiers and threshold.

    A model trained ``--like`` another was not selected itself: its card
    keeps the record of the run that selected them (carried along a chain of
    ``--like`` retrainings), beside its own held-out figures.
    """
    earlier = (card.get("like") or {}).get("selected_by")
    if earlier:
        return dict(earlier)
    if "selection" not in card:
        return None
    return {
        "data_hash": card.get("data_hash"),
        "created": card.get("created"),
        "reason": card["selection"].get("reason"),
        "cross_validation": card.get("cross_validation"),
        "threshold_table": card.get("threshold_table"),
    }


def _members_section(card: dict[str, Any]) -> list[str]:
    """The text model's members and how their threshold was chosen."""
    members = card.get("members") or {}
    if int(members.get("count", 1)) < 2:
        return []
    lines = [
        "## Members",
        "",
        f"{members['count']} text models (seeds {', '.join(str(s) for s in members['seeds'])}), each "
        "trained on its own draw of generated documents; the detector averages their probabilities.",
        "",
    ]
    chosen = card.get("members_threshold") or {}
    if chosen.get("table"):
        lines += [
            f"Threshold {chosen['threshold']}: best promo recall keeping {CONTENT_KEPT_TARGET} of "
            f"content blocks on cross-validation fold {chosen['fold']}, scored by members not trained on it.",
            "",
            "| threshold | promo recall | content kept | documents exact |",
            "|---|---|---|---|",
        ]
        columns = ("threshold", "promo_recall", "content_kept", "documents_exact")
        lines += ["| " + " | ".join(str(row[c]) for c in columns) + " |" for row in chosen["table"]]
        lines.append("")
    return lines


def render_card(card: dict[str, Any]) -> str:
    """The card as Markdown, for people; ``card.json`` stays the source of truth."""
    lines = [
        f"# Model card: {card['name']}",
        "",
        "Written by `detector train`; do not edit by hand.",
        "",
        f"- created: {card['created']}",
        f"- seed: {card['seed']}",
        f"- data hash (SHA-256 of training_data files): `{card['data_hash']}`",
        f"- labels: {', '.join(card['labels'])}",
        f"- threshold: {card['threshold']}",
        f"- model: {card['model']['first_stage']} then {card['model']['second_stage']} "
        f"over a window of {card['model']['window']}"
        + (", with the novel-word scores" if card.get("novel_words") else ""),
        f"- libraries: {', '.join(f'{k} {v}' for k, v in card['libraries'].items())}",
        f"- data: {', '.join(f'{k} {v}' for k, v in card['data'].items() if k != 'generator')}",
        "",
    ]
    if "selection" in card:
        lines += ["## Why this classifier", "", card["selection"]["reason"], ""]
    if "like" in card:
        lines += [
            "## Why this classifier",
            "",
            f"Classifiers and threshold taken from model {card['like']['model']} (`--like`), not selected."
            if not (card.get("members_threshold") or {}).get("table")
            else f"Classifiers taken from model {card['like']['model']} (`--like`), not selected; "
            "the threshold of the members was chosen for them (below).",
            "",
        ]
        selected = card["like"].get("selected_by")
        if selected:
            lines += [
                f"They were selected by grouped cross-validation on data `{selected['data_hash']}` "
                f"({selected['created']}): {selected['reason']}",
                "",
            ]
    lines += _members_section(card)
    html_card = card.get("html") or {}
    if html_card:
        seed = f"; seed {html_card['seed']}" if "seed" in html_card else ""  # older cards lack it
        lines += [
            "## HTML model",
            "",
            f"Trained on {html_card['training_pages']} labelled pages "
            f"({html_card['training_blocks']} blocks; "
            f"{html_card['hand_written_pages']} hand-written pages in all, the rest the training documents "
            f"rendered into site templates); threshold {html_card['threshold']}{seed}. Its held-out figures "
            f"are on {html_card['heldout_pages']} pages made from held-out documents and inserts.",
            "",
        ]
    splice_card = card.get("splice") or {}
    if splice_card:
        alone = splice_card.get("text_model_alone") or {}
        lines += [
            "## Splice model",
            "",
            f"Cuts promotional sentences out of kept paragraphs (promo probability above "
            f"{splice_card['threshold']}). Trained on the sentence view of {splice_card['documents']} "
            f"documents ({splice_card['spliced_documents']} with {splice_card['spliced_sentences']} spliced "
            f"sentences; {splice_card['rows']} rows, {splice_card['sentence_rows']} of them sentences).",
            "",
        ]
        if alone:
            lines += [
                f"The text model alone on the held-out split: promo recall {alone['promo_recall']}, "
                f"content kept {alone['content_kept']}, "
                f"documents cleaned exactly {alone['documents_exact']}, "
                f"spliced sentences removed {alone.get('spliced_sentence_recall')}; with the splice model, "
                "the held-out figures below.",
                "",
            ]
    for title, report in (
        ("Cross-validation (grouped by source document and insert)", card.get("cross_validation")),
        (
            "Cross-validation of the selection run (earlier data, see above)",
            ((card.get("like") or {}).get("selected_by") or {}).get("cross_validation"),
        ),
        ("Held-out split", card.get("heldout")),
        ("Held-out HTML pages", html_card.get("heldout")),
    ):
        if not report:
            continue
        lines += [
            f"## {title}",
            "",
            f"- documents: {report['documents']}, blocks: {report['blocks']}",
            f"- promo recall: {report['promo_recall']}",
            f"- content kept: {report['content_kept']}",
            f"- documents cleaned exactly: {report['documents_exact']}",
            f"- clean documents unchanged: {report['clean_documents_unchanged']}",
            *(
                [
                    f"- spliced sentences removed: "
                    f"{round(report['spliced_sentence_recall'] * report['spliced_sentences'])} "
                    f"of {report['spliced_sentences']} ({report['spliced_sentence_recall']})"
                ]
                if report.get("spliced_sentences")
                else []
            ),
            "",
            "| label | precision | recall | F1 | support |",
            "|---|---|---|---|---|",
        ]
        for label, m in report["per_label"].items():
            lines.append(f"| {label} | {m['precision']} | {m['recall']} | {m['f1']} | {m['support']} |")
        lines += [
            "",
            "Promo recall by kind: "
            + ", ".join(f"{k} {v}" for k, v in report["promo_recall_by_kind"].items()),
            "",
        ]
        languages = {
            key.split(":", 1)[1]: value
            for key, value in (report.get("promo_recall_by_group") or {}).items()
            if key.startswith("lang:")
        }
        if len(languages) > 1:
            lines += [
                "Promo recall by language: " + ", ".join(f"{k} {v}" for k, v in sorted(languages.items())),
                "",
            ]
    return "\n".join(lines) + "\n"
