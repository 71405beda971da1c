"""English shape added in session 12 (qen, issue 15): the person a headline of the
interview style ("<Full Name>: <words>") labels, when the body gives only a surname
("Collins said") or a definite role before anyone is named ("the Maine Republican
told CNN").

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases keep a surname the headline
does not give, and a role after someone is named, as the text gives them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import find_quotations

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-headline-label-completes-surname",
        "Dana Mercer: The budget will not pass this month\n"
        f"{EL}We do not have the votes yet,{ER} Mercer said on Tuesday.",
        [("We do not", "Dana Mercer")],
    ),
    (
        "en-headline-label-for-a-role-before-anyone-is-named",
        "Paul Okafor: I will not run again\n"
        f"{EL}I will not run again,{ER} the Ohio Democrat told reporters on Monday.",
        [("I will not", "Paul Okafor")],
    ),
    (
        "en-headline-label-not-for-another-surname",
        "Dana Mercer: The budget will not pass this month\n"
        f"{EL}The count is not final,{ER} Whitfield said on Tuesday.",
        [("The count", "Whitfield")],
    ),
    (
        "en-headline-without-a-label-gives-no-one",
        "Budget will not pass this month, says Dana Mercer\n"
        f"{EL}I will not run again,{ER} the Ohio Democrat told reporters.",
        [("I will not", None)],
    ),
    (
        "en-headline-label-not-for-a-role-after-someone-is-named",
        "Paul Okafor: I will not run again\n"
        "Governor Lisa Brandt spoke after the vote.\n"
        f"{EL}It was a long night,{ER} the Ohio Democrat said.",
        [("It was a long night", "Lisa Brandt")],
    ),
]


def test_cases_are_english_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"en"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


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
