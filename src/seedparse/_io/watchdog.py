"""A per-file time limit in the calling process: ``Limits.per_file_timeout`` without
worker processes.

A reader that is stuck (an endless loop, a sleep, a pathological scan in a plugin) must
cost its file, not the batch. :func:`time_limit` raises :class:`Expired` in the parsing
thread once the time is up; the caller turns it into a ``LimitExceeded`` failure
("timeout: ...") and goes on with the next file. Two mechanisms, chosen per call:

* **The main thread** (POSIX): a one-shot ``ITIMER_REAL`` timer and a ``SIGALRM``
  handler, installed for the duration of the file and then restored (the previous
  handler, and no timer, as before). It interrupts Python code and also blocking calls
  such as ``time.sleep`` or a read from a slow file system. When the caller already has
  an ``ITIMER_REAL`` timer running (``signal.alarm``, pytest-timeout), it is left alone
  and the second mechanism is used instead.
* **Any other thread**: one watchdog thread per process raises the exception in the
  parsing thread with ``PyThreadState_SetAsyncExc`` (CPython's C API, through ctypes).
  It interrupts Python code only: a reader blocked inside one C call (a sleep, a socket
  read, one huge regular-expression match) is stopped when that call returns.

Neither can stop C code that never returns to the interpreter; for that, use
``workers=N``, where a stuck worker process is killed. Where neither mechanism exists
(another Python implementation, outside the main thread), :func:`time_limit` raises
:class:`~seedparse.ArgumentError` rather than pretend: pass
``Limits(per_file_timeout=None)`` to read without a limit, or use ``workers``.

:class:`Expired` derives from ``BaseException`` so that no ``except Exception`` in a
reader can swallow it. Limits do not nest: a parse inside a parse (a reader that calls
:func:`seedparse.load`) runs under the outer one's limit.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from .._errors import ArgumentError

__all__ = ["Expired", "time_limit", "time_limits"]


class Expired(BaseException):
    """Raised in the parsing thread when its time is up."""


_state = threading.local()

try:  # CPython's C functions behind ``signal.signal``/``getsignal``, without the enum
    # wrapping: turning a Python handler into a ``Handlers`` member raises and catches a
    # ValueError on every call, the larger part of a per-file limit's cost.
    _raw_signal: Any = importlib.import_module("_signal")
except ImportError:  # pragma: no cover - other Python implementations
    _raw_signal = signal


def time_limit(seconds: float | None) -> _TimeLimit:
    """A context manager that raises :class:`Expired` in this thread if its block runs
    longer than ``seconds`` (None: no limit)."""
    return _TimeLimit(seconds)


class _TimeLimit:
    """:func:`time_limit`'s context manager: a class, not a generator, because it is
    entered once per file (a generator-based one cost more than the timer itself)."""

    __slots__ = ("_mode", "_previous", "_seconds", "_watch")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._mode = _OFF
        self._previous: Any = None
        self._watch: contextlib.AbstractContextManager[None] | None = None

    def __enter__(self) -> None:
        seconds = self._seconds
        if seconds is None or getattr(_state, "active", False):
            return
        _state.active = True
        if getattr(_state, "installed", None) == seconds:
            # Inside ``time_limits(seconds)``: its timer runs and its handler holds
            # this block to ``seconds`` from now; no system call here.
            self._mode = _ARMED
            _state.started = time.monotonic()
            return
        try:
            if _alarm_usable():
                self._previous = _raw_signal.signal(signal.SIGALRM, _raise_expired)
                self._mode = _ALARM
                signal.setitimer(signal.ITIMER_REAL, seconds)
            else:
                watch = _watchdog().watch(seconds)
                watch.__enter__()
                self._watch = watch
                self._mode = _THREAD
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        mode = self._mode
        if mode == _OFF:
            return
        self._mode = _OFF
        try:
            if mode == _ARMED:
                _state.started = None
            elif mode == _ALARM:
                try:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                finally:
                    _raw_signal.signal(signal.SIGALRM, self._previous)
            elif self._watch is not None:
                watch, self._watch = self._watch, None
                watch.__exit__(type(error) if error is not None else None, error, None)
        finally:
            # Also when time_limits' handler raised before the line above cleared it:
            # a block that has ended must not be expired between two blocks.
            _state.started = None
            _state.active = False


_OFF, _ALARM, _THREAD, _ARMED = 0, 1, 2, 3


class time_limits:
    """Many :func:`time_limit` blocks of ``seconds`` in a row, as a walk in this process
    has one per file, for the price of two system calls in all instead of four per
    block (installing and restoring the ``SIGALRM`` handler, starting and stopping the
    timer: together more than a small file's decoding).

    Entering installs the handler and starts an ``ITIMER_REAL`` timer of ``seconds``;
    each block inside only notes when it starts. When the timer fires, the handler
    raises :class:`Expired` if the block running has had its ``seconds``, and
    otherwise sets the timer again for what that block has left (or for ``seconds``
    when no block runs): each block is still stopped ``seconds`` after it started,
    never earlier. Leaving stops the timer and restores the handler. Where the timer
    cannot be used (another thread, a timer of the caller's running) or there is no
    limit, it does nothing and each :func:`time_limit` chooses as usual; inside it, a
    :func:`time_limit` of another length finds the timer taken and uses the watchdog
    thread. The caller's own code must not run inside the block (the handler is
    seedparse's there): ``load_dir`` holds it around a run of files, never across a
    ``yield`` to its caller."""

    __slots__ = ("_previous", "_seconds")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._previous: Any = _OFF_MARK

    def __enter__(self) -> None:
        seconds = self._seconds
        if (
            seconds is None
            or getattr(_state, "active", False)
            or getattr(_state, "installed", None) is not None
            or not _alarm_usable()
        ):
            return
        _state.started = None
        self._previous = _raw_signal.signal(signal.SIGALRM, _expire_the_block)
        _state.installed = seconds
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def __exit__(self, *exc_info: object) -> None:
        previous = self._previous
        if previous is _OFF_MARK:
            return
        self._previous = _OFF_MARK
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            _state.installed = None
            _raw_signal.signal(signal.SIGALRM, previous)


def _expire_the_block(signum: int, frame: object) -> None:
    """``time_limits``' handler (run in the main thread, whose state it reads)."""
    seconds = getattr(_state, "installed", None)
    if seconds is None:  # pragma: no cover - a signal left over as the run ended
        return
    started = getattr(_state, "started", None)
    now = time.monotonic()
    left = seconds if started is None else started + seconds - now
    if left <= 0.0:
        signal.setitimer(signal.ITIMER_REAL, seconds)  # the next block's time runs on
        raise Expired
    signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6))


