"""French shapes added in session 20's second French round (qfr20, issue 15), table-driven.

* An incise ending a sentence inside the marks may name, in marks of its own, the
  programme or paper the words were given to ("\u00ab\u2026, a expliqu\u00e9 le gardien X Y
  \u00e0 "Z". \u2026\u00bb"), and run longer with an office before the name
  (:mod:`seedparse._text.quotes.french_incises`).
* A second quoted stretch of one sentence after the incise that credits the first and
  a description of its speaker ("\u00ab\u2026\u00bb, pr\u00e9cise X Y, organisateur avec
  Z W, \u00ab\u2026\u00bb") is the same person's words, whoever the description names
  (:func:`seedparse._text.quotes.french_incises.incise_goes_on`).
* A new paragraph whose one sentence before a quote names nobody and holds an object
  pronoun for the person ("L'exemple ne l'\u00e9meut pas. \u00ab\u2026\u00bb", "Le bruit
  l'a surpris. \u00ab\u2026\u00bb") carries the quote on to the person quoted last, as
  such a clause before a colon does
  (:func:`seedparse._text.quotes.french_clauses.sentence_carries_on`).

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
from seedparse._text.quotes.french_clauses import sentence_carries_on
from seedparse._text.quotes.french_incises import incise_goes_on
from seedparse._text.quotes.french_verbs import FRENCH_CLASS_VERBS
from seedparse._text.quotes.names import split_tokens

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-incise-names-a-programme-in-marks",
        f"Titre\n{GL}La saison a été longue pour tout le monde, a confié le capitaine de "
        f'l\u2019équipe Marc Vidal à "Stade 2". Nous voulons finir en beauté.{GR}',
        [("La saison a été longue", "Marc Vidal")],
    ),
    (
        "fr-incise-names-a-paper-in-curly-marks",
        f"Titre\n{GL}Les travaux reprendront en mars, a indiqué la maire Anne Roy au "
        f"\u201cCourrier\u201d. Le pont rouvrira en été.{GR}",
        [("Les travaux reprendront", "Anne Roy")],
    ),
    (
        "fr-second-stretch-after-incise-and-description",
        f"Titre\nLa course reste ouverte aux hommes, {GL}s\u2019ils courent avec une "
        f"amie{GR}, indique Paul Girard, organisateur de la course avec Léa Morel et "
        f"Hugo Lenoir, {GL}parce que l\u2019idée vient des parents de l\u2019école{GR}.",
        [("s\u2019ils courent", "Paul Girard"), ("parce que l\u2019idée", "Paul Girard")],
    ),
    (
        "fr-new-paragraph-sentence-with-object-pronoun-carries-on",
        f"Titre\n{GL}Nous ne fermerons pas la piscine{GR}, a assuré Marc Vidal.\n"
        f"La question du chauffage ne l\u2019inquiète pas. {GL}Les panneaux solaires "
        f"suffiront largement cet hiver.{GR}",
        [("Nous ne fermerons pas", "Marc Vidal"), ("Les panneaux solaires", "Marc Vidal")],
    ),
    (
        "fr-new-paragraph-sentence-with-auxiliary-clitic-carries-on",
        f"Titre\n{GL}Nous ne fermerons pas la piscine{GR}, a assuré Marc Vidal.\n"
        f"La réunion l\u2019a beaucoup marqué. {GL}Les habitants sont venus très "
        f"nombreux ce soir-là.{GR}",
        [("Nous ne fermerons pas", "Marc Vidal"), ("Les habitants sont venus", "Marc Vidal")],
    ),
    (
        "fr-new-paragraph-sentence-naming-an-office-does-not-carry-on",
        f"Titre\n{GL}Nous ne fermerons pas la piscine{GR}, a assuré Marc Vidal.\n"
        f"Le directeur ne l\u2019a pas contredit. {GL}Les panneaux solaires suffiront "
        f"largement cet hiver.{GR}",
        [("Nous ne fermerons pas", "Marc Vidal"), ("Les panneaux solaires", None)],
    ),
    (
        "fr-new-paragraph-sentence-without-pronoun-does-not-carry-on",
        f"Titre\n{GL}Nous ne fermerons pas la piscine{GR}, a assuré Marc Vidal.\n"
        f"La pluie est tombée toute la nuit. {GL}Les panneaux solaires suffiront "
        f"largement cet hiver.{GR}",
        [("Nous ne fermerons pas", "Marc Vidal"), ("Les panneaux solaires", None)],
    ),
    # Near-misses: a second speech verb and its subject between the stretches; a
    # sentence that ends between them; a quote with no incise credited before.
    (
        "fr-second-stretch-with-its-own-speaker",
        f"Titre\nLa course reste ouverte aux hommes, {GL}s\u2019ils courent avec une "
        f"amie{GR}, indique Paul Girard, alors que Léa Morel juge {GL}que l\u2019idée "
        f"vient des parents de l\u2019école{GR}.",
        [("s\u2019ils courent", "Paul Girard"), ("que l\u2019idée", "Léa Morel")],
    ),
    (
        "fr-incise-with-a-marked-word-but-no-verb-is-no-incise",
        f'Titre\n{GL}Nous avons lu le "Courrier" tous les matins, la maison Anne Roy. '
        f"Rien n\u2019a changé depuis.{GR}",
        [("Nous avons lu", None)],
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
    ("words", "goes_on"),
    [
        (", précise Paul Girard, organisateur de la course avec Léa Morel,", True),
        (", a précisé Paul Girard, par ailleurs enseignant,", True),
        (", ajoute-t-il, avec un sourire,", True),
        # Near-misses: another speech verb, "selon", a sentence end, no verb first,
        # no comma closing the description.
        (", précise Paul Girard, alors que Léa Morel estime,", False),
        (", précise Paul Girard, selon Léa Morel,", False),
        (", précise Paul Girard. Léa Morel, la présidente,", False),
        (", avec Paul Girard et Léa Morel,", False),
        (", précise Paul Girard, organisateur de la course", False),
    ],
)
def test_incise_goes_on(words: str, goes_on: bool) -> None:
    tokens = split_tokens(words, 0, len(words))
    assert incise_goes_on(tokens, _is_verb) is goes_on, tokens


@pytest.mark.parametrize(
    ("sentence", "carries_on"),
    [
        ("L'exemple des autres villes ne l'émeut pas davantage.", True),
        ("Le bruit et les vibrations l'ont surpris.", True),
        # Near-misses: a name, an office, a pronoun subject, a speech verb, no object
        # pronoun, two sentences, a colon clause (colon_carries_on's).
        ("L'exemple de Paul Girard ne l'émeut pas.", False),
        ("Le maire ne l'a pas contredit.", False),
        ("Elle ne l'a pas contredit.", False),
        ("Le communiqué l'a annoncé.", False),
        ("La pluie est tombée toute la nuit.", False),
        ("Il pleut. Le bruit l'a surpris.", False),
        ("Le bruit l'a surpris :", False),
    ],
)
def test_sentence_carries_on(sentence: str, carries_on: bool) -> None:
    tokens = split_tokens(sentence, 0, len(sentence))
    assert sentence_carries_on(tokens, FRENCH_CLASS_VERBS) is carries_on, tokens
