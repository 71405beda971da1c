"""Shapes added in session 20 (qde20, issue 15). A heading or label line between blank
lines that ends in no punctuation ends a sentence: its last capitalised word and the
first name of the paragraph under it are no one name, and its verb ("Das sagen die
Spieler zum Sieg") is no speech verb of that paragraph's first sentence
(line_breaks.scan_tokens). Sport positions are job nouns glued to a club's name like
the other offices ("Der FCL-Goalie meint:", "Der Keeper", "Torwart X").

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
Precision rows keep a quote that no sentence credits without a speaker.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.line_breaks import scan_tokens
from seedparse._text.quotes.names import split_tokens

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "de-heading-verb-and-word-stay-in-the-heading",
        "Der SV Nord verliert am Samstag zu Hause.\n\n"
        "Das sagen die Trainer zum Derby\n\n"
        "Jonas Feldmann, Trainer des SV Nord, hatte wenig Freude am Spiel. "
        "\u00abWir waren heute nicht gut genug. Das müssen wir uns ehrlich eingestehen.\u00bb",
        [("Wir waren heute", None)],
    ),
    (
        "de-heading-then-credited-sentence",
        "Der SV Nord verliert am Samstag zu Hause.\n\n"
        "Stimmen zum Derby\n\n"
        "Jonas Feldmann sagte nach dem Spiel, man habe zu wenig investiert. "
        "\u00abWir waren heute nicht gut genug. Das müssen wir uns ehrlich eingestehen.\u00bb",
        [("Wir waren heute", "Jonas Feldmann")],
    ),
    (
        "de-goalie-with-club-prefix",
        "Für Tim Albrecht, der drei Paraden zeigte, ist die Niederlage bitter. "
        "Der SCB-Goalie meint: \u00abEs ist schwierig. Wir müssen jetzt zusammenhalten.\u00bb",
        [("Es ist schwierig", "Tim Albrecht")],
    ),
    (
        "de-keeper-role",
        "Für Tim Albrecht ist die Niederlage bitter. "
        "Der Keeper sagte: \u201eEs ist schwierig. Wir müssen jetzt zusammenhalten.\u201c",
        [("Es ist schwierig", "Tim Albrecht")],
    ),
    (
        "de-torwart-glued-to-a-name",
        "\u201eDas war ein gebrauchter Tag für uns alle\u201c, sagte Torwart Lukas Brandt.",
        [("Das war ein gebrauchter Tag", "Lukas Brandt")],
    ),
    (
        "de-stuermer-glued-to-a-name",
        "\u201eIch wollte unbedingt treffen\u201c, sagte FCN-Stürmer Jan Roth nach dem Spiel.",
        [("Ich wollte unbedingt", "Jan Roth")],
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
    ("text", "expected"),
    [
        # A heading line with no mark at its end ends a sentence.
        ("Stimmen zum Sieg\n\nFabian Gerber ist froh", "Stimmen zum Sieg . Fabian Gerber ist froh"),
        ("Stimmen zum Sieg \n \n Fabian Gerber", "Stimmen zum Sieg . Fabian Gerber"),
        ("Titel 2024\n\nText", "Titel 2024 . Text"),
        # Near misses: a line that ends in a mark, a line wrapped inside a paragraph,
        # a label's closing parenthesis, a colon before speech: read as before.
        ("Er gewann.\n\nFabian Gerber", "Er gewann . Fabian Gerber"),
        ("Stimmen zum\nSieg von Fabian Gerber", "Stimmen zum Sieg von Fabian Gerber"),
        ("Kai Berger (Trainer)\n\nWir", "Kai Berger ( Trainer ) Wir"),
        ("Er sagte:\n\nWir", "Er sagte : Wir"),
        ("Eine Zeile ohne Umbruch", "Eine Zeile ohne Umbruch"),
    ],
)
def test_scan_tokens(text: str, expected: str) -> None:
    assert " ".join(scan_tokens(text, 0, len(text))) == expected


def test_scan_tokens_equal_split_tokens_without_a_heading_break() -> None:
    text = "Er gewann.\n\nDann sagte Fabian Gerber: Wir\nsind froh."
    assert scan_tokens(text, 0, len(text)) == split_tokens(text, 0, len(text))
    assert scan_tokens(text, 4, 30) == split_tokens(text, 4, 30)
