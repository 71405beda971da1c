# ruff: noqa: RUF001 -- Russian and Ukrainian text on purpose
"""Russian and Ukrainian direct speech in dash lines (dash_lines.py, dash_speech.py).

The texts are sentences of real news and interview pages found with a search of
stored public pages (not the fixtures' cases), abridged; the near-misses are lines
of the same pages' kind that must give no quotation: list items, a colon that
introduces no speech, a Latin line, a score, a date range, a dash as a parenthesis,
a lone one-sentence line, an answer whose speaker the text does not give.
"""

from __future__ import annotations

import pytest

import seedparse
from seedparse._text.dash_lines import speech_line


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = seedparse.parse(text, reader="article")
    return [(c.text, c.speaker) for c in doc.citations if c.kind == "quotation"]


SPEECH_LINES = [
    # (line, is it direct speech?)
    ("\u2013 Много сделано, но есть куда стремиться, \u2013 сказал он.", True),
    ("- Все это грязные слухи, будто я испугался трудностей.", True),
    ("\u2014 Наш регион знает цену общенациональной помощи.", True),
    ("\u2013\u00a0Мы ощутили поддержку всей страны этой весной.", True),
    ("\u2013 Як ваші справи в Україні?", True),
    ("\u2013 «Динамо» выиграло у «Зари» со счетом 2:1.", True),
    # near-misses: list items, Latin lines, numbers, phrases
    ("\u2013 ремонт дорог на улице Ленина;", False),
    ("\u2013 Новая школа на 500 мест", False),  # no sentence end
    ("\u2013 Ремонт школы.", False),  # a phrase: too few words
    ("- Buy now and save on every order.", False),
    ("\u2013 Wir haben heute gut gespielt, sagte er.", False),
    ("\u2013 2:1 в пользу гостей после первого тайма.", False),
    ("\u2013 1941\u20131945 годы стали самыми тяжелыми.", False),
    # the dash glued to a Cyrillic capital: speech too (issue 15, qdash26; it was a near
    # miss before, when no outlet printing it had been seen)
    ("\u2013Мы готовы помочь всем пострадавшим.", True),
    ("\u20135 градусов мороза ожидается ночью.", False),  # glued to a number
    ("\u2013пункт обогрева работает круглосуточно.", False),  # glued to a small letter
    ("Мэр города \u2013 он занимает пост с 2015 года \u2013 сказал это.", False),
]


@pytest.mark.parametrize(("line", "speech"), SPEECH_LINES)
def test_speech_line(line: str, speech: bool) -> None:
    assert speech_line(line) is speech


