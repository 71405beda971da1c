# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian speakers in their named form (issue 15, qslav): genitive full
names put back in the nominative by ending rules, an initial and a surname completed,
outlets (quoted or not) that are no speakers, an "according to him," clause before a
quote later in the sentence, verbs of complaining, the headline's subject for a role
the body names nobody for, a nested quote closing the outer one, and straight single
marks in Cyrillic text.

The texts are written for these tests in the style of wire copy; the names are made
up, and none of the sentences comes from the seeds or the scored fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedparse import Citation
from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.slavic import according_clause, headline_speaker, named_form
from seedparse._text.quotes.slavic_case import oblique_nominative
from seedparse._text.quotes.slavic_forms import nominative_of_genitive
from seedparse._text.quotes.slavic_names import (
    expand_initial,
    is_outlet_lead,
    nominative_name,
    not_a_person,
)

GL, GR = "\u00ab", "\u00bb"  # « »

# -- the nominative of a genitive full name, by endings ---------------------------------

NOMINATIVES: list[tuple[str, str, str | None]] = [
    # A man's adjectival surname: certain (Russian and Ukrainian).
    ("adjectival-ru", "Игоря Заречного", None),  # "-ного" is no "-ского": left alone
    ("adjectival-ru-skogo", "Олега Заворотского", "Олег Заворотский"),
    ("adjectival-uk-skogo", "Володимира Заворотського", "Володимир Заворотський"),
    ("adjectival-uk-tskogo", "Андрія Гнатецького", "Андрій Гнатецький"),
    ("adjectival-uk-o-stem", "Дмитра Заворотського", "Дмитро Заворотський"),
    # A man's "-й" stem given name with "-ея"/"-ая": certain.
    ("j-stem-eya", "Сергея Соколова", "Сергей Соколов"),
    ("j-stem-aya", "Николая Петрова", "Николай Петров"),
    # "-ия" with "-ова" is also a woman's nominative: not without evidence.
    ("iya-ambiguous", "Дмитрия Соколова", None),
    ("woman-nominative", "Мария Соколова", None),
    ("consonant-a-ambiguous", "Ивана Соколова", None),
    # A woman's genitive.
    ("woman-ii-oy", "Марии Соколовой", "Мария Соколова"),
    ("woman-y-oy", "Анны Соколовой", "Анна Соколова"),
    ("woman-uk-i-oyi", "Ганни Соколової", "Ганна Соколова"),
    ("woman-uk-iyi", "Юлії Гнатенкової", "Юлія Гнатенкова"),
    ("woman-skoy", "Елены Заворотской", "Елена Заворотская"),
    ("woman-undeclined", "Ирины Гуменчук", "Ирина Гуменчук"),
    ("woman-undeclined-enko", "Светланы Гнатенко", "Светлана Гнатенко"),
    ("woman-soft-sign", "Натальи Заворотской", "Наталья Заворотская"),
    # "-ка" after a consonant is the genitive of "-ко", after a vowel of "-к".
    ("uk-enko-certain-j-stem", "Андрея Гнатенка", "Андрей Гнатенко"),
    ("ru-ik-certain-j-stem", "Сергея Гнатика", "Сергей Гнатик"),
    # An undeclined surname with a man's "-ия" is also a woman's nominative.
    ("undeclined-iya", "Юлия Гнатенко", None),
    ("undeclined-eya", "Сергея Гнатенко", "Сергей Гнатенко"),
    # Nominatives stay None (nothing to undo).
    ("nominative-man", "Сергей Соколов", None),
    ("nominative-woman", "Анна Соколова", None),
    ("latin", "John Smith", None),
    ("one-word", "Соколова", None),
]


@pytest.mark.parametrize(
    ("case_id", "written", "nominative"), NOMINATIVES, ids=[c[0] for c in NOMINATIVES]
)
def test_nominative_name_by_endings(case_id: str, written: str, nominative: str | None) -> None:
    assert nominative_name(written) == nominative


