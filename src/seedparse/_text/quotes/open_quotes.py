"""The closing mark of a quotation open across paragraphs, set off by a space.

A quotation of several paragraphs is opened once and closed once; the paragraphs
between carry no closing mark (Chicago 13.30, the Imprimerie nationale's *Lexique*,
Duden). :mod:`.run_on` takes a paragraph that goes on with such a quotation when a
closing paragraph follows; it reads a closing mark by its sides, a word before it,
so that an opening mark after a space (\u201c\u2026 \u0441\u043a\u0430\u0437\u0430\u043b:
\u00ab\u2026\u201d) is never taken for the end. French typography sets the closing
guillemet off by a space (\u201c\u2026 nos supporters.\u00a0\u00bb\u201d): that mark
closes as well, when it is one that never opens a quotation of the convention the
quotation was opened with (\u00bb after \u00ab, \u201d after \u201c, \u201c or \u201d
after \u201e) and no word is glued to its right (\u201c \u201cHello\u201d opens).

Dash-line speech (Russian, Ukrainian) goes on in the next paragraph with no dash of
its own, the author's words being in the first (:func:`dash_goes_on`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cleaning import clean_text
from ..dash_lines import DASHES
from .marks import opening_mark
from .names import is_cyrillic
from .quote_state import Quote

__all__ = ["closes_spaced", "dash_goes_on"]

# The marks that close, and never open, a quotation opened with each mark.
_CLOSES_ONLY = {
    "\u00ab": "\u00bb",
    "\u201c": "\u201d",
    "\u201e": "\u201c\u201d",
}


def closes_spaced(text: str, open_at: int, close_at: int, end: int) -> bool:
    """Does the mark at ``close_at`` (a space before it, in a block ending at ``end``)
    close the quotation opened at ``open_at`` by its kind alone?"""
    if close_at >= end:
        return False
    closers = _CLOSES_ONLY.get(opening_mark(text, open_at), "")
    if text[close_at] not in closers:
        return False
    after = text[close_at + 1] if close_at + 1 < end else " "
    return not after.isalnum()


# Russian and Ukrainian personal pronouns of the first person: a paragraph of plain text
# right after a speaker's dash line that speaks in the first person goes on with it.
_FIRST_PERSON = re.compile(
    r"(?<![\w\u2019'])(?:\u044f|\u043c\u044b|\u043c\u0438|\u043c\u043d\u0435|\u043c\u0435\u043d\u0456"
    r"|\u043d\u0430\u043c|\u043c\u0435\u043d\u044f|\u043c\u0435\u043d\u0435|\u043d\u0430\u0441"
    r"|\u043c\u043d\u043e\u0439|\u043c\u043d\u043e\u044e|\u043d\u0430\u043c\u0438)(?![\w\u2019'])",
    re.IGNORECASE,
)
# The author's own formulas, which open a paragraph of the story in the first person
# plural ("Napomnim, ...", "Nahadaiemo, ...", "Ranee ...", "Po slovam ...").
_AUTHOR_OPENERS = (
    "\u043d\u0430\u043f\u043e\u043c\u043d\u0438\u043c",
    "\u043d\u0430\u0433\u0430\u0434\u0430\u0454\u043c\u043e",
    "\u043e\u0442\u043c\u0435\u0442\u0438\u043c",
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u043c\u043e",
    "\u0434\u043e\u0431\u0430\u0432\u0438\u043c",
    "\u0434\u043e\u0434\u0430\u043c\u043e",
    "\u0440\u0430\u043d\u0435\u0435",
    "\u0440\u0430\u043d\u0456\u0448\u0435",
    "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c",
    "\u0437\u0430 \u0441\u043b\u043e\u0432\u0430\u043c\u0438",
    "\u043f\u043e \u0434\u0430\u043d\u043d\u044b\u043c",
    "\u0437\u0430 \u0434\u0430\u043d\u0438\u043c\u0438",
    "\u043a\u0430\u043a ",
    "\u044f\u043a ",
    "\u043c\u044b \u0441\u0432\u044f\u0437\u0430\u043b\u0438\u0441\u044c",
    "\u043c\u0438 \u0437\u0432",
)
_MAX_GOES_ON = 600  # characters of a paragraph that goes on with a dash line, at most


def dash_goes_on(
    text: str, block: tuple[int, int], previous: tuple[int, int], before: Sequence[Quote]
) -> Quote | None:
    """The paragraph ``text[start:end]`` (no dash, no mark) as the speech of the dash
    line before it (``previous``, whose quotations are ``before``): that line's one
    quotation has a speaker and ends a sentence, and this paragraph speaks in the first
    person, is not the author's ("Napomnim, ..."), asks nothing, does not name the
    speaker and is short. Russian and Ukrainian write a speaker's second paragraph with
    no dash of its own."""
    start, end = block
    if len(before) != 1 or end - start > _MAX_GOES_ON:
        return None
    last, speaker = before[0], before[0].speaker
    dashed = text[previous[0] : previous[0] + 1] in DASHES or last.inner_start == previous[0]
    if speaker is None or last.open != previous[0] or not dashed:
        return None  # (the paragraph before is no dash line, nor one going on with it)
    said = last.text.rstrip()
    if not said.endswith((".", "!", "\u2026")):
        return None
    line = text[start:end].strip()
    if not line or not is_cyrillic(line.split()[0]) or line.endswith(("?", ":")):
        return None
    if line.lower().startswith(_AUTHOR_OPENERS) or _FIRST_PERSON.search(line) is None:
        return None
    if speaker.split()[-1] in line:
        return None  # the speaker named: the story about him
    quote = Quote(start, start, end, end)
    quote.closed = True
    quote.text = clean_text(text[start:end]).strip()
    quote.speaker = speaker
    return quote
