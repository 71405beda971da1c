"""Russian and Ukrainian full names by their case and gender endings: a name written in
the instrumental or the dative (a person mentioned, not the speaker), given names put back
in the nominative beside an oblique surname, a genitive read as its nominative, and the
gender a name's endings give (which the past tense and the pronouns agree with). Pure
functions of strings, moved out of :mod:`.names` to keep that module about the shapes of
names in every language."""

from __future__ import annotations

from .names import is_cyrillic
from .slavic_case import feminine_accusative, genitive_nominative, oblique_nominative

__all__ = [
    "gender_disagrees",
    "name_gender",
    "nominative_given",
    "nominative_of_genitive",
    "oblique_name",
]


# Endings of a Russian or Ukrainian name in the instrumental or the dative, for the
# given name and for the surname: a name written so ("\u0441
# \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c
# \u0421\u0435\u0440\u0433\u0435\u0435\u043c \u041b\u0430\u0432\u0440\u043e\u0432\u044b\u043c",
# "\u0425\u0443\u0434\u043e\u0436\u043d\u0438\u043a\u0443 \u041c\u0430\u0440\u0438\u0438
# \u0418\u0432\u0430\u043d\u043e\u0432\u043e\u0439") is the object of the sentence, not its
# subject. The genitive is left out: its endings are those of many nominatives
# ("\u042e\u0440\u0456\u044f" and "\u041d\u0430\u0442\u0430\u043b\u0456\u044f").
_OBLIQUE_GIVEN = (
    "\u043e\u043c",
    "\u0435\u043c",
    "\u0451\u043c",
    "\u0454\u043c",
    "\u043e\u044e",
    "\u0435\u044e",
    "\u0454\u044e",
    "\u043e\u0432\u0456",
    "\u0435\u0432\u0456",
    "\u0443",
    "\u044e",
    "\u0438\u0438",
    "\u0456\u0457",
)
_OBLIQUE_SURNAME = (
    "\u044b\u043c",
    "\u0438\u043c",
    "\u043e\u043c",
    "\u0435\u043c",
    "\u043e\u0439",
    "\u043e\u044e",
    "\u0435\u044e",
    "\u043e\u0432\u0456",
    "\u0435\u0432\u0456",
    "\u0443",
    "\u044e",
    "\u0456\u0439",
)


def oblique_name(name: str) -> bool:
    """Is the Cyrillic full name ``name`` written in the instrumental or the dative
    (both its first and its last word end so)? Such a person is mentioned, not the
    one a following pronoun or speech verb is about."""
    words = name.split(" ")
    if len(words) < 2 or not is_cyrillic(words[0]):
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first.endswith(_OBLIQUE_GIVEN) and last.endswith(_OBLIQUE_SURNAME):
        return True
    # (A woman's "-\u043e\u0439" with a surname that is not declined:
    # "\u041e\u043b\u044c\u0433\u043e\u0439 \u0413\u043d\u0430\u0442\u044e\u043a".)
    return oblique_nominative(name) is not None


# Masculine Slavic given names of the -й stem (Юрій, Сергей, Андрий, Николай) in the
# genitive ("-я") and the dative ("-ю"), and their nominative: the ending after the
# stem vowel is the case, "й" is the nominative. Only this class is undone: other
# stems are ambiguous from the form alone (Дмитра is Дмитро in Ukrainian, Дмитр
# nowhere; Михайла is Михайло), so those given names stay as the text wrote them.
_J_STEM_VOWELS = frozenset("\u0456\u0438\u0435\u0430")  # the vowels before the "-й"
# Vowels, "\u0439" and the soft sign: a surname ending in one is not declined this way.
_NOT_CONSONANT_FINAL = frozenset(
    "\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457\u0454\u0439\u044c"
)
_MASCULINE_OBLIQUE = {  # the surname's case ending -> the given name's ending in that case
    "\u0430": "\u044f",  # genitive: Ігнат -> Ігната; Юрій -> Юрія
    "\u0443": "\u044e",  # dative: Ігнат -> Ігнату; Юрій -> Юрію
    "\u043e\u0432\u0456": "\u044e",  # Ukrainian dative: Ігнатові; Юрію
}


def nominative_given(given: str, written: str, surname: str) -> str:
    """``given`` (the words before a surname) in the nominative, where the text wrote
    the surname in an oblique case (``written`` "Ігната" for ``surname`` "Ігнат"): the
    given names stand in the same case ("Юрія Ігната" gives "Юрій"). The rule is the
    masculine declension (a consonant-final surname takes "-\u0430" in the genitive,
    "-\u0443" or "-\u043e\u0432\u0456" in the dative, which only a man's surname
    does), applied to -й stem given names (see :data:`_MASCULINE_OBLIQUE`); anything
    else is returned unchanged. A single given name before a surname the text wrote in
    an oblique case is first read with the full name's rules
    (:func:`.genitive_nominative`, :func:`.oblique_nominative`,
    :func:`.feminine_accusative`), when they give back ``surname``
    ("\u041c\u0430\u0440\u0438\u0438 \u0417\u0430\u0445\u0430\u0440\u043e\u0432\u043e\u0439"
    for "\u0417\u0430\u0445\u0430\u0440\u043e\u0432\u0430" gives
    "\u041c\u0430\u0440\u0438\u044f")."""
    if (
        given
        and written != surname
        and " " not in given
        and is_cyrillic(written)
        and not given.lower().endswith(("\u0438\u044f", "\u0456\u044f"))
    ):
        # ("-\u0438\u044f" is a man's genitive and a woman's nominative alike: only the
        # -\u0439 stem rule below reads it, where the surname is a man's.)
        full = f"{given} {written}"
        oblique = oblique_nominative(full)
        readings = (
            genitive_nominative(full, certain=True),
            oblique and oblique[0],
            feminine_accusative(full),
        )
        for nominative in readings:
            if nominative and nominative.endswith(" " + surname):
                return nominative[: -len(surname) - 1]
    if (
        not surname
        or not is_cyrillic(surname)
        or not written.startswith(surname)
        or surname[-1].lower() in _NOT_CONSONANT_FINAL
    ):
        return given
    ending = _MASCULINE_OBLIQUE.get(written[len(surname) :])
    if ending is None:
        return given
    words = given.split(" ")
    for k, word in enumerate(words):
        if (
            len(word) > 3
            and is_cyrillic(word)
            and word.endswith(ending)
            and word[-2] in _J_STEM_VOWELS
        ):
            words[k] = word[:-1] + "\u0439"
    return " ".join(words)


