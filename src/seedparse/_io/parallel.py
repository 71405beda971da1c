"""Parsing in worker processes that one bad file cannot sink.

Each worker is a forked process with a pipe of its own. The parent hands it a small
batch of files; the worker sends back the outcomes of a batch together, one frame per
batch (or per ``_FRAME_SECONDS`` within a long one), and records in a small
shared memory map (``_Progress``) which file it is on and since when, so the parent
always knows both without a message per file. A file that runs past
``Limits.per_file_timeout`` gets its worker killed and becomes a failure ("timeout");
a worker that dies (a segfault in a C extension, the OOM killer) makes the file it was
on a failure ("worker crashed"). Either way the rest of the batch goes back to the
queue and a fresh worker takes over, so every other file is still read. Only the
files the dead worker had finished but not yet sent (at most ``_FRAME_SECONDS`` of its
work) are parsed a second time; no file that came back is parsed again. Outcomes come
back in walk order, and at most a bounded window of them waits in the parent for a
slow file ahead of them.

The parent's CPU per document is what caps two workers on two cores (three processes
share them: docs/measuring.md), so it is kept small: a worker writes each frame as a
length-prefixed pickle of the list of its outcomes with one ``writev``; the parent
reads whatever its pipe holds in one ``read`` and unpickles the frames from that
buffer, and between wake-ups it naps for about half the time its workers' held files
take, so that it wakes once per several frames rather than once per outcome.

Batches are sized by time, not by count: a worker is handed about ``_BATCH_SECONDS``
of work at a time at the pace its files have gone so far (between ``_BATCH`` and
``_MAX_BATCH`` files), so that small files (transcript notes: a quarter of a
millisecond each) do not cost the parent a send and a wake-up every few
milliseconds. Once the walk is over, batches shrink with what is left (guided
scheduling), so that no worker sits on a long batch while the other has finished.
At every wake-up each worker is topped up to ``_BATCHES_HELD`` batches, one to each in
turn: files vary in cost, and a worker given one batch per wake-up ran dry while the
parent napped or waited for a core.
Each pipe's buffer is enlarged (``_ROOM``) so that a worker never blocks on a full
pipe while the parent naps.
"""

from __future__ import annotations

import contextlib
import math
import mmap
import os
import pickle
import select
import signal
import socket
import struct
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from .._errors import LimitExceeded, ParseError, SeedparseError
from .._model import Document, Failure
from .forked import Channel, Child
from .walk import Entry

__all__ = ["LoadOne", "parse_in_processes", "runs_in_processes"]

_BATCH = 8
# A batch is about this many seconds of a worker's work, at most _MAX_BATCH files.
_BATCH_SECONDS = 0.05
_MAX_BATCH = 128
# Each worker is topped up to four batches whenever it is down to three, so that it
# never waits for a parent that naps or is not scheduled: a batch's files vary in cost
# (an article with quotations takes ten notes' time), and with three, topped up by one
# batch a wake-up, the workers of the 4,000-file mixed corpus waited for work for a
# tenth of their time. The window bounds how many finished outcomes may wait for a
# slow one ahead.
_BATCHES_HELD = 4
_WINDOW_PER_WORKER = 16 * _BATCH
# The window also covers this many batches per worker of the current size.
_WINDOW_BATCHES = 8
# The longest nap between wake-ups (seconds): it also bounds how late a crash is seen
# and how late the clock of a file's per_file_timeout may start.
_MAX_NAP = 0.05
# A frame: its pickle's length, then the pickle of a list of outcomes.
_FRAME = struct.Struct("<Q")
# A worker sends what it has once its batch is done, or once this many seconds have
# passed since its last frame: the most work a crash or a timeout makes it do again,
# and how late a streaming caller sees an outcome.
_FRAME_SECONDS = 0.05
# Below glibc's mmap threshold (128 KiB): larger reads were each a fresh mapping,
# about 9,000 more page faults in the parent for 4,000 files.
_READ_SIZE = 1 << 16
# The socket buffer asked for on each pipe (the kernel may cap it: wmem_max); the
# parent naps for no longer than a worker takes to fill half of it.
_ROOM = 1 << 20
_PROTOCOL = pickle.HIGHEST_PROTOCOL

Outcome = Document | SeedparseError | Failure
#: What parses one file: the outcome for a walk entry, an error returned, never raised.
LoadOne = Callable[[Entry], Outcome]


