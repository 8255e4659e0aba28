"""Where chunks are cleaned: in this process, or in worker processes that each load the model once.

Both give results in submission order, so output does not depend on the
number of workers. The process pool keeps at most a few chunks per worker in
flight, so memory stays bounded however long the input. Each cleaner uses one
thread for the model's native code: the workers already fill the cores, and
OpenMP threads that wait for each other on a busy machine cost more than they
give.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

from threadpoolctl import threadpool_limits

from detector.batch.records import Item
from detector.batch.work import Outcome, Settings, clean_chunk, score_chunk
from detector.blocks import Block
from detector.detector import Detector
from detector.errors import DetectorError
from detector.repeats import RepeatCounts

T = TypeVar("T")

IN_FLIGHT_PER_WORKER = 2
"""Chunks submitted ahead per worker: enough to keep workers busy, few enough to bound memory."""

_worker_detector: Detector | None = None
_worker_repeats: RepeatCounts | None = None


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalCleaner:
    """Cleans chunks in the calling process."""

    def __init__(self, detector: Detector, settings: Settings, repeats: RepeatCounts | None = None) -> None:
        self.detector = detector
        self.settings = settings
        self.repeats = repeats

    def map(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], list[Outcome]]]:
        for chunk in chunks:
            with threadpool_limits(limits=1):
                outcomes = clean_chunk(self.detector, chunk, self.settings, self.repeats)
            yield chunk, outcomes

    def score(self, chunks: Iterable[list[Item]]) -> Iterator[list[list[Block]]]:
        for chunk in chunks:
            # The limit is process-wide: it must not stay set while the consumer holds the generator.
            with threadpool_limits(limits=1):
                scored = score_chunk(self.detector, chunk, self.settings)
            yield scored

    def close(self) -> None:
        pass


def _start_worker(model: str, threshold: float | None, repeats: RepeatCounts | None) -> None:
    global _worker_detector, _worker_repeats
    threadpool_limits(limits=1)
    _worker_detector = Detector.load(model, threshold=threshold)
    _worker_repeats = repeats


def _clean_in_worker(chunk: list[Item], settings: Settings) -> list[Outcome]:
    assert _worker_detector is not None, "worker started without a model"
    return clean_chunk(_worker_detector, chunk, settings, _worker_repeats)


def _score_in_worker(chunk: list[Item], settings: Settings) -> list[list[Block]]:
    assert _worker_detector is not None, "worker started without a model"
    return score_chunk(_worker_detector, chunk, settings)


class PoolCleaner:
    """Cleans chunks in ``workers`` processes started fresh (spawn), each loading the model once."""

    def __init__(
        self,
        model: Path,
        threshold: float | None,
        settings: Settings,
        workers: int,
        repeats: RepeatCounts | None = None,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(str(model), threshold, repeats),
        )

    def map(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], list[Outcome]]]:
        yield from self._ordered(chunks, _clean_in_worker)

    def score(self, chunks: Iterable[list[Item]]) -> Iterator[list[list[Block]]]:
        for _, blocks in self._ordered(chunks, _score_in_worker):
            yield blocks

    def _ordered(
        self, chunks: Iterable[list[Item]], task: Callable[[list[Item], Settings], T]
    ) -> Iterator[tuple[list[Item], T]]:
        """Each chunk with its result, in submission order, a bounded number in flight."""
        pending: deque[tuple[list[Item], Future[T]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        try:
            for chunk in chunks:
                pending.append((chunk, self._pool.submit(task, chunk, self.settings)))
                if len(pending) >= limit:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        except BrokenProcessPool as error:
            raise DetectorError(
                "a worker process died (out of memory, or killed); rerun with --resume to finish"
            ) from error

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
