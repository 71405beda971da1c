# ruff: noqa: RUF001, RUF002 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Shapes added in session 22 (issue 15, qslav22), Russian and Ukrainian.

A role noun before the body names anyone stands for the person the headline makes the
subject of its verb also when the body never writes that name again, in any case form
("Марченко пропонує …" over "«…», – зазначив мер";
:mod:`seedparse._text.quotes.unrepeated_subject`): a place or a body that a headline
makes its subject the story names again ("у Харкові"), and German, which capitalises
every noun, is left out.

The job nouns of sport (coach, mentor, captain, referee, the playing positions;
:mod:`seedparse._text.quotes.slavic_sport_offices`) are offices: capitalised at a
sentence's start they are no name ("Тренер зазначив: …"), and the role they give
stands for the person the text introduced with it ("Головний тренер Шахтаря Марко
Петренко …").

The verbs of speech among the most frequent word forms of Russian and Ukrainian
(wordfreq's lists; :mod:`seedparse._text.quotes.slavic_frequent_verbs`), masculine and
feminine, credit the quote before them ("«…», — предложил X", "«…», – запропонувала X").

A man's given name in "-а"/"-я" (Микола, Никита) declines as a woman's does; in the
genitive ("Миколи", "Никиты") with a man's surname in the genitive ("Гурака") the
pair is his, "Микола Гурак" (:func:`seedparse._text.quotes.slavic_case.genitive_nominative`).

An introductory or sequencing word opening a sentence ("Окремо", "Отдельно",
"Впоследствии"; :mod:`seedparse._text.quotes.slavic_introductory`) is no given name
of the surname after it.

Each case is a short text read by the article reader (its first line the headline);
the expected value lists the quotations' speakers in order. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
"""

from __future__ import annotations

import pytest

import seedparse
from seedparse._text.quotes.slavic_case import genitive_nominative
from seedparse._text.quotes.unrepeated_subject import not_written_again

_HEADLINED: list[tuple[str, str, list[str | None]]] = [
    (
        "uk-headline-surname-body-calls-the-mayor",
        "Марченко пропонує перенести ярмарок на площу\n\n"
        "У вівторок на засіданні виконкому мер запропонував нове місце для ярмарку.\n\n"
        "«Там більше місця і зручніше під’їхати», – зазначив мер.",
        ["Марченко"],
    ),
    (
        "ru-headline-surname-body-calls-the-governor",
        "Ковалёв назвал главную задачу области\n\n"
        "«Нам нужно достроить дороги до конца года», — сказал губернатор на встрече с "
        "жителями.",
        ["Ковалёв"],
    ),
    (
        "fr-headline-surname-body-calls-the-president",
        "Girard met zéro au club\n\n"
        "« On n’a rien vu ce soir », a lancé le président après le match.",
        ["Girard"],
    ),
    # Near-misses: a place the body names again in another case; a common noun the
    # body writes again (in another case); German, where a capitalised noun opens the headline;
    # the body names the mayor, who is the speaker.
    (
        "uk-headline-place-declined-in-the-body",
        "Харків просить більше автобусів\n\n"
        "У Харкові бракує транспорту.\n\n«Нам потрібно ще сто машин», – зазначив мер.",
        [None],
    ),
    (
        "ru-headline-common-noun-written-again",
        "Полиция ищет свидетелей аварии\n\n"
        "В полиции просят откликнуться очевидцев. «Любая деталь важна», — сказал "
        "начальник отдела.",
        [None],
    ),
    (
        "uk-headline-names-someone-else",
        "Ярмарок переїде на площу, каже Петро Коваль\n\n"
        "«Там більше місця і зручніше під’їхати», – зазначив мер.",
        [None],
    ),
    (
        "de-headline-noun-in-german",
        "Gemeinde plant neue Halle\n\n"
        "„Wir brauchen mehr Platz“, sagte der Bürgermeister und zeigte auf den Plan.",
        [None],
    ),
    (
        "uk-body-names-the-mayor",
        "Марченко пропонує перенести ярмарок\n\n"
        "Міський голова Петро Коваль виступив на сесії.\n\n"
        "«Там більше місця», – зазначив мер.",
        ["Петро Коваль"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in _HEADLINED], ids=[c[0] for c in _HEADLINED]
)
def test_headline_subject_not_written_again(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers


@pytest.mark.parametrize(
    ("name", "body", "absent"),
    [
        ("Марченко", "мер заявив, що ярмарок переїде", True),
        ("Girard", "le président a parlé", True),
        # Near-misses: a declined form; the same word in lower case; German text.
        ("Харків", "у Харкові бракує автобусів", False),
        ("Girard", "selon girard, rien", False),
        ("Marchand", "der Bürgermeister sagte das", False),
    ],
)
def test_not_written_again(name: str, body: str, absent: bool) -> None:
    assert not_written_again(name, body) is absent


_SPORT: list[tuple[str, str, list[str | None]]] = [
    (
        "uk-coach-role-after-a-player-is-named",
        "Матч\n\nГоловний тренер Шахтаря Марко Петренко прокоментував гру.\n\n"
        "Нападник Олег Бойко забив двічі.\n\n"
        'Тренер зазначив: "Ми грали добре і будемо грати ще краще".',
        ["Марко Петренко"],
    ),
    (
        "ru-mentor-role-after-the-head-coach",
        "Матч\n\nГлавный тренер «Зенита» Иван Петров ответил на вопросы журналистов.\n\n"
        "Наставник отметил: «Мы готовы играть и дальше так же».",
        ["Иван Петров"],
    ),
    # Near-misses: the person named right after the job noun is still the speaker; a
    # job noun outside the class (a fan) is left as it was read before.
    (
        "uk-captain-then-the-name",
        'Матч\n\nКапітан команди Іван Сидоренко сказав: "Ми готові грати і далі так само".',
        ["Іван Сидоренко"],
    ),
    (
        "uk-fan-then-the-name",
        'Матч\n\nВболівальник Шахтаря Петро Коваль сказав: "Ми готові підтримувати команду".',
        ["Петро Коваль"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), [c[1:] for c in _SPORT], ids=[c[0] for c in _SPORT])
def test_sport_job_nouns_are_offices(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers


_FREQUENT: list[tuple[str, str, list[str | None]]] = [
    (
        "ru-proposed-masculine",
        "Сессия\n\nГлава района Иван Соколов выступил на сессии.\n\n"
        "«Давайте перенесём ярмарку на площадь у вокзала», — предложил Соколов.",
        ["Иван Соколов"],
    ),
    (
        "ru-proposed-feminine-with-an-office",
        "Сессия\n\n«Давайте перенесём ярмарку на площадь у вокзала», — предложила "
        "депутат Анна Орлова.",
        ["Анна Орлова"],
    ),
    (
        "uk-proposed-feminine",
        "Сесія\n\nНа сесії виступила депутатка Олена Мельник.\n\n"
        "«Треба перенести ярмарок на площу біля вокзалу», – запропонувала Мельник.",
        ["Олена Мельник"],
    ),
    (
        "uk-called-on",
        "Сесія\n\n«Треба перенести ярмарок на площу біля вокзалу», – закликав голова "
        "громади Петро Коваль.",
        ["Петро Коваль"],
    ),
    # Near-miss: a frequent verb that is no verb of speech ("поставил") credits no one.
    (
        "ru-not-a-speech-verb",
        "Сессия\n\nГлава района Иван Соколов выступил на сессии.\n\n"
        "«Давайте перенесём ярмарку на площадь у вокзала», — поставил Соколов.",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in _FREQUENT], ids=[c[0] for c in _FREQUENT]
)
def test_frequent_speech_verbs(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers


@pytest.mark.parametrize(
    ("name", "ukrainian", "nominative"),
    [
        ("Миколи Гурака", True, "Микола Гурак"),
        ("Миколи Петренка", True, "Микола Петренко"),
        ("Никиты Соколова", False, "Никита Соколов"),
        # Near-misses: a woman's given name with her undeclined surname; with her own
        # genitive surname; a surname in a consonant, which is not declined for her.
        ("Олени Мельник", True, "Олена Мельник"),
        ("Анни Петрової", True, "Анна Петрова"),
        ("Миколи Гурак", True, "Микола Гурак"),
    ],
)
def test_a_stem_man_in_the_genitive(name: str, ukrainian: bool, nominative: str | None) -> None:
    assert genitive_nominative(name, certain=True, ukrainian=ukrainian) == nominative


_GENITIVE: list[tuple[str, str, list[str | None]]] = [
    (
        "uk-office-and-a-stem-man-in-the-genitive",
        "Ремонт\n\nЗа словами прес-секретаря Миколи Гурака, ремонт почнеться навесні.\n\n"
        "«Ми вже знайшли підрядника і підписали договір», — каже прес-секретар.",
        ["Микола Гурак"],
    ),
    (
        "ru-office-and-a-stem-man-in-the-genitive",
        "Ремонт\n\nПо словам пресс-секретаря Никиты Гурова, ремонт начнётся весной.\n\n"
        "«Мы уже нашли подрядчика и подписали договор», — говорит пресс-секретарь.",
        ["Никита Гуров"],
    ),
    # Near-miss: a woman so introduced stays a woman.
    (
        "uk-office-and-a-woman-in-the-genitive",
        "Ремонт\n\nЗа словами прес-секретарки Олени Мельник, ремонт почнеться навесні.\n\n"
        "«Ми вже знайшли підрядника і підписали договір», — каже вона.",
        ["Олена Мельник"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in _GENITIVE], ids=[c[0] for c in _GENITIVE]
)
def test_genitive_a_stem_man(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers


_OPENERS: list[tuple[str, str, list[str | None]]] = [
    (
        "uk-separately-then-the-surname",
        "Матч\n\nГоловний тренер Шахтаря Марко Петренко прокоментував гру.\n\n"
        'Окремо Петренко пояснив: "Ми вирішили підсилити гру в другому таймі".',
        ["Марко Петренко"],
    ),
    (
        "ru-later-then-the-surname",
        "Совещание\n\nГлава района Иван Соколов провёл совещание.\n\n"
        "Впоследствии Соколов добавил: «Ремонт дороги начнётся уже весной».",
        ["Иван Соколов"],
    ),
    # Near-miss: a given name ending in an o opening the sentence is a given name still.
    (
        "uk-given-name-in-o-opens-the-sentence",
        "Матч\n\nГоловний тренер Шахтаря Марко Петренко прокоментував гру.\n\n"
        'Дмитро Бойко пояснив: "Ми вирішили підсилити гру в другому таймі".',
        ["Дмитро Бойко"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), [c[1:] for c in _OPENERS], ids=[c[0] for c in _OPENERS]
)
def test_introductory_word_is_no_given_name(text: str, speakers: list[str | None]) -> None:
    doc = seedparse.parse(text, reader="article")
    assert [c.speaker for c in doc.citations if c.kind == "quotation"] == speakers
