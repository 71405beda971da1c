"""Quotation marks of copied text: one quotation opened with one convention's mark and
closed with another's, two apostrophes typed for a double mark, French spacing inside
the marks, single guillemets inside double ones, German reversed guillemets (issue 15).

Every row runs on both paths (the native pairing and the pure-Python oracle), which
must give the same pairs; the native row is skipped when the core is not built,
unless ``SEEDPARSE_REQUIRE_NATIVE=1``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from seedparse import _native
from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.marks import BlockPairs, opening_mark

PATHS = ["native", "pure"]


@pytest.fixture(params=PATHS)
def path(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test once on the native path and once on the pure one."""
    if request.param == "native" and _native._CORE is None:
        if os.environ.get("SEEDPARSE_REQUIRE_NATIVE") == "1":
            pytest.fail("the native core is required (SEEDPARSE_REQUIRE_NATIVE=1)")
        pytest.skip("the native core is not built")
    before = _native.active() is not None
    _native.set_native(request.param == "native")
    yield request.param
    _native.set_native(before)


def _inner(text: str) -> list[str]:
    """The words of each top-level pair of ``text`` (one block), without the marks."""
    pairs = BlockPairs(text, 0, len(text), 50_000, 150_000).pairs(0, len(text), None) or []
    return [text[inner_start:inner_end] for _, inner_start, inner_end, _ in pairs]


# (text, the words of each top-level pair)
PAIRS = [
    # A straight opening mark, a curly closing one (English and French copy) ...
    ('He said "we will win\u201d and left.', ["we will win"]),
    ('"On fait plus attention\u201d, affirme-t-elle.', ["On fait plus attention"]),
    # ... or the German low-high one's closing mark after a straight opening mark.
    ('"Wir wollen gewinnen.\u201c Dann ging er.', ["Wir wollen gewinnen."]),
    # A curly or a guillemet opening mark, a straight closing one.
    ('\u201cWe will win," he said.', ["We will win,"]),
    ('\u201eWir schaffen das", sagte sie.', ["Wir schaffen das"]),
    (
        '\u00ab\u041c\u044b \u043f\u043e\u0431\u0435\u0434\u0438\u043c", \u2014 \u0441\u043a'
        "\u0430\u0437\u0430\u043b \u043e\u043d.",
        ["\u041c\u044b \u043f\u043e\u0431\u0435\u0434\u0438\u043c"],
    ),
    # A guillemet opening mark, a curly closing one (French, Ukrainian copy).
    (
        "\u00ab Nous la voyions tous les jours\u201d, glisse-t-elle.",
        [" Nous la voyions tous les jours"],
    ),
    # The German low mark closed by either high one (unchanged).
    ("\u201eWir schaffen das\u201d, sagte sie.", ["Wir schaffen das"]),
    ("\u201eWir schaffen das\u201c, sagte sie.", ["Wir schaffen das"]),
    # Two apostrophes typed for a double mark, and nested in a straight quotation.
    ("''We will win,'' he said.", ["We will win,"]),
    ("He said ''no'' and ''yes'' too.", ["no", "yes"]),
    # Guillemets with a no-break, a narrow no-break or a thin space inside.
    ("\u00ab\u00a0Nous gagnerons\u00a0\u00bb, a dit la maire.", ["\u00a0Nous gagnerons\u00a0"]),
    ("\u00ab\u202fNous gagnerons\u202f\u00bb, a dit la maire.", ["\u202fNous gagnerons\u202f"]),
    ("\u00ab\u2009Nous gagnerons\u2009\u00bb, a dit la maire.", ["\u2009Nous gagnerons\u2009"]),
    # French spacing typed with straight or curly marks.
    ('" C\'est de la col\u00e8re " : le maire parle.', [" C'est de la col\u00e8re "]),
    ('Il se dit " indign\u00e9 " apr\u00e8s ce " drame ".', [" indign\u00e9 ", " drame "]),
    ("\u201c Nous gagnerons \u201d, a dit la maire.", [" Nous gagnerons "]),
    # Single guillemets inside double ones; German reversed guillemets, single inside.
    (
        "\u00ab Il a dit \u2039 non \u203a hier \u00bb, dit-elle.",
        [" Il a dit \u2039 non \u203a hier "],
    ),
    (
        "\u00bbWir sagen \u203aNein\u2039 dazu\u00ab, sagte sie.",
        ["Wir sagen \u203aNein\u2039 dazu"],
    ),
    # A straight quotation nested in a curly one, or in a guillemet one: inner pairs first.
    ('\u201cHe said "no" to me,\u201d she said.', ['He said "no" to me,']),
    (
        '\u00ab\u041e\u041e\u041e "\u0420\u043e\u043c\u0430\u0448\u043a\u0430"\u00bb',
        ['\u041e\u041e\u041e "\u0420\u043e\u043c\u0430\u0448\u043a\u0430"'],
    ),
]

