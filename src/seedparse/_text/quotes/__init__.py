"""Direct quotations and who said them: the lexicon, the quotation marks, names, the
attribution grammar, context resolution, and :class:`QuoteFinder` that runs them.

The entry point is :func:`find_quotations` (or :meth:`QuoteFinder.find` with other
speech verbs): given a text and its body blocks, in reading order, it returns one list
of ``quotation`` citations per block, each with the quoted words and, when the text
tells, the speaker.
"""

from __future__ import annotations

from .finder import QuoteFinder, find_quotations, quotation_records
from .label_lines import labelled_quote
from .lexicon import PRONOUNS, SPEECH_VERBS, verb_forms
from .marks import MAX_MARKS_PER_BLOCK

__all__ = [
    "MAX_MARKS_PER_BLOCK",
    "PRONOUNS",
    "SPEECH_VERBS",
    "QuoteFinder",
    "find_quotations",
    "labelled_quote",
    "quotation_records",
    "verb_forms",
]
