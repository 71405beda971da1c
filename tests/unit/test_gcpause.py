"""The collector pause around long notes (R16: 100,000 anchors), counted, not timed.

Full passes of CPython's cyclic collector over the half a million objects of a long
note took half of its parse time. Instead of a stopwatch, these tests count what the
collector did (``gc.get_stats``), which no busy machine changes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import seedparse
from seedparse._gcpause import collector_paused


def _note(anchors: int) -> str:
    lines = "".join(
        f'A claim <a class="yt-timestamp" data-t="{i // 3600:02d}:{i // 60 % 60:02d}:'
        f'{i % 60:02d}">[x]</a>.\n\n'
        for i in range(anchors)
    )
    return "---\ntitle: Many\nvideoId: abc123defgh\n---\n\n" + lines


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was:
            gc.disable()


def _full_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def test_a_long_note_costs_no_full_collection(collector_on: None) -> None:
    text = _note(100_000)
    gc.collect()
    before = _full_collections()
    document = seedparse.parse(text)
    assert _full_collections() == before
    assert len(document.citations) == 100_000
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_refused_note(collector_on: None) -> None:
    with pytest.raises(seedparse.FrontmatterError):
        seedparse.parse("---\na: &x 1\nb: *x\nvideoId: abc\n---\nBody.\n", reader="transcript-note")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(collector_on: None) -> None:
    gc.disable()
    seedparse.parse(_note(10))
    assert not gc.isenabled()


def test_overlapping_pauses_switch_it_back_on_once_the_last_ends(collector_on: None) -> None:
    inside = threading.Event()
    release = threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause is still on
    release.set()
    thread.join(10)
    assert gc.isenabled()


# ----------------------------------------------------------------- load_dir / iter_dir


@pytest.fixture
def notes_dir(tmp_path: Path) -> Path:
    for i in range(12):
        (tmp_path / f"n{i:02d}.md").write_text(_note(30 + i))
    (tmp_path / "bad.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return tmp_path


def _collections() -> list[int]:
    return [int(stats["collections"]) for stats in gc.get_stats()]


def test_load_dir_runs_no_automatic_collection(collector_on: None, notes_dir: Path) -> None:
    # Paused per file only, the collector ran once after nearly every file; paused for
    # the whole walk, only the explicit young collections (one per 256 outcomes) run,
    # and one young collection when the walk ends and the pending count is seen.
    gc.collect()
    before = _collections()
    result = seedparse.load_dir(notes_dir, errors="collect")
    after = _collections()
    young, middle, full = (a - b for a, b in zip(after, before, strict=True))
    assert (young <= 1, middle, full) == (True, 0, 0)
    assert len(result) == 12 and len(result.failures) == 1
    assert gc.isenabled()


@pytest.mark.parametrize("workers", [None, 2])
def test_load_dir_leaves_a_disabled_collector_disabled(
    collector_on: None, notes_dir: Path, workers: int | None
) -> None:
    gc.disable()
    seedparse.load_dir(notes_dir, errors="skip", workers=workers)
    assert not gc.isenabled()


def test_load_dir_restores_the_collector_when_it_raises(
    collector_on: None, notes_dir: Path
) -> None:
    with pytest.raises(seedparse.LoadError):
        seedparse.load_dir(notes_dir)
    assert gc.isenabled()


@pytest.mark.parametrize("workers", [None, 2])
def test_iter_dir_gives_the_caller_its_own_collector_state(
    collector_on: None, notes_dir: Path, workers: int | None
) -> None:
    stream = seedparse.iter_dir(notes_dir, errors="collect", workers=workers)
    seen = [gc.isenabled() for _ in stream]
    assert seen == [True] * 13
    gc.disable()
    seen = [gc.isenabled() for _ in seedparse.iter_dir(notes_dir, errors="skip", workers=workers)]
    assert seen == [False] * 12
    gc.enable()


def test_iter_dir_closed_early_restores_the_collector(collector_on: None, notes_dir: Path) -> None:
    stream = seedparse.iter_dir(notes_dir, errors="skip")
    next(stream)
    assert gc.isenabled()
    stream.close()
    assert gc.isenabled()
