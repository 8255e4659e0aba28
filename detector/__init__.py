"""detector: find and remove out-of-context promotion and boilerplate in documents.

``detector.clean(text)`` uses the bundled default model, loaded on first use
(never at import time); ``detector.Detector.load(path)`` gives full control.
"""

from __future__ import annotations

import threading

from detector.batch.frame import clean_frame
from detector.blocks import Block, Kind, Label
from detector.detector import Detector
from detector.errors import DataError, DetectorError, InputError, ModelError

__all__ = [
    "Block",
    "DataError",
    "Detector",
    "DetectorError",
    "InputError",
    "Kind",
    "Label",
    "ModelError",
    "classify",
    "clean",
    "clean_frame",
    "default_detector",
]

_default: Detector | None = None
_default_lock = threading.Lock()


def default_detector() -> Detector:
    """The default model, loaded once per process on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Detector.load()
    return _default


def clean(text: str) -> str:
    """The purified text of one document, with the default model."""
    return default_detector().clean(text)


def classify(text: str) -> list[Block]:
    """The blocks of one document with their labels, with the default model."""
    return default_detector().classify(text)
