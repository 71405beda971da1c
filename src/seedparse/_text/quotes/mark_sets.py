"""Quotation marks as one-character tokens, in the named sets the rules test tokens
against (the pairing itself is :mod:`.marks`', which owns this module).

Each set is defined once here so that two rules asking the same question see the same
marks. ``\u2019`` is both a closing single mark and the apostrophe, so a rule that
looks for a quotation in words ("no quotation in this sentence") says whether it
counts it: :data:`QUOTE_MARKS` does not, :data:`QUOTE_MARKS_WITH_APOSTROPHE` does.
"""

from __future__ import annotations

__all__ = [
    "CLOSING_DOUBLE_MARKS",
    "CLOSING_MARKS",
    "OPENING_DOUBLE_MARKS",
    "OPENING_MARKS",
    "QUOTE_MARKS",
    "QUOTE_MARKS_WITH_APOSTROPHE",
]

#: Every quotation mark but ``\u2019`` (read as an apostrophe): a sentence with one
#: of these has a quotation in it.
QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a\u2039\u203a')
#: :data:`QUOTE_MARKS` and ``\u2019``, the right single mark that is also the apostrophe.
QUOTE_MARKS_WITH_APOSTROPHE = QUOTE_MARKS | {"\u2019"}
#: The marks that open a quotation, double and single, of every convention
#: (``\u201c`` and ``\u2018`` open English quotes and close German ones).
OPENING_MARKS = frozenset('\u00ab\u201e\u201c"\u2018\u201a\u2039')
#: The marks that close a quotation, double and single, of every convention.
CLOSING_MARKS = frozenset('\u00bb\u201c\u201d"\u2019\u2018\u203a')
#: The double marks that open a quotation (guillemets, German low, English, straight).
OPENING_DOUBLE_MARKS = frozenset('\u00ab\u201e\u201c"')
#: The double marks that close a quotation (guillemets, German and English, straight).
CLOSING_DOUBLE_MARKS = frozenset('\u00bb\u201c\u201d"')
