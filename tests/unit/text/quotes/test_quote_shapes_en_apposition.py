"""English shapes added with qen's round (issue 15): the local-news apposition "said
Watertown resident, Justin Learned" (the place and job noun first, the person after a
comma), and Commonwealth honorifics written without a dot before a name ("Adv
Mudenda", "Cde Chikwinya"), which are titles, not given names.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the place or person the
text gives and name nobody else.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- "said <Place> resident, <Full Name>" -----------------------------------------
    (
        "en-place-resident-comma-name",
        f"{EL}The basement filled up in an hour,{ER} said Millbrook resident, Dana Fowler.",
        [("The basement", "Dana Fowler")],
    ),
    (
        "en-place-two-job-words-comma-name",
        f"{EL}We lost the whole crop,{ER} said Ashford dairy farmer, Owen Pryce.",
        [("We lost", "Owen Pryce")],
    ),
    (
        "en-place-resident-comma-name-then-pronoun",
        f"{EL}I have never seen the river this high,{ER} said Carver resident, Lena Holt.\n"
        "Holt moved her car to higher ground on Friday.\n"
        f"{EL}It would be good to see the sun again,{ER} she said.",
        [("I have never", "Lena Holt"), ("It would be", "Lena Holt")],
    ),
    (
        "en-surname-then-relative-clause-keeps-the-surname",
        f"{EL}The road was closed for two days,{ER} said Marsh, who drives a school bus.",
        [("The road", "Marsh")],
    ),
    # -- honorifics without a dot ---------------------------------------------------
    (
        "en-adv-title-then-full-name-from-earlier",
        "The Speaker, Advocate Peter Ncube, ruled on the matter on Thursday.\n"
        f"{EL}The minister must return to the House with a full statement,{ER} said "
        "Adv Ncube.",
        [("The minister", "Peter Ncube")],
    ),
    (
        "en-cde-title-before-a-full-name",
        f"{EL}The bank will open its first branch in March,{ER} said Cde Ruth Moyo.",
        [("The bank", "Ruth Moyo")],
    ),
]


def test_cases_are_english_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"en"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
