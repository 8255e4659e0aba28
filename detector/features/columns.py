"""Input validation shared by the custom transformers.

The transformers read columns of the block frame (a document key, a text).
They also accept plain 2-D arrays, validated as scikit-learn's estimator
checks expect, so that the conventions are tested rather than assumed.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp


def as_columns(X: Any) -> np.ndarray:
    """Return X as a 2-D object array (one row per block)."""
    if sp.issparse(X):
        raise TypeError("sparse input is not supported: these transformers read text columns")
    if isinstance(X, pd.Series):
        raise ValueError(
            "Expected 2D array, got 1D array instead. Reshape your data: select columns with a list"
        )
    array = X.to_numpy(dtype=object) if isinstance(X, pd.DataFrame) else np.asarray(X)
    if array.ndim != 2:
        raise ValueError(
            f"Expected 2D array, got {array.ndim}D array instead (shape {array.shape}). "
            "Reshape your data with array.reshape(-1, 1) if it holds a single column."
        )
    if array.ndim == 2 and array.dtype.kind == "f" and not np.isfinite(array).all():
        raise ValueError("Input X contains NaN or infinity")
    if array.ndim == 2 and array.dtype == object and pd.isna(array).any():
        raise ValueError("Input X contains NaN")
    if np.iscomplexobj(array):
        raise ValueError("Complex data not supported")
    if array.shape[1] == 0:
        raise ValueError(f"0 feature(s) (shape={array.shape}) while a minimum of 1 is required.")
    return array.astype(object)


def text_input_tags(tags: Any) -> Any:
    """Estimator tags of a transformer that reads text columns."""
    tags.input_tags.string = True
    tags.input_tags.two_d_array = True
    tags.requires_fit = True
    return tags


def as_texts(column: np.ndarray) -> list[str]:
    """The column's cells as strings; a missing value (NaN) is an error, None is empty."""
    texts = []
    for cell in column:
        if cell is None:
            texts.append("")
        elif isinstance(cell, float) and not math.isfinite(cell):
            raise ValueError("Input X contains NaN or infinity, which is not text")
        else:
            texts.append(str(cell))
    return texts


def fitted_columns(estimator: Any, X: Any, fitted: str = "n_features_in_") -> np.ndarray:
    """X as columns for a fitted transformer: refused if unfitted or of another width."""
    from sklearn.utils.validation import check_is_fitted

    check_is_fitted(estimator, fitted)
    columns = as_columns(X)
    if columns.shape[1] != estimator.n_features_in_:
        raise ValueError(
            f"X has {columns.shape[1]} features, but {type(estimator).__name__} is expecting "
            f"{estimator.n_features_in_} features as input."
        )
    return columns
