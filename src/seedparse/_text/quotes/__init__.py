"""Direct quotations and who said them: the lexicon, the quotation marks, names, and the
attribution of each quote to a speaker (:class:`QuoteFinder`).
"""

from __future__ import annotations

from .attribution import (
    MAX_MARKS_PER_BLOCK,
    PRONOUNS,
    SPEECH_VERBS,
    QuoteFinder,
    find_quotations,
    verb_forms,
)

__all__ = [
    "MAX_MARKS_PER_BLOCK",
    "PRONOUNS",
    "SPEECH_VERBS",
    "QuoteFinder",
    "find_quotations",
    "verb_forms",
]
