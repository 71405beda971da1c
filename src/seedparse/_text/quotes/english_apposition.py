"""English attribution grammar that names the speaker after a comma.

Local news puts the place and the job noun before the name and sets the name off with
a comma: "said Watertown resident, Justin Learned", "said Lowell resident, Robert
Perry". Read word by word, the capitalised place right after the verb looks like the
speaker; the person is the full name after the comma.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import FUNCTION_WORDS
from .names import is_cap, name_forward

__all__ = ["name_after_job_noun"]

#: Most lower-case words between the place and the comma ("resident", "longtime
#: resident").
_MAX_JOB_WORDS = 2


def name_after_job_noun(tokens: Sequence[str], end: int) -> str | None:
    """The full name after "<Place> <job noun>, " when the capitalised words before
    ``end`` are such a place: ``tokens[end:]`` is one or two lower-case words (no
    function words), a comma, then a name of at least two words that ends the clause.
    None for anything else ("said Smith, who ...", "said Monday, adding ...")."""
    n = len(tokens)
    k = end
    while k < n and k < end + _MAX_JOB_WORDS and tokens[k].isalpha() and tokens[k].islower():
        if tokens[k] in FUNCTION_WORDS:
            return None
        k += 1
    if k == end or k + 1 >= n or tokens[k] != ",":
        return None
    first = tokens[k + 1]
    if not (first[0].isalpha() and is_cap(first)):
        return None
    name, after = name_forward(tokens, k + 1)
    if name is None or " " not in name:
        return None
    if after < n and tokens[after] not in (".", ",", ";"):
        return None
    return name
