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
from seedparse._text.quotes.latin_clauses import auxiliary_inversion, role
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
    # -- an incise right after a comma inside the quotation --------------------------
    (
        "fr-inner-incise-after-a-comma-of-the-quote",
        f"{GL} Le terrain \u00e9tait lourd, mais cela n\u2019excuse rien, reconna\u00eet "
        "Hugo Petit, l\u2019entra\u00eeneur des Verts. Nous avons manqu\u00e9 "
        f"d\u2019envie en seconde p\u00e9riode. {GR}",
        [("Le terrain", "Hugo Petit")],
    ),
    # -- an adverb between the auxiliary and the participle ---------------------------
    (
        "fr-auxiliary-adverb-participle-then-name",
        f"{GL} Nous ne c\u00e9derons rien sur le calendrier des travaux {GR}, a encore "
        "affirm\u00e9 Paul Girard.",
        [("Nous ne c\u00e9derons", "Paul Girard")],
    ),
    (
        "fr-auxiliary-adverb-participle-then-office-and-name",
        f"{GL} Les clubs amateurs recevront une aide d\u00e8s la rentr\u00e9e {GR}, a "
        "\u00e9galement soulign\u00e9 la ministre des Sports Marion Lefort.",
        [("Les clubs amateurs", "Marion Lefort")],
    ),
    (
        "fr-auxiliary-adverb-participle-then-organisation-names-nobody",
        f"{GL} La situation reste tr\u00e8s tendue {GR}, a d\u00e9clar\u00e9 le chef de "
        "mission, Marc Dufour.\n"
        f"{GL} Nos \u00e9quipes ne peuvent plus circuler la nuit dans la r\u00e9gion {GR}, "
        "a encore indiqu\u00e9 l\u2019organisation.",
        [("La situation", "Marc Dufour"), ("Nos \u00e9quipes", None)],
    ),
    # -- the auxiliary inverted with its subject, any participle ----------------------
    (
        "fr-inverted-auxiliary-with-unknown-participle",
        "Sophie Garnier a ouvert la s\u00e9ance du conseil municipal lundi soir. "
        f"{GL} Cette ann\u00e9e encore, les finances de la ville sont saines {GR}, "
        "a-t-elle d\u00e9but\u00e9.",
        [("Cette ann\u00e9e", "Sophie Garnier")],
    ),
    (
        "fr-inverted-auxiliary-with-unknown-participle-no-comma",
        "Le maire, Louis Bernard, a pris la parole devant les habitants. "
        f"{GL} Personne ne sera laiss\u00e9 sans solution {GR} a-t-il temp\u00eat\u00e9.",
        [("Personne ne sera", "Louis Bernard")],
    ),
    (
        "fr-inverted-impersonal-passive-names-nobody",
        "Le maire, Louis Bernard, a pr\u00e9sent\u00e9 le projet aux habitants.\n"
        f"{GL} Les travaux dureront deux ans et co\u00fbteront trois millions {GR}, "
        "a-t-il \u00e9t\u00e9 pr\u00e9cis\u00e9 lors de la r\u00e9union.",
        [("Les travaux", None)],
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


@pytest.mark.parametrize(
    ("word", "next_word", "expected"),
    [
        ("a-t-il", "d\u00e9but\u00e9", True),
        ("a-t-elle", "temp\u00eat\u00e9", True),
        ("aurait-il", "dit", True),
        ("a-t-il", "\u00e9t\u00e9", False),  # the impersonal passive: "it was stated"
        ("a-t-il", "Paris", False),
        ("a-t-il", "les", False),  # no participle
        ("est-il", "d\u00e9but\u00e9", False),  # not the auxiliary "avoir"
    ],
)
def test_auxiliary_inversion(word: str, next_word: str, expected: bool) -> None:
    assert auxiliary_inversion(word, [word, next_word], 1) is expected


@pytest.mark.parametrize("noun", ["organisation", "association"])
def test_a_body_is_no_person(noun: str) -> None:
    assert role("l\u2019", noun) == ("new-role", noun)
    assert role("la", "ministre") == ("role", "ministre")
