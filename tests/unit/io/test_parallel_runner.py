"""The process runner (seedparse._io.parallel) is given the function that loads one file."""

from __future__ import annotations

import os

import pytest

from seedparse import Document, Failure, ParseError, SeedparseError
from seedparse._io.parallel import parse_in_processes
from seedparse._io.walk import Entry


def _load_one(entry: Entry) -> Document | SeedparseError:
    """A stand-in loader: the pid of the process that ran it, or an error for 'bad'."""
    if entry.rel.startswith("bad"):
        return ParseError("bad file", source=entry.source)
    return Document(source=entry.source, reader="pid", title=str(os.getpid()))


def _entries(names: list[str]) -> list[Entry]:
    out = []
    for name in names:
        failure = None
        if name.startswith("gone"):
            failure = Failure(path=name, error="FileAccessError", message="vanished")
        out.append(Entry(name, name, name, None, failure))
    return out


@pytest.mark.parametrize("workers", [2, 3])
def test_outcomes_come_back_in_walk_order_from_the_workers(workers: int) -> None:
    names = [f"f{i:02}" for i in range(40)] + ["bad1", "gone1", "f99"]
    results = list(parse_in_processes(_entries(names), workers, _load_one, 30.0))
    assert [entry.rel for entry, _ in results] == names
    outcomes = {entry.rel: outcome for entry, outcome in results}
    assert isinstance(outcomes["bad1"], ParseError)
    assert isinstance(outcomes["gone1"], Failure)  # never sent to a worker
    pids = {o.title for o in outcomes.values() if isinstance(o, Document)}
    assert str(os.getpid()) not in pids and 1 <= len(pids) <= workers


def test_no_entries_no_workers() -> None:
    assert list(parse_in_processes(iter(()), 2, _load_one, 30.0)) == []


def _load_or_die(entry: Entry) -> Document | SeedparseError:
    """A loader that kills its process on files named 'die…'."""
    if entry.rel.startswith("die"):
        os._exit(3)
    return Document(source=entry.source, reader="pid", title=str(os.getpid()))


def test_what_a_worker_sent_before_dying_is_not_taken_for_the_crash() -> None:
    # The race CI once lost a good file to: the parent polls the pipe (empty), the
    # worker then sends the outcome of the file before the fatal one and dies, and the
    # parent sees the exit code. The outcome in the pipe must still be read.
    import multiprocessing

    from seedparse._io.parallel import _Worker

    worker = _Worker(multiprocessing.get_context("fork"), [], (_load_or_die,))
    try:
        assert worker.give([(0, _entries(["ok"])[0]), (1, _entries(["die"])[0])])
        worker.process.join(timeout=30)
        assert worker.process.exitcode == 3
        real_readable = worker.readable
        polls: list[bool] = []

        def poll_empty_first() -> bool:
            polls.append(True)
            return False if len(polls) == 1 else real_readable()

        worker.readable = poll_empty_first  # type: ignore[method-assign]
        arrived, gone = worker.receive()
        assert gone
        assert [(seq, entry.rel) for seq, entry, _ in arrived] == [(0, "ok")]
        assert worker.source() == "die"  # the file it was on when it died
    finally:
        worker.stop(force=True)


def test_only_the_fatal_files_fail_when_workers_keep_dying() -> None:
    names = [f"die{i:02}" if i % 5 == 4 else f"ok{i:02}" for i in range(60)]
    for workers in (1, 2):
        results = list(parse_in_processes(_entries(names), workers, _load_or_die, 30.0))
        assert [entry.rel for entry, _ in results] == names
        failed = [entry.rel for entry, outcome in results if not isinstance(outcome, Document)]
        assert failed == [name for name in names if name.startswith("die")]
