"""German shapes added with qde's round (session 15, issue 15): an academic title
between an office and the name ("Kultusministerin Dr. X"), so that a role noun after
it ("sagt die Ministerin") stands for that person; a time phrase opening a sentence
("Kommende Woche startet ...") is no person; an object after a verb ("gratulierte den
Stadtwerken X", "dankte allen Helfern:") is no office of the subject nor an inverted
subject, and "danken" is a speech verb.

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

from seedparse import Citation
from seedparse._text.quotes.context_words import academic_title, name_goes_on

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
