"""An office noun with one capitalised word after it in the genitive: the office's
complement (a club, a city, a body), not the person holding it.

"\u2014 \u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0432 \u0433\u043e\u043b\u043e\u0432\u0430
\u0428\u0430\u0445\u0442\u0430\u0440\u044f" is "said the head of Shakhtar", "\u2014
\u0441\u043a\u0430\u0437\u0430\u043b \u043c\u044d\u0440 \u0418\u0432\u0430\u043d\u043e\u0432\u0430"
"said the mayor of Ivanovo": with nobody named in apposition, the speaker is the
office's holder (a role the text may have given a name to), never the genitive
word. Read off the word's ending and the verb's gender, not a list of clubs or
cities:
* a consonant and "-\u044f" ("\u0428\u0430\u0445\u0442\u0430\u0440\u044f") or a
  consonant and "-\u044b"/"-\u0438" (a feminine noun's genitive:
  "\u041c\u043e\u0441\u043a\u0432\u044b", "\u041f\u043e\u043b\u0442\u0430\u0432\u0438")
  is no surname in the nominative;
* "-\u043e\u0432\u0430", "-\u0435\u0432\u0430", "-\u0438\u043d\u0430" after a
  masculine verb is a genitive ("\u041b\u044c\u0432\u043e\u0432\u0430",
  "\u0418\u0432\u0430\u043d\u043e\u0432\u0430"): a woman's surname in that form does not
  go with a man's verb. After a feminine verb or a present tense it may be her name.
A surname in "-\u0430" that is a nominative ("\u041a\u0443\u0447\u043c\u0430") has no
such ending and stays a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from .slavic import verb_gender
from .slavic_case import CONSONANTS, a_stem_surname

__all__ = ["genitive_complement", "office_genitive"]

_UKRAINIAN_LETTERS = frozenset("\u0456\u0457\u0454\u0491")

_POSSESSIVE_GENITIVE = (
    "\u043e\u0432\u0430",
    "\u0435\u0432\u0430",
    "\u0451\u0432\u0430",
    "\u0438\u043d\u0430",
    "\u044b\u043d\u0430",
)


def genitive_complement(word: str, verb_gender: str, *, ukrainian: bool) -> bool:
    """Is the one capitalised Cyrillic ``word`` after an office noun in the nominative
    that office's complement in the genitive, not the holder's surname?
    ``verb_gender`` is the speech verb's ("m", "f" or "")."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return False
    if low.endswith("\u044f") and low[-2] in CONSONANTS:
        return True  # "\u0428\u0430\u0445\u0442\u0430\u0440\u044f"
    if a_stem_surname(word, ukrainian) is not None:
        return True  # "\u041c\u043e\u0441\u043a\u0432\u044b" (Moscow's)
    return verb_gender == "m" and low.endswith(_POSSESSIVE_GENITIVE)


def office_genitive(tokens: Sequence[str], j: int, k: int, name: str) -> bool:
    """Is ``name`` (one word, at ``tokens[k]``, the clause ending after it) the genitive
    complement of the Cyrillic office words ``tokens[j:k]`` after a speech verb?"""
    if not tokens[j][:1].isalpha() or not "\u0400" <= tokens[j][0] <= "\u04ff":
        return False
    if k + 1 < len(tokens) and tokens[k + 1][:1].isalpha():
        return False  # the clause goes on ("head of X on the air")
    gender = next((g for t in reversed(tokens[max(0, j - 3) : j]) if (g := verb_gender(t))), "")
    ukrainian = any(
        c in _UKRAINIAN_LETTERS for t in tokens[max(0, j - 3) : k + 1] for c in t.lower()
    )
    return genitive_complement(name, gender, ukrainian=ukrainian)
