"""Russian and Ukrainian speech verbs taken from a frequency list, not from a case.

The verbs of speech (verbs that introduce what someone said: "proposed", "asked",
"called on", "recalled", "confirmed", "demanded") among the 20,000 most frequent word
forms of Russian and of Ukrainian in wordfreq 3.1 (its data: subtitles, Wikipedia,
news, web text), as their masculine past-tense forms stand there, that the lexicon
lacked. Each gives its feminine too: the past tense agrees with the speaker's gender
(Russian "-\u043b" / "-\u043b\u0430", "-\u043b\u0441\u044f" /
"-\u043b\u0430\u0441\u044c"; Ukrainian "-\u0432" / "-\u043b\u0430",
"-\u0432\u0441\u044f" / "-\u043b\u0430\u0441\u044f"). Data only, so that
:mod:`.slavic_words` can take it in.
"""

from __future__ import annotations

__all__ = ["FREQUENT_SPEECH_VERBS"]

_RUSSIAN = (
    "\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u043b",  # предложил
    "\u043e\u0431\u044a\u044f\u0432\u0438\u043b",  # объявил
    "\u043f\u043e\u043f\u0440\u043e\u0441\u0438\u043b",  # попросил
    "\u043f\u0440\u0438\u0437\u0432\u0430\u043b",  # призвал
    "\u043e\u0431\u0435\u0449\u0430\u043b",  # обещал
    "\u0432\u0441\u043f\u043e\u043c\u043d\u0438\u043b",  # вспомнил
    "\u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u043b",  # подтвердил
    "\u043f\u043e\u0442\u0440\u0435\u0431\u043e\u0432\u0430\u043b",  # потребовал
    "\u0441\u043f\u0440\u0430\u0448\u0438\u0432\u0430\u043b",  # спрашивал
    "\u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u043b",  # предлагал
    "\u043e\u0442\u0432\u0435\u0447\u0430\u043b",  # отвечал
    "\u043f\u043e\u0441\u043e\u0432\u0435\u0442\u043e\u0432\u0430\u043b",  # посоветовал
    "\u0432\u0435\u043b\u0435\u043b",  # велел
    "\u0432\u0441\u043f\u043e\u043c\u0438\u043d\u0430\u043b",  # вспоминал
    "\u043a\u0440\u0438\u0447\u0430\u043b",  # кричал
    "\u043f\u043e\u0437\u0434\u0440\u0430\u0432\u0438\u043b",  # поздравил
    "\u043f\u0440\u0435\u0434\u043f\u043e\u043b\u043e\u0436\u0438\u043b",  # предположил
    "\u043d\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u043b",  # настаивал
    "\u043f\u043e\u0432\u0442\u043e\u0440\u0438\u043b",  # повторил
    "\u043f\u043e\u0436\u0435\u043b\u0430\u043b",  # пожелал
    "\u043f\u043e\u0431\u043b\u0430\u0433\u043e\u0434\u0430\u0440\u0438\u043b",  # поблагодарил
    "\u043e\u0431\u044a\u044f\u0441\u043d\u044f\u043b",  # объяснял
    "\u0443\u043f\u043e\u043c\u044f\u043d\u0443\u043b",  # упомянул
    "\u0440\u0430\u0441\u043f\u043e\u0440\u044f\u0434\u0438\u043b\u0441\u044f",  # распорядился
    "\u043f\u0440\u0435\u0434\u0443\u043f\u0440\u0435\u0436\u0434\u0430\u043b",  # предупреждал
    "\u043e\u0437\u0432\u0443\u0447\u0438\u043b",  # озвучил
    "\u043f\u0440\u0438\u043a\u0430\u0437\u0430\u043b",  # приказал
    "\u0441\u043e\u043e\u0431\u0449\u0430\u043b",  # сообщал
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u044b\u0432\u0430\u043b",  # рассказывал
    "\u043f\u0440\u0438\u0437\u044b\u0432\u0430\u043b",  # призывал
    "\u0432\u044b\u0441\u043a\u0430\u0437\u0430\u043b\u0441\u044f",  # высказался
)
_UKRAINIAN = (
    "\u0437\u0430\u043f\u0440\u043e\u043f\u043e\u043d\u0443\u0432\u0430\u0432",  # запропонував
    "\u043e\u0433\u043e\u043b\u043e\u0441\u0438\u0432",  # оголосив
    "\u0437\u0430\u043a\u043b\u0438\u043a\u0430\u0432",  # закликав
    "\u043e\u0431\u0456\u0446\u044f\u0432",  # обіцяв
    "\u043f\u043e\u043f\u0440\u043e\u0441\u0438\u0432",  # попросив
    "\u0437\u0433\u0430\u0434\u0430\u0432",  # згадав
    "\u043f\u0456\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0432",  # підтвердив
    "\u043f\u0440\u043e\u0441\u0438\u0432",  # просив
    "\u043d\u0430\u043a\u0430\u0437\u0430\u0432",  # наказав
    "\u0432\u0438\u043c\u0430\u0433\u0430\u0432",  # вимагав
    "\u043f\u0438\u0442\u0430\u0432",  # питав
    "\u043f\u0440\u0438\u0432\u0456\u0442\u0430\u0432",  # привітав
    "\u043f\u043e\u0434\u044f\u043a\u0443\u0432\u0430\u0432",  # подякував
    "\u0441\u043f\u0438\u0442\u0430\u0432",  # спитав
    "\u0440\u043e\u0437\u043a\u0430\u0437\u0430\u0432",  # розказав
    "\u043e\u0437\u0432\u0443\u0447\u0438\u0432",  # озвучив
    "\u043f\u043e\u0433\u0440\u043e\u0436\u0443\u0432\u0430\u0432",  # погрожував
    "\u0441\u0442\u0432\u0435\u0440\u0434\u0436\u0443\u0432\u0430\u0432",  # стверджував
    "\u043a\u0440\u0438\u0447\u0430\u0432",  # кричав
    "\u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u0438\u0432",  # проголосив
    "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u0432",  # повідомляв
    "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0432",  # відповідав
    "\u043f\u0440\u043e\u043f\u043e\u043d\u0443\u0432\u0430\u0432",  # пропонував
    "\u0437\u0433\u0430\u0434\u0443\u0432\u0430\u0432",  # згадував
)


def _russian_feminine(masculine: str) -> str:
    if masculine.endswith("\u043b\u0441\u044f"):  # -лся: -лась
        return masculine[:-2] + "\u0430\u0441\u044c"
    return masculine + "\u0430"


def _ukrainian_feminine(masculine: str) -> str:
    if masculine.endswith("\u0432\u0441\u044f"):  # -вся: -лася
        return masculine[:-3] + "\u043b\u0430\u0441\u044f"
    return masculine[:-1] + "\u043b\u0430"


#: The masculine and feminine past-tense forms of those verbs (lower case).
FREQUENT_SPEECH_VERBS: frozenset[str] = frozenset(
    (
        *_RUSSIAN,
        *map(_russian_feminine, _RUSSIAN),
        *_UKRAINIAN,
        *map(_ukrainian_feminine, _UKRAINIAN),
    )
)