CASES = [
    # (text, expected quotations (first words, speaker))
    (  # hyphen-minus dashes, attribution between them (Altai regional paper's layout)
        "Глава района ответил на вопросы\n"
        "Глава района Иван Петров встретился с жителями.\n"
        "- Мы будем помогать всем пострадавшим семьям, - сказал Иван Петров.\n",
        [("Мы будем помогать всем пострадавшим семьям", "Иван Петров")],
    ),
    (  # NBSP after the en dashes
        "Глава района ответил на вопросы\n"
        "\u2013\u00a0Деньги уже выделены из резервного фонда, \u2013\u00a0"
        "рассказал глава района Иван Петров.\n",
        [("Деньги уже выделены из резервного фонда", "Иван Петров")],
    ),
    (  # a colon-introduction, then two dash paragraphs by the same speaker
        "Голова громади про ремонт\n"
        "Голова громади Олег Савчук зазначив:\n"
        "\u2013 Ми відремонтували дах школи до початку навчального року.\n"
        "\u2013 Наступного року плануємо замінити вікна в садочку.\n",
        [
            ("Ми відремонтували дах школи до початку навчального року.", "Олег Савчук"),
            ("Наступного року плануємо замінити вікна в садочку.", "Олег Савчук"),
        ],
    ),
    (  # the line after an attributed one carries its speaker on
        "Голова громади про ремонт\n"
        "\u2013 Ми йшли до цього сім років, \u2013 розповів Олег Савчук.\n"
        "\u2013 Чи не щодня є якась подія чи тема, яку варто висвітлити. І це добре.\n",
        [
            ("Ми йшли до цього сім років", "Олег Савчук"),
            ("Чи не щодня є якась подія чи тема, яку варто висвітлити. І це добре.", "Олег Савчук"),
        ],
    ),
    (  # an interview: the question addresses the answerer in the vocative
        "Все у нас буде добре\n"
        "Сільським головою обрали Володимира Андрійовича Коваленка.\n"
        "- Володимире Андрійовичу, що спонукало Вас піти на такий крок?\n"
        "- Наше життя, як відомо, зовсім нелегке. Люди просили мене балотуватися.\n",
        [("Наше життя, як відомо, зовсім нелегке.", "Володимир Андрійович")],
    ),
    (  # an interview under a headline that labels the interviewee
        "Луческу: я не міг виявити боягузтво\n"
        "\u2013 Як ваші справи в Україні?\n"
        "\u2013 Важко... Дуже важко. Я живу на базі, ми тут тренуємось.\n",
        [("Важко... Дуже важко. Я живу на базі, ми тут тренуємось.", "Луческу")],
    ),
    (  # a lone dash paragraph of two sentences: speech, its speaker not given here
        "Губернатор о поддержке\n"
        "\u2014 У нас очень хорошее взаимопонимание с губернатором. "
        "В нескольких моментах, когда мне нужна была поддержка, он меня поддержал.\n",
        [("У нас очень хорошее взаимопонимание с губернатором.", None)],
    ),
    (  # ... never the last person named before it
        "Директор школы распродал парты\n"
        "Депутат гордумы Илья Мительман купил ноту за 30 тысяч рублей.\n"
        "\u2014 И диезы, и бемоли, и скрипичный ключ \u2014 всё продал. "
        "Лабораторию на эти деньги доделываю.\n",
        [("И диезы, и бемоли, и скрипичный ключ", None)],
    ),
    # ------------------------------------------------------------- near-misses
    (  # a colon that introduces a list, not speech
        "Планы района на год\n"
        "В планах администрации района на год:\n"
        "\u2013 Новая школа на пятьсот мест в центре.\n"
        "\u2013 ремонт дорог на улице Ленина;\n",
        [],
    ),
    (  # a lone one-sentence dash line: not taken
        "Ремонт моста\n"
        "Мост через реку закрыли на ремонт.\n"
        "\u2013 Работы продолжатся до конца месяца.\n",
        [],
    ),
    (  # an answer with no addressee and no labelling headline: not taken
        "Розмова про громаду\n"
        "\u2013 Як змінилося село за останні роки?\n"
        "\u2013 Ми збудували новий садочок і відремонтували дорогу до школи.\n",
        [],
    ),
    (  # the journalist's turn says "you" and ends with no question mark
        "Розмова про громаду\n"
        "\u2013 Про вас говорять, що ви завжди досягаєте своєї мети.\n"
        "\u2013 Це правда. Але нині на заваді багато в чому стоїть війна.\n",
        [],
    ),
    (  # English and German dash lines
        "Match report\n"
        "- We are ready for the final, - he said. - We trained hard.\n"
        "\u2013 Wir sind bereit, \u2013 sagte er. \u2013 Wir haben hart trainiert.\n",
        [],
    ),
    (  # a score and a date range in dash lines
        "Итоги тура\n"
        "\u2013 2 \u2013 1 в пользу гостей после первого тайма.\n"
        "\u2013 1941\u20131945 годы стали самыми тяжелыми для города.\n",
        [],
    ),
    (  # a dash as a parenthesis inside a sentence, no dash line
        "Мэр о бюджете\n"
        "Мэр города Иван Петров \u2013 он занимает пост с 2015 года \u2013 "
        "отметил, что бюджет будет принят в срок.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dash_speech(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = _quotes(text)
    assert len(found) == len(expected), found
    for (got_text, got_speaker), (want_start, want_speaker) in zip(found, expected, strict=True):
        assert got_text.startswith(want_start), (got_text, want_start)
        assert got_speaker == want_speaker, (got_text, got_speaker)


def test_dash_lines_stay_in_the_text() -> None:
    """A dash line of speech keeps its dash in the body; a list item does not."""
    doc = seedparse.parse(
        "Заголовок\n"
        "\u2013 Мы будем помогать всем пострадавшим семьям, \u2013 сказал он.\n"
        "В планах:\n"
        "\u2013 ремонт дорог;\n",
        reader="article",
    )
    kinds = [(p.kind, p.text[:2]) for p in doc.passages]
    assert ("paragraph", "\u2013 ") in kinds
    assert ("list_item", "ре") in kinds
