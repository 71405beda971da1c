"""The nominative of a Russian or Ukrainian full name written in the genitive, by its
endings: shared by :func:`.slavic_forms.nominative_of_genitive` (a name the grammar knows is a
genitive: "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c X",
"\u0437\u0430 \u0441\u043b\u043e\u0432\u0430\u043c\u0438 X") and
:func:`.slavic_names.nominative_name` (a name that may be one). Pure functions of
strings, importing nothing of the package, so :mod:`.names` can take them in."""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "ADJECTIVAL_GENITIVE",
    "CONSONANTS",
    "FEMININE_OBLIQUE",
    "UKRAINIAN_LETTERS",
    "a_stem_surname",
    "declines_to",
    "feminine_accusative",
    "feminine_given",
    "genitive_nominative",
    "masculine_given",
    "masculine_surname",
    "oblique_nominative",
    "undeclined",
]

# Consonants (Russian and Ukrainian) and the letters only Ukrainian writes.
CONSONANTS = frozenset(
    "\u0431\u0432\u0433\u0434\u0436\u0437\u043a\u043b\u043c\u043d\u043f\u0440\u0441\u0442"
    "\u0444\u0445\u0446\u0447\u0448\u0449\u0491"
)
UKRAINIAN_LETTERS = frozenset("\u0456\u0457\u0454\u0491")

# Masculine surnames declined as adjectives: the genitive ending and the nominative one
# (Russian "-\u0441\u043a\u043e\u0433\u043e" -> "-\u0441\u043a\u0438\u0439", Ukrainian
# "-\u0441\u044c\u043a\u043e\u0433\u043e" -> "-\u0441\u044c\u043a\u0438\u0439"). No
# nominative ends so, so the genitive is certain.
ADJECTIVAL_GENITIVE = (
    ("\u0441\u044c\u043a\u043e\u0433\u043e", "\u0441\u044c\u043a\u0438\u0439"),
    ("\u0446\u044c\u043a\u043e\u0433\u043e", "\u0446\u044c\u043a\u0438\u0439"),
    ("\u0437\u044c\u043a\u043e\u0433\u043e", "\u0437\u044c\u043a\u0438\u0439"),
    ("\u0441\u043a\u043e\u0433\u043e", "\u0441\u043a\u0438\u0439"),
    ("\u0446\u043a\u043e\u0433\u043e", "\u0446\u043a\u0438\u0439"),
    ("\u0437\u043a\u043e\u0433\u043e", "\u0437\u043a\u0438\u0439"),
)
# A woman's surname in the genitive (or dative, instrumental): ending -> nominative.
FEMININE_OBLIQUE = (
    ("\u043e\u0432\u043e\u0439", "\u043e\u0432\u0430"),
    ("\u0435\u0432\u043e\u0439", "\u0435\u0432\u0430"),
    ("\u0451\u0432\u043e\u0439", "\u0451\u0432\u0430"),
    ("\u0438\u043d\u043e\u0439", "\u0438\u043d\u0430"),
    ("\u044b\u043d\u043e\u0439", "\u044b\u043d\u0430"),
    ("\u043e\u0432\u043e\u0457", "\u043e\u0432\u0430"),
    ("\u0435\u0432\u043e\u0457", "\u0435\u0432\u0430"),
    ("\u0454\u0432\u043e\u0457", "\u0454\u0432\u0430"),
    ("\u0456\u043d\u043e\u0457", "\u0456\u043d\u0430"),
    ("\u0438\u043d\u043e\u0457", "\u0438\u043d\u0430"),
    ("\u0441\u044c\u043a\u043e\u0457", "\u0441\u044c\u043a\u0430"),
    ("\u0446\u044c\u043a\u043e\u0457", "\u0446\u044c\u043a\u0430"),
    ("\u0441\u043a\u043e\u0439", "\u0441\u043a\u0430\u044f"),
    ("\u0446\u043a\u043e\u0439", "\u0446\u043a\u0430\u044f"),
    ("\u043d\u043e\u0439", "\u043d\u0430\u044f"),
)
# Endings of surnames neither language declines: Ukrainian "-\u043a\u043e" in Russian
# text ("\u0412\u0430\u043b\u0435\u043d\u0442\u0438\u043d\u044b
# \u041c\u0430\u0442\u0432\u0438\u0435\u043d\u043a\u043e"), Georgian
# "-\u0448\u0432\u0438\u043b\u0438", "-\u0434\u0437\u0435", Russian
# "-\u044b\u0445", "-\u0438\u0445".
_UNDECLINED = (
    "\u043e",
    "\u0435",
    "\u0438",
    "\u0456",
    "\u0443",
    "\u044e",
    "\u044b\u0445",
    "\u0438\u0445",
)


