"""German shapes added with qde2's round (session 16, issue 15): offices and job nouns
of the fire service, the police, local government, the church and sport glued to a
name ("Ortsbrandmeister X", "Kreisbeigeordnete X", "Nationalspieler X") are titles, cut
off the speaker's name so that a later surname ("so Harms weiter") finds the full
name; the German low opening mark typed as two commas before a word (",,Wir haben
…,\" so X", Austrian and regional copy) opens a quotation closed by a curly or a
straight mark, on the Python and the native path alike; an initial between a given
name and a surname ("Erich M. Wendel") is part of the name, even where it reads as a
title (French "M." for monsieur, which stays a title before a name); a possessive
determiner opening a sentence ("Sein Amt", "Ihre Partei") is no name; a sentence opened
by the surname of a person named before ("Spitzer wird sich ...") introduces that
person again, so that a pronoun after it ("sagt er") is theirs even when someone else
came in since the last quote.

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

from seedparse import Citation, _native
from seedparse._text.quotes.marks import collect_marks, opening_mark
from seedparse._text.quotes.names import is_title, trim_name

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
    # -- the low opening mark typed as two commas ------------------------------------
    (
        "de-two-commas-closed-straight-then-so-office",
        'Wien (apa) - ,,Wir haben heute lange verhandelt," so Sozialministerin Eva Kogler '
        "nach dem Treffen.",
        [("Wir haben heute", "Eva Kogler")],
    ),
    (
        "de-two-commas-closed-curly-after-verb",
        f",,Das Angebot reicht nicht aus{HI}, sagte Betriebsratschef Jonas Fink am Dienstag.",
        [("Das Angebot", "Jonas Fink")],
    ),
    (
        "de-two-commas-clause-after-comma-names-subject-before",
        f"Landrat Erich Wendel kritisierte, ,,dass das Land wieder k\u00fcrzt{HI}.",
        [("dass das Land", "Erich Wendel")],
    ),
    (
        "de-two-commas-continued-in-next-paragraph-straight",
        ',,Wir bleiben dran," sagte B\u00fcrgermeisterin Carla Mehl.\n"Die Bahn muss liefern."',
        [("Wir bleiben", "Carla Mehl"), ("Die Bahn", "Carla Mehl")],
    ),
    (
        "de-two-commas-inside-words-are-no-mark",
        "Die Zahlen 1,,5 und 2,,7 sind Tippfehler, sagte der Sprecher.",
        [],
    ),
    # -- middle initials ---------------------------------------------------------------
    (
        "de-middle-initial-m-after-quote",
        f"{LO}Wir investieren in die Ortsmitte{HI}, sagte B\u00fcrgermeister Erich M. Wendel.",
        [("Wir investieren", "Erich M. Wendel")],
    ),
    (
        "de-middle-initial-then-surname-later",
        f"Landr\u00e4tin Anna M. Seiler sagte: {LO}Die Kliniken bleiben.{HI}\n"
        f"{LO}Das ist mir wichtig{HI}, betonte Seiler.",
        [("Die Kliniken", "Anna M. Seiler"), ("Das ist", "Anna M. Seiler")],
    ),
    # -- a possessive opening a sentence; the speaker named again by surname ----------
    (
        "de-possessive-opener-is-no-name",
        "Peter Spitzer tritt ab.\n"
        f"Sein Amt habe er gern ausge\u00fcbt. {LO}Ich stehe nicht mehr vorn{HI}, sagt er.",
        [("Ich stehe", "Peter Spitzer")],
    ),
    (
        "de-feminine-possessive-opener-is-no-name",
        "Anna Berg ist Ministerin.\n"
        f"Ihre Partei verliert Stimmen. {LO}Wir m\u00fcssen zuh\u00f6ren{HI}, sagte sie.",
        [("Wir m\u00fcssen", "Anna Berg")],
    ),
    (
        "de-speaker-named-again-after-another-came-in",
        f"{LO}Ich will in den Kreistag{HI}, sagt Peter Spitzer.\n"
        "Rainer Marten habe Interesse gezeigt. Spitzer wird sich nicht zur\u00fcckziehen. "
        f"{LO}Ich stehe nicht mehr vorn{HI}, sagt er.",
        [("Ich will", "Peter Spitzer"), ("Ich stehe", "Peter Spitzer")],
    ),
    (
        "de-speaker-then-another-in-one-sentence-is-ambiguous",
        f"{LO}Ich will in den Kreistag{HI}, sagt Peter Spitzer.\n"
        f"Spitzer traf Rainer Marten. {LO}Ich stehe nicht mehr vorn{HI}, sagt er.",
        [("Ich will", "Peter Spitzer"), ("Ich stehe", None)],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (',,Ja"', [(0, 2, "\u201e"), (4, 1, '"')]),
        ("sagt (,,\u00c4rger\u201c)", [(6, 2, "\u201e"), (13, 1, "\u201c")]),
        # a typo, a number, commas before a space or a mark, glued to a word: no mark
        ("a,, b 1,,5 ,, x ,,\u201c y", [(18, 1, "\u201c")]),
        ("ein,,Wort", []),
    ],
)
def test_two_commas_before_a_word_are_a_low_mark(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert collect_marks(text, 0, len(text), 50) == expected


def test_two_commas_at_a_range_start_open() -> None:
    text = 'x,,Ja"'
    assert collect_marks(text, 1, len(text), 50) == [(1, 2, "\u201e"), (5, 1, '"')]
    assert opening_mark(text, 1) == "\u201e"


@pytest.mark.parametrize("native", [True, False])
def test_two_commas_pair_alike_on_both_paths(
    native: bool,
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    before = _native.active() is not None
    try:
        _native.set_native(native)
        check_quotes(
            ',,Wir haben viel erreicht," so Obfrau Lena Gruber.',
            [("Wir haben viel", "Lena Gruber")],
        )
    finally:
        _native.set_native(before)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Erich", "M.", "Wendel"], "Erich M. Wendel"),
        (["Landr\u00e4tin", "Anna", "M.", "Seiler"], "Anna M. Seiler"),
        (["John", "M.", "Smith"], "John M. Smith"),
        (["Michael", "J.", "Fox"], "Michael J. Fox"),
        # "M." before the name is monsieur; after an office it is no initial either
        (["M.", "Macron"], "Macron"),
        (["Pr\u00e9sident", "M.", "Macron"], "Macron"),
    ],
)
def test_a_middle_initial_is_part_of_the_name(words: list[str], expected: str) -> None:
    assert trim_name(words) == expected
