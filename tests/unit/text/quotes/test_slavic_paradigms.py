# ruff: noqa: RUF001 -- Russian and Ukrainian texts: Cyrillic letters and dashes on purpose
"""Russian and Ukrainian speech verbs built from their lemmas (slavic_paradigms.py): the
forms of each conjugation class, the hand lists they cover, the words that only look
like them, and the finder's constructions with a verb the lists lacked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import (
    find_quotations,
    slavic_frequent_verbs,
    slavic_words,
    speech_verbs,
)
from seedparse._text.quotes import slavic_paradigms as sp
from seedparse._text.quotes.lexicon import SPEECH_VERBS

# (lemma, slot, the forms expected in that slot)
RUSSIAN_TABLE = [
    # second conjugation in -ить; a hushing stem takes -ат
    ("говорить", "3sg", {"говорит"}),
    ("говорить", "3pl", {"говорят"}),
    ("сообщить", "3pl", {"сообщат"}),
    ("заявить", "past.f", {"заявила"}),
    # first conjugation, vowel stem
    ("отвечать", "3sg", {"отвечает"}),
    ("рассказывать", "3pl", {"рассказывают"}),
    ("объяснять", "3sg", {"объясняет"}),
    # -овать: сетова- -> сету-
    ("сетовать", "3sg", {"сетует"}),
    ("негодовать", "past.f", {"негодовала"}),
    ("пожаловаться", "past.pl", {"пожаловались"}),
    ("жаловаться", "3sg", {"жалуется"}),
    # -авать: признава- -> призна-, a stressed ending, both spellings of ё
    ("признаваться", "3sg", {"признаётся", "признается"}),
    ("признаваться", "past.m", {"признавался"}),
    # -нуть
    ("подчеркнуть", "3sg", {"подчеркнёт", "подчеркнет"}),
    ("подчеркнуть", "past.m", {"подчеркнул"}),
    # -еять
    ("смеяться", "3sg", {"смеётся", "смеется"}),
    ("смеяться", "past.f", {"смеялась"}),
    # reflexive past: -ся after the masculine's consonant, -сь after a vowel
    ("возмутиться", "past.m", {"возмутился"}),
    ("возмутиться", "past.f", {"возмутилась"}),
    ("возмутиться", "past.n", {"возмутилось"}),
    # a named present stem: the consonant alternation of сказать, the second conjugation
    # of кричать
    (("сказать", "скаж", "e"), "3sg", {"скажет"}),
    (("сказать", "скаж", "e"), "3pl", {"скажут"}),
    (("кричать", "крич", "i"), "3sg", {"кричит"}),
    (("кричать", "крич", "i"), "3pl", {"кричат"}),
    ("звонить", "past.f", {"звонила"}),
]

UKRAINIAN_TABLE = [
    # second conjugation; a hushing stem takes -ать, a labial one -лять
    ("говорити", "3sg", {"говорить"}),
    ("говорити", "3pl", {"говорять"}),
    ("зазначити", "3pl", {"зазначать"}),
    ("заявити", "3pl", {"заявлять"}),
    ("повідомити", "3pl", {"повідомлять"}),
    ("дзвонити", "past.f", {"дзвонила"}),
    ("дзвонити", "past.m", {"дзвонив"}),
    # reflexive: -ся after -ть, -ться after a vowel; the past's -ся and -сь
    ("скаржитися", "3sg", {"скаржиться"}),
    ("скаржитися", "3pl", {"скаржаться"}),
    ("поскаржитися", "past.m", {"поскаржився"}),
    ("поскаржитися", "past.f", {"поскаржилася", "поскаржилась"}),
    ("обурюватися", "3sg", {"обурюється"}),
    ("обурюватися", "3pl", {"обурюються"}),
    ("сміятися", "3sg", {"сміється"}),
    # first conjugation, vowel stem; -увати; -авати
    ("відповідати", "3sg", {"відповідає"}),
    ("стверджувати", "3sg", {"стверджує"}),
    ("коментувати", "3pl", {"коментують"}),
    ("визнавати", "3sg", {"визнає"}),
    # athematic
    (("відповісти", "відпові", "athematic"), "3sg", {"відповість"}),
    (("відповісти", "відпові", "athematic"), "3pl", {"відповідять"}),
    (("відповісти", "відпові", "athematic"), "past.m", {"відповів"}),
    (("додати", "дода", "athematic"), "3sg", {"додасть"}),
    (("додати", "дода", "athematic"), "3pl", {"додадуть"}),
    # a named consonant stem; -ють after л
    (("надіслати", "надішл", "e"), "3sg", {"надішле"}),
    (("надіслати", "надішл", "e"), "3pl", {"надішлють"}),
    (("надіслати", "надішл", "e"), "past.f", {"надіслала"}),
    (("сказати", "скаж", "e"), "3pl", {"скажуть"}),
]


@pytest.mark.parametrize(("lemma", "slot", "forms"), RUSSIAN_TABLE)
def test_russian_forms_by_class(lemma: sp.Lemma, slot: str, forms: set[str]) -> None:
    assert sp.russian_paradigm(lemma)[slot] == forms


@pytest.mark.parametrize(("lemma", "slot", "forms"), UKRAINIAN_TABLE)
def test_ukrainian_forms_by_class(lemma: sp.Lemma, slot: str, forms: set[str]) -> None:
    assert sp.ukrainian_paradigm(lemma)[slot] == forms


def test_every_lemma_has_every_slot() -> None:
    for lemma in sp._RUSSIAN:
        assert set(sp.russian_paradigm(lemma)) == set(sp.SLOTS)
    for lemma in sp._UKRAINIAN:
        assert set(sp.ukrainian_paradigm(lemma)) == set(sp.SLOTS)


@pytest.mark.parametrize("infinitive", ["говорю", "нести", "печь", "доповідь"])
def test_a_word_that_is_no_infinitive_is_refused(infinitive: str) -> None:
    with pytest.raises(ValueError):
        sp.russian_forms(infinitive)
    with pytest.raises(ValueError):
        sp.ukrainian_forms(infinitive)


def test_a_stem_no_class_rule_reads_must_be_named() -> None:
    # (-еть and -іти are of either conjugation: смотрит, умеет; сидить, жаліє)
    with pytest.raises(ValueError, match="name its present stem"):
        sp.russian_forms("смотреть")
    with pytest.raises(ValueError, match="name its present stem"):
        sp.ukrainian_forms("сидіти")
    assert "смотрит" in sp.russian_forms(("смотреть", "смотр", "i"))


def _hand_lists() -> set[str]:
    """Every Cyrillic form the hand lists hold, the adjectives of conviction aside."""
    words = (
        speech_verbs._RUSSIAN_VERBS
        | speech_verbs._UKRAINIAN_VERBS
        | speech_verbs._SLAVIC_MORE_VERBS
        | slavic_words.SLAVIC_EXTRA_VERBS
        | slavic_frequent_verbs.FREQUENT_SPEECH_VERBS
    ) - set(slavic_words._CONVICTION)
    return {w for w in words if all("\u0400" <= c <= "\u04ff" for c in w)}


def _past_stem(lemma: sp.Lemma) -> str:
    infinitive = lemma if isinstance(lemma, str) else lemma[0]
    return infinitive.removesuffix("ся").removesuffix("ть").removesuffix("ти")


def test_the_paradigms_cover_the_hand_lists_for_their_lemmas() -> None:
    """Every listed form on a lemma's stem (its past stem and a few letters of ending) is
    generated: the paradigms are a superset of today's lists for those verbs."""
    generated = sp.paradigm_forms()
    hand = _hand_lists()
    missing = set()
    for lemma in (*sp._RUSSIAN, *sp._UKRAINIAN):
        stem = _past_stem(lemma)
        stems = {stem, stem.replace("ё", "е")}
        for word in hand:
            on_stem = any(word.startswith(s) and len(word) <= len(s) + 4 for s in stems)
            if on_stem and word not in generated:
                missing.add((lemma, word))
    assert not missing, sorted(missing, key=str)
    # (and the check reads something: most lemmas have listed forms)
    assert sum(any(w.startswith(_past_stem(lem)) for w in hand) for lem in sp._RUSSIAN) > 30