# Endings of given names in "-\u0430" that are women's only: no man's given name ends
# in "-\u0438\u043d", "-\u043d\u043d", "-\u0435\u043d" or "-\u044c\u0433"
# (\u0415\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0430, \u0410\u043d\u043d\u0430,
# \u0415\u043b\u0435\u043d\u0430, \u041e\u043b\u044c\u0433\u0430).
_WOMEN_ONLY = (
    "\u0438\u043d\u0430",
    "\u043d\u043d\u0430",
    "\u0435\u043d\u0430",
    "\u044c\u0433\u0430",
)


_NAME_CACHE = 1 << 12  # names memoised by :func:`oblique_nominative` (pure, asked often)


def _cyrillic(word: str) -> bool:
    return bool(word) and "\u0400" <= word[0] <= "\u04ff"


def undeclined(surname: str) -> bool:
    """Does ``surname`` end as a surname that is not declined (a vowel, "-\u044b\u0445")?"""
    return surname.lower().endswith(_UNDECLINED)


def masculine_given(given: str, ukrainian: bool) -> str | None:
    """A man's given name in the genitive, in the nominative: "-\u0438\u044f",
    "-\u0435\u044f", "-\u0456\u044f", "-\u0430\u044f" -> "-\u0439"
    (\u0414\u043c\u0438\u0442\u0440\u0438\u044f, \u0421\u0435\u0440\u0433\u0435\u044f,
    \u042e\u0440\u0456\u044f, \u041d\u0438\u043a\u043e\u043b\u0430\u044f); a consonant
    and "-\u0430" -> the consonant (\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440\u0430,
    \u041e\u043b\u0435\u0433\u0430), save the stems the nominative ends in "-\u043e"
    in Ukrainian ("-\u0442\u0440\u0430", a consonant and "-\u043b\u0430":
    \u0414\u043c\u0438\u0442\u0440\u0430, \u041f\u0430\u0432\u043b\u0430), which only
    a Ukrainian text reads so (None otherwise)."""
    low = given.lower()
    if len(low) < 4:
        return None
    if low.endswith(("\u0438\u044f", "\u0435\u044f", "\u0456\u044f", "\u0430\u044f")):
        return given[:-1] + "\u0439"
    if low.endswith("\u043e\u0440\u044f") and len(low) > 4:
        # \u0418\u0433\u043e\u0440\u044f: Russian \u0418\u0433\u043e\u0440\u044c,
        # Ukrainian \u0406\u0433\u043e\u0440
        return given[:-1] if ukrainian else given[:-1] + "\u044c"
    if low.endswith("\u0430") and low[-2] in CONSONANTS:
        if low.endswith(_WOMEN_ONLY):
            return None  # a woman's nominative, no man's genitive
        stem = given[:-1]
        if low[-3:-1] == "\u0442\u0440" or (low[-2] == "\u043b" and low[-3] in CONSONANTS):
            return stem + "\u043e" if ukrainian else None
        return stem
    return None


