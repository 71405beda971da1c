# ruff: noqa: RUF001, RUF002 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Shapes added in session 21 (issue 15), Russian and Ukrainian.

An initial and a surname ("И. Соколов пояснил, что «…»", "По словам И. Соколова, «…»")
written before the quote, after the full name was given, is that person: the text's
own "И. Соколов" is one more form of "Иван Соколов", not a second person, and a genitive
after an initial is the full name's case. Another initial, or two people whose given
names share it, is no such person.

"По утверждению X", "по заявлению X", "по признанию X" and Ukrainian "за твердженням X",
"за заявою X" open a quote as "по словам X" does. A connective opening the sentence
("При этом", "Кроме того", "Тим часом") does not keep an office noun after it from being
the subject ("При этом глава района отметил: «…»"). An "as X said" opening set off by
a comma may have a word or two before the quote ("Как добавил X, его «…»"), none an
office or a capitalised word. A quote nested in a quote whose closing mark ends both
(Russian typesetting leaves the outer one out) ends there also after a "?" or a "!"
with a dash and no comma ("«… «…?» — сказал он"); a name inside such a nested quote
is said to the speaker, not of them. "Поделился", "поділився" are speech verbs. A
quotation left open that goes on over lines each opened by a dash (questions and
answers inside the one quotation), the last of them closing it, is one quotation a line
of the same speaker; a dash line among plain ones still ends the run.

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.marks import collect_marks, pair_marks
from seedparse._text.quotes.names import split_tokens
from seedparse._text.quotes.slavic import as_clause
from seedparse._text.quotes.slavic_names import abbreviates, spelled_out
from seedparse._text.quotes.slavic_others import speaks_of
from seedparse._text.quotes.slavic_subjects import after_connective