# Nouns, adjectives, participles and adverbs on the same stems: no finite verb, never a
# speech verb (a frame "\u2014 \u0441\u043a\u0430\u0437\u0430\u043d\u043e \u0432 ..."
# has no speaker).
NEAR_MISSES = [
    # Russian
    "сказано",
    "сказанное",
    "сказка",
    "написано",
    "написанный",
    "надпись",
    "заявление",
    "заявленный",
    "отметка",
    "отмеченный",
    "подчёркнутый",
    "подчеркнуто",
    "добавка",
    "пояснение",
    "объяснение",
    "признание",
    "признанный",
    "признана",
    "жалоба",
    "жалобы",
    "жалобный",
    "возмущение",
    "возмущённый",
    "негодование",
    "сообщение",
    "ответ",
    "ответы",
    "ответный",
    "уточнение",
    "рассказ",
    "рассказы",
    "звонок",
    "звонки",
    "звонкий",
    "шутка",
    "шутки",
    "смех",
    "смешной",
    "письмо",
    "писатель",
    "уверен",
    "уверенный",
    "обещание",
    "замечание",
    "говорящий",
    "говоря",
    "сказать",
    # Ukrainian
    "заява",
    "заяви",
    "відповідь",
    "повідомлення",
    "скарга",
    "скарги",
    "обурення",
    "обурений",
    "написаний",
    "сказане",
    "жарт",
    "жарти",
    "дзвінок",
    "дзвінки",
    "визнання",
    "коментар",
    "коментарі",
    "розповідь",
    "пояснення",
    "зазначений",
    "наголос",
    "казати",
    "кажучи",
]


