"""German shapes added with qde2's round (session 16, issue 15): offices and job nouns
of the fire service, the police, local government, the church and sport glued to a
name ("Ortsbrandmeister X", "Kreisbeigeordnete X", "Nationalspieler X") are titles, cut
off the speaker's name so that a later surname ("so Harms weiter") finds the full name.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of German, Austrian and Swiss local
papers, press releases and sports reports; none comes from the seeds or from the scored
fixtures. Precision cases keep the speaker the text gives and name nobody else
(``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import is_title

LO, HI = "\u201e", "\u201c"  # „ “

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- offices of the fire service, police, council and church; sport positions ----
    (
        "de-fire-chief-office-then-surname-with-so",
        "Die Feuerwehr zog Bilanz.\n"
        f"{LO}Wir brauchen dringend ein neues Ger\u00e4tehaus{HI}, sagte Kreisbrandmeister "
        f"Jens Albers. {LO}Das alte ist zu klein{HI}, so Albers weiter.",
        [("Wir brauchen", "Jens Albers"), ("Das alte", "Jens Albers")],
    ),
    (
        "de-commander-office-before-colon",
        f"Feuerwehrkommandantin Sabine Wohlrab erkl\u00e4rte: {LO}Der Einsatz dauerte die "
        f"ganze Nacht.{HI}",
        [("Der Einsatz", "Sabine Wohlrab")],
    ),
    (
        "de-deputy-district-officer-office-after-quote",
        f"{LO}Die Stra\u00dfe wird im Fr\u00fchjahr saniert{HI}, kündigte Kreisbeigeordneter "
        "Markus Hain an.",
        [("Die Stra\u00dfe", "Markus Hain")],
    ),
    (
        "de-national-player-office-then-surname-in-next-paragraph",
        f"{LO}Wir haben uns nie aufgegeben{HI}, sagte Nationalspieler Timo Brandl.\n"
        "Die Mannschaft reist am Montag ab.\n"
        f"{LO}Jetzt wollen wir mehr{HI}, betonte Brandl.",
        [("Wir haben", "Timo Brandl"), ("Jetzt wollen", "Timo Brandl")],
    ),
    (
        "de-parish-priest-office-with-role-noun-after",
        f"Pfarrerin Anna Seibold sagte: {LO}Die Kirche bleibt offen.{HI} "
        f"{LO}Alle sind willkommen{HI}, f\u00fcgte die Pfarrerin hinzu.",
        [("Die Kirche", "Anna Seibold"), ("Alle sind", "Anna Seibold")],
    ),
    (
        "de-police-inspector-office-after-quote",
        f"{LO}Die Fahrerin war nicht angeschnallt{HI}, sagte Polizeihauptkommissar Uwe Dreher.",
        [("Die Fahrerin", "Uwe Dreher")],
    ),
    # -- precision: a role alone names nobody ----------------------------------------
    (
        "de-fire-chief-without-name-names-nobody",
        f"{LO}Der Brand war schnell unter Kontrolle{HI}, sagte der Ortsbrandmeister.",
        [("Der Brand", None)],
    ),
]


def test_cases_are_german_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"de"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ortsbrandmeister", True),
        ("Kreisbrandmeisterin", True),
        ("Feuerwehrkommandant", True),
        ("Kreisbeigeordnete", True),
        ("Baudezernentin", True),
        ("Stadtk\u00e4mmerer", True),
        ("Nationalspieler", True),
        ("Pfarrerin", True),
        ("Teammanagerin", True),
        # names and ordinary nouns are not offices
        ("Harms", False),
        ("Meister", False),
        ("Brandl", False),
        ("spieler", False),
    ],
)
def test_service_and_sport_offices(word: str, expected: bool) -> None:
    assert is_title(word) is expected
