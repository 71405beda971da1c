"""French shapes added in session 15 (issue 15, qfr): an elided word that opens a
sentence is no part of a name ("C'est Julie Moreau, maire, qui a ...").

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of French news copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the speaker the text gives
and name nobody else (``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import is_cap, name_forward, split_tokens

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- an elided word opening a sentence is no name word -------------------------------
    (
        "fr-cleft-c-est-name-qui-then-pronoun",
        "Les vitres de la salle des f\u00eates ont \u00e9t\u00e9 bris\u00e9es dans la nuit.\n"
        "C\u2019est Julie Moreau, maire du village, qui a d\u00e9couvert les d\u00e9g\u00e2ts "
        "au petit matin.\n"
        f"{GL} Qui peut faire une chose pareille ? {GR} demande-t-elle.",
        [("Qui peut faire", "Julie Moreau")],
    ),
    (
        "fr-cleft-with-straight-apostrophe",
        "Le club a perdu son troisi\u00e8me match de suite.\n"
        "C'est Karim Benali, capitaine de l'\u00e9quipe, qui a pris la parole apr\u00e8s "
        f"la rencontre.\n{GL} Nous devons nous remettre en question tr\u00e8s vite {GR}, "
        "a-t-il reconnu.",
        [("Nous devons", "Karim Benali")],
    ),
]


def test_cases_are_french_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"fr"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


def _tokens(text: str) -> list[str]:
    return split_tokens(text, 0, len(text))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("C\u2019est", False),
        ("C'est", False),
        ("L\u2019absence", False),
        ("J'ai", False),
        ("O'Brien", True),  # a capital after the apostrophe: a name
        ("L\u2019Or\u00e9al", True),
        ("D'Alembert", True),
        ("Moreau", True),
    ],
)
def test_elided_words_are_no_name_words(word: str, expected: bool) -> None:
    assert is_cap(word) is expected


def test_cleft_opening_is_not_read_into_the_name() -> None:
    tokens = _tokens("C\u2019est Julie Moreau qui a parl\u00e9")
    assert name_forward(tokens, 0) == (None, 0)
    assert name_forward(tokens, 1)[0] == "Julie Moreau"
