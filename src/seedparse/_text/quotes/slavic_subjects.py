"""Russian and Ukrainian subjects before the speech verb, for the attribution grammar
(:mod:`seedparse._text.quotes.attribution`): an office noun and its complement in lower
case right before the verb ("\u0413\u043b\u0430\u0432\u0430
\u0434\u0435\u0440\u0436\u0430\u0432\u0438 \u0441\u043a\u0430\u0437\u0430\u0432"), and the
full name a sentence opens with far from its verb. Pure functions of tokens."""

from __future__ import annotations

from collections.abc import Sequence

from .mark_sets import CLOSING_DOUBLE_MARKS, OPENING_DOUBLE_MARKS
from .names import is_cap, name_forward, slavic_title
from .slavic import cyrillic_word, is_body
from .slavic_forms import oblique_name

__all__ = ["after_connective", "office_with_complement", "opening_subject"]

Attr = tuple[str, str]  # the attribution's (kind, value), as in :mod:`.attribution`

# "and" between two subjects (Russian, Ukrainian).
_JOINS = frozenset(("\u0438", "\u0456", "\u0442\u0430", "\u0439"))

#: At most this many lower-case words of an office's complement stand between the office
#: noun and the speech verb ("\u0433\u043b\u0430\u0432\u0430
#: \u0434\u0435\u0440\u0436\u0430\u0432\u0438", "\u043c\u0456\u043d\u0456\u0441\u0442\u0440
#: \u0437\u0430\u043a\u043e\u0440\u0434\u043e\u043d\u043d\u0438\u0445
#: \u0441\u043f\u0440\u0430\u0432").
_COMPLEMENT_WORDS = 3


def office_with_complement(tokens: Sequence[str], j: int) -> Attr | None:
    """The office a Russian or Ukrainian subject names when an office noun in the
    nominative and its complement in lower case stand right before the speech verb
    ("\u0413\u043b\u0430\u0432\u0430 \u0434\u0435\u0440\u0436\u0430\u0432\u0438
    \u0442\u0430\u043a\u043e\u0436 \u0441\u043a\u0430\u0437\u0430\u0432",
    "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u043e\u0431\u043e\u0440\u043e\u043d\u044b
    \u0437\u0430\u044f\u0432\u0438\u043b"): ``tokens[j]`` is the complement's last word,
    the word before the verb. The office noun opens its clause (the sentence, or after
    a comma or a conjunction), so it is not the object of a word before it; None
    unless it reads so."""
    for k in range(j - 1, max(-1, j - 1 - _COMPLEMENT_WORDS), -1):
        word = tokens[k]
        if not cyrillic_word(word):
            return None
        low = word.lower()
        title = slavic_title(word)
        if title is not None and title == low:
            opens = (
                k == 0
                or not tokens[k - 1][0].isalnum()
                or tokens[k - 1].lower() in _AND
                or after_connective(tokens, k)
            )
            if opens and all(t.islower() for t in tokens[k + 1 : j + 1]):
                return ("role", title)
            return None
        if not word.islower():
            return None
    return None


# Conjunctions an office noun may follow at the head of its clause.
_AND = frozenset(
    ("\u0430", "\u0456", "\u0438", "\u0442\u0430", "\u0430\u043b\u0435", "\u043d\u043e")
)


#: Connectives that may open a sentence before its subject ("\u041f\u0440\u0438
#: \u044d\u0442\u043e\u043c \u0433\u043b\u0430\u0432\u0430 \u0433\u043e\u0440\u043e\u0434\u0430
#: \u043e\u0442\u043c\u0435\u0442\u0438\u043b", "\u0422\u0438\u043c \u0447\u0430\u0441\u043e\u043c
#: \u043c\u0456\u043d\u0456\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u0432"): Russian, then
#: Ukrainian, lower case.
_CONNECTIVES = frozenset(
    (
        ("\u043f\u0440\u0438", "\u044d\u0442\u043e\u043c"),  # при этом
        ("\u043a\u0440\u043e\u043c\u0435", "\u0442\u043e\u0433\u043e"),  # кроме того
        ("\u0442\u0430\u043a\u0436\u0435",),  # также
        ("\u0442\u0435\u043c", "\u0432\u0440\u0435\u043c\u0435\u043d\u0435\u043c"),  # тем временем
        ("\u043c\u0435\u0436\u0434\u0443", "\u0442\u0435\u043c"),  # между тем
        # в свою очередь
        ("\u0432", "\u0441\u0432\u043e\u044e", "\u043e\u0447\u0435\u0440\u0435\u0434\u044c"),
        ("\u0432\u043f\u0440\u043e\u0447\u0435\u043c",),  # впрочем
        ("\u043f\u0440\u0438", "\u0446\u044c\u043e\u043c\u0443"),  # при цьому
        ("\u043a\u0440\u0456\u043c", "\u0442\u043e\u0433\u043e"),  # крім того
        ("\u0442\u0430\u043a\u043e\u0436",),  # також
        ("\u0442\u0438\u043c", "\u0447\u0430\u0441\u043e\u043c"),  # тим часом
        ("\u0441\u0432\u043e\u0454\u044e", "\u0447\u0435\u0440\u0433\u043e\u044e"),  # своєю чергою
        ("\u0432\u043e\u0434\u043d\u043e\u0447\u0430\u0441",),  # водночас
    )
)


