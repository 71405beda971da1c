"""An incise that ends a sentence inside the quotation marks: "\u00abNous avions du
personnel, souligne le commandant du SIS, Nicolas Schumacher. Une \u00e9quipe \u2026\u00bb",
"\u00ab\u2026, a dit Jean Dupont. \u2026\u00bb".

French sets the attribution off inside one pair of marks, after a comma of the quote,
and goes on with the next sentence of the quote after its period. The incise between
two commas ("\u00ab\u2026, dit-il, \u2026\u00bb") is read by the finder; this one ends at
a period followed by the capital of the quote's next sentence, and may hold a comma of
its own (an office, then the name set off: "le commandant du SIS, Nicolas
Schumacher"). Only when its first word is a speech verb, an auxiliary before one, or
an inverted verb ("ajoute-t-il"), so that a sentence of the quote ending after a
comma ("\u2026, nous avons vu. \u2026") is never read as one. The incise may name the
programme or paper the words were given to in marks of their own ("\u00ab\u2026, a
expliqu\u00e9 le gardien X \u00e0 "JiC". \u2026\u00bb"): a short stretch in straight
or curly marks inside the quote is read as words, its marks blanked. The incise may
come after any comma of the sentence, not only its first ("\u00abX, c'est un homme de
parole, s'exclame Y. Il \u2026\u00bb": each comma is tried, so that a clause before it
does not hide it), and may close the quotation ("\u00ab\u2026. Mais \u2026, commente
Me X.\u00bb").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .latin_clauses import Attr
from .lexicon import AUX, PRONOUNS, SENTENCE_END, THAT
from .names import split_tokens

__all__ = ["closing_incise", "incise_goes_on", "sentence_incise"]

#: ", <verb> <speaker>. <Capital>" or ", <verb> <speaker>." closing the quote: the
#: incise, up to 110 characters, with at most one comma of its own (bounded; matched at
#: each comma in turn, at most _MAX_INCISES times per quote).
_SENTENCE_INCISE = re.compile(
    ',\u00a0? ?([^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,70}'
    '(?:, ?[^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,40})?)'
    "(?:\\. (?=[A-Z\u00c0-\u00dd])|\\.?\\s*$)"
)
_MAX_INCISES = 8

#: A short stretch in marks of its own inside the quote ("à "JiC"", "au “Monde”"):
#: a name of a programme or a paper, with no sentence punctuation (bounded, linear).
_INNER_MARKED = re.compile('"[^"\n.!?;:,]{1,30}"|\u201c[^\u201c\u201d\n.!?;:,]{1,30}\u201d')


def _blank_inner_marks(raw: str) -> str:
    """``raw`` with the marks of each short marked stretch in it turned to spaces (the
    same length, so that offsets stay)."""
    if '"' not in raw and "\u201c" not in raw:
        return raw
    return _INNER_MARKED.sub(lambda m: " " + m.group(0)[1:-1] + " ", raw)


def sentence_incise(
    raw: str,
    is_verb: Callable[[str], bool],
    after: Callable[[Sequence[str], bool], Attr | None],
) -> Attr | None:
    """The attribution of an incise of ``raw`` (the words inside the marks) that ends
    a sentence of the quote: its speaker as ``after`` (the grammar's reading of the
    words after a quote) gives it, when the incise opens with a speech verb
    (``is_verb``), an auxiliary or an inverted verb. None otherwise."""
    raw = _blank_inner_marks(raw)
    tried = 0
    comma = raw.find(",")
    while comma >= 0 and tried < _MAX_INCISES:
        # Every comma, not the matches of one scan: a match from an earlier comma may
        # swallow the incise's own ("X, c'est vrai, dit Y.").
        match = _SENTENCE_INCISE.match(raw, comma)
        comma = raw.find(",", comma + 1)
        if match is None:
            continue
        tried += 1
        tokens = split_tokens(raw, match.start(1), match.end(1))
        if not tokens:
            continue
        first = tokens[0].lower()
        if not match.group(0).endswith(" ") and not _closes_quote(tokens):
            continue
        if first.endswith(("-il", "-elle")) or is_verb(tokens[0]) or first in AUX:
            found = after(tokens, False)
            if found is not None:
                return found
    return None


#: Most words of a frame that closes the quotation ("commente Me C\u00e9line Lasek").
_MAX_CLOSING = 7


def _closes_quote(tokens: Sequence[str]) -> bool:
    """Can ``tokens``, the last clause of a quotation after its comma, be the frame
    that closes it ("commente Me X", "said he")? Not a longer clause, nor one whose
    pronoun has words after it: "He replied, said he was looking forward to it" is
    the quote's own reported speech."""
    if len(tokens) > _MAX_CLOSING:
        return False
    return not any(token.lower() in PRONOUNS for token in tokens[1:-1])


