"""Table cells that a renderer ran side by side on one line.

A renderer pads a table's cells to their column's width, so a page laid out as a
table gives lines where a line of the article and a sidebar's link share one line, far
apart. This module splits such lines into their cells, so the line model reads the
sidebar's link as the short line it is; the rows of a data table stay whole lines, as
they read.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..._text.lazyre import LazyPattern

__all__ = ["COLUMN_GAP", "COLUMN_SPACES", "has_column_gap", "split_cells"]

# Blanks inside a line that separate two table cells rendered side by side: wider than
# any gap a sentence or a heading has.
COLUMN_SPACES = 12
COLUMN_GAP = LazyPattern(f"\\S[ \\t\\u00a0]{{{COLUMN_SPACES},}}\\S")
_ROW = LazyPattern(r"\S(?:.*\S)?")
_CELL = LazyPattern(f"\\S+(?:\\s{{1,{COLUMN_SPACES - 1}}}\\S+)*")


_BLANK_RUN = " " * COLUMN_SPACES


def has_column_gap(region: str) -> bool:
    """``COLUMN_GAP.search(region) is not None``, without the search on most pages: a
    gap holds :data:`COLUMN_SPACES` blanks in a row, so a region with no such run of
    spaces once tabs and no-break spaces count as spaces has none. (The regex tries
    every non-blank character of the region; the test before it is two replaces and
    one substring search, some 25 times cheaper on a page of text.)"""
    if _BLANK_RUN not in region.replace("\u00a0", " ").replace("\t", " "):
        return False
    return COLUMN_GAP.search(region) is not None


def split_cells(region: str, pos: int, after_block: bool) -> Iterator[tuple[int, int, str, bool]]:
    """The non-blank cells of ``region`` (which starts at offset ``pos`` of the page),
    as ``(line start, cell start within the line, cell text, blank line before)``.

    A further cell of a line has the same line start as the cell before it. A paragraph
    (lines with no blank line between them) where most lines have several cells is a
    data table, not a layout: each of its rows is one cell.
    """
    parts = region.split("\n")
    found = [list(_CELL.finditer(part)) for part in parts]
    table = [False] * len(parts)
    first = 0
    for stop in [*(n for n, cells in enumerate(found) if not cells), len(parts)]:
        rows = found[first:stop]
        if rows and sum(len(cells) > 1 for cells in rows) * 2 > len(rows):
            table[first:stop] = [True] * (stop - first)
        first = stop + 1
    blank = after_block or pos == 0
    line_start = pos
    for part, cells, row in zip(parts, found, table, strict=True):
        if not cells:
            blank = True
        elif row:
            cells = [_ROW.match(part, cells[0].start()) or cells[0]]
        for number, cell in enumerate(cells):
            yield line_start, cell.start(), cell.group(), blank and number == 0
            blank = False
        line_start += len(part) + 1
