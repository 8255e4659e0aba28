"""Training the splice model (see ``detector.model.splice``) beside the text model.

Its documents are the training split's own: a share of the ordinary
generated documents, and documents made from the same base documents in
which every inline-capable insert of the document's own pool is spliced into
a paragraph. Folds stay whole by source document and by insert, as for the
text model; the held-out split is never seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sklearn.pipeline import Pipeline

from detector.corpus.dataset import Splits
from detector.corpus.inject import InjectionConfig
from detector.corpus.split import fold_of
from detector.model.pipeline import block_features
from detector.model.sequence import RowClassifier
from detector.model.splice import (
    PLAIN_VARIANTS,
    SPLICE_THRESHOLD,
    SPLICE_VARIANTS,
    plain_documents,
    splice_documents,
    view_training_frame,
)

log = logging.getLogger(__name__)


def train_splice_model(
    splits: Splits,
    config: InjectionConfig,
    seed: int,
    estimator: Any,
    progress: Callable[[str], None] = log.info,
    novel_words: bool = False,
) -> tuple[Pipeline, dict[str, Any]]:
    """Fit the splice model with the text model's first-stage classifier; returns it and its card entry.

    Each row is scored alone (``RowClassifier``); ``novel_words`` as for the text model.
    """
    spliced = splice_documents(splits.train_base, splits.pool_of, config, SPLICE_VARIANTS)
    plain = plain_documents(splits.train, seed)
    documents = spliced + plain
    frame, y, is_sentence = view_training_frame(documents, [fold_of(d.source_id) for d in documents])
    sentences = int(sum(1 for d in spliced for b in d.blocks if b.inline and b.label == "promo"))
    progress(
        f"fitting the splice model on {len(documents)} documents ({len(spliced)} with "
        f"{sentences} spliced sentences), {len(y)} sentence-view rows"
    )
    features = block_features(seed, novel_words=novel_words)
    pipeline = Pipeline([("features", features), ("classifier", RowClassifier(estimator))])
    pipeline.fit(frame, y)
    info = {
        "threshold": SPLICE_THRESHOLD,
        "documents": len(documents),
        "spliced_documents": len(spliced),
        "spliced_sentences": sentences,
        "rows": len(y),
        "sentence_rows": int(is_sentence.sum()),
        "splice_variants": SPLICE_VARIANTS,
        "plain_variants": PLAIN_VARIANTS,
    }
    return pipeline, info
