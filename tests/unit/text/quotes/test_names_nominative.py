# ruff: noqa: RUF003 -- Russian and Ukrainian words in comments on purpose
"""Given names put back in the nominative when the text declined the surname
(:func:`seedparse._text.quotes.slavic_forms.nominative_given`), and the same rule end to end:
a speaker named by surname alone is completed from an earlier oblique mention.

The names are made up for these tests save those marked as from real text; the rules
are the masculine -й stem declension of Ukrainian and Russian and the full name's
genitive, dative and instrumental endings, and every other form must come back
unchanged (precision)."""

from __future__ import annotations

import pytest

from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.slavic_forms import nominative_given

CASES = [
    # (given as written, surname as written, surname in the nominative, expected)
    ("Юрія", "Ігната", "Ігнат", "Юрій"),  # uk genitive
    ("Сергію", "Ігнатові", "Ігнат", "Сергій"),  # uk dative -ові
    ("Андрію", "Бондару", "Бондар", "Андрій"),  # uk dative
    ("Юрия", "Петрова", "Петров", "Юрий"),  # ru genitive
    ("Сергея", "Лаврова", "Лавров", "Сергей"),  # ru genitive -ей
    ("Николаю", "Смирнову", "Смирнов", "Николай"),  # ru dative -ай
    ("Ивана", "Петрова", "Петров", "Иван"),  # the full name's genitive rules
    ("Дмитра", "Ігната", "Ігнат", "Дмитро"),  # Ukrainian letters: Дмитро
    ("Дмитра", "Игната", "Игнат", "Дмитра"),  # Дмитро or Дмитр? ambiguous: unchanged
    # (issue 15, from real text: "представителю МИД РФ Марии Захаровой ... пояснила
    # Захарова"; "представителя Следственного комитета РФ Владимира Маркина ... отметил
    # Маркин")
    ("Марии", "Захаровой", "Захарова", "Мария"),  # ru dative, a woman's
    ("Владимира", "Маркина", "Маркин", "Владимир"),  # ru genitive, a man's
    # (newsnn.ru: "со ссылкой на адвоката Софью Рубасскую ... рассказала Рубасская")
    ("Софью", "Рубасскую", "Рубасская", "Софья"),  # ru accusative, a woman's
    ("Анну", "Кулебу", "Кулеба", "Анна"),  # an "-а" surname's accusative
    ("Ивану", "Петрову", "Петров", "Иван"),  # a man's dative, not a woman's accusative
    ("Ольгой", "Гнатюк", "Гнатюк", "Ольгой"),  # surname as written: unchanged
    ("Ганною", "Гнатюк", "Гнатюка", "Ганною"),  # the endings disagree: unchanged
    ("Юлія", "Шевченко", "Шевченко", "Юлія"),  # surname not declined: unchanged
    ("Юлія", "Ігнат", "Ігнат", "Юлія"),  # nominative surname: unchanged
    ("Марія", "Зеленського", "Зеленський", "Марія"),  # adjectival surname: not this rule
    ("Julia", "Ignata", "Ignat", "Julia"),  # Latin script: unchanged
    ("Юрія Олеговича", "Ігната", "Ігнат", "Юрій Олеговича"),  # patronymics are not -й stems
]


@pytest.mark.parametrize(("given", "written", "surname", "expected"), CASES)
def test_nominative_given(given: str, written: str, surname: str, expected: str) -> None:
    assert nominative_given(given, written, surname) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Про це повідомив речник Повітряних сил Юрія Ігната в ефірі.\n"
            '"Ми нічого не оголошували", - сказав Ігнат.',
            "Юрій Ігнат",
        ),
        (
            "Представитель штаба Андрея Карпова выступил на брифинге.\n"
            '"Мы ничего не объявляли", - сказал Карпов.',
            "Андрей Карпов",
        ),
    ],
)
def test_surname_completed_in_nominative(text: str, expected: str) -> None:
    blocks = []
    pos = 0
    for line in text.split("\n"):
        blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    speakers = [c.speaker for block in find_quotations(text, blocks) for c in block]
    assert speakers == [expected]
