"""A surname written with the other apostrophe than its full name before it.

Copy put together from several hands mixes the straight and the curly apostrophe in
one name: "Superintendent Eamon O'Neill" first, "Supt O\u2019Neill replied" later. The
surname search matches the spelling it is given, so the later form found no full name
and was credited as written; the text names one person either way.
"""

from __future__ import annotations

from .english_names import headline_full_name
from .names import NAME_LOOKBACK, is_name_word, trim_name

__all__ = ["full_name_elsewhere", "swapped_apostrophe_name"]

_SWAP = str.maketrans({"'": "\u2019", "\u2019": "'"})
#: Characters read back from a surname for the given names before it.
_LEAD = 80
#: Most places of the other spelling looked at.
_MAX_PLACES = 20


def swapped_apostrophe_name(text: str, low: int, surname: str, pos: int) -> str | None:
    """The one full name written in ``text[low:pos]`` that ends with ``surname``
    spelled with the other apostrophe, or None (no apostrophe, no such name, or
    several)."""
    other = surname.translate(_SWAP)
    if other == surname:
        return None
    found: set[str] = set()
    i = text.find(other, max(low, pos - NAME_LOOKBACK), pos)  # (linear over all quotes)
    places = 0
    while i >= 0 and places < _MAX_PLACES:
        places += 1
        end = i + len(other)
        if (i == 0 or not text[i - 1].isalnum()) and not text[end : end + 1].isalnum():
            words = text[max(low, i - _LEAD) : i].split()
            start = len(words)
            while start > 0 and is_name_word(words[start - 1]):
                start -= 1
            if start < len(words):
                person = trim_name([*words[start:], other])
                if person is not None and person.endswith(" " + other):
                    found.add(person)
        i = text.find(other, i + 1, pos)
    return next(iter(found)) if len(found) == 1 else None


def full_name_elsewhere(text: str, low: int, surname: str, pos: int) -> str | None:
    """The full name a surname alone stands for when the body gives none with its
    spelling: one written with the other apostrophe before ``pos``, else the
    headline's (:func:`~.english_names.headline_full_name`)."""
    found = swapped_apostrophe_name(text, low, surname, pos)
    return found or headline_full_name(text, low, surname)
