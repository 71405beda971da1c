"""R24: parallel load_dir survives a crashing or hanging file; errors cross processes."""

from __future__ import annotations

import faulthandler
import os
import signal
import time
from collections.abc import Iterator

import pytest

import seedparse
from seedparse import Document, Limits, ParseError
from seedparse._api import default_registry


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


class WeirdError(ParseError):
    """A third-party error whose __init__ takes other arguments than its base."""

    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"weird {code}: {detail}")
        self.code = code


class TroubleReader:
    """Claims texts that start with a keyword and misbehaves on them."""

    name = "trouble"

    def sniff(self, sample: str) -> float:
        return 1.0 if sample.split(" ", 1)[0] in ("SEGFAULT", "HANG", "WEIRD", "EXIT") else 0.0

    def read(self, text: str, source: str) -> Document:
        word = text.split(" ", 1)[0]
        if word == "SEGFAULT":
            faulthandler.disable()  # pytest's handler would print the worker's stack
            os.kill(os.getpid(), signal.SIGSEGV)
        if word == "HANG":
            while True:  # a runaway loop that no signal handler interrupts cleanly
                time.sleep(0.05)
        if word == "WEIRD":
            raise WeirdError(7, "custom fields")
        if word == "EXIT":
            os._exit(3)
        return Document(source=source, reader=self.name)


@pytest.fixture
def trouble() -> Iterator[None]:
    default_registry.register(TroubleReader())
    try:
        yield
    finally:
        default_registry.unregister("trouble")


def make_dir(root, bad: dict[str, str], good: int = 30) -> None:
    for i in range(good):
        (root / f"good{i:02}.md").write_text(f"Title {i}\n\nBody {i}.\n")
    for name, text in bad.items():
        (root / name).write_text(text)


def test_r24_a_worker_killed_by_a_segfault_is_one_failure(tmp_path, trouble) -> None:
    make_dir(tmp_path, {"good05-crash.md": "SEGFAULT now", "good20-crash.md": "SEGFAULT again"})
    before = _children()
    result = seedparse.load_dir(tmp_path, workers=2, errors="collect")
    assert len(result) == 30
    assert all(d.reader != "trouble" for d in result)
    assert [(os.path.basename(f.path), f.error) for f in result.failures] == [
        ("good05-crash.md", "ParseError"),
        ("good20-crash.md", "ParseError"),
    ]
    assert all(
        f.message == "worker crashed while parsing (killed by SIGSEGV)" for f in result.failures
    )
    assert _children() <= before  # every worker was reaped


def test_r24_a_worker_that_exits_is_one_failure(tmp_path, trouble) -> None:
    make_dir(tmp_path, {"exit.md": "EXIT please"})
    result = seedparse.load_dir(tmp_path, workers=2, errors="collect")
    assert len(result) == 30
    assert [f.message for f in result.failures] == ["worker crashed while parsing (exit status 3)"]


def test_r24_a_hanging_file_times_out_and_the_rest_is_read(tmp_path, trouble) -> None:
    make_dir(tmp_path, {"hang1.md": "HANG forever", "hang2.md": "HANG too"})
    limits = Limits(per_file_timeout=2.0)  # generous: a loaded box must not time out good files
    before = _children()
    result = seedparse.load_dir(tmp_path, workers=2, errors="collect", limits=limits)
    assert len(result) == 30
    assert [(os.path.basename(f.path), f.error) for f in result.failures] == [
        ("hang1.md", "LimitExceeded"),
        ("hang2.md", "LimitExceeded"),
    ]
    assert all(f.message.startswith("timeout:") for f in result.failures)
    assert _children() <= before  # every worker was reaped


def test_r24_errors_with_odd_constructors_cross_the_process_boundary(tmp_path, trouble) -> None:
    make_dir(tmp_path, {"weird.md": "WEIRD input"}, good=3)
    for workers in (None, 2):
        result = seedparse.load_dir(tmp_path, workers=workers, errors="collect")
        assert [(f.error, f.message) for f in result.failures] == [
            ("WeirdError", "weird 7: custom fields")
        ]
    with pytest.raises(seedparse.LoadError) as caught:
        seedparse.load_dir(tmp_path, workers=2)
    (error,) = caught.value.exceptions
    assert isinstance(error, WeirdError) and error.code == 7


def test_r24_parallel_gives_what_serial_gives(tmp_path) -> None:
    for i in range(100):
        sub = tmp_path / f"d{i % 7}"
        sub.mkdir(exist_ok=True)
        (sub / f"n{i:03}.md").write_text(f"---\ntitle: Note {i}\n---\n\nText {i} [[link{i}]].\n")
    (tmp_path / "d3" / "bin.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    serial = seedparse.load_dir(tmp_path, errors="collect")
    for workers in (2, 3):
        assert seedparse.load_dir(tmp_path, errors="collect", workers=workers) == serial


def test_r24_iter_dir_raise_mode_stops_workers(tmp_path) -> None:
    make_dir(tmp_path, {"good10-bin.md": "\x00binary"})
    before = _children()
    stream = seedparse.iter_dir(tmp_path, workers=2)
    with pytest.raises(seedparse.DecodeError):
        for _ in stream:
            pass
    assert _children() <= before  # every worker was reaped


@pytest.mark.parametrize("folder", ["seeds", "tests/fixtures"])
def test_r24_workers_give_the_serial_documents_of_the_real_files(folder: str) -> None:
    # Real files of every reader: each Document crosses the pipe as a frame and must
    # come back with the same to_dict() (and the failures the same), in walk order.
    root = os.path.join(os.path.dirname(__file__), "..", "..", folder)
    serial = seedparse.load_dir(root, errors="collect")
    parallel = seedparse.load_dir(root, errors="collect", workers=2)
    assert len(serial) >= 5
    assert [d.to_dict() for d in parallel] == [d.to_dict() for d in serial]
    assert parallel.failures == serial.failures
