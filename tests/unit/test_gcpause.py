"""The collector pause around long notes (R16: 100,000 anchors), counted, not timed.

Full passes of CPython's cyclic collector over the half a million objects of a long
note took half of its parse time. Instead of a stopwatch, these tests count what the
collector did (``gc.get_stats``), which no busy machine changes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

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