def feminine_given(given: str) -> str | None:
    """A woman's given name in the genitive, in the nominative: "-\u0438\u0438" ->
    "-\u0438\u044f", "-\u0456\u0457" -> "-\u0456\u044f", "-\u044c\u0438" ->
    "-\u044c\u044f", a consonant and "-\u044b" or "-\u0438" -> "-\u0430"
    (\u041c\u0430\u0440\u0438\u0438, \u042e\u043b\u0456\u0457,
    \u041d\u0430\u0442\u0430\u043b\u044c\u0438, \u0410\u043d\u043d\u044b,
    \u0413\u0430\u043d\u043d\u0438); None for any other ending."""
    low = given.lower()
    if len(low) < 4:
        return None
    if low.endswith(("\u0438\u0438", "\u0456\u0457", "\u044c\u0438")):
        return given[:-1] + "\u044f"
    if low.endswith(("\u044b", "\u0438")) and low[-2] in CONSONANTS:
        return given[:-1] + "\u0430"
    return None


# Consonants after which Russian writes "-\u0438" for the genitive of "-\u0430"
# (\u0413\u0430\u0439\u0434\u0430\u043c\u0430\u043a\u0438).
_VELAR_HUSHING = frozenset("\u043a\u0433\u0445\u0436\u0448\u0447\u0449")


def a_stem_surname(surname: str, ukrainian: bool) -> str | None:
    """The nominative of a surname in "-\u0430" (a man's or a woman's:
    \u041a\u0443\u043b\u0435\u0431\u0430, \u041c\u0430\u0437\u0435\u043f\u0430) written in the
    genitive: Russian "-\u044b" after a consonant, "-\u0438" after one of
    :data:`_VELAR_HUSHING`, Ukrainian "-\u0438" after a consonant (Georgian surnames end
    in "-\u043b\u0438", "-\u043d\u0438" in Russian and in "-\u0456" in Ukrainian, so
    they stay). None for any other ending."""
    low = surname.lower()
    if len(low) < 4 or low[-2] not in CONSONANTS:
        return None
    if low.endswith("\u044b") or (
        low.endswith("\u0438") and (ukrainian or low[-2] in _VELAR_HUSHING)
    ):
        return surname[:-1] + "\u0430"
    return None


def masculine_surname(surname: str, *, certain: bool = False) -> str | None:
    """The nominative of a man's surname in the genitive: a consonant and "-\u0430"
    loses the "-\u0430" ("\u041a\u0443\u043b\u0438\u043a\u0430" ->
    "\u041a\u0443\u043b\u0438\u043a", "\u041b\u0430\u0432\u0440\u043e\u0432\u0430" ->
    "\u041b\u0430\u0432\u0440\u043e\u0432"), but "-\u043a\u0430" after a consonant is the
    genitive of "-\u043a\u043e" ("\u0422\u043a\u0430\u0447\u0435\u043d\u043a\u0430",
    "\u041b\u044f\u0448\u043a\u0430", "\u0411\u043e\u0439\u043a\u0430": no surname ends
    in a consonant and "-\u043a"); with ``certain`` (the grammar says genitive),
    "-\u043b\u044f" is the genitive of "-\u043b\u044c"
    ("\u0428\u043c\u0438\u0433\u0430\u043b\u044f"). None for any other ending."""
    low = surname.lower()
    if len(low) < 3:
        return None
    if low.endswith("\u0430") and low[-2] in CONSONANTS:
        stem = surname[:-1]
        if low[-2] == "\u043a" and (low[-3] in CONSONANTS or low[-3] == "\u0439"):
            return stem + "\u043e"
        return stem
    if certain and low.endswith("\u043b\u044f") and len(low) > 4:
        return surname[:-1] + "\u044c"
    return None


