"""English, French and German shapes of qlatin's second round (issue 15): offices whose
complement is a capitalised place or body glued to the name ("maire de Lyon X",
"Oberbürgermeisterin von Köln X"), name particles of two words ("von der"), an office
and a surname alone introducing the person a later pronoun stands for ("Trainer
Alonso ... sagte er"), and the precision side: an office after a preposition names
someone talked about, not the next pronoun's speaker.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases expect ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"
DL, DR = "\u201e", "\u201c"
EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- an office's capitalised complement is not part of the name ----------------
    (
        "fr-maire-de-ville-then-surname",
        "La maire de Rennes Sophie Garnier a r\u00e9agi mardi soir.\n"
        f"{GL} Nous porterons plainte d\u00e8s demain matin {GR}, a d\u00e9clar\u00e9 Mme "
        "Garnier.",
        [("Nous porterons", "Sophie Garnier")],
    ),
    (
        "de-office-von-city-after-verb",
        f"{DL}Wir lassen die Betroffenen nicht allein{DR}, sagte die "
        "Oberb\u00fcrgermeisterin von Bremen Karla Wendt.",
        [("Wir lassen", "Karla Wendt")],
    ),
    (
        "de-office-von-city-then-pronoun",
        "Der B\u00fcrgermeister von Lindau Peter Brandl besuchte die Baustelle.\n"
        f"{DL}Im Herbst wird die Br\u00fccke wieder befahrbar sein{DR}, sagte er.",
        [("Im Herbst", "Peter Brandl")],
    ),
    # -- a two-word particle inside a name -------------------------------------------
    (
        "de-von-der-inside-a-name",
        f"{DL}Die Verhandlungen gehen in die letzte Runde{DR}, sagte Kommissarin Marta "
        "von der Aue.",
        [("Die Verhandlungen", "Marta von der Aue")],
    ),
    # -- an office and a surname introduce the person ---------------------------------
    (
        "de-trainer-surname-then-pronoun-and-colon",
        "Zufrieden zeigte sich auch Trainer Brenner nach dem Ausw\u00e4rtssieg.\n"
        f"{DL}Die Mannschaft hat nie aufgegeben{DR}, sagte er: {DL}Dieser Wille ist "
        f"nicht zu trainieren.{DR}",
        [("Die Mannschaft", "Brenner"), ("Dieser Wille", "Brenner")],
    ),
    (
        "fr-le-ministre-surname-then-inverted-pronoun",
        "Le ministre Lemoine s\u2019est rendu jeudi \u00e0 Rouen.\n"
        f"{GL} Nous ne reculerons pas face aux trafiquants {GR}, a-t-il assur\u00e9.",
        [("Nous ne reculerons", "Lemoine")],
    ),
    # -- French subjects set off by a relative clause or an elided complement ------
    (
        "fr-name-qui-clause-after-opening-phrase",
        "Selon l\u2019agence qui a diffus\u00e9 la vid\u00e9o, Martine Leroux, qui a "
        "\u00e9t\u00e9 longuement applaudie par les militants, a soutenu que "
        f"{GL}le parti ne se divisera pas sur cette question{GR}.",
        [("le parti", "Martine Leroux")],
    ),
    (
        "fr-office-with-elided-complement-is-a-role",
        "L\u2019ancienne secr\u00e9taire d\u2019\u00c9tat \u00e0 la Mer Julie Vasseur "
        "a quitt\u00e9 le gouvernement en mars.\n"
        "L\u2019ancienne secr\u00e9taire d\u2019\u00c9tat a pr\u00e9cis\u00e9 : "
        f"{GL}Je reste fid\u00e8le \u00e0 mes engagements envers les marins.{GR}",
        [("Je reste", "Julie Vasseur")],
    ),
    # -- an ordinal's period ends no sentence -----------------------------------------
    (
        "de-ordinal-inside-a-colon-label",
        "Gastgeber-Trainer Jonas Keller \u00fcber den 3. Saisonsieg: "
        f"{DL}Wir haben heute von der ersten Minute an Druck gemacht.{DR}",
        [("Wir haben", "Jonas Keller")],
    ),
    (
        "de-number-ending-a-sentence-still-ends-it",
        "Die Gastgeber gewannen am Ende mit 2 zu 1. "
        f"{DL}Das war ein hartes St\u00fcck Arbeit f\u00fcr alle{DR}, sagte Trainerin "
        "Lea Brandt.",
        [("Das war", "Lea Brandt")],
    ),
    # -- demonstratives stand for the person named last ---------------------------
    (
        "de-dieser-is-the-person-named-last",
        "Kritik kam von Verkehrsministerin Anna Keller. Doch sie ist nur eine "
        "Verb\u00fcndete von Bahnchef Rolf Brenner. Dieser nannte den Sturm gestern "
        f"{DL}das schlimmste Unwetter in der Geschichte der Bahn{DR} \u2013 und "
        "erkl\u00e4rte damit die Ausf\u00e4lle.",
        [("das schlimmste", "Rolf Brenner")],
    ),
    (
        "fr-celle-ci-is-the-person-named-last",
        "Le maire Paul Girard a re\u00e7u la ministre Claire Dumas. Celle-ci a "
        f"ajout\u00e9 : {GL} Nous financerons la moiti\u00e9 des travaux de la digue. {GR}",
        [("Nous financerons", "Claire Dumas")],
    ),
    # -- "selon X," opening the sentence of a quoted fragment ----------------------
    (
        "fr-selon-pronoun-opening-the-sentence",
        "La d\u00e9put\u00e9e \u00e9cologiste, Laure Messier, a visit\u00e9 le port. "
        "Selon elle, la fili\u00e8re traverse "
        f"{GL} une crise profonde de son mod\u00e8le \u00e9conomique et social {GR}.",
        [("une crise", "Laure Messier")],
    ),
    (
        "fr-selon-a-document-is-no-speaker",
        "Selon le rapport, la fili\u00e8re traverse "
        f"{GL} une crise profonde de son mod\u00e8le \u00e9conomique et social {GR}.",
        [("une crise", None)],
    ),
    # -- a role noun stands for the person introduced with that office ------------
    (
        "de-der-kanzler-is-the-chancellor-not-the-last-named",
        "Bundeskanzler Jonas Albrecht traf Finanzminister Erik Vogel im Kanzleramt.\n"
        f"{DL}Der Haushalt kommt p\u00fcnktlich{DR}, sagte der Kanzler.",
        [("Der Haushalt", "Jonas Albrecht")],
    ),
    (
        "fr-le-ministre-is-the-minister-not-the-mayor",
        "Le ministre de l\u2019Int\u00e9rieur Luc Berthier a rencontr\u00e9 la maire "
        "Sylvie Caron.\n"
        f"{GL} Nous enverrons deux compagnies de plus {GR}, a d\u00e9clar\u00e9 le ministre.",
        [("Nous enverrons", "Luc Berthier")],
    ),
    # -- German inversion: the pronoun after the verb is its subject ---------------
    (
        "de-adverb-verb-pronoun-particle-colon",
        "Die Landr\u00e4tin Helga Sturm besuchte am Montag die Baustelle.\n"
        f"Sp\u00e4ter f\u00fcgte sie hinzu: {DL}Wir brauchen mehr solcher Projekte im "
        f"ganzen Kreis.{DR}",
        [("Wir brauchen", "Helga Sturm")],
    ),
    (
        "de-age-noun-stands-for-the-one-person",
        "Der Trainer des SV Nordheim, Kai Lorenz, war bedient. "
        f"{DL}So d\u00fcrfen wir nicht auftreten{DR}, sagte der 52-J\u00e4hrige.",
        [("So d", "Kai Lorenz")],
    ),
    (
        "de-accusative-object-after-the-verb-is-no-speaker",
        "Ministerin Anna Keller besuchte die Klinik. Keller nannte den Anstieg der "
        f"F\u00e4lle {DL}sehr besorgniserregend{DR}. Sp\u00e4ter sagte sie: {DL}Wir "
        f"m\u00fcssen jetzt handeln, und zwar schnell.{DR}",
        [("Wir m", "Anna Keller")],
    ),
    # -- a quote carried on with no subject of its own --------------------------------
    (
        "de-und-weiter-colon",
        f"{DL}Wir haben alles versucht{DR}, erkl\u00e4rt Vereinschef Bernd K\u00fchl. "
        f"Und weiter: {DL}Am Ende hat das Gl\u00fcck gefehlt.{DR}",
        [("Wir haben", "Bernd K\u00fchl"), ("Am Ende", "Bernd K\u00fchl")],
    ),
    (
        "fr-avant-d-ajouter-colon",
        f"{GL} Je ne c\u00e9derai pas {GR}, a lanc\u00e9 Paul Girard, avant "
        f"d\u2019ajouter : {GL} La ville a besoin de stabilit\u00e9. {GR}",
        [("Je ne", "Paul Girard"), ("La ville", "Paul Girard")],
    ),
    (
        "fr-office-comma-name-comma-verb",
        "Interrog\u00e9 par la radio, le porte-parole du gouvernement, Maud Lefort, a "
        f"r\u00e9pondu : {GL} Nous ne changerons pas de cap. {GR}",
        [("Nous ne", "Maud Lefort")],
    ),
    (
        "fr-pour-office-comma-name-comma",
        "Pour la pr\u00e9sidente de r\u00e9gion, Claire Morel, "
        f"{GL} la gare doit rouvrir avant l\u2019\u00e9t\u00e9 {GR}.",
        [("la gare", "Claire Morel")],
    ),
    # -- a pronoun stands for the person of its gender --------------------------------
    (
        "fr-elle-after-a-man-and-a-woman",
        "Le pr\u00e9fet Marc Olivier a rencontr\u00e9 la maire Sylvie Caron.\n"
        f"{GL} Nous rouvrirons le pont avant l\u2019hiver {GR}, a-t-elle "
        "d\u00e9clar\u00e9.",
        [("Nous rouvrirons", "Sylvie Caron")],
    ),
    (
        "fr-il-after-a-man-and-a-woman",
        "Le pr\u00e9fet Marc Olivier a rencontr\u00e9 la maire Sylvie Caron.\n"
        f"{GL} L\u2019\u00c9tat financera la moiti\u00e9 des travaux {GR}, a-t-il "
        "pr\u00e9cis\u00e9.",
        [("L\u2019\u00c9tat", "Marc Olivier")],
    ),
    (
        "de-sie-after-a-feminine-office",
        "Verkehrsminister Uwe Brehm empfing Gesundheitsministerin Carla Weiss im Kreishaus.\n"
        f"{DL}Die Klinik bleibt erhalten, das ist entschieden{DR}, sagte sie.",
        [("Die Klinik", "Carla Weiss")],
    ),
    (
        "de-courtesy-words-give-the-gender",
        "Frau Jana Roth und Herr Timo Sauer leiten den Verein seit Jahren.\n"
        f"{DL}Wir suchen dringend neue Trainer f\u00fcr die Jugend{DR}, sagte er.",
        [("Wir suchen", "Timo Sauer")],
    ),
    (
        "en-she-with-no-gender-in-the-text-is-no-one",
        "Mayor Dana Reed met council member Alex Grant at the station.\n"
        f"{EL}We will rebuild the bridge by spring,{ER} she said.",
        [("We will", None)],
    ),
    # -- a title abbreviation opening the text ---------------------------------------
    (
        "en-dr-opening-the-text",
        "Dr. Nina Holt treated the injured through the night.\n"
        f"{EL}We had every bed in use by midnight,{ER} she said.",
        [("We had", "Nina Holt")],
    ),
    # -- precision: an office after a preposition is someone talked about -----------
    (
        "en-office-after-by-is-no-new-speaker",
        "Governor Tom Askew spoke after the vote, echoing remarks made by President "
        "Vance.\n"
        f"{EL}This is a good day for the state and its farmers,{ER} he said.",
        [("This is", "Tom Askew")],
    ),
    (
        "de-office-after-mit-is-no-speaker",
        "Am Abend traf man sich mit Minister Kranz im Rathaus.\n"
        f"{DL}Wir haben lange gesprochen und viel erreicht{DR}, sagte er.",
        [("Wir haben", None)],
    ),
]


def test_all_three_languages_are_in_the_table() -> None:
    languages = {case_id.split("-", 1)[0] for case_id, _, _ in CASES}
    assert languages == {"de", "en", "fr"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
