"""Reading documents from files and stdin, with errors that name the input."""

from __future__ import annotations

import sys
from pathlib import Path

from detector.errors import InputError

STDIN = "-"


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); undecodable bytes are an error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error


def read_document(path: str) -> str:
    """The text of a file, or of stdin for ``-``, with its line endings untouched."""
    return decode(read_bytes(path), "<stdin>" if path == STDIN else path)


def read_any(path: str, input_format: str = "auto") -> str | bytes:
    """A document for the detector: an HTML page's bytes (decoded by its own charset later), else text."""
    from detector.page import looks_like_html

    data = read_bytes(path)
    if input_format == "html" or (
        input_format == "auto" and looks_like_html(data[:4096].decode("utf-8", "replace"))
    ):
        return data
    return decode(data, "<stdin>" if path == STDIN else path)


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of stdin for ``-``; a missing or unreadable input is an InputError."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    try:
        return file.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
