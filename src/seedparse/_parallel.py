"""Parsing in worker processes that one bad file cannot sink.

Files go to a process pool in chunks, a bounded number in flight, and come back in
submission order, so the output is the same as with one process. If a chunk takes
longer than ``per_file_timeout`` per file, or a worker dies (a segfault in a C
extension, the OOM killer), the pool is replaced, the chunk is retried one file at a
time to find the culprit, which becomes a Failure ("timeout" / "worker crashed"),
and every other pending chunk is resubmitted to the new pool.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool

from ._errors import SeedparseError
from ._limits import Limits
from ._model import Document, Failure

__all__ = ["parse_in_processes"]

_CHUNK_FILES = 16
_IN_FLIGHT_PER_WORKER = 4

Outcome = Document | SeedparseError | Failure


def _parse_chunk(
    paths: list[str], reader: str | None, limits: Limits, encoding_errors: str
) -> list[Document | SeedparseError]:
    from ._load import _load_quietly

    return [_load_quietly(p, reader, limits, encoding_errors) for p in paths]  # type: ignore[arg-type]


def _new_pool(workers: int) -> cf.ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # fork keeps readers registered at run time; elsewhere the platform default.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return cf.ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _kill(pool: cf.ProcessPoolExecutor) -> None:
    # A worker stuck in C code (a regex holding the GIL) ignores everything but a
    # kill; the executor has no public way to do that.
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError):  # already gone
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def parse_in_processes(
    entries: Iterable[object],
    workers: int,
    reader: str | None,
    limits: Limits,
    encoding_errors: str,
) -> Iterator[tuple[object, Outcome]]:
    """Yield ``(entry, outcome)`` for each walk entry, in order, parsing in processes."""
    from ._load import _Entry

    pool = _new_pool(workers)
    pending: deque[tuple[list[_Entry], cf.Future[list[Document | SeedparseError]] | None]] = deque()
    source = iter(entries)
    exhausted = False

    def submit(chunk: list[_Entry]) -> cf.Future[list[Document | SeedparseError]] | None:
        files = [e.path for e in chunk if e.failure is None]
        if not files:
            return None
        return pool.submit(_parse_chunk, files, reader, limits, encoding_errors)

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(pending) < workers * _IN_FLIGHT_PER_WORKER:
            chunk: list[_Entry] = []
            for entry in source:
                chunk.append(entry)  # type: ignore[arg-type]
                if len(chunk) >= _CHUNK_FILES:
                    break
            else:
                exhausted = True
            if chunk:
                pending.append((chunk, submit(chunk)))

    def restart() -> None:
        nonlocal pool
        _kill(pool)
        pool = _new_pool(workers)
        for i, (chunk, _) in enumerate(pending):
            pending[i] = (chunk, submit(chunk))

    def isolate(chunk: list[_Entry]) -> Iterator[tuple[object, Outcome]]:
        """Run each file of a chunk alone to find the one that breaks the pool."""
        for entry in chunk:
            if entry.failure is not None:
                yield entry, entry.failure
                continue
            future = pool.submit(_parse_chunk, [entry.path], reader, limits, encoding_errors)
            try:
                yield entry, future.result(timeout=limits.per_file_timeout)[0]
            except cf.TimeoutError:
                restart()
                yield entry, _failure(entry.path, "timeout", limits.per_file_timeout)
            except BrokenProcessPool:
                restart()
                yield entry, _failure(entry.path, "worker crashed", None)

    try:
        fill()
        while pending:
            chunk, future = pending.popleft()
            if future is None:
                for entry in chunk:
                    yield entry, entry.failure  # type: ignore[misc]
                fill()
                continue
            try:
                outcomes = iter(future.result(timeout=limits.per_file_timeout * len(chunk) + 1))
            except (cf.TimeoutError, BrokenProcessPool, cf.CancelledError):
                restart()
                yield from isolate(chunk)
            else:
                for entry in chunk:
                    yield entry, entry.failure if entry.failure is not None else next(outcomes)
            fill()
    finally:
        _kill(pool) if pending else pool.shutdown(wait=True)


def _failure(path: str, what: str, seconds: float | None) -> Failure:
    if what == "timeout":
        message = f"timeout: parsing took longer than {seconds:g} s (per_file_timeout)"
        return Failure(path=path, error="Timeout", message=message)
    return Failure(path=path, error="WorkerCrashed", message="worker crashed while parsing")
