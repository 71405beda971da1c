"""French shapes added with qfr's round (issue 15): an office whose capitalised
portfolio is glued to the name ("le ministre de la Santé Paul Girard"), a person
introduced by a given name and an age in commas ("Léna, 9 ans, raconte : « … »"), a
colon after a clause that names nobody (the paragraph's speaker goes on, and in a new
paragraph when an object pronoun stands for that person: "… l'ont surprise : « … »"),
a document credited with words ("selon le communiqué": no person), and a quoted heading
that names the owner of the words ("« … » : le récit de Chloé, 32 ans").

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the speaker the text gives
and name nobody else (``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes import SPEECH_VERBS
from seedparse._text.quotes.french_clauses import (
    age_apposition_end,
    colon_carries_on,
    given_name_introduced,
    object_clitic,
    owner_of_testimony,
)
from seedparse._text.quotes.french_names import after_office_complement
from seedparse._text.quotes.names import split_tokens

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- an office, its capitalised portfolio, then the name ----------------------------
    (
        "fr-portfolio-then-name-then-pronoun",
        "Le ministre de la Sant\u00e9 Paul Girard a estim\u00e9 que la situation "
        f"s\u2019am\u00e9liorait. {GL} Nous aurons des donn\u00e9es consolid\u00e9es "
        f"d\u2019ici la fin de la semaine {GR}, a-t-il ajout\u00e9.",
        [("Nous aurons", "Paul Girard")],
    ),
    (
        "fr-contracted-portfolio-then-name-before-verb",
        f"{GL} Les n\u00e9gociations reprendront d\u00e8s lundi avec les syndicats {GR}, "
        "a d\u00e9clar\u00e9 mardi la ministre du Travail Claire Vasseur.",
        [("Les n\u00e9gociations", "Claire Vasseur")],
    ),
    (
        "fr-portfolio-subject-then-fragment",
        "La ministre des Sports Marion Lefort a estim\u00e9 que les clubs amateurs "
        "auraient \u00ab des moyens suppl\u00e9mentaires d\u00e8s la rentr\u00e9e \u00bb.",
        [("des moyens suppl\u00e9mentaires", "Marion Lefort")],
    ),
    # -- a given name and an age in apposition ---------------------------------------
    (
        "fr-given-name-and-age-then-verb-then-colon",
        "\u00c0 la sortie de l\u2019\u00e9cole, L\u00e9na, 9 ans, raconte sa journ\u00e9e "
        f"avec un grand sourire : {GL} On a vu les pompiers arriver dans la cour. {GR}",
        [("On a vu", "L\u00e9na")],
    ),
    (
        "fr-given-name-and-approximate-age-then-colon-without-verb",
        "Son fr\u00e8re, Malo, presque 12 ans, \u00e9tait au stade quand l\u2019orage a "
        f"\u00e9clat\u00e9 : {GL} Tout le monde courait vers les vestiaires. {GR}",
        [("Tout le monde", "Malo")],
    ),
    (
        "fr-given-name-and-age-and-a-half",
        f"Lucie, 7 ans et demi, se souvient : {GL} J\u2019ai cru que la maison allait tomber. {GR}",
        [("J\u2019ai cru", "Lucie")],
    ),
    (
        "fr-single-capitalised-word-without-age-names-nobody",
        "Dans la soir\u00e9e, Valence a accueilli les \u00e9lus de la r\u00e9gion : "
        f"{GL} Le budget sera vot\u00e9 en juin, sans hausse des imp\u00f4ts. {GR}",
        [("Le budget", None)],
    ),
    (
        "fr-given-name-opening-its-sentence-then-pronoun-before-colon",
        "Jessica a pass\u00e9 la nuit au gymnase avec ses deux enfants. Au matin, elle se "
        f"dit soulag\u00e9e : {GL} On a enfin pu dormir quelques heures au calme. {GR}",
        [("On a enfin", "Jessica")],
    ),
    (
        "fr-given-name-and-age-then-pronoun-in-a-later-paragraph",
        "Nicolas, 44 ans, tient la boulangerie du village depuis vingt ans.\n"
        f"{GL} Les clients reviennent petit \u00e0 petit, mais rien n\u2019est comme "
        f"avant {GR}, confie-t-il.",
        [("Les clients", "Nicolas")],
    ),
    (
        "fr-given-name-that-is-a-surname-keeps-the-full-name",
        "Jean Martin dirige l\u2019usine depuis vingt ans. Martin a re\u00e7u les syndicats "
        f"lundi. {GL} Nous ne fermerons pas le site avant la fin de l\u2019ann\u00e9e {GR}, "
        "a-t-il assur\u00e9.",
        [("Nous ne fermerons", "Jean Martin")],
    ),
    (
        "fr-place-opening-its-sentence-is-no-person",
        "Valence a vot\u00e9 son budget lundi soir. Au conseil, il a dit : "
        f"{GL} Les imp\u00f4ts locaux ne bougeront pas cette ann\u00e9e. {GR}",
        [("Les imp\u00f4ts", None)],
    ),
    # -- a colon after a clause that names nobody -------------------------------------
    (
        "fr-colon-after-clause-naming-nobody-carries-on",
        f"{GL} Le toit s\u2019est effondr\u00e9 en quelques minutes {GR}, raconte Hugo "
        "Marchand. Mais le plus dur reste l\u2019attente : "
        f"{GL} On ne sait pas quand on pourra rentrer chez nous. {GR}",
        [("Le toit", "Hugo Marchand"), ("On ne sait", "Hugo Marchand")],
    ),
    (
        "fr-colon-after-clause-naming-someone-else-does-not-carry-on",
        f"{GL} Le toit s\u2019est effondr\u00e9 en quelques minutes {GR}, raconte Hugo "
        "Marchand. Sa voisine Louise Perrin reste plus inqui\u00e8te : "
        f"{GL} On ne sait pas quand on pourra rentrer chez nous. {GR}",
        [("Le toit", "Hugo Marchand"), ("On ne sait", "Louise Perrin")],
    ),
    (
        "fr-colon-after-a-surname-opening-its-sentence-does-not-carry-on",
        f"{GL} Le toit s\u2019est effondr\u00e9 en quelques minutes {GR}, raconte Hugo "
        "Marchand. Perrin reste plus inqui\u00e8te : "
        f"{GL} On ne sait pas quand on pourra rentrer chez nous. {GR}",
        [("Le toit", "Hugo Marchand"), ("On ne sait", None)],
    ),
    (
        "fr-colon-after-a-document-does-not-carry-on",
        f"{GL} Nous allons reconstruire l\u2019\u00e9cole au plus vite {GR}, a d\u00e9clar\u00e9 "
        "Paul Girard. Le texte du d\u00e9cret stipule : "
        f"{GL} Les travaux devront commencer avant le mois de juin. {GR}",
        [("Nous allons", "Paul Girard"), ("Les travaux", None)],
    ),
    (
        "fr-colon-after-people-chanting-does-not-carry-on",
        f"{GL} Nous allons reconstruire l\u2019\u00e9cole au plus vite {GR}, a d\u00e9clar\u00e9 "
        "Paul Girard. Devant la mairie, les habitants scandaient : "
        f"{GL} Les travaux devront commencer avant le mois de juin. {GR}",
        [("Nous allons", "Paul Girard"), ("Les travaux", None)],
    ),
    (
        "fr-colon-after-a-body-s-answer-does-not-carry-on",
        f"{GL} Nous allons reconstruire l\u2019\u00e9cole au plus vite {GR}, a d\u00e9clar\u00e9 "
        "Paul Girard. La r\u00e9ponse de la pr\u00e9fecture est tomb\u00e9e : "
        f"{GL} Les travaux devront commencer avant le mois de juin. {GR}",
        [("Nous allons", "Paul Girard"), ("Les travaux", None)],
    ),
    (
        "fr-colon-after-an-office-does-not-carry-on",
        f"{GL} Le toit s\u2019est effondr\u00e9 en quelques minutes {GR}, raconte Hugo "
        "Marchand. R\u00e9ponse du maire dans la soir\u00e9e : "
        f"{GL} Les familles seront relog\u00e9es d\u00e8s demain au gymnase. {GR}",
        [("Le toit", "Hugo Marchand"), ("Les familles", None)],
    ),
    (
        "fr-object-pronoun-in-a-new-paragraph-carries-on",
        f"{GL} Le ciel est devenu noir d\u2019un coup {GR}, raconte Sarah Morel.\n"
        "Le vent et la gr\u00eale l\u2019ont surprise : "
        f"{GL} Les volets claquaient, les tuiles volaient dans la rue. {GR}",
        [("Le ciel", "Sarah Morel"), ("Les volets", "Sarah Morel")],
    ),
    (
        "fr-colon-in-a-new-paragraph-without-object-pronoun-names-nobody",
        f"{GL} Le ciel est devenu noir d\u2019un coup {GR}, raconte Sarah Morel.\n"
        "Le vent et la gr\u00eale ont tout ravag\u00e9 : "
        f"{GL} Les volets claquaient, les tuiles volaient dans la rue. {GR}",
        [("Le ciel", "Sarah Morel"), ("Les volets", None)],
    ),
    # -- a document credited with words -------------------------------------------------
    (
        "fr-selon-le-communique-is-no-person",
        f"{GL} La situation reste tr\u00e8s tendue dans la r\u00e9gion {GR}, a d\u00e9clar\u00e9 "
        "le chef de la d\u00e9l\u00e9gation, Marc Dufour, dans un communiqu\u00e9.\n"
        f"{GL} L\u2019organisation craint une nouvelle vague de d\u00e9placements {GR}, "
        "selon le communiqu\u00e9.",
        [("La situation", "Marc Dufour"), ("L\u2019organisation", None)],
    ),
    # -- a quoted heading and the owner of the words ----------------------------------
    (
        "fr-heading-quote-then-testimony-of-given-name",
        "Une nuit sous les eaux\n"
        f"{GL} On a tout perdu en une nuit {GR} : le r\u00e9cit de Chlo\u00e9, 32 ans\n"
        "Chlo\u00e9 habite au rez-de-chauss\u00e9e depuis dix ans.",
        [("On a tout perdu", "Chlo\u00e9")],
    ),
    (
        "fr-heading-quote-then-account-of-a-thing-names-nobody",
        "Une nuit sous les eaux\n"
        f"{GL} On a tout perdu en une nuit {GR} : le r\u00e9cit de la nuit du 12 mars\n"
        "Les habitants ont \u00e9t\u00e9 \u00e9vacu\u00e9s vers le gymnase.",
        [("On a tout perdu", None)],
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
    ("words", "start", "expected"),
    [
        ("le ministre de la Sant\u00e9 Paul Girard", 4, True),
        ("la ministre du Travail Claire Vasseur", 3, True),
        ("le secr\u00e9taire d'\u00c9tat aux Transports Marc Roy", 4, True),
        ("la porte-parole des Arm\u00e9es Anne Roy", 3, True),
        ("la responsabilit\u00e9 de la France", 4, True),  # one word: trim_name keeps it
        ("selon Paul Girard", 1, False),
        ("avec Paul Girard", 1, False),
        ("Le Monde de la Musique", 4, False),  # a capitalised title before "de la"
    ],
)
def test_after_office_complement(words: str, start: int, expected: bool) -> None:
    assert after_office_complement(_tokens(words), start) is expected


@pytest.mark.parametrize(
    ("words", "comma", "expected"),
    [
        ("L\u00e9na , 9 ans , raconte", 1, 4),
        ("Malo , presque 12 ans , \u00e9tait", 1, 5),
        ("Lucie , 7 ans et demi , se souvient", 1, 6),
        ("Lyon , 2 buts , reste", 1, -1),  # no years
        ("Lyon , 2024 ans , reste", 1, -1),  # not an age
        ("L\u00e9na , 9 ans", 1, -1),  # no closing comma: not an apposition
        ("L\u00e9na a 9 ans ,", 1, -1),
    ],
)
def test_age_apposition_end(words: str, comma: int, expected: int) -> None:
    assert age_apposition_end(words.split(" "), comma) == expected


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        (": le r\u00e9cit de Chlo\u00e9 , 32 ans", "Chlo\u00e9"),
        (": le t\u00e9moignage de Nathalie Roy", "Nathalie Roy"),
        (": la r\u00e9action de Paul Girard , maire", "Paul Girard"),
        (": le r\u00e9cit de la nuit", None),
        (": le bilan de Paul Girard", None),  # no account of words
        (", le r\u00e9cit de Chlo\u00e9", None),  # no colon
        (": le r\u00e9cit de Chlo\u00e9 et Paul", None),  # the name does not end the clause
    ],
)
def test_owner_of_testimony(post: str, expected: str | None) -> None:
    assert owner_of_testimony(post.split(" ")) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Le bruit et les vibrations l\u2019ont surprise :", True),
        ("Ce moment l' a marqu\u00e9 :", True),
        ("Le bruit et les vibrations ont tout cass\u00e9 :", False),
        ("Il cite l\u2019article premier :", False),
    ],
)
def test_object_clitic(words: str, expected: bool) -> None:
    assert object_clitic(words.split(" ")) is expected


@pytest.mark.parametrize(
    ("words", "new_paragraph", "expected"),
    [
        ("Mais la secousse fut br\u00e8ve :", False, True),
        ("Le choc reste immense :", False, True),
        ("Le message reste clair :", False, False),  # a speech noun: whose message?
        ("Le bruit et les vibrations l\u2019ont surprise :", True, True),
        ("Le bruit et les vibrations l\u2019ont surprise :", False, False),  # no copula
        ("Mais la secousse fut br\u00e8ve :", True, False),  # no object pronoun
        ("Mais la secousse fut br\u00e8ve", False, False),  # no colon
        ("Dupont est plus prudent :", False, False),
        ("Mais Dupont est plus prudent :", False, False),
        ("Mais elle est plus prudente :", False, False),
        ("Mais on est prudent :", False, False),
        ("La r\u00e9ponse est claire :", False, False),
        ("Le communiqu\u00e9 est clair :", False, False),
        ("Le minist\u00e8re est clair :", False, False),
        ("Le ministre est clair :", False, False),
    ],
)
def test_colon_carries_on(words: str, new_paragraph: bool, expected: bool) -> None:
    tokens = words.split(" ")
    assert colon_carries_on(tokens, SPEECH_VERBS, new_paragraph=new_paragraph) is expected


@pytest.mark.parametrize(
    ("words", "m", "expected"),
    [
        ("Jessica a fait partie des sinistr\u00e9s .", 0, True),
        ("Mayleen , 10 ans et demi , raconte", 0, True),
        ("Valence a vot\u00e9 son budget .", 0, False),  # no given name
        ("avec Jessica et ses enfants", 1, False),  # not the sentence's subject
        ("Jessica Martin a dit", 0, False),  # a full name is read elsewhere
    ],
)
def test_given_name_introduced(words: str, m: int, expected: bool) -> None:
    assert given_name_introduced(words.split(" "), m) is expected
