"""People an attribution in Russian or Ukrainian names who are not the speaker.

The one spoken to: a noun in the dative right after the speech verb ("\u2014
\u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430
\u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u0443
\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0446\u0430 \u2026",
"\u0441\u043a\u0430\u0437\u0430\u0432
\u0436\u0443\u0440\u043d\u0430\u043b\u0456\u0441\u0442\u0430\u043c \u043c\u0435\u0440 X") is the
addressee (the agency, the reporters), and the speaker is named after it. The one spoken of: a
quote that names in the third person the person a pronoun or a role noun would stand for
("\u00ab\u041c\u0430\u0440\u0438\u044f
\u0418\u043b\u043b\u0430\u0440\u0438\u043e\u043d\u043e\u0432\u043d\u0430
\u0436\u0438\u0432\u0435\u0442 \u2026\u00bb, \u2014
\u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430
\u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0446\u0430
\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438") is someone
else's words about them. Pure functions of strings.
"""

from __future__ import annotations

import re

from .names import is_cyrillic, slavic_title

__all__ = ["dative_addressee", "speaks_of"]

# Dative endings of nouns: plural, singular masculine and neuter, Ukrainian "-ovi".
_DATIVE_ENDINGS = (
    "\u0430\u043c",
    "\u044f\u043c",
    "\u0443",
    "\u044e",
    "\u043e\u0432\u0456",
    "\u0435\u0432\u0456",
)
# Adverbs that end so and may stand after a verb.
_NOT_NOUNS = frozenset(
    (
        "\u0441\u0440\u0430\u0437\u0443",
        "\u043e\u0434\u0440\u0430\u0437\u0443",
        "\u043f\u043e\u0442\u043e\u043c\u0443",
        "\u043f\u043e\u0447\u0435\u043c\u0443",
        "\u043f\u043e\u044d\u0442\u043e\u043c\u0443",
        "\u0442\u043e\u043c\u0443",
        "\u0447\u043e\u043c\u0443",
        "\u0437\u043d\u043e\u0432\u0443",
        "\u0432\u043d\u0438\u0437\u0443",
        "\u043d\u0430\u0432\u0435\u0440\u0445\u0443",
        "\u0432\u0441\u043b\u0443\u0445",
        "\u0432\u0433\u043e\u043b\u043e\u0441",
    )
)
# Vowels (and the soft sign) a name's case ending is cut at.
_ENDING_LETTERS = frozenset(
    "\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457\u0454\u044c"
)
# Letters of the case endings of names
# ("-\u043e\u044e", "-\u043e\u043c\u0443", "-\u043e\u0433\u043e", "-\u0456\u0439").
_CASE_LETTERS = frozenset(
    "\u0430\u044f\u044b\u0438\u0456\u0457\u0443\u044e\u0435\u0454\u043e\u0451\u0439\u044c\u043c\u0433\u0445"
)
_WORD = re.compile(r"\w+")
# Endings of patronymics, in any case
# ("\u0418\u043b\u043b\u0430\u0440\u0438\u043e\u043d\u043e\u0432\u043d\u0430",
# "\u041c\u0438\u043a\u043e\u043b\u0430\u0439\u043e\u0432\u0438\u0447\u0430").
_PATRONYMIC = (
    "\u043e\u0432\u043d\u0430",
    "\u0435\u0432\u043d\u0430",
    "\u0438\u0447\u043d\u0430",
    "\u0456\u0432\u043d\u0430",
    "\u0457\u0432\u043d\u0430",
    "\u043e\u0432\u043d\u044b",
    "\u0435\u0432\u043d\u044b",
    "\u0438\u0447\u043d\u044b",
    "\u0456\u0432\u043d\u0438",
    "\u0457\u0432\u043d\u0438",
    "\u043e\u0432\u043d\u0435",
    "\u0435\u0432\u043d\u0435",
    "\u043e\u0432\u0438\u0447",
    "\u0435\u0432\u0438\u0447",
    "\u044c\u0438\u0447",
    "\u0439\u043e\u0432\u0438\u0447",
    "\u0456\u0439\u043e\u0432\u0438\u0447",
    "\u043e\u0432\u0438\u0447\u0430",
    "\u0435\u0432\u0438\u0447\u0430",
    "\u043e\u0432\u0438\u0447\u0443",
    "\u0435\u0432\u0438\u0447\u0443",
    "\u043e\u0432\u0438\u0447\u0435\u043c",
    "\u0435\u0432\u0438\u0447\u0435\u043c",
    "\u043e\u0432\u0438\u0447\u0435\u043c",
)
#: Shortest stem of a name matched in another case form (the ending cut off).
_STEM_MIN = 4


