"""Speakers resolved from the sentence before a quote (issue 15, cross-sentence part):
a pronoun stands for the one person the previous sentence credits or introduces, even
after an earlier speaker; a paragraph that is only a quotation carries on the person the
sentence before credits with speech ("X admitted that ..."); a full name after the verb
of a scanned sentence is its subject ("заявил министр X"), not a genitive before it.

Each case is a short text whose lines are the blocks (paragraphs); the expected value
lists, in order, each quotation as ``(start of its text, speaker)``. The texts are
written for these tests in the style of wire copy, with made-up names; none comes from
the seeds or the scored fixtures. The precision cases expect ``None``: when the sentence
before names two people, or credits nobody, no speaker is guessed.
"""

# The Cyrillic cases are written out, not escaped, so that they can be read:
# ruff: noqa: RUF001

from __future__ import annotations

from collections.abc import Callable

import pytest

import seedparse

L, R = "\u201c", "\u201d"  # English
DL, DR = "\u201e", "\u201c"  # German, Ukrainian
GL, GR = "\u00ab", "\u00bb"  # French, Russian, Ukrainian

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a pronoun after a new subject, although someone else spoke before ----------
    (
        "en-pronoun-to-the-new-subject",
        f"{L}The levee held for now,{R} said engineer Paul Hartigan.\n"
        "Deputy governor Lena Ostrova toured the flooded streets in the afternoon.\n"
        f"{L}We owe these families more than sandbags and promises,{R} she said.",
        [("The levee", "Paul Hartigan"), ("We owe these families", "Lena Ostrova")],
    ),
    (
        "en-pronoun-after-two-people-is-nobody",
        f"{L}The levee held for now,{R} said engineer Paul Hartigan.\n"
        "Deputy governor Lena Ostrova met mayor Victor Hale in the afternoon.\n"
        f"{L}We owe these families more than sandbags and promises,{R} she said.",
        [("The levee", "Paul Hartigan"), ("We owe these families", None)],
    ),
    (
        "de-pronoun-to-the-new-subject",
        f"{DL}Die Schleuse ist dicht{DR}, sagte Paul Hartmann.\n"
        "Lena Osterholz besuchte am Nachmittag die überfluteten Straßen.\n"
        f"{DL}Diese Familien brauchen mehr als Sandsäcke und Versprechen{DR}, sagte sie.",
        [("Die Schleuse", "Paul Hartmann"), ("Diese Familien", "Lena Osterholz")],
    ),
    (
        "ru-pronoun-after-verb-subject",
        "Об этом на заседании Госсовета заявил министр транспорта Олег Сурин.\n"
        f"{GL}Мы не будем повышать тарифы в этом году, как бы ни росли цены{GR}, "
        "\u2014 сказал он.",
        [("Мы не будем", "Олег Сурин")],
    ),
    (
        "uk-pronoun-after-verb-subject",
        "Про це на засіданні Кабміну заявив міністр транспорту Олег Сурин.\n"
        f"{GL}Ми не будемо підвищувати тарифи цього року, хоч би як зростали ціни{GR}, "
        "\u2014 сказав він.",
        [("Ми не будемо", "Олег Сурин")],
    ),
    # -- a paragraph that is only a quotation, after "X admitted that ..." ----------
    (
        "ru-quote-paragraph-after-credit",
        "Глава фонда Марина Ветрова призналась, что долго не решалась уйти с поста.\n"
        '"Я всегда хотела вернуться к науке. В этом году, наверное, время пришло"',
        [("Я всегда хотела", "Марина Ветрова")],
    ),
    (
        "en-quote-paragraph-after-credit",
        "Coach Dana Whitfield admitted that the season had gone badly.\n"
        f"{L}We lost our way in the winter and never found it again.{R}",
        [("We lost our way", "Dana Whitfield")],
    ),
    (
        "en-quote-paragraph-after-no-credit-is-nobody",
        "Coach Dana Whitfield watched the game from the stands.\n"
        f"{L}We lost our way in the winter and never found it again.{R}",
        [("We lost our way", None)],
    ),
    (
        "de-quote-paragraph-after-no-credit-is-nobody",
        "Am Abend traf Trainerin Dana Weißfeld den Kapitän Jonas Brenner.\n"
        f"{DL}Wir haben im Winter den Faden verloren und nie wiedergefunden.{DR}",
        [("Wir haben im Winter", None)],
    ),
    (
        "uk-quote-paragraph-after-credit-naming-another",
        "Командувач Андрій Ткаченко зазначив, що дякує полковнику Петру Савчуку за службу.\n"
        '"Дякую за чесну роботу на посаді речника. Він залишиться у складі армії"',
        [("Дякую за чесну", "Андрій Ткаченко")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_context_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], object],
) -> None:
    check_quotes(text, expected)


def test_capitalised_words_that_never_open_a_name_at_the_end_of_the_scan() -> None:
    """The text read before a pronoun's quote ends in capitalised words that never
    open a name ("The The"): the scan stops there, it does not fail (this raised
    ParseError from an IndexError), and the pronoun is the person named before."""
    doc = seedparse.parse(
        "Dana Cole spoke to reporters on Monday.\n\n"
        "The The \u201cWe will win this race, no doubt about it,\u201d she said.",
        reader="article",
    )
    assert [(c.text, c.speaker) for c in doc.citations if c.kind == "quotation"] == [
        ("We will win this race, no doubt about it", "Dana Cole")
    ]
