"""A headline's subject the body never writes again is a person, not a place.

A headline makes a place or a body the subject of its verb as often as a person
("Québec refuse de payer", "Kyiv proposes …"), but the story then names the place
again ("à Québec", "in Kyiv", declined in Russian and Ukrainian); a person the headline
names ("Triaud met zéro sur vingt", "Marcinkiv proposes …") the body may call only by
the office ("le président", "the mayor"). So a subject word that no word of the body
repeats, in any case form, is taken for the person the body's role noun stands for.
Not when the rest of the headline has a capitalised word ("Budget will not pass,
says Dana Mercer": another person, or a place, in view), nor in German, which
capitalises every noun: there the subject "Polizei sucht Zeugen" opens with is no name
at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from .names import is_cyrillic

__all__ = ["not_written_again"]

_WORD = LazyPattern(r"\w+")
_STEM_MIN = 4  # letters of a Cyrillic stem compared at least
_ENDING = 2  # letters a Russian or Ukrainian case ending changes at most
#: Function words only German has among the finder's languages: a body with one of them
#: is German text.
_GERMAN = frozenset(("und", "der", "das", "ist", "nicht", "mit", "auf", "wird", "sich"))


def not_written_again(name: str, body: str, rest: Sequence[str] = ()) -> bool:
    """Does no word of ``body`` repeat a word of the headline's subject ``name``, and
    no word of the headline's ``rest`` (the words after the subject) have a capital?
    A Cyrillic word is compared by its stem (its last two letters dropped, four
    kept at least), since the body declines it ("Харків" / "Харкова")."""
    if any(word[:1].isupper() for word in rest):
        return False
    tokens = _WORD.findall(body)
    if any(token in _GERMAN for token in tokens):
        return False
    words = name.split()
    stems = [
        w[: max(_STEM_MIN, len(w) - _ENDING)].casefold() if is_cyrillic(w) else None for w in words
    ]
    for token in tokens:
        folded = token.casefold()
        for word, stem in zip(words, stems, strict=True):
            if folded == word.casefold() or (stem is not None and folded.startswith(stem)):
                return False
    return True
