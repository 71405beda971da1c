# ruff: noqa: RUF001 -- Russian, Ukrainian, German and French text on purpose
"""Mentions in marks that are no speech (issue 15, qprec26): a body's name after its
legal form with the outer closing mark left out, a body's name inside an attribution,
titles in a series, a capitalised title after a preposition, topics after "questions
such as" and its kin, and a subheading between a speaker's paragraph and a bare
quotation. Each shape has near misses that keep their quotation and speaker (see
:mod:`seedparse._text.quotes.mentions` and :mod:`~seedparse._text.quotes.section_breaks`).

The texts are written for these tests with made-up names, in the style of news copy;
none comes from the seeds or the scored fixtures. The expected value lists, in order,
each quotation as ``(start of its text, speaker)``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.mentions import (
    listed_title,
    nested_name_end,
    title_after_preposition,
    topic_question,
)
from seedparse._text.quotes.section_breaks import subheading_between

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a body's name nested in its legal form's marks, the outer mark left out --------
    (
        "nested-name-left-open-before-the-next-paragraph",
        "Новости\n"
        "АО «Концерн «Вектор» в рамках заказа досрочно закрыл свои обязательства.\n"
        "«Мы завершили выполнение заказа в рекордные сроки», – сказал генеральный "
        "директор Иван Петров.",
        [("Мы завершили", "Иван Петров")],
    ),
    (
        "nested-name-left-open-before-a-quote-of-the-same-paragraph",
        "Новини\n"
        "ТОВ «Агрофірма «Світанок» уклала договір на постачання зерна. «Ми задоволені "
        "результатом цього сезону», – сказав директор Петро Коваль.",
        [("Ми задоволені", "Петро Коваль")],
    ),
    (
        # near miss: the outer mark is there, the pairing was right all along
        "nested-name-closed-stays-as-it-was",
        "Новости\n"
        "АО «Концерн «Вектор»» досрочно закрыл обязательства. «Мы завершили выполнение "
        "заказа в рекордные сроки», – сказал генеральный директор Иван Петров.",
        [("Мы завершили", "Иван Петров")],
    ),
    (
        # near miss: no legal form nor type noun before the mark: a quote left open
        "quote-left-open-with-a-title-inside-and-no-legal-form",
        "Новости\n"
        "Директор Иван Петров сказал: «Мы назвали проект «Север» в честь нашего города, "
        "и это только начало большой работы",
        [("Мы назвали проект", "Иван Петров")],
    ),
    # -- a body's name in marks inside the attribution after a quote ------------------
    (
        "office-of-a-body-in-marks-before-the-name",
        "Новости\n"
        "«Мы завершили выполнение заказа в рекордные сроки», – прокомментировал "
        "генеральный директор ГК «Вектор» Дмитрий Соколов.",
        [("Мы завершили", "Дмитрий Соколов")],
    ),
    # -- titles in a series ------------------------------------------------------------
    (
        "titles-in-a-series-with-commas-inside-the-marks",
        "Concert review\n"
        f"They played the fan favorites, from the opener {EL}Broken Glass,{ER} "
        f"{EL}Zen and the Art of Breaking Every Window in This Room{ER} and "
        f"{EL}My Old Harbour Town{ER} to newer songs.",
        [],
    ),
    (
        # near miss: lower-case fragments of speech in a series stay a quotation (as
        # before this rule: with no speaker)
        "fragments-in-a-series-after-a-naming-verb",
        "Council\n"
        f"Mayor Tom Hill called the plan {EL}a disgrace{ER} and "
        f"{EL}an insult to every family in this town{ER}.",
        [("an insult to every family", None)],
    ),
    # -- a capitalised title after a preposition --------------------------------------
    (
        "capitalised-title-after-a-preposition",
        "Concert\nLe public a bien sûr vibré sur «This is a life», le tube ultime de la chanteuse.",
        [],
    ),
    (
        # near miss: a sentence of speech after the preposition keeps its speaker
        "speech-after-a-preposition-with-its-own-attribution",
        "Conseil\n"
        "Le maire Jean Dupont a insisté sur ce point : «Nous rénoverons toutes les écoles "
        "de la ville avant l'été», a-t-il dit.",
        [("Nous rénoverons", "Jean Dupont")],
    ),
    # -- topics after "questions such as" ---------------------------------------------
    (
        "questions-such-as-in-english",
        "School visit\n"
        f"Students asked questions such as {EL}How do you sleep in space?{ER} and "
        f"{EL}What do you eat up there?{ER} "
        f"{EL}It was a great day for all of us,{ER} said teacher Mary Jones.",
        [("It was a great day", "Mary Jones")],
    ),
    (
        "fragen-wie-in-german",
        "Bürgerversammlung\n"
        "Die Gäste diskutierten Fragen wie „Wie geht es mit der Schule weiter?“ bis spät "
        "in den Abend.",
        [],
    ),
    (
        "voprosy-vrode-in-russian-with-a-second-item",
        "Собрание\n"
        "Участники обсуждали вопросы вроде «Кто заплатит долги?» и «Что будет с "
        "работниками?». «Мы ответим на все вопросы», — сказала директор Анна Смирнова.",
        [("Мы ответим", "Анна Смирнова")],
    ),
    (
        "pytannia-na-kshtalt-in-ukrainian",
        "Збори\n"
        "Мешканці ставили питання на кшталт «Коли нарешті відремонтують дорогу?» до "
        "самого вечора.",
        [],
    ),
    (
        # near miss: the question noun is not right before the quote (a colon between):
        # the quotation stays (as before this rule: with no speaker)
        "questions-then-a-colon-keeps-the-answer",
        "Council\n"
        f"Mayor Tom Hill took questions like these and said: {EL}We will reopen the "
        f"school in May.{ER}",
        [("We will reopen", None)],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_mention_shapes(
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
    name: str,
    text: str,
    expected: list[tuple[str, str | None]],
) -> None:
    check_quotes(text, expected)


# -- a subheading between a speaker's paragraph and a bare quotation ------------------

SPEAKER_PARAGRAPH = (
    f"Mayor John Smith said the city would invest in roads. {EL}We have waited long "
    f"enough for this,{ER} he said."
)
BARE_QUOTE = f"{EL}The potholes on my street have been there for three years.{ER}"


def _quotes_across(heading: str | None) -> list[tuple[str, str | None]]:
    """The quotations of a title, the speaker's paragraph, an optional heading line
    (no body block, as the article reader gives it) and a bare quotation."""
    parts = ["Council approves budget", SPEAKER_PARAGRAPH]
    if heading is not None:
        parts.append(heading)
    parts.append(BARE_QUOTE)
    text = "\n\n".join(parts)
    first = text.index(SPEAKER_PARAGRAPH)
    last = text.index(BARE_QUOTE)
    blocks = [(first, first + len(SPEAKER_PARAGRAPH)), (last, last + len(BARE_QUOTE))]
    return [(c.text[:12], c.speaker) for block in find_quotations(text, blocks) for c in block]


def test_subheading_that_names_nobody_starts_a_new_section() -> None:
    assert _quotes_across("Residents react") == [
        ("We have wait", "John Smith"),
        ("The potholes", None),
    ]


def test_no_subheading_carries_the_speaker_on() -> None:
    # near miss: the newswire convention, the paragraph before's speaker goes on
    assert _quotes_across(None)[1] == ("The potholes", "John Smith")


def test_subheading_that_names_someone_is_not_a_new_section() -> None:
    # near miss: a heading with a name in it says whose the section is
    assert _quotes_across("Smith on the Roads")[1] == ("The potholes", "John Smith")


def test_subheading_between_reads_one_short_line() -> None:
    assert subheading_between("a.\n\nResidents react\n\nb", 2, 19)
    assert not subheading_between("a.\n\nResidents react.\n\nb", 2, 20)  # a sentence
    assert not subheading_between("a.\n\nVoices: the residents\n\nb", 2, 25)  # a label
    assert not subheading_between("a.\n\n\nb", 2, 5)  # nothing between


def test_nested_name_end_needs_a_legal_form_and_an_open_quote() -> None:
    text = "АО «Концерн «Вектор» закрыл обязательства"
    open_ = text.index("«")
    assert nested_name_end(text, (open_, open_ + 1, len(text), len(text)), len(text)) == (
        text.index("»") + 1
    )
    other = "Он сказал «Концерн «Вектор» закрыл обязательства"
    at = other.index("«")
    assert nested_name_end(other, (at, at + 1, len(other), len(other)), len(other)) is None
    closed = "АО «Концерн «Вектор»» закрыл"
    assert nested_name_end(closed, (3, 4, 20, 21), len(closed)) is None


def test_listed_title_needs_a_capital_and_a_joiner() -> None:
    text = f"the songs {EL}Red Sky{ER} and {EL}Blue Water{ER} tonight"
    second = text.index(f"{EL}Blue")
    assert listed_title(text, second, text.index("tonight") - 1, len(text), "Blue Water")
    first = text.index(f"{EL}Red")
    assert listed_title(text, first, text.index(" and"), len(text), "Red Sky")
    lower = f"it was {EL}too late{ER} and {EL}far too little{ER} now"
    at = lower.index(f"{EL}far")
    assert not listed_title(lower, at, lower.index(" now"), len(lower), "far too little")
    alone = f"the song {EL}Red Sky{ER} tonight"
    assert not listed_title(alone, 9, alone.index(" tonight"), len(alone), "Red Sky")


def test_title_after_preposition_needs_a_capital_and_no_sentence_mark() -> None:
    assert title_after_preposition(["vibré", "sur"], "This is a life", 4)
    assert not title_after_preposition(["vibré", "sur"], "this is a life", 4)
    assert not title_after_preposition(["vibré", "sur"], "This is a life. Really", 5)
    assert not title_after_preposition(["a", "dit"], "This is a life", 4)


def test_topic_question_needs_the_noun_and_the_example_word() -> None:
    text = f"questions such as {EL}Why now?{ER}"
    assert topic_question(text, text.index(EL), 0)
    text = f"questions, she said {EL}Why now?{ER}"
    assert not topic_question(text, text.index(EL), 0)
    text = f"answers such as {EL}Why now?{ER}"
    assert not topic_question(text, text.index(EL), 0)
    text = "перед тем как «уйти в отпуск»"  # ("тем как": a conjunction, no topic noun)
    assert not topic_question(text, text.index("«"), 0)
    text = "темы вроде «Кто заплатит?»"
    assert topic_question(text, text.index("«"), 0)
