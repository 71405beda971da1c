"""A sentence that ends in ", so X." (German) or ", selon X." (French) credits the
quoted stretches inside it: "Die Feuerwehrleute kamen „von oben bis unten schwarz“
wieder heraus, so Horst Brinkmann." The quote is part of a sentence of reported
speech, and the tag after its last comma names whose account the sentence is, as
"„…“, so X" does right after a quote. Inside the marks, "so X" set off by commas is
the frame of the quote it interrupts („Das war, so X, ein Fehler“).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .latin_clauses import Attr
from .lexicon import DETERMINERS, SENTENCE_END, SO_WORDS
from .mark_sets import QUOTE_MARKS
from .names import split_tokens

__all__ = ["closing_so_tag", "inner_so_tag"]

_MAX_TAG = 5  # words of the tag after "so": an office, a name, an age in brackets
_SPEAKERS = frozenset(("name", "role", "surname-role", "new-role"))


class _Grammar(Protocol):
    def after(self, tokens: Sequence[str], bare_ok: bool) -> Attr | None: ...


def closing_so_tag(text: str, close_end: int, limit: int, grammar: _Grammar) -> Attr | None:
    """The speaker of the tag ", so X." that ends the sentence a quote closing at
    ``close_end`` stands in, when the sentence ends before ``limit`` (the next quote,
    the block's end) with no other quotation mark: a name or a role after an article.
    None when the sentence ends in anything else ("…, so schnell es ging.")."""
    tokens = split_tokens(text, close_end, limit)
    stop = next((k for k, token in enumerate(tokens) if token in SENTENCE_END), -1)
    if stop < 2 or any(token in QUOTE_MARKS for token in tokens[:stop]):
        return None
    comma = stop - 1
    while comma >= 0 and tokens[comma] != ",":
        comma -= 1
    tail = tokens[comma + 1 : stop]
    if comma < 0 or not 2 <= len(tail) <= _MAX_TAG or tail[0].lower() not in SO_WORDS:
        return None
    if not (tail[1][:1].isupper() or tail[1].lower() in DETERMINERS):
        return None  # ("so schnell es ging": an adverb, no one's account)
    found = grammar.after([",", *tail], True)
    return found if found is not None and found[0] in _SPEAKERS else None


def inner_so_tag(tokens: Sequence[str], grammar: _Grammar) -> Attr | None:
    """The speaker of a German frame "so X" between two commas inside the marks
    („Das war, so Trainer X Y, ein Fehler“, ``tokens`` the words between the commas):
    "so", then a name or a role after an article, every word capitalised or a
    determiner, so that "so Gott will", "so ehrlich muss man sein" and "so wie wir"
    credit nobody."""
    if not 2 <= len(tokens) <= _MAX_TAG + 1 or tokens[0].lower() != "so":
        return None
    if not all(word[:1].isupper() or word.lower() in DETERMINERS for word in tokens[1:]):
        return None
    found = grammar.after([",", *tokens], True)
    return found if found is not None and found[0] in _SPEAKERS else None
