"""French shapes added in session 16 (issue 15, qfr2): the reporting verbs of an incise
as a class, conjugated (:mod:`seedparse._text.quotes.french_verbs`): the passé simple
of narrative copy ("souligna le ministre", "prévint-elle"), the present and the
imperfect of verbs of comment ("tonne le maire", "nuançait X") and the reflexive
verbs of emotion ("s'impatiente X", "se réjouit la maire").

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
from seedparse._text.quotes import SPEECH_VERBS
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
