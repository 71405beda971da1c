"""French shapes added in session 21's French round (qfr21, issue 15), table-driven.

* An office written with a capital after its article heads the complement that
  follows it ("Le Préfet de Paris a déclaré :"): the place is no speaker, also in a
  clause after "que" (:func:`seedparse._text.quotes.attribution_words.role_head`).
* A role noun that is the subject of a "que" clause another named person reports ("X
  explique que le Préfet a déclaré : « … »") is not that person
  (:mod:`seedparse._text.quotes.reported_roles`).
* A role noun before a speech verb stays its subject: one capitalised word after the
  verb belongs to its complement ("Le préfet a réagi aux images des Réunionnais"), so
  a pronoun after it still stands for the person the role is
  (:func:`seedparse._text.quotes.latin_clauses.role_keeps_subject`).

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
from seedparse._text.quotes.french_verbs import FRENCH_CLASS_VERBS
from seedparse._text.quotes.latin_clauses import role_keeps_subject
from seedparse._text.quotes.names import split_tokens
from seedparse._text.quotes.reported_roles import reported_role

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-capitalised-office-then-place-is-no-speaker",
        f"Titre\nLa tempête a frappé la ville. Le Préfet de Bordeaux a déclaré : "
        f"{GL}Les écoles resteront ouvertes toute la semaine.{GR}",
        [("Les écoles resteront", None)],
    ),
    (
        "fr-capitalised-office-then-article-and-place",
        f"Titre\nLa tempête a frappé la ville. Le Préfet de La Rochelle a déclaré : "
        f"{GL}Les écoles resteront ouvertes toute la semaine.{GR}",
        [("Les écoles resteront", None)],
    ),
    (
        "fr-role-in-a-clause-reported-by-a-named-person",
        f"Titre\nLe député Paul Girard explique que le Préfet de Bordeaux a déclaré : "
        f'{GL}Les écoles resteront ouvertes.{GR} Il commente "C\u2019est une bonne '
        'décision".',
        [("Les écoles resteront", None), ("C\u2019est une bonne", "Paul Girard")],
    ),
    (
        "fr-role-in-a-reported-clause-lower-case",
        f"Titre\nLa députée Léa Morel affirme que le préfet a déclaré : {GL}Il n\u2019y "
        f"aura pas de couvre-feu ce mois-ci.{GR}",
        [("Il n\u2019y aura pas", None)],
    ),
    (
        "fr-one-word-after-a-role-subject-is-no-speaker",
        f"Titre\nLe préfet a présenté les mesures. Jean Morin a insisté sur les "
        f"règles.\nLe préfet a aussi réagi aux images des Bordelais qui se sont rués "
        f"dans les magasins. Il a assuré : {GL}Il n\u2019y aura pas de pénurie ce "
        f"mois-ci{GR}.",
        [("Il n\u2019y aura pas", "Jean Morin")],
    ),
    (
        "fr-one-word-after-a-role-subject-with-a-sentence-between",
        f"Titre\nLa maire a visité le chantier. Anne Roy a insisté sur les délais.\nLa "
        f"maire a répondu aux Lyonnais inquiets. Des travaux ont repris. Elle a assuré : "
        f"{GL}Le pont rouvrira avant l\u2019été{GR}.",
        [("Le pont rouvrira", "Anne Roy")],
    ),
    # Near-misses: a full name inverted after the verb and its complement (no subject
    # before the verb); a role in
    # an incise after the quote; a name, not a role, in the reported clause; an office
    # in lower case before a one-word name.
    (
        "fr-role-as-subject-of-the-sentence-stands-for-the-person-in-view",
        f"Titre\nLe préfet Jean Morin était à Bordeaux lundi. Le préfet a déclaré : "
        f"{GL}Les écoles resteront ouvertes toute la semaine.{GR}",
        [("Les écoles resteront", "Jean Morin")],
    ),
    (
        "fr-role-in-an-incise-after-a-named-speaker",
        f"Titre\nLe député Paul Girard a parlé longuement lundi. {GL}Les écoles "
        f"resteront ouvertes toute la semaine{GR}, a déclaré le député.",
        [("Les écoles resteront", "Paul Girard")],
    ),
    (
        "fr-named-person-in-a-reported-clause",
        f"Titre\nLe député Paul Girard explique que Jean Morin a déclaré : {GL}Les "
        f"écoles resteront ouvertes toute la semaine.{GR}",
        [("Les écoles resteront", "Jean Morin")],
    ),
    (
        "fr-office-and-one-word-name",
        f"Titre\nLa tempête a frappé la ville. Le ministre Girard a déclaré : {GL}Les "
        f"écoles resteront ouvertes toute la semaine.{GR}",
        [("Les écoles resteront", "Girard")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


def _is_verb(word: str) -> bool:
    return word in FRENCH_CLASS_VERBS


@pytest.mark.parametrize(
    ("words", "speaker", "reported"),
    [
        ("Le député Paul Girard explique que le Préfet a déclaré :", "Paul Girard", True),
        ("Paul Girard explique aussi que la ministre a dit :", "Paul Girard", True),
        ("Paul Girard affirme que l\u2019élu a dit :", "Paul Girard", True),
        # Near-misses: no "que"; the person not named before the verb; no article
        # after "que"; no speech verb before it; someone else named; a plural role.
        ("Le député Paul Girard a déclaré :", "Paul Girard", False),
        ("Il explique que le Préfet a déclaré :", "Paul Girard", False),
        ("Paul Girard explique que Jean Morin a déclaré :", "Paul Girard", False),
        ("Paul Girard pense depuis longtemps que le préfet a dit :", "Paul Girard", False),
        ("Jean Morin explique que le Préfet a déclaré :", "Paul Girard", False),
        ("Paul Girard explique que les élus avaient demandé que", "Paul Girard", False),
    ],
)
def test_reported_role(words: str, speaker: str, reported: bool) -> None:
    tokens = split_tokens(words, 0, len(words))
    assert reported_role(tokens, speaker, _is_verb) is reported, tokens


@pytest.mark.parametrize(
    ("subject", "after", "verb", "keeps"),
    [
        (("role", "préfet"), ("name", "Réunionnais"), "réagi", True),
        (("role", "officer"), ("name", "Texans"), "told", True),
        # Near-misses: a full name after the verb; a name or a pronoun before it; no
        # subject before it; a Russian verb (the speaker follows it there).
        (("role", "préfet"), ("name", "Jean Dupont"), "réagi", False),
        (("name", "Dupont"), ("name", "Réunionnais"), "réagi", False),
        (("pronoun", "il"), ("name", "Réunionnais"), "réagi", False),
        (None, ("name", "Réunionnais"), "réagi", False),
        (("role", "глава"), ("name", "Лавров"), "\u0437\u0430\u044f\u0432\u0438\u043b", False),
    ],
)
def test_role_keeps_subject(
    subject: tuple[str, str] | None, after: tuple[str, str], verb: str, keeps: bool
) -> None:
    assert role_keeps_subject(subject, after, verb) is keeps
