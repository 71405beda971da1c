"""English attribution by a person's writing: "\u201c\u2026,\u201d read Potter's
message", "\u201c\u2026,\u201d read a statement from Ana Ruiz", "\u201c\u2026,\u201d
Ruiz's letter said", and before the quote "A text message from X, \u2026, read,
\u201c\u2026\u201d", "Potter's message read: \u201c\u2026\u201d".

Words quoted from what someone wrote are credited to the document, and the document
to its writer by a possessive or by "from"/"by". "Read" here is the document's verb
(the message reads), so the speech verbs do not list it: "read" alone, as in "she read
the report", names nobody. Only writings a person signs count ("message", "letter",
"statement", "post"), so that "read the court's ruling" or "Smith's lawyer said" stay
with the older rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from .latin_clauses import Attr
from .lexicon import DETERMINERS, FUNCTION_WORDS
from .names import is_cap, name_forward, trim_name

__all__ = ["PERSON_WRITINGS", "writing_read_before", "written_by"]

#: Writings a person signs: what such a writing says, its writer says.
PERSON_WRITINGS = frozenset(
    (
        *("message", "statement", "letter", "email", "e-mail", "post", "tweet", "note"),
        *("memo", "op-ed", "column", "essay", "affidavit", "testimony", "remarks"),
    )
)
#: The verbs of a writing after its noun ("Ruiz's letter said").
_WRITING_VERBS = frozenset(("read", "reads", "said", "says", "stated", "states"))
_READ = frozenset(("read", "reads"))
_FROM = frozenset(("from", "by"))
_POSSESSIVE = ("'s", "\u2019s")
#: Most capitalised words of a writer's name before the possessive, and most
#: lower-case words between it and the writing ("Potter's latest message").
_MAX_NAME_WORDS = 4
_MAX_ADJECTIVES = 2
#: Most words between a writing's writer and the "read" before the quote ("A text
#: message from X following up on the matter, read, \u201c\u2026\u201d").
_MAX_BEFORE_READ = 10


def written_by(tokens: Sequence[str], i: int) -> Attr | None:
    """The writer the words after a quotation, from ``tokens[i]``, credit: "read
    <Name>'s <writing>", "read a <writing> from <Name>", "<Name>'s <writing>
    said". None for anything else."""
    n = len(tokens)
    if i >= n:
        return None
    if tokens[i].lower() in _READ:
        if i + 1 < n and tokens[i + 1].lower() in DETERMINERS:
            # "read a statement from Ana Ruiz"
            k = i + 2
            if k + 2 < n and tokens[k].lower() in PERSON_WRITINGS and tokens[k + 1] in _FROM:
                name, _ = name_forward(tokens, k + 2)
                return ("name", name) if name is not None else None
            return None
        found = _possessive_writing(tokens, i + 1)
        return ("name", found[0]) if found is not None else None
    if not any(token.endswith(_POSSESSIVE) for token in tokens[i : i + _MAX_NAME_WORDS + 1]):
        return None  # (the cheap test first: no possessive, no writer)
    found = _possessive_writing(tokens, i)
    if found is not None and found[1] < n and tokens[found[1]].lower() in _WRITING_VERBS:
        return ("name", found[0])
    return None


def _possessive_writing(tokens: Sequence[str], i: int) -> tuple[str, int] | None:
    """The name before a possessive at ``tokens[i:]`` followed by a writing a person
    signs ("Tasha Potter's message", "Potter's latest letter") and the index after the
    writing's noun, or None."""
    n = len(tokens)
    k = i
    while k < n and k < i + _MAX_NAME_WORDS and tokens[k][:1].isalpha() and is_cap(tokens[k]):
        k += 1  # (a possessive is no name word: it ends the run)
    if k >= n or not tokens[k].endswith(_POSSESSIVE):
        return None
    if not (tokens[k][:1].isalpha() and is_cap(tokens[k][:-2])):
        return None
    name = trim_name([*tokens[i:k], tokens[k][:-2]])
    if name is None:
        return None
    m = k + 1
    while m < n and m <= k + _MAX_ADJECTIVES and tokens[m].isalpha() and tokens[m].islower():
        if tokens[m] in PERSON_WRITINGS:
            return name, m + 1
        if tokens[m] in FUNCTION_WORDS:
            return None
        m += 1
    if m < n and tokens[m] in PERSON_WRITINGS:
        return name, m + 1
    return None


def writing_read_before(tokens: Sequence[str], end: int) -> Attr | None:
    """The writer a sentence before a quote credits when it ends in "read"
    (``tokens[:end]``, the separators after it cut off): "A text message from X
    \u2026 read", "Potter's message read". None for anything else ("she read the
    report", "the sign read")."""
    if end < 4 or tokens[end - 1].lower() not in _READ:
        return None
    for k in range(end - 2, max(-1, end - 2 - _MAX_BEFORE_READ), -1):
        if tokens[k].lower() not in PERSON_WRITINGS:
            continue
        if k + 2 < end and tokens[k + 1].lower() in _FROM:
            name, _ = name_forward(tokens, k + 2)  # "a text message from X"
            return ("name", name) if name is not None else None
        for start in range(max(0, k - _MAX_NAME_WORDS - _MAX_ADJECTIVES), k):
            found = _possessive_writing(tokens, start)  # "Potter's message read"
            if found is not None and found[1] == k + 1:
                return ("name", found[0])
        return None
    return None
