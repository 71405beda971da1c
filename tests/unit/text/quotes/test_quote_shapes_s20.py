# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Shapes added in session 20 (issue 15), Russian and Ukrainian.

A quotation that runs over several paragraphs, opened once and closed once, the
paragraphs between them with no mark of their own ("X розповів:" / "«Матч був …" /
"Але …" / "… подарували.»"): each paragraph is a quotation of the same speaker, when a
paragraph that closes the quotation follows within a few paragraphs of that kind; a
quote left open with no closing paragraph after it, or a paragraph that opens a quote of
its own or a line of dash dialogue, ends the run. An office noun in the nominative and
its complement in lower case right before the speech verb ("Глава держави також
сказав, що …", "Министр обороны заявил") are the subject, a role for the person in view;
Russian and Ukrainian presidents, ministers, mayors and prosecutors are offices one
person does not hold together (:mod:`~seedparse._text.quotes.exclusive_offices`), so a
role noun of one does not stand for a person the text gave another.

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.exclusive_offices import holds_other_office
from seedparse._text.quotes.names import split_tokens
from seedparse._text.quotes.slavic_others import dative_addressee, speaks_of
from seedparse._text.quotes.slavic_subjects import office_with_complement, opening_subject

OPEN, CLOSE = "\u201c", "\u201d"  # “ ”

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "uk-run-on-after-a-colon-line",
        "Тренер Олег Савчук після гри сказав:\n"
        "«Ми довго не могли забити, суперник грав щільно.\n"
        "Після перерви ми змінили схему і пішли вперед.\n"
        "Результатом я задоволений.»",
        [
            ("Ми довго", "Олег Савчук"),
            ("Після перерви", "Олег Савчук"),
            ("Результатом", "Олег Савчук"),
        ],
    ),
    (
        "ru-run-on-with-a-name-in-marks-inside",
        "Нападающий Игорь Смирнов рассказал:\n"
        "«Первый тайм был тяжёлым, мы много бегали.\n"
        "Потом «Заря» устала, и мы этим воспользовались.\n"
        "Дальше будет сложнее, впереди выезд.»",
        [
            ("Первый тайм", "Игорь Смирнов"),
            ("Потом «Заря»", "Игорь Смирнов"),
            ("Дальше будет", "Игорь Смирнов"),
        ],
    ),
    (
        "uk-run-on-speaker-named-in-the-closing-paragraph",
        "«Сезон був важким, ми втратили трьох гравців.\n"
        "Але ми впоралися і тепер думаємо про наступний.\n"
        "Дякую вболівальникам за підтримку», – сказала капітанка Марія Коваль.",
        [("Сезон був", "Марія Коваль"), ("Але ми", "Марія Коваль"), ("Дякую", "Марія Коваль")],
    ),
    (
        "uk-office-and-complement-before-the-verb",
        "Президентка асоціації Олена Гнатюк відкрила форум.\n"
        f"Голова асоціації також сказала, що {OPEN}малий бізнес потребує простіших правил "
        f"звітності вже цього року{CLOSE}.",
        [("малий бізнес", "Олена Гнатюк")],
    ),
    (
        "uk-office-and-complement-named-before",
        "Міністр юстиції Андрій Петрук зустрівся з журналістами.\n"
        f"Міністр юстиції заявив, що {OPEN}реформа нотаріату стартує з першого березня "
        f"наступного року{CLOSE}.",
        [("реформа нотаріату", "Андрій Петрук")],
    ),
    (
        "ru-office-and-complement-before-the-verb",
        "Министр обороны Павел Лебедев провёл совещание.\n"
        f"Министр обороны заявил, что {OPEN}поставки техники начнутся уже в следующем "
        f"месяце{CLOSE}.",
        [("поставки техники", "Павел Лебедев")],
    ),
    (
        "ru-run-on-closed-after-a-quote-inside-it",
        "Мэр Олег Жуков сказал: «Мост откроем в мае.\n"
        "Строители говорят, что «работы идут», и всё.»",
        [("Мост откроем", "Олег Жуков"), ("Строители говорят", "Олег Жуков")],
    ),
    (
        "ru-relayed-words-of-a-genitive-name",
        "Вратарь Илья Соколов высказался после игры.\n"
        "«Был тяжелый матч, мы много оборонялись.\n"
        "Гол в «девятку» я не видел до последнего, он был неберущийся», — передает слова "
        "Соколова пресс-служба клуба.",
        [("Был тяжелый", "Илья Соколов"), ("Гол в", "Илья Соколов")],
    ),
    (
        "uk-relayed-words-of-a-genitive-name",
        "Воротар Ілля Соколов висловився після гри.\n"
        f"{OPEN}Ми дуже довго оборонялися, суперник тиснув весь час{CLOSE}, — наводить слова "
        "Соколова клубна пресслужба.",
        [("Ми дуже довго", "Ілля Соколов")],
    ),
    (
        "ru-relayed-words-of-an-office",
        "Депутат Олег Жуков выступил в думе.\n"
        "«Мы готовы к переговорам в любой момент», — передает слова депутата агентство.",
        [("Мы готовы", "Олег Жуков")],
    ),
    (
        "ru-dative-addressee-then-the-speaker",
        "Мэр Олег Жуков провел прием граждан.\n"
        "«Мы проверим все жалобы до конца месяца», — сказала агентству Мария Иванова.",
        [("Мы проверим", "Мария Иванова")],
    ),
    (
        "uk-dative-addressee-then-an-office-and-name",
        "Мер Олег Жук провів прийом громадян.\n"
        "«Ми перевіримо всі скарги до кінця місяця», — розповіла виданню мешканка Ганна Бойко.",
        [("Ми перевіримо", "Ганна Бойко")],
    ),
    (
        "ru-three-letter-office-after-the-addressee",
        "Мэр Олег Жуков провел прием граждан.\n"
        "«Мы проверим все жалобы до конца месяца», — сказал журналистам мэр.",
        [("Мы проверим", "Олег Жуков")],
    ),
    (
        "ru-a-speaker-may-name-herself-by-surname",
        "Пенсионерка Анна Белова пожаловалась на отсутствие газа.\n"
        "«Газ обещали провести давно, а Белова всё ждёт», — сказала она.",
        [("Газ обещали", "Анна Белова")],
    ),
    (
        "ru-subject-after-a-time-phrase-and-a-name-in-marks",
        "Вчера, 3 мая, глава района Пётр Ильин на открытии «Парка героев» жителям города "
        "заявил, что «к лету мы откроем ещё два сквера».",
        [("к лету мы", "Пётр Ильин")],
    ),
    (
        "uk-subject-after-a-time-phrase-and-a-name-in-marks",
        "Вчора, 3 травня, голова громади Петро Ільїн на відкритті «Парку героїв» мешканцям "
        "заявив, що «до літа ми відкриємо ще два сквери».",
        [("до літа ми", "Петро Ільїн")],
    ),
    # -- precision ---------------------------------------------------------------------
    (
        "ru-a-colon-quote-is-no-closing-paragraph",
        "Мэр Олег Жуков сказал: «Мост откроем в мае.\nВ мэрии сообщили: «Работы идут по графику».",
        [("Мост откроем", "Олег Жуков"), ("Работы идут", None)],
    ),
    (
        "ru-an-outlet-relaying-is-no-speaker",
        "«Мы готовы к переговорам в любой момент», — передает РИА Новости.",
        [("Мы готовы", None)],
    ),
    (
        "ru-words-about-the-person-in-view-are-not-hers",
        "Пенсионерка Анна Белова пожаловалась на отсутствие газа.\n"
        "«Анна Петровна живет здесь двадцать лет, газ обещали провести давно», — пояснила "
        "изданию соседка.",
        [("Анна Петровна", None)],
    ),
    (
        "ru-the-mayor-is-not-the-president-named-before",
        "Президент Олег Жуков провел прием граждан.\n"
        "«Мы проверим все жалобы до конца месяца», — сказал мэр.",
        [("Мы проверим", None)],
    ),
    (
        "uk-open-quote-then-story-is-no-run",
        "Мер Ігор Ткач сказав: «Ми відкриємо міст у травні.\n"
        "Робітники вже завершують укладання асфальту.\n"
        "На церемонію запросили жителів району.",
        [("Ми відкриємо", "Ігор Ткач")],
    ),
    (
        "uk-a-quote-of-its-own-ends-the-run",
        "Мер Ігор Ткач сказав: «Ми відкриємо міст у травні.\n"
        "Робітники вже завершують укладання асфальту.\n"
        "«Ми не поспішаємо», – додав заступник Петро Бойко.\n"
        "Церемонія відбудеться у неділю.»",
        [("Ми відкриємо", "Ігор Ткач"), ("Ми не поспішаємо", "Петро Бойко")],
    ),
    (
        "uk-dash-dialogue-ends-the-run",
        "Мер Ігор Ткач сказав: «Ми відкриємо міст у травні.\n"
        "– А коли почнуть ремонт дороги?\n"
        "У червні.»",
        [("Ми відкриємо", "Ігор Ткач")],
    ),
    (
        "uk-closing-paragraph-too-far",
        "Мер Ігор Ткач сказав: «Ми відкриємо міст у травні.\n"
        "Один.\nДва.\nТри.\nЧотири.\nП'ять.\nШість.\n"
        "Сім, – сказав він.»",
        [("Ми відкриємо", "Ігор Ткач")],
    ),
    (
        "uk-minister-is-not-the-president-named-before",
        "Президент України Ігор Мельник провів нараду.\n"
        f"Міністр оборони заявив, що {OPEN}поставки техніки почнуться вже наступного "
        f"місяця{CLOSE}.",
        [("поставки техніки", None)],
    ),
    (
        "ru-prosecutor-is-not-the-mayor-named-before",
        "Мэр Казани Олег Петров провёл пресс-конференцию.\n"
        f"Прокурор города заявил, что {OPEN}проверка по факту обрушения займёт не меньше "
        f"месяца{CLOSE}.",
        [("проверка по факту", None)],
    ),
    (
        "uk-relative-before-the-office-is-no-subject",
        "Син міністра Іван Петрук дав інтерв’ю.\n"
        f"Син міністра заявив, що {OPEN}він ніколи не брав участі у справах батька і не "
        f"буде{CLOSE}.",
        [("він ніколи", None)],
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
    ("before_verb", "expected"),
    [
        ("Глава держави також", "глава"),
        ("Міністр закордонних справ", "міністр"),
        ("Після наради міністр оборони", None),  # the office is no clause's head
        ("Після наради, міністр оборони", "міністр"),
        ("і голова облради", "голова"),
        ("Син міністра", None),  # the office in the genitive: someone of the minister's
        ("Дружина президента", None),
        ("Міністр оборони Литви", None),  # a capitalised word: read as a body or a name
        ("Міністр з питань стратегічних галузей", None),  # too long a complement
    ],
)
def test_office_with_complement(before_verb: str, expected: str | None) -> None:
    tokens = split_tokens(before_verb, 0, len(before_verb))
    j = len(tokens) - 1
    if tokens[j] in ("також",):
        j -= 1
    found = office_with_complement(tokens, j)
    assert (found[1] if found is not None else None) == expected


