# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian speakers written in an oblique case (issue 15, qslav's second
round): "-ка" after a consonant is the genitive of "-ко" (Ukrainian "-енка" ->
"-енко"), surnames that are not declined, an "according to" opening with an office
and its genitive complement before the name, an "as X said" opening
("как отметил X", "як зазначив X"), and a person named in the genitive whom a later
role or pronoun stands for (the verb's gender then agrees with the nominative).

Each case is a short news text whose lines are the blocks (paragraphs); the expected
value lists, in order, each quotation as ``(start of its text, speaker)``. The texts
are written for these tests in the style of wire copy; the names are made up, and none
of the sentences comes from the seeds or from the scored fixtures
(``tests/fixtures/quotes``). ``None`` where the text names nobody.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"  # « »

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- "-ка" after a consonant: "-ко" ----------------------------------------------
    (
        "uk-according-enko-genitive",
        f"За словами речника ДСНС Юрія Гнатенка, {GL}рятувальники працюють на місці{GR}.",
        [("рятувальники", "Юрій Гнатенко")],
    ),
    (
        "uk-according-ko-after-consonant",
        f"За словами депутата Олега Гнашка, {GL}законопроєкт повернуть на доопрацювання{GR}.",
        [("законопроєкт", "Олег Гнашко")],
    ),
    (
        "uk-according-uk-after-vowel-keeps-k",
        f"За словами міністра Андрія Гнатюка, {GL}школи відкриються вчасно{GR}.",
        [("школи", "Андрій Гнатюк")],
    ),
    (
        "ru-according-undeclined-surname",
        f"По словам вице-премьера Виталия Гнатенко, {GL}тарифы не вырастут до весны{GR}.",
        [("тарифы", "Виталий Гнатенко")],
    ),
    (
        "ru-according-woman-undeclined-surname",
        f"По словам Светланы Гнатенко, {GL}очереди в поликлиниках сократились{GR}.",
        [("очереди", "Светлана Гнатенко")],
    ),
    # -- an office and its complement before the name --------------------------------
    (
        "ru-according-office-with-region",
        "По словам губернатора Тверской области Игоря Заворотского, "
        f"{GL}паводок удалось остановить{GR}.",
        [("паводок", "Игорь Заворотский")],
    ),
    (
        "uk-according-office-with-body",
        "За словами начальника обласної військової адміністрації Івана Гнатенка, "
        f"{GL}ситуація контрольована{GR}.",
        [("ситуація", "Іван Гнатенко")],
    ),
    # -- "as X said" ------------------------------------------------------------------
    (
        "ru-as-office-and-name",
        f"Как отметил глава Минтранса Андрей Соколов, {GL}мост откроют в мае{GR}.",
        [("мост", "Андрей Соколов")],
    ),
    (
        "uk-as-office-and-name",
        f"Як зазначив міністр енергетики Олег Гнатюк, {GL}графіки відключень скасують{GR}.",
        [("графіки", "Олег Гнатюк")],
    ),
    (
        "ru-as-pronoun",
        "Глава Минтранса Андрей Соколов провел совещание в среду.\n"
        f"Как он отметил, {GL}мост откроют в мае{GR}.",
        [("мост", "Андрей Соколов")],
    ),
    (
        "ru-as-role",
        "Глава Минтранса Андрей Соколов провел совещание в среду.\n"
        f"Как подчеркнул министр, {GL}мост откроют в мае{GR}.",
        [("мост", "Андрей Соколов")],
    ),
    (
        "ru-as-reports-an-outlet-is-nobody",
        f"Как сообщает агентство, {GL}мост откроют в мае{GR}.",
        [("мост", None)],
    ),
    # -- an office of several words, then a body in the genitive ---------------------
    (
        "ru-two-word-office-of-an-acronym",
        "Анна Гнатова выступила на брифинге в четверг.\n"
        f"{GL}Ответ будет симметричным{GR}, — заявила официальный представитель МИД.",
        [("Ответ будет", "Анна Гнатова")],
    ),
    (
        "ru-office-of-a-place-in-the-genitive",
        "Дмитрий Гнатов ответил на вопросы журналистов.\n"
        f"{GL}Это неправда{GR}, — считает официальный представитель Кремля.",
        [("Это неправда", "Дмитрий Гнатов")],
    ),
    (
        "uk-office-of-an-acronym-and-a-country",
        "Андрій Гнатюк виступив у Раді в п'ятницю.\n"
        f"{GL}Ми не відступимо{GR}, – заявив речник МЗС України.",
        [("Ми не відступимо", "Андрій Гнатюк")],
    ),
    (
        "uk-one-word-surname-after-an-office",
        f"{GL}Ми не відступимо{GR}, – заявив посол Гнатішвілі.",
        [("Ми не відступимо", "Гнатішвілі")],
    ),
    (
        "ru-office-of-an-office-holder-is-no-speaker",
        "Кремль не получал запроса. Об этом сообщил пресс-секретарь президента Андрей Гнатов.\n"
        f"{GL}Решений пока нет{GR}, — добавил пресс-секретарь президента Сергея Гнатюка.",
        [("Решений", None)],
    ),
    (
        "ru-office-of-an-office-then-nominative-name",
        f"{GL}Решений пока нет{GR}, — добавил пресс-секретарь президента Андрей Гнатов.",
        [("Решений", "Андрей Гнатов")],
    ),
    (
        "ru-acting-office-in-the-genitive",
        f"{GL}Мы готовим новые меры поддержки{GR}, — сказал врио губернатора Андрей Гнатов.",
        [("Мы готовим", "Андрей Гнатов")],
    ),
    (
        "uk-acting-office-in-the-genitive",
        f"{GL}Ми готуємо нові заходи{GR}, – сказав виконувач обов'язків міністра Андрій Гнатюк.",
        [("Ми готуємо", "Андрій Гнатюк")],
    ),
    # -- a person named in the genitive, then a role or a pronoun --------------------
    (
        "ru-genitive-mention-then-role",
        "По словам Вячеслава Гнатова, ситуация остается сложной. "
        f"{GL}Мы эвакуировали всех жителей{GR}, — сообщил губернатор.",
        [("Мы эвакуировали", "Вячеслав Гнатов")],
    ),
    (
        "uk-genitive-mention-then-pronoun",
        "За словами очільника ОВА Олега Гнатюка, ситуація складна. "
        f"{GL}Ми евакуювали всіх мешканців{GR}, – сказав він.",
        [("Ми евакуювали", "Олег Гнатюк")],
    ),
    # -- a person named in the instrumental or the dative ------------------------------
    (
        "ru-instrumental-woman-then-feminine-pronoun",
        "Министр иностранных дел Андрей Гнатов провел переговоры с коллегой Ольгой Гнатюк.\n"
        f"{GL}Мы договорились о новых шагах{GR}, — сказала она.",
        [("Мы договорились", "Ольга Гнатюк")],
    ),
    (
        "ru-instrumental-woman-then-masculine-pronoun",
        "Министр иностранных дел Андрей Гнатов провел переговоры с коллегой Ольгой Гнатюк.\n"
        f"{GL}Мы договорились о новых шагах{GR}, — сказал он.",
        [("Мы договорились", "Андрей Гнатов")],
    ),
    (
        "ru-instrumental-man-after-a-named-woman",
        "Министр Ольга Гнатюк встретилась с Андреем Гнатовым.\n"
        f"{GL}Мы обсудили поставки{GR}, — сказал он.",
        [("Мы обсудили", "Андрей Гнатов")],
    ),
    (
        "ru-instrumental-man-after-an-unnamed-subject-is-nobody",
        f"Президент встретился с Андреем Гнатовым.\n{GL}Мы обсудили поставки{GR}, — сказал он.",
        [("Мы обсудили", None)],
    ),
    (
        "uk-instrumental-woman-then-role",
        "Прем'єр-міністр Андрій Гнатюк зустрівся з послом Ольгою Гнатенко.\n"
        f"{GL}Ми обговорили енергетичну підтримку{GR}, – розповіла посол.",
        [("Ми обговорили", "Ольга Гнатенко")],
    ),
    (
        "ru-nominative-complement-of-office-is-kept",
        "Заместитель губернатора Тверской области Екатерина Гнатова покинула регион, "
        "сообщил представитель правительства.\n"
        f"{GL}Ее функции распределены между другими замами{GR}, — отметил собеседник.",
        [("Ее функции", None)],
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_slavic_oblique_speakers(
    case_id: str,
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
