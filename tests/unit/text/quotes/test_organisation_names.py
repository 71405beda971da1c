"""A run of three capitalised words or more that ends in the noun of an organisation's
kind is the organisation, whole (organisation_names, issue 15): "United Farm Workers
said" credits the union, not a person "Farm Workers" left after the sentence's opening
word is dropped. Near-misses: a person whose surname is such a noun and is no head of
the list ("Dietmar Trust"), and two words only (a name cut short may be a person's).

The texts are written for these tests with made-up names in the style of wire copy
(none from the seeds or the scored fixtures).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import trim_name
from seedparse._text.quotes.organisation_names import organisation_run

LQ, RQ = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-union-opens-the-sentence",
        f"Title\nThe Senate passed the bill on Tuesday.\nUnited Farm Workers said the bill "
        f"{LQ}meets the urgent need of every worker in the fields{RQ}.",
        [("meets the urgent need", "United Farm Workers")],
    ),
    (
        "en-council-opens-the-sentence",
        f"Title\nThe sign went up last week.\nNorth Valley District Council said "
        f"{LQ}the sign will be removed as soon as the owner is found{RQ}.",
        [("the sign will be", "North Valley District Council")],
    ),
    (
        "en-near-miss-a-person",
        f"Title\nThe sign went up last week.\n{LQ}We will remove it as soon as we can, "
        f"{RQ} said Dietmar Trust, the owner.",
        [("We will remove it", "Dietmar Trust")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organisation_speakers(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("words", "is_organisation"),
    [
        (["United", "Farm", "Workers"], True),
        (["National", "Farmers", "Union"], True),
        (["Farm", "Workers"], False),  # two words: not by this rule
        (["Anna", "Maria", "Trust"], False),  # "Trust" is a surname too: not a head
        (["AFL", "CIO", "UNION"], False),  # written in capitals: an acronym's run
        (["Jean", "Paul", "Martin"], False),
    ],
)
def test_organisation_run(words: list[str], is_organisation: bool) -> None:
    assert organisation_run(words) is is_organisation


def test_trim_keeps_the_organisation_whole() -> None:
    assert trim_name(["United", "Farm", "Workers"], at_start=True) == "United Farm Workers"
    assert trim_name(["Economist", "Anna", "Berg"], at_start=True) == "Anna Berg"
