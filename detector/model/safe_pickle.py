"""Model files that cannot run code when they are loaded.

A pickle names the functions and classes that rebuild its objects, and a
plain ``pickle.load`` calls whatever it names (``os.system`` included), so a
model file passed between teams could run anything. Here the unpickler looks
up only trusted names (the mechanism the ``pickle`` documentation gives for
untrusted data, "Restricting Globals"), and any other name stops the load
before it is called:

- classes that are scikit-learn estimators (subclasses of ``BaseEstimator``)
  from ``sklearn`` or from ``detector`` itself: building one stores its
  parameters and nothing else;
- the few other names a fitted scikit-learn model is made of (numpy arrays,
  dtypes and random generators, the losses and tree predictors of gradient
  boosting), listed one by one in ``TRUSTED_NAMES``.

Functions are never trusted, except the listed numpy and Cython rebuilders,
which only build the object their arguments describe. The file is a gzip
stream of one pickle (protocol 5); the C unpickler reads it, so loading is
fast as well as safe.
"""

from __future__ import annotations

import gzip
import importlib
import io
import pickle
from pathlib import Path
from typing import Any

from detector.errors import ModelError

TRUSTED_NAMES: frozenset[tuple[str, str]] = frozenset(
    {
        ("builtins", "slice"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "complex"),
        ("collections", "OrderedDict"),
        ("numpy", "dtype"),
        ("numpy", "ndarray"),
        *(
            (numpy_core, name)
            for numpy_core in ("numpy.core.multiarray", "numpy._core.multiarray")
            for name in ("_reconstruct", "scalar")
        ),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.numeric", "_frombuffer"),
        *(
            ("numpy", name)
            for name in (
                "float16",
                "float32",
                "float64",
                "int8",
                "int16",
                "int32",
                "int64",
                "uint8",
                "uint16",
                "uint32",
                "uint64",
                "bool_",
            )
        ),
        ("numpy.random._pickle", "__bit_generator_ctor"),
        ("numpy.random._pickle", "__generator_ctor"),
        ("numpy.random._pickle", "__randomstate_ctor"),
        ("numpy.random._pcg64", "PCG64"),
        ("numpy.random._mt19937", "MT19937"),
        ("numpy.random.bit_generator", "SeedSequence"),
        ("numpy.random.bit_generator", "__pyx_unpickle_SeedSequence"),
        ("scipy.sparse._csr", "csr_matrix"),
        ("scipy.sparse._csr", "csr_array"),
        ("scipy.sparse._csc", "csc_matrix"),
        ("sklearn._loss._loss", "CyHalfBinomialLoss"),
        ("sklearn._loss._loss", "CyHalfMultinomialLoss"),
        ("sklearn._loss._loss", "__pyx_unpickle_CyHalfBinomialLoss"),
        ("sklearn._loss._loss", "__pyx_unpickle_CyHalfMultinomialLoss"),
        ("sklearn._loss.link", "Interval"),
        ("sklearn._loss.link", "MultinomialLogit"),
        ("sklearn._loss.link", "LogitLink"),
        ("sklearn._loss.loss", "HalfBinomialLoss"),
        ("sklearn._loss.loss", "HalfMultinomialLoss"),
        ("sklearn.ensemble._hist_gradient_boosting.predictor", "TreePredictor"),
    }
)
"""Names other than estimator classes that a fitted detector model is rebuilt from."""

TRUSTED_PACKAGES = ("sklearn", "detector")
"""Packages whose estimator classes (``BaseEstimator`` subclasses) a model may contain."""

COMPRESS_LEVEL = 6


class UntrustedModel(ModelError):
    """A model file asked for a name outside the trusted list; nothing of it was run."""


class _TrustedUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BufferedIOBase, source: Path) -> None:
        super().__init__(file)
        self.source = source

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in TRUSTED_NAMES:
            return super().find_class(module, name)
        if module.split(".")[0] in TRUSTED_PACKAGES and "." not in name:
            found = getattr(importlib.import_module(module), name, None)
            if _is_estimator_class(found):
                return found
        raise UntrustedModel(
            f"{self.source}: refused to load: it asks for {module}.{name}, which is not a trusted part "
            "of a detector model (nothing in the file was run)"
        )


def _is_estimator_class(candidate: object) -> bool:
    from sklearn.base import BaseEstimator

    return isinstance(candidate, type) and issubclass(candidate, BaseEstimator)


def dump_model(model: Any, path: Path) -> None:
    """Write a model in the trusted format (a gzip-compressed pickle)."""
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=COMPRESS_LEVEL, mtime=0) as handle,
    ):
        pickle.dump(model, handle, protocol=5)


def load_model_file(path: Path) -> Any:
    """Read a model written by ``dump_model``; anything outside the trusted names is refused."""
    try:
        with gzip.open(path, "rb") as handle:
            return _TrustedUnpickler(handle, path).load()
    except UntrustedModel:
        raise
    except Exception as error:  # a damaged or foreign file
        raise ModelError(f"{path}: cannot load model ({type(error).__name__}: {error})") from error
