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
