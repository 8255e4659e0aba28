"""The training corpus on disk, and the documents and frames made from it.

``training_data/`` holds ``base/*.jsonl`` (documents without inserts),
``inserts/*.jsonl`` (promotional inserts) and optionally
``documents/*.jsonl`` (complete labelled documents used as they are).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from detector.corpus.inject import InjectionConfig, inject_corpus
from detector.corpus.inserts import Insert, read_inserts
from detector.corpus.labelled import LabelledDocument, read_document_paths, read_documents
from detector.corpus.split import fold_of, is_heldout
from detector.errors import DataError
from detector.features.frame import block_frame


@dataclass
class Corpus:
    base: list[LabelledDocument]
    inserts: list[Insert]
    complete: list[LabelledDocument]
    files: list[Path]

    def data_hash(self) -> str:
        """SHA-256 over the corpus files' names and bytes."""
        digest = hashlib.sha256()
        root = self.files[0].parents[1] if self.files else Path(".")
        for path in self.files:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()


def load_corpus(directory: Path) -> Corpus:
    """Read ``directory``; raises DataError naming what is missing or malformed."""
    if not directory.is_dir():
        raise DataError(f"{directory}: not a training-data directory")
    base_files = sorted((directory / "base").glob("*.jsonl"))
    insert_files = sorted((directory / "inserts").glob("*.jsonl"))
    complete_files = sorted((directory / "documents").glob("*.jsonl"))
    if not base_files and not complete_files:
        raise DataError(f"{directory}: no base/*.jsonl or documents/*.jsonl files")
    base = read_documents(base_files)
    for document in base:
        if document.has_promo:
            raise DataError(f"{directory / 'base'}: base document {document.id!r} holds promo blocks")
    return Corpus(
        base=base,
        inserts=read_inserts(insert_files),
        complete=read_documents(complete_files),
        files=base_files + insert_files + complete_files,
    )


@dataclass
class Splits:
    """Generated training documents (with their CV fold) and the held-out documents."""

    train: list[LabelledDocument]
    folds: list[int]
    heldout: list[LabelledDocument]
    train_base: list[LabelledDocument] = field(default_factory=list)
    """The base documents the training documents were made from."""
    pool_of: dict[str, list[Insert]] = field(default_factory=dict)
    """The inserts each training base document may receive (those of its own fold)."""


def make_splits(corpus: Corpus, config: InjectionConfig) -> Splits:
    """Inject inserts so that folds and the held-out split are disjoint by base document and insert."""
    train_base = [d for d in corpus.base if not is_heldout(d.id)]
    heldout_base = [d for d in corpus.base if is_heldout(d.id)]
    train_inserts = [i for i in corpus.inserts if not is_heldout(i.id)]
    heldout_inserts = [i for i in corpus.inserts if is_heldout(i.id)]
    by_fold: dict[int, list[Insert]] = {}
    for insert in train_inserts:
        by_fold.setdefault(fold_of(insert.id), []).append(insert)
    pool_of = {d.id: by_fold.get(fold_of(d.id), []) for d in train_base}
    train = inject_corpus(train_base, train_inserts, config, pool_of)
    train += [d for d in corpus.complete if not is_heldout(d.id)]
    heldout = inject_corpus(heldout_base, heldout_inserts, config.for_heldout())
    heldout += [d for d in corpus.complete if is_heldout(d.id)]
    folds = [fold_of(d.source_id) for d in train]
    return Splits(train=train, folds=folds, heldout=heldout, train_base=train_base, pool_of=pool_of)


def training_frame(
    documents: Sequence[LabelledDocument], groups: Sequence[int] | None = None
) -> tuple[pd.DataFrame, np.ndarray]:
    """The block frame of labelled documents, and each block's gold class."""
    texts, classes = [], []
    for document in documents:
        block_texts, block_classes = document.segment_classes()
        texts.append(block_texts)
        classes.extend(block_classes)
    return block_frame(texts, groups), np.asarray(classes, dtype=object)


def is_training_data(path: Path) -> bool:
    """Whether ``path`` is a training-data directory (``base/`` beside ``inserts/``)."""
    return (path / "base").is_dir() and (path / "inserts").is_dir()


def evaluation_documents(paths: Sequence[Path], seed: int) -> list[LabelledDocument]:
    """Labelled documents to score a model on.

    Files and directories of LABELS.md JSON Lines are read as they are; a
    training-data directory stands for its frozen held-out split (built with
    ``seed``, as ``detector train`` builds it), the only part of it a model
    trained there has never seen.
    """
    documents: list[LabelledDocument] = []
    plain: list[Path] = []
    for path in paths:
        if path.is_dir() and is_training_data(path):
            documents.extend(make_splits(load_corpus(path), InjectionConfig(seed=seed)).heldout)
        else:
            plain.append(path)
    if plain:
        documents.extend(read_document_paths(plain))
    return documents