_RU = "Глава района Иван Соколов встретился с жителями.\n"
_UK = "Голова громади Петро Коваль зустрівся з мешканцями.\n"

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
    (
        "ru-by-the-claim-of",
        _RU + "По утверждению главы района, он «совершенно свободен от каких-то кураторств».",
        [("совершенно свободен", "Иван Соколов")],
    ),
    (
        "uk-by-the-claim-of",
        _UK + "За твердженням голови громади, «ремонт дороги почнеться вже наступної весни».",
        [("ремонт дороги", "Петро Коваль")],
    ),
    (
        # near miss: a proposal is no statement
        "ru-by-the-proposal-of",
        _RU + "По предложению главы района, «ремонт дороги начнётся уже следующей весной».",
        [("ремонт дороги", None)],
    ),
    (
        "ru-office-after-a-connective",
        _RU + "При этом глава района отметил: «Это не просто приехать и ленточку перерезать».",
        [("Это не просто", "Иван Соколов")],
    ),
    (
        "uk-office-after-a-connective",
        _UK + "Тим часом голова громади заявив: «Ремонт дороги почнеться вже наступної весни».",
        [("Ремонт дороги", "Петро Коваль")],
    ),
    (
        # near miss: a phrase that is no connective
        "ru-office-after-another-phrase",
        _RU
        + "При назначении глава района отметил: «Это не просто приехать и ленточку перерезать».",
        [("Это не просто", None)],
    ),
    (
        "ru-as-clause-then-a-possessive",
        _RU
        + "Как добавил Иван Соколов, его «функция состоит в том, чтобы вопросы решались быстро».",
        [("функция состоит", "Иван Соколов")],
    ),
    (
        # near miss: "when", not "as"
        "ru-when-clause-then-a-possessive",
        _RU
        + "Когда добавил Иван Соколов, его «функция состоит в том, чтобы вопросы решались быстро».",
        [("функция состоит", None)],
    ),
    (
        "ru-nested-quote-closing-both-after-a-question",
        _RU + "«Я к ним не приехал. Сразу спросили: «Иван Николаевич, мы что-то делаем не так?» "
        "— сказал он.",
        [("Я к ним", "Иван Соколов")],
    ),
    (
        # near miss: no question, and no attribution after the dash: left open
        "ru-nested-quote-then-a-dash-and-no-attribution",
        _RU + "«Я к ним не приехал. Сразу спросили: «Иван Николаевич, мы что-то делаем не так» "
        "— это было обидно.",
        [("Я к ним", None)],
    ),
    (
        "ru-shared-he",
        _RU + "«Ремонт дороги начнётся уже следующей весной», — поделился он.",
        [("Ремонт дороги", "Иван Соколов")],
    ),
    (
        "uk-shared-he",
        _UK + "«Ремонт дороги почнеться вже наступної весни», – поділився він.",
        [("Ремонт дороги", "Петро Коваль")],
    ),
    (
        # near miss: the person in view named by given name and patronymic outside
        # any nested quote is spoken of
        "ru-named-in-the-quote-itself",
        "Глава района Иван Соколов встретился с министром.\n"
        "«Иван Николаевич обещал, что ремонт дороги начнётся весной», — сказал он.",
        [("Иван Николаевич", None)],
    ),
    (
        "uk-dash-lines-inside-one-quotation",
        "Тренер Олег Савчук прокоментував гру.\n"
        '"Ми довго не могли забити, суперник грав щільно.\n'
        "- Чому так склалося з голом у першому таймі?\n"
        '- Тренер завжди відповідає за результат, ми це знаємо", - сказав Савчук.',
        [
            ("Ми довго", "Олег Савчук"),
            ("- Чому так", "Олег Савчук"),
            ("- Тренер завжди", "Олег Савчук"),
        ],
    ),
    (
        "ru-dash-lines-inside-one-quotation",
        "Нападающий Игорь Смирнов ответил на вопросы.\n"
        "«Первый тайм был тяжёлым, мы много бегали.\n"
        "— Что случилось после перерыва?\n"
        "— Мы просто устали и пропустили дважды», — сказал Смирнов.",
        [
            ("Первый тайм", "Игорь Смирнов"),
            ("— Что случилось", "Игорь Смирнов"),
            ("— Мы просто", "Игорь Смирнов"),
        ],
    ),
    (
        # near miss: no line closes the quotation
        "uk-dash-lines-and-no-close",
        "Тренер Олег Савчук прокоментував гру.\n"
        '"Ми довго не могли забити, суперник грав щільно.\n'
        "- Чому так склалося з голом у першому таймі?\n"
        "- Тренер завжди відповідає за результат, ми це знаємо.",
        [("Ми довго", "Олег Савчук")],
    ),
    (
        # near miss: the closing line opens with no dash
        "uk-dash-line-then-a-plain-close",
        "Тренер Олег Савчук прокоментував гру.\n"
        '"Ми довго не могли забити, суперник грав щільно.\n'
        "- Чому так склалося з голом у першому таймі?\n"
        'Тренер завжди відповідає за результат, ми це знаємо", - сказав Савчук.',
        [("Ми довго", "Олег Савчук")],
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


def _lines(text: str) -> list[tuple[int, int]]:
    blocks, pos = [], 0
    for line in text.split("\n"):
        blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return blocks


def test_nested_quote_closing_both_ends_before_the_attribution() -> None:
    text = _RU + "«Я к ним не приехал. Спросили: «Мы что-то делаем не так?» — сказал он."
    (quote,) = [c for block in find_quotations(text, _lines(text)) for c in block]
    assert quote.text.endswith("делаем не так?"), quote.text


@pytest.mark.parametrize(
    ("text", "closes_at"),
    [
        ("«a «b c?» — сказал X", 8),  # the nested mark ends both
        ("«a «b c!» - сказал X", 8),
        ("«a «b c…» – сказал X", 8),
        ("«a «b c», — сказал X", 7),  # (a comma and a dash: as before)
        ("«a «b c» — сказал X", None),  # near miss: no question, no comma
        ("«a «b c?»— сказал X", None),  # near miss: no space before the dash
        ("«a «b c?» сказал X", None),  # near miss: no dash
    ],
)
def test_pair_marks_nested_close(text: str, closes_at: int | None) -> None:
    marks = collect_marks(text, 0, len(text), 100)
    ((open_, _, inner_end, close_end),) = pair_marks(text, 0, len(text), marks)
    assert open_ == 0
    if closes_at is None:
        assert inner_end == close_end == len(text)
    else:
        assert inner_end == closes_at and close_end == closes_at + 1


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("При этом глава", True),
        ("Кроме того, глава", False),  # (the comma opens the clause itself)
        ("кроме того глава", True),
        ("В свою очередь глава", True),
        ("Тим часом голова", True),
        ("Водночас голова", True),
        ("При назначении глава", False),  # no connective
        ("Он при этом глава", False),  # not at the clause's head
        ("глава", False),  # nothing before
    ],
)
def test_after_connective(before: str, expected: bool) -> None:
    tokens = split_tokens(before, 0, len(before))
    assert after_connective(tokens, len(tokens) - 1) is expected


@pytest.mark.parametrize(
    ("opening", "verb", "expected"),
    [
        ("Как добавил Иван Соколов, его", "добавил", ("name", "Иван Соколов")),
        ("Как он добавил, его", "добавил", ("pronoun", "он")),
        ("Как пояснила глава района, её", "пояснила", ("role", "глава|f")),
        ("Як зазначив Петро Коваль, його", "зазначив", ("name", "Петро Коваль")),
        ("Как добавил Иван Соколов, министр", "добавил", None),  # an office after it
        ("Как добавил Иван Соколов, в Москве", "добавил", None),  # a capitalised word
        ("Как добавил Иван Соколов, по его словам", "добавил", None),  # too many words
        ("Когда добавил Иван Соколов, его", "добавил", None),  # not "as"
    ],
)
def test_as_clause(opening: str, verb: str, expected: tuple[str, str] | None) -> None:
    tokens = split_tokens(opening, 0, len(opening))
    assert as_clause(tokens, tokens.index(verb), len(tokens)) == expected


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("Сразу спросили: «Иван Николаевич, что не так?»", False),  # nested: said to him
        ("Сразу спросили: «Иван Николаевич, что не так?", False),  # (its mark ends both)
        ("Спросили „Иван Николаевич, что не так“ и ушли", False),
        ("Иван Николаевич сказал: «что не так?»", True),  # near miss: outside the marks
    ],
)
def test_speaks_of_skips_nested_quotes(quoted: str, expected: bool) -> None:
    assert speaks_of("Иван Соколов", quoted) is expected
