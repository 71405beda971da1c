"""The split of a web page into its non-blank lines, with the marks every line gets.

The pure-Python path, and the oracle of the native core's ``page_lines``
(``native/src/webpage/mod.rs``), which gives the same lists in one call per page:
:class:`~seedparse.formats.webpage.lines.Page` takes whichever runs
(:mod:`seedparse._native`). Lines are split outside the page's JSON blocks (text glued
to a block's closing bracket is a line of its own), regions where a table layout ran
columns side by side are split into their cells, and each line is marked *bullet*
(a bullet character and a blank) and *prose* (see the ``lines`` module docstring).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, compress
from operator import add, itemgetter, sub
from typing import NamedTuple

from ..._text.lazyre import LazyPattern
from .cells import has_column_gap, split_cells

__all__ = ["CLOSING", "TERMINAL", "PageLines", "split_page"]

# A line of this many words is prose even without final punctuation.
_LONG_WORDS = 20
_LONG_CHARS = 2 * _LONG_WORDS

# Ideographs, kana and hangul (scripts written without spaces between words): a line
# with this many of them is prose, or a sentence when it also ends like one.
_IDEOGRAPH = LazyPattern(
    "[\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_LONG_IDEOGRAPHS = 20
_SENTENCE_IDEOGRAPHS = 8

_BULLETS = frozenset("\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u25ba*+-\u2013")
_BULLET_GAP = frozenset(" \u00a0\t")

TERMINAL = frozenset(".!?\u2026\u3002\uff01\uff1f\uff0e")
CLOSING = frozenset("\"'\u201d\u2019\u00bb)]\u300d\u300f\uff09")
_ENDERS = TERMINAL | CLOSING
_first = itemgetter(0)
_last = itemgetter(-1)


class PageLines(NamedTuple):
    """The non-blank lines of a page, one list per feature (offsets in code points)."""

    strip: list[str]
    start: list[int]
    end: list[int]
    """Where the raw line ends (its trailing blanks included)."""
    indents: list[int]
    after_block: list[bool]
    blank_before: list[bool]
    bullet: list[bool]
    prose: list[bool]
    cells: bool
    """Whether a region was split into table cells (the native core leaves those
    pages to this path)."""


def split_page(text: str, blocks: Sequence[tuple[int, int]]) -> PageLines:
    """Split ``text`` outside ``blocks`` (the JSON blocks' ``(start, end)``)."""
    lines = _Lines(text)
    pos = 0
    after_block = False
    for block_start, block_end in blocks:
        lines.add_region(pos, block_start, after_block)
        after_block = True
        line_end = text.find("\n", block_end)
        if line_end < 0:
            line_end = len(text)
        glued = text[block_end:line_end]
        if glued.strip():  # text glued to the closing bracket
            lines.add_line(glued, block_end)
            after_block = False
        pos = line_end + 1
    lines.add_region(pos, len(text), after_block)
    strip = lines.strip
    count = len(strip)
    bullet = [False] * count
    for i in [i for i, first in enumerate(map(_first, strip)) if first in _BULLETS]:
        line = strip[i]
        bullet[i] = len(line) > 1 and line[1] in _BULLET_GAP
    prose = [False] * count
    for i in [i for i, last in enumerate(map(_last, strip)) if last in _ENDERS]:
        line = strip[i]
        last = line[-1]
        if last in CLOSING and len(line) > 1:
            last = line[-2]
        prose[i] = last in TERMINAL and line.count(" ", 0, 80) >= 2
    for i in [i for i, size in enumerate(map(len, strip)) if size >= _LONG_CHARS]:
        # A long line is prose whatever its last character (bounded count).
        prose[i] = prose[i] or strip[i].count(" ", 0, 400) >= _LONG_WORDS - 1
    for i in [i for i, line in enumerate(strip) if not prose[i] and not line.isascii()]:
        # Scripts written without spaces: count ideographs and kana, not words.
        line = strip[i]
        ideographs = len(_IDEOGRAPH.findall(line, 0, 200))
        if ideographs >= _LONG_IDEOGRAPHS:
            prose[i] = True
        elif ideographs >= _SENTENCE_IDEOGRAPHS:
            last = line[-1]
            if last in CLOSING and len(line) > 1:
                last = line[-2]
            prose[i] = last in TERMINAL
    return PageLines(
        strip,
        lines.start,
        lines.end,
        lines.indents,
        lines.after_block,
        lines.blank_before,
        bullet,
        prose,
        lines.cells,
    )


class _Lines:
    """The lists being filled (internal)."""

    __slots__ = ("after_block", "blank_before", "cells", "end", "indents", "start", "strip", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.start: list[int] = []
        self.end: list[int] = []
        self.strip: list[str] = []
        self.indents: list[int] = []
        self.after_block: list[bool] = []
        self.blank_before: list[bool] = []
        self.cells = False

    def add_region(self, pos: int, stop: int, after_block: bool) -> None:
        if pos >= stop:
            return
        region = self.text[pos:stop]
        if has_column_gap(region):
            self.add_cells(region, pos, after_block)
            return
        parts = region.split("\n")
        strips = list(map(str.strip, parts))
        keep = list(compress(range(len(parts)), strips))
        if not keep:
            return
        offsets = list(accumulate(map((1).__add__, map(len, parts)), initial=pos))
        starts = list(map(offsets.__getitem__, keep))
        self.start.extend(starts)
        kept = list(map(parts.__getitem__, keep))
        self.end.extend(map(add, starts, map(len, kept)))
        self.strip.extend(map(strips.__getitem__, keep))
        self.indents.extend(map(sub, map(len, kept), map(len, map(str.lstrip, kept))))
        self.after_block.append(after_block)
        self.after_block.extend([False] * (len(keep) - 1))
        self.blank_before.append(after_block or keep[0] > 0 or pos == 0)
        self.blank_before.extend(map((1).__lt__, map(sub, keep[1:], keep)))

    def add_cells(self, region: str, pos: int, after_block: bool) -> None:
        """Add the lines of a region where a table layout ran columns side by side
        (see :func:`~seedparse.formats.webpage.cells.split_cells`)."""
        self.cells = True
        for line_start, cell_start, text, blank in split_cells(region, pos, after_block):
            self.start.append(line_start)
            self.end.append(line_start + cell_start + len(text))
            self.strip.append(text)
            self.indents.append(cell_start)
            self.after_block.append(after_block)
            after_block = False
            self.blank_before.append(blank)

    def add_line(self, raw: str, pos: int) -> None:
        self.start.append(pos)
        self.end.append(pos + len(raw))
        self.strip.append(raw.strip())
        self.indents.append(len(raw) - len(raw.lstrip()))
        self.after_block.append(True)
        self.blank_before.append(True)
