"""The process runner (seedparse._io.parallel) is given the function that loads one file."""

from __future__ import annotations

import os
import time

import pytest

from seedparse import Document, Failure, ParseError, SeedparseError
from seedparse._io import parallel
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
    # worker then sends the frame of the batch before the fatal one and dies, and the
    # parent sees the exit code. The frame in the pipe must still be read.
    from seedparse._io.parallel import _Worker

    worker = _Worker([], (_load_or_die,))
    try:
        assert worker.give([(0, _entries(["ok"])[0])])
        assert worker.give([(1, _entries(["die"])[0])])
        worker.process.join(30)
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
        at = worker.position()
        assert (at, worker.source(at)) == (0, "die")  # the file it was on when it died
    finally:
        worker.stop(force=True)


def test_a_worker_that_dies_in_a_batch_names_the_file_it_was_on() -> None:
    # One frame per batch: the outcomes of the files before the fatal one die with
    # the worker, and its shared progress says which file it was on.
    from seedparse._io.parallel import _Worker

    worker = _Worker([], (_load_or_die,))
    try:
        assert worker.give(list(enumerate(_entries(["ok1", "ok2", "die", "ok3"]))))
        worker.process.join(30)
        arrived, gone = worker.receive()
        assert gone and arrived == []
        at = worker.position()
        assert (at, worker.source(at)) == (2, "die")
    finally:
        worker.stop(force=True)


def _load_or_hang(entry: Entry) -> Document | SeedparseError:
    """A loader that never returns on files named 'hang…'."""
    if entry.rel.startswith("hang"):
        time.sleep(3600)
    return Document(source=entry.source, reader="pid", title=entry.rel)


def test_a_timeout_in_a_batch_names_the_file_that_ran_past_it() -> None:
    # The files before it in its batch were parsed but not sent when the worker was
    # killed: they are parsed again, and only the hanging file is the failure.
    # (5 s: generous, so that a loaded machine never times out a good file)
    names = ["ok1", "ok2", "hang1", "ok3", "ok4"]
    results = list(parse_in_processes(_entries(names), 2, _load_or_hang, 5.0))
    assert [entry.rel for entry, _ in results] == names
    failed = {entry.rel: o for entry, o in results if not isinstance(o, Document)}
    assert list(failed) == ["hang1"]
    assert "timeout" in failed["hang1"].message  # type: ignore[union-attr]


def test_only_the_fatal_files_fail_when_workers_keep_dying() -> None:
    names = [f"die{i:02}" if i % 5 == 4 else f"ok{i:02}" for i in range(60)]
    for workers in (1, 2):
        results = list(parse_in_processes(_entries(names), workers, _load_or_die, 30.0))
        assert [entry.rel for entry, _ in results] == names
        failed = [entry.rel for entry, outcome in results if not isinstance(outcome, Document)]
        assert failed == [name for name in names if name.startswith("die")]


def _load_slowly(entry: Entry) -> Document | SeedparseError:
    """A loader that takes a few milliseconds per file, as a small document does."""
    time.sleep(0.003)
    return Document(source=entry.source, reader="pid", title=entry.rel)


def test_the_parent_wakes_once_per_several_outcomes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parent's CPU per document caps two workers on two cores; waking once per
    # outcome was most of it. With its naps it wakes about once per four outcomes of a
    # worker (it naps for half the work the worker holds beyond the current file).
    waits: list[int] = []
    real_wait = parallel._wait

    def counted(busy: list[parallel._Worker], timeout: float | None) -> None:
        waits.append(len(busy))
        real_wait(busy, timeout)

    monkeypatch.setattr(parallel, "_wait", counted)
    names = [f"f{i:03}" for i in range(160)]
    results = list(parse_in_processes(_entries(names), 2, _load_slowly, 30.0))
    assert [outcome.title for _, outcome in results] == names  # type: ignore[union-attr]
    assert len(waits) <= len(names) // 3


def test_outcomes_larger_than_a_pipe_come_back_whole() -> None:
    # Frames of several reads each (a pipe holds 64-256 KiB; the parent reads 64 KiB
    # at a time) and many small frames in one read, interleaved.
    sizes = [10, 3_000_000, 5, 300_000, 1, 70_000, 0, 1_000_000] * 3

    def load_sized(entry: Entry) -> Document | SeedparseError:
        size = sizes[int(entry.rel[1:])]
        return Document(source=entry.source, reader="big", title="é" * size + entry.rel)

    names = [f"f{i:02}" for i in range(len(sizes))]
    results = list(parse_in_processes(_entries(names), 2, load_sized, 60.0))
    assert [outcome.title for _, outcome in results] == [  # type: ignore[union-attr]
        "é" * size + name for size, name in zip(sizes, names, strict=True)
    ]


