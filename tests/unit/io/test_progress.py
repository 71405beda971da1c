"""The progress bar: a tqdm bar with total, percentage and time left, on a terminal only.

Checked three ways: the function that decides, the bar drawn into a stream that says it
is a terminal (counts exact, no file counted twice), and the real command line under a
pseudo-terminal (``pty``), as a person at a terminal sees it.
"""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

import seedparse
from seedparse._io.progress import Progress, shows_progress
from seedparse._io.walk import glob_to_regex

BAR = re.compile(r"(\d+)%\|[^|]*\| (\d+)/(\d+) \[(\d\d:\d\d)<(\d\d:\d\d)")


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _tree(root: Path, good: int, bad: int) -> Path:
    root.mkdir()
    for i in range(good):
        (root / f"n{i:03}.md").write_text(f"Title {i}\n\nBody text {i}.\n")
    sub = root / "sub"
    sub.mkdir()
    for i in range(bad):
        (sub / f"b{i}.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


def test_the_bar_is_drawn_only_when_asked_and_on_a_terminal() -> None:
    assert shows_progress(True, Terminal()) is True
    assert shows_progress(False, Terminal()) is False
    assert shows_progress(True, io.StringIO()) is False
    closed = Terminal()
    closed.close()
    assert shows_progress(True, closed) is False


def test_not_a_terminal_means_no_output(tmp_path, capsys) -> None:
    root = _tree(tmp_path / "c", good=5, bad=1)
    seedparse.load_dir(root, progress=True, errors="collect")
    list(seedparse.iter_dir(root, progress=True, errors="collect"))
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("how", ["load_dir", "iter_dir", "iter_dir-workers"])
def test_the_bar_ends_at_the_exact_count(how: str, tmp_path, monkeypatch) -> None:
    root = _tree(tmp_path / "c", good=12, bad=3)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    if how == "load_dir":
        seedparse.load_dir(root, progress=True, errors="collect")
    else:
        workers = 2 if how.endswith("workers") else None
        items = list(seedparse.iter_dir(root, progress=True, errors="collect", workers=workers))
        assert len(items) == 15
    monkeypatch.undo()
    drawn = terminal.getvalue()
    last = BAR.findall(drawn)[-1]
    assert last[0] == "100"
    assert (last[1], last[2]) == ("15", "15")  # never 16 of 15: the old counter said 16
    assert "3 failed" in drawn.rsplit("\r", 1)[-1]
    assert drawn.endswith("\n")
    assert not re.search(r"\b16/", drawn)


def test_a_walk_stopped_early_keeps_its_total(tmp_path) -> None:
    root = _tree(tmp_path / "c", good=10, bad=0)
    terminal = Terminal()
    meter = Progress(True, root=str(root), pattern=glob_to_regex("**/*"), stream=terminal)
    assert meter._counter is not None
    meter._counter.join(30)
    for _ in range(4):
        meter.step(False)
    meter.close(finished=False)
    assert BAR.findall(terminal.getvalue())[-1][:3] == ("40", "4", "10")
    assert meter.done == 4


def test_a_run_of_outcomes_counts_as_its_files(tmp_path) -> None:
    # load_dir(workers=N) meters a batch's outcomes in one call.
    root = _tree(tmp_path / "c", good=10, bad=0)
    terminal = Terminal()
    meter = Progress(True, root=str(root), pattern=glob_to_regex("**/*"), stream=terminal)
    assert meter._counter is not None
    meter._counter.join(30)
    meter.steps(3, 1)
    meter.steps(2, 0)
    meter.close(finished=False)
    assert (meter.done, meter.failed) == (5, 1)
    assert BAR.findall(terminal.getvalue())[-1][:3] == ("50", "5", "10")
    assert "1 failed" in terminal.getvalue().rsplit("\r", 1)[-1]


def test_the_pattern_decides_the_total(tmp_path) -> None:
    root = _tree(tmp_path / "c", good=6, bad=2)
    terminal = Terminal()
    meter = Progress(True, root=str(root), pattern=glob_to_regex("sub/*"), stream=terminal)
    assert meter._counter is not None
    meter._counter.join(30)
    assert meter._counter.total == 2
    meter.close(finished=True)


def _under_a_terminal(args: list[str]) -> str:
    """Run the CLI with standard error on a pseudo-terminal; what the terminal shows."""
    master, slave = pty.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "seedparse", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=slave,
            env={**os.environ, "COLUMNS": "100"},
        )
        os.close(slave)
        slave = -1
        shown = b""
        while True:
            ready, _, _ = select.select([master], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        child.wait(120)
        return shown.decode("utf-8", "replace")
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)


def test_the_cli_draws_a_bar_on_a_terminal(tmp_path) -> None:
    root = _tree(tmp_path / "c", good=20, bad=2)
    shown = _under_a_terminal(["load", str(root), "--out", str(tmp_path / "out.jsonl")])
    bars = BAR.findall(shown)
    assert bars, shown
    percent, done, total, elapsed, left = bars[-1]
    assert (percent, done, total) == ("100", "22", "22")
    assert left == "00:00" and elapsed.count(":") == 1  # [elapsed<left] as mm:ss
    assert "2 failed" in shown
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 20
    quiet = _under_a_terminal(
        ["load", str(root), "--out", str(tmp_path / "out2.jsonl"), "--no-progress"]
    )
    assert not BAR.findall(quiet)
    assert "files/s" not in quiet
    assert len((tmp_path / "out2.jsonl").read_text().splitlines()) == 20