def dative_addressee(word: str) -> bool:
    """Is ``word``, right after a Russian or Ukrainian speech verb, a lower-case noun in the dative
    (the one spoken to: "\u0436\u0443\u0440\u043d\u0430\u043b\u0438\u0441\u0442\u0430\u043c",
    "\u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u0443",
    "\u0432\u0438\u0434\u0430\u043d\u043d\u044e"), not an office in the nominative nor an
    adverb?"""
    low = word.lower()
    if not word.islower() or len(low) <= 4 or not low.isalpha() or not is_cyrillic(low):
        return False
    if low in _NOT_NOUNS or not low.endswith(_DATIVE_ENDINGS):
        return False
    return slavic_title(low) != low


def speaks_of(speaker: str, quoted: str) -> bool:
    """Does the quotation ``quoted`` name ``speaker`` (a Cyrillic full name) in the third
    person: the given name (in any case form: a stem of at least :data:`_STEM_MIN`
    letters and an ending of at most three) followed by a patronymic or by the surname,
    as one names someone else? (A public figure speaks of themselves by surname:
    "\u2026 \u0413\u0440\u0438\u0446\u0435\u043d\u043a\u043e
    \u043d\u0435 \u0431\u0443\u0434\u0435\u0442", so a surname alone is no sign.) A speaker found
    through a pronoun or a role noun is then not the one speaking."""
    parts = speaker.split()
    if len(parts) < 2 or not is_cyrillic(speaker):
        return False
    given, surname = _stem(parts[0]), _stem(parts[-1])
    # Words in marks of their own inside the quotation are someone else's, said to the
    # speaker ("\u2026 \u0441\u043f\u0440\u043e\u0441\u0438\u043b\u0438:
    # \u00ab\u0418\u0432\u0430\u043d \u041d\u0438\u043a\u043e\u043b\u0430\u0435\u0432\u0438\u0447,
    # \u2026?\u00bb"): no sign.
    words = _WORD.findall(_NESTED.sub(" ", quoted))
    for k in range(len(words) - 1):
        word, after = words[k], words[k + 1]
        if not (word[0].isupper() and after[0].isupper()) or word.isupper():
            continue
        if _form_of(word.lower(), given) and (
            after.lower().endswith(_PATRONYMIC) or _form_of(after.lower(), surname)
        ):
            return True
    return False


# A quotation nested in another, to its closing mark or to the end (a closing mark that
# ends both is outside the outer quote's words).
_NESTED = re.compile("\u00ab[^\u00bb]*(?:\u00bb|$)|\u201e[^\u201c\u201d]*(?:[\u201c\u201d]|$)")


def _form_of(low: str, stem: str) -> bool:
    """Is ``low`` the name of stem ``stem`` in some case: the stem and an ending of at
    most three letters of case endings ("\u043c\u0430\u0440\u0438\u044e" for
    "\u043c\u0430\u0440\u0438", not "\u043c\u0430\u0440\u0438\u043d\u0430")?"""
    rest = low[len(stem) :]
    return low.startswith(stem) and len(rest) <= 3 and all(c in _CASE_LETTERS for c in rest)


def _stem(name: str) -> str:
    """``name`` in lower case without its last vowel (a given name's or a surname's
    case ending: "\u043c\u0430\u0440\u0438" for "\u041c\u0430\u0440\u0438\u044f"),
    never shorter than :data:`_STEM_MIN` letters."""
    low = name.lower()
    if len(low) > _STEM_MIN and low[-1] in _ENDING_LETTERS:
        return low[:-1]
    return low
