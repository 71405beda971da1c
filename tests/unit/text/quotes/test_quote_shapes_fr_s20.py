"""French shapes added in session 20 (qen20, issue 15), table-driven.

* An incise ending a sentence inside the marks: "\u00ab\u2026, souligne le commandant du
  SIS, X Y. Une \u00e9quipe \u2026\u00bb", "\u00ab\u2026, a dit X Y. \u2026\u00bb": the
  incise's speaker, even with an office set off by a comma before the name
  (:mod:`seedparse._text.quotes.french_incises`).
* An office set off before a full name whose closing comma the text left out ("le
  pr\u00e9sident de l\u2019association, X Y a exprim\u00e9 \u2026") brings the person in,
  as with the comma written (:func:`seedparse._text.quotes.offices.office_unclosed`).
* The reporting verbs in the 1990 reformed spelling, without the circumflex on "i"
  ("reconnait X"; :func:`seedparse._text.quotes.french_verbs.reformed`).
* A speech verb whose complement is a thing ("a assur\u00e9 l'int\u00e9rim") makes no
  speaker of its subject, so a pronoun after it keeps standing for the person in view
  (:mod:`seedparse._text.quotes.speech_objects`).

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
from seedparse._text.quotes.french_verbs import FRENCH_CLASS_VERBS, reformed
from seedparse._text.quotes.names import split_tokens
from seedparse._text.quotes.offices import office_unclosed
from seedparse._text.quotes.speech_objects import acts_on_object

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-incise-office-comma-name-ends-a-sentence",
        f"Titre\n{GL}Les digues ont tenu toute la nuit, assure le directeur du port, "
        f"Hugo Marchand. La marée baisse depuis ce matin.{GR}",
        [("Les digues ont tenu", "Hugo Marchand")],
    ),
    (
        "fr-incise-compound-past-ends-a-sentence",
        f"Titre\n{GL}Nous avons ouvert deux gymnases, a indiqué Claire Benoît. Les "
        f"familles y dormiront ce soir.{GR}",
        [("Nous avons ouvert deux gymnases", "Claire Benoît")],
    ),
    (
        "fr-incise-between-commas-still-read-first",
        f"Titre\n{GL}Les digues ont tenu, explique Hugo Marchand, et la marée baisse. Le "
        f"port rouvre demain.{GR}",
        [("Les digues ont tenu", "Hugo Marchand")],
    ),
    (
        "fr-office-unclosed-brings-the-person-in",
        f"Titre\n{GL}Le budget est pr\u00eat{GR}, a expliqu\u00e9 Mme Faure.\n"
        "Lundi, le directeur de l\u2019\u00e9cole, Marc Lenoir a pr\u00e9sent\u00e9 le projet "
        f"aux parents.\n{GL}Nous ouvrirons deux classes en septembre{GR}, a assur\u00e9 le "
        "directeur.",
        [("Le budget est pr\u00eat", "Faure"), ("Nous ouvrirons deux classes", "Marc Lenoir")],
    ),
    (
        "fr-reformed-spelling-reconnait",
        f"Titre\n{GL}Nous avons tard\u00e9 \u00e0 r\u00e9agir{GR}, reconnait Paul Girard.",
        [("Nous avons tard", "Paul Girard")],
    ),
    (
        "fr-speech-verb-with-a-thing-makes-no-speaker",
        f"Titre\n{GL}Ce n\u2019est pas pour le fauteuil{GR}, confie Claire Beno\u00eet.\n"
        "Sa premi\u00e8re adjointe, Anne Roy a assur\u00e9 l\u2019int\u00e9rim avant "
        "qu\u2019une maire soit \u00e9lue.\nClaire Beno\u00eet est la premi\u00e8re femme "
        f"\u00e0 ce poste. Elle dit vouloir {GL}rendre la mairie \u00e0 tous les habitants{GR}.",
        [("Ce n\u2019est pas", "Claire Beno\u00eet"), ("rendre la mairie", "Claire Beno\u00eet")],
    ),
    (
        "fr-speech-verb-with-a-que-clause-still-makes-a-speaker",
        f"Titre\n{GL}Ce n\u2019est pas pour le fauteuil{GR}, confie Claire Beno\u00eet.\n"
        "Sa premi\u00e8re adjointe, Anne Roy a assur\u00e9 aux habitants que rien ne "
        "changerait.\nClaire Beno\u00eet est la premi\u00e8re femme \u00e0 ce poste. Elle "
        f"dit vouloir {GL}rendre la mairie \u00e0 tous les habitants{GR}.",
        [("Ce n\u2019est pas", "Claire Beno\u00eet"), ("rendre la mairie", None)],
    ),
    # Near-misses: a sentence of the quote that ends after a comma is no incise.
    (
        "fr-incise-a-clause-of-the-quote-is-no-incise",
        f"Titre\n{GL}Nous sommes arrivés tôt, nous avons attendu des heures. Personne "
        f"ne nous a rien dit de la journée.{GR}",
        [("Nous sommes arrivés tôt", None)],
    ),
    (
        "fr-incise-a-noun-after-the-comma-is-no-incise",
        f"Titre\n{GL}Il a plu toute la nuit, la rivière Hugo Marchand. Les caves sont "
        f"encore pleines d'eau.{GR}",
        [("Il a plu toute la nuit", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("words", "name_at", "unclosed"),
    [
        ("le pr\u00e9sident de l\u2019association, Jean R\u00e9my a exprim\u00e9", 5, True),
        ("la maire de la commune, Anne Roy a dit", 6, True),
        # Near-misses: no office before the comma, no verb after the name, the comma
        # written (the older appositive rule), no comma at all.
        ("sous la pluie, Jean R\u00e9my a exprim\u00e9", 4, False),
        ("le pr\u00e9sident de l\u2019association, Jean R\u00e9my.", 5, False),
        ("le pr\u00e9sident de l\u2019association, Jean R\u00e9my, a exprim\u00e9", 5, False),
        ("le pr\u00e9sident Jean R\u00e9my a exprim\u00e9", 2, False),
    ],
)
def test_office_unclosed(words: str, name_at: int, unclosed: bool) -> None:
    tokens = split_tokens(words, 0, len(words))
    assert office_unclosed(tokens, name_at, name_at + 2) is unclosed, tokens


def test_reformed_spelling_drops_only_the_circumflex_on_i() -> None:
    assert reformed(["reconna\u00eet", "para\u00eet", "d\u00fb", "dit"]) == {"reconnait", "parait"}
    assert "reconnait" in FRENCH_CLASS_VERBS and "reconna\u00eet" in FRENCH_CLASS_VERBS
    assert "du" not in FRENCH_CLASS_VERBS


@pytest.mark.parametrize(
    ("sentence", "verb", "thing"),
    [
        (
            "Anne Roy a assur\u00e9 l'int\u00e9rim avant qu'une maire soit \u00e9lue",
            "assur\u00e9",
            True,
        ),
        ("Anne Roy assure la s\u00e9curit\u00e9 du site depuis lundi", "assure", True),
        # Near-misses: what was said follows ("que", a colon, a quotation), or no
        # article and noun right after the verb.
        ("Anne Roy a assur\u00e9 la presse que tout allait bien", "assur\u00e9", False),
        (
            "Anne Roy a rappel\u00e9 les faits : la route \u00e9tait ferm\u00e9e",
            "rappel\u00e9",
            False,
        ),
        ("Anne Roy a assur\u00e9 aux habitants que rien ne changerait", "assur\u00e9", False),
        ("Anne Roy a annonc\u00e9 la fin du \u00ab plan v\u00e9lo \u00bb", "annonc\u00e9", False),
    ],
)
def test_acts_on_object(sentence: str, verb: str, thing: bool) -> None:
    tokens = split_tokens(sentence, 0, len(sentence))
    assert acts_on_object(tokens, tokens.index(verb)) is thing, tokens
