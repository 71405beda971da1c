"""Glued tag lines of a web page (``Foreign PolicySecurityUkraine``) split into their
tags: by the page's own JSON values first, else at the case changes."""

from __future__ import annotations

from collections.abc import Sequence

from ..._text.lazyre import LazyPattern

__all__ = ["TagSplitter", "split_tags"]

# Lines longer than this are never tag lines.
_MAX_TAG_LINE = 320
_TAG_SEPARATORS = " ,;|/\u2022\u00b7"

# A lower-case letter glued to an upper-case one (Latin, Latin-1, Greek, Cyrillic).
_GLUE = LazyPattern(
    r"[a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f]"
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0386-\u03ab\u0400-\u042f]"
)


class TagSplitter:
    """Splits glued tag lines (``Foreign PolicySecurityUkraine``) into their tags.

    First as a concatenation of known values (the page's JSON lists, compared
    casefolded, with optional separators between them), else at the places where a
    lower-case letter runs into an upper-case one (at least two of them).
    """

    __slots__ = ("_ends", "_keys", "_ordered", "_prefixes", "_starts")

    def __init__(self, lists: Sequence[Sequence[str]]) -> None:
        self._keys = {value.casefold(): value for values in lists for value in values if value}
        self._ordered = sorted(self._keys, key=len, reverse=True)[:300]
        self._prefixes = tuple(self._ordered)
        # The values by their first and by their last character: a line starts (ends)
        # with a value only if it starts (ends) with one of those that share its first
        # (last) character, so each test compares a few values, not all of them.
        starts: dict[str, list[str]] = {}
        ends: dict[str, list[str]] = {}
        for key in self._ordered:
            starts.setdefault(key[0], []).append(key)
            ends.setdefault(key[-1], []).append(key)
        self._starts = {c: tuple(keys) for c, keys in starts.items()}
        self._ends = {c: tuple(keys) for c, keys in ends.items()}

    def split(self, line: str) -> tuple[str, ...] | None:
        """The tags of ``line``, or None when it is not a tag line."""
        if not line or len(line) > _MAX_TAG_LINE or line[-1] in ".!?":
            return None
        if self._prefixes:
            folded = line.casefold()
            if folded.startswith(self._starts.get(folded[0], ())) and folded.endswith(
                self._ends.get(folded[-1], ())
            ):
                found = self._split_known(folded)
                if found is not None and len(found) >= 2:
                    return found
        cuts = [match.start() + 1 for match in _GLUE.finditer(line)]
        if len(cuts) < 2 or "  " in line:
            return None
        parts: list[str] = []
        previous = 0
        for cut in (*cuts, len(line)):
            parts.append(line[previous:cut].strip(_TAG_SEPARATORS))
            previous = cut
        if not all(parts) or any(part.count(" ") > 4 for part in parts):
            return None
        return tuple(parts)

    def _split_known(self, folded: str) -> tuple[str, ...] | None:
        """Cover ``folded`` with known values, longest first, left to right.

        Only positions where a value ends are expanded, each with the values that
        start with its character, so the cost is at most the number of such positions
        times the number of values.
        """
        size = len(folded)
        paths: list[tuple[str, ...] | None] = [None] * (size + 1)
        paths[0] = ()
        for i in range(size):
            path = paths[i]
            if path is None:
                continue
            if folded[i] in _TAG_SEPARATORS:
                if paths[i + 1] is None:
                    paths[i + 1] = path
                continue
            # The values that can start here, longest first (as in _ordered).
            for key in self._starts.get(folded[i], ()):
                if folded.startswith(key, i):
                    end = i + len(key)
                    if paths[end] is None:
                        paths[end] = (*path, self._keys[key])
        return paths[size]


def split_tags(line: str, lists: Sequence[Sequence[str]]) -> tuple[str, ...] | None:
    """Split a glued tag line with a one-off :class:`TagSplitter`."""
    return TagSplitter(lists).split(line)