def genitive_nominative(name: str, *, certain: bool, ukrainian: bool = False) -> str | None:
    """The nominative of the full name ``name`` (given name and surname) read as a
    genitive; None when its endings are no genitive. Without ``certain``, a man's
    surname whose genitive is also a nominative (a consonant and "-\u0430" is a
    woman's "-\u043e\u0432\u0430"; an undeclined one) is left to the caller: the
    return is then the pair's reading all the same, and the caller decides whether the
    text gives evidence (see :func:`.slavic_names.nominative_name`). ``ukrainian``:
    the text is Ukrainian (else the name's own letters tell)."""
    words = name.split(" ")
    if len(words) != 2 or not all(map(_cyrillic, words)):
        return None
    given, surname = words
    low = surname.lower()
    ukrainian = ukrainian or not UKRAINIAN_LETTERS.isdisjoint(name.lower())
    for ending, nominative in ADJECTIVAL_GENITIVE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            man = masculine_given(given, ukrainian or ending[1] == "\u044c")
            return f"{man} {surname[: -len(ending)]}{nominative}" if man else None
    woman = feminine_given(given)
    if woman is not None:
        for ending, nominative in FEMININE_OBLIQUE:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return f"{woman} {surname[: -len(ending)]}{nominative}"
        a_stem = a_stem_surname(surname, ukrainian)
        if a_stem is not None:
            return f"{woman} {a_stem}"
        if low[-1] in CONSONANTS or undeclined(surname):
            return f"{woman} {surname}"  # a surname that is not declined
        # A man's given name in "-\u0430"/"-\u044f" declines as a woman's does
        # (\u041c\u0438\u043a\u043e\u043b\u0438, \u041d\u0438\u043a\u0438\u0442\u044b): with a man's
        # surname in the genitive (\u0413\u0443\u0440\u0430\u043a\u0430), the pair is his.
        man_surname = masculine_surname(surname, certain=certain)
        return f"{woman} {man_surname}" if man_surname is not None else None
    man = masculine_given(given, ukrainian)
    if man is None:
        return None
    stem = masculine_surname(surname, certain=certain) or a_stem_surname(surname, ukrainian)
    if stem is not None:
        return f"{man} {stem}"
    # An undeclined surname; "-\u0438\u044f" with one ("\u042e\u043b\u0438\u044f
    # \u0422\u0438\u043c\u043e\u0448\u0435\u043d\u043a\u043e") is a woman's nominative
    # as often as a man's genitive: only where the grammar says genitive.
    ambiguous = given.lower().endswith(("\u0438\u044f", "\u0456\u044f"))
    if undeclined(surname) and len(low) > 3 and (certain or not ambiguous):
        return f"{man} {surname}"
    return None


