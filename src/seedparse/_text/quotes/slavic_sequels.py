"""Russian and Ukrainian quotes whose speaker the sentences around them give, though
no attribution stands next to them.

* A paragraph that is only a quotation, after a sentence that opens with "according
  to" ("\u0417\u0430 \u0439\u043e\u0433\u043e \u0441\u043b\u043e\u0432\u0430\u043c\u0438,
  X \u2013 \u2026 . \u00ab\u2026\u00bb", "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c
  X, \u2026 . \u00ab\u2026\u00bb"): the quote goes on with the words that sentence
  reported, so it is the clause's person's, not the one the reported words name
  (:func:`according_before`).
* A fragment in a sentence whose subject is a named person, when the next quote of the
  paragraph is that person's and "added" ("X \u043d\u0435 \u0445\u043e\u0442\u0435\u043b
  \u0431\u044b \u2026 \u00ab\u2026\u00bb \u2026 . \u00ab\u2026\u00bb, -
  \u0434\u043e\u0431\u0430\u0432\u0438\u043b \u043e\u043d"): one adds to words of one's
  own, so the fragment is theirs too (:func:`fragment_before_addition`).
* A quote that fills a "that" clause ("\u2026 \u043e \u0442\u043e\u043c, \u0447\u0442\u043e
  \u00ab\u2026\u00bb") is the reported words, a quotation even with no attribution next
  to it (:func:`reported_clause`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from .lexicon import LEADING_SEPARATORS
from .names import is_cyrillic, sentence_start, split_tokens
from .slavic import according_clause
from .slavic_subjects import opening_subject

if TYPE_CHECKING:
    from .context import Context

__all__ = ["ADDING_VERBS", "according_before", "fragment_before_addition", "reported_clause"]

_WINDOW = 320  # characters read back for the sentence before a quote, at most
_SENTENCE_ENDS = frozenset(".!?\u2026")

#: Past-tense forms of "to add" (to words of one's own) in Russian
#: ("\u0434\u043e\u0431\u0430\u0432\u0438\u043b",
#: "\u0434\u043e\u043f\u043e\u043b\u043d\u0438\u043b") and Ukrainian
#: ("\u0434\u043e\u0434\u0430\u0432", "\u0434\u043e\u043f\u043e\u0432\u043d\u0438\u0432").
_RUSSIAN_STEMS = (
    "\u0434\u043e\u0431\u0430\u0432\u0438",
    "\u0434\u043e\u043f\u043e\u043b\u043d\u0438",
)
ADDING_VERBS: frozenset[str] = frozenset(
    {stem + end for stem in _RUSSIAN_STEMS for end in ("\u043b", "\u043b\u0430")}
    | {"\u0434\u043e\u0434\u0430\u0432", "\u0434\u043e\u0434\u0430\u043b\u0430"}
    | {"\u0434\u043e\u043f\u043e\u0432\u043d\u0438" + end for end in ("\u0432", "\u043b\u0430")}
)


class _Quote(Protocol):
    """What these rules read of a quote the finder took (its ``_Quote``)."""

    open: int
    close_end: int
    speaker: str | None


def according_before(context: Context, pos: int) -> str | None:
    """The speaker of a quote at ``pos`` that opens its sentence with no attribution,
    when the sentence before it opens with a Russian or Ukrainian "according to"
    clause (:func:`~.slavic.according_clause`): that clause's person, resolved where
    the sentence starts (a pronoun there stands for who spoke before it, not for a
    person the reported words go on to name). None otherwise."""
    text = context.text
    low = context.low
    j = pos - 1
    while j > low and text[j].isspace():
        j -= 1
    if j <= low or text[j] not in _SENTENCE_ENDS or not is_cyrillic(text[j - 1]):
        return None  # (the sentence before ends in a Cyrillic word, or it is none of these)
    start = sentence_start(text, low if low > j - _WINDOW else j - _WINDOW, j)
    tokens = split_tokens(text, start, j)
    if len(tokens) < 4 or not is_cyrillic(tokens[0]):
        return None
    attr = according_clause(tokens, len(tokens))
    return context.resolve(attr, start) if attr is not None else None


def fragment_before_addition(text: str, block_start: int, quotes: Sequence[_Quote]) -> None:
    """Give a quote of one paragraph with no speaker the speaker of the next quote,
    when that one is attributed with a verb of adding (:data:`ADDING_VERBS`) and the
    sentence the first quote stands in opens with the same person's full name in the
    nominative, its subject (:func:`~.slavic.opening_subject`)."""
    for first, second in pairwise(quotes):
        if first.speaker is not None or second.speaker is None or not is_cyrillic(second.speaker):
            continue
        if not _added(text, second.close_end):
            continue
        start = sentence_start(text, block_start, first.open)
        tokens = split_tokens(text, start, first.open)
        if not tokens or not is_cyrillic(tokens[0]):
            continue
        subject = opening_subject(tokens, len(tokens))
        if subject is not None and subject[1] == second.speaker:
            first.speaker = second.speaker


def _added(text: str, close_end: int) -> bool:
    """Does the attribution after the closing mark at ``close_end`` open with a verb
    of adding (", - \u0434\u043e\u0431\u0430\u0432\u0438\u043b \u2026")?"""
    tokens = split_tokens(text, close_end, close_end + 40)
    i = 0
    while i < len(tokens) and i < 2 and tokens[i] in LEADING_SEPARATORS:
        i += 1
    return i > 0 and i < len(tokens) and tokens[i] in ADDING_VERBS


_THAT = frozenset(("\u0447\u0442\u043e", "\u0449\u043e"))


def reported_clause(pre: Sequence[str], quoted: str) -> bool:
    """Does the quote ``quoted`` after the words ``pre`` of its sentence fill a Russian
    or Ukrainian "that" clause ("\u2026 \u043e \u0442\u043e\u043c, \u0447\u0442\u043e
    \u00ab\u2026\u00bb", "\u0437\u0430\u044f\u0432\u0438\u0432, \u0449\u043e
    \u00ab\u2026\u00bb")? Then the quote is the reported words themselves, a whole
    clause, not a scare quote in the middle of a sentence, though no attribution stands
    next to it. Words that all start with a capital are a name in quotes (a company, a
    programme: "\u0447\u0442\u043e \u00ab\u0413\u0430\u0437\u043f\u0440\u043e\u043c
    \u041d\u0435\u0444\u0442\u044c \u0412\u043e\u0441\u0442\u043e\u043a\u00bb
    \u2026"), no clause."""
    if not pre or pre[-1].lower() not in _THAT:
        return False
    words = [word for word in quoted.split() if word[0].isalpha()]
    return not all(word[0].isupper() for word in words)