EVIDENCE: list[tuple[str, str, str, str | None]] = [
    (
        "nominative-surname-elsewhere",
        "Дмитрия Соколова",
        "Соколов прибыл в город. Встреча Дмитрия Соколова с жителями прошла в среду.",
        "Дмитрий Соколов",
    ),
    (
        "oblique-office-before",
        "Ивана Соколова",
        "Слова пресс-секретаря Ивана Соколова привели журналисты.",
        "Иван Соколов",
    ),
    (
        "uk-enko-surname",
        "Юрія Гнатенка",
        "Заява речника Юрія Гнатенка з'явилася вранці.",
        "Юрій Гнатенко",
    ),
    (
        "genitive-preposition-before",
        "Ивана Соколова",
        "У Ивана Соколова спросили о ремонте.",
        "Иван Соколов",
    ),
    (
        "uk-ko-after-consonant",
        "Олега Гнашка",
        "Заява речника Олега Гнашка з'явилася вранці.",
        "Олег Гнашко",
    ),
    (
        "uk-text-reads-tra-as-tro",
        "Дмитра Гнатеби",
        "Заява міністра Дмитра Гнатеби прозвучала вранці.",
        "Дмитро Гнатеба",
    ),
    (
        "ru-text-leaves-tra-alone",
        "Петра Гнатова",
        "Заявление министра Петра Гнатова прозвучало утром.",
        None,
    ),
    (
        "undeclined-office-with-complement",
        "Александра Гнатишвили",
        "О заявлении министра здравоохранения Украины Александра Гнатишвили сообщили.",
        "Александр Гнатишвили",
    ),
    (
        "undeclined-no-office",
        "Александра Гнатишвили",
        "Александра Гнатишвили выступила в среду.",
        None,
    ),
    (
        "office-in-another-clause",
        "Ивана Соколова",
        "Слова министра прозвучали вчера, а Ивана Соколова никто не слышал.",
        None,
    ),
    (
        "nominative-office-before",
        "Ирина Соколова",
        "Министр Ирина Соколова выступила в среду.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case_id", "written", "text", "nominative"), EVIDENCE, ids=[c[0] for c in EVIDENCE]
)
def test_nominative_name_with_evidence(
    case_id: str, written: str, text: str, nominative: str | None
) -> None:
    assert nominative_name(written, text) == nominative


GENITIVES: list[tuple[str, str | None]] = [
    # After "по словам", "за словами": the name is a genitive for certain.
    ("Юрія Гнатенка", "Юрій Гнатенко"),
    ("Олега Гнашка", "Олег Гнашко"),
    ("Андрія Гнатюка", "Андрій Гнатюк"),
    ("Івана Гнатенка", "Іван Гнатенко"),
    ("Дмитрия Соколова", "Дмитрий Соколов"),
    ("Виталия Гнатенко", "Виталий Гнатенко"),
    ("Дениса Гнатюля", "Денис Гнатюль"),
    ("Светланы Гнатенко", "Светлана Гнатенко"),
    ("Марии Соколовой", "Мария Соколова"),
    # Surnames in "-\u0430" (a man's or a woman's) decline as nouns; Georgian ones do not.
    ("Дмитрия Гнатебы", "Дмитрий Гнатеба"),
    ("Ивана Гнатамаки", "Иван Гнатамака"),
    ("Олексія Гнатеби", "Олексій Гнатеба"),
    ("Анны Гнатебы", "Анна Гнатеба"),
    ("Анны Гнатели", "Анна Гнатели"),
    ("Олександра Гнатішвілі", "Олександр Гнатішвілі"),
    ("Сергей Соколов", None),
    ("Соколова", None),
    ("John Smith", None),
]


@pytest.mark.parametrize(("written", "nominative"), GENITIVES)
def test_nominative_of_a_certain_genitive(written: str, nominative: str | None) -> None:
    assert nominative_of_genitive(written) == nominative


