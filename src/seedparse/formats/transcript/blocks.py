"""The block structure of a note, line by line: what kind of line each is (blank, text,
heading, rule, code fence, quote, list item), how far it is indented, and the table
helpers (delimiter rows, cells split outside wiki-links). Markdown as notes write it.
"""

from __future__ import annotations

import itertools

from ..._text.lazyre import LazyPattern

__all__ = [
    "BLANK",
    "FENCE",
    "FENCE_OPEN",
    "HEADING",
    "HR",
    "ITEM",
    "QUOTE",
    "TEXT",
    "classify",
    "is_table",
    "table_cells",
]

# Line shapes. Every pattern is anchored at a line start and has bounded or
# non-overlapping repetitions.
_ORDERED = LazyPattern(r"([0-9]{1,9})[.)](?:[ \t]+|$)")
FENCE = LazyPattern(r"(`{3,}|~{3,})(.*)")

# Line kinds.
BLANK, TEXT, HEADING, HR, FENCE_OPEN, QUOTE, ITEM = range(7)


def _columns(prefix: str) -> int:
    """Width of leading blanks, a tab advancing to the next multiple of 4."""
    width = 0
    for char in prefix:
        width = width + 4 - width % 4 if char == "\t" else width + 1
    return width


def classify(line: str) -> tuple[int, int, int]:
    """``(kind, column, extra)`` of one line.

    ``column`` is the indentation width. ``extra`` is, by kind: the content offset in
    the line (heading, item; negative for an ordered item that does not start at 1),
    the fence offset (fence), the heading level in ``column``'s place for headings.
    """
    if not line or line.isspace():
        return BLANK, 0, 0
    first = line[0]
    offset = 0
    column = 0
    if first == " " or first == "\t":
        stripped = line.lstrip(" \t")
        offset = len(line) - len(stripped)
        column = _columns(line[:offset])
        first = stripped[0]
    if first == "#" and column < 4:
        hashes = len(line) - offset - len(line[offset:].lstrip("#"))
        after = offset + hashes
        if hashes <= 6 and (after == len(line) or line[after] in " \t\r"):
            while after < len(line) and line[after] in " \t":
                after += 1
            return HEADING, hashes, after
        return TEXT, column, offset
    if first in "*-+_":
        squeezed = line[offset:].replace(" ", "").replace("\t", "").rstrip("\r")
        if first != "+" and len(squeezed) >= 3 and squeezed == first * len(squeezed):
            return HR, column, offset
        if first != "_":
            after = offset + 1
            if after == len(line) or line[after] in " \t\r":
                while after < len(line) and line[after] in " \t\r":
                    after += 1
                return ITEM, column, after
        return TEXT, column, offset
    if first in "0123456789":
        ordered = _ORDERED.match(line, offset)
        if ordered is not None:
            number = int(ordered.group(1))
            return ITEM, column, ordered.end() if number == 1 else -ordered.end()
        return TEXT, column, offset
    if first == ">":
        return QUOTE, column, offset
    if first == "`" or first == "~":
        fence = FENCE.match(line, offset)
        if fence is not None and not (first == "`" and "`" in fence.group(2)):
            return FENCE_OPEN, column, offset
    return TEXT, column, offset


def _is_delimiter_row(line: str) -> bool:
    row = line.strip(" \t\r")
    if "-" not in row or not (set(row) <= set("|:- \t")):
        return False
    if "|" not in row and row.count("-") < 3:
        return False
    cells = row.strip("|").split("|")
    return all(cell.strip(" \t") and "-" in cell for cell in cells)


def is_table(lines: list[str], index: int) -> bool:
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and "|" in lines[index + 1]
        and _is_delimiter_row(lines[index + 1])
    )


_WIKI_SPAN = LazyPattern(r"\[\[[^\[\]\n]{1,4096}\]\]")
_BAR = LazyPattern(r"(?<!\\)\|")


def table_cells(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a table row: split at ``|`` outside wiki-links
    and not escaped, outer pipes and blanks dropped."""
    protected = [(m.start(), m.end()) for m in _WIKI_SPAN.finditer(line)]
    bars: list[int] = []
    guard = 0
    for bar in _BAR.finditer(line):
        index = bar.start()
        while guard < len(protected) and protected[guard][1] <= index:
            guard += 1
        if guard < len(protected) and protected[guard][0] <= index:
            continue
        bars.append(index)
    edges = [-1, *bars, len(line)]
    cells: list[tuple[int, int]] = []
    for left, right in itertools.pairwise(edges):
        start, end = left + 1, right
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t\r":
            end -= 1
        cells.append((start, end))
    if bars and not line[: bars[0]].strip():
        cells = cells[1:]
    if bars and not line[bars[-1] + 1 :].strip():
        cells = cells[:-1]
    return cells
