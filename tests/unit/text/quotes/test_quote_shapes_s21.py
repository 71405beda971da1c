# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Shapes added in session 21 (issue 15), Russian and Ukrainian.

An initial and a surname ("И. Соколов пояснил, что «…»", "По словам И. Соколова, «…»")
written before the quote, after the full name was given, is that person: the text's
own "И. Соколов" is one more form of "Иван Соколов", not a second person, and a genitive
after an initial is the full name's case. Another initial, or two people whose given
names share it, is no such person.

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.slavic_names import abbreviates, spelled_out

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ru-initial-before-the-quote",
        "Глава района Иван Соколов встретился с жителями.\n"
        "И. Соколов пояснил, что «ремонт дороги начнётся уже следующей весной».",
        [("ремонт дороги", "Иван Соколов")],
    ),
    (
        "ru-initial-and-a-genitive",
        "Глава района Иван Соколов встретился с жителями.\n"
        "По словам И. Соколова, «ремонт дороги начнётся уже следующей весной».",
        [("ремонт дороги", "Иван Соколов")],
    ),
    (
        "uk-initial-and-a-genitive",
        "Голова громади Петро Коваль зустрівся з мешканцями.\n"
        "За словами П. Коваля, «ремонт дороги почнеться вже наступної весни».",
        [("ремонт дороги", "Петро Коваль")],
    ),
    (
        # near miss: another initial is another person
        "ru-another-initial",
        "Глава района Иван Соколов встретился с жителями.\n"
        "А. Соколов пояснил, что «ремонт дороги начнётся уже следующей весной».",
        [("ремонт дороги", "А. Соколов")],
    ),
    (
        # near miss: two people the initial may stand for
        "ru-two-people-with-the-initial",
        "Иван Соколов и Игорь Соколов встретились с жителями.\n"
        "И. Соколов пояснил, что «ремонт дороги начнётся уже следующей весной».",
        [("ремонт дороги", "И. Соколов")],
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
    ("form", "names", "expected"),
    [
        ("И. Соколов", {"Иван Соколов", "И. Соколов"}, True),
        ("И. Соколов", {"Игорь Соколов"}, True),
        ("А. Соколов", {"Иван Соколов"}, False),  # another initial
        ("И. Соколов", {"Иван Петров"}, False),  # another surname
        ("И. Соколов", {"И. Соколов"}, False),  # only itself
        ("Иван Соколов", {"Иван Соколов", "Игорь Соколов"}, False),  # no initial
    ],
)
def test_abbreviates(form: str, names: set[str], expected: bool) -> None:
    assert abbreviates(form, names) is expected


@pytest.mark.parametrize(
    ("exact", "declined", "expected"),
    [
        ({"В. Саратова"}, {"Валерий Саратов", "В. Саратов"}, "Валерий Саратов"),
        ({"В. Саратова"}, {"Валерий Саратов"}, "Валерий Саратов"),
        ({"А. Саратова"}, {"Валерий Саратов"}, None),  # another initial
        ({"Вера Саратова"}, {"Валерий Саратов"}, None),  # a woman's own name
        ({"В. Саратова"}, {"Валерий Саратов", "Виктор Саратов"}, None),  # two people
        (set(), {"Валерий Саратов"}, None),  # nothing written with an initial
    ],
)
def test_spelled_out(exact: set[str], declined: set[str], expected: str | None) -> None:
    assert spelled_out(exact, declined) == expected