@pytest.mark.parametrize("word", NEAR_MISSES)
def test_a_noun_or_adjective_on_a_verb_stem_is_no_form(word: str) -> None:
    assert word not in sp.paradigm_forms()
    assert word not in sp.speaker_verb_forms()


def test_the_finder_takes_a_persons_forms_only() -> None:
    """Plural and neuter subjects are groups, bodies and outlets; the present of a
    reporting verb is an outlet's ("\u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 RNS")."""
    person = sp.speaker_verb_forms()
    assert {"сетует", "негодовала", "скаржиться", "поскаржилась", "дзвонила"} <= person
    assert {"сообщила", "повідомив"} <= person
    # (the Ukrainian plural "заявлять" is also a Russian infinitive: the plural stays out)
    for word in (
        "сетуют",
        "скаржаться",
        "возмутилось",
        "сообщило",
        "сообщает",
        "повідомляє",
        "заявлять",
    ):
        assert word in sp.paradigm_forms()
        assert word not in person
    assert person <= SPEECH_VERBS


def test_built_once() -> None:
    assert sp.paradigm_forms() is sp.paradigm_forms()
    assert sp.speaker_verb_forms() is sp.speaker_verb_forms()


# The finder's constructions with a verb form the hand lists lacked: after the quotation,
# before a colon, between dashes inside the marks, and on a dash line.
CONSTRUCTIONS = [
    ("«Денег на ремонт нет», — сетует глава района Иван Петров.", "Денег", "Иван Петров"),
    ("Глава района Иван Петров сетует: «Денег на ремонт нет».", "Денег", "Иван Петров"),
    (
        "«Денег на ремонт нет, — сетует глава района Иван Петров. — И не будет».",
        "Денег",
        "Иван Петров",
    ),
    ("— Денег на ремонт нет, — сетует глава района Иван Петров.", "Денег", "Иван Петров"),
    ("«Денег нет», — негодовала Мария Иванова.", "Денег", "Мария Иванова"),
    (
        "«Грошей на ремонт немає», – скаржиться голова громади Іван Петренко.",
        "Грошей",
        "Іван Петренко",
    ),
    (
        "Голова громади Іван Петренко скаржиться: «Грошей на ремонт немає».",
        "Грошей",
        "Іван Петренко",
    ),
    (
        "«Грошей на ремонт немає, – скаржиться голова громади Іван Петренко. – І не буде».",
        "Грошей",
        "Іван Петренко",
    ),
    (
        "– Грошей на ремонт немає, – обурюється голова громади Іван Петренко.",
        "Грошей",
        "Іван Петренко",
    ),
]


@pytest.mark.parametrize(("line", "start", "speaker"), CONSTRUCTIONS)
def test_a_generated_form_in_each_construction(
    check_quotes: Callable[..., object], line: str, start: str, speaker: str | None
) -> None:
    check_quotes(f"Заголовок\n{line}", [(start, speaker)])


NEAR_MISS_FRAMES = [
    "«Денег на ремонт нет и не будет», — сетуют жители района.",
    "«Денег на ремонт нет и не будет», — сообщает РИА Новости.",
    "«Денег на ремонт нет и не будет», — написано в заявлении Ивана Петрова.",
    "«Грошей на ремонт немає і не буде», – скаржаться мешканці району.",
]


@pytest.mark.parametrize("line", NEAR_MISS_FRAMES)
def test_a_group_an_outlet_or_a_participle_credits_nobody(
    line_blocks: Callable[[str], list[tuple[int, int]]], line: str
) -> None:
    text = f"Заголовок\n{line}"
    found = [c for block in find_quotations(text, line_blocks(text)) for c in block]
    assert all(c.speaker is None for c in found), [(c.text, c.speaker) for c in found]
