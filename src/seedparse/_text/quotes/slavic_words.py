"""Russian and Ukrainian speech verbs beyond :mod:`.lexicon`'s lists: verbs of
complaining, joking, indignation, describing and quoting, and short adjectives of
conviction, that credit the words before them to
their subject ("\u00ab\u2026\u00bb, -
\u043f\u043e\u0436\u0430\u043b\u043e\u0432\u0430\u043b\u0441\u044f X").
Also the phrase tables of openings that credit a speaker in the genitive or the
sentence before. Data only (no imports but data), so :mod:`.lexicon` can take it in."""

from __future__ import annotations

from .slavic_frequent_verbs import FREQUENT_SPEECH_VERBS

__all__ = [
    "REPORTED_OPENINGS",
    "SLAVIC_ACCORDING",
    "SLAVIC_EXTRA_VERBS",
    "SLAVIC_POSSESSIVES",
    "SLAVIC_PREPOSITIONS",
    "SLAVIC_PRONOUN_GENDER",
]

# Russian and Ukrainian subject pronouns of one person, and the gender each agrees with.
SLAVIC_PRONOUN_GENDER = {
    "\u043e\u043d": "m",
    "\u043e\u043d\u0430": "f",
    "\u0432\u0456\u043d": "m",
    "\u0432\u043e\u043d\u0430": "f",
}

# Past-tense stems (before the "-\u043b"/"-\u0432" of the masculine) and whether the verb is
# reflexive, per language.
_RUSSIAN_STEMS = (
    ("\u043f\u043e\u0436\u0430\u043b\u043e\u0432\u0430", True),  # пожаловался
    ("\u043f\u043e\u0441\u0435\u0442\u043e\u0432\u0430", False),  # посетовал
    ("\u043f\u043e\u0448\u0443\u0442\u0438", False),  # пошутил
    ("\u043f\u043e\u0434\u0435\u043b\u0438", True),  # поделился
    ("\u0432\u043e\u0437\u043c\u0443\u0442\u0438", True),  # возмутился
    ("\u043f\u0440\u043e\u0446\u0438\u0442\u0438\u0440\u043e\u0432\u0430", False),  # процитировал
    ("\u0441\u0435\u0442\u043e\u0432\u0430", False),  # сетовал
    ("\u043e\u043f\u0438\u0441\u0430", False),  # описал
    (
        "\u043e\u0445\u0430\u0440\u0430\u043a\u0442\u0435\u0440\u0438\u0437\u043e\u0432\u0430",
        False,
    ),  # охарактеризовал
    (
        "\u0441\u044b\u0440\u043e\u043d\u0438\u0437\u0438\u0440\u043e\u0432\u0430",
        False,
    ),  # сыронизировал
)
_UKRAINIAN_STEMS = (
    ("\u043f\u043e\u0441\u043a\u0430\u0440\u0436\u0438", True),  # поскаржився
    ("\u043f\u043e\u0436\u0430\u0440\u0442\u0443\u0432\u0430", False),  # пожартував
    ("\u043f\u043e\u0434\u0456\u043b\u0438", True),  # поділився
    ("\u043e\u0431\u0443\u0440\u0438", True),  # обурився
    ("\u043f\u0440\u043e\u0446\u0438\u0442\u0443\u0432\u0430", False),  # процитував
    ("\u0456\u0440\u043e\u043d\u0456\u0437\u0443\u0432\u0430", False),  # іронізував
    ("\u043e\u043f\u0438\u0441\u0430", False),  # описав
    (
        "\u043e\u0445\u0430\u0440\u0430\u043a\u0442\u0435\u0440\u0438\u0437\u0443\u0432\u0430",
        False,
    ),  # охарактеризував
)


def _past_forms(stem: str, masculine: str, reflexive: bool) -> set[str]:
    """The past-tense forms (masculine, feminine, neuter, plural) of a stem."""
    forms = {stem + masculine, stem + "\u043b\u0430", stem + "\u043b\u043e", stem + "\u043b\u0438"}
    if not reflexive:
        return forms
    if masculine == "\u043b":  # Russian: -ся after a consonant, -сь after a vowel
        return {f + ("\u0441\u044f" if f.endswith("\u043b") else "\u0441\u044c") for f in forms}
    return {f + "\u0441\u044f" for f in forms}


# Short adjectives of conviction that news copy uses as a speech verb ("X is sure
# that \u00ab\u2026\u00bb", "\u00ab\u2026\u00bb, - is sure X"): Russian and Ukrainian "sure" and
# "convinced", each gender and the plural.
_CONVICTION = (
    *("\u0443\u0432\u0435\u0440\u0435\u043d", "\u0443\u0432\u0435\u0440\u0435\u043d\u0430"),
    *("\u0443\u0432\u0435\u0440\u0435\u043d\u044b", "\u0443\u0431\u0435\u0436\u0434\u0435\u043d"),
    *(
        "\u0443\u0431\u0435\u0436\u0434\u0451\u043d",
        "\u0443\u0431\u0435\u0436\u0434\u0435\u043d\u0430",
    ),
    "\u0443\u0431\u0435\u0436\u0434\u0435\u043d\u044b",
    *(
        "\u0432\u043f\u0435\u0432\u043d\u0435\u043d\u0438\u0439",
        "\u0432\u043f\u0435\u0432\u043d\u0435\u043d\u0430",
    ),
    "\u0432\u043f\u0435\u0432\u043d\u0435\u043d\u0456",
    *(
        "\u043f\u0435\u0440\u0435\u043a\u043e\u043d\u0430\u043d\u0438\u0439",
        "\u043f\u0435\u0440\u0435\u043a\u043e\u043d\u0430\u043d\u0430",
    ),
    "\u043f\u0435\u0440\u0435\u043a\u043e\u043d\u0430\u043d\u0456",
)