# The instrumental and dative of given names: ending -> nominative ending, longest
# first. Women: Russian "-\u043e\u0439"/"-\u0435\u0439", Ukrainian "-\u043e\u044e"/"-\u0454\u044e";
# men: "-\u043e\u043c", "-\u0435\u043c", "-\u0454\u043c", the dative "-\u0443", "-\u044e",
# "-\u043e\u0432\u0456".
_OBLIQUE_GIVEN_ENDINGS = (
    ("\u0438\u0435\u0439", "\u0438\u044f", "f"),  # \u041c\u0430\u0440\u0438\u0435\u0439
    ("\u0456\u0454\u044e", "\u0456\u044f", "f"),  # \u042e\u043b\u0456\u0454\u044e
    ("\u044c\u0435\u0439", "\u044c\u044f", "f"),  # \u041d\u0430\u0442\u0430\u043b\u044c\u0435\u0439
    ("\u043e\u0439", "\u0430", "f"),  # \u041e\u043b\u044c\u0433\u043e\u0439
    ("\u043e\u044e", "\u0430", "f"),  # \u041e\u043b\u044c\u0433\u043e\u044e
    ("\u0438\u0435\u043c", "\u0438\u0439", "m"),  # \u0414\u043c\u0438\u0442\u0440\u0438\u0435\u043c
    ("\u0456\u0454\u043c", "\u0456\u0439", "m"),  # \u042e\u0440\u0456\u0454\u043c
    ("\u0435\u0435\u043c", "\u0435\u0439", "m"),  # \u0421\u0435\u0440\u0433\u0435\u0435\u043c
    ("\u0430\u0435\u043c", "\u0430\u0439", "m"),  # \u041d\u0438\u043a\u043e\u043b\u0430\u0435\u043c
    (
        "\u0456\u0454\u0432\u0456",
        "\u0456\u0439",
        "m",
    ),  # \u0410\u043d\u0434\u0440\u0456\u0454\u0432\u0456
    ("\u0438\u044e", "\u0438\u0439", "m"),  # \u0414\u043c\u0438\u0442\u0440\u0438\u044e
    ("\u0435\u044e", "\u0435\u0439", "m"),  # \u0421\u0435\u0440\u0433\u0435\u044e
)
# The instrumental and dative of surnames: ending -> nominative ending, per gender.
_OBLIQUE_SURNAME_ENDINGS = (
    ("\u0441\u044c\u043a\u0438\u043c", "\u0441\u044c\u043a\u0438\u0439", "m"),
    ("\u0446\u044c\u043a\u0438\u043c", "\u0446\u044c\u043a\u0438\u0439", "m"),
    ("\u0441\u043a\u0438\u043c", "\u0441\u043a\u0438\u0439", "m"),
    ("\u0446\u043a\u0438\u043c", "\u0446\u043a\u0438\u0439", "m"),
    ("\u0441\u044c\u043a\u043e\u043c\u0443", "\u0441\u044c\u043a\u0438\u0439", "m"),
    ("\u0441\u043a\u043e\u043c\u0443", "\u0441\u043a\u0438\u0439", "m"),
    ("\u043e\u0432\u044b\u043c", "\u043e\u0432", "m"),
    ("\u0435\u0432\u044b\u043c", "\u0435\u0432", "m"),
    ("\u0438\u043d\u044b\u043c", "\u0438\u043d", "m"),
    ("\u043e\u0432\u0438\u043c", "\u043e\u0432", "m"),
    ("\u0454\u0432\u0438\u043c", "\u0454\u0432", "m"),
    ("\u0456\u043d\u0438\u043c", "\u0456\u043d", "m"),
    ("\u0435\u043d\u043a\u043e\u043c", "\u0435\u043d\u043a\u043e", "m"),
    ("\u043e\u0432\u0443", "\u043e\u0432", "m"),
    ("\u0435\u0432\u0443", "\u0435\u0432", "m"),
    ("\u0438\u043d\u0443", "\u0438\u043d", "m"),
    ("\u0441\u044c\u043a\u043e\u044e", "\u0441\u044c\u043a\u0430", "f"),
    ("\u0446\u044c\u043a\u043e\u044e", "\u0446\u044c\u043a\u0430", "f"),
    ("\u0441\u043a\u043e\u0439", "\u0441\u043a\u0430\u044f", "f"),
    ("\u0446\u043a\u043e\u0439", "\u0446\u043a\u0430\u044f", "f"),
    ("\u043e\u0432\u043e\u0439", "\u043e\u0432\u0430", "f"),
    ("\u0435\u0432\u043e\u0439", "\u0435\u0432\u0430", "f"),
    ("\u0438\u043d\u043e\u0439", "\u0438\u043d\u0430", "f"),
    ("\u043e\u0432\u043e\u044e", "\u043e\u0432\u0430", "f"),
    ("\u0454\u0432\u043e\u044e", "\u0454\u0432\u0430", "f"),
    ("\u0456\u043d\u043e\u044e", "\u0456\u043d\u0430", "f"),
)


def _oblique_given(given: str) -> tuple[str, str] | None:
    """A given name in the instrumental or the dative: (its nominative, its gender)."""
    low = given.lower()
    if len(low) < 5:
        return None
    for ending, nominative, gender in _OBLIQUE_GIVEN_ENDINGS:
        if low.endswith(ending):
            return given[: -len(ending)] + nominative, gender
    cut = 2 if low.endswith("\u043e\u043c") else 3 if low.endswith("\u043e\u0432\u0456") else 0
    if cut and low[-cut - 1] in CONSONANTS:
        stem, last = given[:-cut], low[-cut - 1]
        if low[-cut - 2 : -cut] == "\u0442\u0440" or (
            last == "\u043b" and low[-cut - 2] in CONSONANTS
        ):
            # (\u0414\u043c\u0438\u0442\u0440\u043e\u043c, \u041f\u0430\u0432\u043b\u043e\u043c:
            # "-\u043e" in Ukrainian, not in Russian)
            return None
        # \u0418\u0432\u0430\u043d\u043e\u043c, \u041e\u043b\u0435\u0433\u043e\u043c,
        # \u0406\u0432\u0430\u043d\u043e\u0432\u0456
        return stem, "m"
    if low.endswith("\u0443") and low[-2] in CONSONANTS:
        return given[:-1], "m"  # \u0418\u0432\u0430\u043d\u0443
    return None


