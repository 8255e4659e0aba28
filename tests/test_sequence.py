"""The second stage learns from neighbours: a block is promo because its run is."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from detector.model.sequence import SequenceStacker


def synthetic(n_docs: int, rng: np.random.Generator) -> tuple[sp.csr_matrix, np.ndarray]:
    """Documents of 8 blocks; a 3-block promo run whose middle block has no signal."""
    rows, labels = [], []
    for d in range(n_docs):
        start = int(rng.integers(1, 5))
        for i in range(8):
            in_run = start <= i < start + 3
            signal = 1.0 if in_run and i != start + 1 else 0.0
            rows.append([signal + rng.normal(0, 0.05), rng.normal(0, 1), d, d])
            labels.append("promo/ad" if in_run else "content")
    return sp.csr_matrix(np.array(rows)), np.array(labels, dtype=object)


def test_silent_middle_of_a_run_is_recovered_by_the_second_stage() -> None:
    rng = np.random.default_rng(0)
    X, y = synthetic(120, rng)
    model = SequenceStacker(LogisticRegression(), LogisticRegression(), window=1, cv=3).fit(X, y)
    X_test, y_test = synthetic(40, rng)
    first = model.classes_[np.argmax(model.first_stage_proba(X_test), axis=1)]
    second = model.predict(X_test)
    silent = (y_test == "promo/ad") & (np.asarray(X_test[:, 0].todense()).ravel() < 0.5)
    assert (first[silent] == "content").mean() > 0.9
    assert (second[silent] == "promo/ad").mean() > 0.9
    assert (second == y_test).mean() > 0.97


def test_neighbours_never_cross_document_boundaries() -> None:
    scores = np.array([[0.9, 0.1], [0.1, 0.9], [0.9, 0.1]])
    model = SequenceStacker(window=1)
    model.classes_ = np.array(["content", "promo/ad"], dtype=object)
    features = model.sequence_features(scores, np.array([0.0, 0.0, 1.0]))
    names = model.sequence_feature_names_
    assert features[1, names.index("next1:missing")] == 1.0
    assert features[2, names.index("previous1:missing")] == 1.0
    assert features[0, names.index("previous1:missing")] == 1.0
    assert features[1, names.index("previous1:missing")] == 0.0


def test_passthrough_gives_the_second_stage_the_blocks_own_features() -> None:
    rng = np.random.default_rng(1)
    X, y = synthetic(30, rng)
    plain = SequenceStacker(LogisticRegression(), LogisticRegression(), window=1, cv=3).fit(X, y)
    through = SequenceStacker(
        LogisticRegression(), LogisticRegression(), window=1, cv=3, passthrough=True
    ).fit(X, y)
    assert through.final_estimator_.n_features_in_ == plain.final_estimator_.n_features_in_ + 2


def test_final_stage_of_a_subset_reuses_its_first_stage_scores() -> None:
    rng = np.random.default_rng(2)
    X, y = synthetic(40, rng)
    model = SequenceStacker(LogisticRegression(), LogisticRegression(), window=1, cv=3).fit(X, y)
    X_test, _ = synthetic(6, rng)
    rows = [0, 1, 2, 5, 9, 10, 11, 30]
    own, _ = model.predict_proba_stages(X_test)
    expected = model.predict_proba_stages(X_test[rows])[1]
    assert np.allclose(model.final_proba(X_test[rows], own[rows]), expected)
    assert not np.allclose(model.predict_proba(X_test)[rows], expected)
