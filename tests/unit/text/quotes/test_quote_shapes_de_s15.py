"""German shapes added with qde's round (session 15, issue 15): an academic title
between an office and the name ("Kultusministerin Dr. X"), so that a role noun after
it ("sagt die Ministerin") stands for that person; a time phrase opening a sentence
("Kommende Woche startet ...") is no person; an object after a verb ("gratulierte den
Stadtwerken X", "dankte allen Helfern:") is no office of the subject nor an inverted
subject, and "danken" is a speech verb; a name with a capitalised particle pair
("Alexander Van der Bellen") is one name, read forwards and completed from its
surname; "befinden" (to judge) is a speech verb; a definite epithet opening the
sentence before an unattributed quote ("Der gebürtige Niederösterreicher erinnerte sich
…. „…“") stands for the person the text named with it, else the one person introduced
since the last speaker; a noun after a preposition and an article before a verb-last
speech verb ("für die Einladung dankte") is no subject; Austrian offices ("SPÖ-Obmann",
"Landeshauptfrau", "Bezirksvorsteher") are titles; a subheading that is a speaker's
label and a quotation ("Koschinat: „Coachen war nicht mehr möglich“") is searched for
quotations by the article reader, and the paragraph under it goes on quoting them; a
one-sentence paragraph that ends inside German closing marks (".\u201c", ".\u2018", ".\u00ab")
is a sentence, not a subheading.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of German, Austrian and Swiss
outlets' copy and press releases; none comes from the seeds or from the scored
fixtures. Precision cases keep the speaker the text gives and name nobody else
(``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import seedparse
from seedparse import Citation
from seedparse._text.quotes import SPEECH_VERBS, labelled_quote
from seedparse._text.quotes.attribution import Attribution
from seedparse._text.quotes.context_words import academic_title, name_goes_on, opening_epithet
from seedparse._text.quotes.german_clauses import prepositional_object
from seedparse._text.quotes.names import given_names, is_title, name_forward, split_tokens

LO, HI = "\u201e", "\u201c"  # „ “

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- an academic title between the office and the name ---------------------------
    (
        "de-academic-title-after-office-then-role-after-quote",
        "Die Ministerin hat die Pl\u00e4ne vorgestellt. Kommende Woche beginnt die Anh\u00f6rung.\n"
        "Umweltministerin Dr. Petra Lindner hat heute das Programm erl\u00e4utert. "
        f"{LO}Wir wollen die Fl\u00fcsse sauberer machen{HI}, sagt die Ministerin.",
        [("Wir wollen", "Petra Lindner")],
    ),
    (
        "de-professor-title-then-role-before-colon-in-a-later-paragraph",
        "Gesundheitsminister Prof. Karl Brenner hat den Bericht vorgelegt.\n"
        "Die Zahl der Betten steigt.\n"
        f"Der Minister betont: {LO}Die Versorgung auf dem Land bleibt gesichert.{HI}",
        [("Die Versorgung", "Karl Brenner")],
    ),
    (
        "de-academic-title-before-name-at-sentence-start",
        f"Dr. Anna Vogt leitet die Klinik. {LO}Wir haben alle Betten belegt{HI}, sagte die "
        "\u00c4rztin.",
        [("Wir haben", "Anna Vogt")],
    ),
    (
        "de-time-phrase-opening-a-sentence-is-no-person",
        "Vergangenes Jahr kamen 40.000 Besucher.\n"
        f"{LO}Das Festival w\u00e4chst weiter{HI}, sagte der Intendant.",
        [("Das Festival", None)],
    ),
    (
        "de-academic-title-does-not-make-a-time-phrase-a-speaker",
        "Kommende Woche beginnen die Ferien.\n"
        f"{LO}Wir freuen uns auf den Sommer{HI}, sagt die Ministerin.",
        [("Wir freuen", None)],
    ),
    # -- an object after the verb is not the next role's person ---------------------------
    (
        "de-dative-object-after-a-named-office-then-role",
        "Beim Festakt hat Ministerpr\u00e4sidentin Anna Kr\u00fcger den Stadtwerken "
        "Neustadt-Glewe zum Jubil\u00e4um gratuliert.\n"
        f"{LO}Die Stadtwerke geh\u00f6ren zur Stadt{HI}, lobte die Ministerpr\u00e4sidentin.",
        [("Die Stadtwerke", "Anna Kr\u00fcger")],
    ),
    (
        "de-thanks-before-colon-with-a-dative-object",
        "Ministerpr\u00e4sidentin Anna Kr\u00fcger besuchte die Feuerwehr.\n"
        "Die Ministerpr\u00e4sidentin dankte allen Helferinnen und Helfern: "
        f"{LO}Ohne Sie w\u00e4re das nicht gegangen.{HI}",
        [("Ohne Sie", "Anna Kr\u00fcger")],
    ),
    (
        "de-thanks-a-named-person-who-is-not-the-speaker",
        "B\u00fcrgermeister Jens Hahn dankte Polizeichefin Maria Stahl f\u00fcr den Einsatz. "
        f"{LO}Das war vorbildlich{HI}, sagte der B\u00fcrgermeister.",
        [("Das war", "Jens Hahn")],
    ),
    # -- a name with a capitalised particle pair ("Van der") ---------------------------
    (
        "de-capitalised-particle-pair-then-pronoun",
        "Bundespr\u00e4sident Lukas Van der Heyden hat am Montag die Landesregierung "
        'empfangen. "Sie kennen die Sorgen der Menschen", betonte er.',
        [("Sie kennen", "Lukas Van der Heyden")],
    ),
    (
        "de-surname-with-particle-pair-credited-then-pronoun-not-the-mayor",
        "Bundespr\u00e4sident Lukas Van der Heyden empfing die Stadtregierung.\n"
        "In Graz sei das eben B\u00fcrgermeister Paul Huber (SP\u00d6), meinte Van der "
        'Heyden. "Es ist nicht leicht, B\u00fcrgermeister zu sein", sagte er.',
        [("Es ist", "Lukas Van der Heyden")],
    ),
    (
        "de-judgement-verb-with-role-after-a-fragment",
        "Bundespr\u00e4sident Lukas Van der Heyden empfing die Stadtregierung. "
        'Die Stadt habe sich "enorm entwickelt", befand der Pr\u00e4sident.',
        [("enorm entwickelt", "Lukas Van der Heyden")],
    ),
    (
        "de-article-after-a-surname-stays-an-object",
        f"{LO}Wir machen weiter{HI}, sagte Trainer Jens Weber der Zeitung.",
        [("Wir machen", "Jens Weber")],
    ),
    # -- a definite epithet opening the sentence before the quote -----------------------
    (
        "de-epithet-for-the-person-introduced-since-the-last-speaker",
        "Bundespr\u00e4sident Lukas Van der Heyden sprach zuerst. "
        f"{LO}Wien ist eine wachsende Stadt{HI}, sagte er.\n"
        "F\u00fcr den Wiener Stadtchef und SP\u00d6-Obmann Paul Huber war es der letzte "
        "Auftritt. Der geb\u00fcrtige Steirer erinnerte sich in seiner Rede an seine "
        f"Jugend. {LO}Ich bin 1970 nach Wien gekommen. Das war eine andere Zeit.{HI}",
        [("Wien ist", "Lukas Van der Heyden"), ("Ich bin", "Paul Huber")],
    ),
    (
        "de-epithet-with-two-people-introduced-names-nobody",
        "Bundespr\u00e4sident Lukas Van der Heyden sprach zuerst. "
        f"{LO}Wien ist eine wachsende Stadt{HI}, sagte er.\n"
        "F\u00fcr Landesr\u00e4tin Eva Berger und Stadtrat Paul Huber war es ein langer Tag. "
        "Der geb\u00fcrtige Steirer erinnerte sich an seine Jugend. "
        f"{LO}Ich bin 1970 nach Wien gekommen. Das war eine andere Zeit.{HI}",
        [("Wien ist", "Lukas Van der Heyden"), ("Ich bin", None)],
    ),
    (
        "de-epithet-the-text-described-the-person-with",
        "Paul Huber, ein geb\u00fcrtiger Steirer, leitet den Verein seit 1990.\n"
        "Der Steirer erinnerte sich an die Gr\u00fcndung. "
        f"{LO}Damals hatten wir nur zehn Mitglieder.{HI}",
        [("Damals hatten", "Paul Huber")],
    ),
    (
        "de-epithet-with-a-prepositional-object-in-a-verb-last-clause",
        "F\u00fcr den Wiener Stadtchef und SP\u00d6-Obmann Paul Huber war es der letzte "
        "Auftritt. Der geb\u00fcrtige Steirer erinnerte sich in seiner Rede, in der er dem "
        "Bundespr\u00e4sidenten f\u00fcr die Einladung dankte, an seine Jugend. "
        f"{LO}Ich bin 1970 nach Wien gekommen. Das war eine andere Zeit.{HI}",
        [("Ich bin", "Paul Huber")],
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


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Dr.", True), ("Prof.", True), ("Dr", False), ("A.", False), ("Mai.", False)],
)
def test_academic_title(word: str, expected: bool) -> None:
    assert academic_title(word) is expected


@pytest.mark.parametrize(
    ("tokens", "k", "expected"),
    [
        (["Ministerin", "Dr.", "Petra", "Lindner"], 1, True),
        (["Ministerin", "Petra", "Lindner"], 1, True),
        (["Ministerin", "Dr.", "und"], 1, False),
        (["Ministerin", "Dr."], 1, False),
    ],
)
def test_name_goes_on(tokens: list[str], k: int, expected: bool) -> None:
    assert name_goes_on(tokens, k) is expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (
            ("Bundespr\u00e4sident", "Lukas", "Van", "der", "Heyden", "hat"),
            ("Lukas Van der Heyden", 5),
        ),
        (("Ursula", "von", "der", "Leyen", "sagte"), ("Ursula von der Leyen", 4)),
        (("Jens", "Weber", "der", "Zeitung"), ("Jens Weber", 2)),
    ],
)
def test_name_forward_particles(tokens: tuple[str, ...], expected: tuple[str, int]) -> None:
    assert name_forward(tokens, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("empfing Lukas Van der Heyden", ["Lukas", "Van", "der"]),
        ("Er lobte Robin van Persie", ["Robin", "van"]),
        ("sagte der Heyden", []),
    ],
)
def test_given_names_keep_the_particle_before_the_surname(text: str, expected: list[str]) -> None:
    surname = text.rsplit(" ", 1)[1]
    assert given_names(text + " x", 0, len(text) - len(surname))[0] == expected


def _tokens(text: str) -> list[str]:
    return split_tokens(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("in der er dem Gast f\u00fcr die Einladung dankte", "dankte", None),
        ("Die Ministerin dankte", "dankte", ("role", "ministerin")),
        ("als Huber dankte", "dankte", ("name", "Huber")),
        ("weil er mit den Gästen sprach", "sprach", None),
    ],
)
def test_subject_of_skips_a_prepositional_object(
    text: str, verb: str, expected: tuple[str, str] | None
) -> None:
    tokens = _tokens(text)
    assert Attribution(SPEECH_VERBS).subject_of(tokens, tokens.index(verb)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("f\u00fcr die Einladung", True), ("mit dem Team", True), ("und die Ministerin", False)],
)
def test_prepositional_object(text: str, expected: bool) -> None:
    tokens = _tokens(text)
    assert prepositional_object(tokens, len(tokens) - 1) is expected


@pytest.mark.parametrize(
    ("opening", "speakers", "expected"),
    [
        (["Der", "geb\u00fcrtige", "Steirer", "erinnerte"], {"Steirer"}, "Steirer"),
        (["Die", "Steirerin", "erinnerte", "sich"], {"Steirerin"}, "Steirerin"),
        (["Huber", "erinnerte", "sich", "an"], {"Huber"}, None),
        (["Der", "Steirer", "Paul", "Huber"], {"Paul Huber"}, None),
        (["Der", "geb\u00fcrtige", "Steirer", "erinnerte"], {"Steirer", "Huber"}, None),
    ],
)
def test_opening_epithet(opening: list[str], speakers: set[str], expected: str | None) -> None:
    assert opening_epithet(opening, speakers) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("SP\u00d6-Obmann", True),
        ("Landeshauptfrau", True),
        ("Bezirksvorsteherin", True),
        ("Landesr\u00e4tin", True),
        ("Hauptmann", False),  # a surname too ("Gerhart Hauptmann")
    ],
)
def test_austrian_offices(word: str, expected: bool) -> None:
    assert is_title(word) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"Koschinat: {LO}Coachen war nicht mehr m\u00f6glich{HI}", True),
        (f"Uwe Koschinat: {LO}Wir sind \u00fcber die Schmerzgrenze gegangen{HI}", True),
        ('Merkel: "Wir schaffen das"', True),
        ("Koschinat: Coachen war nicht mehr m\u00f6glich", False),  # no quotation
        (f"Der Trainer sagt: {LO}Coachen war nicht mehr m\u00f6glich{HI}", False),  # a clause
        (
            f"Koschinat: {LO}Coachen{HI} war nicht mehr m\u00f6glich",
            False,
        ),  # the quote ends no line
        (f"{LO}Coachen war nicht mehr m\u00f6glich{HI}", False),  # no label
    ],
)
def test_labelled_quote(line: str, expected: bool) -> None:
    assert labelled_quote(line, 0, len(line)) is expected


_SUBHEADED = (
    "Fortuna gewinnt das Derby\n\n"
    "Fortuna Kölns Trainer Uwe Koschinat war nach dem 3:1 erleichtert. Sein Gegenüber Jan "
    "Berg sprach von einem verdienten Sieg der Gastgeber.\n\n"
    f"Koschinat: {LO}Coachen war nicht mehr m\u00f6glich{HI}\n\n"
    f"{LO}Wir sind dem Gegner hinterher gelaufen. Es ging nur noch \u00fcber Emotionen.{HI}\n"
)


def test_article_reader_reads_a_labelled_quote_subheading() -> None:
    doc = seedparse.parse(_SUBHEADED, reader="article")
    quotes = [(c.text, c.speaker) for c in doc.citations if c.kind == "quotation"]
    assert quotes == [
        ("Coachen war nicht mehr m\u00f6glich", "Uwe Koschinat"),
        (
            "Wir sind dem Gegner hinterher gelaufen. Es ging nur noch \u00fcber Emotionen.",
            "Uwe Koschinat",
        ),
    ]


def test_article_reader_leaves_other_headings_out() -> None:
    text = _SUBHEADED.replace("Koschinat: ", "Die Stimmen: ")
    doc = seedparse.parse(text, reader="article")
    quotes = [c.text for c in doc.citations if c.kind == "quotation"]
    assert "Coachen war nicht mehr m\u00f6glich" not in quotes


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            f"Trainer Jens Weber sagte nach dem Spiel: {LO}Wir haben verdient gewonnen.{HI}",
            "Jens Weber",
        ),
        (
            "Die Ministerin Anna Roth sagte: \u00bbWir pr\u00fcfen das Gesetz noch einmal.\u00ab",
            "Anna Roth",
        ),
        (
            f"Jens Weber sagte: {LO}Ich habe nicht \u201aNein\u2018 gesagt, ich sagte "
            f"\u201aSp\u00e4ter\u2018.{HI}",
            "Jens Weber",
        ),
    ],
)
def test_a_sentence_ending_in_german_closing_marks_is_no_subheading(
    line: str, speaker: str
) -> None:
    text = f"Der Abend in Köln\n\n{line}\n\nDie Fans feierten noch lange vor dem Stadion.\n"
    doc = seedparse.parse(text, reader="article")
    assert [p.kind for p in doc.passages] == ["paragraph", "paragraph"]
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == [speaker]
