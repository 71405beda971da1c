"""The forked child and its socket (seedparse._io.forked), what the workers run on."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from seedparse._io.forked import Channel, Child


def _echo(channel: Channel, other: Channel) -> None:
    other.close()
    while True:
        try:
            value = channel.recv()
        except EOFError:
            return
        channel.send(value)


def test_a_channel_carries_whole_pickles_both_ways_and_says_eof() -> None:
    parent, child = Channel.pair()
    worker = Child(_echo, (child, parent))
    child.close()
    try:
        big = "é" * 3_000_000  # more than a socket buffer: sent and read in parts
        for value in (None, [1, "two", (3.0,)], big):
            parent.send(value)
            assert parent.recv() == value
    finally:
        parent.close()  # the child sees EOF and returns: status 0
    worker.join(30)
    assert worker.exitcode == 0 and not worker.is_alive()


def _exit_with(code: int) -> None:
    os._exit(code)


def _raise() -> None:
    raise RuntimeError("boom in the child")


def _sleep() -> None:
    signal.pause()


def test_a_child_reports_how_it_ended(capfd: pytest.CaptureFixture[str]) -> None:
    exited = Child(_exit_with, (3,))
    raised = Child(_raise, ())
    killed = Child(_sleep, ())
    assert killed.is_alive()
    killed.kill()
    for child in (exited, raised, killed):
        child.join(30)
    assert (exited.exitcode, raised.exitcode, killed.exitcode) == (3, 1, -signal.SIGKILL)
    assert "RuntimeError: boom in the child" in capfd.readouterr().err
    for child in (exited, raised, killed):  # all three were reaped
        with pytest.raises(ChildProcessError):
            os.waitpid(child.pid, os.WNOHANG)


def test_the_child_never_runs_on_into_the_parents_code() -> None:
    # After its target the child leaves with os._exit, whatever the target did: the
    # code after Child(...) runs once, in the parent.
    parent_pid = os.getpid()
    children = [Child(sys.exit, (value,)) for value in (None, 4, "a message")]
    assert os.getpid() == parent_pid
    for child in children:
        child.join(30)
    assert [child.exitcode for child in children] == [0, 4, 1]  # as multiprocessing
