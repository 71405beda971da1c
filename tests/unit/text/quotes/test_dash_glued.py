# ruff: noqa: RUF001 -- Russian and Ukrainian text on purpose
"""Russian and Ukrainian dash speech with glued dashes, speech run on into a second
paragraph that alone carries the attribution, answers in a dialogue, a quotation after
a sentence of reported speech opened by an adverb of order and a pronoun, and topic
lines of an interview (issue 15, qdash26). Each shape has near misses: a hyphenated
word, a list item, a number's dash, a paragraph with a dash but no attribution, a
sentence of someone else's reported speech, a subheading that is no topic line (see
:mod:`seedparse._text.dash_lines`, :mod:`seedparse._text.quotes.dash_paragraphs`,
:mod:`seedparse._text.quotes.dash_speech`, :mod:`seedparse._text.quotes.reported_pronoun`
and :mod:`seedparse._text.quotes.section_breaks`).

The texts are written for these tests with made-up names, in the style of news copy;
none comes from the seeds or the scored fixtures. Each is read by the article reader
(its first line the title); the expected value lists, in order, each quotation as
``(start of its text, speaker)``.
"""

from __future__ import annotations

import pytest

import seedparse
from seedparse._text.dash_lines import answer_line, dash_body, question_line, speech_line
from seedparse._text.quotes.dash_paragraphs import closing_attribution

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a dash glued to the first word, and to the punctuation before the attribution --
    (
        "glued-dashes-uk-exclamation",
        "Ремонт у селі\n\n"
        "Голова громади Іван Петренко розповів про ремонт школи.\n\n"
        "-Ми зробили все, що могли!- сказав Іван Петренко.\n\n"
        "Роботи тривають.",
        [("Ми зробили все, що могли!", "Іван Петренко")],
    ),
    (
        "glued-dash-after-a-period-ru",
        "Ремонт школы\n\n"
        "Директор школы Анна Смирнова рассказала о ремонте.\n\n"
        "-Это было трудно.- говорит Анна Смирнова.\n\n"
        "Ремонт закончен.",
        [("Это было трудно", "Анна Смирнова")],
    ),
    (
        "em-dash-open-hyphen-close-after-a-comma",
        "Ремонт у селі\n\n"
        "Староста Ольга Коваль розповіла про ремонт клубу.\n\n"
        "— Ми зробили все, що могли,- сказала вона.\n\n"
        "Роботи тривають.",
        [("Ми зробили все, що могли", "Ольга Коваль")],
    ),
    (
        # near miss: a hyphenated word is no closing dash, and no attribution follows
        "hyphenated-words-are-no-attribution",
        "Погода\n\n"
        "Синоптик Олег Бондар розповів про погоду.\n\n"
        "-Вітер буде північно-західний, а дощ триватиме пів-години щодня.\n\n"
        "Так вважають у центрі.",
        [],
    ),
    (
        # near miss: a number's dash and a small letter after a glued dash
        "glued-dash-before-a-number-or-a-small-letter-is-no-speech",
        "Погода\n\n"
        "Синоптик Олег Бондар розповів про погоду.\n\n"
        "-5 градусів очікується вночі, - сказав Олег Бондар.\n\n"
        "-пункт обігріву працює цілодобово, - сказав Олег Бондар.",
        [],
    ),
    # -- the answer run on into a second paragraph, closed there ------------------------
    (
        "two-paragraphs-closed-by-the-second-glued",
        "Візит мера\n\n"
        "Міський голова Ірина Петренко відвідала старостинський округ.\n\n"
        "-Ми зробили все, що могли. Роботи тривають до осені.\n\n"
        "Залишилося встановити вікна та двері,- зазначила Ірина Петренко.",
        [
            ("Ми зробили все, що могли. Роботи", "Ірина Петренко"),
            ("Залишилося встановити вікна", "Ірина Петренко"),
        ],
    ),
    (
        "two-paragraphs-the-first-asking-the-label-completes-the-surname",
        "Сергей Волков: Мы не забили пенальти\n\n"
        "Главный тренер клуба на пресс-конференции прокомментировал матч.\n\n"
        "- Игра была тяжелая. О чем можно говорить, если мы не забили пенальти?\n\n"
        "Во втором тайме мы выровняли игру, но не забили с пенальти, - подытожил Волков.",
        [
            ("Игра была тяжелая", "Сергей Волков"),
            ("Во втором тайме", "Сергей Волков"),
        ],
    ),
    (
        # near miss: the paragraph after has a dash inside but closes with no attribution
        "a-narrative-dash-is-no-closing-attribution",
        "Візит мера\n\n"
        "Міський голова Ірина Петренко відвідала старостинський округ.\n\n"
        "-Ми зробили все, що могли. Роботи тривають до осені.\n\n"
        "Ремонт дороги, - це не швидка справа для громади.",
        [("Ми зробили все, що могли. Роботи", None)],
    ),
    # -- answers in a dialogue: after an attributed question, a one-word answer ---------
    (
        "answers-after-questions-are-the-last-answerer",
        "Колишній мер біля суду\n\n"
        "Олександр Гнатенко каже, що для нього в пріоритеті його фонд:\n\n"
        "– Займаюся громадською діяльністю, роздаємо набори, – каже колишній мер.\n\n"
        "– Ви плануєте йти на вибори? – уточнює РІА.\n\n"
        "– Звісно.\n\n"
        "– А коли будуть вибори?\n\n"
        "– Нічого не можу сказати, не знаю. Це залежить від парламенту.",
        [
            ("Займаюся громадською", "Олександр Гнатенко"),
            ("Звісно", "Олександр Гнатенко"),
            ("Нічого не можу сказати", "Олександр Гнатенко"),
        ],
    ),
    (
        # near miss: a list after a colon, no question before it: list items
        "a-short-dash-line-after-no-question-is-a-list-item",
        "Оголошення\n\nГромада закупила для школи таке:\n\n– Парти.\n\n– Дошки.",
        [],
    ),
    # -- reported speech with a colon, opened by an adverb of order and a pronoun -------
    (
        "adverb-then-pronoun-then-colon-ru",
        "Ремонт моста\n\n"
        "Мэр города Иван Петров провел совещание. Затем он пояснил журналистам: работы "
        "продлятся до осени. «Мы не успеваем из-за погоды, подрядчик работает в две "
        "смены».",
        [("Мы не успеваем", "Иван Петров")],
    ),
    (
        "adverb-then-pronoun-then-colon-uk",
        "Ремонт мосту\n\n"
        "Мер міста Іван Петров провів нараду. Також він наголосив: роботи триватимуть до "
        "осені. «Ми не встигаємо через погоду, підрядник працює у дві зміни».",
        [("Ми не встигаємо", "Іван Петров")],
    ),
    (
        # near miss: the reported sentence's subject is a body, not the pronoun
        "adverb-then-a-body-reporting",
        "Ремонт моста\n\n"
        "Мэр города Иван Петров провел совещание. Затем комиссия пояснила журналистам: "
        "работы продлятся до осени. «Мы не успеваем из-за погоды».",
        [("Мы не успеваем", None)],
    ),
    # -- a topic line of an interview between two answers -------------------------------
    (
        "topic-line-about-keeps-the-interviewee",
        "Тренер о матче\n\n"
        "Главный тренер «Динамо» Олег Воронин ответил на вопросы журналистов после "
        "матча.\n\n"
        "«Мы будем играть тем составом, который есть. Травмированных много».\n\n"
        "О травмах\n\n"
        "«Врачи работают, ждем результатов обследования».",
        [("Мы будем играть", "Олег Воронин"), ("Врачи работают", "Олег Воронин")],
    ),
    (
        # near miss: a subheading that is no "about" topic line starts a new section
        "a-subheading-is-no-topic-line",
        "Тренер о матче\n\n"
        "Главный тренер «Динамо» Олег Воронин ответил на вопросы журналистов после "
        "матча.\n\n"
        "«Мы будем играть тем составом, который есть. Травмированных много».\n\n"
        "Реакция болельщиков\n\n"
        "«Врачи работают, ждем результатов обследования».",
        [("Мы будем играть", "Олег Воронин"), ("Врачи работают", None)],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_dash_glued_shapes(name: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    doc = seedparse.parse(text, reader="article")
    found = [c for c in doc.citations if c.kind == "quotation"]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got


@pytest.mark.parametrize(
    ("line", "body", "speech", "answer", "question"),
    [
        ("-Ми зробили все, що могли!- сказав Іван.", 1, True, False, False),
        ("- Ми зробили все, що могли.", 2, True, False, False),
        ("-5 градусів морозу очікується вночі.", 0, False, False, False),
        ("-пункт перший і другий тут.", 0, False, False, False),
        ("-Buy now, pay later today.", 0, False, False, False),
        ("– Звісно.", 2, False, True, False),
        ("– Ні, не думаю.", 2, False, True, False),
        ("- Молоко, хліб", 2, False, False, False),
        ("- 12 км.", 2, False, False, False),
        ("- Ви плануєте йти на вибори? – уточнює журналістка.", 2, True, False, True),
        ("- А коли будуть вибори?", 2, True, False, True),
    ],
)
def test_dash_line_predicates(
    line: str, body: int, speech: bool, answer: bool, question: bool
) -> None:
    assert dash_body(line) == body
    assert speech_line(line) is speech
    assert answer_line(line) is answer
    assert question_line(line) is question


@pytest.mark.parametrize(
    ("paragraph", "attribution"),
    [
        ("Залишилося встановити вікна та двері,- зазначила вона.", "зазначила вона"),
        ("Правда за нами, отже й перемога!- зазначив Іван Петров.", "зазначив Іван Петров"),
        ("Не забили с пенальти, - подытожил Волков.", "подытожил Волков"),
        ("Це було важко.- говорить вона.", "говорить вона"),
        ("- Це рядок з тире, - сказав він.", None),  # (a dash line of its own)
        ("Він сказав «так», - зазначив Іван.", None),  # (a mark inside)
        ("Ремонт дороги - це не швидка справа.", None),  # (no attribution at the end)
        ("Вітер північно-західний.", None),
    ],
)
def test_closing_attribution(paragraph: str, attribution: str | None) -> None:
    found = closing_attribution(paragraph, 0, len(paragraph))
    assert (found[1] if found is not None else None) == attribution
