"""French and German quotation shapes (issue 15): inverted speech verbs, incises
inside a quotation, offices written before the name, role nouns resolved to the
person the text named with that office, colon-introduced speech, and the quote marks
of both languages.

Each case is a short news text whose lines are the blocks (paragraphs); the expected
value lists, in order, each quotation as ``(start of its text, speaker)``. The texts
are written for these tests in the style of wire copy, with made-up names; none comes
from the seeds or from the scored fixtures (``tests/fixtures/quotes``). Precision
cases expect ``None`` where the text names nobody.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"  # French guillemets
NN = "\u202f"  # the narrow no-break space French puts inside them
DL, DR = "\u201e", "\u201c"  # German
SL, SR = "\u201a", "\u2018"  # German single marks

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- French: inverted verbs and incises ------------------------------------------
    (
        "fr-inverted-verb-office-and-name",
        f"{GL}{NN}Nous ne reculerons pas sur la r\u00e9forme{NN}{GR}, a d\u00e9clar\u00e9 "
        "mardi le ministre du Travail et de l\u2019Emploi Paul Garnier.",
        [("Nous ne reculerons", "Paul Garnier")],
    ),
    (
        "fr-journalist-then-minister",
        f"{GL} Quand le texte sera-t-il vot\u00e9 ? {GR}, demande la journaliste Anne Roux "
        "au ministre de la Sant\u00e9 Marc Delorme.\n"
        f"{GL} Avant l\u2019\u00e9t\u00e9, je l\u2019esp\u00e8re {GR}, lui r\u00e9pond le "
        "ministre.",
        [("Quand le texte", "Anne Roux"), ("Avant l", "Marc Delorme")],
    ),
    (
        "fr-incise-dit-il",
        "Le maire de Brest Yann Le Goff a visit\u00e9 le port lundi.\n"
        f"{GL} Ce chantier est pr\u00eat depuis longtemps, dit-il, et il sera termin\u00e9 "
        f"avant l\u2019hiver. {GR}",
        [("Ce chantier", "Yann Le Goff")],
    ),
    (
        "fr-incise-verb-and-name",
        f"{GL} Les comptes sont sains, explique Jeanne Vidal, mais la dette reste lourde. {GR}",
        [("Les comptes", "Jeanne Vidal")],
    ),
    (
        "fr-elided-role",
        "Le nouveau maire Karim Benali a r\u00e9uni son conseil jeudi.\n"
        f"{GL} Nous allons revoir tout le budget de la commune {GR} assure l\u2019\u00e9lu.",
        [("Nous allons", "Karim Benali")],
    ),
    (
        "fr-pronoun-past-a-role-in-a-complement",
        f"{GL} Je ne comprends pas cette d\u00e9cision {GR} d\u00e9clare Lucie Marin \u00e0 "
        "propos de la d\u00e9mission du directeur Paul Simon ; mais elle ne veut pas en dire "
        f"plus : {GL} nous attendrons la r\u00e9union de lundi pour en parler {GR}.",
        [("Je ne comprends", "Lucie Marin"), ("nous attendrons", "Lucie Marin")],
    ),
    # -- French: colon, "pour X", offices ----------------------------------------------
    (
        "fr-colon-after-an-opening-phrase",
        "Interrog\u00e9 sur ses ambitions, le secr\u00e9taire d\u2019\u00c9tat Louis Perrin "
        f"pr\u00e9f\u00e8re botter en touche : {GL} Je suis concentr\u00e9 sur mon travail "
        f"et sur rien d\u2019autre. {GR}",
        [("Je suis concentr", "Louis Perrin")],
    ),
    (
        "fr-pour-x",
        f"Pour la d\u00e9put\u00e9e Sarah Morel, {GL} ce budget ne tient pas compte des "
        f"communes rurales {GR}.",
        [("ce budget", "Sarah Morel")],
    ),
    (
        "fr-statement-of-x-colon",
        f"La d\u00e9claration d\u2019Isabelle Fournier est la suivante : {GL} Nous avons "
        f"gagn\u00e9 ensemble et nous gouvernerons ensemble. {GR}",
        [("Nous avons", "Isabelle Fournier")],
    ),
    (
        "fr-role-with-a-complement-before-the-verb",
        "Claire Vasseur a \u00e9t\u00e9 \u00e9lue vendredi secr\u00e9taire g\u00e9n\u00e9rale du "
        "syndicat.\n"
        'La secr\u00e9taire g\u00e9n\u00e9rale de la CFTE ajoute : "Nous ne signerons rien '
        'sans consulter nos adh\u00e9rents."',
        [("Nous ne signerons", "Claire Vasseur")],
    ),
    (
        "fr-office-after-the-name",
        f"{GL} Nous avons besoin de moyens pour continuer {GR} explique Awa Diallo "
        "Pr\u00e9sidente de l\u2019association.",
        [("Nous avons besoin", "Awa Diallo")],
    ),
    (
        "fr-institution-is-nobody",
        "Le ministre Paul Garnier s\u2019est rendu \u00e0 Marseille.\n"
        f"Les aides seront vers\u00e9es aux {GL}familles les plus touch\u00e9es par les "
        f"inondations{GR}, selon le minist\u00e8re.",
        [("familles les plus", None)],
    ),
    (
        "fr-sentence-quote-read-with-the-words-before",
        f"Pour Jean Royer, {GL} c\u2019est un grand jour pour la ville. {GR} Et Marie "
        f"Caron d\u2019ajouter : {GL} Nous l\u2019attendions depuis dix ans. {GR}",
        [("c\u2019est un grand jour", "Jean Royer"), ("Nous l", "Marie Caron")],
    ),
    (
        "fr-unnamed-colleague-is-nobody",
        "La ministre Sylvie Andr\u00e9 a ouvert le salon mardi.\n"
        f"{GL} Elle va encore passer \u00e0 la t\u00e9l\u00e9 {GR}, rit un de ses coll\u00e8gues "
        "en observant la sc\u00e8ne.",
        [("Elle va encore", None)],
    ),
    (
        "fr-office-then-comma-then-name",
        "La Premi\u00e8re ministre \u00c9lise Martin a parl\u00e9 mardi.\n"
        f"{GL} C'est une erreur historique {GR}, a r\u00e9agi le pr\u00e9sident du groupe "
        "centriste, Olivier Marchand.",
        [("C'est une erreur", "Olivier Marchand")],
    ),
    (
        "fr-office-comma-name-subject-then-pronoun",
        "La procureure Laure Simonet a parl\u00e9 vendredi.\n"
        f"L\u2019avocat de la famille, Me Antoine Roche, a d\u00e9nonc\u00e9 {GL} une "
        f"proc\u00e9dure b\u00e2cl\u00e9e du d\u00e9but \u00e0 la fin {GR}.\n"
        f"{GL} Nous ferons appel de cette d\u00e9cision {GR}, a-t-il annonc\u00e9.",
        [("une proc", "Antoine Roche"), ("Nous ferons", "Antoine Roche")],
    ),
    (
        "fr-pronoun-after-a-sentence-opened-by-an-office",
        "Le ministre de la Justice Paul Verhaegen est sous protection.\n"
        "La d\u00e9put\u00e9e Ana Costa a demand\u00e9 des explications au gouvernement.\n"
        "Ce jeudi, le ministre a publi\u00e9 une vid\u00e9o. Il y dit notamment : "
        f"{GL} Ma famille et moi allons bien, merci \u00e0 tous. {GR}",
        [("Ma famille", "Paul Verhaegen")],
    ),
    (
        "fr-possessive-role-comma-name",
        f"{GL} Nous sommes inquiets pour la suite {GR}, confie \u00e0 l\u2019AFP Marie "
        "Dupont, une habitante du quartier.\n"
        f"{GL} La mairie doit agir vite, tr\u00e8s vite {GR}, ajoute son voisin, Pierre Martin.",
        [("Nous sommes", "Marie Dupont"), ("La mairie", "Pierre Martin")],
    ),
    # -- German --------------------------------------------------------------------------
    (
        "de-adverb-office-comma-name",
        "Die SPD-Vorsitzende Anna Keller \u00e4u\u00dferte sich am Morgen.\n"
        f"{DL}Die Koalition steht, daran gibt es keinen Zweifel{DR}, erkl\u00e4rte dagegen "
        "der Vorsitzende der Liberalen, Tom Berger.",
        [("Die Koalition", "Tom Berger")],
    ),
    (
        "de-office-then-a-dative-object",
        "Bundesbauministerin Klara Wendt wies die Kritik am Montag zur\u00fcck.\n"
        f"{DL}Das ist Wahlkampfget\u00f6se, nichts anderes{DR}, sagte die SPD-Politikerin der "
        "Deutschen Presse-Agentur.",
        [("Das ist Wahlkampf", "Klara Wendt")],
    ),
    (
        "de-unknown-verb-and-name",
        "Der Bundesfinanzminister Lars Hofmann sprach zuerst.\n"
        f"{DL}Das ist ein guter Tag f\u00fcr die ganze Stadt{DR}, freute sich "
        "Oberb\u00fcrgermeisterin Julia Brandt.",
        [("Das ist ein guter Tag", "Julia Brandt")],
    ),
    (
        "de-unknown-verb-and-office-is-not-carried-on",
        f"{DL}Wir werden eine L\u00f6sung finden, wie immer{DR}, sagte Lars Hofmann.\n"
        f"{DL}Wir pr\u00fcfen das sehr genau{DR}, teilte ein Sprecher des Ministeriums mit.",
        [("Wir werden", "Lars Hofmann"), ("Wir pr\u00fcfen", None)],
    ),
    (
        "de-inverted-office-and-name",
        f"{DL}Wir stehen fest an der Seite unserer Partner{DR}, sagte Bundeskanzler Karl "
        "Albers am Donnerstag in Washington.",
        [("Wir stehen", "Karl Albers")],
    ),
    (
        "de-role-compound",
        "Bundeskanzler Karl Albers reiste am Montag nach Paris.\n"
        f"{DL}Europa muss jetzt zusammenstehen, mehr denn je{DR}, betonte der Kanzler.",
        [("Europa muss", "Karl Albers")],
    ),
    (
        "de-so-role",
        "Umweltministerin Jana Krüger stellte den Bericht in Berlin vor.\n"
        f"{DL}Die Zahlen sind alarmierend und wir handeln jetzt{DR}, so die Ministerin.",
        [("Die Zahlen", "Jana Krüger")],
    ),
    (
        "de-office-noun-before-the-verb",
        "Oppositionsführer Peter Brandt sprach als Erster.\n"
        f"Der Oppositionsführer monierte: {DL}Sie sagen unverändert nichts, und das seit "
        f"Monaten.{DR}",
        [("Sie sagen", "Peter Brandt")],
    ),
    (
        "de-party-in-brackets-and-single-marks",
        f"Eva Kohl (SPD) rief dazwischen: {DL}Das habe ich nie gesagt! {SL}Keine "
        f"Panzer{SR}, habe ich gesagt!{DR}",
        [("Das habe ich", "Eva Kohl")],
    ),
    (
        "de-pronoun-after-the-verb",
        "Die Ministerpräsidentin Anna Vogt trat am Abend vor die Presse.\n"
        f"Gegen Ende ihrer Rede sagte sie: {DL}Dieses Land ist stark, wir schaffen das.{DR}",
        [("Dieses Land", "Anna Vogt")],
    ),
    (
        "de-article-and-a-thing-is-no-person",
        f"Eine Berliner Tageszeitung frohlockt: {DL}Da ist der Winter, endlich und "
        f"mit aller Macht{DR}.",
        [("Da ist der Winter", None)],
    ),
]


def test_both_languages_are_in_the_table() -> None:
    languages = {case_id.split("-", 1)[0] for case_id, _, _ in CASES}
    assert languages == {"de", "fr"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    for citation in check_quotes(text, expected):
        assert text[citation.span.start] in (GL, DL, '"'), citation
