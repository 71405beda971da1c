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


#: What one text's look-ups of a name have found (see :func:`given_at_opening`): [the
#: start of the text searched, where the search stopped, its first places, the given
#: name each place gives ("" for none)].
Places = tuple[list[int], list[int], dict[int, str]]


def given_at_opening(
    text: str,
    low: int,
    name: str,
    pos: int,
    written_lower: Callable[[str], bool],
    memo: dict[str, Places] | None = None,
) -> str:
    """``name`` (two words), or the given name the text writes before it where it opens
    a French sentence ("Valéry" for "Mbaoh Nana"), and the name: the capitalised word
    right before it with one space between, opening a sentence (after a sentence end,
    a line break or the start of the text read), no office, no word of the
    :data:`_NOT_GIVEN` list, one the text never writes in lower case
    (``written_lower``), and French words after the name. ``name`` as it is
    otherwise.

    With a ``memo`` (one per text), the places found and what each gives are kept per
    name, so a name asked about at every quote is searched once, not once a quote
    (the answer is the same: a place's reading does not depend on ``pos``, and
    ``written_lower`` answers a word the same every time)."""
    if name.count(" ") != 1 or is_cyrillic(name):
        return name
    start = max(low, pos - NAME_LOOKBACK)
    known = memo.get(name) if memo is not None else None
    if known is None or known[0][0] != start:
        known = ([start, start], [], {})
        if memo is not None:
            memo[name] = known
    bounds, places, read = known
    if bounds[1] < pos and len(places) < _MAX_PLACES:
        # Go on where the last search stopped (a place may end past it).
        after = bounds[1] - len(name) + 1
        after = places[-1] + 1 if places and places[-1] + 1 > after else after
        i = text.find(name, after if after > start else start, pos)  # (linear over all quotes)
        while i >= 0 and len(places) < _MAX_PLACES:
            places.append(i)
            i = text.find(name, i + 1, pos)
        bounds[1] = pos
    end = pos - len(name)
    for i in places:
        if i > end:
            break
        given = read.get(i)
        if given is None:
            given = read[i] = _given_at(text, low, name, i, written_lower)
        if given:
            return f"{given} {name}"
    return name


def _given_at(text: str, low: int, name: str, i: int, written_lower: Callable[[str], bool]) -> str:
    """The given name opening a French sentence right before ``name`` at ``text[i]``,
    or ""."""
    start = i - 1
    if start > low and text[start] == " ":
        while start > low and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        word = text[start : i - 1]
        if _opens(text, low, start) and _given(word, written_lower):
            tail = text[i + len(name) : i + len(name) + _AFTER].lower().split()
            if len(_FRENCH.intersection(w.strip(",.:;") for w in tail)) >= 2:
                return word
    return ""


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