OBLIQUES: list[tuple[str, tuple[str, str] | None]] = [
    ("Ольгой Гнатюк", ("Ольга Гнатюк", "f")),
    ("Ольгою Гнатенко", ("Ольга Гнатенко", "f")),
    ("Марией Гнатовой", ("Мария Гнатова", "f")),
    ("Юлією Гнатенко", ("Юлія Гнатенко", "f")),
    ("Андреем Гнатовым", ("Андрей Гнатов", "m")),
    ("Иваном Гнатюком", ("Иван Гнатюк", "m")),
    ("Олегом Гнатенком", ("Олег Гнатенко", "m")),
    ("Ивану Гнатову", ("Иван Гнатов", "m")),
    ("Іванові Гнатюку", ("Іван Гнатюк", "m")),
    ("Дмитрием Гнатовским", ("Дмитрий Гнатовский", "m")),
    # Nominatives, genitives and forms the endings leave in doubt: None.
    ("Андрей Гнатов", None),
    ("Анна Гнатова", None),
    ("Андрея Гнатова", None),
    ("Павлом Гнатовым", None),  # Павел or Павло
    ("Ольгой Гнатовым", None),  # the two words disagree in gender
]


@pytest.mark.parametrize(("written", "expected"), OBLIQUES)
def test_oblique_nominative(written: str, expected: tuple[str, str] | None) -> None:
    assert oblique_nominative(written) == expected


@given(st.text(alphabet="абвгдеийклмнопрстуыяАБВГДИКЛМНОПРСТ ", max_size=30))
def test_nominative_name_never_fails_and_keeps_two_words(name: str) -> None:
    out = nominative_name(name, name)
    assert out is None or len(out.split(" ")) == 2


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Д.Песочный", ("Д", "Песочный")),
        ("А. Гриценюк", ("А", "Гриценюк")),
        ("Андрей Соколов", None),
        ("J. Smith", None),
    ],
)
def test_expand_initial(speaker: str, expected: tuple[str, str] | None) -> None:
    assert expand_initial(speaker) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Українські Новини", True),
        ("Вечірні Вісті", True),
        ("Русские ведомости", True),
        ("Юрій Соколенко", False),
        ("Віталій Соколенко", False),
        ("Соколенко", False),
    ],
)
def test_not_a_person(name: str, expected: bool) -> None:
    assert not_a_person(name) is expected


@pytest.mark.parametrize(
    ("before", "quoted", "expected"),
    [
        ("Как передает ", "Вечерний город", True),
        ("Про це пише ", "Вечірня газета", True),
        ("министр назвал это ", "Ошибкой", False),
        ("Как передает ", "нашим", False),
    ],
)
def test_is_outlet_lead(before: str, quoted: str, expected: bool) -> None:
    assert is_outlet_lead(before, quoted) is expected


def test_named_form_completes_an_initial_and_drops_an_other_gender_genitive() -> None:
    def complete(name: str, pos: int) -> str:
        return {"Соколов": "Андрей Соколов"}.get(name, name)

    assert named_form("А. Соколов", ("name", "А. Соколов"), complete, "", 0) == "Андрей Соколов"
    assert named_form("Б. Соколов", ("name", "Б. Соколов"), complete, "", 0) == "Б. Соколов"
    # "— написала она" resolved to a man's name in the genitive: nobody.
    pronoun = ("pronoun", "она")
    assert named_form("Олега Заворотского", pronoun, complete, "", 0) is None
    assert named_form("Олега Заворотского", ("pronoun", "он"), complete, "", 0) == (
        "Олег Заворотский"
    )
    assert named_form("Вечірні Вісті", ("pronoun", "вона"), complete, "", 0) is None
    # A woman's nominative is not read as a man's genitive, even where the text also
    # names a man of that surname, for a name the attribution wrote; for a feminine
    # pronoun the two readings disagree, and nobody is better than a guess.
    text = "Соколов пришел позже. Светлана Соколова выступила первой."
    name = ("name", "Светлана Соколова")
    assert named_form("Светлана Соколова", name, complete, text, 0) == "Светлана Соколова"
    assert named_form("Светлана Соколова", ("pronoun", "она"), complete, text, 0) is None
    # A given name only women have ("-ина", "-нна", "-ена") is never a man's genitive.
    text = "Соколов пришел позже. Ирина Соколова выступила первой."
    assert named_form("Ирина Соколова", ("pronoun", "она"), complete, text, 0) == ("Ирина Соколова")


def test_according_clause() -> None:
    tokens = ["За", "його", "словами", ",", "міст", "є"]
    assert according_clause(tokens, len(tokens)) == ("pronoun", "він")
    assert according_clause(["Міст", "є", "новим", ",", "він"], 5) is None


