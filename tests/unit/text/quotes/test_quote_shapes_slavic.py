# ruff: noqa: RUF001, RUF002 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian quotation shapes (issue 15): inverted speech verbs, offices in
any case before or instead of a name, a body in the genitive after an office, oblique
cases of the speaker ("по словам X", "за словами X"), sentence-initial adverbs that
are no given names, the gender the verb and the pronoun agree with, colon-introduced
speech, "Об этом заявил X", a paragraph that closes a quotation left open, lines of
dash dialogue with no quotation marks, and the quote marks of both languages.

Each case is a short news text whose lines are the blocks (paragraphs); the expected
value lists, in order, each quotation as ``(start of its text, speaker)``. The texts are
written for these tests in the style of wire copy; the names are made up, and none of
the sentences comes from the seeds or from the scored fixtures
(``tests/fixtures/quotes``). ``None`` where the text names nobody.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"  # « »
DL, DR = "\u201e", "\u201c"  # „ “

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- Russian --------------------------------------------------------------------
    (
        "ru-inverted-verb-office-and-name",
        f"{GL}Бюджет будет исполнен в срок{GR}, — заявил министр финансов области Игорь Петренко.",
        [("Бюджет будет", "Игорь Петренко")],
    ),
    (
        "ru-office-of-a-body-is-a-role",
        "Глава МЧС Андрей Соколов прибыл на место аварии в среду.\n"
        f"{GL}Все службы работают в штатном режиме{GR}, — сказал глава МЧС.",
        [("Все службы", "Андрей Соколов")],
    ),
    (
        "ru-office-of-a-body-in-the-genitive",
        "Председатель Счетной палаты Анна Белова выступила в Думе.\n"
        f"{GL}Мы проверим каждую статью расходов{GR}, — добавила глава Счетной палаты.",
        [("Мы проверим", "Анна Белова")],
    ),
    (
        "ru-according-to-a-genitive-surname",
        "Министр транспорта Андрей Соколов провел совещание в понедельник.\n"
        f"По словам Соколова, {GL}ремонт моста завершится до конца осени{GR}.",
        [("ремонт моста", "Андрей Соколов")],
    ),
    (
        "ru-according-to-a-role",
        "Министр транспорта Андрей Соколов провел совещание в понедельник.\n"
        f"По словам министра, {GL}ремонт моста завершится до конца осени{GR}.",
        [("ремонт моста", "Андрей Соколов")],
    ),
    (
        "ru-according-to-a-genitive-full-name",
        f"По словам Андрея Соколова, {GL}ремонт моста завершится до конца осени{GR}.",
        [("ремонт моста", "Андрей Соколов")],
    ),
    (
        "ru-according-to-a-woman-in-the-genitive",
        f"По словам Марии Беловой, {GL}решение примут до конца недели{GR}.",
        [("решение примут", "Мария Белова")],
    ),
    (
        "ru-sentence-adverb-is-no-given-name",
        "Министр транспорта Андрей Соколов провел совещание в понедельник.\n"
        f"Также Соколов заявил: {GL}Мы не будем поднимать тарифы в этом году{GR}.",
        [("Мы не будем", "Андрей Соколов")],
    ),
    (
        "ru-colon-ends-the-paragraph-before",
        "Губернатор Анна Белова обратилась к жителям области:\n"
        f"{GL}Прошу всех сохранять спокойствие и слушать сообщения служб{GR}.",
        [("Прошу всех", "Анна Белова")],
    ),
    (
        "ru-reported-by-the-next-sentence",
        f"Россия {GL}не будет участвовать в этих переговорах{GR} до весны. Об этом заявил"
        " вице-премьер Олег Миронов.",
        [("не будет участвовать", "Олег Миронов")],
    ),
    (
        "ru-pronoun-agrees-in-gender",
        "Министр Олег Миронов и его заместитель Ирина Котова провели брифинг.\n"
        f"{GL}Мы ждем решения до пятницы{GR}, — сказала она.",
        [("Мы ждем", "Ирина Котова")],
    ),
    (
        "ru-role-agrees-in-gender",
        "Пресс-секретарь мэрии Олег Миронов открыл брифинг.\n"
        "Пресс-секретарь губернатора Ирина Котова ответила на вопросы.\n"
        f"{GL}Мы ждем решения до пятницы{GR}, — сказал пресс-секретарь.",
        [("Мы ждем", "Олег Миронов")],
    ),
    (
        "ru-instrumental-name-is-no-subject",
        "Министр Олег Миронов встретился с послом Иваном Петровым.\n"
        f"{GL}Мы договорились о новой встрече{GR}, — сказал он.",
        [("Мы договорились", "Олег Миронов")],
    ),
    (
        "ru-paragraph-closes-a-quote-left-open",
        '"Первый этап работ уже завершен, и подрядчик вышел на второй.\n'
        'Второй этап займет еще два месяца", - прокомментировал Андрей Соколов.',
        [("Первый этап", "Андрей Соколов"), ("Второй этап", "Андрей Соколов")],
    ),
    (
        "ru-dash-dialogue",
        "Министр транспорта Андрей Соколов приехал на стройку.\n"
        "— Мы готовы к зиме, — сказал он. — Запасов хватит до весны.\n"
        "— Это только начало! — добавил министр.",
        [
            ("Мы готовы к зиме, — сказал он. — Запасов", "Андрей Соколов"),
            ("Это только начало!", "Андрей Соколов"),
        ],
    ),
    (
        "ru-dash-line-with-no-speech-verb-is-no-quotation",
        "Программа визита:\n— встреча с губернатором, — осмотр моста",
        [],
    ),
    (
        "en-dash-line-is-no-quotation",
        "— We are ready, — said the minister.",
        [],
    ),
    # -- Ukrainian ------------------------------------------------------------------
    (
        "uk-role-of-a-body",
        "Речник МЗС України Олег Ничипорук провів брифінг у четвер.\n"
        '"Ми не отримували жодних офіційних пропозицій", – сказав речник МЗС.',
        [("Ми не отримували", "Олег Ничипорук")],
    ),
    (
        "uk-office-before-the-verb",
        "Міністерка освіти Оксана Литвин відвідала школу в Ірпені.\n"
        'Водночас міністерка наголосила, що "навчання має тривати попри всі труднощі".',
        [("навчання має", "Оксана Литвин")],
    ),
    (
        "uk-sentence-adverb-is-no-given-name",
        "Голова ОВА Петро Ковальчук приїхав до громади.\n"
        f"Далі Ковальчук зазначив: {GL}Відновлення почнемо з шкіл і лікарень{GR}.",
        [("Відновлення почнемо", "Петро Ковальчук")],
    ),
    (
        "uk-according-to-a-genitive-surname",
        "Голова ОВА Петро Ковальчук приїхав до громади.\n"
        f"За словами Ковальчука, {GL}світло повернуть до ранку в усі будинки{GR}.",
        [("світло повернуть", "Петро Ковальчук")],
    ),
    (
        "uk-according-to-a-genitive-full-name",
        f"За словами Юрія Мельника, {GL}ворог змінив тактику атак цього тижня{GR}.",
        [("ворог змінив", "Юрій Мельник")],
    ),
    (
        "uk-reported-by-the-next-sentence",
        'Україна "не погодиться на жодні територіальні поступки" за будь-яких умов. Про це'
        " заявив міністр закордонних справ Андрій Гнатюк.",
        [("не погодиться", "Андрій Гнатюк")],
    ),
    (
        "uk-opening-subject-of-a-distant-verb",
        "Речник Повітряних сил ЗСУ Юрій Мельник в ефірі телемарафону зауважив, що від"
        ' ворога "можна чекати нових атак цієї ночі".',
        [("можна чекати", "Юрій Мельник")],
    ),
    (
        "uk-capitalised-office",
        "Президент України Віктор Гончар відвідав Суми.\n"
        f"{GL}Ми відбудуємо кожен дім{GR}, - сказав Президент.",
        [("Ми відбудуємо", "Віктор Гончар")],
    ),
    (
        "uk-low-marks-and-gender",
        "Віцепрем'єрка Ольга Стефанишин і міністр Олег Ничипорук провели нараду.\n"
        f"{DL}Рішення ухвалимо до кінця тижня{DR}, – додала вона.",
        [("Рішення ухвалимо", "Ольга Стефанишин")],
    ),
    (
        "uk-nested-marks",
        f"{GL}Ми чуємо {DL}так{DR} від партнерів щодня{GR}, – сказав міністр Андрій Гнатюк.",
        [("Ми чуємо", "Андрій Гнатюк")],
    ),
    (
        "uk-programme-name-is-no-quotation",
        "Міністр Андрій Гнатюк виступив у Раді.\n"
        f"Про це він розповів під час марафону {GL}Єдині Новини Для Всіх{GR}.",
        [],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_slavic_quotation_shapes(
    case_id: str,
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
