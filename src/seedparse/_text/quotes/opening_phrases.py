"""A sentence's subject after an opening phrase set off by a comma.

"In an interview with reporters, Albayalde debunked the claim of Teodoro that ...":
the surname after the phrase is the sentence's subject as surely as one opening the
sentence ("Albayalde debunked ..."), so it brings the person named before back into
view for the pronoun of the next quote ("\u201c\u2026,\u201d he said"). The phrase
opens with a preposition, an adverb of time or a participle ("During", "Earlier",
"Speaking to reporters", "Asked about ..."), holds no other comma, and a lower-case
word that is no conjunction (the verb) follows the surname.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import CONJUNCTIONS, SENTENCE_END

__all__ = ["phrase_subject"]

#: Words that open a phrase before the subject.
_OPENERS = frozenset(
    (
        *("in", "at", "on", "during", "after", "before", "following", "since", "until"),
        *("with", "without", "despite", "amid", "under", "by", "for", "from"),
        *("earlier", "later", "meanwhile", "yesterday", "today", "then", "separately"),
        *("there", "afterwards", "afterward"),  # ("There, Cllr X made a statement")
        *("speaking", "asked", "addressing", "responding", "reacting", "commenting"),
    )
)
#: Most words of the phrase.
_MAX_PHRASE = 12


def phrase_subject(tokens: Sequence[str], k: int) -> bool:
    """Is ``tokens[k]`` (a capitalised word) the subject right after an opening
    phrase and its comma, with a lower-case word after it?"""
    if k < 3 or tokens[k - 1] != "," or k + 1 >= len(tokens) or not tokens[k + 1].islower():
        return False
    if tokens[k + 1] in CONJUNCTIONS:
        return False  # "In Manila, X and Y toured the site": no one subject
    start = k - 2
    while start > 0 and k - start <= _MAX_PHRASE and tokens[start - 1] not in SENTENCE_END:
        if tokens[start - 1] in (",", ";", ":") or not tokens[start - 1][0].isalnum():
            return False
        start -= 1
    if start > 0 and tokens[start - 1] not in SENTENCE_END:
        return False  # longer than a phrase
    return tokens[start].lower() in _OPENERS and tokens[start][0].isupper()
