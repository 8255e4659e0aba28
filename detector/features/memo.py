"""What a block's text alone decides, remembered across batches.

Page furniture repeats across the pages of a crawl: "Home", "Share", a
site's footer lines, its menu. Within one batch each distinct text is
computed once already; this memo carries short texts' values over to the
next batch. On the 181 pages of the extraction benchmark, cleaned 32 at a
time, the batches compute 19,785 texts (each batch's distinct ones), and only
15,056 of them are distinct across the run.

Only texts of up to ``MAX_REMEMBERED_CHARS`` characters are kept (furniture
is short; articles rarely repeat), and at most ``2 * capacity`` of them, so
the memory a long run holds stays bounded. Inside ``batch_scope`` texts of any
length are kept until the scope ends: cleaning a batch reads its paragraphs
again (the edge check, then settling the cleaned text), and they are the same
paragraphs. Values must be pure functions of the text: a remembered value is
exactly what computing it again would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")

MAX_REMEMBERED_CHARS = 200
"""Longer texts are computed every time."""
DEFAULT_CAPACITY = 10_000
"""Texts per generation; the memo holds the current and the previous generation.

At most 20,000 texts per memo. Measured with tracemalloc, a text costs about 2.8 KB in
the style, context and text-model memos together (most of it the context features'
word sets), so about 55 MB when all three are full."""


_SCOPE: ContextVar[dict[Any, dict[str, Any]] | None] = ContextVar("detector_batch_memo", default=None)
"""Per memo, the longer texts of the current batch (None outside ``batch_scope``)."""


@contextmanager
def batch_scope() -> Iterator[None]:
    """Remember texts of any length until the end of the block (one batch's passes).

    The memory is that of the batch's own texts, given back at exit; each
    thread or task has its own scope.
    """
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


class TextMemo(Generic[Value]):
    """A bounded text → value map that keeps what recent batches used.

    Two generations of plain dicts: when the current one is full it becomes
    the previous one and the oldest generation is dropped. A look-up that
    finds a text in the previous generation moves it forward. Concurrent use
    from threads at worst computes a value twice.
    """

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._current: dict[str, Value] = {}
        self._previous: dict[str, Value] = {}

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def get(self, text: str) -> Value | None:
        value = self._current.get(text)
        if value is None:
            value = self._previous.get(text)
            if value is not None:
                self._put(text, value)
        return value

    def _put(self, text: str, value: Value) -> None:
        if len(self._current) >= self.capacity:
            self._previous, self._current = self._current, {}
        self._current[text] = value

    def values(self, texts: Sequence[str], compute: Callable[[list[str]], Sequence[Value]]) -> list[Value]:
        """The value of each text (distinct texts expected), computing the unknown ones in one call."""
        scopes = _SCOPE.get()
        batch: dict[str, Value] | None = None if scopes is None else scopes.setdefault(self, {})
        found: list[Value | None] = [
            self.get(text) if len(text) <= MAX_REMEMBERED_CHARS else batch.get(text) if batch else None
            for text in texts
        ]
        missing = [i for i, value in enumerate(found) if value is None]
        if missing:
            computed = compute([texts[i] for i in missing])
            for i, value in zip(missing, computed):
                found[i] = value
                if len(texts[i]) <= MAX_REMEMBERED_CHARS:
                    self._put(texts[i], value)
                elif batch is not None:
                    batch[texts[i]] = value
        return found  # type: ignore[return-value]