@pytest.mark.parametrize(
    ("described", "role", "expected"),
    [
        ({"президент", "україни"}, "міністр", True),
        ({"мэр", "казани"}, "прокурор", True),
        ({"міністерка", "освіти"}, "міністр", False),  # both ministers
        ({"президент"}, "голова", False),  # "голова" is no exclusive office
        ({"речник", "генштабу"}, "міністр", False),  # described with no such office
    ],
)
def test_cyrillic_exclusive_offices(described: set[str], role: str, expected: bool) -> None:
    assert holds_other_office(described, role) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("журналистам", True),
        ("агентству", True),
        ("виданню", True),
        ("кореспондентові", True),
        ("сразу", False),  # an adverb
        ("одразу", False),
        ("Петрову", False),  # capitalised: a name, read as one
        ("мэр", False),  # too short, and nominative
        ("глава", False),  # nominative
    ],
)
def test_dative_addressee(word: str, expected: bool) -> None:
    assert dative_addressee(word) is expected


@pytest.mark.parametrize(
    ("speaker", "quoted", "expected"),
    [
        ("Мария Кузнецова", "Мария Илларионовна живет в новой застройке", True),
        ("Мария Кузнецова", "Тут Марию Кузнецову все знают", True),
        ("Іван Петренко", "Івана Петровича тут поважають", True),
        ("Мария Кузнецова", "а Кузнецова всё ждёт", False),  # a surname alone
        ("Мария Кузнецова", "Мария, иди сюда", False),  # a given name alone
        ("Мария Кузнецова", "Марина Сергеевна живет рядом", False),  # another given name
        ("Maria Kuznetsova", "Maria Kuznetsova lives here", False),  # not Cyrillic
    ],
)
def test_speaks_of(speaker: str, quoted: str, expected: bool) -> None:
    assert speaks_of(speaker, quoted) is expected


@pytest.mark.parametrize(
    ("before_verb", "expected"),
    [
        (
            "Сегодня, 1 июля, президент Пётр Ильин при вручении «золотых значков» выпускникам",
            "Пётр Ильин",
        ),
        ("Пётр Ильин на открытии «Парка героев» жителям", "Пётр Ильин"),
        ("Анна Белова вместе с Иваном Петровым", "Анна Белова"),
        # a long phrase before the comma: no opener of time
        ("После долгого и трудного совещания в мэрии, мэр Иван Петров", None),
        # the name inside the marks is a title's
        ("В спектакле «Иван Петров» актер театра", None),
        # two subjects joined: neither is the one
        ("Сегодня, Анна Белова и Иван Петров", None),
        # too long a name in marks between subject and verb
        ("Пётр Ильин на открытии «Парка героев имени всех павших воинов района»", None),
    ],
)
def test_opening_subject(before_verb: str, expected: str | None) -> None:
    text = before_verb + " заявил"
    tokens = split_tokens(text, 0, len(text))
    found = opening_subject(tokens, len(tokens) - 1)
    assert (found[1] if found is not None else None) == expected
