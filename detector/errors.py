"""Errors the library raises; the CLI maps each family to one exit code."""


class DetectorError(Exception):
    """Base class of every error detector raises on purpose."""


class InputError(DetectorError):
    """The input could not be read or decoded (names the input and the place)."""


class DataError(DetectorError):
    """A labelled-data file is malformed (names the file and the line)."""


class ModelError(DetectorError):
    """A model file is missing, unreadable or incompatible."""


class UsageError(DetectorError):
    """The command was asked for something it cannot do as asked (an option or path that conflicts)."""


class ErrorRateExceeded(DetectorError):
    """A batch run met more unreadable or uncleanable records than ``--max-error-rate`` allows."""


class TimeBudgetExceeded(DetectorError):
    """A document needs more time (or is larger) than its budget allows; it is left uncleaned."""
