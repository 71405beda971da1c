"""Direct speech in a dash line that runs on into a second paragraph, whose end alone
carries the attribution: "- Tekst. Shche tekst?" then "Druhyi abzats, - zaznachyv X."
(in Cyrillic). Russian and Ukrainian write a speaker's later paragraph with no dash of
its own and close the whole speech once, after its last paragraph, so both paragraphs
are that person's, even when the first ends with a question mark (no journalist's
question: the answer's own rhetorical one).

The second paragraph must hold no quotation mark, open with neither a dash nor a mark,
and end with the attribution after a dash (spaced, or glued to the punctuation before
it: "...!- zaznachyv X."); the caller checks that the attribution has a Cyrillic speech
verb. A paragraph of narrative with a dash inside ("Remont - ne shvydka sprava.") ends
with no attribution and is left alone.
"""

from __future__ import annotations

import re

from ..dash_lines import DASHES
from .mark_sets import QUOTE_MARKS

__all__ = ["closing_attribution"]

_DC = "\u2014\u2013\\-"  # (in a character class)
_S = " \u00a0"
# A paragraph's words, then its attribution after a dash, at the end (bounded, linear).
_CLOSING = re.compile(
    f"([^\\n]{{2,2000}}?(?:[,!?\u2026]|\\.(?=[{_DC}])))[{_S}]?[{_DC}][{_S}]+"
    f'([^\\n{_DC}.!?\u00ab\u00bb"]{{3,120}})[.]?[{_S}]*'
)


def closing_attribution(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the speech of the paragraph ``text[start:end]`` ends and the words of its
    closing attribution ("- zaznachyv X."), or None: the paragraph opens with a dash or
    a mark, holds a quotation mark, or ends with no attribution after a dash."""
    if end - start < 8 or text[start] in DASHES:
        return None
    if any(char in QUOTE_MARKS for char in text[start:end]):
        return None
    match = _CLOSING.fullmatch(text, start, end)
    if match is None:
        return None
    return match.end(1), match.group(2).strip()
