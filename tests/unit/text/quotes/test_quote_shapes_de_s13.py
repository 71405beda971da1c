"""German shapes added with qde's round (session 13, issue 15): verb-second clauses
whose subject follows the verb ("Der Zeitung sagte eine Sprecherin:"), a spokesperson
who is not the last speaker, an article before a noun that is no given name ("sein
Gegenüber Koschinat"), a finite verb opening a clause after a comma (", durfte sein
Gegenüber X jubeln:"), a quoted word glued into a compound („Lindenstraße“-Darstellerin
X), reported speech in Konjunktiv I before a colon, a quote equated with a statement
("…, war die einzige Antwort, die X gab"), a lone article after a name ("sagte X der
Zeitung"), a short quote after a colon, the separable and impersonal speech verbs
("teilte … mit", "hieß es"), the verb-last "wie" clause and an office set off from its
name by commas before a colon.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of German, Austrian and Swiss
outlets' copy; none comes from the seeds or from the scored fixtures. Precision cases
keep the speaker the text gives and name nobody else (``None`` where the text names
no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes import SPEECH_VERBS
from seedparse._text.quotes.german_clauses import (
    according_to,
    agent_noun,
    german_article_object,
    impersonal_source,
    new_subject_after_verb,
    reported_speech_carries_on,
    spokesperson,
    statement_giver,
    verb_second_subject,
    wie_clause_subject,
)
from seedparse._text.quotes.german_compounds import tokens_through_compound
from seedparse._text.quotes.names import given_names, name_forward, split_tokens
from seedparse._text.quotes.offices import named_after_office

LO, HI = "\u201e", "\u201c"  # „ “
GL, GR = "\u00ab", "\u00bb"  # « »

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- verb second: the subject after the verb -------------------------------------
    (
        "de-dative-opening-then-indefinite-subject-names-nobody",
        "Umweltministerin Petra Lindner stellte den Plan vor. "
        f"{LO}Wir sind auf einem guten Weg{HI}, sagte Lindner.\n"
        f"Dem Regionalsender sagte eine Sprecherin: {LO}Das Ministerium pr\u00fcft alle "
        f"Einw\u00e4nde sorgf\u00e4ltig.{HI}",
        [("Wir sind", "Petra Lindner"), ("Das Ministerium", None)],
    ),
    (
        "de-dative-opening-then-indefinite-subject-with-complement",
        "Am Morgen war die Stra\u00dfe gesperrt worden. Der Zeitung erkl\u00e4rte ein "
        f"Sprecher der Polizei: {LO}Die Bergung wird bis zum Abend dauern.{HI}",
        [("Die Bergung", None)],
    ),
    (
        "de-dative-opening-then-named-subject-keeps-the-name",
        f"Dem Regionalsender sagte Petra Lindner: {LO}Das Ministerium pr\u00fcft alle "
        f"Einw\u00e4nde sorgf\u00e4ltig.{HI}",
        [("Das Ministerium", "Petra Lindner")],
    ),
    # -- a spokesperson is not the last speaker ------------------------------------------
    (
        "de-definite-spokesperson-after-a-minister-names-nobody",
        f"{LO}Ich bin wieder voll einsatzf\u00e4hig{HI}, sagte Gesundheitsministerin Jana "
        "Roth am Montag.\n"
        f"Die Sprecherin sagte dem Blatt dazu: {LO}Die Termine werden nachgeholt, sobald "
        f"es geht.{HI}",
        [("Ich bin", "Jana Roth"), ("Die Termine", None)],
    ),
    (
        "de-definite-spokesperson-the-text-named-as-such",
        f"Polizeisprecher Jan Ott best\u00e4tigte den Einsatz. {LO}Es gab zwei "
        f"Leichtverletzte{HI}, sagte Ott.\n"
        f"{LO}Die Ermittlungen zur Ursache laufen noch{HI}, sagte der Sprecher.",
        [("Es gab", "Jan Ott"), ("Die Ermittlungen", "Jan Ott")],
    ),
    (
        "de-definite-office-still-stands-for-the-last-speaker",
        f"{LO}Ich bin wieder voll einsatzf\u00e4hig{HI}, sagte Gesundheitsministerin Jana "
        f"Roth. Die Ministerin weiter: {LO}Die Arbeit hat jetzt Vorrang vor allem "
        f"anderen.{HI}",
        [("Ich bin", "Jana Roth"), ("Die Arbeit", "Jana Roth")],
    ),
    # -- a noun after an article is no given name ----------------------------------------
    (
        "de-noun-after-possessive-does-not-make-a-second-full-name",
        "Gastgeber-Trainer Thomas Meier war entt\u00e4uscht. Das best\u00e4tigte sein "
        "Gegen\u00fcber Meier nach dem Schlusspfiff.\n"
        f"Meier: {LO}Wir haben die Chancen nicht genutzt, das war das Problem.{HI}",
        [("Wir haben", "Thomas Meier")],
    ),
    # -- a finite verb opening the clause after a comma ---------------------------------
    (
        "de-modal-verb-after-opening-clause-then-named-subject",
        "Statt den Sieg zu feiern, musste sein Kollege Jan Berger \u00fcber die "
        f"Verletzung klagen: {LO}Das wird uns Wochen kosten, f\u00fcrchte ich.{HI}",
        [("Das wird", "Jan Berger")],
    ),
    # -- a quoted word glued into a compound ----------------------------------------
    (
        "de-glued-quoted-word-then-office-and-name",
        f"{LO}Ich habe nie an einen Abschied gedacht{HI}, sagte einst "
        f"{LO}Tatort{HI}-Kommissarin Eva Kranz in einem Interview.",
        [("Ich habe", "Eva Kranz")],
    ),
    (
        "de-quoted-outlet-not-glued-keeps-the-speaker-before-it",
        f"{LO}Ich habe nie an einen Abschied gedacht{HI}, sagte Eva Kranz dem {LO}Kurier{HI}.",
        [("Ich habe", "Eva Kranz")],
    ),
    # -- Konjunktiv I before a colon ----------------------------------------------------
    (
        "de-reported-speech-before-colon-carries-the-last-speaker",
        '"Die Schulen brauchen mehr Personal", fordert Elternsprecher Max Huber.\n'
        "Lehrer, die seit Jahren \u00dcberstunden machten, d\u00fcrfe man nicht "
        'allein lassen, und \u00fcberhaupt: "Es kann nicht sein, dass niemand zust\u00e4ndig '
        'ist."',
        [("Die Schulen", "Max Huber"), ("Es kann", "Max Huber")],
    ),
    (
        "de-indicative-before-colon-does-not-carry",
        '"Die Schulen brauchen mehr Personal", fordert Elternsprecher Max Huber.\n'
        "Lehrer, die seit Jahren \u00dcberstunden machen, stehen vor der Schule, und "
        'dann das Plakat: "Es kann nicht sein, dass niemand zust\u00e4ndig ist."',
        [("Die Schulen", "Max Huber"), ("Es kann", None)],
    ),
    # -- a quote equated with a statement ------------------------------------------------
    (
        "de-quote-equated-with-the-answer-a-named-prosecutor-gave",
        f"{LO}Wir ermitteln in alle Richtungen{HI}, war die einzige Antwort, die "
        "Staatsanwalt Peter Lenz am Freitag auf Anfrage gab.",
        [("Wir ermitteln", "Peter Lenz")],
    ),
    # -- a lone article after a name -----------------------------------------------------
    (
        "de-article-after-name-opens-the-addressee",
        f"{LO}Das ist ein teurer Fehler, den wir korrigieren m\u00fcssen{HI}, erkl\u00e4rte "
        "Karin Weber der Zeitung.",
        [("Das ist", "Karin Weber")],
    ),
    (
        "de-article-opening-the-sentence-before-the-verb-is-no-name",
        "Stadtrat Paul Frey kritisierte das Vorhaben. Gegen\u00fcber der Zeitung "
        f"erkl\u00e4rte Frey: {LO}Das sehen wir v\u00f6llig anders als die Verwaltung.{HI}",
        [("Das sehen", "Paul Frey")],
    ),
    # -- a short quote after a colon ------------------------------------------------------
    (
        "de-short-quote-after-colon-with-office-between",
        f"Im Interview sagte der Stadtbaurat Klaus Berger: {LO}Der Zeitplan steht.{HI}",
        [("Der Zeitplan", "Klaus Berger")],
    ),
    (
        "de-short-scare-quote-without-colon-is-no-quotation",
        f"Stadtbaurat Klaus Berger nannte das Projekt einen {LO}gro\u00dfen Wurf{HI}.",
        [],
    ),
    # -- separable and impersonal speech verbs -------------------------------------------
    (
        "de-separable-verb-with-a-named-subject",
        f"Landrat Michael Roth besuchte die Wache. {LO}Die Helfer leisten "
        f"Gro\u00dfartiges{HI}, teilte Roth am Abend mit.",
        [("Die Helfer", "Michael Roth")],
    ),
    (
        "de-separable-verb-with-a-body-names-nobody",
        f"{LO}Wir sind froh, dass niemand verletzt wurde{HI}, sagte Landrat Michael "
        "Roth.\n"
        f"{LO}Der Fahrer war nicht angeschnallt{HI}, teilte die Polizei mit.",
        [("Wir sind", "Michael Roth"), ("Der Fahrer", None)],
    ),
    (
        "de-impersonal-es-hiess-names-nobody",
        f"Fraktionschefin Anna Schulz lehnte den Neubau ab: {LO}Das Geld fehlt an "
        f"anderer Stelle.{HI}\n"
        f"{LO}Wir pr\u00fcfen alle Optionen{HI}, hie\u00df es aus dem Landratsamt.",
        [("Das Geld", "Anna Schulz"), ("Wir pr\u00fcfen", None)],
    ),
    # -- the verb-last "wie" clause --------------------------------------------------------
    (
        "de-wie-clause-credits-the-name-after-wie",
        f"{GL}Wir sind zufrieden{GR}, sagte Gemeinderatspr\u00e4sidentin Lea Keller.\n"
        "Wie Keller gegen\u00fcber der Zeitung sagte, sei die Einigung knapp gewesen. "
        f"{GL}Es war eine lange Nacht.{GR}",
        [("Wir sind", "Lea Keller"), ("Es war", "Lea Keller")],
    ),
    (
        "de-wie-clause-of-a-body-names-nobody",
        "Wie die Stadtverwaltung am Montag mitteilte, bleibt die Br\u00fccke gesperrt. "
        f"{GL}Die Sanierung dauert bis zum Herbst.{GR}",
        [("Die Sanierung", None)],
    ),
    # -- job nouns glued to a name, "So X:" ----------------------------------------------
    (
        "de-agent-noun-before-the-name-is-no-part-of-it",
        f"{LO}Ich komme jeden Tag zu sp\u00e4t zur Arbeit{HI}, sagt Pendlerin Lisa Brandt.",
        [("Ich komme", "Lisa Brandt")],
    ),
    (
        "de-noun-after-a-possessive-opening-the-sentence",
        f"Ihr Kollege Tim Ohm erg\u00e4nzt: {LO}Ohne Auto geht hier gar nichts mehr.{HI}",
        [("Ohne Auto", "Tim Ohm")],
    ),
    (
        "de-given-name-severin-is-kept",
        f"{LO}Wir haben alles gegeben{HI}, sagte Severin Lang nach dem Rennen.",
        [("Wir haben", "Severin Lang")],
    ),
    (
        "de-so-surname-colon",
        f"{LO}Wir lassen uns nicht einsch\u00fcchtern{HI}, sagte Gewerkschafterin Nina Hahn.\n"
        f"So Hahn: {LO}Wir sind bereit, so lange zu streiken wie n\u00f6tig.{HI}",
        [("Wir lassen", "Nina Hahn"), ("Wir sind", "Nina Hahn")],
    ),
    (
        "de-so-clause-with-a-verb-names-nobody",
        f"{LO}Wir lassen uns nicht einsch\u00fcchtern{HI}, sagte Gewerkschafterin Nina Hahn.\n"
        f"So geht es nicht weiter, meinen viele Pendler: {LO}Wir brauchen endlich eine "
        f"L\u00f6sung.{HI}",
        [("Wir lassen", "Nina Hahn"), ("Wir brauchen", None)],
    ),
    # -- "laut X", "X zufolge" -----------------------------------------------------------
    (
        "de-laut-name-then-fragment",
        "Sozialminister Rudolf Ebner verteidigte die Reform. Laut Ebner werde "
        f"{LO}niemand schlechter gestellt als heute{HI}.",
        [("niemand schlechter", "Rudolf Ebner")],
    ),
    (
        "de-name-zufolge-then-fragment",
        "Der Seniorenrat lehnt die Reform ab. Karl Moser zufolge sei sie "
        f"{LO}ein Etikettenschwindel auf Kosten der \u00c4lteren{HI}.",
        [("ein Etikettenschwindel", "Karl Moser")],
    ),
    (
        "de-laut-body-names-no-person",
        "Laut Polizei sei der Fahrer "
        f"{LO}mit deutlich \u00fcberh\u00f6hter Geschwindigkeit unterwegs gewesen{HI}.",
        [("mit deutlich", None)],
    ),
    # -- an office, a name in commas, a colon ---------------------------------------------
    (
        "de-office-then-name-in-commas-then-colon",
        f"Der Finanzvorsteher der Stadt, Beat Aebi, zeigte sich gelassen: {GL}Ein "
        f"Referendum ist ein demokratisches Recht.{GR}",
        [("Ein Referendum", "Beat Aebi")],
    ),
]


def test_cases_are_german_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"de"}
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
    ("words", "verb_at", "reading", "expected"),
    [
        ("Der Zeitung sagte eine Sprecherin :", 2, ("new-role", "sprecherin"), True),
        ("Am Abend erkl\u00e4rte ein Sprecher :", 2, ("new-role", "sprecher"), True),
        ("Der Zeitung sagte einer der Sprecher :", 2, ("new-role", "sprecher"), False),
        ("Der Zeitung sagte Anna Berg :", 2, ("name", "Anna Berg"), False),
        ("sagte eine Sprecherin :", 0, ("new-role", "sprecherin"), False),  # no opening
    ],
)
def test_new_subject_after_verb(
    words: str, verb_at: int, reading: tuple[str, str], expected: bool
) -> None:
    assert new_subject_after_verb(_tokens(words), verb_at, reading) is expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("sprecherin", True),
        ("polizeisprecher", True),
        ("regierungssprecherin", True),
        ("ministerin", False),
        ("trainer", False),
        ("spd-sprecher", False),  # (a compound with a hyphen is read by its last part)
    ],
)
def test_spokesperson(noun: str, expected: bool) -> None:
    assert spokesperson(noun) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das best\u00e4tigte sein Gegen\u00fcber ", []),
        ("Das sagte der Trainer Uwe ", ["Uwe"]),  # the office, then the given name
        ("Das sagte Trainer Uwe ", ["Trainer", "Uwe"]),  # (trim_name drops the office)
        ("Das sagte Anna ", ["Anna"]),
    ],
)
def test_given_names_skip_the_noun_after_an_article(text: str, expected: list[str]) -> None:
    assert given_names(text, 0, len(text))[0] == expected


@pytest.mark.parametrize(
    ("particle", "following", "expected"),
    [
        ("der", "Zeitung", True),
        ("den", "Journalisten", True),
        ("den", "Uyl", False),  # "Joop den Uyl"
        ("de", "Gaulle", False),
        ("von", "Weizs\u00e4cker", False),
        ("Der", "Zeitung", False),  # capitalised: a sentence's first word, not after a name
    ],
)
def test_german_article_object(particle: str, following: str, expected: bool) -> None:
    assert german_article_object(particle, following) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (", sagte Karin Weber der Zeitung", "Karin Weber"),
        (", sagte Ursula von der Leyen am Montag", "Ursula von der Leyen"),
        (", sagte Rafael van der Vaart", "Rafael van der Vaart"),
        (", sagte Joop den Uyl", "Joop den Uyl"),
        (", sagte Weber den Journalisten", "Weber"),
    ],
)
def test_name_forward_stops_at_a_lone_article(words: str, expected: str) -> None:
    assert name_forward(_tokens(words), 2)[0] == expected


@pytest.mark.parametrize(
    ("words", "k", "expected"),
    [
        ("Statt zu feiern , durfte sein Gegen\u00fcber David Wagner jubeln :", 4, "David Wagner"),
        ("Nach dem Spiel , wollte der Trainer Hans Berg nichts sagen :", 4, "Hans Berg"),
        ("Nach dem Spiel , wollte der Trainer nichts sagen :", 4, None),  # no name
        ("Nach dem Spiel , wollte Hans Berg nichts sagen :", 4, None),  # no article
        ("Statt zu feiern durfte sein Gegen\u00fcber David Wagner jubeln :", 3, None),  # no comma
    ],
)
def test_verb_second_subject(words: str, k: int, expected: str | None) -> None:
    tokens = _tokens(words)
    assert verb_second_subject(named_after_office, tokens, k, len(tokens) - 1) == expected


def test_tokens_through_compound() -> None:
    text = f"x{HI}, sagte {LO}Lindenstra\u00dfe{HI}-Darstellerin Eva Kranz."
    start = text.index(",")
    tokens = tokens_through_compound(text, start, text.index(LO), len(text))
    assert tokens is not None
    assert "Lindenstra\u00dfe-Darstellerin" in tokens
    assert tokens[-3:] == ["Eva", "Kranz", "."]
    plain = f"x{HI}, sagte Eva Kranz dem {LO}Kurier{HI}."
    assert tokens_through_compound(plain, plain.index(","), plain.index(LO), len(plain)) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "Leute , die Mist gebaut h\u00e4tten , d\u00fcrfe man nicht belohnen , und "
            "\u00fcberhaupt :",
            True,
        ),
        ("Das sei erst der Anfang , und dann :", True),
        ("Die Leute stehen vor der Schule , und dann :", False),  # indicative
        ("Er sagte , das sei erst der Anfang :", False),  # a speech verb has its subject
        ("Sei es drum :", False),  # too short to report anything
        ("Das sei erst der Anfang .", False),  # no colon
    ],
)
def test_reported_speech_carries_on(words: str, expected: bool) -> None:
    assert reported_speech_carries_on(_tokens(words), SPEECH_VERBS) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            ", ist die einzige Auskunft , die Oberstaatsanwalt J\u00fcrgen Hahn gab",
            "J\u00fcrgen Hahn",
        ),
        (", war die knappe Antwort , die Peter Lenz gab", "Peter Lenz"),
        (", war die einzige Antwort der Beh\u00f6rde", None),  # no relative clause
        (", ist die Auskunft , die der Sprecher gab", None),  # no name
        (", sagte die Sprecherin , die Peter Lenz vertritt", None),  # no copula
    ],
)
def test_statement_giver(words: str, expected: str | None) -> None:
    assert statement_giver(named_after_office, name_forward, _tokens(words)) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (", hie\u00df es aus dem Rathaus", True),
        (", hei\u00dft es in der Mitteilung", True),
        (", sagte es", False),
    ],
)
def test_impersonal_source(words: str, expected: bool) -> None:
    assert impersonal_source(_tokens(words), 2) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Wie Keller gegen\u00fcber der Zeitung sagte ,", ("name", "Keller")),
        ("Wie er am Montag mitteilte ,", ("pronoun", "er")),
        ("wie sie der Zeitung sagte ,", ("pronoun", "she")),
        ("Wie die Stadt mitteilte ,", None),  # a body after an article
        ("Wie Keller sagte , und dann sagte Berg ,", None),  # the verb is another clause's
        ("Wie Keller sagte das", None),  # the verb does not end the clause
    ],
)
def test_wie_clause_subject(words: str, expected: tuple[str, str] | None) -> None:
    tokens = _tokens(words)
    verb_at = max(k for k, token in enumerate(tokens) if token in SPEECH_VERBS)
    assert wie_clause_subject(name_forward, tokens, verb_at) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Pendlerin", True),
        ("Anwohnerin", True),
        ("Kita-Leiterin", True),
        ("Severin", False),  # a given name: too short
        ("Katrin", False),
        ("Pendler", False),  # (masculine agent nouns end like surnames: "M\u00fcller")
        ("pendlerin", False),
    ],
)
def test_agent_noun(word: str, expected: bool) -> None:
    assert agent_noun(word) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Laut Ebner werde", ("label", "Ebner")),
        ("Und laut Rudolf Ebner werde", ("label", "Rudolf Ebner")),
        ("Moser zufolge sei", ("label", "Moser")),
        ("Ihm zufolge sei", ("pronoun", "er")),
        ("Das sei laut Ebner", None),  # not at the opening
        ("Ebner sei", None),
    ],
)
def test_according_to(words: str, expected: tuple[str, str] | None) -> None:
    assert according_to(name_forward, _tokens(words)) == expected
