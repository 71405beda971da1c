"""Two-letter surnames completed to the full name the text wrote (short_surnames,
issue 15): "Wu said" after "Wu Jing" (surname first), "Li said" after "Nancy Li";
exact words only. Near-misses: "Li" with no full name before stays "Li"; two-letter
words of the languages read ("Da", "So", "Le") and capitals ("UN") are no surname.

The texts are written for these tests with made-up names in the style of wire copy
(none from the seeds or the scored fixtures).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.short_surnames import short_surname

LQ, RQ = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-surname-first-then-alone",
        f"Title\nTrade talks resumed on Monday. Wu Jing, a spokesman for the ministry, "
        f"spoke to reporters.\n{LQ}We will not give in to pressure,{RQ} Wu said.",
        [("We will not give", "Wu Jing")],
    ),
    (
        "en-given-name-first-then-alone",
        "Title\nTrade talks resumed on Monday. Economist Nancy Li of the city's "
        "university was less sure.\n"
        f"{LQ}Talks can fail,{RQ} Li said.",
        [("Talks can fail", "Nancy Li")],
    ),
    (
        "en-near-miss-no-full-name-before",
        f"Title\nTrade talks resumed on Monday.\n{LQ}The door stays open,{RQ} said Li.",
        [("The door stays", "Li")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_short_surnames(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("word", "is_surname"),
    [
        ("Wu", True),
        ("Li", True),
        ("Ng", True),
        ("Da", False),
        ("So", False),
        ("Le", False),
        ("UN", False),
        ("Он", False),
        ("Wuhan", False),
    ],
)
def test_short_surname(word: str, is_surname: bool) -> None:
    assert short_surname(word) is is_surname
