"""Who speaks after a colon that no speech verb introduces.

"Interrogé sur …, le ministre Bruno Le Maire préfère répondre par une question :",
"mais il ne veut pas aller plus loin :", "Der Finanzvorsteher der Stadt, X, zeigte
sich gelassen:": the speaker is the subject of the last clause before the colon. Read
by :meth:`~.attribution.Attribution.before` when the words before a quote end in a
colon and hold no speech verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from .attribution_words import speech_noun_owner
from .french_clauses import article_role, name_past_age
from .german_clauses import relative_clause_ends, verb_second_subject
from .latin_clauses import Attr
from .lexicon import CONJUNCTIONS, DETERMINERS, NOT_NAME_OPENERS, PRONOUNS, THAT
from .names import is_cap, is_title
from .offices import appositive_name, named_after_office

__all__ = ["colon_clause_subject"]


def colon_clause_subject(tokens: Sequence[str], end: int) -> Attr | None:
    """The subject of the last clause before a colon with no speech verb ("Interrog\u00e9
    sur \u2026, le ministre de l\u2019\u00c9conomie Bruno Le Maire pr\u00e9f\u00e8re
    r\u00e9pondre par une question :", "mais il ne veut pas aller plus loin :"): a
    person named after an office, a name opening the clause, or a pronoun. A
    relative clause ("\u2026, qui \u2026 :") has no subject of its own: None."""
    starts = [0] + [k + 1 for k in range(end) if tokens[k] in (",", ";")]
    for start in reversed(starts):
        k = start
        while k < end and tokens[k].lower() in CONJUNCTIONS:
            k += 1
        if k >= end:
            continue
        word = tokens[k]
        low = word.lower()
        if low in THAT or low in ("qui", "who", "which", "dont", "o\u00f9"):
            return None
        if low in PRONOUNS and (word.islower() or k == 0):
            return ("pronoun", low)
        inverted = verb_second_subject(named_after_office, tokens, k, end)
        if inverted is not None:
            return ("label", inverted)  # ", durfte sein Gegen\u00fcber X jubeln:"
        if low in DETERMINERS:
            if start and relative_clause_ends(tokens, k, end):
                continue  # ", die seit Jahren \u00dcberstunden machten,": a relative clause
            owner = speech_noun_owner(tokens, k + 1, end)
            if owner is not None:
                return ("label", owner)
            named = named_after_office(tokens[:end], k + 1) or appositive_name(
                tokens[:end], k + 1
            )  # ("Der Finanzvorsteher der Stadt, X, zeigte sich gelassen:")
            if named is not None:
                return ("label", named)
            office = tokens[k + 1] if start == 0 and k + 1 < end else ""
            if office.islower() and is_title(office):
                return article_role(low, office)  # "La maire a tenu \u00e0 \u2026 :"
        elif word[0].isalpha() and is_cap(word) and low not in NOT_NAME_OPENERS:
            name, after, aged = name_past_age(tokens, k)  # "X, 15 ans, était là :"
            if name and (aged or " " in name) and after < end and tokens[after].islower():
                return ("name" if aged else "label", name)  # a given name and an age
    return None
