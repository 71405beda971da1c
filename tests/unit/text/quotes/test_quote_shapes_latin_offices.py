"""English, French and German shapes added with the qlatin work (issue 15): a person
named after an office before a colon with no speech verb, runs opened by a fused
preposition or a demonstrative that are no names, and offices whose complement is
capitalised ("Secretary of State", "secrétaire d'État au Budget") kept out of the name.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases expect ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"
DL, DR = "\u201e", "\u201c"
EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- an office and a name before a colon, no speech verb -------------------------
    (
        "de-office-name-then-colon-after-verb",
        f"In der Sitzung stellt B\u00fcrgermeister Lukas Brandt fest: {DL}Die Kasse ist "
        f"wieder ausgeglichen.{DR}",
        [("Die Kasse", "Lukas Brandt")],
    ),
    (
        "de-office-name-then-colon-with-complement",
        f"Gastgeber-Trainer Jonas Keller \u00fcber den ersten Heimsieg: {DL}Das war eine "
        f"geschlossene Leistung der ganzen Mannschaft.{DR}",
        [("Das war", "Jonas Keller")],
    ),
    (
        "de-office-name-in-a-wie-clause",
        f"Ein Tor gelang nicht mehr, wie Kapit\u00e4n Tim Vogt gesteht: {DL}Wir h\u00e4tten "
        f"noch lange spielen k\u00f6nnen.{DR}",
        [("Wir h", "Tim Vogt")],
    ),
    (
        "de-office-after-a-preposition-is-an-object",
        f"Der Streit endete mit Stadtrat Otto Lenz: {DL}So kann es nicht weitergehen "
        f"mit dem Haushalt.{DR}",
        [("So kann", None)],
    ),
    (
        "de-two-offices-before-a-colon",
        f"Nach dem Spiel trafen sich Trainer Max Roth und Kapit\u00e4n Ben Hahn: {DL}Wir "
        f"geben nicht auf, nie.{DR}",
        [("Wir geben", None)],
    ),
    (
        "de-office-name-with-a-place-in-the-clause",
        f"Nach dem Bericht \u00fcber den Spielplatz Lindenallee legt Polizeisprecherin Eva "
        f"Kunz nach: {DL}Wir sind an der Sache dran, jeden Abend.{DR}",
        [("Wir sind", "Eva Kunz")],
    ),
    (
        "de-someone-and-an-office-before-a-colon",
        f"Nach dem Spiel trafen sich Ben Hahn und Trainer Max Roth: {DL}Wir geben nicht "
        f"auf, nie.{DR}",
        [("Wir geben", None)],
    ),
    # -- fused prepositions and demonstratives open no name ---------------------------
    (
        "de-am-ende-is-no-person",
        f"Am Ende war Bauleiterin Karin Sommer zufrieden. {DL}Wir liegen im Plan{DR}, sagte sie.",
        [("Wir liegen", "Karin Sommer")],
    ),
    (
        "de-statt-clause-before-the-speaker",
        f"Statt den Titel zu feiern, musste Trainer Paul Roth lange warten: {DL}Heute "
        f"hatten wir das n\u00f6tige Gl\u00fcck.{DR}",
        [("Heute hatten", "Paul Roth")],
    ),
    (
        "de-demonstrative-inside-a-quote-is-no-person",
        f"Das sah auch Trainerin Ina Berg so. {DL}Der Teamgeist ist das Wichtigste{DR}, "
        f"sagte sie: {DL}Diesen Willen der Spielerinnen kann man nicht trainieren.{DR} "
        f"{DL}Ich war schon bereit f\u00fcr die Verl\u00e4ngerung{DR}, sagte sie.",
        [
            ("Der Teamgeist", "Ina Berg"),
            ("Diesen Willen", "Ina Berg"),
            ("Ich war", "Ina Berg"),
        ],
    ),
    # -- "so der frustrierte X": a surname after an article and adjectives -----------
    (
        "de-so-article-adjective-surname",
        "Trainer Jens Adler verlor 1:3 gegen das Team von Trainerin Ina Berg.\n"
        f"{DL}Wir m\u00fcssen die Chancen nutzen{DR}, so der entt\u00e4uschte Adler.",
        [("Wir m", "Jens Adler")],
    ),
    (
        "de-so-article-noun-with-nobody-named",
        f"Die Bilanz f\u00e4llt gemischt aus. {DL}Wir m\u00fcssen sparen{DR}, so der neue "
        "Vorstand.",
        [("Wir m", None)],
    ),
    (
        "de-inverted-verb-surname-colon",
        "Trainer Jens Adler verlor 1:3 gegen das Team von Trainerin Ina Berg.\n"
        f"Als Trainer des Tabellenletzten wackelt Adler: {DL}Mir macht die Arbeit "
        f"weiter Spa\u00df.{DR}",
        [("Mir macht", "Jens Adler")],
    ),
    (
        "de-inverted-verb-place-colon",
        f"Am Montag besuchte die Delegation Berlin: {DL}Wir wurden sehr freundlich empfangen.{DR}",
        [("Wir wurden", None)],
    ),
    # -- capitalised office complements -------------------------------------------
    (
        "en-secretary-of-state-surname-later",
        "Secretary of State Ruth Calder says she will travel without reporters.\n"
        f"{EL}I do not need a press pool,{ER} Calder told the magazine.",
        [("I do not", "Ruth Calder")],
    ),
    (
        "en-secretary-of-defense-then-pronoun",
        "Secretary of Defense Mark Hale met troops at the base on Monday.\n"
        f"{EL}We stand with you,{ER} he said.",
        [("We stand", "Mark Hale")],
    ),
    (
        "fr-secretaire-d-etat-au-budget",
        "L\u2019ancienne secr\u00e9taire d\u2019\u00c9tat au Budget Claire Dumont a "
        f"quitt\u00e9 ses fonctions. {GL} Je souhaite bonne chance \u00e0 mon successeur "
        f"{GR}, a-t-elle d\u00e9clar\u00e9.",
        [("Je souhaite", "Claire Dumont")],
    ),
]


def test_all_three_languages_are_in_the_table() -> None:
    languages = {case_id.split("-", 1)[0] for case_id, _, _ in CASES}
    assert languages == {"de", "en", "fr"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
