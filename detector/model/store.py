"""Where models live and how they are read and written.

A model is a directory holding ``model.pkl.gz`` (the fitted Pipeline of
text blocks), optionally ``members.pkl.gz`` (more text Pipelines, each
trained on its own draw of generated documents, whose probabilities are
averaged with the first's), ``html.pkl.gz (the model of HTML blocks) and
``splice.pkl.gz`` (the model of sentences spliced into paragraphs, see
``detector.model.splice``), and ``card.json`` (written by the training run). The model files are read by an
unpickler that trusts only the names a detector model is made of (see
``detector.model.safe_pickle``), so a model file cannot run code. The default
model ships inside the wheel as ``detector/_bundled_model``; in a source
checkout it is read from ``models/default``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import sklearn
from sklearn.pipeline import Pipeline

from detector.errors import ModelError
from detector.features import FEATURE_SET
from detector.model.safe_pickle import dump_model, load_model_file

MODEL_FILE = "model.pkl.gz"
HTML_MODEL_FILE = "html.pkl.gz"
SPLICE_MODEL_FILE = "splice.pkl.gz"
MEMBERS_FILE = "members.pkl.gz"
LEGACY_FILES = {"model.joblib": MODEL_FILE, "html.joblib": HTML_MODEL_FILE}
"""Model files of earlier versions (joblib pickles, which run code when loaded) and their successors."""
CARD_FILE = "card.json"
CARD_MARKDOWN = "CARD.md"
ENV_VARIABLE = "DETECTOR_MODEL"


@dataclass
class StoredModel:
    pipeline: Pipeline
    card: dict[str, Any]
    path: Path
    html: Pipeline | None = None
    """The model of HTML blocks (text and markup features), if the model has one."""
    splice: Pipeline | None = None
    """The model of sentences in a document's sentence view, if the model has one."""
    members: list[Pipeline] = field(default_factory=list)
    """More models of text blocks, each trained on its own draw of generated documents;
    the detector averages their probabilities with ``pipeline``'s (see ``detector.model.ensemble``)."""

    @property
    def text_pipelines(self) -> list[Pipeline]:
        """Every model of text blocks: ``pipeline`` first, then the members."""
        return [self.pipeline, *self.members]


def default_model_dir() -> Path:
    """The bundled model: inside the installed package, else the source tree's."""
    bundled = resources.files("detector") / "_bundled_model"
    if bundled.is_dir() and (bundled / MODEL_FILE).is_file():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[2] / "models" / "default"


def resolve_model_dir(path: str | os.PathLike[str] | None) -> Path:
    """An explicit path, else ``$DETECTOR_MODEL``, else the bundled model."""
    if path is not None:
        return Path(path)
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE])
    return default_model_dir()


def load_model(path: str | os.PathLike[str] | None = None) -> StoredModel:
    """Read a model directory (or a model file) and check it can serve."""
    directory = resolve_model_dir(path)
    model_file = directory if directory.is_file() else directory / MODEL_FILE
    card_file = model_file.parent / CARD_FILE
    if not model_file.exists():
        legacy = model_file.parent / "model.joblib"
        if legacy.exists():
            raise ModelError(
                f"{legacy}: a joblib pickle, which can run code when loaded, so detector does not load it; "
                "if you trust the file, convert it: "
                f"detector model convert {model_file.parent} --trust-pickle"
            )
        raise ModelError(f"{directory}: no model found (expected {MODEL_FILE})")
    pipeline = _read_pipeline(model_file)
    html_file = model_file.parent / HTML_MODEL_FILE
    html = _read_pipeline(html_file) if html_file.exists() else None
    splice_file = model_file.parent / SPLICE_MODEL_FILE
    splice = _read_pipeline(splice_file) if splice_file.exists() else None
    members_file = model_file.parent / MEMBERS_FILE
    members = _read_members(members_file) if members_file.exists() else []
    card = read_card(card_file) if card_file.exists() else {}
    trained_with = str(card.get("libraries", {}).get("scikit-learn", ""))
    if trained_with and _minor(trained_with) != _minor(sklearn.__version__):
        raise ModelError(
            f"{model_file}: trained with scikit-learn {trained_with}, this is "
            f"{sklearn.__version__}; retrain it with `detector train` or install "
            f"scikit-learn {'.'.join(_minor(trained_with))}"
        )
    feature_set = card.get("feature_set")
    if feature_set is not None and feature_set != FEATURE_SET:
        raise ModelError(
            f"{model_file}: made for feature set {feature_set}, this detector computes feature set "
            f"{FEATURE_SET}; retrain it with `detector train` or use the detector version it was trained with"
        )
    return StoredModel(
        pipeline=pipeline, card=card, path=model_file.parent, html=html, splice=splice, members=members
    )


def read_card(path: str | os.PathLike[str] | None) -> dict[str, Any]:
    """A model's card alone (a model directory, or its ``card.json``), without reading the model."""
    directory = resolve_model_dir(path)
    card_file = directory if directory.name == CARD_FILE else directory / CARD_FILE
    try:
        card = json.loads(card_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(f"{card_file}: unreadable model card ({error})") from error
    if not isinstance(card, dict):
        raise ModelError(f"{card_file}: a model card is a JSON object")
    return card


def _read_pipeline(model_file: Path) -> Pipeline:
    pipeline = load_model_file(model_file)
    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "predict_proba"):
        raise ModelError(f"{model_file}: not a detector model")
    return pipeline


def _read_members(members_file: Path) -> list[Pipeline]:
    members = load_model_file(members_file)
    if not isinstance(members, list) or not all(
        isinstance(m, Pipeline) and hasattr(m, "predict_proba") for m in members
    ):
        raise ModelError(f"{members_file}: not a list of detector models")
    return members


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def save_model(
    pipeline: Pipeline,
    card: dict[str, Any],
    directory: Path,
    html: Pipeline | None = None,
    splice: Pipeline | None = None,
    members: list[Pipeline] | None = None,
) -> None:
    """Write the model(s) and the card; files appear complete or not at all."""
    directory.mkdir(parents=True, exist_ok=True)
    writers: list[tuple[str, Any]] = [(MODEL_FILE, lambda p: dump_model(pipeline, p))]
    parts: tuple[tuple[str, Any], ...] = (
        (HTML_MODEL_FILE, html),
        (SPLICE_MODEL_FILE, splice),
        (MEMBERS_FILE, list(members) if members else None),
    )
    for name, part in parts:
        if part is None:
            (directory / name).unlink(missing_ok=True)
        else:
            writers.append((name, lambda p, part=part: dump_model(part, p)))
    for name, write in (
        *writers,
        (
            CARD_FILE,
            lambda p: p.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"),
        ),
    ):
        temporary = directory / f".{name}.partial"
        write(temporary)
        temporary.replace(directory / name)


def convert_legacy(directory: Path) -> list[Path]:
    """Rewrite a directory's joblib model files in the trusted format; the files written.

    Loading a joblib file runs whatever it holds: only for files you trust.
    """
    import joblib

    written = []
    for old, new in LEGACY_FILES.items():
        source = directory / old
        if not source.exists():
            continue
        try:
            model = joblib.load(source)
        except Exception as error:
            raise ModelError(f"{source}: cannot load ({type(error).__name__}: {error})") from error
        temporary = directory / f".{new}.partial"
        dump_model(model, temporary)
        temporary.replace(directory / new)
        written.append(directory / new)
    if not written:
        raise ModelError(f"{directory}: no joblib model file to convert ({', '.join(LEGACY_FILES)})")
    return written