def _oblique_surname(surname: str, gender: str) -> str | None:
    """A surname in the instrumental or the dative of a person of ``gender``, in the
    nominative; one that is not declined (a woman's "\u0413\u043d\u0430\u0442\u044e\u043a",
    "-\u043a\u043e") as written. None when the endings do not agree."""
    low = surname.lower()
    for ending, nominative, of in _OBLIQUE_SURNAME_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return surname[: -len(ending)] + nominative if of == gender else None
    if gender == "m" and len(low) > 4:
        if low.endswith("\u043e\u043c") and low[-3] in CONSONANTS:
            return surname[:-2]  # \u0413\u043d\u0430\u0442\u044e\u043a\u043e\u043c
        if low.endswith("\u043e\u0432\u0456") and low[-4] in CONSONANTS:
            return surname[:-3]  # \u0413\u043d\u0430\u0442\u044e\u043a\u043e\u0432\u0456
    if gender == "m" and len(low) > 3 and low.endswith("\u0443") and low[-2] in CONSONANTS:
        return surname[:-1]  # \u0413\u043d\u0430\u0442\u044e\u043a\u0443
    if gender == "f" and (low[-1] in CONSONANTS or undeclined(surname)):
        return surname
    if gender == "m" and undeclined(surname) and not low.endswith(("\u0443", "\u044e")):
        return surname
    return None


@lru_cache(maxsize=_NAME_CACHE)
def oblique_nominative(name: str) -> tuple[str, str] | None:
    """A Russian or Ukrainian full name in the instrumental or the dative
    ("\u041e\u043b\u044c\u0433\u043e\u0439 \u0413\u043d\u0430\u0442\u044e\u043a",
    "\u0410\u043d\u0434\u0440\u0435\u0435\u043c \u0413\u043d\u0430\u0442\u043e\u0432\u044b\u043c",
    "\u0406\u0432\u0430\u043d\u043e\u0432\u0456 \u0413\u043d\u0430\u0442\u044e\u043a\u0443"): its
    nominative and the person's gender, when the given name's and the surname's
    endings agree on both; None otherwise."""
    words = name.split(" ")
    if len(words) != 2 or not all(map(_cyrillic, words)):
        return None
    given = _oblique_given(words[0])
    if given is None:
        return None
    nominative, gender = given
    surname = _oblique_surname(words[1], gender)
    if surname is None:
        return None
    return f"{nominative} {surname}", gender


# A woman's surname in the accusative: ending -> nominative, Russian and Ukrainian.
_FEMININE_ACCUSATIVE = (
    ("\u0441\u043a\u0443\u044e", "\u0441\u043a\u0430\u044f"),
    ("\u0446\u043a\u0443\u044e", "\u0446\u043a\u0430\u044f"),
    ("\u043d\u0443\u044e", "\u043d\u0430\u044f"),
    ("\u0441\u044c\u043a\u0443", "\u0441\u044c\u043a\u0430"),
    ("\u0446\u044c\u043a\u0443", "\u0446\u044c\u043a\u0430"),
    ("\u043e\u0432\u0443", "\u043e\u0432\u0430"),
    ("\u0435\u0432\u0443", "\u0435\u0432\u0430"),
    ("\u0451\u0432\u0443", "\u0451\u0432\u0430"),
    ("\u0454\u0432\u0443", "\u0454\u0432\u0430"),
    ("\u0438\u043d\u0443", "\u0438\u043d\u0430"),
    ("\u044b\u043d\u0443", "\u044b\u043d\u0430"),
    ("\u0456\u043d\u0443", "\u0456\u043d\u0430"),
)


