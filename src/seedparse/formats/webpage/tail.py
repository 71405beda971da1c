"""The tail of a web page after its article: bios, tags, disclaimer, source, related.

Used by :mod:`seedparse.formats.webpage.body`; every function reads a bounded stretch
of lines of a :class:`~seedparse.formats.webpage.lines.Page` with cheap checks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import chain
from typing import NamedTuple

from ..._text.lazyre import LazyPattern
from .lines import ORIGIN, RELATED_HEADING, SOURCE, TAG_PREFIX, Page, is_disclaimer

__all__ = ["RelatedItem", "bios", "disclaimer", "related", "source_publication", "tags"]

_TAG_SPLIT = LazyPattern(r"[,;|\u2022\u00b7]")
# The characters a line matching RELATED_HEADING may open with (IGNORECASE: the first
# letters of its words, either case, and the Kelvin sign for "k"): the cheap test
# before the pattern, on every line of the tail.
RELATED_FIRST = frozenset("rRmMyYuUlLtTfFwWkK\u212a")


class RelatedItem(NamedTuple):
    """A related piece listed after the article."""

    labels: tuple[str, ...]
    title: str
    summary: str | None
    author: str | None
    start: int
    end: int


def bios(page: Page, start: int) -> list[tuple[str, str]]:
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


def tags(page: Page, start: int) -> tuple[str, ...]:
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


def disclaimer(page: Page, start: int) -> str | None:
    """The first sentence after line ``start`` that reads like a disclaimer."""
    for i in range(start, page.count):
        if page.prose[i] and is_disclaimer(page.folded(i)):
            return page.clean(i)
    return None


_ORIGIN_WORDS = ("riginally", "irst published", "irst appeared", "irst ran")
# The three "first" words share their start: one search for it finds the places of all
# three (a pass over the page instead of three).
_FIRST = "irst "


def _places(text: str, word: str) -> list[int]:
    """Every position where ``word`` occurs in ``text`` (overlapping ones too)."""
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    return places


def source_publication(page: Page, tail: int) -> str | None:
    """Where the piece first ran: "Originally published in X" anywhere, else the first
    "Source: X" line from the end of the body on."""
    text = page.text
    firsts: list[int] | None = None
    for word in _ORIGIN_WORDS:
        if word.startswith(_FIRST):
            if firsts is None:
                firsts = _places(text, _FIRST)
            places = [at for at in firsts if text.startswith(word, at)]
        else:
            places = _places(text, word)
        after = 0  # the end of the last line read: its other hits are passed over
        for at in places:
            if at < after:
                continue
            # The line holding the hit, if any: a hit inside a JSON block or between
            # lines belongs to none.
            i = bisect_right(page.start, at) - 1
            if i < 0 or page.end[i] <= at:
                continue
            if len(page.strip[i]) <= 400:
                origin = ORIGIN.match(page.folded(i))
                if origin is not None:
                    clean = page.clean(i)
                    return clean[origin.start("name") : origin.end("name")].strip(" .")
            after = page.end[i]
    for i in range(max(0, tail - 1), page.count):
        line = page.strip[i]
        if line[:6].lower() == "source" and len(line) <= 200:
            match = SOURCE.match(page.clean(i))
            if match is not None:
                return match.group("name").strip(" .")
    return None


def related(page: Page, start: int) -> tuple[RelatedItem, ...]:
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
        after_heading = (
            len(line) < 120
            and line[0] in RELATED_FIRST
            and RELATED_HEADING.fullmatch(line) is not None
        )
        i += 1
    if not groups:
        return ()
    # Labels: short lines that recur across items or are values of the page's JSON.
    recurring = Counter(map(page.folded, chain.from_iterable(groups)))
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
