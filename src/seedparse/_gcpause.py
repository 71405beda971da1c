"""Pause CPython's cyclic garbage collector while seedparse builds many objects.

Used around a reader building a large Document (the transcript, html, article and
web-page readers) and around the loops of ``load_dir``/``iter_dir``, whose held results
would otherwise be walked by every full collection (23 % of a ``load_dir``,
docs/design/compact-model.md §2.2).

The collector runs a full pass over every tracked object each time the number of
long-lived objects has grown by a quarter. A note with 100,000 timestamp anchors
builds half a million model objects (passages, citations, spans, tuples), none of them
garbage and none of them in a cycle, and those passes took half of its parse time
(1.19 of 2.31 CPU seconds) and made the time grow faster than the input (10x the
anchors, 13x the time; 10x with the collector paused). Mercurial pauses the collector
around the building of large containers for the same reason.

Reference counting still frees everything as usual while the collector is paused; only
the search for reference cycles waits until the reader is done, and the readers that
use this create no cycles. The pause is process-wide (the collector has one switch),
so it is counted: overlapping pauses from several threads switch it back on when the
last one ends, and only if it was on when the first one began. Code that switches the
collector itself in another thread meanwhile may see its change undone.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import TypeVar

__all__ = ["collector_paused", "paused_steps"]

T = TypeVar("T")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class collector_paused:
    """Disable automatic cyclic collection inside the ``with`` block.

    A class rather than a generator-based context manager: ``load_dir`` enters it once
    per file, where the generator machinery cost more than the switch itself."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *exc_info: object) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused_steps(items: Iterator[T]) -> Iterator[T]:
    """``items`` with the collector paused while each item is made, and in the
    caller's state while the caller holds it: the pause never covers the caller's own
    code between two ``next()`` calls, and closing early restores it too."""
    while True:
        with collector_paused():
            try:
                item = next(items)
            except StopIteration:
                return
        yield item