def feminine_accusative(name: str) -> str | None:
    """A woman's full name in the accusative
    ("\u0441\u043e \u0441\u0441\u044b\u043b\u043a\u043e\u0439 \u043d\u0430
    \u0430\u0434\u0432\u043e\u043a\u0430\u0442\u0430 \u0421\u043e\u0444\u044c\u044e
    \u0420\u0443\u0431\u0430\u0441\u0441\u043a\u0443\u044e"), in the nominative: the
    given name in "-\u0438\u044e", "-\u0456\u044e", "-\u044c\u044e" or a consonant and
    "-\u0443", the surname in "-\u0441\u043a\u0443\u044e", "-\u043e\u0432\u0443",
    "-\u0441\u044c\u043a\u0443", ..., or a consonant and "-\u0443" ("-\u0430"
    surnames), or one that is not declined. None for any other endings (a man's
    accusative is his genitive: :func:`genitive_nominative`)."""
    words = name.split(" ")
    if len(words) != 2 or not all(map(_cyrillic, words)):
        return None
    given, surname = words
    low = given.lower()
    if len(low) < 4:
        return None
    if low.endswith(("\u0438\u044e", "\u0456\u044e", "\u044c\u044e")):
        woman = given[:-1] + "\u044f"
    elif low.endswith("\u0443") and low[-2] in CONSONANTS:
        woman = given[:-1] + "\u0430"
    else:
        return None
    last = surname.lower()
    for ending, nominative in _FEMININE_ACCUSATIVE:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            return f"{woman} {surname[: -len(ending)]}{nominative}"
    if len(last) > 3 and last.endswith("\u0443") and last[-2] in CONSONANTS:
        return f"{woman} {surname[:-1]}\u0430"  # \u041a\u0443\u043b\u0435\u0431\u0443
    if last[-1] in CONSONANTS or undeclined(surname):
        return f"{woman} {surname}"
    return None