def _write_frame(fd: int, payload: memoryview) -> None:
    """Write one outcome frame to ``fd``, whole (a pipe may take a large one in parts)."""
    header = _FRAME.pack(len(payload))
    written = os.writev(fd, [header, payload])
    if written < len(header) + len(payload):
        rest = memoryview(header + payload)[written:]
        while rest:
            rest = rest[os.write(fd, rest) :]


class _Progress:
    """Which file a worker is on and since when, in a page shared with the parent.

    Before each file the worker writes the time it starts it at and then how many
    files it has started; the parent reads the count first, so the time it reads is
    never older than the file the count names. Each is one aligned 8-byte store
    through a memoryview (``struct.pack_into`` would zero the field first, and a
    parent reading then saw a time of 0). That is how the parent knows, with one
    frame per batch, which file a dead worker was on and how long the current file
    has run, without a message per file. An anonymous shared mapping: it comes along
    with the fork and holds no descriptor."""

    __slots__ = ("_map", "_words")

    def __init__(self) -> None:
        self._map = mmap.mmap(-1, 16)
        # [0]: time.monotonic_ns() when the latest file started; [1]: files started.
        self._words = memoryview(self._map).cast("Q")

    def start(self, started: int) -> None:
        """The worker starts its file number ``started`` (counted from 0) now."""
        words = self._words
        words[0] = time.monotonic_ns()
        words[1] = started + 1

    def read(self) -> tuple[int, float]:
        """How many files the worker has started, and when (``time.monotonic``) it
        started the latest."""
        words = self._words
        started = words[1]
        return started, words[0] / 1e9

    def close(self) -> None:
        self._words.release()
        self._map.close()


def _send(fd: int, outcomes: list[Outcome], entries: list[Entry]) -> None:
    """Write ``outcomes`` (of ``entries``) as one frame; an outcome that cannot be
    pickled is sent as the ParseError that says so, the others as they are."""
    try:
        # Plain pickle, not ForkingPickler: an outcome holds no pipe nor socket,
        # and the ForkingPickler's buffer and dispatch table cost a quarter more.
        payload = pickle.dumps(outcomes, _PROTOCOL)
    except Exception:  # noqa: BLE001 - an unpicklable outcome: find it
        sendable: list[Outcome] = []
        for outcome, entry in zip(outcomes, entries, strict=True):
            try:
                pickle.dumps(outcome, _PROTOCOL)
            except Exception as error:  # noqa: BLE001
                outcome = ParseError(
                    f"the outcome could not be sent back: {type(error).__name__}",
                    source=entry.source,
                )
            sendable.append(outcome)
        payload = pickle.dumps(sendable, _PROTOCOL)
    _write_frame(fd, memoryview(payload))


def _worker_main(
    conn: Channel, inherited: list[Channel], load_one: LoadOne, progress: _Progress
) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Pipes of sibling workers came along with the fork; holding them open would
    # keep those siblings from seeing the parent go away.
    for other in inherited:
        other.close()
    fd = conn.fileno()
    started = 0
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        outcomes: list[Outcome] = []
        first = 0  # the batch's index of outcomes[0]
        sent = time.monotonic()
        for entry in batch:
            progress.start(started)
            started += 1
            outcomes.append(load_one(entry))
            if time.monotonic() - sent >= _FRAME_SECONDS:
                _send(fd, outcomes, batch[first : first + len(outcomes)])
                first += len(outcomes)
                outcomes = []
                sent = time.monotonic()
        if outcomes:
            _send(fd, outcomes, batch[first:])


