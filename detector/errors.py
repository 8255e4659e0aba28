"""Errors the library raises; the CLI maps each family to one exit code."""


class DetectorError(Exception):
    """Base class of every error detector raises on purpose."""


class InputError(DetectorError):
    """The input could not be read or decoded (names the input and the place)."""


class DataError(DetectorError):
    """A labelled-data file is malformed (names the file and the line)."""


class ModelError(DetectorError):
    """A model file is missing, unreadable or incompatible."""
