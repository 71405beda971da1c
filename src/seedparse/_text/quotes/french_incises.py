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
comma ("\u2026, nous avons vu. \u2026") is never read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .latin_clauses import Attr
from .lexicon import AUX
from .names import split_tokens

__all__ = ["sentence_incise"]

#: ", <verb> <speaker>. <Capital>": the incise, up to 90 characters, with at most one
#: comma of its own (bounded, linear).
_SENTENCE_INCISE = re.compile(
    ',\u00a0? ?([^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,50}'
    '(?:, ?[^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,40})?)\\. (?=[A-Z\u00c0-\u00dd])'
)
_MAX_INCISES = 3


def sentence_incise(
    raw: str,
    is_verb: Callable[[str], bool],
    after: Callable[[Sequence[str], bool], Attr | None],
) -> Attr | None:
    """The attribution of an incise of ``raw`` (the words inside the marks) that ends
    a sentence of the quote: its speaker as ``after`` (the grammar's reading of the
    words after a quote) gives it, when the incise opens with a speech verb
    (``is_verb``), an auxiliary or an inverted verb. None otherwise."""
    for count, match in enumerate(_SENTENCE_INCISE.finditer(raw)):
        if count >= _MAX_INCISES:
            break
        tokens = split_tokens(raw, match.start(1), match.end(1))
        if not tokens:
            continue
        first = tokens[0].lower()
        if first.endswith(("-il", "-elle")) or is_verb(tokens[0]) or first in AUX:
            found = after(tokens, False)
            if found is not None:
                return found
    return None
