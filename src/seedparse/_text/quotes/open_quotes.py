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
"""

from __future__ import annotations

from .marks import opening_mark

__all__ = ["closes_spaced"]

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
