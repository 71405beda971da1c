"""The per-file path of ``load``/``load_dir`` outside the readers: the reader picked
without a Detection record, one copy of the reader's Document for the digest and the
decoding facts, the per-file context managers, the sniffers' shortcuts. Each shortcut
is compared with the long way it replaces."""

from __future__ import annotations

import math
import signal
import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import ArgumentError, Document, Limits, ReaderRegistry
from seedparse._api import default_registry
from seedparse._gcpause import collector_paused
from seedparse._io.watchdog import Expired, time_limit, time_limits
from seedparse._limits import current_limits, using_limits
from seedparse._model import with_read_facts
from seedparse.formats.transcript.entry import TranscriptNoteReader
from seedparse.formats.webpage import reader as webpage


class _Fixed:
    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def sniff(self, sample: str) -> float:
        return self.score

    def read(self, text: str, source: str) -> Document:
        return Document(source=source, reader=self.name)


_SCORES = st.sampled_from([0.0, 0.1, 0.5, 0.9, 1.0, -1.0, 2.0, math.nan, 0.3])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abcdefg"), _SCORES), min_size=1, max_size=6),
    st.booleans(),
)
def test_pick_chooses_what_detect_chooses(readers: list[tuple[str, float]], fallback) -> None:
    registry = ReaderRegistry(entry_points=False)
    names = {name: score for name, score in readers}
    for name, score in names.items():
        registry.register(_Fixed(name, score))
    if fallback:
        registry.register(_Fixed("article", 0.1), replace=True)
    assert registry.pick("any text") is registry.detect("any text").reader


def test_pick_without_readers_raises() -> None:
    with pytest.raises(seedparse.ReaderError):
        ReaderRegistry(entry_points=False).pick("text")


_METADATA = st.dictionaries(
    st.text(max_size=5),
    st.one_of(st.none(), st.integers(), st.text(max_size=50), st.lists(st.text(max_size=3))),
    max_size=4,
)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), _METADATA, st.one_of(st.none(), _METADATA))
def test_with_read_facts_is_evolve(body: str, metadata, facts) -> None:
    document = Document(
        source="s",
        reader="article",
        title="T",
        authors=("a",),
        metadata=metadata,
        passages=(
            seedparse.Passage(
                text=body or "x",
                kind="paragraph",
                span=seedparse.Span(start=0, end=len(body or "x")),
            ),
        ),
    )
    changes = {"digest": "d" * 64} | ({} if facts is None else {"metadata": facts})
    expected = attrs.evolve(document, **changes)
    copy = with_read_facts(document, "d" * 64, facts)
    assert copy == expected
    assert hash(copy) == hash(expected)
    assert copy.to_dict() == expected.to_dict()
    assert copy.passages._core is document.passages._core  # not packed again
    assert document.digest is None  # the reader's Document is not changed


def test_with_read_facts_checks_what_it_sets() -> None:
    document = Document(source="s", reader="article")
    with pytest.raises(ArgumentError):
        with_read_facts(document, 5)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError):
        with_read_facts(document, "d", {"x": math.inf})


def test_with_read_facts_evolves_a_subclass() -> None:
    @attrs.frozen(kw_only=True)
    class Tagged(Document):
        tag: str = "t"

    document = Tagged(source="s", reader="article", tag="kept")
    copy = with_read_facts(document, "d", {"k": 1})
    assert type(copy) is Tagged
    assert (copy.tag, copy.digest, dict(copy.metadata)) == ("kept", "d", {"k": 1})


