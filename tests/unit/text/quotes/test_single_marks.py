"""Straight single quotation marks (single_marks.py): which U+0027 marks open or close a
quotation, and what the finder makes of them. Lines from stored public pages (not the
fixtures'), with near misses: apostrophes, elisions, plural possessives, scare quotes,
titles, quotes nested in double marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import _native
from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.marks import collect_marks
from seedparse._text.quotes.single_marks import quotation_marks


def _quoted(text: str) -> list[str]:
    """The stretches between the straight single marks that :func:`collect_marks`
    takes (:func:`quotation_marks`; a mark left open runs to the end of its line)."""
    marks = [pos for pos, _, mark in collect_marks(text, 0, len(text), 100) if mark == "'"]
    out: list[str] = []
    while marks:
        start = marks.pop(0)
        line_end = text.find("\n", start)
        line_end = line_end if line_end >= 0 else len(text)
        if marks and marks[0] < line_end:
            out.append(text[start + 1 : marks.pop(0)])
        else:
            out.append(text[start + 1 : line_end])
    return out


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A closing mark after the quotation's own punctuation.
        (
            "'If you know the rules, it's not handball,' said Kane.",
            ["If you know the rules, it's not handball,"],
        ),
        (
            "He wrote: 'I am devastated with the tragic loss of my beloved wife.'",
            ["I am devastated with the tragic loss of my beloved wife."],
        ),
        # Apostrophes inside the quotation do not end it.
        ("'We don't know,' she said.", ["We don't know,"]),
        (
            "'The players' union will strike on Monday,' he said.",
            ["The players' union will strike on Monday,"],
        ),
        # A closing mark at the end of the paragraph, or before a speech verb.
        (
            "Relatives in India say they 'cannot believe what has happened'",
            ["cannot believe what has happened"],
        ),
        (
            "'We will not back down', the minister said.",
            ["We will not back down"],
        ),
        # A headline's frame: a spaced dash or a colon after the closing mark.
        (
            "'This is not a position I want to be in' - new cathaoirleach",
            ["This is not a position I want to be in"],
        ),
        # A quotation running over paragraphs, each opening with a mark.
        (
            "said: 'Of course, a disappointing result.\n'But we felt a little bit frozen.\n"
            "'We will be better next time.'",
            [
                "Of course, a disappointing result.",
                "But we felt a little bit frozen.",
                "We will be better next time.",
            ],
        ),
        # Near misses: apostrophes, elisions and possessives.
        ("I loved him. I loved him 'til the day he died.", []),
        ("Ms Brereton, Church Street, Kilcock, told Judge Frank O'Donnell.", []),
        ("The rock 'n' roll of the '90s came back, the players' union said.", []),
        ("Blackburn Rovers' defensive display at Hull City was poor.", []),
        ("L'homme est venu aujourd'hui, c'est la fin, s 'exprimer enfin.", []),
        (
            "\u0412'\u044f\u0447\u0435\u0441\u043b\u0430\u0432 \u0437\u0430\u0431\u0438\u0432"
            " \u043c'\u044f\u0447 \u0443 \u0432\u043e\u0440\u043e\u0442\u0430.",
            [],
        ),
        # Near misses: scare quotes and titles of one to a few words.
        ("In February 1978 another 'iconic' image was taken.", []),
        ("Today's behaviour 'totally unacceptable' - Sinn Fein", []),
        ("Theresa May condemns 'sick and depraved' attack on Westminster", []),
        ("It described the prank as 'truly appalling' and 'extremely foolish'", []),
        ("'Wide open'", []),
        # An opening mark its line leaves open, the line ending no sentence (text
        # wrapped by hand), or no paragraph going on with a mark.
        (
            "Internal nodes are called 'folders' and leaf nodes are called\n"
            "'documents'. For a folder, the server stores references to nodes",
            [],
        ),
        ("He said 'we are ready for the match and we will win\nThe game starts at 3pm.", []),
    ],
)
def test_which_single_marks_are_quotation_marks(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_two_apostrophes_typed_for_a_double_mark_are_no_single_marks() -> None:
    text = "''We will win the league,'' the coach said."
    assert quotation_marks(text, 0, len(text), 10, {0, 1, 25, 26}) == []
    assert [m[2] for m in collect_marks(text, 0, len(text), 10)] == ['"', '"']


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = seedparse.parse(text, reader="article")
    return [(c.text, c.speaker) for c in doc.citations if c.kind == "quotation"]


def test_the_finder_credits_single_marked_quotations() -> None:
    text = (
        "Kane on the defeat\n"
        "England lost to Senegal, Harry Kane said after the game.\n"
        "'Again, not really good enough,' Kane told ITV Sport.\n"
        "'We're not going to panic. But for sure we know we need to do better.'\n"
    )
    assert _quotes(text) == [
        ("Again, not really good enough", "Harry Kane"),
        ("We're not going to panic. But for sure we know we need to do better.", "Harry Kane"),
    ]


def test_single_marks_inside_double_marks_stay_a_nested_quote() -> None:
    text = (
        "Survivors of the cruise\n"
        "Karen Camacho of Miami was on board with her husband.\n"
        "\"I was terrified. I was telling my husband, 'We're going to die here,'\" "
        "said Camacho.\n"
    )
    assert _quotes(text) == [
        ("I was terrified. I was telling my husband, 'We're going to die here,'", "Karen Camacho")
    ]


def test_apostrophes_and_scare_quotes_make_no_quotation() -> None:
    text = (
        "Football disorder on the rise\n"
        "In February 1978 another 'iconic' image was taken - a Manchester United fan at a "
        "game against Liverpool with a dart embedded in his face.\n"
        "The players' union and the clubs' owners met in the '90s, and rock 'n' roll "
        "played on.\n"
    )
    assert _quotes(text) == []


_PIECES = st.lists(
    st.sampled_from(
        [
            "We",
            "don't",
            "know",
            "O'Brien",
            "players'",
            "'90s",
            "'n'",
            "'",
            "',",
            ".'",
            ",'",
            "said",
            "she",
            "\n",
            ":",
            "'em",
            "м'яч",
            "l'homme",
            '"',
            "''",
            "'The",
        ]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_words_apostrophes_and_single_marks_never_raise(pieces: list[str]) -> None:
    """Never an exception, every quotation inside its block, and (with the native core)
    the same quotations on both paths."""
    text = " ".join(pieces)
    blocks: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append((at, at + len(line)))
        at += len(line) + 1
    found = find_quotations(text, blocks)
    assert len(found) == len(blocks)
    if _native.active() is not None:  # the same quotations on the pure path
        _native.set_native(False)
        try:
            assert find_quotations(text, blocks) == found
        finally:
            _native.set_native(True)
    for (start, end), quotes in zip(blocks, found, strict=True):
        for quote in quotes:
            assert quote.span is not None
            assert start <= quote.span.start < quote.span.end <= end
            assert quote.text.strip()