def after_connective(tokens: Sequence[str], k: int) -> bool:
    """Do the words before ``tokens[k]`` open its sentence (or a clause after a
    comma) with a connective of :data:`_CONNECTIVES` and nothing else, so that a
    word in the nominative at ``k`` may be the subject?"""
    for n in (1, 2, 3):
        start = k - n
        if start < 0:
            break
        if (start == 0 or not tokens[start - 1][0].isalnum()) and tuple(
            t.lower() for t in tokens[start:k]
        ) in _CONNECTIVES:
            return True
    return False


def opening_subject(tokens: Sequence[str], verb_at: int) -> Attr | None:
    """The subject a Russian or Ukrainian sentence opens with, far from its verb
    ("\u0420\u0435\u0447\u043d\u0438\u043a \u2026 \u042e\u0440\u0456\u0439
    \u0406\u0433\u043d\u0430\u0442 \u0449\u043e\u0434\u043e \u2026 \u0432
    \u0435\u0444\u0456\u0440\u0456 \u2026 \u0437\u0430\u0443\u0432\u0430\u0436\u0438\u0432,
    \u0449\u043e \u2026"): the first
    full name in the nominative among the sentence's first words (an office before it),
    when no punctuation stands between it and the verb (a clause of its own) but a name
    in marks after it ("\u043f\u0440\u0438 \u0432\u0440\u0443\u0447\u0435\u043d\u0438\u0438
    \"\u2026\" \u0437\u0430\u044f\u0432\u0438\u043b"); the sentence may open with a
    short phrase of time set off by commas ("\u0421\u0435\u0433\u043e\u0434\u043d\u044f,
    1 \u0438\u044e\u043b\u044f, \u2026")."""
    start = _after_openers(tokens, verb_at)
    k = start
    limit = min(verb_at, start + 10)
    found: str | None = None
    while k < verb_at:
        token = tokens[k]
        if found is not None and token in OPENING_DOUBLE_MARKS:
            k = _after_title(tokens, k, verb_at)  # (a name in marks)
            if k < 0:
                return None
            continue
        if not token[0].isalpha():
            return None
        if not is_cap(token):
            k += 1
            continue
        m = k
        while m < verb_at and tokens[m][0].isalpha() and is_cap(tokens[m]):
            m += 1
        name, _ = name_forward(tokens, k)
        if found is not None and name is not None and " " in name and tokens[k - 1] in _JOINS:
            return None  # "X and Y said": two speakers, neither the one
        if found is None and name is not None and " " in name and not is_body(name):
            if k >= limit or oblique_name(name):
                return None  # no person among the first words, or one not the subject
            found = name
        k = m
    return ("name", found) if found is not None else None


#: At most this many words in a phrase of time that opens a sentence before a comma.
_OPENER_WORDS = 3
#: At most this many words of a name in marks between a subject and its verb.
_TITLE_WORDS = 6


def _after_openers(tokens: Sequence[str], verb_at: int) -> int:
    """Where the clause of the verb at ``verb_at`` starts past at most two short phrases
    set off by commas at the sentence's head (a time: "\u0421\u0435\u0433\u043e\u0434\u043d\u044f,
    1 \u0438\u044e\u043b\u044f,"): lower-case words and numbers, the sentence's first word
    capitalised; 0 when it opens with none."""
    start = 0
    for _ in range(2):
        end = start
        while end < verb_at and end - start <= _OPENER_WORDS and tokens[end] != ",":
            word = tokens[end]
            if not (word.isdigit() or word.islower() or (end == 0 and word.isalpha())):
                return start
            end += 1
        if end == start or end >= verb_at or tokens[end] != "," or end - start > _OPENER_WORDS:
            return start
        start = end + 1
    return start


def _after_title(tokens: Sequence[str], k: int, verb_at: int) -> int:
    """The index after the closing mark of a name in marks opened at ``tokens[k]``
    (words only inside, at most :data:`_TITLE_WORDS`), or -1."""
    for m in range(k + 1, min(verb_at, k + 2 + _TITLE_WORDS)):
        if tokens[m] in CLOSING_DOUBLE_MARKS:
            return m + 1 if m > k + 1 else -1
        if not tokens[m][0].isalpha():
            return -1
    return -1
