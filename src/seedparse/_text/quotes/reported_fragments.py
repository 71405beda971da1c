"""Quoted words inside a German sentence of reported speech that goes on with what the
paragraph's last speaker said: "\u201eIch wollte aus Wien davonrennen.\u201c Damals seien
um sechs Uhr abends \u201edie Gehsteige raufgeklappt worden\u201c, es sei finster
gewesen." The Konjunktiv I tells that the sentence reports someone's words, and with no
speech verb and no one named, whose: the person quoted last.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .german_clauses import KONJUNKTIV_I
from .names import is_name_word

__all__ = ["konjunktiv_carries_on"]


def konjunktiv_carries_on(tokens: Sequence[str], verbs: frozenset[str]) -> bool:
    """Do the words ``tokens`` before a quote, in its own sentence, report in
    Konjunktiv I with no speech verb and no one named ("Damals seien um sechs Uhr
    abends")? A person's name (two name words in a row) or a speech verb gives the
    words another source; a colon or a comma before the quote is another rule's,
    but for a speech verb in the infinitive, which has no subject of its own ("um zu
    sagen, \u201e\u2026\u201c")."""
    if len(tokens) >= 4 and tokens[-1] == "," and tokens[-3] == "zu" and tokens[-2] in verbs:
        tokens = tokens[:-3]  # "\u2026 das Signal gewesen, um zu sagen, \u201e\u2026\u201c"
    elif len(tokens) < 2 or tokens[-1] in (":", ","):
        return False
    if any(token in verbs for token in tokens):
        return False
    if any(is_name_word(a) and is_name_word(b) for a, b in pairwise(tokens)):
        return False
    return any(token in KONJUNKTIV_I for token in tokens)