@pytest.mark.parametrize(
    ("headline", "attr", "expected"),
    [
        ("Соколова пообещала отремонтировать мост\n", ("role", "глава|f"), "Соколова"),
        ("Соколова пообещала отремонтировать мост\n", ("role", "глава|m"), None),
        ("Министр пообещал отремонтировать мост\n", ("role", "министр|m"), None),
        ("Россия считает ремонт важным\n", ("pronoun", "она"), None),
        ("Соколов пообещал\nещё строку\n", ("pronoun", "он"), None),
    ],
)
def test_headline_speaker(headline: str, attr: tuple[str, str], expected: str | None) -> None:
    text = headline + "Тело статьи."
    assert headline_speaker(text, len(headline), attr) == expected


# -- whole texts -----------------------------------------------------------------------

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ru-initial-and-surname",
        "Министр транспорта Андрей Соколов провел совещание.\n"
        f"{GL}Мост откроют к осени{GR}, — сказал А. Соколов.",
        [("Мост откроют", "Андрей Соколов")],
    ),
    (
        "ru-complaint-verb",
        f"{GL}Денег на ремонт нам так и не дали{GR}, — пожаловался Игорь Петренко.",
        [("Денег на ремонт", "Игорь Петренко")],
    ),
    (
        "ru-outlet-after-report-verb-is-no-quote",
        f"Как передает {GL}Вечерний город{GR}, он сказал это в среду. "
        f"{GL}Мост откроют к осени, работы идут по плану{GR}, — добавил Андрей Соколов.",
        [("Мост откроют", "Андрей Соколов")],
    ),
    (
        "ru-nested-quote-closing-the-outer-one",
        "Министр обороны Андрей Соколов выступил в среду.\n"
        f"{GL}Мы не передали им ракеты {GL}Гром{GR}, — сказал Соколов.\n"
        "Других подробностей он не сообщил.",
        [("Мы не передали им ракеты", "Андрей Соколов")],
    ),
    (
        "ru-nested-quote-then-the-outer-close",
        f"{GL}Мы не передали им ракеты {GL}Гром{GR}, а потом всё решили{GR}, — "
        "сказал Андрей Соколов.",
        [("Мы не передали им ракеты", "Андрей Соколов")],
    ),
    (
        "ru-straight-single-marks-after-a-colon",
        "Министр Андрей Соколов заявил: 'Мы справимся с этим сами, без помощи'.",
        [("Мы справимся", "Андрей Соколов")],
    ),
    (
        "uk-straight-single-marks-around-an-apostrophe",
        "'Ми обіцяли п'ять мостів і збудуємо їх', - сказав Андрій Гнатенко.",
        [("Ми обіцяли п'ять мостів", "Андрій Гнатенко")],
    ),
    (
        "en-apostrophes-stay-apostrophes",
        "It's the students' union, the mayor's office said on Monday.",
        [],
    ),
    (
        "uk-according-clause-before-a-fragment",
        "Міністр інфраструктури Андрій Гнатенко відвідав Житомир.\n"
        'За його словами, ремонт мосту є "найважливішим завданням для всієї громади".',
        [("найважливішим завданням", "Андрій Гнатенко")],
    ),
    (
        "uk-pronoun-not-an-other-gender-genitive",
        "Речниця мера Володимира Заворотського відповіла на запитання журналістів.\n"
        f"{GL}Мер працює у звичному режимі, усі зустрічі відбудуться{GR}, - написала вона.",
        [("Мер працює", None)],
    ),
    (
        "uk-outlet-named-without-marks",
        "Про це повідомляють Вечірні Вісті.\n"
        f"{GL}Я готова взяти на себе цю відповідальність і працювати далі{GR}, - заявила вона.",
        [("Я готова", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_named_form_shapes(
    case_id: str,
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


def test_headline_subject_for_a_role_in_the_body() -> None:
    headline = "Соколова рассказала о ремонте моста"
    body = f"{GL}Мы закончим работы до зимы, денег хватит{GR}, — добавила глава ведомства."
    text = f"{headline}\n{body}"
    found = [c for block in find_quotations(text, [(len(headline) + 1, len(text))]) for c in block]
    assert [(c.text[:10], c.speaker) for c in found] == [("Мы закончи", "Соколова")]
