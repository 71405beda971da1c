"""Shapes added in session 21 (qde21, issue 15), German.

Swiss and Austrian offices before a name are the person's description, not part of the
name ("CVP-Ständerat X Y", "Gemeindeammann X Y", "Bezirkshauptmann X Y";
german_offices.py).

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
Near misses keep a quote that no sentence credits without a speaker, or a word that
only ends like an office out of the offices.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import is_title

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "de-swiss-party-and-council-office",
        "\u00abDas w\u00e4re f\u00fcr uns eine schwierige Lage\u00bb, sagt SP-St\u00e4nderat "
        "Reto Brunner, Pr\u00e4sident des Verbands, in der Zeitung.",
        [("Das w\u00e4re f\u00fcr uns", "Reto Brunner")],
    ),
    (
        "de-swiss-municipal-head",
        "Gemeindeammann Urs Keller sagte: \u00abWir haben die Rechnung gepr\u00fcft.\u00bb",
        [("Wir haben die Rechnung", "Urs Keller")],
    ),
    (
        "de-swiss-cantonal-government-member",
        "\u00abDie Schulen bleiben offen\u00bb, sagte Regierungsr\u00e4tin Anna Meier am Montag.",
        [("Die Schulen bleiben offen", "Anna Meier")],
    ),
    (
        "de-austrian-district-head",
        "\u201eDer Bezirk ist gut vorbereitet\u201c, sagte Bezirkshauptmann Karl Huber.",
        [("Der Bezirk ist gut vorbereitet", "Karl Huber")],
    ),
    (
        "de-council-as-a-body-names-no-one",
        "Der Gemeinderat beschloss am Montag: \u201eDie Stra\u00dfe wird im Herbst saniert.\u201c",
        [("Die Stra\u00dfe wird", None)],
    ),
]


def test_cases_are_unique() -> None:
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("CVP-St\u00e4nderat", True),
        ("Gemeindeammann", True),
        ("Vizeammann", True),
        ("Stadtschreiberin", True),
        ("Nationalr\u00e4tin", True),
        # Near misses: nouns that end like "-rat" or "-mann" but are no office.
        ("Referat", False),
        ("Apparat", False),
        ("Hausmann", False),
    ],
)
def test_swiss_and_austrian_offices(word: str, title: bool) -> None:
    assert is_title(word) is title
