"""The lines of an article: each non-blank line with its offsets and clean text, the
blocks they are grouped into, and the shape tests both are read with (does a line end
a sentence, is it a headline, a stray number, in which script is it written).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from ..._text.cleaning import clean_text

__all__ = [
    "QUOTE_STARTS",
    "Block",
    "Line",
    "headline_like",
    "is_stray",
    "is_terminal",
    "prose",
    "script",
    "split_lines",
    "starts_lower",
    "wrap_width",
]
_CLOSERS = "\"'\u2019\u201d\u00bb\u203a)]}*_"
_TERMINAL = frozenset(".!?\u2026:;")
QUOTE_STARTS = frozenset("\"'\u201c\u201e\u00ab\u2018\u201a\u2039\u300c")
_STRAY_START = frozenset("0123456789.,:/+#%-")
_STRAY = re.compile(r"[0-9.,:/+#%\s\u00a0-]{1,20}")


def is_terminal(text: str) -> bool:
    """Does ``text`` end a sentence (final punctuation, maybe inside closing marks)?"""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def prose(text: str) -> bool:
    """Body text rather than a label: it ends a sentence or runs to ten words."""
    return is_terminal(text) or text.count(" ") >= 9


def is_stray(text: str) -> bool:
    """A line that is only a number or digits and punctuation ("12", "3/4", "+1")."""
    if text[0] not in _STRAY_START or len(text) > 20:
        return False
    return _STRAY.fullmatch(text) is not None and any("0" <= c <= "9" for c in text)


def script(text: str) -> str:
    """The script of the first letter of ``text`` ("LATIN", "CYRILLIC", \u2026)."""
    for ch in text:
        if ch.isalpha():
            if ch < "\u0250":
                return "LATIN"
            if "\u0400" <= ch < "\u0530":
                return "CYRILLIC"
            name = unicodedata.name(ch, "")
            return name.split(" ", 1)[0]
    return ""


def starts_lower(text: str) -> bool:
    first = text[0]
    return first.islower() or (first in QUOTE_STARTS and len(text) > 1 and text[1].islower())


def headline_like(text: str, *, max_words: int, max_chars: int, allow_question: bool) -> bool:
    """Short, starting with a capital or digit, without sentence-final punctuation."""
    if len(text) > max_chars or not text[0].isalnum() or text[0].islower():
        return False
    words = text.count(" ") + 1
    if words > max_words or not any(c.isalpha() for c in text):
        return False
    if words == 1 and (len(text) < 3 or not text[0].isupper()):
        return False
    if is_terminal(text):
        stripped = text.rstrip(_CLOSERS)
        if not (allow_question and stripped[-1] in "?!" and words <= 15):
            return False
        inner = stripped[:-1]
        if any(mark in inner for mark in (". ", "? ", "! ")):
            return False
    return True


class Line:
    """A non-blank line of the text (internal)."""

    __slots__ = ("after_blank", "clean", "end", "raw", "start")

    def __init__(self, start: int, end: int, raw: str, after_blank: bool) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.after_blank = after_blank
        self.clean = clean_text(raw)


class Block:
    """A paragraph, heading or list item being built (internal)."""

    __slots__ = ("end", "kind", "level", "lines", "start", "text")

    def __init__(self, line: Line, kind: str, level: int = 0) -> None:
        self.start = line.start
        self.end = line.end
        self.kind = kind
        self.level = level
        self.lines = [line]
        self.text = ""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets (surrounding whitespace
    excluded). A line of markup only (``<br>``) counts as blank."""
    lines: list[Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            line = Line(start, start + len(stripped), stripped, blank)
            if line.clean:
                lines.append(line)
                blank = False
            else:
                blank = True
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def wrap_width(lines: Sequence[Line]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped text has a maximum line length of at most 120 and several long lines that
    stop mid-sentence before the next line of the same paragraph; text with one
    paragraph per line has long lines that end sentences. The first line (a title,
    often) does not count towards the width. The width is returned
    negative when blank lines do not separate the paragraphs (then a line that ends a
    sentence also ends its paragraph)."""
    if len(lines) < 4:
        return 0
    width = max(len(line.clean) for line in lines[1:])  # a title is not wrapped
    if width > 120:
        return 0
    long_lines = 0
    open_ends = 0
    for here, after in itertools.pairwise(lines):
        if len(here.clean) >= 0.75 * width:
            long_lines += 1
            if not after.after_blank and not is_terminal(here.clean):
                open_ends += 1
    if open_ends < 2 or open_ends * 4 < long_lines:
        return 0
    return width if any(line.after_blank for line in lines[1:]) else -width
