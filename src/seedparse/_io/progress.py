"""The progress bar of ``load_dir`` / ``iter_dir`` (``progress=True``) and the CLI.

A `tqdm <https://tqdm.github.io>`_ bar on standard error, shown only when standard
error is a terminal (never in logs, pipes or CI output): files done out of the total,
percentage, rate, time left, and how many files failed. The total is counted by a
background thread that lists the tree once more, cheaply (directory entries only, no
file is opened or stat-ed), while the files are being read; until it is known the bar
shows the count and the rate. tqdm is the well-kept standard for this (also behind pip,
Hugging Face and Dask's diagnostics); seedparse does not draw bars of its own.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqdm import tqdm as Tqdm

__all__ = ["Progress", "shows_progress"]


def shows_progress(progress: bool, stream: IO[str] | None = None) -> bool:
    """Whether a bar is drawn: asked for, and ``stream`` (standard error) is a terminal."""
    if not progress:
        return False
    stream = sys.stderr if stream is None else stream
    if getattr(stream, "closed", False):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _known_size(stream: IO[str]) -> bool:
    """Whether the terminal reports its size (a fresh pseudo-terminal says 0 x 0)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
    return size.columns > 0 and size.lines > 0


def _from_environment(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


class _Counter(threading.Thread):
    """Counts the entries a walk of ``root`` will yield (an estimate: followed links
    and unlistable directories are not counted). Stops early when cancelled."""

    def __init__(self, root: str, pattern: re.Pattern[str]) -> None:
        super().__init__(name="seedparse-progress-count", daemon=True)
        self._root = root
        self._pattern = pattern
        self._cancelled = threading.Event()
        self.total: int | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        found = 0
        stack = [(self._root, "")]
        while stack:
            path, prefix = stack.pop()
            try:
                with os.scandir(path) as entries:
                    for entry in entries:
                        if self._cancelled.is_set():
                            return
                        rel = prefix + entry.name
                        try:
                            is_dir = entry.is_dir(follow_symlinks=False)
                        except OSError:
                            is_dir = False
                        if is_dir:
                            stack.append((entry.path, rel + "/"))
                        elif self._pattern.fullmatch(rel) is not None:
                            found += 1
            except OSError:
                continue
        self.total = found


class Progress:
    """Counts outcomes, and draws them on a terminal."""

    def __init__(
        self,
        enabled: bool,
        *,
        root: str,
        pattern: re.Pattern[str],
        stream: IO[str] | None = None,
    ) -> None:
        self.done = 0
        self.failed = 0
        self._bar: Tqdm[Any] | None = None
        self._counter: _Counter | None = None
        stream = sys.stderr if stream is None else stream
        if not shows_progress(enabled, stream):
            return
        from tqdm import tqdm

        sized = _known_size(stream)
        self._bar = tqdm(
            total=None,
            file=stream,
            desc="seedparse",
            unit=" files",
            # Follow the terminal's size as it changes. A terminal that does not say
            # how large it is gets COLUMNS x LINES (or 80 x 24): at 0 x 0 tqdm draws
            # nothing at all.
            dynamic_ncols=sized,
            ncols=None if sized else _from_environment("COLUMNS", 80),
            nrows=None if sized else _from_environment("LINES", 24),
            mininterval=0.1,
            leave=True,
        )
        self._counter = _Counter(root, pattern)
        self._counter.start()

    def step(self, failed: bool) -> None:
        """One more file done (a Document, or a failure when ``failed``)."""
        self.steps(1, int(failed))

    def steps(self, done: int, failed: int) -> None:
        """``done`` more files done, ``failed`` of them failures: one call per run
        of outcomes that ``load_dir(workers=N)`` gets at once."""
        self.done += done
        self.failed += failed
        bar = self._bar
        if bar is None:
            return
        if bar.total is None and self._counter is not None and self._counter.total is not None:
            bar.total = self._counter.total
        if bar.total is not None and self.done > bar.total:
            bar.total = self.done  # the estimate was short (followed links)
        if failed:
            bar.set_postfix_str(f"{self.failed} failed", refresh=False)
        bar.update(done)

    def close(self, *, finished: bool) -> None:
        """End the bar. A walk that ``finished`` ends at exactly the files done, 100 %
        (the count was an estimate); one stopped early keeps its total."""
        if self._counter is not None:
            self._counter.cancel()
        bar = self._bar
        if bar is None:
            return
        self._bar = None
        if finished and bar.total != self.done:
            bar.total = self.done
            bar.refresh()
        bar.close()
