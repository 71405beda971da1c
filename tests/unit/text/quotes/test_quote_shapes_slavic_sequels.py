# ruff: noqa: RUF001, RUF002 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian shapes added with qslav's fourth round (issue 15): the verb of
captioning a post after the dash ("“…”, — підписала X відео"), which credits a
quote only there (before a quote it signs a law of that title); a paragraph that is
only a quotation after a sentence opening with "according to him" ("За його словами,
…", "По его словам, …": the one he is, not the person the reported words go on to
name); and a fragment in a sentence whose subject the next quote's "added" ("— добавил
он") goes on quoting; a quote that fills a "that" clause ("спросили о том, что «…»") is
the reported words, kept (with no speaker when no verb of speech credits them), not a
scare quote in the middle of a sentence.

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of the outlets' copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the other person the text
names, and the quote is not given to them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

L, R = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a caption verb after the dash ------------------------------------------------
    (
        "uk-captioned-full-name",
        '"Ранок у місті почався з прибирання снігу", — підписала Олена Гриценко фото.',
        [("Ранок у місті", "Олена Гриценко")],
    ),
    (
        "uk-captioned-surname-after-full-name",
        "Депутатка Олена Гриценко оприлюднила відео із засідання комісії.\n"
        '"Сьогодні ми знову не отримали відповіді від міністерства", — підписала Гриценко '
        "відео.",
        [("Сьогодні ми знову", "Олена Гриценко")],
    ),
    (
        "ru-captioned-full-name",
        f"{L}Первый снег в этом году выпал раньше обычного{R}, — подписал Игорь Савченко видео.",
        [("Первый снег", "Игорь Савченко")],
    ),
    (
        "uk-signed-law-title-is-no-quote",
        f"Президент Петро Коваль підписав закон {L}Про місцеві податки і збори{R}.",
        [],
    ),
    (
        "ru-signed-decree-title-is-no-quote",
        f"Губернатор Сергей Волков подписал {L}Об охране лесов области{R}, и документ "
        "вступил в силу.",
        [("Об охране лесов", None)],
    ),
    # -- a quote paragraph after "according to him" -----------------------------------
    (
        "uk-according-to-him-then-quote-paragraph",
        f"{L}Ми відкрили три нові укриття у школах{R}, – сказав міський голова Василь Мороз.\n"
        "За його словами, директорка департаменту освіти Ірина Лисенко – одна з тих, хто "
        "готував ремонт.\n"
        f"{L}Наступного року ми плануємо відкрити ще п'ять укриттів у дитсадках{R}.",
        [("Ми відкрили", "Василь Мороз"), ("Наступного року", "Василь Мороз")],
    ),
    (
        "ru-according-to-him-then-quote-paragraph",
        f"{L}Работы на мосту завершат к осени{R}, — сказал глава района Олег Сидоренко.\n"
        "По его словам, подрядчик Алексей Кравцов уже вывел на объект технику.\n"
        f"{L}Движение по мосту откроют в сентябре, если погода позволит{R}.",
        [("Работы на мосту", "Олег Сидоренко"), ("Движение по мосту", "Олег Сидоренко")],
    ),
    (
        "ru-according-to-her-then-quote-paragraph",
        f"{L}Мы получили новые автобусы{R}, — сказала мэр Анна Коваленко.\n"
        "По ее словам, директор автопарка Павел Титов уже выпустил их на линию.\n"
        f"{L}Каждый маршрут получит по два новых автобуса до конца года{R}.",
        [("Мы получили", "Анна Коваленко"), ("Каждый маршрут", "Анна Коваленко")],
    ),
    # -- a fragment, then "added" -------------------------------------------------------
    (
        "ru-fragment-in-subjects-sentence-then-added",
        f"Министр Андрей Ткачук не хотел бы работать министром спорта {L}с учетом таких "
        f"вопросов{R}, которые задают журналисты. {L}Это сложная работа, такая нервная{R}, - "
        "добавил он.",
        [("с учетом таких", "Андрей Ткачук"), ("Это сложная", "Андрей Ткачук")],
    ),
    (
        "uk-fragment-in-subjects-sentence-then-added",
        f"Міністр Андрій Ткачук не хотів би працювати міністром спорту {L}з огляду на такі "
        f"питання{R}, які ставлять журналісти. {L}Це складна, нервова робота{R}, - додав він.",
        [("з огляду на такі", "Андрій Ткачук"), ("Це складна", "Андрій Ткачук")],
    ),
    (
        "ru-fragment-the-one-who-added-is-not-the-subject",
        f"Губернатор Сергей Волков обсудил с мэром Ольгой Жуковой ремонт дорог {L}до начала "
        f"нового сезона{R}, о котором просили жители. {L}Мы начнём с центральных улиц{R}, — "
        "добавила Жукова.",
        [("до начала", None), ("Мы начнём", "Ольга Жукова")],
    ),
    (
        "ru-fragment-another-person-added",
        f"Мэр Ольга Жукова обсудила ремонт дорог {L}до начала нового сезона{R}, о котором "
        f"просили жители. {L}Мы начнём с центральных улиц{R}, — добавил вице-мэр Павел Титов.",
        [("до начала", None), ("Мы начнём", "Павел Титов")],
    ),
    # -- a quote that fills a "that" clause -------------------------------------------
    (
        "ru-quote-fills-that-clause-of-a-question",
        f"Журналисты спросили о том, что {L}в городе не хватает новых автобусов{R}. {L}Мы "
        f"закупим их весной{R}, — сказал мэр Игорь Петров.",
        [("в городе", None), ("Мы закупим", "Игорь Петров")],
    ),
    (
        "uk-quote-fills-that-clause-of-a-question",
        f"Під час брифінгу пролунало питання про те, що {L}у місті бракує нових автобусів{R}. "
        f"{L}Ми закупимо їх навесні{R}, — сказав мер Ігор Петренко.",
        [("у місті", None), ("Ми закупимо", "Ігор Петренко")],
    ),
    (
        "uk-mid-sentence-quote-with-no-that-is-dropped",
        f"Місто отримало {L}п'ять нових автобусів від партнерів{R} минулого тижня.",
        [],
    ),
    (
        "ru-name-in-quotes-after-that-is-no-clause",
        f"Стало известно, что {L}Северная Торговая Компания Восток{R} купит порт.",
        [],
    ),
    (
        "ru-that-clause-after-a-speech-verb-keeps-its-speaker",
        f"Мэр Игорь Петров сообщил, что {L}в городе не хватает новых автобусов{R} и их "
        "закупят весной.",
        [("в городе", "Игорь Петров")],
    ),
]


def test_cases_are_russian_or_ukrainian_and_unique() -> None:
    assert {case_id.split("-", 1)[0] for case_id, _, _ in CASES} == {"ru", "uk"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
