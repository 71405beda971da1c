"""A given name that opens a French sentence before a two-word surname: "Valéry Mbaoh
Nana ajoute : « … »".

A run of three capitalised words opening a sentence loses its first word when read
as a name (:func:`~.names.trim_name`, ``at_start``): English and German put a job noun
there without an article ("Economist Anna Berg said", "Pendlerin Lisa Brandt"), and
any word opening a sentence is capitalised. French does not: a common noun before a
name takes its article ("L'économiste Anna Berg"), so in French copy the first of
three capitalised words opening a sentence is a given name, when it is no office, no
day or month, and a word the text never writes in lower case. The person's name is
then the three words, as the text wrote them.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import NOT_NAME_OPENERS
from .names import NAME_LOOKBACK, is_cyrillic, is_name_word, is_title

__all__ = ["given_at_opening"]

#: French words that show the sentence after the name is French (two of them needed).
_FRENCH = frozenset(
    (
        *("le", "la", "les", "de", "du", "des", "au", "aux", "que", "qui", "et", "est"),
        *("une", "un", "dans", "pour", "sur", "par", "avec", "nous", "nos", "ses", "leur"),
        *("ce", "cette", "il", "elle", "ont", "sont", "\u00e9t\u00e9", "ne", "pas"),
    )
)
#: Capitalised French words that may open a sentence right before a name.
_NOT_GIVEN = frozenset(
    (
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"),
        *("janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt"),
        *("septembre", "octobre", "novembre", "d\u00e9cembre", "quand", "lorsque", "puis"),
        *("ma\u00eetre", "docteur", "professeur", "p\u00e8re", "s\u0153ur", "fr\u00e8re"),
        *("saint", "sainte", "mgr", "ici", "voici", "voil\u00e0", "enfin", "ainsi"),
    )
)
_OPENS = frozenset('.!?:\u00bb\u201d"')  # what may end the sentence before
_MAX_PLACES = 8  # places of the name examined
_AFTER = 80  # characters read after the name for French words


def given_at_opening(
    text: str, low: int, name: str, pos: int, written_lower: Callable[[str], bool]
) -> str:
    """``name`` (two words), or the given name the text writes before it where it opens
    a French sentence ("Valéry" for "Mbaoh Nana"), and the name: the capitalised word
    right before it with one space between, opening a sentence (after a sentence end,
    a line break or the start of the text read), no office, no word of the
    :data:`_NOT_GIVEN` list, one the text never writes in lower case
    (``written_lower``), and French words after the name. ``name`` as it is
    otherwise."""
    if name.count(" ") != 1 or is_cyrillic(name):
        return name
    i = text.find(name, max(low, pos - NAME_LOOKBACK), pos)  # (linear over all quotes)
    count = 0
    while i >= 0 and count < _MAX_PLACES:
        count += 1
        start = i - 1
        if start > low and text[start] == " ":
            while start > low and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            word = text[start : i - 1]
            if _opens(text, low, start) and _given(word, written_lower):
                tail = text[i + len(name) : i + len(name) + _AFTER].lower().split()
                if len(_FRENCH.intersection(w.strip(",.:;") for w in tail)) >= 2:
                    return f"{word} {name}"
        i = text.find(name, i + 1, pos)
    return name


def _opens(text: str, low: int, start: int) -> bool:
    """Does a sentence open at ``text[start]``: the start of the text read, a line
    break, or a sentence end and a space before it?"""
    k = start - 1
    if k < low or text[k] == "\n":
        return True
    if text[k] != " ":
        return False
    while k > low and text[k] == " ":
        k -= 1
    return text[k] in _OPENS or text[k] == "\n"


def _given(word: str, written_lower: Callable[[str], bool]) -> bool:
    """Can ``word`` be a given name opening a French sentence?"""
    return (
        len(word) >= 3
        and word[0].isupper()
        and word[1:].replace("-", "").islower()
        and is_name_word(word)
        and not is_title(word)
        and word.lower() not in _NOT_GIVEN
        and word.lower() not in NOT_NAME_OPENERS
        and not written_lower(word)
    )
