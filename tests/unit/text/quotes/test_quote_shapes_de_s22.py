"""Shapes added in session 22 (qde22, issue 15), German.

An office followed by a genitive or "of" word and the name of its body ("der Trainer
des TSV Eintracht Nordheim", "der Chef des Maschinenbauers Kessler") names no person:
the run is the body's (office_bodies.py), the office is a role and stands for the
person in view. The office's complement followed by a full name still names that
person ("der Präsident des Landesverbands Paul Weber", French "la ministre des Sports X Y").
The newsroom's job nouns (KldB 2010 group 924: Redakteur, Journalist, Moderator,
Herausgeber, Volontär) are offices before a name ("ORF Tirol-Chefredakteur X Y").
More German verbs of saying (asking, asserting, explaining, judging, advising, and the
manner of the voice: "fragte", "bedauerte", "seufzte", "schimpfte"; german_words.py)
attribute a quote as the others do.

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import is_title
from seedparse._text.quotes.office_bodies import names_a_body
from seedparse._text.quotes.offices import named_after_office

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "de-office-of-a-club-is-a-role",
        "Jonas Brandt war mit dem Punkt zufrieden. \u201eWir haben hinten sicher "
        "gestanden\u201c, sagte der Trainer des TSV Eintracht Nordheim nach dem Spiel.",
        [("Wir haben hinten sicher", "Jonas Brandt")],
    ),
    (
        "de-office-of-a-firm-is-a-role",
        'Petra Wolff kennt die Branche seit Jahren. "Die Auftr\u00e4ge kommen wieder", '
        "sagt die Chefin des Maschinenbauers Kessler.",
        [("Die Auftr\u00e4ge kommen wieder", "Petra Wolff")],
    ),
    (
        # Near miss: the office's complement, then the person's full name.
        "de-office-complement-then-full-name",
        "\u201eDas ist ein guter Tag\u201c, sagte die Vorsitzende des Landesverbands "
        "Gr\u00fcne Jugend Maria Koch.",
        [("Das ist ein guter Tag", "Maria Koch")],
    ),
    (
        "de-newsroom-job-before-name",
        "\u201eWir berichten aus jeder Gemeinde\u201c, so ORF Tirol-Chefredakteur Markus Lindner.",
        [("Wir berichten aus jeder Gemeinde", "Markus Lindner")],
    ),
    (
        "de-journalist-before-name",
        "Sportjournalistin Eva Roth sagte: \u201eDas Finale war spannend.\u201c",
        [("Das Finale war spannend.", "Eva Roth")],
    ),
    (
        "de-verb-of-manner-before-office-and-name",
        "\u201eDas war knapp\u201c, seufzte der Fahrer Tom Beck.",
        [("Das war knapp", "Tom Beck")],
    ),
    (
        "de-reported-verb-then-quote",
        "Anna Bauer bedauerte den R\u00fccktritt. \u201eEr war ein guter Kollege.\u201c",
        [("Er war ein guter Kollege.", "Anna Bauer")],
    ),
    (
        "de-question-verb-with-unnamed-speakers",
        "\u201eKommt der Bus noch?\u201c, fragten die Fahrg\u00e4ste.",
        [("Kommt der Bus noch?", None)],
    ),
    (
        # Near misses: a sentence with no verb of saying before the quote, a verb of
        # thinking after it.
        "de-no-speech-verb-before-quote",
        "Max Ott baute den Stall. \u201eWir bauen im Herbst.\u201c",
        [("Wir bauen im Herbst.", None)],
    ),
    (
        "de-verb-of-thought-is-no-attribution",
        "\u201eDas war knapp\u201c, dachte der Fahrer Tom Beck.",
        [],
    ),
]


def test_cases_are_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
    text: str,
    expected: list[tuple[str, str | None]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Trainer des SC Freiburg", None),
        ("Pr\u00e4sident des VfB Stuttgart", None),
        ("Sprecher des Vereins Hertha", None),
        ("Chef des Autobauers Opel", None),
        # Near misses: a complement and then a full name, or no of-word at all.
        ("Pr\u00e4sident des Landesverbands Paul Weber", "Paul Weber"),
        ("ministre des Sports Am\u00e9lie Durand-Roux", "Am\u00e9lie Durand-Roux"),
        ("Bundestrainer Julian Nagelsmann", "Julian Nagelsmann"),
    ],
)
def test_office_of_a_body(phrase: str, name: str | None) -> None:
    assert named_after_office(phrase.split(" "), 0) == name


@pytest.mark.parametrize(
    ("tokens", "k", "after", "body"),
    [
        (["Trainer", "des", "FC", "Hansa", "Rostock"], 2, 5, True),
        (["Chef", "des", "Konzerns", "Siemens"], 2, 4, True),
        (["Trainer", "des", "VfL", "Bochum"], 2, 4, True),
        # Near misses: no of-word before the run; a run of a head noun and a full name.
        (["Trainer", "Thomas", "Berger"], 1, 3, False),
        (["Pr\u00e4sident", "des", "Landesverbands", "Paul", "Weber"], 2, 5, False),
        (["Chef", "von", "BMW", "Oliver", "Zipse", "Nord"], 2, 6, False),
    ],
)
def test_names_a_body(tokens: list[str], k: int, after: int, body: bool) -> None:
    assert names_a_body(tokens, k, after) is body


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("Chefredakteur", True),
        ("Spiegel-Redakteurin", True),
        ("Sportjournalist", True),
        ("ARD-Moderatorin", True),
        ("Mitherausgeber", True),
        ("Volont\u00e4rin", True),
        # Near misses: words of the newsroom that are no job noun.
        ("Redaktion", False),
        ("Journal", False),
        ("Herausgabe", False),
    ],
)
def test_newsroom_jobs(word: str, title: bool) -> None:
    assert is_title(word) is title
