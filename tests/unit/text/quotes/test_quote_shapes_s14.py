"""Shapes added in session 14 (qshape, issue 15), English and across languages.

* A person introduced with several given names is then called by the first of them:
  the speaker is the whole run first written, not its last two words
  (:func:`~seedparse._text.quotes.english_names.longer_given_run`).
* A second quoted stretch of the sentence that credited the first ("saying it was
  \u201c...\u201d but would \u201c... .\u201d"), with no speech verb of its own and ending
  its sentence inside the marks, is the same person's; a name or a scare quote there
  (no sentence end) is not taken.
* "The head of X, Name Surname, rejected ..., saying": the participle's subject is
  the name set off after the office.

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names; none comes from the seeds or the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from seedparse._text.quotes.english_names import longer_given_run

EL, ER = "\u201c", "\u201d"

Check = Callable[[str, Sequence[tuple[str, str | None]]], object]

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-first-given-names-stand-for-the-whole-name",
        "Title\nThe elder came with his niece, Ana Maria Lopez Vega, to the hearing.\n"
        f"{EL}We came for the river,{ER} says Ana Maria.\n{EL}It is our duty.{ER}",
        [
            ("We came for the river", "Ana Maria Lopez Vega"),
            ("It is our duty.", "Ana Maria Lopez Vega"),
        ],
    ),
    (
        "en-a-full-name-after-other-capitals-stays-itself",
        "Title\nThe board heard Ana Ruiz on Monday.\n"
        f"{EL}We came for the river,{ER} says Ana Ruiz.",
        [("We came for the river", "Ana Ruiz")],
    ),
    (
        "en-second-fragment-of-the-sentence-is-the-same-speakers",
        "Title\nEarlier Monday, Lena Ward defended the budget, saying it was "
        f"{EL}built on hard choices{ER} but would {EL}leave no school without a nurse.{ER}",
        [("built on hard choices", "Lena Ward"), ("leave no school", "Lena Ward")],
    ),
    (
        "en-a-name-in-marks-after-a-fragment-is-no-quote",
        "Title\nEarlier Monday, Lena Ward defended the budget, saying it was "
        f"{EL}built on hard choices{ER} at the {EL}spring town hall meeting of the "
        f"council{ER} in Dover.",
        [("built on hard choices", "Lena Ward")],
    ),
    (
        "en-a-stretch-after-a-closed-sentence-is-not-carried",
        f"Title\n{EL}We will fight on.{ER} Later the crowd was told the plan would "
        f"{EL}take years to finish and cost millions.{ER}",
        [("We will fight on.", None), ("take years to finish", None)],
    ),
    (
        "en-participle-subject-set-off-after-an-office",
        "Title\nThe head of the teachers' union, Marta Olsen, rejected the offer, saying "
        f"that it {EL}falls short of what our members were promised last spring.{ER}",
        [("falls short of what", "Marta Olsen")],
    ),
    (
        "en-participle-after-a-list-of-names-has-no-one-subject",
        "Title\nThe head of the union, Marta Olsen, Tom Burke and others left the hall, "
        f"saying that it {EL}falls short of what our members were promised last spring.{ER}",
        [("falls short of what", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes(check_quotes: Check, text: str, expected: list[tuple[str, str | None]]) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("name", "following", "expected"),
    [
        ("Mere Tane", ["Hohepa", "Walker"], "Mere Tane Hohepa Walker"),
        ("White House", ["Press", "Secretary"], None),  # a title: an office, not a name
        ("Acme", ["NATO", "Lena"], None),  # an acronym in the run
        ("Mere Tane", ["Hohepa", "Walker", "Smith"], None),  # five words: no one name
        (
            "\u0411\u0430\u043d\u043a\u0430 \u0420\u043e\u0441\u0441\u0438\u0438",
            ["\u0410\u043d\u043d\u0430", "\u0418\u0432\u0430\u043d\u043e\u0432\u0430"],
            None,
        ),
        ("Mere Tane", [], None),
    ],
)
def test_longer_given_run(name: str, following: list[str], expected: str | None) -> None:
    assert longer_given_run(name, following) == expected
