"""Shapes added in session 21 (qde21, issue 15), German.

Swiss and Austrian offices before a name are the person's description, not part of the
name ("CVP-Ständerat X Y", "Gemeindeammann X Y", "Bezirkshauptmann X Y";
german_offices.py). An office phrase after a speech verb ends where the next clause
begins ("betonte die Ministerin und bedankte sich bei \u2026 des Vereins X":
offices.clause_turns), and a German article before an office and a full name brings
that person in ("von der Ministerin X Y begrüßt": offices.person_lead), so "die
Ministerin" then stands for them. A sentence ending in ", so X." (French ", selon X.")
credits a quoted fragment inside it ("kamen „von oben bis unten schwarz“ wieder
heraus, so X."; closing_tags.py). The verbs of an announcement and of words said
laughing ("informiert", "lacht", "schmunzelte"; "fährt fort" for a second stretch)
and the job nouns of who runs an event ("Initiator und Hauptorganisator X") are
German attribution words too. "Er sagte, die Gemeinde werde … . „…“": a quote after
German reported speech opened by a pronoun is that person's, unless the sentence names
someone by two name words (reported_pronoun.py); and "sagte nach dem Verfahren" has no
speaker after the verb (a preposition and an article open a phrase, no office). A
sentence that opens with a full name and ends with their stance ("X, Captain des SV
Nord, ist mit der Leistung zufrieden.") introduces the quote after it
(stance_sentences.py). A clause after a quote that ends in a speech verb in the
infinitive names its speaker ("ist es dem Oberstaatsanwalt X wichtig zu betonen";
german_clauses.infinitive_speaker), and one contrast or addition before a colon
("Allerdings: „…“") goes on with the paragraph's last quote
(german_clauses.opener_carries_on). Words in marks after a noun for a work or a
campaign, credited to nobody, are its title ("in der Sendung „…“,"; work_titles.py).
A speech verb joined by "und" to a clause that names one person shares its subject
("gab Bürgermeister X einen Rückblick und stellte kleinlaut fest:";
german_clauses.coordinated_subject), and an adverb and the verb's particle after it
are no role noun ("kleinlaut fest:"; german_clauses.no_speaker_after_verb). A pronoun
after a quote whose sentence before it ends in a colon and names one person stands for
that person ("der Bürgermeister X Y: „…“, lacht er"; german_clauses.colon_person).
Quoted words in a sentence of Konjunktiv I with no speech verb and no one named go on
with the paragraph's last speaker ("Damals seien „die Gehsteige raufgeklappt worden“";
reported_fragments.py), also after a speech verb in the infinitive ("um zu sagen, „…“").

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
Near misses keep a quote that no sentence credits without a speaker, or a word that
only ends like an office out of the offices.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.names import is_title

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "de-swiss-party-and-council-office",
        "\u00abDas w\u00e4re f\u00fcr uns eine schwierige Lage\u00bb, sagt SP-St\u00e4nderat "
        "Reto Brunner, Pr\u00e4sident des Verbands, in der Zeitung.",
        [("Das w\u00e4re f\u00fcr uns", "Reto Brunner")],
    ),
    (
        "de-swiss-municipal-head",
        "Gemeindeammann Urs Keller sagte: \u00abWir haben die Rechnung gepr\u00fcft.\u00bb",
        [("Wir haben die Rechnung", "Urs Keller")],
    ),
    (
        "de-swiss-cantonal-government-member",
        "\u00abDie Schulen bleiben offen\u00bb, sagte Regierungsr\u00e4tin Anna Meier am Montag.",
        [("Die Schulen bleiben offen", "Anna Meier")],
    ),
    (
        "de-austrian-district-head",
        "\u201eDer Bezirk ist gut vorbereitet\u201c, sagte Bezirkshauptmann Karl Huber.",
        [("Der Bezirk ist gut vorbereitet", "Karl Huber")],
    ),
    (
        "de-office-phrase-ends-at-the-next-verb",
        "Die G\u00e4ste wurden von der Ministerin Anna Bauer begr\u00fc\u00dft. Auch der "
        "Botschafter, J\u00fcrgen Meindl, nahm teil. \u201eDas Fest ist ein Erfolg f\u00fcr "
        "die Region\u201c, betonte die Ministerin und bedankte sich bei den Vertretern des "
        "Vereins Nordlicht.",
        [("Das Fest ist ein Erfolg", "Anna Bauer")],
    ),
    (
        "de-two-offices-joined-by-a-conjunction-go-on",
        "\u201eDas Fest ist ein Erfolg f\u00fcr die Region\u201c, sagte die Vorsitzende "
        "und Gr\u00fcnderin Anna Bauer.",
        [("Das Fest ist ein Erfolg", "Anna Bauer")],
    ),
    (
        "de-article-before-a-firm-brings-in-no-person",
        "Anna Bauer besuchte am Montag die Firma Berger Bau. \u201eDas ist ein gutes "
        "Werk\u201c, sagte sie.",
        [("Das ist ein gutes Werk", "Anna Bauer")],
    ),
    (
        "de-so-tag-ends-the-sentence-of-a-fragment",
        "Die Feuerwehr war um acht vor Ort. Die Helfer kamen \u201evon oben bis unten "
        "nass\u201c wieder heraus, so Einsatzleiter Tom Berger.",
        [("von oben bis unten nass", "Tom Berger")],
    ),
    (
        "fr-selon-tag-ends-the-sentence-of-a-fragment",
        "Le capitaine Paul Martin est arriv\u00e9 le premier. Les pompiers sont ressortis "
        "\u00ab noirs de la t\u00eate aux pieds \u00bb du b\u00e2timent, selon le capitaine.",
        [("noirs de la t\u00eate aux pieds", "Paul Martin")],
    ),
    (
        "de-so-tag-of-a-body-names-no-person",
        "Anna Bauer kam um acht. Die Helfer arbeiteten \u201ebis zur v\u00f6lligen "
        "Ersch\u00f6pfung und dar\u00fcber\u201c weiter, so die Polizei.",
        [("bis zur v\u00f6lligen", None)],
    ),
    (
        "de-so-adverb-is-no-tag",
        "Anna Bauer kam um acht. Die Helfer arbeiteten \u201ebis zur v\u00f6lligen "
        "Ersch\u00f6pfung und dar\u00fcber\u201c weiter, so schnell es ging.",
        [],
    ),
    (
        "de-place-adjective-office-and-name-after-an-article",
        "Zuerst kam der Seedorfer B\u00fcrgermeister Anton Huber. \u201eWir feiern heute "
        "ein sch\u00f6nes Fest\u201c, sagte er.",
        [("Wir feiern heute", "Anton Huber")],
    ),
    (
        "de-announcing-verb-two-job-nouns-and-a-second-stretch",
        "\u201eWir rechnen mit rund 300 G\u00e4sten\u201c, informiert Initiator und "
        "Hauptorganisator Paul Weber und f\u00e4hrt fort, \u201eauch aus dem Ausland kommen "
        "viele Vertreter\u201c.",
        [("Wir rechnen mit", "Paul Weber"), ("auch aus dem Ausland", "Paul Weber")],
    ),
    (
        "de-laughing-verb-credits-the-named-person",
        "Eva Roth sa\u00df nach dem Spiel im Pressesaal. \u201eDas war am Ende ziemlich "
        "knapp\u201c, lacht sie.",
        [("Das war am Ende", "Eva Roth")],
    ),
    (
        "de-laughing-audience-is-no-speaker",
        "Das Publikum lacht. \u201eDas ist wirklich ein sch\u00f6ner Abend f\u00fcr uns "
        "alle.\u201c",
        [("Das ist wirklich", None)],
    ),
    (
        "de-er-sagte-reported-speech-then-a-quote",
        "B\u00fcrgermeister Karl Wei\u00df (CDU) verfolgte die Sitzung. Er sagte nach dem "
        "Termin, die Gemeinde werde den Beschluss pr\u00fcfen. \u201eDas Ergebnis ist "
        "f\u00fcr uns alle unbefriedigend.\u201c",
        [("Das Ergebnis ist", "Karl Wei\u00df")],
    ),
    (
        "de-er-sagte-naming-another-person-then-a-quote",
        "B\u00fcrgermeister Karl Wei\u00df (CDU) verfolgte die Sitzung. Er sagte, Anna Bauer "
        "werde den Beschluss erkl\u00e4ren. \u201eDas Ergebnis ist f\u00fcr uns alle "
        "unbefriedigend.\u201c",
        [("Das Ergebnis ist", None)],
    ),
    (
        "de-stance-sentence-with-an-appositive-then-a-quote",
        "Der SV Nord gewinnt das Derby.\n"
        "Jonas Feldmann, Captain des SV Nord, ist mit der Leistung seines Teams zufrieden. "
        "\u00abEs war ein verdienter Sieg. Wir haben nichts zugelassen.\u00bb",
        [("Es war ein verdienter Sieg", "Jonas Feldmann")],
    ),
    (
        "de-stance-sentence-with-an-office-then-a-quote",
        "Trainerin Eva Roth zeigte sich nach dem Spiel entt\u00e4uscht. \u201eWir haben "
        "heute einfach zu viele Fehler gemacht.\u201c",
        [("Wir haben heute", "Eva Roth")],
    ),
    (
        "de-state-is-no-stance",
        "Jonas Feldmann ist seit Wochen verletzt. \u00abEs war ein verdienter Sieg. Wir "
        "haben nichts zugelassen.\u00bb",
        [("Es war ein verdienter Sieg", None)],
    ),
    (
        "de-stance-of-a-team-names-no-person",
        "Die Mannschaft des SV Nord ist zufrieden. \u00abEs war ein verdienter Sieg. Wir "
        "haben nichts zugelassen.\u00bb",
        [("Es war ein verdienter Sieg", None)],
    ),
    (
        "de-infinitive-speech-verb-with-a-dative-speaker",
        "\u201eDas war kein Fehler der Ermittler\u201c, ist es dem Leitenden "
        "Oberstaatsanwalt Max Huber wichtig zu betonen.",
        [("Das war kein Fehler", "Max Huber")],
    ),
    (
        "de-zu-inside-the-infinitive",
        "\u201eDas war kein Fehler der Ermittler\u201c, war es Kommissarin Eva Roth "
        "wichtig anzumerken.",
        [("Das war kein Fehler", "Eva Roth")],
    ),
    (
        "de-infinitive-speech-verb-with-two-people-names-no-one",
        "\u201eDas war kein Fehler der Ermittler\u201c, war es Max Huber und Eva Roth "
        "wichtig zu betonen.",
        [("Das war kein Fehler", None)],
    ),
    (
        "de-colon-opener-carries-on-the-last-quote",
        "\u201eWir sind sehr zufrieden mit der Saison\u201c, sagte Eva Roth. Die Zahlen "
        "seien gut. Allerdings: \u201eDer Winter wird f\u00fcr uns alle schwierig.\u201c",
        [("Wir sind sehr zufrieden", "Eva Roth"), ("Der Winter wird", "Eva Roth")],
    ),
    (
        "de-colon-opener-with-no-quote-before-names-no-one",
        "Die Zahlen des Vereins sind gut. Allerdings: \u201eDer Winter wird f\u00fcr uns "
        "alle schwierig.\u201c",
        [("Der Winter wird", None)],
    ),
    (
        "de-programme-title-after-its-noun-is-no-quote",
        "Die Polizei fahndete auch in der Sendung \u201eAktenzeichen XY ... ungel\u00f6st\u201c, "
        "nach dem Mann.",
        [],
    ),
    (
        "de-words-after-a-work-noun-with-a-speaker-are-a-quote",
        "\u201eWir machen das seit vielen Jahren so\u201c, sagte Eva Roth der Zeitung.",
        [("Wir machen das", "Eva Roth")],
    ),
    (
        "de-coordinated-speech-verb-shares-the-subject",
        "Zuvor hatte Landr\u00e4tin Eva Roth gesprochen. Danach gab B\u00fcrgermeister Paul "
        "Weber einen R\u00fcckblick auf die letzten Jahre und stellte kleinlaut fest: "
        "\u201eHier haben f\u00fcnf B\u00fcrgermeister regiert, aber nur zwei Pfarrer.\u201c",
        [("Hier haben f\u00fcnf", "Paul Weber")],
    ),
    (
        "de-coordinated-verb-of-two-people-names-no-one",
        "Zuvor hatte Landr\u00e4tin Eva Roth gesprochen. Danach gaben Paul Weber und Jan "
        "Roth einen R\u00fcckblick auf die letzten Jahre und stellten kleinlaut fest: "
        "\u201eHier haben f\u00fcnf B\u00fcrgermeister regiert, aber nur zwei Pfarrer.\u201c",
        [("Hier haben f\u00fcnf", None)],
    ),
    (
        "de-colon-sentence-names-who-the-pronoun-after-is",
        "\u201eWir sind sehr zufrieden mit dem Fest\u201c, sagte Jan Roth. Ganz anders sah es "
        "hier der Seedorfer B\u00fcrgermeister Paul Weber: \u201eIn zehn Jahren ist hier "
        "alles verbaut\u201c, lacht er.",
        [("Wir sind sehr zufrieden", "Jan Roth"), ("In zehn Jahren", "Paul Weber")],
    ),
    (
        "de-colon-sentence-of-two-people-leaves-the-pronoun-open",
        "\u201eWir sind sehr zufrieden mit dem Fest\u201c, sagte Jan Roth. Danach standen "
        "Paul Weber und Tim Berg auf der B\u00fchne: \u201eIn zehn Jahren ist hier alles "
        "verbaut\u201c, lacht er.",
        [("Wir sind sehr zufrieden", "Jan Roth"), ("In zehn Jahren", None)],
    ),
    (
        "de-konjunktiv-sentence-goes-on-with-the-last-speaker",
        "\u201eIch wollte damals sofort wieder weg\u201c, sagte Eva Roth. Fr\u00fcher seien "
        "die L\u00e4den \u201eschon um sechs Uhr geschlossen worden\u201c, es sei still "
        "gewesen.",
        [("Ich wollte damals", "Eva Roth"), ("schon um sechs Uhr", "Eva Roth")],
    ),
    (
        "de-konjunktiv-sentence-naming-someone-else-credits-no-one",
        "\u201eIch wollte damals sofort wieder weg\u201c, sagte Eva Roth. Fr\u00fcher habe "
        "Jan Berger die L\u00e4den \u201eschon um sechs Uhr geschlossen und verriegelt\u201c, "
        "es sei still gewesen.",
        [("Ich wollte damals", "Eva Roth"), ("schon um sechs Uhr", None)],
    ),
    (
        "de-konjunktiv-sentence-with-an-infinitive-speech-verb",
        "\u201eIch will in Richtung Kreis gehen\u201c, sagt Paul Weber. Das sei f\u00fcr ihn "
        "das Signal gewesen, um zu sagen, \u201eich h\u00f6re nach zehn Jahren auf\u201c.",
        [("Ich will in Richtung", "Paul Weber"), ("ich h\u00f6re nach", "Paul Weber")],
    ),
    (
        "de-infinitive-speech-verb-to-someone-named-credits-no-one",
        "\u201eIch will in Richtung Kreis gehen\u201c, sagt Paul Weber. Das sei f\u00fcr ihn "
        "ein Grund gewesen, um Jan Berger zu sagen, \u201eich h\u00f6re nach zehn Jahren "
        "auf\u201c.",
        [("Ich will in Richtung", "Paul Weber"), ("ich h\u00f6re nach", None)],
    ),
    (
        "de-indicative-sentence-credits-no-one",
        "\u201eIch wollte damals sofort wieder weg\u201c, sagte Eva Roth. Fr\u00fcher waren "
        "die L\u00e4den \u201eschon um sechs Uhr geschlossen worden\u201c, es war still.",
        [("Ich wollte damals", "Eva Roth"), ("schon um sechs Uhr", None)],
    ),
    (
        "de-council-as-a-body-names-no-one",
        "Der Gemeinderat beschloss am Montag: \u201eDie Stra\u00dfe wird im Herbst saniert.\u201c",
        [("Die Stra\u00dfe wird", None)],
    ),
]


def test_cases_are_unique() -> None:
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("CVP-St\u00e4nderat", True),
        ("Gemeindeammann", True),
        ("Vizeammann", True),
        ("Stadtschreiberin", True),
        ("Nationalr\u00e4tin", True),
        # Near misses: nouns that end like "-rat" or "-mann" but are no office.
        ("Referat", False),
        ("Apparat", False),
        ("Hausmann", False),
        # Surnames that end an office noun ("Johann Schneider-Ammann", "Anna Schreiber").
        ("Schneider-Ammann", False),
        ("Schreiber", False),
        ("Hauptmann", False),
    ],
)
def test_swiss_and_austrian_offices(word: str, title: bool) -> None:
    assert is_title(word) is title
