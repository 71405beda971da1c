"""German and French speech frames (issue 15, session 26, qlatin26), table-driven.

A speaker's label before a colon whose club carries an ordinal ("Trainer Hans Meyer
(1. FC Nürnberg): „…“"): the ordinal's period inside the parentheses ends neither the
sentence nor the label. The near misses: a parenthesis that holds a sentence of its own
("(Er kam 1990. Dann ging er.)"), and an ordinal outside parentheses that ends a
sentence ("Sie wurden 3. Danach …"). A member's post-nominal ("Hans Meier MdB") closes a name; a
focus adverb between an inverted verb and its subject ("zeigt sich auch X") is passed
over, and an office after it still names no one. A relative clause set off after a name
("X Y, der die Anfrage stellte,") has the name as its subject, not the noun after the
article; a feminine or neuter relative pronoun (object or subject) is left alone.
Court jobs are offices before a name ("Nebenklagevertreterin X", "la substitute du
procureur, X") and stand for that person later; "Richter" after a known given name is a
surname ("Sven Richter"), before a name an office ("Richter Hans Brandt"); a role of one
side of the court is not the person of another side who spoke last. An adverbial phrase
between an inverted French verb and its subject ("demande d'emblée le président",
"réplique sans hésiter le prévenu") is passed over, so an unnamed role stays unnamed.
A frame the page broke across lines ("so der parlamentarische" / "Geschäftsführer …, X.")
reads on into the next line; a paragraph break ends it. A pronominal adverb opening a
verb-second clause ("Dazu erklärt der …, X:", "Hierzu sagt X:") is never the speaker;
"Dazu kommt …" with no speech verb changes nothing. A French label line ("Réaction du
maire, Jean Dupont :") names the speaker of the quoted paragraph under it; a phrase
with a complement and no name ("Au bout du compte, la victoire :") names no one.

The sentences are written for the tests after the constructions of the session's
fixtures (``*-s26l-*``: club reaction pages, court chronicles, party press releases);
the names are made up or public figures', the sentences shortened.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.german_relatives import relative_clause_subject
from seedparse._text.quotes.latin_frames import (
    PRONOMINAL_ADVERBS,
    adverbial_phrase,
    post_nominal,
)
from seedparse._text.quotes.line_breaks import wrapped_block_end
from seedparse._text.quotes.names import ordinal_token_dot, sentence_start

DL, DR = "\u201e", "\u201c"
GL, GR = "\u00ab\u00a0", "\u00a0\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a label line with a club's ordinal in parentheses
    (
        "de-label-role-and-club-ordinal-in-parentheses",
        f"Stimmen\nHans Meyer (Trainer 1. FC Musterstadt): {DL}Wir waren heute besser.{DR}",
        [("Wir waren heute besser.", "Hans Meyer")],
    ),
    (
        "de-label-office-before-name-club-ordinal",
        f"Stimmen\nDas Spiel endete 2:1. Trainer Hans Meyer (1. FC Musterstadt): "
        f"{DL}Wir haben verdient gewonnen.{DR}",
        [("Wir haben verdient gewonnen.", "Hans Meyer")],
    ),
    (
        "de-near-miss-parenthesis-holding-a-sentence",
        f"Bericht\nJens Kaiser lebt in Köln (er zog 1990. Dann blieb er.) "
        f"Seine Frau Anna Kaiser sagte: {DL}Wir sind glücklich.{DR}",
        [("Wir sind glücklich.", "Anna Kaiser")],
    ),
    # -- a member's post-nominal closes a name
    (
        "de-post-nominal-after-the-name",
        f"Bericht\n{DL}Wir stimmen zu{DR}, sagte der Abgeordnete Hans Meier MdB am Montag.",
        [("Wir stimmen zu", "Hans Meier")],
    ),
    (
        "de-near-miss-capitalised-word-after-name-is-kept",
        f"Bericht\n{DL}Wir stimmen zu{DR}, sagte Anna Maria Meier.",
        [("Wir stimmen zu", "Anna Maria Meier")],
    ),
    # -- a focus adverb between the inverted verb and its subject
    (
        "de-focus-adverb-after-reflexive-verb",
        f"Bericht\n{DL}Wir gehen jetzt eigene Wege{DR}, zeigt sich auch Jutta Kramer, "
        f"stellvertretende Vorsitzende der Fraktion, erleichtert.",
        [("Wir gehen jetzt eigene Wege", "Jutta Kramer")],
    ),
    (
        "de-near-miss-focus-adverb-then-a-role",
        f"Bericht\nAnna Kaiser leitet die Fraktion. {DL}Wir gehen jetzt eigene Wege{DR}, "
        f"zeigt sich auch der Sprecher erleichtert.",
        [("Wir gehen jetzt eigene Wege", None)],
    ),
    # -- a relative clause set off after a name, its verb a speech verb
    (
        "de-relative-clause-object-is-no-speaker",
        f"Bericht\nDer Sprecher der Fraktion, Jens Kaiser, der die Anfrage stellte, gibt "
        f"sich nicht zufrieden. Der Zeitung sagte er: {DL}Das reicht nicht.{DR}",
        [("Das reicht nicht.", "Jens Kaiser")],
    ),
    # -- court roles as offices before a name, and by themselves later
    (
        "de-court-job-noun-before-a-name",
        f"Prozess\n{DL}Mein Mandant ist unschuldig{DR}, sagte Nebenklagevertreterin Petra Lang.",
        [("Mein Mandant ist unschuldig", "Petra Lang")],
    ),
    (
        "de-court-compound-before-a-name",
        f"Bericht\nIm Saal sprach zuletzt Strafverteidiger Thomas "
        f"Kramer. Er sagte: "
        f"{DL}Die Beweise reichen nicht.{DR}",
        [("Die Beweise reichen nicht.", "Thomas Kramer")],
    ),
    (
        "de-near-miss-richter-as-a-surname",
        f"Prozess\n{DL}Das Urteil ist gerecht{DR}, sagte Sven Richter nach der Verhandlung. "
        f"{DL}Wir gehen nicht in Berufung{DR}, sagte Richter.",
        [
            ("Das Urteil ist gerecht", "Sven Richter"),
            ("Wir gehen nicht in Berufung", "Sven Richter"),
        ],
    ),
    (
        "de-richter-as-an-office-before-a-name",
        f"Prozess\n{DL}Die Tat war geplant{DR}, sagte Richter Hans Brandt.",
        [("Die Tat war geplant", "Hans Brandt")],
    ),
    (
        "fr-court-office-with-complement-then-alone",
        f"Audience\n{GL}Les faits sont graves{GR}, a indiqué la substitute du procureur, "
        f"Anne Morel. Le président du tribunal, Paul Roux, a ouvert l'audience. "
        f"{GL}Il faut une peine ferme{GR}, a déclaré la substitute du procureur.",
        [("Les faits sont graves", "Anne Morel"), ("Il faut une peine ferme", "Anne Morel")],
    ),
    (
        "fr-near-miss-court-office-nobody-named",
        f"Audience du tribunal correctionnel\nLe prévenu Paul Roux s'est levé. {GL}Les faits "
        f"sont graves{GR}, a déclaré la substitute du procureur.",
        [("Les faits sont graves", None)],
    ),
    # -- an adverbial phrase between an inverted French verb and its subject
    (
        "fr-elided-adverb-then-office-and-name",
        f"Audience du tribunal correctionnel\n{GL}Avez-vous quelque chose à dire ?{GR} demande "
        f"d\u2019emblée le président du tribunal correctionnel, Marc Dubois.",
        [("Avez-vous quelque chose à dire ?", "Marc Dubois")],
    ),
    (
        "fr-near-miss-sans-infinitive-then-unnamed-role",
        f"Audience du tribunal correctionnel\nLe président du tribunal, Marc Dubois, ouvre "
        f"l\u2019audience. {GL}Rien du tout !{GR} réplique sans hésiter le prévenu.",
        [("Rien du tout !", None)],
    ),
    # -- a frame broken across lines by the page
    (
        "de-frame-broken-across-lines",
        f"Bericht\nAnna Kaiser sprach zuerst. {DL}Wir ziehen die Konsequenz{DR}, so der "
        f"parlamentarische\nGeschäftsführer der Fraktion, Jens Kaiser. Die Gruppe tagt bald.",
        [("Wir ziehen die Konsequenz", "Jens Kaiser")],
    ),
    (
        "de-near-miss-paragraph-break-after-the-frame",
        f"Bericht\n{DL}Wir ziehen die Konsequenz{DR}, sagte Anna Kaiser heute\n\n"
        f"Geschäftsführer Jens Kaiser kam später.",
        [("Wir ziehen die Konsequenz", "Anna Kaiser")],
    ),
    # -- a pronominal adverb in the first position of a verb-second clause
    (
        "de-pronominal-adverb-first-then-office-and-name",
        f"Bericht\nDazu erklärt der Parlamentarische Geschäftsführer der SPD-Fraktion, "
        f"Jens Kaiser: {DL}Das ist ein guter Tag.{DR}",
        [("Das ist ein guter Tag.", "Jens Kaiser")],
    ),
    (
        "de-pronominal-adverb-first-then-name",
        f"Bericht\nHierzu sagt Anna Berg: {DL}Das ist ein guter Tag.{DR}",
        [("Das ist ein guter Tag.", "Anna Berg")],
    ),
    (
        "de-near-miss-pronominal-adverb-with-no-speech",
        f"Bericht\nDazu kommt ein weiterer Punkt. Anna Berg ging früh. "
        f"{DL}Das ist ein guter Tag{DR}, sagte sie.",
        [("Das ist ein guter Tag", "Anna Berg")],
    ),
    # -- a French label line: a noun with its complement, a comma, the name, a colon
    (
        "fr-label-line-noun-complement-and-name",
        f"Match nul à domicile\nAnne Morel a ouvert la séance.\nRésumé de l\u2019entraîneur, "
        f"Paul Martin :\n{GL}Nous avons bien joué.{GR}",
        [("Nous avons bien joué.", "Paul Martin")],
    ),
    (
        "fr-label-line-mayor-and-name",
        f"Conseil municipal\nRéaction du maire, Jean Dupont :\n{GL}C\u2019est une bonne "
        f"nouvelle pour la commune.{GR}",
        [("C\u2019est une bonne nouvelle pour la commune.", "Jean Dupont")],
    ),
    (
        "fr-near-miss-phrase-with-complement-and-no-name",
        f"Match nul à domicile\nAnne Morel a ouvert la séance.\nAu bout du compte, la "
        f"victoire :\n{GL}Nous avons bien joué.{GR}",
        [("Nous avons bien joué.", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES]
)
def test_latin_frames(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("text", "starts_at"),
    [
        ("Hans Meyer (Trainer 1. FC Musterstadt): x", 0),  # the ordinal ends nothing
        ("Trainer Hans Meyer (1. FC Musterstadt): x", 0),
        ("Er kam (im Jahr 1990. Dann ging er.) x", 21),  # a sentence in the parenthesis
        ("Sie wurden 3. Danach kam nichts: x", 13),  # an ordinal outside parentheses
    ],
)
def test_an_ordinal_inside_parentheses_ends_no_sentence(text: str, starts_at: int) -> None:
    assert sentence_start(text, 0, len(text) - 1) == starts_at


def test_ordinal_token_dot_inside_parentheses() -> None:
    tokens = ["Hecking", "(", "Trainer", "1", ".", "FC", "Nürnberg", ")", ":"]
    assert ordinal_token_dot(tokens, 4)
    sentence = ["(", "er", "zog", "1990", ".", "Dann", "blieb", "er", ".", ")"]
    assert not ordinal_token_dot(sentence, 4)  # the parenthesis holds a sentence
    assert not ordinal_token_dot(["Sie", "wurden", "3", ".", "Danach", "kam"], 3)


def test_post_nominal_is_a_member_abbreviation_only() -> None:
    assert post_nominal("MdL") and post_nominal("MdB") and post_nominal("MdEP")
    assert not post_nominal("Md") and not post_nominal("Mdl") and not post_nominal("Meier")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Jens Kaiser , der die Anfrage stellte ,", ("name", "Jens Kaiser")),
        ("Jens Kaiser , welcher die Frage stellte .", ("name", "Jens Kaiser")),
        ("Jens Kaiser , das die Polizei meldete ,", None),  # "das" may be the object
        ("Der Sprecher , der die Anfrage stellte ,", None),  # no name before the comma
        ("Jens Kaiser , der stellte die Anfrage", None),  # not a verb-final clause
    ],
)
def test_relative_clause_subject(words: str, expected: tuple[str, str] | None) -> None:
    tokens = words.split()
    verb = next(i for i, t in enumerate(tokens) if t in ("stellte", "meldete"))
    assert relative_clause_subject(tokens, verb) == expected


def test_wrapped_block_end() -> None:
    text = "\u201eA\u201c, so der parlamentarische\nGeschäftsführer X Y. Weiter.\nZ"
    close, end = 3, text.index("\n")
    assert wrapped_block_end(text, close, end) == text.index("\n", end + 1)
    ended = "\u201eA\u201c, sagte er.\nNeu"  # a mark ends the block
    assert wrapped_block_end(ended, 3, ended.index("\n")) == ended.index("\n")
    blank = "\u201eA\u201c, so der parlamentarische\n\nNeu"  # a paragraph break
    assert wrapped_block_end(blank, 3, blank.index("\n")) == blank.index("\n")


@pytest.mark.parametrize(
    ("words", "span"),
    [
        (["sans", "hésiter", "le"], 2),
        (["d\u2019emblée", "le"], 1),
        (["d'abord", "la"], 1),
        (["sans", "doute", "le"], 0),  # "sans doute" is no infinitive
        (["alors", "le"], 0),  # one plain adverb: the caller's own rule
    ],
)
def test_adverbial_phrase(words: list[str], span: int) -> None:
    assert adverbial_phrase(words, 0) == span


def test_pronominal_adverbs() -> None:
    assert {"dazu", "hierzu", "dabei", "darauf", "worüber", "darüber"} <= PRONOMINAL_ADVERBS
    assert not {"dann", "da", "hier", "dort", "deshalb"} & PRONOMINAL_ADVERBS