# Surnames' nominative endings and their oblique forms that do not just add an ending to
# the nominative (the soft sign, "-\u0439", adjectival and "-\u0430" surnames, Ukrainian
# "-\u043a\u043e"), longest first.
_DECLENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "\u0441\u043a\u0438\u0439",
        (
            "\u0441\u043a\u043e\u0433\u043e",
            "\u0441\u043a\u043e\u043c\u0443",
            "\u0441\u043a\u0438\u043c",
            "\u0441\u043a\u043e\u043c",
        ),
    ),
    (
        "\u0446\u043a\u0438\u0439",
        (
            "\u0446\u043a\u043e\u0433\u043e",
            "\u0446\u043a\u043e\u043c\u0443",
            "\u0446\u043a\u0438\u043c",
            "\u0446\u043a\u043e\u043c",
        ),
    ),
    (
        "\u0441\u044c\u043a\u0438\u0439",
        (
            "\u0441\u044c\u043a\u043e\u0433\u043e",
            "\u0441\u044c\u043a\u043e\u043c\u0443",
            "\u0441\u044c\u043a\u0438\u043c",
            "\u0441\u044c\u043a\u0456\u043c",
        ),
    ),
    (
        "\u0446\u044c\u043a\u0438\u0439",
        (
            "\u0446\u044c\u043a\u043e\u0433\u043e",
            "\u0446\u044c\u043a\u043e\u043c\u0443",
            "\u0446\u044c\u043a\u0438\u043c",
            "\u0446\u044c\u043a\u0456\u043c",
        ),
    ),
    (
        "\u0441\u043a\u0430\u044f",
        ("\u0441\u043a\u043e\u0439", "\u0441\u043a\u0443\u044e", "\u0441\u043a\u043e\u044e"),
    ),
    (
        "\u0446\u043a\u0430\u044f",
        ("\u0446\u043a\u043e\u0439", "\u0446\u043a\u0443\u044e", "\u0446\u043a\u043e\u044e"),
    ),
    (
        "\u0441\u044c\u043a\u0430",
        (
            "\u0441\u044c\u043a\u043e\u0457",
            "\u0441\u044c\u043a\u0443",
            "\u0441\u044c\u043a\u043e\u044e",
            "\u0441\u044c\u043a\u0456\u0439",
        ),
    ),
    (
        "\u0446\u044c\u043a\u0430",
        (
            "\u0446\u044c\u043a\u043e\u0457",
            "\u0446\u044c\u043a\u0443",
            "\u0446\u044c\u043a\u043e\u044e",
            "\u0446\u044c\u043a\u0456\u0439",
        ),
    ),
    (
        "\u043e\u0432\u0430",
        (
            "\u043e\u0432\u043e\u0439",
            "\u043e\u0432\u0443",
            "\u043e\u0432\u043e\u044e",
            "\u043e\u0432\u043e\u0457",
            "\u043e\u0432\u0456\u0439",
        ),
    ),
    (
        "\u0435\u0432\u0430",
        (
            "\u0435\u0432\u043e\u0439",
            "\u0435\u0432\u0443",
            "\u0435\u0432\u043e\u044e",
            "\u0435\u0432\u043e\u0457",
            "\u0435\u0432\u0456\u0439",
        ),
    ),
    (
        "\u0454\u0432\u0430",
        (
            "\u0454\u0432\u043e\u0457",
            "\u0454\u0432\u0443",
            "\u0454\u0432\u043e\u044e",
            "\u0454\u0432\u0456\u0439",
        ),
    ),
    (
        "\u0438\u043d\u0430",
        (
            "\u0438\u043d\u043e\u0439",
            "\u0438\u043d\u0443",
            "\u0438\u043d\u043e\u044e",
            "\u0438\u043d\u043e\u0457",
            "\u0438\u043d\u0456\u0439",
        ),
    ),
    (
        "\u0456\u043d\u0430",
        (
            "\u0456\u043d\u043e\u0457",
            "\u0456\u043d\u0443",
            "\u0456\u043d\u043e\u044e",
            "\u0456\u043d\u0456\u0439",
        ),
    ),
    ("\u043e\u0439", ("\u043e\u0433\u043e", "\u043e\u043c\u0443", "\u044b\u043c", "\u043e\u043c")),
    ("\u044b\u0439", ("\u043e\u0433\u043e", "\u043e\u043c\u0443", "\u044b\u043c", "\u043e\u043c")),
    (
        "\u0438\u0439",
        (
            "\u043e\u0433\u043e",
            "\u0435\u0433\u043e",
            "\u043e\u043c\u0443",
            "\u0435\u043c\u0443",
            "\u0438\u043c",
            "\u0435\u043c",
        ),
    ),
    (
        "\u043a\u043e",
        ("\u043a\u0430", "\u043a\u0443", "\u043a\u043e\u043c", "\u043a\u043e\u0432\u0456"),
    ),
    ("\u044c", ("\u044f", "\u044e", "\u0435\u043c", "\u0451\u043c", "\u0435\u044e", "\u044e")),
    ("\u0439", ("\u044f", "\u044e", "\u0435\u043c", "\u0454\u043c")),
    ("\u0430", ("\u044b", "\u0438", "\u0435", "\u0443", "\u043e\u0439", "\u043e\u044e", "\u0456")),
    ("\u044f", ("\u0438", "\u0435", "\u044e", "\u0435\u0439", "\u0435\u044e", "\u0456")),
)


def declines_to(nominative: str, written: str) -> bool:
    """Is ``written`` the genitive, dative, accusative or instrumental of the surname
    ``nominative`` by one of :data:`_DECLENSIONS` ("\u0428\u0435\u0432\u0435\u043b\u044c" ->
    "\u0428\u0435\u0432\u0435\u043b\u044f", "\u041a\u0443\u0440\u0435\u043d\u043d\u043e\u0439" ->
    "\u041a\u0443\u0440\u0435\u043d\u043d\u043e\u0433\u043e")? A surname that
    only adds an ending ("\u041b\u0430\u0432\u0440\u043e\u0432" ->
    "\u041b\u0430\u0432\u0440\u043e\u0432\u0430") is the caller's to tell."""
    nom = nominative.lower()
    low = written.lower()
    if nom == low or not _cyrillic(nom):
        return False
    for ending, obliques in _DECLENSIONS:
        if nom.endswith(ending):
            stem = nom[: len(nom) - len(ending)]
            return len(stem) > 2 and low.startswith(stem) and low[len(stem) :] in obliques
    return False
