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
* A speech verb, an adjunct and the quote with no punctuation between ("quand le
  ministre assurait devant les parlementaires « … », X jugeait que …", ", en
  déclarant sur twitter être « … »") make the quote the verb's subject's words, not
  those of the clause after it; a gerund has the main clause's subject
  (:func:`seedparse._text.quotes.french_leads.verb_leads_in`).
* "et qu'il serait « … »" right after a quote is a second "que" clause of the speech
  verb that brought the first in: the same speaker
  (:func:`seedparse._text.quotes.french_leads.coordinated_that`).
* An incise may end the quote's sentence after an adjunct of its own ("« … »,
  notamment avec les pompiers mobilisés, a précisé M. Stoll.")
  (:func:`seedparse._text.quotes.french_incises.closing_incise`).
* Three capitalised words opening a French sentence are a given name and a two-word
  surname ("Valéry Mbaoh Nana ajoute : « … »"): French puts an article before a
  job noun, so the first word is not dropped as one
  (:mod:`seedparse._text.quotes.opening_given`).
* A role noun before the body names anyone stands for the person the headline makes
  its subject ("Escouade : Labeaume refuse …" over "« … », a commenté le maire de
  Québec"), when the body calls them with a courtesy title ("M. Labeaume") or writes
  the full name again (:mod:`seedparse._text.quotes.headline_subject`); these cases
  are read by the article reader, which takes the first line for the headline.
* Between an inverted speech verb and its subject, a phrase of time of two words ("a
  promis mardi soir le ministre, X") or a complement naming an outlet with a capital
  ("a réagi sur Twitter Jean Dupont"), or a word or two set off by commas ("lâche,
  amer, Jean Dupont"), or a phrase setting the speaker against another ("rappelle de
  son côté la sénatrice X") (:mod:`seedparse._text.quotes.french_inversion`).
* An incise whose verb takes an infinitive ("veut croire X", "a tenu à rassurer le
  maire, X", "dit regretter X")
  (:func:`seedparse._text.quotes.french_inversion.periphrasis_subject`).
* "D'après X, « … »" and "« … », d'après X" credit X as "selon" does
  (:data:`seedparse._text.quotes.lexicon.SO_WORDS`, ``FOR_WORDS``).
* An object pronoun that looks like an article right before the speech verb ("Jean
  Dupont le reconnaît : « … »") is skipped on the way back to its subject
  (:func:`seedparse._text.quotes.french_clauses.object_before_verb`).

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of French news copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the speaker the text gives
and name nobody else (``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import seedparse
from seedparse import Citation
from seedparse._text.quotes.attribution import Attribution
from seedparse._text.quotes.french_clauses import object_before_verb
from seedparse._text.quotes.french_incises import closing_incise
from seedparse._text.quotes.french_inversion import past_time_or_outlet, periphrasis_subject
from seedparse._text.quotes.french_leads import coordinated_that, verb_leads_in
from seedparse._text.quotes.french_verbs import FRENCH_CLASS_VERBS
from seedparse._text.quotes.headline_subject import headline_person
from seedparse._text.quotes.latin_clauses import role_keeps_subject
from seedparse._text.quotes.lexicon import SPEECH_VERBS
from seedparse._text.quotes.names import split_tokens
from seedparse._text.quotes.opening_given import given_at_opening
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
    (
        "fr-verb-and-adjunct-lead-into-the-quote",
        f"Titre\nDéjà, en mars, quand la ministre Anne Roy assurait devant les députés "
        f"{GL}que la réforme sera votée avant l\u2019été{GR}, Paul Girard jugeait que "
        "la phrase ne voulait rien dire.",
        [("que la réforme", "Anne Roy")],
    ),
    (
        "fr-gerund-and-adjunct-lead-into-the-quote",
        f"Titre\nPaul Girard s\u2019était déjà fait remarquer en juin, en déclarant "
        f"sur son blog être {GL}fier de ne pas voter ce texte absurde{GR}.",
        [("fier de ne pas", "Paul Girard")],
    ),
    (
        "fr-second-that-clause-after-a-quote",
        f"Titre\nLe maire Paul Girard a ajouté que {GL}les travaux dureront deux "
        f"ans{GR} et qu\u2019il serait {GL}difficile de faire plus vite avec ce "
        f"budget{GR}.",
        [("les travaux", "Paul Girard"), ("difficile de faire", "Paul Girard")],
    ),
    (
        "fr-incise-after-an-adjunct-ends-the-sentence",
        f"Titre\nLe maire Paul Girard a vu la bête. {GL}Nous mangerons le sanglier en "
        f"réunion du conseil{GR}, notamment avec les pompiers mobilisés pour la battue, "
        "a précisé M. Girard.",
        [("Nous mangerons", "Paul Girard")],
    ),
    # Near-misses: an incise right after the quote wins over a verb before it; a
    # second clause with a speech verb and a subject of its own; an adjunct holding a
    # clause; "selon" ending the sentence; a sentence ending after the adjunct; a full
    # name inverted after the verb and its complement (no subject before the verb).
    (
        "fr-verb-and-adjunct-then-an-incise",
        f"Titre\nLa ministre a répondu devant les députés {GL}que la réforme sera "
        f"votée avant l\u2019été{GR}, a précisé Paul Girard.",
        [("que la réforme", "Paul Girard")],
    ),
    (
        "fr-second-that-clause-with-its-own-speaker",
        f"Titre\nLe maire Paul Girard a ajouté que {GL}les travaux dureront deux "
        f"ans{GR} et que Anne Roy a déclaré {GL}difficile de faire plus vite avec ce "
        f"budget{GR}.",
        [("les travaux", "Paul Girard"), ("difficile de faire", "Anne Roy")],
    ),
    (
        "fr-adjunct-with-a-clause-is-no-incise-lead",
        f"Titre\n{GL}Nous mangerons le sanglier en réunion du conseil{GR}, notamment "
        "avec les pompiers qui ont aidé, a précisé Paul Girard.",
        [("Nous mangerons", None)],
    ),
    (
        # (Not the incise rule, which wants a speech verb: the sentence's closing
        # "selon X" credits the quotation in it, closing_tags.)
        "fr-adjunct-then-selon",
        f"Titre\n{GL}Nous mangerons le sanglier en réunion du conseil{GR}, avec les "
        "pompiers, selon Paul Girard.",
        [("Nous mangerons", "Paul Girard")],
    ),
    (
        "fr-adjunct-then-a-sentence-end",
        f"Titre\n{GL}Nous mangerons le sanglier en réunion du conseil{GR}, notamment "
        "avec les pompiers. Paul Girard a précisé sa pensée.",
        [("Nous mangerons", None)],
    ),
    (
        "fr-full-name-inverted-after-a-complement",
        f"Titre\n{GL}Nous sommes prêts pour la saison{GR}, a déclaré aux journalistes Jean Dupont.",
        [("Nous sommes prêts", "Jean Dupont")],
    ),
    (
        "fr-given-name-opening-a-sentence-before-a-two-word-surname",
        f"Titre\nLa grève continue. Tiémoko Koné Diarra ajoute : {GL}Nous avons repris "
        f"le travail ce matin dans les ateliers{GR}.",
        [("Nous avons repris", "Tiémoko Koné Diarra")],
    ),
    (
        "fr-given-name-with-an-appositive-before-a-two-word-surname",
        f"Titre\nAurélien Kwame Mensah, porte-parole du syndicat, explique que {GL}le "
        f"travail a repris ce matin dans les ateliers{GR}.",
        [("le travail a repris", "Aurélien Kwame Mensah")],
    ),
    # Near-misses: a job noun the text writes in lower case too; a day; English copy.
    (
        "fr-opening-word-written-in-lower-case-elsewhere",
        f"Titre\nLa grève continue. Gardien Paul Roy ajoute : {GL}Nous avons repris le "
        f"travail ce matin dans les ateliers{GR}. Le gardien est fatigué.",
        [("Nous avons repris", "Paul Roy")],
    ),
    (
        "fr-opening-day-before-a-name",
        f"Titre\nLa grève continue. Lundi Paul Roy ajoute : {GL}Nous avons repris le "
        f"travail ce matin dans les ateliers{GR}.",
        [("Nous avons repris", "Paul Roy")],
    ),
    (
        "en-opening-job-noun-before-a-name",
        "Titre\nThe strike goes on. Plumber Paul Roy said: \u201cWe went back to work "
        "this morning in the shops.\u201d",
        [("We went back", "Paul Roy")],
    ),
    (
        "fr-time-phrase-between-verb-and-role-subject",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, a promis mardi soir "
        "le ministre des Transports, Paul Girard.",
        [("Nous allons reconstruire", "Paul Girard")],
    ),
    (
        "fr-outlet-between-verb-and-name",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, a réagi sur Twitter "
        "Jean Dupont.",
        [("Nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-adjective-set-off-between-verb-and-name",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, lâche, amer, Jean Dupont.",
        [("Nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-object-pronoun-before-the-verb-of-a-colon",
        f"Titre\nJean Dupont le reconnaît : {GL}Nous allons reconstruire le pont très vite{GR}.",
        [("Nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-side-phrase-between-verb-and-role-and-name",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, rappelle de son "
        "côté la sénatrice Marie Durand.",
        [("Nous allons reconstruire", "Marie Durand")],
    ),
    (
        "fr-d-apres-before-the-quote",
        f"Titre\nD\u2019après Jean Dupont, {GL}nous allons reconstruire le pont très vite{GR}.",
        [("nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-d-apres-after-the-quote",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, d'après Jean Dupont.",
        [("Nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-d-apres-a-body-names-nobody",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, d\u2019après le ministère.",
        [("Nous allons reconstruire", None)],
    ),
    (
        "fr-incise-verb-with-an-infinitive",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, veut croire Jean Dupont.",
        [("Nous allons reconstruire", "Jean Dupont")],
    ),
    (
        "fr-incise-past-verb-a-and-an-infinitive",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, a tenu à rassurer "
        "le maire, Paul Girard.",
        [("Nous allons reconstruire", "Paul Girard")],
    ),
    (
        "fr-incise-verb-with-an-infinitive-then-a-clause",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, veut dire que Jean "
        "Dupont a raison.",
        [("Nous allons reconstruire", None)],
    ),
    # Near-misses: a person spoken to after "à"; a document after words set off.
    (
        "fr-words-set-off-then-a-document",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, dit, en substance, "
        "le rapport.",
        [("Nous allons reconstruire", None)],
    ),
    (
        "fr-person-spoken-to-is-no-outlet",
        f"Titre\n{GL}Nous allons reconstruire le pont très vite{GR}, a déclaré à "
        "Jean-Pierre Marie Dupont.",
        [("Nous allons reconstruire", None)],
    ),
    # Near-misses of the role rules: the person's own office as the subject of their
    # speech; a role in an incise after the quote; a name, not a role, in the reported
    # clause; an office in lower case before a one-word name.
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


_GRAMMAR = Attribution(SPEECH_VERBS)


def _tokens(words: str) -> list[str]:
    return split_tokens(words, 0, len(words))


@pytest.mark.parametrize(
    ("pre", "post", "speaker"),
    [
        (
            "quand le ministre assurait devant les parlementaires",
            ", X jugeait",
            ("role", "ministre"),
        ),
        ("Anne Roy a déclaré sur son blog", ".", ("name", "Anne Roy")),
        (
            "Paul Girard s'est illustré en juin , en déclarant sur son blog être",
            ".",
            ("name", "Paul Girard"),
        ),
        # Near-misses: no adjunct (the grammar's own reading); punctuation in between;
        # an incise after the quote; a verb with no subject; an adjunct too long; a
        # gerund with no comma before it.
        ("Anne Roy a déclaré", ".", None),
        ("Anne Roy a déclaré , devant les députés", ".", None),
        ("Anne Roy a déclaré devant les députés", ", a précisé Paul Girard", None),
        ("Anne Roy a déclaré devant les députés", ", ajoute-t-elle", None),
        ("devant les députés", ".", None),
        ("Anne Roy a déclaré devant les députés de la majorité et de l'opposition", ".", None),
        ("Paul Girard en déclarant sur son blog être", ".", None),
    ],
)
def test_verb_leads_in(pre: str, post: str, speaker: tuple[str, str] | None) -> None:
    found = verb_leads_in(_tokens(pre), _tokens(post), _GRAMMAR.is_verb, _GRAMMAR.subject_of)
    assert found == speaker


@pytest.mark.parametrize(
    ("pre", "coordinated"),
    [
        ("et qu'il serait", True),
        ("et que la ville pourrait", True),
        ("mais qu\u2019elle restera", True),
        # Near-misses: a speech verb or an auxiliary and a verb of its own; no "que";
        # no conjunction; punctuation; too long.
        ("et que Anne Roy a déclaré", False),
        ("et qu'il a ajouté", False),
        ("et il serait", False),
        ("qu'il serait", False),
        ("et qu'il serait , dit-on ,", False),
        ("et que la ville pourrait bien un jour ou l'autre", False),
    ],
)
def test_coordinated_that(pre: str, coordinated: bool) -> None:
    assert coordinated_that(_tokens(pre), _GRAMMAR.is_verb) is coordinated


@pytest.mark.parametrize(
    ("post", "speaker"),
    [
        (", notamment avec les pompiers mobilisés, a précisé M. Stoll.", ("name", "Stoll")),
        (", avec les pompiers, a précisé le maire Paul Girard.", ("name", "Paul Girard")),
        (", en pleine nuit, raconte-t-il.", ("pronoun", "il")),
        # Near-misses: a clause in the adjunct; "selon"; a sentence end before the
        # incise; no verb opening the last segment; an incise right after the quote
        # (the grammar's own reading, not this one's).
        (", avec les pompiers qui ont aidé, a précisé Paul Girard.", None),
        (", avec les pompiers, selon Paul Girard.", None),
        (", avec les pompiers. Paul Girard, le maire, a précisé.", None),
        (", avec les pompiers, Paul Girard.", None),
        (", a précisé Paul Girard.", None),
    ],
)
def test_closing_incise(post: str, speaker: tuple[str, str] | None) -> None:
    assert closing_incise(_tokens(post), _GRAMMAR.is_verb, _GRAMMAR.after) == speaker


def _lower_in(text: str) -> Callable[[str], bool]:
    return lambda word: f" {word.lower()} " in f" {text} "


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        (
            "Valéry Mbaoh Nana ajoute : « Nous sommes prêts dans la ville. »",
            "Mbaoh Nana",
            "Valéry Mbaoh Nana",
        ),
        (
            "Il pleut. Valery Mboah Nana, porte-parole du CICR au Mali, explique que",
            "Mboah Nana",
            "Valery Mboah Nana",
        ),
        # Near-misses: mid-sentence; after a comma; a word written in lower case too;
        # an office; a day; no French after it; a name of one or three words.
        (
            "Il dit que Valéry Mbaoh Nana a parlé de la ville et de nous.",
            "Mbaoh Nana",
            "Mbaoh Nana",
        ),
        ("Hier, Mbaoh Nana a parlé de la ville et de nous.", "Mbaoh Nana", "Mbaoh Nana"),
        ("Gardien Paul Roy a dit que le gardien est là.", "Paul Roy", "Paul Roy"),
        ("Ministre Paul Roy a dit que la ville est là.", "Paul Roy", "Paul Roy"),
        ("Dimanche Paul Roy a dit que la ville est là.", "Paul Roy", "Paul Roy"),
        ("Economist Anna Berg said prices would fall.", "Anna Berg", "Anna Berg"),
        ("Valéry Roy a dit que la ville est là.", "Roy", "Roy"),
    ],
)
def test_given_at_opening(text: str, name: str, full: str) -> None:
    assert given_at_opening(text, 0, name, len(text), _lower_in(text)) == full


_HEADLINED: list[tuple[str, str, list[str | None]]] = [
    (
        "fr-headline-subject-with-a-courtesy-title-in-the-body",
        f"Escouade : Girard refuse de faire du spectacle\n\n{GL}Nous ne voulons pas faire "
        f"de spectacle avec ce dossier{GR}, a commenté le maire de Lyon vendredi.\n\n"
        f"{GL}Elle a beaucoup de matériel{GR}, a précisé l\u2019élu. M. Girard est parti.",
        ["Girard", "Girard"],
    ),
    (
        "fr-headline-subject-full-name-written-again",
        f"Budget : Paul Girard refuse de signer\n\n{GL}Nous ne voulons pas signer ce "
        f"budget en l\u2019état{GR}, a commenté le maire vendredi. Paul Girard attend.",
        ["Paul Girard"],
    ),
    # Near-misses: a place as the headline's subject; a surname with no title in the
    # body.
    (
        "fr-headline-subject-that-is-a-place",
        f"Budget : Lyon refuse de payer la facture\n\n{GL}Nous ne voulons pas faire de "
        f"spectacle avec ce dossier{GR}, a commenté le maire vendredi. La ville de Lyon "
        "attend.",
        [None],
    ),
    (
        "fr-headline-surname-without-a-title-in-the-body",
        f"Budget : Girard refuse de signer\n\n{GL}Nous ne voulons pas signer ce budget "
        f"en l\u2019état{GR}, a commenté le maire vendredi. Girard attend la suite.",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in _HEADLINED], ids=[c[0] for c in _HEADLINED]
)
def test_headline_subject_shapes(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers


@pytest.mark.parametrize(
    ("headline", "body", "person"),
    [
        ("Escouade : Girard refuse de parler", "M. Girard est venu.", "Girard"),
        ("Girard refuse de parler", "Mme Girard est venue.", "Girard"),
        ("Budget: Paul Girard signs the bill", "Paul Girard said so.", "Paul Girard"),
        # Near-misses: no title in the body; a title in the headline's run; no verb
        # after the run; a capitalised word after it; an acronym.
        ("Budget : Girard refuse de signer", "Girard attend.", None),
        ("Budget : Maire Girard refuse de signer", "M. Girard attend.", None),
        ("Budget : Girard", "M. Girard attend.", None),
        ("Budget : Girard Lyon Paris", "M. Girard attend.", None),
        ("Budget : SNCF refuse de payer", "M. SNCF attend.", None),
    ],
)
def test_headline_person(headline: str, body: str, person: str | None) -> None:
    text = f"{headline}\n\n{body}"
    assert headline_person(text, len(headline) + 2) == person


@pytest.mark.parametrize(
    ("words", "subject_at"),
    [
        ("mardi soir le ministre", 2),
        ("vendredi dernier l\u2019élue", 2),
        ("sur Twitter Jean Dupont", 2),
        ("au Parisien Jean Dupont", 2),
        ("dans Libération Marie Durand", 2),
        # Near-misses: one word of time (the grammar's own case); a tail that is no
        # word of time; a two-word run; "à" (someone spoken to); an acronym before the
        # surname; no article after the time phrase.
        ("mardi le ministre", 0),
        ("aimer beaucoup le sport", 0),
        ("sur Twitter Dupont", 0),
        ("à Jean Marie Dupont", 0),
        ("sur France BFMTV Dupont", 0),
        ("mardi soir Jean Dupont", 0),
        # Words set off by commas: the subject after the second comma; not a name
        # set off, nor more than three words, nor an open comma.
        (", amer, Jean Dupont", 3),
        (", en substance, le rapport", 4),
        (", Jean Dupont, le maire", 0),
        (", avec un grand sourire et beaucoup, X", 0),
        (", amer Jean Dupont", 0),
        # Side phrases: the subject after them; not other three words.
        ("de son côté la sénatrice", 3),
        ("pour sa part le maire", 3),
        ("de son avis le maire", 0),
    ],
)
def test_past_time_or_outlet(words: str, subject_at: int) -> None:
    assert past_time_or_outlet(_tokens(words), 0) == subject_at


@pytest.mark.parametrize(
    ("words", "verb_at", "is_object"),
    [
        ("Jean Dupont le reconnaît :", 3, True),
        ("Elle la décrit ,", 2, True),
        ("Il le répète que", 2, True),
        # Near-misses: a noun that is a verb form after its article ("la tempête", "la
        # demande de"); not right before the verb; no pronoun.
        ("Titre La tempête a frappé", 2, False),
        ("Paul Roy la demande de", 3, False),
        ("Jean le lui reconnaît :", 3, False),
        ("Jean Dupont reconnaît :", 2, False),
    ],
)
def test_object_before_verb(words: str, verb_at: int, is_object: bool) -> None:
    tokens = _tokens(words)
    assert object_before_verb(tokens, verb_at - 1, verb_at) is is_object


@pytest.mark.parametrize(
    ("post", "speaker"),
    [
        (", veut croire Jean Dupont.", ("name", "Jean Dupont")),
        (", a tenu à rassurer Jean Dupont.", ("name", "Jean Dupont")),
        (", préfère relativiser le maire.", ("role", "maire")),
        # Near-misses: no infinitive after the verb; a verb that takes none; a
        # clause after the infinitive; too short.
        (", veut Jean Dupont.", None),
        (", mange Jean Dupont.", None),
        (", veut dire que Jean Dupont", None),
        (", veut croire", None),
    ],
)
def test_periphrasis_subject(post: str, speaker: tuple[str, str] | None) -> None:
    assert periphrasis_subject(_tokens(post), _GRAMMAR.speaker_after_verb) == speaker