def test_load_adds_digest_and_decoding_facts_in_one_document(tmp_path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\xe9 au lait\n\nUn paragraphe assez long.\n".encode("cp1252"))
    document = seedparse.load(path)
    text = seedparse.read_text(path)
    assert document.digest == seedparse.parse(text).digest
    assert document.metadata["encoding"]["name"] == "cp1252"
    assert document.warnings[0].startswith("not UTF-8")


def test_using_limits_checks_its_argument_when_called() -> None:
    with pytest.raises(ArgumentError):
        using_limits("fast")  # type: ignore[arg-type]


def test_using_limits_sets_and_restores() -> None:
    outer = current_limits()
    mine = Limits(max_bytes=10)
    with using_limits(mine) as active:
        assert active is mine and current_limits() is mine
        with using_limits(None) as inner, using_limits(mine) as same:
            assert inner is mine and same is mine
        assert current_limits() is mine
    assert current_limits() is outer


def test_collector_pause_nests_and_restores() -> None:
    import gc

    was = gc.isenabled()
    gc.enable()
    try:
        with collector_paused():
            assert not gc.isenabled()
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        (gc.enable if was else gc.disable)()


def test_time_limit_restores_the_handler_after_a_timeout() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(Expired), time_limit(0.05):
        while True:
            pass
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with time_limit(None):  # no limit: nothing set
        assert signal.getsignal(signal.SIGALRM) is before
    with time_limit(5.0), time_limit(0.01):  # limits do not nest: the outer one holds
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 1.0
    assert signal.getsignal(signal.SIGALRM) is before


def test_time_limit_restores_the_handler_after_an_error() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(KeyError), time_limit(5.0):
        raise KeyError("x")
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limits_install_the_handler_once_and_each_block_keeps_its_limit() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_limits(0.05):
        installed = signal.getsignal(signal.SIGALRM)
        assert installed is not before
        assert 0.0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.05
        for _ in range(3):  # a stuck block among quick ones: each has its own 0.05 s
            with time_limit(0.05):
                pass
            time.sleep(0.08)  # the timer fires between blocks: nothing is raised
            with time_limit(0.05):
                time.sleep(0.03)  # started late in the timer's period: not cut short
            started = time.monotonic()
            with pytest.raises(Expired), time_limit(0.05):
                while True:
                    pass
            assert 0.04 < time.monotonic() - started < 1.0  # its own 0.05 s, not less
            assert signal.getsignal(signal.SIGALRM) is installed
        with time_limit(0.05), time_limit(5.0):  # still no nesting: the outer one holds
            time.sleep(0.01)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_time_limit_of_another_length_inside_time_limits_uses_the_watchdog() -> None:
    with time_limits(5.0):
        installed = signal.getsignal(signal.SIGALRM)
        with pytest.raises(Expired), time_limit(0.05):
            while True:
                pass
        assert signal.getsignal(signal.SIGALRM) is installed
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 1.0  # its timer runs on


def test_time_limits_leave_a_running_timer_of_the_caller_alone() -> None:
    calls: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
    mine = signal.getsignal(signal.SIGALRM)
    signal.setitimer(signal.ITIMER_REAL, 600.0)
    try:
        with time_limits(0.05):
            assert signal.getsignal(signal.SIGALRM) is mine
            with pytest.raises(Expired), time_limit(0.05):  # the watchdog thread's
                while True:
                    pass
            assert signal.getitimer(signal.ITIMER_REAL)[0] > 500.0
        assert signal.getsignal(signal.SIGALRM) is mine
        assert calls == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_load_dir_holds_each_file_to_its_limit_and_restores_the_handler(tmp_path) -> None:
    for index in range(5):
        (tmp_path / f"{index}.md").write_text(f"# Note {index}\n\nText [00:0{index}].\n")
    before = signal.getsignal(signal.SIGALRM)
    slow = {"2.md"}

    class Slow(TranscriptNoteReader):
        name = "slow-note"

        def read(self, text: str, source: str) -> Document:
            if source.endswith(tuple(slow)):
                while True:
                    pass
            return super().read(text, source)

    seedparse.register_reader(Slow())
    try:
        result = seedparse.load_dir(
            tmp_path,
            reader="slow-note",
            errors="collect",
            limits=Limits(per_file_timeout=0.05),
        )
    finally:
        default_registry.unregister("slow-note")
    assert [doc.source.rsplit("/", 1)[-1] for doc in result] == ["0.md", "1.md", "3.md", "4.md"]
    assert [failure.error for failure in result.failures] == ["LimitExceeded"]
    assert "timeout" in result.failures[0].message
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


_NOTE_WORDS = st.sampled_from(
    [
        "yt-timestamp",
        "---\n",
        "videoId: abc\n",
        "video_id: x\n",
        "From: [[Chan]]\n",
        "# Head\n",
        "[[link]]",
        "[1:23]",
        "[0:05:10]",
        "[",
        "]]",
        "text ",
        "\n",
    ]
)


def _note_sniff_reference(sample: str) -> float:
    """The transcript sniffer before its early return, kept as the reference."""
    from seedparse.formats.transcript import entry

    score = 0.0
    if "yt-timestamp" in sample:
        score = 0.95
    if sample.startswith("---") and entry._SNIFF_VIDEO_ID.search(sample, 0, 4096):
        score = max(score, 0.9)
    if "[[" in sample:
        if entry._SNIFF_FROM.search(sample):
            score = max(score, 0.85)
        elif entry._SNIFF_HEADING.search(sample) and "]]" in sample:
            score = max(score, 0.6)
    if score < 0.5 and len(entry._SNIFF_MARKER.findall(sample, 0, 4096)) >= 2:
        score = max(score, 0.6)
    if score == 0.0 and sample.startswith("---\n") and entry._SNIFF_HEADING.search(sample):
        score = 0.3
    return score


@settings(max_examples=300, deadline=None)
@given(st.lists(_NOTE_WORDS, max_size=12).map("".join))
def test_note_sniffer_early_return_changes_no_score(sample: str) -> None:
    assert TranscriptNoteReader().sniff(sample) == _note_sniff_reference(sample)


@given(st.text("[]x", max_size=20))
def test_double_bracket_search_is_the_substring_test(sample: str) -> None:
    from seedparse.formats.transcript import entry

    assert entry._has_double_bracket(sample) is ("[[" in sample)


_PAGE_WORDS = st.sampled_from(
    [
        "By Jane Doe\n",
        "\nBy ",
        "Posted: ",
        "\u00a9 2020",
        "All Rights Reserved",
        "copyright 2021",
        '"headline": ',
        '"@type" :',
        "\u2022 Home\n",
        "\u2022",
        " \t\u2022\u00a0 ",
        "x \u2022 ",
        "\u2022\t" + "w" * 58,
        "w" * 3,
        "{",
        "---",
        "plain words ",
        "\n",
        "\u212a",
    ]
)


def _generic_reference(sample: str) -> float:
    """The generic web-page score with the patterns the shortcuts stand for."""
    sample = sample[: seedparse._protocol.SNIFF_CHARS]
    head = sample.lstrip()
    if head.startswith("---") or "yt-timestamp" in sample:
        return 0.0 if not webpage._JSON_META_KEY.search(sample) else 0.3
    score = 0.0
    if head.startswith("{") or head.startswith("[{"):
        score = 0.7
    if webpage._JSON_META_KEY.search(sample):
        score += 0.5
    if "\u2022" in sample and len(webpage._NAV_BULLET.findall(sample)) >= 2:
        score += 0.3
    signals = (webpage._BYLINE_LINE.search(sample) is not None) + (
        webpage._FOOTER.search(sample) is not None
    )
    if score > 0 or signals == 2:
        score += 0.1 * signals
    return min(0.9, score)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PAGE_WORDS, max_size=14).map("".join))
def test_web_sniffer_skips_the_footer_only_where_it_cannot_count(sample: str) -> None:
    assert webpage._generic_sniff(sample) == _generic_reference(sample)


_BULLET_LINES = st.lists(
    st.tuples(st.text(" \t\u00a0\u2022x", max_size=4), st.integers(0, 64)).map(
        lambda piece: piece[0] + "y" * piece[1]
    ),
    max_size=12,
).map("\n".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_BULLET_LINES, st.text(" \t\u00a0\u2022\nab", max_size=80)))
def test_nav_bullet_lines_are_counted_as_the_pattern_counts_them(sample: str) -> None:
    expected = len(webpage._NAV_BULLET.findall(sample)) >= 2
    assert webpage._has_nav_bullets(sample) is expected


def test_default_registry_picks_as_it_detects_on_the_fixtures() -> None:
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [seedparse.read_text(p) for p in sorted(fixtures.rglob("*")) if p.is_file()][:200]
    assert texts
    for text in texts:
        assert default_registry.pick(text) is default_registry.detect(text).reader