#: Every form of those verbs (lower case), and the adjectives of conviction.
SLAVIC_EXTRA_VERBS: frozenset[str] = frozenset(
    {f for stem, r in _RUSSIAN_STEMS for f in _past_forms(stem, "\u043b", r)}
    | {f for stem, r in _UKRAINIAN_STEMS for f in _past_forms(stem, "\u0432", r)}
    | set(_CONVICTION)
    | FREQUENT_SPEECH_VERBS  # (from a frequency list: slavic_frequent_verbs.py)
)

#: Russian and Ukrainian prepositions (lower case): capitalised at a sentence's start
#: ("\u0412 \u041a\u0440\u0435\u043c\u043b\u0435 \u043d\u0435 \u0441\u0442\u0430\u043b\u0438
#: \u2026"), they open no name.
SLAVIC_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "\u0432",
        "\u0432\u043e",
        "\u043d\u0430",
        "\u0443",
        "\u0441",
        "\u0441\u043e",
        "\u043a",
        "\u043a\u043e",
        "\u043f\u043e",
        "\u0437\u0430",
        "\u0438\u0437",
        "\u043e\u0442",
        "\u0434\u043e",
        "\u043e",
        "\u043e\u0431",
        "\u043f\u0440\u0438",
        "\u0431\u0435\u0437",
        "\u0434\u043b\u044f",
        "\u043d\u0430\u0434",
        "\u043f\u043e\u0434",
        "\u043f\u0440\u043e",
        "\u0447\u0435\u0440\u0435\u0437",
        "\u0437",
        "\u0456\u0437",
        "\u0437\u0456",
        "\u0432\u0456\u0434",
        "\u043f\u0456\u0434",
    )
)


#: Openings that credit the words after them to a speaker in the genitive ("\u043f\u043e
#: \u0441\u043b\u043e\u0432\u0430\u043c \u0421\u0435\u0440\u0433\u0435\u044f X, \u00ab\u2026",
#: "\u0437\u0430 \u0441\u043b\u043e\u0432\u0430\u043c\u0438 \u2026", "\u043d\u0430
#: \u0434\u0443\u043c\u043a\u0443 \u2026"), as pairs of words (lower case).
SLAVIC_ACCORDING = frozenset(
    (
        ("\u043f\u043e", "\u0441\u043b\u043e\u0432\u0430\u043c"),
        ("\u043f\u043e", "\u043c\u043d\u0435\u043d\u0438\u044e"),
        # (a claim, a statement, an admission: "\u043f\u043e
        # \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u044e X")
        ("\u043f\u043e", "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u044e"),
        ("\u043f\u043e", "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u044e"),
        ("\u043f\u043e", "\u043f\u0440\u0438\u0437\u043d\u0430\u043d\u0438\u044e"),
        ("\u0437\u0430", "\u0442\u0432\u0435\u0440\u0434\u0436\u0435\u043d\u043d\u044f\u043c"),
        ("\u0437\u0430", "\u0437\u0430\u044f\u0432\u043e\u044e"),
        ("\u0437\u0430", "\u0441\u043b\u043e\u0432\u0430\u043c\u0438"),
        ("\u043d\u0430", "\u0434\u0443\u043c\u043a\u0443"),
    )
)
#: Possessive pronouns in those openings ("\u043f\u043e \u0435\u0433\u043e
#: \u0441\u043b\u043e\u0432\u0430\u043c") and the subject pronoun each stands for.
SLAVIC_POSSESSIVES = {
    "\u0435\u0433\u043e": "\u043e\u043d",
    "\u0435\u0451": "\u043e\u043d\u0430",
    "\u0435\u0435": "\u043e\u043d\u0430",
    "\u0439\u043e\u0433\u043e": "\u0432\u0456\u043d",
    "\u0457\u0457": "\u0432\u043e\u043d\u0430",
}
#: Words that open a sentence crediting the one before it ("\u041e\u0431 \u044d\u0442\u043e\u043c
#: \u0437\u0430\u044f\u0432\u0438\u043b X", "\u041f\u0440\u043e \u0446\u0435
#: \u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0432 X"), as pairs (lower case).
REPORTED_OPENINGS = frozenset(
    (
        ("\u043e\u0431", "\u044d\u0442\u043e\u043c"),
        ("\u043f\u0440\u043e", "\u0446\u0435"),
    )
)
