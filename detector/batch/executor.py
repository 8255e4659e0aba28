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
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from threadpoolctl import threadpool_limits

from detector.batch.records import Item
from detector.batch.work import Outcome, Settings, clean_chunk
from detector.detector import Detector
from detector.errors import DetectorError

IN_FLIGHT_PER_WORKER = 2
"""Chunks submitted ahead per worker: enough to keep workers busy, few enough to bound memory."""

_worker_detector: Detector | None = None


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalCleaner:
    """Cleans chunks in the calling process."""

    def __init__(self, detector: Detector, settings: Settings) -> None:
        self.detector = detector
        self.settings = settings

    def map(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], list[Outcome]]]:
        for chunk in chunks:
            with threadpool_limits(limits=1):
                outcomes = clean_chunk(self.detector, chunk, self.settings)
            yield chunk, outcomes

    def close(self) -> None:
        pass


def _start_worker(model: str, threshold: float | None) -> None:
    global _worker_detector
    threadpool_limits(limits=1)
    _worker_detector = Detector.load(model, threshold=threshold)


def _clean_in_worker(chunk: list[Item], settings: Settings) -> list[Outcome]:
    assert _worker_detector is not None, "worker started without a model"
    return clean_chunk(_worker_detector, chunk, settings)


class PoolCleaner:
    """Cleans chunks in ``workers`` processes started fresh (spawn), each loading the model once."""

    def __init__(self, model: Path, threshold: float | None, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(str(model), threshold),
        )

    def map(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], list[Outcome]]]:
        pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        try:
            for chunk in chunks:
                pending.append((chunk, self._pool.submit(_clean_in_worker, chunk, self.settings)))
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