class _Worker:
    """One worker process, its pipe, and the files it holds in order."""

    def __init__(self, siblings: list[Channel], args: tuple[Any, ...]) -> None:
        parent_end, child_end = Channel.pair()
        _enlarge(child_end, socket.SO_SNDBUF)
        _enlarge(parent_end, socket.SO_RCVBUF)
        self.conn = parent_end
        self.progress = _Progress()
        try:
            self.process = Child(
                _worker_main, (child_end, [*siblings, parent_end], *args, self.progress)
            )
        except BaseException:
            parent_end.close()
            child_end.close()
            self.progress.close()
            raise
        child_end.close()
        self.batch: deque[tuple[int, Entry]] = deque()
        self.since = time.monotonic()
        # When its first and its latest frame arrived, how many outcomes the first
        # held, and how many it has sent.
        self._first = self._last = 0.0
        self._first_done = 0
        self.done = 0
        # Bytes of the frames after the first (their rate bounds the nap).
        self.received = 0
        self._fd = self.conn.fileno()
        # Bytes read from the pipe that do not make a whole frame yet.
        self._inbox = bytearray()
        # One poll object for the pipe, made once: Connection.poll() builds a selector
        # on every call, and the parent polls each pipe once per outcome and more.
        self._pipe = select.poll()
        self._pipe.register(self.conn.fileno(), select.POLLIN)

    def readable(self) -> bool:
        """Whether the pipe holds something to read (or the other end is closed)."""
        return bool(self._pipe.poll(0))

    def give(self, batch: list[tuple[int, Entry]]) -> bool:
        """Hand over ``batch``; False (and the batch not taken) if the worker is gone."""
        try:
            self.conn.send([entry for _, entry in batch])
        except OSError:
            return False
        if not self.batch:  # the clock runs for the file the worker is on
            self.since = time.monotonic()
        self.batch.extend(batch)
        return True

    def pace(self) -> float | None:
        """Seconds per file so far, counted from the first frame so that the
        worker's start (its first use of each reader) is left out; None before the
        second frame."""
        counted = self.done - self._first_done
        return (self._last - self._first) / counted if self._first_done and counted else None

    def rate(self) -> float | None:
        """Bytes per second it sends, counted as ``pace`` is; None before it is known."""
        elapsed = self._last - self._first
        counted = self.done - self._first_done
        return self.received / elapsed if self._first_done and counted and elapsed > 0 else None

    def clock(self) -> float:
        """When the file the worker is on started: its own record of it, or, before
        it has started one that is not back yet, when its last frame arrived (or its
        batch was given), as without shared progress."""
        started, at = self.progress.read()
        return at if started > self.done else self.since

    def position(self) -> int:
        """Where, in the files it holds, the file the worker is on (or died on) is:
        the ones before it were parsed but not sent back. The first one without
        one when it has started none of them."""
        if not self.batch:
            return 0
        started, _ = self.progress.read()
        return min(max(started - 1 - self.done, 0), len(self.batch) - 1)

    def receive(self) -> tuple[list[tuple[int, Entry, Outcome]], bool]:
        """Outcomes that arrived (in the order the files were given), and whether the
        worker is gone."""
        arrived: list[tuple[int, Entry, Outcome]] = []
        if self._collect(arrived):
            return arrived, True
        if arrived or self.process.exitcode is None:
            # One that sent something is looked at again on the next wake-up: if it
            # has died since, its end of the socket closing wakes the parent.
            return arrived, False
        # It died after the pipe was last polled: what it sent before dying (the
        # outcome of the file before the fatal one) is still in the pipe.
        self._collect(arrived)
        return arrived, True

    def _collect(self, arrived: list[tuple[int, Entry, Outcome]]) -> bool:
        """Append the outcomes waiting in the pipe to ``arrived``; True if the pipe
        is closed (the worker is gone)."""
        try:
            while self.batch and self.readable():
                chunk = os.read(self._fd, _READ_SIZE)
                if not chunk:
                    return True
                self._inbox += chunk
                self._unpack(arrived)
        except Exception:  # noqa: BLE001 - a closed pipe, or a frame that does not
            return True  # unpickle (cut off by the death of the sender)
        return False

    def _unpack(self, arrived: list[tuple[int, Entry, Outcome]]) -> None:
        """Move every whole frame of the inbox to ``arrived``."""
        inbox = self._inbox
        at = 0
        try:
            with memoryview(inbox) as view:
                while self.batch and len(inbox) - at >= _FRAME.size:
                    (size,) = _FRAME.unpack_from(inbox, at)
                    end = at + _FRAME.size + size
                    if end > len(inbox):
                        break
                    # Our own worker wrote it: the same trust as Connection.recv.
                    outcomes: list[Outcome] = pickle.loads(view[at + _FRAME.size : end])  # noqa: S301
                    at = end
                    popleft = self.batch.popleft
                    for outcome in outcomes:
                        seq, entry = popleft()
                        arrived.append((seq, entry, outcome))
                    self.since = self._last = time.monotonic()
                    if self._first_done:
                        self.received += size
                    else:
                        self._first = self._last
                        self._first_done = self.done + len(outcomes)
                    self.done += len(outcomes)
        finally:
            del inbox[:at]

    def source(self, at: int) -> str:
        """The file at ``at`` in those it holds (see ``position``)."""
        return self.batch[at][1].source

    def crash_message(self) -> str:
        self.process.join(1.0)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        else:
            how = f"exit status {code}"
        return f"worker crashed while parsing ({how})"

    def stop(self, *, force: bool) -> None:
        if not force and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                force = True
        self.conn.close()
        if not force:
            self.process.join(2.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2.0)
        self.progress.close()

    def halt(self) -> None:
        """Kill the worker now, so that what its progress says is final."""
        self.process.kill()
        self.process.join(2.0)


