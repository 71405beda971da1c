"""French shapes added in session 16 (issue 15, qfr2): the reporting verbs of an incise
as a class, conjugated (:mod:`seedparse._text.quotes.french_verbs`): the passé simple
of narrative copy ("souligna le ministre", "prévint-elle"), the present and the
imperfect of verbs of comment ("tonne le maire", "nuançait X") and the reflexive
verbs of emotion ("s'impatiente X", "se réjouit la maire"); two curly single marks
typed for a double one (``\u2018\u2019…\u2019\u2019``, West African wire copy); a
definite role noun does not stand for a person introduced since with another office
("le ministre" is not "le Président X": :mod:`~seedparse._text.quotes.exclusive_offices`).

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of French news copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the speaker the text gives
and name nobody else (``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation, _native
from seedparse._text.quotes import SPEECH_VERBS, marks
from seedparse._text.quotes.exclusive_offices import described_otherwise, holds_other_office
from seedparse._text.quotes.french_verbs import FRENCH_CLASS_VERBS, conjugated

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- the passé simple of narrative copy, a role resolved to the person -----------
    (
        "fr-passe-simple-role",
        "Le maire de Quimper, Alain Guégan, a reçu les commerçants lundi.\n"
        f"{GL} Nous rouvrirons le marché couvert avant l\u2019été {GR}, souligna le maire.",
        [("Nous rouvrirons", "Alain Guégan")],
    ),
    (
        "fr-passe-simple-soft-c",
        "La ministre Hélène Corbière a présenté son plan jeudi.\n"
        f"{GL} Rien ne sera fait sans les régions {GR}, nuança la ministre.",
        [("Rien ne sera", "Hélène Corbière")],
    ),
    (
        "fr-passe-simple-irregular",
        "Le préfet Marc Aubry a réuni les élus du littoral.\n"
        f"{GL} La baignade restera interdite tout le week-end {GR}, prévint le préfet.",
        [("La baignade", "Marc Aubry")],
    ),
    (
        "fr-passe-simple-poursuivre",
        "L\u2019entraîneur Didier Morvan a commenté la défaite samedi.\n"
        f"{GL} On a manqué de tout en seconde période {GR}, poursuivit l\u2019entraîneur.",
        [("On a manqué", "Didier Morvan")],
    ),
    # -- the present and the imperfect of verbs of comment -----------------------------
    (
        "fr-present-tonner",
        "Le président du département, Luc Ferrand, a écrit au gouvernement.\n"
        f"{GL} L\u2019État nous laisse seuls face à la crue {GR}, tonne le président.",
        [("L\u2019État nous laisse", "Luc Ferrand")],
    ),
    (
        "fr-imperfect-rassurer-name",
        f"{GL} Personne ne perdra son emploi {GR}, rassurait mardi la directrice "
        "Claire Vautrin devant les salariés.",
        [("Personne ne perdra", "Claire Vautrin")],
    ),
    (
        "fr-stressed-stem-repeter",
        "Le syndicaliste Paul Giraud est sorti de la réunion vers midi.\n"
        f"{GL} Nous ne signerons rien ce soir {GR}, répète le syndicaliste.",
        [("Nous ne signerons", "Paul Giraud")],
    ),
    # -- reflexive verbs of emotion, present -------------------------------------------
    (
        "fr-reflexive-vowel-no-comma",
        "\"Le stade sera plein pour le derby, on a hâte d'y être\" s'impatiente Kevin Lebrun.",
        [("Le stade sera plein", "Kevin Lebrun")],
    ),
    (
        "fr-reflexive-se-rejouir",
        "La maire de Niort, Sophie Marchal, a inauguré la médiathèque samedi.\n"
        f"{GL} Les habitants l\u2019attendaient depuis dix ans {GR}, se réjouit la maire.",
        [("Les habitants", "Sophie Marchal")],
    ),
    (
        "fr-quote-then-name-and-soupirer",
        f"{GL} Ce n\u2019est pas ce que nous avions convenu, {GR} Camille Durand soupire.",
        [("Ce n\u2019est pas", "Camille Durand")],
    ),
    # -- two curly single marks typed for a double one ---------------------------------
    (
        "fr-doubled-curly-singles",
        "Le président a reçu les maires jeudi à Thiès.\n"
        "\u2018\u2019Vous devez protéger les terres de l\u2019Etat\u2019\u2019, a déclaré "
        "Ousmane Diallo devant les élus.",
        [("Vous devez", "Ousmane Diallo")],
    ),
    (
        "fr-doubled-curly-singles-inner-apostrophe",
        "\u2018\u2018Il n\u2019y aura pas de report\u2019\u2019, a assuré la ministre Awa Ndiaye.",
        [("Il n\u2019y aura", "Awa Ndiaye")],
    ),
    # -- a role noun and a person introduced since with another office --------------
    (
        "fr-role-passes-over-the-president-named-since",
        "Le porte-parole Ibrahim Koné a prévenu : le nom du Président Paul Mensah "
        "ne sera pas sali.\n"
        f"{GL} Nous répondrons à chaque attaque {GR}, a martelé le ministre.",
        [("Nous répondrons", "Ibrahim Koné")],
    ),
    (
        "fr-role-passes-over-the-prefect-named-since",
        "Gilles Kerbrat a réuni les élus jeudi à la mairie. Le préfet Jean Morin a visité "
        "la digue.\n"
        f"{GL} La digue sera prête en mars {GR}, a assuré le maire.",
        [("La digue", "Gilles Kerbrat")],
    ),
    (
        "fr-role-two-offices-agree",
        "Le ministre Pierre Lenoir, maire de Tourcoing, a reçu la secrétaire d\u2019État "
        "Anne Vidal.\n"
        f"{GL} Nous tiendrons les délais {GR}, a déclaré le maire.",
        [("Nous tiendrons", "Pierre Lenoir")],
    ),
    (
        "fr-role-not-exclusive-stays-ambiguous",
        "La directrice Marie Caron a présenté le projet. Le président Louis Brun l\u2019a "
        "salué.\n"
        f"{GL} Rien n\u2019est joué {GR}, a tranché le porte-parole.",
        [("Rien n", None)],
    ),
    # -- precision: an agreeing participle is no reporting verb, an unnamed speaker -----
    (
        "fr-agreeing-participle-is-no-verb",
        "La mission confiée à Jean Roux par le ministère a pris fin.\n"
        f"{GL} Un bilan sera publié {GR}, indique un communiqué.",
        [("Un bilan", None)],
    ),
    (
        "fr-passe-simple-unnamed",
        f"{GL} Il faudra des années pour reconstruire {GR}, soupira un habitant.",
        [("Il faudra", None)],
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


@pytest.mark.parametrize(
    ("infinitive", "forms"),
    [
        ("souligner", {"souligne", "souligna", "soulignait", "souligné", "soulignant"}),
        ("nuancer", {"nuance", "nuança", "nuançait", "nuancé", "nuançant"}),
        ("interroger", {"interroge", "interrogea", "interrogeait", "interrogé"}),
        ("marteler", {"martèle", "martela", "martelait", "martelé"}),
        ("répéter", {"répète", "répéta", "répété"}),
        ("rappeler", {"rappelle", "rappela", "rappelé"}),
        ("avertir", {"avertit", "averti", "avertissait", "avertirent"}),
    ],
)
def test_conjugated_gives_every_third_person_form(infinitive: str, forms: set[str]) -> None:
    made = conjugated([infinitive])
    assert forms <= made
    assert forms <= SPEECH_VERBS


@pytest.mark.parametrize("wrong", ["soulignée", "confiées", "répéte", "avertie"])
def test_no_agreeing_participle_nor_misspelt_stem(wrong: str) -> None:
    made = conjugated(["souligner", "confier", "répéter", "avertir"])
    assert wrong not in made


def test_reflexive_forms_carry_the_pronoun_only_before_a_vowel() -> None:
    made = conjugated(["impatienter", "réjouir"], reflexive=True)
    assert {"s'impatiente", "s\u2019impatiente", "s'impatienta", "réjouit"} <= made
    # No bare form of a vowel verb ("impatiente" is an adjective), no participle.
    assert "impatiente" not in made and "s'impatienté" not in made


def test_the_class_is_lower_case_words() -> None:
    assert all(form == form.lower() and " " not in form for form in FRENCH_CLASS_VERBS)


@pytest.mark.parametrize("native", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The doubled marks are one straight mark each; the apostrophe stays text.
        ("\u2018\u2019Oui, c\u2019est fini\u2019\u2019, dit X", [(0, 2, '"'), (17, 2, '"')]),
        ("\u2018\u2018Yes\u2019\u2019", [(0, 2, '"'), (5, 2, '"')]),
        # A single quotation mark is still one ("\u2018word\u2019").
        ("le \u2018oui\u2019 du maire", [(3, 1, "\u2018"), (7, 1, "\u2019")]),
    ],
)
def test_doubled_curly_singles_are_one_double_mark(
    text: str, expected: list[tuple[int, int, str]], native: bool
) -> None:
    before = _native.active() is not None
    try:
        _native.set_native(native)
        found = marks.collect_marks(text, 0, len(text), 50)
        pairs = marks.BlockPairs(text, 0, len(text), 50, 150).pairs(0, len(text), None)
    finally:
        _native.set_native(before)
    assert found == expected
    assert pairs is not None and len(pairs) == 1
    assert marks.opening_mark(text, expected[0][0]) == (
        '"' if expected[0][1] == 2 else expected[0][2]
    )


@pytest.mark.parametrize(
    ("described", "role", "expected"),
    [
        ({"pr\u00e9sident"}, "ministre", True),
        ({"pr\u00e9fet"}, "maire", True),
        ({"ministre", "maire"}, "maire", False),  # two offices, one agrees
        ({"pr\u00e9sidente"}, "pr\u00e9sident", False),  # the same office
        ({"porte-parole"}, "ministre", False),  # not an office of the set
        ({"pr\u00e9sident"}, "porte-parole", False),  # a role noun outside the set
        (set(), "ministre", False),
    ],
)
def test_holds_other_office(described: set[str], role: str, expected: bool) -> None:
    assert holds_other_office(described, role) is expected


def test_described_otherwise_describes_no_one_without_a_role() -> None:
    def describe(who: str, pos: int) -> set[str]:
        raise AssertionError("described with no role noun")

    assert described_otherwise(describe, "X", ("", 0)) is False
    assert described_otherwise(lambda who, pos: {"maire"}, "X", ("ministre", 5)) is True
