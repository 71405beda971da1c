"""The article reader's native line split (``seedparse._core.article_lines``, called by
``formats.article.lines.split_lines``) against the pure path, its oracle: the same
lines (offsets, raw and clean text, blank marks), the same dropped markup, and equal
Documents, over the seeds, the fixtures and Hypothesis-generated noisy text (CRLF,
BOM, stray markup, entities, odd quotes and spaces, Unicode)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import require_native

import seedparse
from seedparse import _native
from seedparse.formats.article.lines import is_terminal, split_lines

ROOT = Path(__file__).resolve().parents[2]

require_native()

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PIECES = st.one_of(
    st.sampled_from(
        [
            "\n",
            "\n\n",
            "\r\n",
            "\ufeff",
            " ",
            "  ",
            "\t",
            "\u00a0",
            "\u2003",
            "\u3000",
            "\u0085",
            "\u2028",
            "\x0b",
            "\x1c",
            "\u200b",
            "<br>",
            "<b>",
            "</font>",
            '<a href="x">',
            "<noun>",
            "<<word>>",
            "<!DOCTYPE html>",
            "&amp;",
            "&nbsp;",
            "&#39;",
            "&notanentity;",
            "&",
            "\u201c",
            "\u201d",
            "\u2019",
            "\u00ab",
            '"',
            "'",
            "By Jane Doe",
            "Photo: A. Name/Agency",
            "# Heading",
            "- item",
            "1. item",
            "12",
            "3/4",
            "\u00c9t\u00e9",
            "\u4e2d\u6587\u3002",
            "\u0420\u041e\u0417\u0411\u0406\u0420",
            "\ud83d\ude00",
            "The council met on Monday.",
            "and the rest of the sentence",
        ]
    ),
    st.text(max_size=6),
)
NOISY = st.lists(PIECES, max_size=60).map("".join)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = _native.active() is not None
    yield
    _native.set_native(before)


def _lines(text: str, enabled: bool) -> tuple[list[tuple[object, ...]], list[str]]:
    assert _native.set_native(enabled) is enabled
    dropped: list[str] = []
    lines = split_lines(text, dropped)
    for x in lines:
        # The shape tests a Line carries: the pure split's answers exactly (the
        # oracle's own), the native ones equal but for ``caps``, which may be True
        # where the exact test is not (never the other way round).
        lead = x.raw[:2]
        exact = lead.isalpha() and lead.isupper()
        assert x.caps if exact else (enabled or not x.caps)
        assert (x.terminal, x.spaces) == (is_terminal(x.clean), x.clean.count(" "))
    return [(x.start, x.end, x.raw, x.clean, x.after_blank) for x in lines], dropped


def _parse(text: str, enabled: bool) -> object:
    assert _native.set_native(enabled) is enabled
    return seedparse.parse(text, reader="article")


@SETTINGS
@given(NOISY)
@example("Title\n\n<br>\nnext line")  # a line of markup only counts as blank
@example("a &amp; b\n&nbsp;\nc")  # an entity line whose clean text is empty
@example("x\ud800y\nz")  # lone surrogates: the pure path splits it
def test_split_lines(text: str) -> None:
    assert _lines(text, True) == _lines(text, False)


@SETTINGS
@given(NOISY)
def test_noisy_articles(text: str) -> None:
    if not text.strip():
        return
    assert _parse(text, True) == _parse(text, False)


@pytest.mark.parametrize(
    "path",
    sorted(
        [
            *(ROOT / "seeds").iterdir(),
            *(ROOT / "tests" / "fixtures" / "article").rglob("*.*"),
            *(ROOT / "tests" / "fixtures" / "quotes").rglob("*.*"),
        ]
    ),
    ids=lambda p: p.name,
)
def test_seeds_and_fixtures(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert _lines(text, True) == _lines(text, False)
    if text.strip():
        assert _parse(text, True) == _parse(text, False)


def test_native_gives_the_clean_text() -> None:
    """The split is native (not a silent fallback): a plain line's clean text comes
    from the core, a line with markup or an entity is left to Python."""
    core = _native._CORE
    assert core is not None
    found = core.article_lines("Title\n\n a  b \nx &amp; y\n<b>z</b>\n")
    assert found is not None
    starts, ends, raws, cleans, after_blank, terminal, spaces, caps = found
    assert (starts, ends, raws) == (
        [0, 8, 14, 24],
        [5, 12, 23, 32],
        ["Title", "a  b", "x &amp; y", "<b>z</b>"],
    )
    assert cleans == ["Title", "a b", None, None]
    assert after_blank == [True, True, False, False]
    # The shape tests of the lines whose clean text the core gives; Python's for the
    # others. "Ti" cannot open with two capitals; "a " neither; "x " and "<b" neither.
    assert (terminal[:2], spaces[:2], caps) == ([False, False], [0, 1], [False] * 4)
    found = core.article_lines("NATO said it.\n\u0420\u041e \u0437\u0430\n")
    assert found is not None and found[5:] == ([True, False], [2, 1], [True, True])
    assert core.article_lines("x\ud800") is None
