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
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), "<stdin>")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a document")
    try:
        data = file.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from error
    return decode(data, path)