class _Paced:
    """A stand-in for a busy worker: the files it holds and its seconds per file."""

    def __init__(self, held: int, pace: float | None, rate: float | None = None) -> None:
        self.batch = [None] * held
        self._pace = pace
        self._rate = rate

    def pace(self) -> float | None:
        return self._pace

    def rate(self) -> float | None:
        return self._rate


def test_the_nap_is_half_the_least_held_work_and_bounded() -> None:
    def nap(workers: list[_Paced], left: float | None) -> float:
        return parallel._nap(workers, left)  # type: ignore[arg-type]

    assert nap([_Paced(17, 0.001)], None) == pytest.approx(0.008)
    assert nap([_Paced(17, 0.001), _Paced(5, 0.001)], None) == pytest.approx(0.002)
    assert nap([_Paced(17, 0.001), _Paced(9, None)], None) == 0.0  # no pace yet
    assert nap([_Paced(1, 0.5)], None) == 0.0  # on its last file: wait for it
    assert nap([_Paced(24, 10.0)], None) == parallel._MAX_NAP
    assert nap([_Paced(24, 10.0)], 0.01) == 0.01  # never past a per_file_timeout
    # never longer than the worker takes to fill half its pipe's buffer
    room = parallel._ROOM
    assert nap([_Paced(17, 0.001, rate=room * 1000.0)], None) == pytest.approx(0.0005)


def test_batches_hold_about_the_same_work_and_shrink_at_the_end() -> None:
    def size(paces: list[float | None], left: int | None) -> int:
        pool = [_Paced(0, pace) for pace in paces]
        return parallel._batch_size(pool, left, 2)  # type: ignore[arg-type]

    assert size([], None) == parallel._BATCH  # no pace known yet
    assert size([None, None], None) == parallel._BATCH
    # small files: more of them per batch, at the fastest worker's pace, bounded
    assert size([0.001, 0.0005], None) == int(parallel._BATCH_SECONDS / 0.0005)
    assert size([1e-6], None) == parallel._MAX_BATCH
    assert size([1.0], None) == parallel._BATCH  # slow files: never fewer than _BATCH
    # the walk is over: a quarter of what is left (two workers), down to one file
    assert size([1e-6], 100) == 25
    assert size([1e-6], 3) == 1
    assert size([1e-6], 1000) == parallel._MAX_BATCH


def test_small_files_go_out_in_larger_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # Files of a quarter of a millisecond (transcript notes): the parent hands out
    # far fewer batches than one per _BATCH files, and the outcomes stay in order.
    # Batches are sized by the pace the parent measures, which a busy machine slows
    # down (CI once saw 284 batches where 187 was the bound): a batch of a thousand
    # seconds makes any measured pace ask for _MAX_BATCH files, so what is tested is
    # that the pace is used, not how fast this machine is.
    monkeypatch.setattr(parallel, "_BATCH_SECONDS", 1000.0)
    sent: list[int] = []
    real_give = parallel._Worker.give

    def counted(self: parallel._Worker, batch: list[tuple[int, Entry]]) -> bool:
        sent.append(len(batch))
        return real_give(self, batch)

    monkeypatch.setattr(parallel._Worker, "give", counted)
    names = [f"f{i:04}" for i in range(3000)]

    def quick(entry: Entry) -> Document | SeedparseError:
        return Document(source=entry.source, reader="quick", title=entry.rel)

    results = list(parse_in_processes(_entries(names), 2, quick, 30.0))
    assert [outcome.title for _, outcome in results] == names  # type: ignore[union-attr]
    assert sum(sent) == len(names)
    assert max(sent) > parallel._BATCH
    assert len(sent) < len(names) // parallel._BATCH / 2


def _children() -> set[int]:
    """The pids whose parent is this process, zombies (not reaped yet) included."""
    found = set()
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid():
                found.add(int(name))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
