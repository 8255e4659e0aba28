"""How a batch run reports progress: a live bar on a terminal, one line per interval in logs.

Progress is measured in bytes of input read, the one total every input kind
knows before it is read (a JSONL shard's record count is not known until its
end); documents and documents per second are shown beside it.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

DEFAULT_LOG_INTERVAL = 30.0
"""Seconds between two progress lines when stderr is not a terminal."""


class Progress(Protocol):
    def start(self, total_bytes: int) -> None: ...

    def update(self, documents: int, failed: int, consumed_bytes: int) -> None: ...

    def close(self) -> None: ...


class SilentProgress:
    """No report (the Python API's default)."""

    def start(self, total_bytes: int) -> None:
        pass

    def update(self, documents: int, failed: int, consumed_bytes: int) -> None:
        pass

    def close(self) -> None:
        pass


class LogProgress:
    """A line on a stream every ``interval`` seconds: documents, rate, share of input, ETA."""

    def __init__(self, stream: TextIO | None = None, interval: float = DEFAULT_LOG_INTERVAL) -> None:
        self.stream = stream or sys.stderr
        self.interval = interval
        self._total = 0
        self._began = self._last = time.monotonic()

    def start(self, total_bytes: int) -> None:
        self._total = total_bytes
        self._began = self._last = time.monotonic()

    def update(self, documents: int, failed: int, consumed_bytes: int) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self._began, 1e-9)
        share = consumed_bytes / self._total if self._total else 0.0
        eta = elapsed * (1 - share) / share if share > 0 else float("nan")
        self.stream.write(
            f"detector batch: {documents:,} documents ({failed:,} failed), "
            f"{documents / elapsed:,.1f} documents/s, "
            f"{share:.0%} of input, ETA {_clock(eta)}\n"
        )
        self.stream.flush()

    def close(self) -> None:
        pass


class BarProgress:
    """A rich progress bar on stderr (for a terminal)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(
            TextColumn("[bold]detector batch"),
            BarColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[documents]:,} documents ({task.fields[failed]:,} failed)"),
            TextColumn("{task.fields[rate]:,.1f} documents/s"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self._task = self._bar.add_task("clean", total=None, documents=0, failed=0, rate=0.0)
        self._began = time.monotonic()

    def start(self, total_bytes: int) -> None:
        self._began = time.monotonic()
        self._bar.update(self._task, total=total_bytes)
        self._bar.start()

    def update(self, documents: int, failed: int, consumed_bytes: int) -> None:
        rate = documents / max(time.monotonic() - self._began, 1e-9)
        self._bar.update(self._task, completed=consumed_bytes, documents=documents, failed=failed, rate=rate)

    def close(self) -> None:
        self._bar.stop()


def progress_for(stream: TextIO, interval: float = DEFAULT_LOG_INTERVAL) -> Progress:
    """A bar when the stream is a terminal, else log lines."""
    return BarProgress() if stream.isatty() else LogProgress(stream, interval)


def _clock(seconds: float) -> str:
    if seconds != seconds or seconds == float("inf"):
        return "unknown"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
