"""English shape added in session 13 (qen, issue 15): a title in quotation marks
("told Tom Hale on \u201cMeet the Press\u201d") is nobody's words, even right after a
speech verb; quoted words that are a sentence, or a slogan after a colon, stay
quotations.

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names; none comes from the seeds or the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.english_titles import is_english_title

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-title-after-on-is-no-quote",
        "Title\n"
        f"{EL}We are not done yet,{ER} Senator Maria Reyes told Tom Hale on {EL}Meet the "
        f"Press{ER} on Sunday. {EL}The vote comes next week.{ER}",
        [("We are not done yet", "Maria Reyes"), ("The vote comes", "Maria Reyes")],
    ),
    (
        "en-title-right-after-a-speech-verb-is-no-quote",
        f"Title\n{EL}We will grow,{ER} Reyes told {EL}Squawk on the Market{ER} on Friday.",
        [("We will grow", "Reyes")],
    ),
    (
        "en-title-case-words-ending-a-sentence-stay-a-quote",
        f"Title\n{EL}I will Stand by the Workers,{ER} Maria Reyes said.",
        [("I will Stand by the Workers", "Maria Reyes")],
    ),
    (
        "en-title-case-slogan-after-a-colon-stays-a-quote",
        f"Title\nMaria Reyes said: {EL}Fight for the Future{ER}",
        [("Fight for the Future", "Maria Reyes")],
    ),
    (
        "en-sentence-case-words-stay-a-quote",
        f"Title\nReyes said {EL}the plan of the city is dead{ER} on Monday after the hearing.",
        [("the plan of the city is dead", "Reyes")],
    ),
]

TITLES = [
    ("State of the Union", True),
    ("Late Show with the Hosts", True),
    ("Good Morning America", False),  # no small word: left to the older rules
    ("Wir in Europa", False),  # German "in" alone does not make a title
    ("the plan of the city", False),
    ("We Will Win", False),
    ("of the Union", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    body_blocks: Callable[[str], list[tuple[int, int]]],
) -> None:
    found = [c for block in find_quotations(text, body_blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got


@pytest.mark.parametrize(("words", "title"), TITLES)
def test_is_english_title(words: str, title: bool) -> None:
    assert is_english_title(words) is title
