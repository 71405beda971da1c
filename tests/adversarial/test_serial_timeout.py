"""Limits.per_file_timeout in one process: a stuck reader costs its file, not the batch.

The stuck readers here give up by themselves after STUCK seconds and then record that
they finished; a test whose timeout did not work therefore fails (the reader finished,
no timeout failure) instead of hanging, and no test asserts how long anything took.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import seedparse
from seedparse import Document, LimitExceeded, Limits
from seedparse._api import default_registry

STUCK = 30.0  # how long a stuck reader would run if nothing stopped it
LIMIT = Limits(per_file_timeout=0.3)


class StuckReader:
    """Claims texts that start with a keyword and gets stuck on them."""

    name = "stuck"

    def __init__(self) -> None:
        self.finished: list[str] = []

    def sniff(self, sample: str) -> float:
        return 1.0 if sample.split(" ", 1)[0] in ("LOOP", "SLEEP", "GREEDY", "NAP") else 0.0

    def read(self, text: str, source: str) -> Document:
        word = text.split(" ", 1)[0]
        until = time.monotonic() + STUCK
        if word == "LOOP":  # a runaway pure-Python loop
            while time.monotonic() < until:
                pass
        elif word == "SLEEP":  # blocked in one long C call
            time.sleep(STUCK)
        elif word == "GREEDY":  # a loop that swallows every Exception it sees
            while time.monotonic() < until:
                try:
                    sum(range(1000))
                except Exception:  # the point: it cannot swallow the timeout
                    continue
        elif word == "NAP":  # a short sleep, well within any limit
            time.sleep(0.05)
        self.finished.append(source)
        return Document(source=source, reader=self.name, title=word)


@pytest.fixture
def stuck() -> Iterator[StuckReader]:
    # The good files' reader is imported and its patterns compiled here, not inside a
    # 0.3 s limit: on a loaded machine a first load can take that long on its own.
    seedparse.parse("Title\n\nBody.\n", source="warm-up")
    reader = StuckReader()
    default_registry.register(reader)
    try:
        yield reader
    finally:
        default_registry.unregister("stuck")


def _tree(root: Path, stuck_files: dict[str, str]) -> Path:
    root.mkdir(exist_ok=True)
    for i in range(4):
        (root / f"good{i}.md").write_text(f"Title {i}\n\nBody {i}.\n")
    for name, text in stuck_files.items():
        (root / name).write_text(text)
    return root


def _timed_out(failures: tuple[seedparse.Failure, ...]) -> list[str]:
    return sorted(
        Path(f.path).name
        for f in failures
        if f.error == "LimitExceeded" and f.message.startswith("timeout:")
    )


@pytest.mark.parametrize("word", ["LOOP", "SLEEP", "GREEDY"])
def test_load_of_a_stuck_file_raises_a_timeout(word: str, stuck, tmp_path) -> None:
    path = tmp_path / "stuck.md"
    path.write_text(f"{word} here\n")
    with pytest.raises(LimitExceeded, match=r"timeout: parsing took longer than 0\.3 s"):
        seedparse.load(path, limits=LIMIT)
    assert stuck.finished == []
    with pytest.raises(LimitExceeded, match="timeout"):
        seedparse.parse_bytes(f"{word} again\n".encode(), limits=LIMIT)
    assert stuck.finished == []


def test_serial_load_dir_turns_stuck_files_into_failures_and_goes_on(stuck, tmp_path) -> None:
    root = _tree(tmp_path / "corpus", {"b-loop.md": "LOOP x", "c-sleep.md": "SLEEP y"})
    result = seedparse.load_dir(root, errors="collect", limits=LIMIT)
    assert [d.title for d in result] == ["Title 0", "Title 1", "Title 2", "Title 3"]
    assert _timed_out(result.failures) == ["b-loop.md", "c-sleep.md"]
    assert stuck.finished == []
    items = list(seedparse.iter_dir(root, errors="collect", limits=LIMIT))
    assert len(items) == 6
    assert stuck.finished == []


def test_the_previous_alarm_handler_comes_back(stuck, tmp_path) -> None:
    path = tmp_path / "stuck.md"
    path.write_text("LOOP here\n")
    calls: list[int] = []

    def mine(signum: int, frame: object) -> None:
        calls.append(signum)

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with pytest.raises(LimitExceeded):
            seedparse.load(path, limits=LIMIT)
        seedparse.load(tmp_path / "stuck.md", reader="article", limits=LIMIT)
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert calls == []
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_a_timer_of_the_caller_is_left_running(stuck, tmp_path) -> None:
    # The caller's own ITIMER_REAL is not touched: the watchdog thread takes over.
    path = tmp_path / "stuck.md"
    path.write_text("LOOP here\n")
    calls: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 600.0)
    try:
        with pytest.raises(LimitExceeded):
            seedparse.load(path, limits=LIMIT)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0.0 < remaining <= 600.0
        assert calls == []
        assert stuck.finished == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_a_python_loop_is_stopped(stuck, tmp_path) -> None:
    root = _tree(tmp_path / "corpus", {"b-loop.md": "LOOP x", "c-greedy.md": "GREEDY z"})
    found: list[object] = []

    def work() -> None:
        result = seedparse.load_dir(root, errors="collect", limits=LIMIT)
        found.extend([len(result), _timed_out(result.failures)])
        # Nothing is left pending in this thread once the call is over.
        until = time.monotonic() + 0.5
        while time.monotonic() < until:
            pass
        found.append("clean")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(4 * STUCK)
    assert found == [4, ["b-loop.md", "c-greedy.md"], "clean"]
    assert stuck.finished == []


def test_outside_the_main_thread_a_blocking_call_is_stopped_when_it_returns(
    stuck, tmp_path
) -> None:
    # Documented: another thread cannot be interrupted inside one C call (here a
    # sleep of 0.05 s against a limit of 0.01 s); the timeout lands right after it.
    path = tmp_path / "nap.md"
    path.write_text("NAP now\n")
    outcome: list[BaseException | Document] = []

    def work() -> None:
        try:
            outcome.append(seedparse.load(path, limits=Limits(per_file_timeout=0.01)))
        except LimitExceeded as error:
            outcome.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(4 * STUCK)
    assert len(outcome) == 1
    assert isinstance(outcome[0], LimitExceeded)


def test_no_limit_when_asked(stuck, tmp_path) -> None:
    path = tmp_path / "nap.md"
    path.write_text("NAP now\n")
    document = seedparse.load(path, limits=Limits(per_file_timeout=None))
    assert document.title == "NAP"
    assert stuck.finished == [str(path)]


def test_files_within_the_limit_are_untouched(stuck, tmp_path) -> None:
    root = _tree(tmp_path / "corpus", {"nap.md": "NAP now"})
    result = seedparse.load_dir(root, errors="collect", limits=Limits(per_file_timeout=30))
    assert result.failures == ()
    assert len(result) == 5


def test_workers_without_a_limit(stuck, tmp_path) -> None:
    root = _tree(tmp_path / "corpus", {"nap.md": "NAP now"})
    unlimited = Limits(per_file_timeout=None)
    result = seedparse.load_dir(root, workers=2, errors="collect", limits=unlimited)
    assert result.failures == ()
    assert [d.title for d in result] == ["Title 0", "Title 1", "Title 2", "Title 3", "NAP"]


LATE_TIMEOUT = r"""
import signal, time
from seedparse import Document
from seedparse._io.watchdog import Expired, time_limit
from seedparse.testing import ContractViolation, check_reader


class Overconfident:
    name = "overconfident"

    def sniff(self, sample):
        return 2.0  # out of [0, 1]: the kit reports it, after a Hypothesis run

    def read(self, text, source):
        return Document(source=source, reader=self.name)

signal.setitimer(signal.ITIMER_REAL, 600.0)  # the caller's timer: the watchdog thread works
for block in range(20):
    try:
        with time_limit(0.01):
            time.sleep(0.02)  # the timeout is raised during the sleep, lands after it
    except Expired:
        pass
signal.setitimer(signal.ITIMER_REAL, 0)
try:
    check_reader(Overconfident(), ["Title\n\nA paragraph of text.\n"], max_examples=10)
except ContractViolation:
    print("ok")
"""


def test_a_timeout_that_lands_late_leaves_the_interpreter_as_it_was() -> None:
    # Withdrawing a pending timeout with PyThreadState_SetAsyncExc(NULL) once left
    # CPython's "asynchronous exception pending" flag set, and the next Hypothesis run
    # (seedparse.testing.check_reader) never finished. A hang guard, in a child.
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-c", LATE_TIMEOUT], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "ok"
