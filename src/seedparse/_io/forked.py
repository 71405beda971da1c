"""A forked child process and the socket it talks over, for ``_io.parallel``.

What ``multiprocessing``'s fork start method and its ``Pipe`` give the workers of
``load_dir(workers=N)``, without importing ``multiprocessing``: its import (and that of
``multiprocessing.connection``, which brings ``tempfile`` and ``shutil``) was about a
fifth of the parent's CPU on 1,600 transcript notes, and the parent's CPU is what caps
two workers on two cores (docs/measuring.md). A :class:`Child` is ``os.fork`` and
``os.waitpid``; a :class:`Channel` is one end of a ``socketpair`` that carries
length-prefixed pickles. POSIX only, as seedparse is.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import socket
import struct
import sys
import time
from collections.abc import Callable
from typing import Any

__all__ = ["Channel", "Child"]

_HEADER = struct.Struct("<Q")
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class Channel:
    """One end of a Unix stream socket pair: ``send`` and ``recv`` whole pickles."""

    __slots__ = ("sock",)

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    @classmethod
    def pair(cls) -> tuple[Channel, Channel]:
        first, second = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        return cls(first), cls(second)

    def fileno(self) -> int:
        return self.sock.fileno()

    def send(self, value: object) -> None:
        """Send ``value`` pickled; ``OSError`` if the other end is gone."""
        payload = pickle.dumps(value, _PROTOCOL)
        self.sock.sendall(_HEADER.pack(len(payload)) + payload)

    def recv(self) -> Any:
        """The next value sent; ``EOFError`` once the other end is closed."""
        (size,) = _HEADER.unpack(self._exactly(_HEADER.size))
        # Our own parent sent it: the same trust as multiprocessing's Connection.recv.
        return pickle.loads(self._exactly(size))  # noqa: S301

    def _exactly(self, size: int) -> bytearray:
        data = bytearray(size)
        view = memoryview(data)
        got = 0
        while got < size:
            count = self.sock.recv_into(view[got:])
            if not count:
                raise EOFError
            got += count
        return data

    def close(self) -> None:
        self.sock.close()


class Child:
    """``target(*args)`` in a forked child; its exit status once it has ended.

    The child never returns into the parent's code: it leaves with ``os._exit``
    (status 0, ``n`` for ``sys.exit(n)``, or 1 after printing the traceback of an
    exception), with its standard input closed as ``multiprocessing`` does, and its
    output flushed."""

    __slots__ = ("_code", "pid")

    def __init__(self, target: Callable[..., object], args: tuple[Any, ...]) -> None:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child (coverage does not follow)
            _run_child(target, args)
        self.pid = pid
        self._code: int | None = None

    @property
    def exitcode(self) -> int | None:
        """None while it runs; its exit status, or minus the signal that killed it."""
        if self._code is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: nothing more can be known
                self._code = -signal.SIGKILL
            else:
                if pid:
                    self._code = os.waitstatus_to_exitcode(status)
        return self._code

    def is_alive(self) -> bool:
        return self.exitcode is None

    def join(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for it to end."""
        deadline = time.monotonic() + timeout
        pause = 0.0002
        while self.exitcode is None and time.monotonic() < deadline:
            time.sleep(pause)
            pause = min(pause * 2, 0.01)

    def kill(self) -> None:
        if self.exitcode is None:
            with contextlib.suppress(ProcessLookupError):  # it ended in between
                os.kill(self.pid, signal.SIGKILL)


def _run_child(target: Callable[..., object], args: tuple[Any, ...]) -> None:  # pragma: no cover
    code = 1
    try:
        try:
            sys.stdin.close()
            sys.stdin = open(os.devnull)  # noqa: SIM115 - the child's stdin until it exits
        except (OSError, ValueError, AttributeError):
            pass
        target(*args)
        code = 0
    except SystemExit as error:  # as multiprocessing: sys.exit(n) is status n
        code = error.code if isinstance(error.code, int) else int(error.code is not None)
    except BaseException:  # noqa: BLE001 - reported, then the child exits
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        os._exit(code)
