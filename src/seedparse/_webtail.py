"""The tail of a web page after its article: bios, tags, disclaimer, source, related.

Used by :mod:`seedparse._boilerplate`; every function reads a bounded stretch of lines
with cheap checks (see that module for the line model).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from ._boilerplate import _Page

__all__ = [
    "ORIGIN",
    "RELATED_HEADING",
    "SOURCE",
    "TAG_PREFIX",
    "RelatedItem",
    "TagSplitter",
    "bios",
    "disclaimer",
    "is_copyright",
    "is_disclaimer",
    "related",
    "source_publication",
    "split_tags",
    "tags",
]

# Lines longer than this are never tag lines.
_MAX_TAG_LINE = 320
_TAG_SEPARATORS = " ,;|/\u2022\u00b7"
_TAG_SPLIT = re.compile(r"[,;|\u2022\u00b7]")
# A lower-case letter glued to an upper-case one (Latin, Latin-1, Greek, Cyrillic).
_GLUE = re.compile(
    r"[a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f]"
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0386-\u03ab\u0400-\u042f]"
)

# Applied to casefolded text, after a substring test: IGNORECASE alternations are slow.
_DISCLAIMER = re.compile(
    r"views (?:expressed|represented|presented)|opinions expressed|not necessarily"
    r"|disclaimer|solely those of|are (?:those|the views|the opinions) of the author"
)
_DISCLAIMER_HINTS = ("necessarily", "views", "opinion", "disclaim", "solely")
_COPYRIGHT = re.compile(r"\u00a9|\(c\) [0-9]{4}|copyright|all rights reserved")
_COPYRIGHT_HINTS = ("\u00a9", "(c)", "copyright", "rights reserved")


def is_disclaimer(folded: str) -> bool:
    """Whether a casefolded line reads like a disclaimer ("views ... not necessarily")."""
    return any(hint in folded for hint in _DISCLAIMER_HINTS) and (
        _DISCLAIMER.search(folded) is not None
    )


def is_copyright(folded: str) -> bool:
    """Whether a casefolded line is a copyright notice."""
    return any(hint in folded for hint in _COPYRIGHT_HINTS) and (
        _COPYRIGHT.search(folded) is not None
    )


ORIGIN = re.compile(
    r"(?:this (?:article|story|piece|commentary|column|op-ed|post|interview|essay)"
    r" (?:was )?)?(?:originally|first) (?:published|appeared|ran)"
    r"(?: (?:in|on|at|by))? (?P<name>[^.]{2,200})\.?",
    re.IGNORECASE,
)
SOURCE = re.compile(r"source[ ]?:[ ]?(?P<name>.{2,200})", re.IGNORECASE)
TAG_PREFIX = re.compile(
    r"(?:tags|topics|filed under|keywords|related topics|categories|category)[ ]?:[ ]?",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"(?:related|related (?:articles|stories|content|posts|reading|coverage|pieces)"
    r"|more(?: [^ ]{1,30}){0,2} (?:from|by|on|in) .{1,80}|more (?:stories|articles|news)"
    r"|you (?:may|might) also like|recommended(?: for you| reading)?|read next|up next"
    r"|most (?:read|popular|viewed)|latest(?: news| stories)?|trending(?: now)?"
    r"|further reading|what to read next|keep reading)",
    re.IGNORECASE,
)


class RelatedItem(NamedTuple):
    """A related piece listed after the article."""

    labels: tuple[str, ...]
    title: str
    summary: str | None
    author: str | None
    start: int
    end: int


class TagSplitter:
    """Splits glued tag lines (``Foreign PolicySecurityUkraine``) into their tags.

    First as a concatenation of known values (the page's JSON lists, compared
    casefolded, with optional separators between them), else at the places where a
    lower-case letter runs into an upper-case one (at least two of them).
    """

    __slots__ = ("_keys", "_ordered", "_prefixes")

    def __init__(self, lists: Sequence[Sequence[str]]) -> None:
        self._keys = {value.casefold(): value for values in lists for value in values if value}
        self._ordered = sorted(self._keys, key=len, reverse=True)[:300]
        self._prefixes = tuple(self._ordered)

    def split(self, line: str) -> tuple[str, ...] | None:
        """The tags of ``line``, or None when it is not a tag line."""
        if not line or len(line) > _MAX_TAG_LINE or line[-1] in ".!?":
            return None
        if self._prefixes:
            folded = line.casefold()
            if folded.startswith(self._prefixes) and folded.endswith(self._prefixes):
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

        Only positions where a value ends are expanded, so the cost is the number of
        such positions times the number of values.
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
            for key in self._ordered:
                if folded.startswith(key, i):
                    end = i + len(key)
                    if paths[end] is None:
                        paths[end] = (*path, self._keys[key])
        return paths[size]


def split_tags(line: str, lists: Sequence[Sequence[str]]) -> tuple[str, ...] | None:
    """Split a glued tag line with a one-off :class:`TagSplitter`."""
    return TagSplitter(lists).split(line)


def bios(page: _Page, start: int) -> list[tuple[str, str]]:
    """``(name, bio)`` for each line equal to an author's name after line ``start``:
    the lines under it up to the next name, list, blank-separated block or hard line."""
    found: list[tuple[str, str]] = []
    count = page.count
    authors = page.authors
    if not authors:
        return found
    sizes = {len(name) for name in authors}
    shortest, longest = min(sizes), max(sizes) + 4
    strip = page.strip
    i = start
    while i < count:
        if (
            shortest <= len(strip[i]) <= longest
            and not page.bullet[i]
            and page.folded(i) in authors
        ):
            name = page.clean(i)
            parts: list[str] = []
            j = i + 1
            while j < count and len(parts) < 3 and not page.blank_before[j]:
                if page.bullet[j] or page.folded(j) in authors:
                    break
                if page.is_tag_line(j) or (page.prose[j] and is_disclaimer(page.folded(j))):
                    break
                parts.append(page.clean(j))
                j += 1
            if parts and all(other != name for other, _ in found):
                found.append((name, " ".join(parts)))
            i = j
            continue
        i += 1
    return found


def tags(page: _Page, start: int) -> tuple[str, ...]:
    """The tag line of the tail (before its first list): prefixed, glued, or one value."""
    single = None
    known = {value.casefold(): value for values in page.lists for value in values}
    seen_prose = False
    for i in range(start, page.count):
        if page.bullet[i]:
            break
        if page.prose[i]:
            seen_prose = True
            continue
        key = page.folded(i)
        if key in page.authors:
            continue
        line = page.clean(i)
        prefix = TAG_PREFIX.match(line)
        if prefix is not None:
            rest = line[prefix.end() :]
            found = tuple(t for part in _TAG_SPLIT.split(rest) if (t := part.strip()))
            if found:
                return found
            continue
        glued = page.tag_split(i)
        if glued is not None:
            return glued
        if single is None and not seen_prose and key in known:
            single = known[key]
    return (single,) if single is not None else ()


def disclaimer(page: _Page, start: int) -> str | None:
    """The first sentence after line ``start`` that reads like a disclaimer."""
    for i in range(start, page.count):
        if page.prose[i] and is_disclaimer(page.folded(i)):
            return page.clean(i)
    return None


_ORIGIN_WORDS = ("riginally", "irst published", "irst appeared", "irst ran")


def source_publication(page: _Page, tail: int) -> str | None:
    """Where the piece first ran: "Originally published in X" anywhere, else the first
    "Source: X" line from the end of the body on."""
    text = page.text
    for word in _ORIGIN_WORDS:
        at = text.find(word)
        while at >= 0:
            # The line holding the hit, if any: a hit inside a JSON block or between
            # lines belongs to none, and the next search starts right after it. Either
            # way the search moves forward (a line ends after the hit it holds), so the
            # loop ends after at most one pass over the text.
            i = bisect_right(page.start, at) - 1
            if i < 0 or page.end[i] <= at:
                at = text.find(word, at + 1)
                continue
            if len(page.strip[i]) <= 400:
                origin = ORIGIN.match(page.folded(i))
                if origin is not None:
                    clean = page.clean(i)
                    return clean[origin.start("name") : origin.end("name")].strip(" .")
            at = text.find(word, page.end[i])
    for i in range(max(0, tail - 1), page.count):
        line = page.strip[i]
        if line[:6].lower() == "source" and len(line) <= 200:
            match = SOURCE.match(page.clean(i))
            if match is not None:
                return match.group("name").strip(" .")
    return None


def related(page: _Page, start: int) -> tuple[RelatedItem, ...]:
    """Bullets after line ``start`` whose indented lines describe a piece (a label, a
    title, a summary, an author), or that follow a "Related" / "More from X" heading."""
    count = page.count
    groups: list[list[int]] = []
    i = start
    after_heading = False
    while i < count:
        if page.bullet[i]:
            indent = page.indents[i]
            group = [i]
            j = i + 1
            while j < count and not page.bullet[j] and page.indents[j] > indent:
                group.append(j)
                j += 1
            if len(group) >= 3 or after_heading:
                groups.append(group)
            i = j
            continue
        line = page.strip[i]
        after_heading = len(line) < 120 and RELATED_HEADING.fullmatch(line) is not None
        i += 1
    if not groups:
        return ()
    # Labels: short lines that recur across items or are values of the page's JSON.
    recurring = Counter(page.folded(j) for group in groups for j in group)
    items: list[RelatedItem] = []
    for group in groups:
        labels: list[str] = []
        rest: list[int] = []
        for j in group:
            short = not page.prose[j] and page.strip[j].count(" ") < 4
            if (
                not rest
                and short
                and len(group) >= 3
                and (
                    recurring[page.folded(j)] > 1 or page.folded(j) in page.labels or j == group[0]
                )
            ):
                labels.append(page.clean(j))
            else:
                rest.append(j)
        if not rest:
            continue
        title = page.clean(rest[0])
        summary = next((page.clean(j) for j in rest[1:] if page.prose[j]), None)
        author = None
        last = rest[-1]
        if len(rest) > 1 and not page.prose[last] and _looks_like_names(page.clean(last)):
            author = page.clean(last)
        items.append(
            RelatedItem(
                tuple(labels), title, summary, author, page.start[group[0]], page.end[group[-1]]
            )
        )
    return tuple(items)


def _looks_like_names(line: str) -> bool:
    words = line.replace(",", " ").split()
    return 1 <= len(words) <= 12 and all(
        word[0].isupper() or word in ("and", "&") or (word.islower() and len(word) <= 3)
        for word in words
    )
