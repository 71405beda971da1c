"""A name inside an English indefinite subject is a preposition's object, not the speaker.

"one official at City Hall told reporters", "a source close to Gordon Brown said",
"one resident of Mayfield said": the subject of the verb is the indefinite noun phrase
("one official", someone new and unnamed); the capitalised name after its preposition
is where that person works or whom they are close to. Read back from the verb, the
name comes first and would be taken for the subject; the phrase before it says it is
not. Only an indefinite head counts: "the mayor of London Sadiq Khan said" names its
person after the office.
"""

from __future__ import annotations

from collections.abc import Sequence

from .latin_clauses import DOCUMENTS
from .lexicon import SPEECH_NOUNS

__all__ = ["indefinite_head", "name_start"]

Attr = tuple[str, str]  # the attribution's (kind, value), as in :mod:`.attribution`

#: Indefinite determiners and the numeral that open a new, unnamed person.
_INDEFINITE = frozenset(("a", "an", "one", "another"))
#: Prepositions that attach a place, a body or a person to a role noun.
_PREPOSITIONS = frozenset(("at", "of", "in", "from", "for", "with", "to", "near", "inside"))
#: Nouns of writings and messages: "another text from X informed", "a letter from X
#: said" credit X, the writer (with the documents and speech nouns of the lexicon).
_WRITINGS = frozenset(("text", "message", "email", "e-mail", "tweet", "note", "video", "recording"))
#: Lower-case words that join the words of a body's name ("Ministry of Health").
_NAME_JOINS = frozenset(("of", "for", "and", "the", "de"))
#: Most lower-case words between the determiner and the preposition ("a senior
#: official", "one long-serving council worker", "a source close").
_MAX_HEAD = 3


def indefinite_head(tokens: Sequence[str], first: int) -> Attr | None:
    """``("new-role", noun)`` when the name starting at ``tokens[first]`` follows
    a preposition after an indefinite noun phrase that opens its clause ("one official
    at City Hall", "a source close to X"), else None."""
    k = first - 1
    while k >= 1 and tokens[k] in _NAME_JOINS and tokens[k - 1][:1].isupper():
        k = name_start(tokens, k - 1) - 1  # (back to the start of "Ministry of Health")
    if k >= 0 and tokens[k].lower() == "the":
        k -= 1
    if k < 2 or tokens[k].lower() not in _PREPOSITIONS:
        return None
    end = k  # the preposition
    start = end - 1
    while start >= 0 and end - start <= _MAX_HEAD and _lower_word(tokens[start]):
        start -= 1
    if start < 0 or start == end - 1 or tokens[start].lower() not in _INDEFINITE:
        return None
    before = tokens[start - 1] if start else ""
    if before and before[0].isalnum() and before.lower() not in ("and", "but"):
        return None  # the phrase must open its clause ("told a friend of X" is an object)
    noun = tokens[end - 1].lower()
    if noun in _WRITINGS or noun in DOCUMENTS or noun in SPEECH_NOUNS:
        return None
    return ("new-role", noun)


def _lower_word(token: str) -> bool:
    return token[:1].isalpha() and token.islower() and token not in _INDEFINITE


def name_start(tokens: Sequence[str], last: int) -> int:
    """The index of the first of the capitalised words that end at ``tokens[last]``."""
    k = last
    while k > 0 and tokens[k - 1][:1].isupper():
        k -= 1
    return k
