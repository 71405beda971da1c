"""The subject of an English speech verb in the infinitive after a catenative verb.

"Lamoure went on to say, \u201c\u2026\u201d", "the minister was quick to add:", "she
proceeded to tell reporters": the speech verb is an infinitive whose understood
subject is the subject of the verb chain before "to" (a catenative complement, in
the terms of Huddleston and Pullum's *Cambridge Grammar of the English Language*,
2002, ch. 14). Read back from the verb, the first word is "to"; the subject is found
before the chain of one to three lower-case words ("went on", "was quick",
"has decided") that governs it. An object in the chain ("told him to say") is the
infinitive's subject instead, and a determiner there ("an attempt to say") makes
the chain a noun phrase: neither is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import CONJUNCTIONS, DETERMINERS, THAT

__all__ = ["catenative_start"]

#: Most words of the verb chain between the subject and "to".
_MAX_CHAIN = 3
#: Object pronouns: the one told or asked to speak is the infinitive's subject.
_OBJECTS = frozenset(("him", "her", "them", "me", "us", "you", "it"))
#: Relative and interrogative words that open another clause.
_CLAUSE_OPENERS = frozenset(("who", "which", "whom", "whose", "when", "where", "why", "how"))


def catenative_start(tokens: Sequence[str], to_at: int) -> int:
    """The index of the first word of the verb chain before ``tokens[to_at]`` ("to"),
    with the subject's last word right before it; -1 when the words before "to" are no
    such chain."""
    if to_at < 2 or tokens[to_at].lower() != "to":
        return -1
    k = to_at - 1
    while k >= 0 and to_at - k <= _MAX_CHAIN and _chain_word(tokens[k]):
        k -= 1
    start = k + 1
    if start == to_at or k < 0:
        return -1
    before = tokens[k]
    if not (before[:1].isupper() or before.lower() in ("he", "she")):
        return -1  # the subject must stand right before the chain
    return start


def _chain_word(token: str) -> bool:
    low = token.lower()
    return (
        token.isalpha()
        and token.islower()
        and low not in _OBJECTS
        and low not in _CLAUSE_OPENERS
        and low not in DETERMINERS
        and low not in CONJUNCTIONS
        and low not in THAT
    )