def test_no_pipe_or_process_outlives_a_run_even_with_crashes() -> None:
    names = [f"die{i:02}" if i % 7 == 3 else f"ok{i:02}" for i in range(40)]
    list(parse_in_processes(_entries(names), 2, _load_or_die, 30.0))  # warm imports
    before = len(os.listdir("/proc/self/fd"))
    children = _children()
    for _ in range(3):
        results = list(parse_in_processes(_entries(names), 2, _load_or_die, 30.0))
        assert len(results) == len(names)
    stream = parse_in_processes(_entries(names), 2, _load_or_die, 30.0)
    next(stream)
    stream.close()  # a caller that stops early
    assert len(os.listdir("/proc/self/fd")) == before
    assert _children() <= children  # every worker was reaped


def test_the_shared_progress_is_never_read_half_written() -> None:
    # The parent reads a worker's progress while the worker writes it: the count it
    # reads never comes with a time older than that file's start (nor with none, as
    # when struct.pack_into zeroed the field before writing it).
    from seedparse._io.parallel import _Progress

    progress = _Progress()
    pid = os.fork()
    if pid == 0:
        for number in range(300_000):
            progress.start(number)
        os._exit(0)
    try:
        seen = 0
        while True:
            done, _ = os.waitpid(pid, os.WNOHANG)
            started, at = progress.read()
            if started:
                assert 0 < at <= time.monotonic()
                seen += 1
            if done:
                break
        assert progress.read()[0] == 300_000 and seen > 0
    finally:
        progress.close()


def test_runs_stream_before_the_later_files_are_parsed(tmp_path: os.PathLike[str]) -> None:
    # Files ahead come back (as a run) while a later one still waits for the
    # consumer: one frame per batch still streams, batch by batch. (A file in the
    # same batch as a slow one, before it, comes back with it, or once 50 ms of work
    # have passed after it: the worker sends between files.)
    flag = os.path.join(tmp_path, "go")

    def wait_for_flag(entry: Entry) -> Document | SeedparseError:
        if entry.rel.startswith("late"):
            deadline = time.monotonic() + 30
            while not os.path.exists(flag) and time.monotonic() < deadline:
                time.sleep(0.005)
            if not os.path.exists(flag):
                return ParseError("the consumer never saw the first run", source=entry.source)
        return Document(source=entry.source, reader="pid", title=entry.rel)

    names = [f"early{i}" for i in range(8)] + ["late"]
    runs = parallel.runs_in_processes(_entries(names), 2, wait_for_flag, 60.0)
    try:
        first = next(runs)
        assert first and all(entry.rel.startswith("early") for entry, _ in first)
        open(flag, "w").close()
        rest = [item for run in runs for item in run]
        assert [entry.rel for entry, _ in first + rest] == names
        assert all(isinstance(outcome, Document) for _, outcome in first + rest)
    finally:
        runs.close()


def test_every_worker_is_topped_up_before_the_parent_waits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Files vary in cost (an article with quotations takes ten notes' time), so a
    # worker handed one batch per wake-up ran dry while the parent napped or was not
    # scheduled. Whenever the parent waits with files still to hand out, every busy
    # worker holds more than _BATCHES_HELD - 1 batches of the current size.
    sizes: list[int] = []
    real_size = parallel._batch_size

    def sized(pool: list[parallel._Worker], left: int | None, workers: int) -> int:
        sizes.append(real_size(pool, left, workers))
        return sizes[-1]

    given = [0]
    real_give = parallel._Worker.give

    def counted(self: parallel._Worker, batch: list[tuple[int, Entry]]) -> bool:
        given[0] += len(batch)
        return real_give(self, batch)

    short: list[tuple[int, int]] = []
    real_wait = parallel._wait
    names = [f"f{i:03}" for i in range(200)]

    def checked(busy: list[parallel._Worker], timeout: float | None) -> None:
        if given[0] < len(names):
            low = sizes[-1] * (parallel._BATCHES_HELD - 1)
            short.extend((len(w.batch), low) for w in busy if len(w.batch) <= low)
        real_wait(busy, timeout)

    monkeypatch.setattr(parallel, "_batch_size", sized)
    monkeypatch.setattr(parallel._Worker, "give", counted)
    monkeypatch.setattr(parallel, "_wait", checked)
    results = list(parse_in_processes(_entries(names), 2, _load_slowly, 30.0))
    assert [outcome.title for _, outcome in results] == names  # type: ignore[union-attr]
    assert given[0] == len(names)
    assert short == []
