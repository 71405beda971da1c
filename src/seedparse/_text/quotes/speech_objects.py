"""A French speech verb whose complement is a thing, not what was said: "Sa
premi\u00e8re adjointe, Pascale Graindorge a assur\u00e9 l'int\u00e9rim avant \u2026".

Verbs that report speech ("assurer", "souligner", "rappeler") also take a noun for a
thing done ("assurer l'int\u00e9rim", "la s\u00e9curit\u00e9"). Read as speech, such a
sentence makes its subject the last speaker, and a pronoun after it ("elle dit
aimer \u2026") is then taken for someone else. The verb's complement tells them apart:
the definite article and a noun right after the verb, with no clause ("que"), colon
or quotation in the rest of the sentence, is a thing.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["acts_on_object"]

_ARTICLES = frozenset(("le", "la", "les"))
_ELIDED = ("l'", "l\u2019")
#: What makes the rest of the sentence a report of speech after all: a colon, a
#: quotation mark, or "que" opening a clause of what was said (not "avant que", "pour
#: que", "bien que", "alors que": a clause of time, aim or concession).
_MARKS_AND_COLON = frozenset((":", "\u00ab", "\u00bb", "\u201c", "\u201d", '"'))
_CONJUNCTION_HEADS = frozenset(
    (
        *("avant", "apr\u00e8s", "sans", "pour", "afin", "parce", "bien", "alors", "d\u00e8s"),
        *("depuis", "pendant", "tandis", "ainsi", "tant", "si", "plus", "moins", "autant"),
    )
)


def acts_on_object(sentence: Sequence[str], verb_at: int) -> bool:
    """Is the complement of the French verb at ``sentence[verb_at]`` a thing ("a
    assur\u00e9 l'int\u00e9rim", "assure la s\u00e9curit\u00e9 du site"): the definite
    article and a lower-case noun right after it, and no clause, colon or quotation
    mark in the rest of the sentence?"""
    k = verb_at + 1
    if k >= len(sentence):
        return False
    word = sentence[k]
    low = word.lower()
    if low.startswith(_ELIDED):
        noun = word[2:]
    elif low in _ARTICLES and k + 1 < len(sentence):
        noun = sentence[k + 1]
    else:
        return False
    if not (noun[:1].isalpha() and noun[:1].islower()):
        return False
    for j in range(k, len(sentence)):
        low = sentence[j].lower()
        if low in _MARKS_AND_COLON:
            return False
        if (low == "que" or low.startswith(("qu'", "qu\u2019"))) and (
            sentence[j - 1].lower() not in _CONJUNCTION_HEADS
        ):
            return False  # "a assur\u00e9 aux habitants que \u2026": what was said
    return True