def _enlarge(conn: Channel, option: int) -> None:
    """Ask for a ``_ROOM``-byte buffer on ``conn``'s socket (a no-op where the kernel
    refuses)."""
    with contextlib.suppress(OSError):  # a platform without the option
        conn.sock.setsockopt(socket.SOL_SOCKET, option, _ROOM)


def _batch_size(pool: list[_Worker], left: int | None, workers: int) -> int:
    """How many files the next batch holds: about ``_BATCH_SECONDS`` of work at the
    fastest known pace, between ``_BATCH`` and ``_MAX_BATCH``; once the walk is over
    (``left`` files still to hand out), no more than a share of them, so that the
    workers finish together."""
    paces = [pace for worker in pool if (pace := worker.pace()) is not None and pace > 0]
    size = _BATCH
    if paces:
        size = max(_BATCH, min(_MAX_BATCH, int(_BATCH_SECONDS / min(paces))))
    if left is not None:
        size = max(1, min(size, left // (2 * workers)))
    return size


def _wait(busy: list[_Worker], timeout: float | None) -> None:
    """Block until a busy worker's pipe has something or its process ends (the end of
    its socket closes with it: only it holds that end), or for ``timeout`` seconds.
    One ``poll(2)`` on a fresh poll object: what ``multiprocessing.connection.wait``
    does through the selectors module, at a tenth of its cost. The timeout is rounded
    up to a millisecond so that a deadline is never polled for in a busy loop."""
    poller = select.poll()
    for worker in busy:
        poller.register(worker.conn.fileno(), select.POLLIN)
    poller.poll(None if timeout is None else math.ceil(timeout * 1000))


def _nap(busy: list[_Worker], left: float | None) -> float:
    """How long the parent may sleep before it waits on the pipes: about half the
    time the busy worker with the least work takes for the files it holds (beyond
    the one it is on), so that no worker runs dry, and never past a deadline or
    ``_MAX_NAP``, nor longer than a worker takes to fill half its pipe's buffer. Zero
    while any worker has no pace yet or holds one file."""
    nap = _MAX_NAP if left is None else min(_MAX_NAP, left)
    for worker in busy:
        pace = worker.pace()
        if pace is None:
            return 0.0
        nap = min(nap, (len(worker.batch) - 1) * pace / 2)
        rate = worker.rate()
        if rate:
            nap = min(nap, _ROOM / 2 / rate)
    return nap


def parse_in_processes(
    entries: Iterable[Entry], workers: int, load_one: LoadOne, timeout: float | None
) -> Iterator[tuple[Entry, Outcome]]:
    """Yield ``(entry, outcome)`` for each walk entry, in walk order.

    ``load_one`` parses one file in a worker (handed over by the fork); ``timeout`` is
    the seconds one file may take (``Limits.per_file_timeout``). Entries that already
    carry a failure stay here.
    """
    with contextlib.closing(runs_in_processes(entries, workers, load_one, timeout)) as runs:
        for run in runs:
            yield from run


def runs_in_processes(
    entries: Iterable[Entry], workers: int, load_one: LoadOne, timeout: float | None
) -> Generator[list[tuple[Entry, Outcome]], None, None]:
    """What :func:`parse_in_processes` yields, as runs: each time the outcomes next in
    walk order have come back, the list of them, so that the caller's layers handle
    a batch at once rather than a document at a time (their generators were a fifth
    of the parent's CPU)."""
    args = (load_one,)
    pool: list[_Worker] = []
    queue: deque[tuple[int, Entry]] = deque()
    ready: dict[int, tuple[Entry, Outcome]] = {}
    source = enumerate(entries)
    exhausted = False
    next_out = next_seq = 0
    size = _BATCH

    def take() -> list[tuple[int, Entry]]:
        return [queue.popleft() for _ in range(min(size, len(queue)))]

    def settle(worker: _Worker, at: int, outcome: Outcome | None) -> None:
        """The file at ``at`` of those the worker holds ends with ``outcome`` (None: it
        goes back too); the others go back to the queue, in order."""
        if outcome is not None:
            seq, entry = worker.batch[at]
            del worker.batch[at]
            ready[seq] = (entry, outcome)
        queue.extendleft(reversed(worker.batch))
        worker.batch.clear()

    def crashed(worker: _Worker) -> None:
        """The worker is gone: the file it was on is the failure "worker crashed"."""
        at = worker.position()
        settle(worker, at, ParseError(worker.crash_message(), source=worker.source(at)))

    def timed_out(worker: _Worker) -> None:
        """The worker's file ran past ``timeout``: the worker is killed, and the file
        it was then on is the failure "timeout" if it had run that long (if it had
        just moved on to the next one, every file it held goes back)."""
        assert timeout is not None
        worker.halt()
        at = worker.position()
        outcome = None
        if time.monotonic() - worker.clock() >= timeout:
            message = f"timeout: parsing took longer than {timeout:g} s (per_file_timeout)"
            outcome = LimitExceeded(message, source=worker.source(at))
        settle(worker, at, outcome)

    def retire(worker: _Worker) -> None:
        worker.stop(force=True)
        pool.remove(worker)

    def hand_over(worker: _Worker) -> None:
        """Give ``worker`` a batch. One found dead first gives back what it sent
        before dying; the file it was then on is the failure "worker crashed". One
        that died idle costs the new batch's first file, so that a pool that keeps
        dying cannot loop."""
        batch = take()
        if worker.give(batch):
            return
        arrived, _ = worker.receive()
        for seq, entry, outcome in arrived:
            ready[seq] = (entry, outcome)
        if worker.batch:
            queue.extendleft(reversed(batch))
        else:
            worker.batch.extend(batch)
        crashed(worker)
        retire(worker)

    try:
        while True:
            window = workers * max(_WINDOW_PER_WORKER, _WINDOW_BATCHES * size)
            while not exhausted and next_seq - next_out < window:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                seq, entry = item
                next_seq = seq + 1
                if entry.failure is not None:
                    ready[seq] = (entry, entry.failure)
                else:
                    queue.append((seq, entry))
            if next_out in ready:
                run = []
                while next_out in ready:
                    run.append(ready.pop(next_out))
                    next_out += 1
                yield run
            size = _batch_size(pool, len(queue) if exhausted else None, workers)
            while queue and len(pool) < workers:
                try:
                    worker = _Worker([w.conn for w in pool], args)
                except OSError:  # no process to be had (EAGAIN, ENOMEM)
                    if pool:
                        break
                    seq, entry = queue.popleft()  # carry on in this process
                    ready[seq] = (entry, load_one(entry))
                    continue
                pool.append(worker)
                hand_over(worker)
            # Every worker topped up, a batch to each in turn (a short queue is shared).
            low = size * (_BATCHES_HELD - 1)
            needy = [w for w in pool if len(w.batch) <= low]
            while queue and needy:
                for worker in needy:
                    if queue:
                        hand_over(worker)
                needy = [w for w in needy if len(w.batch) <= low and w in pool]
            busy = [w for w in pool if w.batch]
            if not busy:
                if exhausted and not queue and not ready:
                    return
                continue
            left = (
                None
                if timeout is None
                else max(0.0, min(w.clock() for w in busy) + timeout - time.monotonic())
            )
            nap = _nap(busy, left)
            if nap > 0.0:
                time.sleep(nap)
                left = None if left is None else max(0.0, left - nap)
            _wait(busy, left)
            for worker in busy:
                arrived, gone = worker.receive()
                for seq, entry, outcome in arrived:
                    ready[seq] = (entry, outcome)
                if gone and worker.batch:
                    crashed(worker)
                elif (
                    timeout is not None
                    and worker.batch
                    and time.monotonic() - worker.clock() >= timeout
                ):
                    timed_out(worker)
                    gone = True
                if gone:
                    retire(worker)
    finally:
        for worker in pool:
            worker.stop(force=bool(worker.batch))