_OFF_MARK = object()  # time_limits installed nothing


# --------------------------------------------------------------------------- SIGALRM


def _raise_expired(signum: int, frame: object) -> None:
    raise Expired


def _alarm_usable() -> bool:
    if not hasattr(signal, "setitimer") or threading.get_ident() != _main_ident():
        return False
    if _raw_signal.getsignal(signal.SIGALRM) is None:  # a handler set from C: cannot restore
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0  # nobody else's timer running


def _main_ident() -> int | None:
    return threading.main_thread().ident


# --------------------------------------------------------------------------- threads


class _Job:
    __slots__ = ("deadline", "fired", "ident")

    def __init__(self, ident: int, deadline: float) -> None:
        self.ident = ident
        self.deadline = deadline
        self.fired = False


class _Watchdog:
    """One daemon thread that raises :class:`Expired` in threads past their deadline."""

    def __init__(self, set_async_exc: Callable[[int, Any], int]) -> None:
        self._set_async_exc = set_async_exc
        self._wake = threading.Condition()
        self._jobs: set[_Job] = set()
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def watch(self, seconds: float) -> Iterator[None]:
        job = _Job(threading.get_ident(), time.monotonic() + seconds)
        with self._wake:
            self._jobs.add(job)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="seedparse-watchdog", daemon=True
                )
                self._thread.start()
            self._wake.notify()
        delivered = False
        try:
            yield
        except Expired:
            delivered = True
            raise
        finally:
            with self._wake:
                self._jobs.discard(job)
                fired = job.fired
            if fired and not delivered:
                _absorb()

    def _run(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                waiting = [job for job in self._jobs if not job.fired]
                for job in waiting:
                    if job.deadline <= now:
                        job.fired = True
                        self._set_async_exc(job.ident, Expired)
                pending = [job.deadline for job in waiting if not job.fired]
                self._wake.wait(min(pending) - now if pending else None)


def _absorb() -> None:
    """Let a timeout that was raised just as the block ended land here, harmlessly.

    Withdrawing it instead (``PyThreadState_SetAsyncExc`` with NULL) would leave
    CPython's "asynchronous exception pending" flag set for the whole interpreter, so
    the exception is taken instead: it was set before ``fired`` was read, and a loop's
    backward jump is where the interpreter delivers it.
    """
    try:
        for _ in range(_ABSORB_SPINS):
            pass
    except Expired:
        pass


_ABSORB_SPINS = 10_000
_dog: _Watchdog | None = None
_dog_lock = threading.Lock()


def _watchdog() -> _Watchdog:
    global _dog
    with _dog_lock:
        if _dog is None:
            _dog = _Watchdog(_async_exc_setter())
        return _dog


def _async_exc_setter() -> Callable[[int, Any], int]:
    try:
        import ctypes

        function = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError) as error:
        raise ArgumentError(
            "Limits.per_file_timeout needs the main thread (a SIGALRM timer) or CPython "
            "(to interrupt another thread); pass Limits(per_file_timeout=None) to read "
            "without a time limit, or workers=N"
        ) from error
    function.argtypes = [ctypes.c_ulong, ctypes.py_object]
    function.restype = ctypes.c_int

    def set_async_exc(ident: int, exception: Any) -> int:
        return int(function(ident, exception))

    return set_async_exc


def _forget_after_fork() -> None:
    """A forked child has no watchdog thread; let it start its own."""
    global _dog, _dog_lock
    _dog = None
    _dog_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
