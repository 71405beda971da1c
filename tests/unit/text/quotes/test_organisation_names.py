"""A run of three capitalised words or more that ends in the noun of an organisation's
kind is the organisation, whole (organisation_names, issue 15): "West Berkshire Council
said" credits the council, not a person "Berkshire Council" left after the sentence's
opening word is dropped. Near-misses: a person named after the organisation and an
office ("Ohio Farm Bureau Federation President Bill Patterson says"), an office before
a person ("Council leader Liz Terry said"), a label line naming the organisation after
the person, a person whose surname is a noun no head of the list ("Church"), two words
only (a name cut short may be a person's).

From real copy found with a search of stored public pages (names as published): a
BBC report on Reading's borough boundary, reposted (theworkoutfactory.com), Brownfield
Ag News on the farm bill (brownfieldagnews.com), Illinois Farm Bureau's FarmWeek on
county leaders (ilfb.org), abridged; the National Farmers Union's releases
(nfu.org) for the run "National Farmers Union".
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
        "en-council-opens-the-sentence",
        "Borough council proposes expanding its borders\n"
        "Reading Borough Council has announced plans to incorporate five neighbouring "
        "villages under its jurisdiction.\n"
        'West Berkshire Council said the proposal was an "unhelpful and unsolicited '
        'attempted land grab".\n'
        'Council leader Liz Terry said: "There is no doubt many residents on the western '
        "fringes of Reading look to the town, whether for work, transport connections, "
        'higher education, shopping or to use other facilities."',
        [
            ("unhelpful and unsolicited", "West Berkshire Council"),
            ("There is no doubt", "Liz Terry"),  # near-miss: an office before a person
        ],
    ),
    (
        "en-near-miss-a-person-after-the-organisation-and-office",
        "Farm Bureaus head to hill pressing for farm bill action\n"
        "Ohio Farm Bureau Federation President Bill Patterson says Congressional inaction "
        "leaves too many unknowns for farmers trying to make long-term business decisions.\n"
        f"{LQ}I thought about the purpose when we\u2019re coming out and it\u2019s clarity, "
        f"clarity, clarity,{RQ} he says. {LQ}We need clarity.{RQ}",
        [("I thought about", "Bill Patterson"), ("We need clarity", "Bill Patterson")],
    ),
    (
        "en-near-miss-the-organisation-after-the-person-on-a-label-line",
        "County Farm Bureau leaders eyeing many state issues\n"
        "County Farm Bureau leaders are interested in a variety of state issues that may "
        "come before the Illinois General Assembly.\n"
        f"Mark Eddleman, president, Union County Farm Bureau: {LQ}I\u2019m concerned about "
        f"an increase in the state motor fuel tax.{RQ}",
        [("I\u2019m concerned about", "Mark Eddleman")],
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
        (["West", "Berkshire", "Council"], True),
        (["National", "Farmers", "Union"], True),
        (["Ohio", "Farm", "Bureau", "Federation"], True),
        (["Berkshire", "Council"], False),  # two words: not by this rule
        (["Frank", "Forrester", "Church"], False),  # "Church" is a surname too: not a head
        (["Bill", "Patterson"], False),
        (["Erich", "Maria", "Remarque"], False),
    ],
)
def test_organisation_run(words: list[str], is_organisation: bool) -> None:
    assert organisation_run(words) is is_organisation


def test_trim_keeps_the_organisation_whole() -> None:
    assert trim_name(["West", "Berkshire", "Council"], at_start=True) == "West Berkshire Council"
    # near-miss: an office opening the sentence before a person ("Resident Margaret
    # Drinkwater said", rishtonfirst.blogspot.com)
    assert trim_name(["Resident", "Margaret", "Drinkwater"], at_start=True) == "Margaret Drinkwater"