#: Longest incise and apposition between two quoted stretches of one sentence, in tokens.
_MAX_GOES_ON = 30


def incise_goes_on(pre: Sequence[str], is_verb: Callable[[str], bool]) -> bool:
    """Is ``pre``, the words between the quote before and this one, the incise that
    credits the one before and a description of its speaker, set off by commas, with
    the sentence going on (", pr\u00e9cise X Y, organisateur de la course avec Z, \u00ab
    \u2026 \u00bb")? Then the second quoted stretch is the same person's words, whoever
    else the description names. Not when a second speech verb comes in (", dit X,
    alors que Y estime \u00ab \u2026 \u00bb") or "selon" does, nor when a sentence ends."""
    n = len(pre)
    if not 4 <= n <= _MAX_GOES_ON or pre[0] != "," or pre[-1] != ",":
        return False
    first = pre[1].lower()
    at = 2
    if first in AUX and is_verb(pre[2]):
        at = 3  # "a pr\u00e9cis\u00e9 X"
    elif not (is_verb(pre[1]) or first.endswith(("-il", "-elle"))):
        return False
    for token in pre[at:-1]:
        if token in (".", "!", "?", ";", ":") or token.lower() == "selon" or is_verb(token):
            return False
    return True


#: Longest adjunct between a quote and the incise that ends its sentence, in tokens.
_MAX_ADJUNCT = 24
_CLAUSE_WORDS = frozenset(("qui", "dont", "o\u00f9", "selon"))
# Finite auxiliaries: one in the adjunct makes it a clause ("AUX" holds adverbs too).
_FINITE = frozenset(
    ("a", "ont", "avait", "avaient", "aura", "est", "sont", "\u00e9tait", "\u00e9taient", "sera")
)


def closing_incise(
    post: Sequence[str],
    is_verb: Callable[[str], bool],
    after: Callable[[Sequence[str], bool], Attr | None],
) -> Attr | None:
    """The incise that ends the sentence of a quote after an adjunct of that sentence
    (", notamment avec les pompiers mobilis\u00e9s pour l'op\u00e9ration, a
    pr\u00e9cis\u00e9 M. Stoll."): after the comma that closes the adjunct, a speech
    verb (or an auxiliary, or an inverted verb) and its speaker, as ``after`` reads
    them. ``post`` is the words after the closing mark. None when the adjunct holds a
    clause of its own (a speech verb, an auxiliary, "que", "qui", "selon") or runs
    longer, or when no such incise ends the sentence."""
    if len(post) < 4 or post[0] != ",":
        return None
    end = next((k for k, token in enumerate(post) if token in SENTENCE_END), len(post))
    last = next((k for k in range(end - 1, 1, -1) if post[k] == ","), -1)
    if last < 2 or last > _MAX_ADJUNCT or last + 1 >= end:
        return None
    for word in post[1:last]:
        low = word.lower()
        if is_verb(word) or low in _FINITE or low in THAT or low in _CLAUSE_WORDS or word == ":":
            return None
    first = post[last + 1].lower()
    if not (is_verb(post[last + 1]) or first in AUX or first.endswith(("-il", "-elle"))):
        return None
    return after(post[last:], True)