# Russian and Ukrainian given names of men that end in "-\u0430" or "-\u044f", the ending of
# most women's names (lower case).
_MASCULINE_IN_A = frozenset(
    (
        "\u043c\u0438\u043a\u043e\u043b\u0430",
        "\u043d\u0438\u043a\u0438\u0442\u0430",
        "\u0438\u043b\u044c\u044f",
        "\u0456\u043b\u043b\u044f",
        "\u043a\u0443\u0437\u044c\u043c\u0430",
        "\u0444\u043e\u043c\u0430",
        "\u043b\u0443\u043a\u0430",
        "\u0441\u0430\u0432\u0430",
        "\u0441\u0430\u0432\u0432\u0430",
        "\u0444\u043e\u043c\u0430",
    )
)
_FEMININE_SURNAME = (
    "\u043e\u0432\u0430",
    "\u0435\u0432\u0430",
    "\u0451\u0432\u0430",
    "\u0438\u043d\u0430",
    "\u044b\u043d\u0430",
    "\u0430\u044f",
    "\u044f\u044f",
    "\u0441\u044c\u043a\u0430",
    "\u0446\u044c\u043a\u0430",
)
_MASCULINE_SURNAME = (
    "\u043e\u0432",
    "\u0435\u0432",
    "\u0451\u0432",
    "\u0438\u043d",
    "\u044b\u043d",
    "\u0438\u0439",
    "\u044b\u0439",
    "\u0456\u0439",
    "\u0441\u044c\u043a\u0438\u0439",
)


def name_gender(name: str) -> str:
    """ "f", "m" or "" (unknown) for a Russian or Ukrainian full name in the
    nominative, from the given name's ending ("-\u0430" and "-\u044f" are a woman's but for
    a few men's names, a consonant, "-\u0439" or "-\u043e" a man's), else from the surname's
    where it agrees with a gender ("\u0417\u0430\u0445\u0430\u0440\u043e\u0432\u0430",
    "\u041b\u0430\u0432\u0440\u043e\u0432"; Ukrainian
    "\u041b\u0438\u0442\u0432\u0438\u043d" and "\u0412\u0435\u0440\u0435\u0449\u0443\u043a" are
    either). Any
    other name is "": the past tense of a Russian or Ukrainian verb and the pronoun
    agree with the speaker's gender, and an unknown gender agrees with either."""
    words = name.lower().split(" ")
    if len(words) < 2 or not is_cyrillic(words[0]):
        return ""
    oblique = oblique_nominative(name)
    if oblique is not None:
        return oblique[1]  # a mention in the instrumental or the dative
    given, surname = words[0], words[-1]
    if given.endswith(("\u0430", "\u044f")):
        return "m" if given in _MASCULINE_IN_A else "f"
    consonant = given[-1:].isalpha() and given[-1] not in _VOWELS_SOFT
    if given.endswith(("\u0439", "\u043e")) or consonant:
        # "\u0421\u0435\u0440\u0433\u0435\u0439", "\u0414\u043c\u0438\u0442\u0440\u043e",
        # "\u041e\u043b\u0435\u0433"
        return "m"
    if surname.endswith(_FEMININE_SURNAME):
        return "f"
    if surname.endswith(_MASCULINE_SURNAME):
        return "m"
    return ""


# Endings a given name of either gender may have ("\u041b\u044e\u0431\u043e\u0432\u044c",
# "\u042d\u043c\u0438\u043d\u0435"): the surname decides.
_VOWELS_SOFT = frozenset("\u044c\u0435\u0438\u0456\u0443\u044e\u044b\u044d\u0454\u0457")


def gender_disagrees(name: str, gender: str) -> bool:
    """Is ``name`` known to be of the other gender than ``gender`` (see
    :func:`name_gender`)?"""
    known = name_gender(name)
    return bool(gender and known and known != gender)


def nominative_of_genitive(name: str) -> str | None:
    """A Russian or Ukrainian full name the grammar knows is a genitive
    ("\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c X", "\u0437\u0430
    \u0441\u043b\u043e\u0432\u0430\u043c\u0438 X": "\u0421\u0435\u0440\u0433\u0435\u044f
    \u041b\u0430\u0432\u0440\u043e\u0432\u0430", "\u041c\u0430\u0440\u0438\u0438
    \u0417\u0430\u0445\u0430\u0440\u043e\u0432\u043e\u0439", "\u042e\u0440\u0456\u044f
    \u0422\u043a\u0430\u0447\u0435\u043d\u043a\u0430"), in the nominative by its
    endings (:func:`.slavic_case.genitive_nominative`); None where the endings are no
    genitive (the caller keeps the name as written)."""
    return genitive_nominative(name, certain=True)
