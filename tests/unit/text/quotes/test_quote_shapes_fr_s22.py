"""French shapes added in session 22's French round (qfr22, issue 15), table-driven.

* The compound tenses of a reporting verb take "avoir" in any third-person form, not
  only the passé composé: the plus-que-parfait of a report ("« … », avait indiqué le
  ministre"), the conditional past of hearsay ("aurait affirmé X"), the futur
  antérieur and the passé antérieur
  (:data:`seedparse._text.quotes.french_verbs.FRENCH_AUXILIARIES`, in ``AUX``).
* The future of narrative copy ("« … », dira le ministre", "X ajoutera : « … »") is a
  tense of the reporting verbs like the others
  (:func:`seedparse._text.quotes.french_verbs.conjugated`).
* The reflexive compound tenses take "être" in any third-person form, elided on "s'"
  or after "se" ("s'était félicité X", "se serait vanté X"), and an inverted
  auxiliary of either verb opens an incise ("avait-il indiqué", "s'est-il
  félicité"); an incise is set off by a comma, so a quote that is a noun's complement
  ("Le slogan « … » s'était imposé") is not attributed
  (:func:`seedparse._text.quotes.latin_clauses.reflexive_participle`,
  :func:`seedparse._text.quotes.latin_clauses.auxiliary_inversion`).
* The causative and permissive periphrases of speech, "faire" or "laisser" with an
  infinitive of knowing or hearing, in an incise ("« … », a fait savoir X", "fait
  valoir le maire", "a laissé entendre X"), in any tense of the auxiliary, and
  before the quote as a speech verb is ("X a fait savoir que « … »")
  (:func:`seedparse._text.quotes.french_inversion.periphrasis_subject`,
  :func:`seedparse._text.quotes.french_inversion.causative_verb`).
* The locutions of source the grammars list with "selon" ("aux dires de X", "à en
  croire X", "de l'avis de X", "de l'aveu même de X", "suivant X") credit a quote
  before or after them as "selon" does
  (:func:`seedparse._text.quotes.french_sources.as_selon`).
* An office elided on its article at the opening of a sentence ("L'échevine des
  Finances X", "L'adjointe aux Sports X") has its capitalised complement cut off the
  name, as after "La directrice des Sports X": the person is X, not "Finances X"
  (:class:`seedparse._text.quotes.context.Context`).
* The classes of "verbes de parole" school grammars list (a statement: "révéler",
  "dévoiler"; a question, a reply, an order: "questionner", "riposter", "exiger"; the
  voice and mood: "murmurer", "hurler", "grommeler", "se récrier") are reporting verbs
  of the class (:data:`seedparse._text.quotes.french_verbs.FRENCH_CLASS_VERBS`).

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
from seedparse._text.quotes.french_verbs import FRENCH_AUXILIARIES, FRENCH_CLASS_VERBS
from seedparse._text.quotes.lexicon import AUX

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-pluperfect-incise-with-a-name",
        f"Titre\nLe port a rouvert lundi. {GL}Les quais seront prêts avant l'été{GR}, "
        "avait indiqué Paul Girard, le directeur du port, en janvier.",
        [("Les quais seront", "Paul Girard")],
    ),
    (
        "fr-pluperfect-incise-with-a-role-for-the-one-person-named",
        f"Titre\nLa ministre Claire Vidal a visité le chantier. {GL}Nous ne pouvons pas "
        f"aller plus vite{GR}, avait expliqué la ministre dans un entretien.",
        [("Nous ne pouvons", "Claire Vidal")],
    ),
    (
        "fr-pluperfect-lead-before-a-fragment",
        f"Titre\nJean Morin avait aussi déclaré que la réforme était {GL}une erreur "
        f"historique pour la région{GR}.",
        [("une erreur historique", "Jean Morin")],
    ),
    (
        "fr-conditional-past-of-hearsay",
        f"Titre\nSelon la presse locale, {GL}personne ne sera oublié{GR}, aurait affirmé "
        "Luc Perrin devant les habitants.",
        [("personne ne sera", "Luc Perrin")],
    ),
    (
        "fr-future-perfect-incise",
        f"Titre\n{GL}Nous avons tenu nos promesses{GR}, aura souligné jusqu'au bout "
        "Anne Roux, maire sortante.",
        [("Nous avons tenu", "Anne Roux")],
    ),
    (
        "fr-narrative-future-before-a-fragment",
        f"Titre\nJean Morin a ouvert la réunion. Le maire Paul Girard dira que la ville "
        f"est {GL}prête à tout pour garder son club{GR}, avant de partir.",
        [("prête à tout", "Paul Girard")],
    ),
    (
        "fr-narrative-future-with-a-colon",
        f"Titre\nJean Morin a ouvert la réunion. Interrogé sur le départ de l'entraîneur, "
        f"Paul Girard dira simplement : {GL}Le club continue.{GR}",
        [("Le club continue", "Paul Girard")],
    ),
    (
        "fr-narrative-future-incise",
        f"Titre\nJean Morin a ouvert la réunion. {GL}Le club continue{GR}, ajoutera le "
        "président Paul Girard.",
        [("Le club continue", "Paul Girard")],
    ),
    (
        "fr-grammar-class-verb-of-voice-inverted",
        f"Titre\nLe maire Paul Girard a ouvert la séance. Jean Morin est arrivé en retard. "
        f"{GL}Ce n'est pas fini{GR}, murmure le maire en quittant la salle.",
        [("Ce n'est pas fini", "Paul Girard")],
    ),
    (
        "fr-grammar-class-verb-of-a-reply-with-a-colon",
        f"Titre\nLe conseil a voté le budget. Jean Morin a riposté : {GL}Nous ferons appel.{GR}",
        [("Nous ferons appel", "Jean Morin")],
    ),
    (
        "fr-grammar-class-verb-of-a-statement-before-a-fragment",
        f"Titre\nLe conseil a voté le budget. Anne Roux a révélé que la ville était "
        f"{GL}au bord de la faillite{GR}.",
        [("au bord de la faillite", "Anne Roux")],
    ),
    (
        "fr-reflexive-pluperfect-incise",
        f"Titre\nLe conseil a voté le budget. {GL}Nous tenons nos promesses{GR}, "
        "s'était félicité Luc Perrin avant le vote.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-reflexive-conditional-past-after-se",
        f"Titre\nLe conseil a voté le budget. {GL}Nous tenons nos promesses{GR}, se "
        "serait vanté Luc Perrin devant ses proches.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-inverted-reflexive-pluperfect-for-the-one-person-named",
        f"Titre\nLa maire Anne Roux a présenté le budget. {GL}Nous tenons nos "
        f"promesses{GR}, s'était-elle emportée.",
        [("Nous tenons nos", "Anne Roux")],
    ),
    (
        "fr-inverted-pluperfect-for-the-one-person-named",
        f"Titre\nLe maire Luc Perrin a présenté le budget. {GL}Nous tenons nos "
        f"promesses{GR}, avait-il indiqué en janvier.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    # Near-miss: no comma, the quote is a noun's complement, not an incise's words.
    (
        "fr-reflexive-past-after-a-quoted-slogan-is-no-incise",
        f"Titre\nLe slogan {GL}Nous tenons nos promesses enfin{GR} s'est imposé dans "
        "la campagne de Luc Perrin.",
        [],
    ),
    (
        "fr-causative-periphrasis-incise",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, a fait savoir Luc Perrin.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-permissive-periphrasis-incise-in-the-pluperfect",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, avait laissé entendre Luc Perrin.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-causative-periphrasis-in-the-present",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, fait valoir Luc Perrin, président du club.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-causative-periphrasis-lead-before-a-fragment",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. Luc "
        f"Perrin a fait savoir que le club était {GL}prêt à tout pour garder son "
        f"entraîneur{GR}.",
        [("prêt à tout", "Luc Perrin")],
    ),
    (
        "fr-permissive-periphrasis-lead-before-a-fragment",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. Luc "
        f"Perrin a laissé entendre que le club était {GL}prêt à tout pour garder son "
        f"entraîneur{GR}.",
        [("prêt à tout", "Luc Perrin")],
    ),
    # Near-miss: "faire" with an infinitive of no report.
    (
        "fr-causative-of-another-verb-is-no-report",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, a fait venir Luc Perrin.",
        [("Nous tenons nos", None)],
    ),
    (
        "fr-locution-of-source-after-the-quote",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, aux dires de Luc Perrin.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-locution-of-source-with-an-elided-article",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, de l'aveu même de Luc Perrin.",
        [("Nous tenons nos", "Luc Perrin")],
    ),
    (
        "fr-locution-of-source-before-the-quote",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. À en "
        f"croire Luc Perrin, {GL}nous tenons nos promesses{GR}.",
        [("nous tenons nos", "Luc Perrin")],
    ),
    # Near-miss: "suivant" after a noun is an adjective, no source.
    (
        "fr-suivant-after-a-noun-is-no-source",
        f"Titre\nLe conseil a voté le budget. Paul Girard est arrivé en retard. "
        f"{GL}Nous tenons nos promesses{GR}, le jour suivant Luc Perrin est parti.",
        [("Nous tenons nos", None)],
    ),
    (
        "fr-causative-lead-of-another-verb-is-no-report",
        f"Titre\nLe conseil a voté le budget. Luc Perrin a fait venir des experts pour "
        f"{GL}préparer l'avenir du club{GR}.",
        [],
    ),
    (
        "fr-elided-office-at-a-sentence-opening-then-its-complement",
        f"Titre\nL'échevine des Finances Anne Roux a présenté le budget. {GL}Nous "
        f"tenons nos promesses{GR}, a-t-elle souligné.",
        [("Nous tenons nos", "Anne Roux")],
    ),
    (
        "fr-elided-office-with-a-curly-apostrophe",
        f"Titre\nL\u2019adjointe aux Sports Anne Roux a présenté le budget. {GL}Nous "
        f"tenons nos promesses{GR}, a-t-elle souligné.",
        [("Nous tenons nos", "Anne Roux")],
    ),
    # Near-misses: "avait" before a participle that reports nothing leaves the quote
    # to the speech verb after it; a first-person future is no third-person report.
    (
        "fr-pluperfect-of-another-verb-is-no-report",
        f"Titre\nPaul Girard avait quitté la salle. {GL}Le budget est à l'équilibre{GR}, "
        "a ensuite déclaré Jean Morin.",
        [("Le budget est", "Jean Morin")],
    ),
    (
        "fr-first-person-future-is-no-report",
        f"Titre\n{GL}Je dirai ce que je pense du budget{GR} : le titre du livre de Paul "
        "Girard a surpris.",
        [("Je dirai ce que", None)],
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
    ("word", "is_auxiliary"),
    [
        ("avait", True),
        ("avaient", True),
        ("aurait", True),
        ("auraient", True),
        ("aura", True),
        ("eut", True),
        # Near-misses: first and second persons report nobody else's words.
        ("avais", False),
        ("aurais", False),
        ("avions", False),
    ],
)
def test_french_auxiliaries(word: str, is_auxiliary: bool) -> None:
    assert (word in FRENCH_AUXILIARIES) is is_auxiliary
    assert (word in AUX) is is_auxiliary


@pytest.mark.parametrize(
    ("form", "is_report"),
    [
        ("ajoutera", True),
        ("lanceront", True),
        ("soulignera", True),
        ("avertira", True),
        ("dira", True),
        ("conclura", True),
        ("répondra", True),
        ("murmura", True),
        ("grommelle", True),
        ("riposte", True),
        ("révélé", True),
        ("s'est", False),
        # Near-misses: first and second persons of the future, an infinitive's
        # other words.
        ("ajouterai", False),
        ("dirai", False),
        ("direz", False),
        ("ajouterons", False),
    ],
)
def test_class_forms(form: str, is_report: bool) -> None:
    assert (form in FRENCH_CLASS_VERBS) is is_report
