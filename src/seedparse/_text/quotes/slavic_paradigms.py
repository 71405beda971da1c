"""Russian and Ukrainian speech verbs built from their lemmas by conjugation class.

News copy credits a quotation with a finite verb in whatever form the speaker's gender,
number and tense ask for: "\u0441\u0435\u0442\u0443\u0435\u0442",
"\u043d\u0435\u0433\u043e\u0434\u043e\u0432\u0430\u043b\u0430",
"\u043f\u043e\u0436\u0430\u043b\u043e\u0432\u0430\u043b\u0438\u0441\u044c",
"\u0441\u043a\u0430\u0440\u0436\u0438\u0442\u044c\u0441\u044f",
"\u0434\u0437\u0432\u043e\u043d\u0438\u043b\u0430". Lists of forms
(:mod:`.speech_verbs`, :mod:`.slavic_words`) miss most of them, so here each verb is given
once, by its infinitive, and :func:`paradigm_forms` derives the forms the finder's
constructions meet (after the quotation, before a colon, between dashes): the past tense
(masculine, feminine, neuter, plural; reflexive with "-\u0441\u044f" and "-\u0441\u044c")
and the third person of the present (imperfective) or future (perfective), singular and
plural. No infinitive, participle, gerund or imperative: those are no finite frame.

The classes are the school grammars' (Russian: first conjugation with a vowel stem,
"-\u043e\u0432\u0430\u0442\u044c", "-\u0430\u0432\u0430\u0442\u044c",
"-\u043d\u0443\u0442\u044c", second conjugation "-\u0438\u0442\u044c"; Ukrainian: the
same, with the "-\u043b-" a labial stem takes in the second conjugation's plural and the
athematic "-\u0432\u0456\u0441\u0442\u0438", "-\u0434\u0430\u0442\u0438"). A verb whose
present stem no class rule gives ("\u0441\u043a\u0430\u0437\u0430\u0442\u044c" ->
"\u0441\u043a\u0430\u0436-", "\u043a\u0440\u0438\u0447\u0430\u0442\u044c" in the second
conjugation) names that stem and its conjugation; that is a principal part, not a form.
The finder's speech verbs take :func:`speaker_verb_forms`: the forms a person is the
subject of (a plural or neuter subject is a group, a body or an outlet). Built once, on
first call, and cached.
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "SLOTS",
    "paradigm_forms",
    "russian_forms",
    "russian_paradigm",
    "speaker_verb_forms",
    "ukrainian_forms",
    "ukrainian_paradigm",
]

# A lemma: its infinitive, or (infinitive, present stem, conjugation) where the class
# rules cannot find the stem. Conjugations: "e" (first, consonant stem: скажет, скажут;
# скаже, скажуть), "\u0451" (first, stressed ending: подчеркнёт, смеётся), "i" (second:
# кричит, кричат), "v" (first, vowel stem: отвечает, відповідає), "athematic" (Ukrainian
# відповість, відповідять; додасть, додадуть).
Lemma = str | tuple[str, str, str]

# Verbs of saying, writing, answering, adding, explaining, stressing, admitting,
# complaining, indignation, recalling, joking, assuring, commenting and calling, each
# aspect given where news copy uses both.
_RUSSIAN: tuple[Lemma, ...] = (
    "\u0433\u043e\u0432\u043e\u0440\u0438\u0442\u044c",  # говорить
    ("\u0441\u043a\u0430\u0437\u0430\u0442\u044c", "\u0441\u043a\u0430\u0436", "e"),  # сказать
    "\u0437\u0430\u044f\u0432\u0438\u0442\u044c",  # заявить
    "\u0437\u0430\u044f\u0432\u043b\u044f\u0442\u044c",  # заявлять
    "\u043e\u0442\u043c\u0435\u0442\u0438\u0442\u044c",  # отметить
    "\u043e\u0442\u043c\u0435\u0447\u0430\u0442\u044c",  # отмечать
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u043d\u0443\u0442\u044c",  # подчеркнуть
    "\u043f\u043e\u0434\u0447\u0451\u0440\u043a\u0438\u0432\u0430\u0442\u044c",  # подчёркивать
    "\u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c",  # добавить
    "\u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0442\u044c",  # добавлять
    "\u043f\u043e\u044f\u0441\u043d\u0438\u0442\u044c",  # пояснить
    "\u043f\u043e\u044f\u0441\u043d\u044f\u0442\u044c",  # пояснять
    "\u043e\u0431\u044a\u044f\u0441\u043d\u0438\u0442\u044c",  # объяснить
    "\u043e\u0431\u044a\u044f\u0441\u043d\u044f\u0442\u044c",  # объяснять
    "\u043f\u0440\u0438\u0437\u043d\u0430\u0442\u044c\u0441\u044f",  # признаться
    "\u043f\u0440\u0438\u0437\u043d\u0430\u0432\u0430\u0442\u044c\u0441\u044f",  # признаваться
    "\u043f\u0440\u0438\u0437\u043d\u0430\u0442\u044c",  # признать
    "\u043f\u0440\u0438\u0437\u043d\u0430\u0432\u0430\u0442\u044c",  # признавать
    "\u043f\u043e\u0436\u0430\u043b\u043e\u0432\u0430\u0442\u044c\u0441\u044f",  # пожаловаться
    "\u0436\u0430\u043b\u043e\u0432\u0430\u0442\u044c\u0441\u044f",  # жаловаться
    "\u0441\u0435\u0442\u043e\u0432\u0430\u0442\u044c",  # сетовать
    "\u043f\u043e\u0441\u0435\u0442\u043e\u0432\u0430\u0442\u044c",  # посетовать
    "\u0432\u043e\u0437\u043c\u0443\u0449\u0430\u0442\u044c\u0441\u044f",  # возмущаться
    "\u0432\u043e\u0437\u043c\u0443\u0442\u0438\u0442\u044c\u0441\u044f",  # возмутиться
    "\u043d\u0435\u0433\u043e\u0434\u043e\u0432\u0430\u0442\u044c",  # негодовать
    (
        "\u043d\u0430\u043f\u0438\u0441\u0430\u0442\u044c",
        "\u043d\u0430\u043f\u0438\u0448",
        "e",
    ),  # написать
    ("\u043f\u0438\u0441\u0430\u0442\u044c", "\u043f\u0438\u0448", "e"),  # писать
    "\u0441\u043e\u043e\u0431\u0449\u0438\u0442\u044c",  # сообщить
    "\u0441\u043e\u043e\u0431\u0449\u0430\u0442\u044c",  # сообщать
    "\u043e\u0442\u0432\u0435\u0442\u0438\u0442\u044c",  # ответить
    "\u043e\u0442\u0432\u0435\u0447\u0430\u0442\u044c",  # отвечать
    "\u0443\u0442\u043e\u0447\u043d\u0438\u0442\u044c",  # уточнить
    "\u0443\u0442\u043e\u0447\u043d\u044f\u0442\u044c",  # уточнять
    # рассказать
    (
        "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u0430\u0442\u044c",
        "\u0440\u0430\u0441\u0441\u043a\u0430\u0436",
        "e",
    ),
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c",  # рассказывать
    "\u0437\u0432\u043e\u043d\u0438\u0442\u044c",  # звонить
    "\u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u044c",  # позвонить
    "\u0432\u0441\u043f\u043e\u043c\u0438\u043d\u0430\u0442\u044c",  # вспоминать
    "\u0432\u0441\u043f\u043e\u043c\u043d\u0438\u0442\u044c",  # вспомнить
    "\u0441\u043c\u0435\u044f\u0442\u044c\u0441\u044f",  # смеяться
    "\u0448\u0443\u0442\u0438\u0442\u044c",  # шутить
    "\u043f\u043e\u0448\u0443\u0442\u0438\u0442\u044c",  # пошутить
    "\u0443\u0432\u0435\u0440\u044f\u0442\u044c",  # уверять
    "\u0437\u0430\u0432\u0435\u0440\u0438\u0442\u044c",  # заверить
    "\u0437\u0430\u0432\u0435\u0440\u044f\u0442\u044c",  # заверять
    "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0442\u044c",  # утверждать
    # комментировать
    "\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c",
    # прокомментировать
    "\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c",
    "\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f",  # делиться
    "\u043f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f",  # поделиться
    "\u0443\u0434\u0438\u0432\u043b\u044f\u0442\u044c\u0441\u044f",  # удивляться
    # недоумевать (a vowel stem in "-ева-", not the class of "воевать")
    (
        "\u043d\u0435\u0434\u043e\u0443\u043c\u0435\u0432\u0430\u0442\u044c",
        "\u043d\u0435\u0434\u043e\u0443\u043c\u0435\u0432\u0430",
        "v",
    ),
    "\u043e\u0431\u0435\u0449\u0430\u0442\u044c",  # обещать
    "\u043f\u043e\u043e\u0431\u0435\u0449\u0430\u0442\u044c",  # пообещать
    "\u0437\u0430\u043c\u0435\u0442\u0438\u0442\u044c",  # заметить
    "\u0437\u0430\u043c\u0435\u0447\u0430\u0442\u044c",  # замечать
    "\u043d\u0430\u043f\u043e\u043c\u043d\u0438\u0442\u044c",  # напомнить
    "\u043d\u0430\u043f\u043e\u043c\u0438\u043d\u0430\u0442\u044c",  # напоминать
    "\u043f\u0440\u0435\u0434\u0443\u043f\u0440\u0435\u0434\u0438\u0442\u044c",  # предупредить
    # предупреждать
    "\u043f\u0440\u0435\u0434\u0443\u043f\u0440\u0435\u0436\u0434\u0430\u0442\u044c",
    "\u043f\u043e\u0434\u044b\u0442\u043e\u0436\u0438\u0442\u044c",  # подытожить
    "\u0440\u0435\u0437\u044e\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c",  # резюмировать
    "\u0440\u0430\u0441\u0441\u0443\u0436\u0434\u0430\u0442\u044c",  # рассуждать
    "\u043d\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u0442\u044c",  # настаивать
    ("\u043a\u0440\u0438\u0447\u0430\u0442\u044c", "\u043a\u0440\u0438\u0447", "i"),  # кричать
)

_UKRAINIAN: tuple[Lemma, ...] = (
    ("\u043a\u0430\u0437\u0430\u0442\u0438", "\u043a\u0430\u0436", "e"),  # казати
    ("\u0441\u043a\u0430\u0437\u0430\u0442\u0438", "\u0441\u043a\u0430\u0436", "e"),  # сказати
    "\u0433\u043e\u0432\u043e\u0440\u0438\u0442\u0438",  # говорити
    "\u0437\u0430\u044f\u0432\u0438\u0442\u0438",  # заявити
    "\u0437\u0430\u044f\u0432\u043b\u044f\u0442\u0438",  # заявляти
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0442\u0438",  # зазначити
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0430\u0442\u0438",  # зазначати
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u0442\u0438",  # наголосити
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0448\u0443\u0432\u0430\u0442\u0438",  # наголошувати
    ("\u0434\u043e\u0434\u0430\u0442\u0438", "\u0434\u043e\u0434\u0430", "athematic"),  # додати
    "\u0434\u043e\u0434\u0430\u0432\u0430\u0442\u0438",  # додавати
    "\u043f\u043e\u044f\u0441\u043d\u0438\u0442\u0438",  # пояснити
    "\u043f\u043e\u044f\u0441\u043d\u044e\u0432\u0430\u0442\u0438",  # пояснювати
    "\u043f\u043e\u0441\u043a\u0430\u0440\u0436\u0438\u0442\u0438\u0441\u044f",  # поскаржитися
    "\u0441\u043a\u0430\u0440\u0436\u0438\u0442\u0438\u0441\u044f",  # скаржитися
    "\u043e\u0431\u0443\u0440\u044e\u0432\u0430\u0442\u0438\u0441\u044f",  # обурюватися
    "\u043e\u0431\u0443\u0440\u0438\u0442\u0438\u0441\u044f",  # обуритися
    (
        "\u043d\u0430\u043f\u0438\u0441\u0430\u0442\u0438",
        "\u043d\u0430\u043f\u0438\u0448",
        "e",
    ),  # написати
    ("\u043f\u0438\u0441\u0430\u0442\u0438", "\u043f\u0438\u0448", "e"),  # писати
    "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0442\u0438",  # повідомити
    "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u0442\u0438",  # повідомляти
    (
        "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0441\u0442\u0438",
        "\u0432\u0456\u0434\u043f\u043e\u0432\u0456",
        "athematic",
    ),  # відповісти
    "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0442\u0438",  # відповідати
    (
        "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0441\u0442\u0438",
        "\u0440\u043e\u0437\u043f\u043e\u0432\u0456",
        "athematic",
    ),  # розповісти
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0434\u0430\u0442\u0438",  # розповідати
    (
        "\u0440\u043e\u0437\u043a\u0430\u0437\u0430\u0442\u0438",
        "\u0440\u043e\u0437\u043a\u0430\u0436",
        "e",
    ),  # розказати
    "\u0434\u0437\u0432\u043e\u043d\u0438\u0442\u0438",  # дзвонити
    "\u043f\u043e\u0434\u0437\u0432\u043e\u043d\u0438\u0442\u0438",  # подзвонити
    "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0432\u0430\u0442\u0438",  # телефонувати
    # зателефонувати
    "\u0437\u0430\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0432\u0430\u0442\u0438",
    (
        "\u043d\u0430\u0434\u0456\u0441\u043b\u0430\u0442\u0438",
        "\u043d\u0430\u0434\u0456\u0448\u043b",
        "e",
    ),  # надіслати
    "\u043d\u0430\u0434\u0441\u0438\u043b\u0430\u0442\u0438",  # надсилати
    "\u0437\u0433\u0430\u0434\u0443\u0432\u0430\u0442\u0438",  # згадувати
    "\u0437\u0433\u0430\u0434\u0430\u0442\u0438",  # згадати
    "\u043f\u0440\u0438\u0433\u0430\u0434\u0443\u0432\u0430\u0442\u0438",  # пригадувати
    "\u0434\u0456\u043b\u0438\u0442\u0438\u0441\u044f",  # ділитися
    "\u043f\u043e\u0434\u0456\u043b\u0438\u0442\u0438\u0441\u044f",  # поділитися
    "\u0436\u0430\u0440\u0442\u0443\u0432\u0430\u0442\u0438",  # жартувати
    "\u043f\u043e\u0436\u0430\u0440\u0442\u0443\u0432\u0430\u0442\u0438",  # пожартувати
    "\u0441\u0442\u0432\u0435\u0440\u0434\u0436\u0443\u0432\u0430\u0442\u0438",  # стверджувати
    "\u0437\u0430\u043f\u0435\u0432\u043d\u0438\u0442\u0438",  # запевнити
    "\u0437\u0430\u043f\u0435\u0432\u043d\u044f\u0442\u0438",  # запевняти
    "\u043f\u0435\u0440\u0435\u043a\u043e\u043d\u0443\u0432\u0430\u0442\u0438",  # переконувати
    "\u0432\u0438\u0437\u043d\u0430\u0442\u0438",  # визнати
    "\u0432\u0438\u0437\u043d\u0430\u0432\u0430\u0442\u0438",  # визнавати
    "\u0437\u0456\u0437\u043d\u0430\u0442\u0438\u0441\u044f",  # зізнатися
    "\u0437\u0456\u0437\u043d\u0430\u0432\u0430\u0442\u0438\u0441\u044f",  # зізнаватися
    "\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u0442\u0438",  # коментувати
    # прокоментувати
    "\u043f\u0440\u043e\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u0442\u0438",
    "\u0437\u0430\u0443\u0432\u0430\u0436\u0438\u0442\u0438",  # зауважити
    "\u0443\u0442\u043e\u0447\u043d\u0438\u0442\u0438",  # уточнити
    "\u0443\u0442\u043e\u0447\u043d\u044e\u0432\u0430\u0442\u0438",  # уточнювати
    "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u0438\u0442\u0438",  # підкреслити
    # підкреслювати
    "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u044e\u0432\u0430\u0442\u0438",
    "\u043d\u0430\u0440\u0456\u043a\u0430\u0442\u0438",  # нарікати
    "\u0431\u0456\u0434\u043a\u0430\u0442\u0438\u0441\u044f",  # бідкатися
    "\u0434\u0438\u0432\u0443\u0432\u0430\u0442\u0438\u0441\u044f",  # дивуватися
    "\u0441\u043c\u0456\u044f\u0442\u0438\u0441\u044f",  # сміятися
    "\u043e\u0431\u0456\u0446\u044f\u0442\u0438",  # обіцяти
    "\u043f\u043e\u043e\u0431\u0456\u0446\u044f\u0442\u0438",  # пообіцяти
    "\u043f\u0456\u0434\u0441\u0443\u043c\u0443\u0432\u0430\u0442\u0438",  # підсумувати
    ("\u043a\u0440\u0438\u0447\u0430\u0442\u0438", "\u043a\u0440\u0438\u0447", "i"),  # кричати
)

_VOWELS = frozenset(
    "\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457\u0454"
)
_HUSHING = frozenset("\u0436\u0447\u0448\u0449")  # ж ч ш щ: -ат/-ать for -ят/-ять
# The labials, after which Ukrainian's second conjugation puts an "-\u043b-" in the plural
# (заявлять, повідомлять).
_LABIALS = frozenset("\u0431\u043f\u0432\u043c\u0444")


def _split_reflexive(infinitive: str, suffix: str) -> tuple[str, bool]:
    """The infinitive without its reflexive suffix, and whether it had one."""
    if infinitive.endswith(suffix):
        return infinitive[: -len(suffix)], True
    return infinitive, False


def _present_class(stem: str, russian: bool) -> tuple[str, str]:
    """The present stem and conjugation the class rules give for the infinitive stem
    ``stem`` (the infinitive without "-ть"/"-ти" and "-ся")."""
    if stem.endswith(
        ("\u043e\u0432\u0430", "\u0435\u0432\u0430", "\u0443\u0432\u0430", "\u044e\u0432\u0430")
    ):
        # -овать, -евать, -увати, -ювати: сетова- -> сету-, коментува- -> коменту-
        if stem[-3] in "\u043e\u0435":
            return stem[:-3] + "\u0443", "v"
        return stem[:-2], "v"
    if stem.endswith("\u0430\u0432\u0430"):  # -авать, -авати: признава- -> призна-
        return stem[:-2], "\u0451" if russian else "v"
    if stem.endswith("\u043d\u0443"):  # -нуть: подчеркну- -> подчеркн-
        return stem[:-1], "\u0451"
    if stem.endswith("\u0438"):  # second conjugation: говори- -> говор-
        return stem[:-1], "i"
    if stem.endswith(("\u0435\u044f", "\u0456\u044f")):  # смея-, сміяти: сме-, смі-
        return stem[:-1], "\u0451" if russian else "v"
    if stem[-1] in "\u0430\u044f":  # first conjugation, vowel stem: отвеча-, запевня-
        return stem, "v"
    raise ValueError(f"no conjugation class for the stem {stem!r}: name its present stem")


def _russian_present(stem: str, conjugation: str, reflexive: bool) -> tuple[str, str]:
    """The third person singular and plural of the present (or perfective future)."""
    if conjugation == "v":  # vowel stem: отвечает, отвечают
        forms = (stem + "\u0435\u0442", stem + "\u044e\u0442")
    elif conjugation == "e":  # consonant stem: скажет, скажут
        forms = (stem + "\u0435\u0442", stem + "\u0443\u0442")
    elif conjugation == "\u0451":  # stressed ending: подчеркнёт, подчеркнут; смеётся
        plural = "\u044e\u0442" if stem[-1] in _VOWELS else "\u0443\u0442"
        forms = (stem + "\u0451\u0442", stem + plural)
    else:  # second conjugation: говорит, говорят; сообщит, сообщат
        plural = "\u0430\u0442" if stem[-1] in _HUSHING else "\u044f\u0442"
        forms = (stem + "\u0438\u0442", stem + plural)
    if not reflexive:
        return forms
    return forms[0] + "\u0441\u044f", forms[1] + "\u0441\u044f"


def _ukrainian_present(stem: str, conjugation: str, reflexive: bool) -> tuple[str, str]:
    """The third person singular and plural of the present (or perfective future)."""
    if conjugation == "v":  # vowel stem: відповідає, відповідають
        forms = (stem + "\u0454", stem + "\u044e\u0442\u044c")
    elif conjugation == "e":  # consonant stem: скаже, скажуть; надішле, надішлють
        plural = "\u044e\u0442\u044c" if stem[-1] == "\u043b" else "\u0443\u0442\u044c"
        forms = (stem + "\u0435", stem + plural)
    elif conjugation == "athematic":  # відповість, відповідять; додасть, додадуть
        plural = (
            "\u0434\u044f\u0442\u044c"
            if stem.endswith("\u0432\u0456")
            else "\u0434\u0443\u0442\u044c"
        )
        forms = (stem + "\u0441\u0442\u044c", stem + plural)
    elif stem[-1] in _HUSHING:  # second conjugation: скаржить, скаржать
        forms = (stem + "\u0438\u0442\u044c", stem + "\u0430\u0442\u044c")
    elif stem[-1] in _LABIALS:  # заявить, заявлять
        forms = (stem + "\u0438\u0442\u044c", stem + "\u043b\u044f\u0442\u044c")
    else:  # говорить, говорять
        forms = (stem + "\u0438\u0442\u044c", stem + "\u044f\u0442\u044c")
    if not reflexive:
        return forms
    # "-ся" after "-ть" (скаржиться, скаржаться), "-ться" after a vowel (обурюється)
    return _ukrainian_reflexive(forms[0]), _ukrainian_reflexive(forms[1])


def _ukrainian_reflexive(form: str) -> str:
    if form.endswith("\u0442\u044c"):
        return form + "\u0441\u044f"
    return form + "\u0442\u044c\u0441\u044f"


# The slots of a paradigm: the past tense by gender and number, the present's third person.
SLOTS = ("past.m", "past.f", "past.n", "past.pl", "3sg", "3pl")
Paradigm = dict[str, frozenset[str]]


def _russian_past(stem: str, reflexive: bool) -> dict[str, set[str]]:
    m, f, n, pl = (stem + end for end in ("\u043b", "\u043b\u0430", "\u043b\u043e", "\u043b\u0438"))
    if not reflexive:
        return {"past.m": {m}, "past.f": {f}, "past.n": {n}, "past.pl": {pl}}
    # -ся after the masculine's consonant, -сь after a vowel
    sj = "\u0441\u044c"
    return {
        "past.m": {m + "\u0441\u044f"},
        "past.f": {f + sj},
        "past.n": {n + sj},
        "past.pl": {pl + sj},
    }


def _ukrainian_past(stem: str, reflexive: bool) -> dict[str, set[str]]:
    m, f, n, pl = (stem + end for end in ("\u0432", "\u043b\u0430", "\u043b\u043e", "\u043b\u0438"))
    if not reflexive:
        return {"past.m": {m}, "past.f": {f}, "past.n": {n}, "past.pl": {pl}}
    # -вся; -лася and the shorter -лась (both in news copy)
    sja, sj = "\u0441\u044f", "\u0441\u044c"
    return {
        "past.m": {m + sja},
        "past.f": {f + sja, f + sj},
        "past.n": {n + sja, n + sj},
        "past.pl": {pl + sja, pl + sj},
    }


def _lemma_parts(lemma: Lemma) -> tuple[str, str | None, str | None]:
    if isinstance(lemma, str):
        return lemma, None, None
    return lemma


def _with_yo_spellings(forms: set[str]) -> frozenset[str]:
    """Russian forms with a "\u0451" also in the spelling most copy uses, with "\u0435"."""
    return frozenset(forms | {f.replace("\u0451", "\u0435") for f in forms if "\u0451" in f})


def russian_paradigm(lemma: Lemma) -> Paradigm:
    """The finite forms of one Russian lemma by slot (see :data:`SLOTS`)."""
    infinitive, stem, conjugation = _lemma_parts(lemma)
    base, reflexive = _split_reflexive(infinitive, "\u0441\u044f")
    if not base.endswith("\u0442\u044c"):
        raise ValueError(f"not a Russian infinitive in -ть: {infinitive!r}")
    past_stem = base[:-2]
    if stem is None or conjugation is None:
        stem, conjugation = _present_class(past_stem, russian=True)
    slots = _russian_past(past_stem, reflexive)
    singular, plural = _russian_present(stem, conjugation, reflexive)
    slots["3sg"], slots["3pl"] = {singular}, {plural}
    return {slot: _with_yo_spellings(forms) for slot, forms in slots.items()}


def ukrainian_paradigm(lemma: Lemma) -> Paradigm:
    """The finite forms of one Ukrainian lemma by slot (see :data:`SLOTS`)."""
    infinitive, stem, conjugation = _lemma_parts(lemma)
    base, reflexive = _split_reflexive(infinitive, "\u0441\u044f")
    if not base.endswith("\u0442\u0438"):
        raise ValueError(f"not a Ukrainian infinitive in -ти: {infinitive!r}")
    past_stem = base[:-2]
    if conjugation == "athematic" and past_stem.endswith("\u0441"):  # відповіс- -> відпові-
        past_stem = past_stem[:-1]
    if stem is None or conjugation is None:
        stem, conjugation = _present_class(past_stem, russian=False)
    slots = _ukrainian_past(past_stem, reflexive)
    singular, plural = _ukrainian_present(stem, conjugation, reflexive)
    slots["3sg"], slots["3pl"] = {singular}, {plural}
    return {slot: frozenset(forms) for slot, forms in slots.items()}


def russian_forms(lemma: Lemma) -> frozenset[str]:
    """Every finite form of one Russian lemma."""
    return frozenset().union(*russian_paradigm(lemma).values())


def ukrainian_forms(lemma: Lemma) -> frozenset[str]:
    """Every finite form of one Ukrainian lemma."""
    return frozenset().union(*ukrainian_paradigm(lemma).values())


def _paradigms() -> list[tuple[str, Paradigm]]:
    return [
        *((_infinitive(lemma), russian_paradigm(lemma)) for lemma in _RUSSIAN),
        *((_infinitive(lemma), ukrainian_paradigm(lemma)) for lemma in _UKRAINIAN),
    ]


def _infinitive(lemma: Lemma) -> str:
    return lemma if isinstance(lemma, str) else lemma[0]


@cache
def paradigm_forms() -> frozenset[str]:
    """Every form of the Russian and Ukrainian lemmas above (lower case), built once."""
    return frozenset().union(*(forms for _, p in _paradigms() for forms in p.values()))


# The slots read as a person's speech verb: a person is a "he" or a "she". A plural or
# neuter subject is a group, a body or an outlet ("\u0441\u0435\u0442\u0443\u044e\u0442
# \u0436\u0438\u0442\u0435\u043b\u0438", "\u0432\u0435\u0434\u043e\u043c\u0441\u0442\u0432\u043e
# \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u043e"), which the finder would credit to a person
# named nearby; the plural forms the hand lists already hold stay there.
_PERSON_SLOTS = ("past.m", "past.f", "3sg")

# Verbs of reporting whose present an outlet is the subject of
# ("\u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 RNS",
# "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u0454
# \u0423\u043a\u0440\u0456\u043d\u0444\u043e\u0440\u043c"):
# their past still credits a person.
_OUTLET_PRESENT = frozenset(
    (
        "\u0441\u043e\u043e\u0431\u0449\u0430\u0442\u044c",  # сообщать
        "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u0442\u0438",  # повідомляти
    )
)


@cache
def speaker_verb_forms() -> frozenset[str]:
    """The forms a quotation's person speaker is the subject of (see :data:`_PERSON_SLOTS`,
    :data:`_OUTLET_PRESENT`): what the finder's speech verbs take in, built once."""
    forms: set[str] = set()
    for infinitive, paradigm in _paradigms():
        for slot in _PERSON_SLOTS:
            if slot == "3sg" and infinitive in _OUTLET_PRESENT:
                continue
            forms |= paradigm[slot]
    return frozenset(forms)
