"""English "quoted X as saying": the person quoted is the verb's object.

"NAN quoted him as saying: \u201c\u2026\u201d", "the agency quoted Ada Obi as saying":
the subject (an agency, a paper) relays the words, and the person after "quoted" said
them, so the subject before "saying" is the wrong one to read. In the passive ("Obi
was quoted as saying") the subject of "quoted" is the person again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .latin_clauses import Attr
from .names import is_cap, name_forward

__all__ = ["quoted_as"]

#: The verbs that put the person quoted in their object.
_QUOTED = frozenset(("quoted", "quotes", "quoting", "cited", "cites", "citing"))
#: Object pronouns, as the subject pronouns they stand for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_AUX = frozenset(("was", "is", "were", "been", "being"))
_MAX_NAME_WORDS = 4


def quoted_as(
    subject_of: Callable[[Sequence[str], int], Attr | None],
    tokens: Sequence[str],
    verb_at: int,
) -> Attr | None:
    """The person a speech verb's "-ing" form after "quoted \u2026 as" credits
    (``tokens[verb_at]`` is "saying" in "quoted him as saying"), or None where the
    verb stands otherwise; ``subject_of`` reads the passive's subject."""
    if verb_at < 3 or tokens[verb_at - 1].lower() != "as" or not tokens[verb_at].endswith("ing"):
        return None
    obj = verb_at - 2
    low = tokens[obj].lower()
    if low in _QUOTED and tokens[obj - 1].lower() in _AUX:
        return subject_of(tokens, obj)  # "Obi was quoted as saying"
    if low in _OBJECT_PRONOUNS and tokens[obj - 1].lower() in _QUOTED:
        return ("pronoun", _OBJECT_PRONOUNS[low])  # "NAN quoted him as saying"
    start = obj
    while start > 0 and obj - start < _MAX_NAME_WORDS and is_cap(tokens[start]):
        start -= 1
    if start == obj or tokens[start].lower() not in _QUOTED:
        return None
    name, after = name_forward(tokens, start + 1)
    return ("name", name) if name is not None and after == verb_at - 1 else None