# Marks that must not be paired across conventions.
NOT_PAIRED = [
    # An inch sign inside a curly quotation closes nothing.
    ('\u201cThe 6" pipe burst,\u201d he said.', ['The 6" pipe burst,']),
    # An attribute's straight mark in markup, glued between two words, closes no curly
    # quotation: the curly closing mark does.
    ('\u201c<a href="x">God View</a>,\u201d he said.', ['<a href="x">God View</a>,']),
    # A straight opening mark before a word does not close an open curly quotation.
    ('\u201cWe said "yes" first,\u201d she said.', ['We said "yes" first,']),
    # Two apostrophes inside a word are no mark; a lone apostrophe is none either.
    ("It isn''t so, it's not.", []),
]


@pytest.mark.parametrize(("text", "inner"), PAIRS + NOT_PAIRED)
def test_mixed_marks_pair(path: str, text: str, inner: list[str]) -> None:
    assert _inner(text) == inner


# (text, the start of each quotation and its speaker), read as one block.
QUOTATIONS = [
    (
        '"We will never give up on this fight,\u201d said Anna Berg.',
        [("We will never", "Anna Berg")],
    ),
    (
        '\u201cWe will never give up on this fight," said Anna Berg.',
        [("We will never", "Anna Berg")],
    ),
    ("''We will never give up on this fight,'' said Anna Berg.", [("We will never", "Anna Berg")]),
    (
        '\u201eWir werden diesen Kampf nie aufgeben", sagte Anna Berg.',
        [("Wir werden diesen", "Anna Berg")],
    ),
    (
        "\u00ab Nous ne renoncerons jamais \u00e0 ce combat\u201d, a d\u00e9clar\u00e9"
        " Anne Dubois.",
        [("Nous ne renoncerons", "Anne Dubois")],
    ),
    (
        'Anne Dubois a d\u00e9clar\u00e9 : " Nous ne renoncerons jamais \u00e0 ce combat ".',
        [("Nous ne renoncerons", "Anne Dubois")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATIONS)
def test_mixed_marks_quotations(path: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_quotations(text, [(0, len(text))])[0]
    got = [(c.text, c.speaker) for c in found]
    assert len(got) == len(expected), got
    for (quote, speaker), (start, want) in zip(got, expected, strict=True):
        assert quote.startswith(start) and speaker == want, got


def test_a_quote_left_open_carries_its_mark_into_the_next_block(path: str) -> None:
    """A quotation opened with ``''`` or an entity and left open at the end of a
    paragraph is closed by the next one's first mark (the carried opening mark is the
    mark the apostrophes or the entity stand for, not their first character)."""
    for opener in ("''", "&ldquo;"):
        text = f"{opener}We will go on and on\n\nand on to the end\u201d said Anna Berg."
        blocks = [(0, text.index("\n")), (text.rindex("\n") + 1, len(text))]
        marks = BlockPairs(text, 0, len(text), 100_000, 150_000)
        second = marks.pairs(blocks[1][0], blocks[1][1], 0)
        close = text.rindex("\u201d")
        assert second == [(blocks[1][0], blocks[1][0], close, close + 1)], opener


@pytest.mark.parametrize(
    ("text", "pos", "mark"),
    [
        ("''x", 0, '"'),
        ("&ldquo;x", 0, "\u201c"),
        ("&quot;", 0, '"'),
        ("&amp;", 0, "&"),
        ("\u00abx", 0, "\u00ab"),
        ("", 0, ""),
    ],
)
def test_opening_mark(text: str, pos: int, mark: str) -> None:
    assert opening_mark(text, pos) == mark
