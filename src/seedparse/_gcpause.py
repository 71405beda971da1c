"""Pause CPython's cyclic garbage collector while a reader builds a large Document.

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

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic cyclic collection inside the ``with`` block."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
