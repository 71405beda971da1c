"""Bylines as web pages print them (read by the web-page and the HTML readers).

Everything here reads one clean line (entities decoded, whitespace squashed) with
bounded repetition, so a hostile line costs time linear in its length. A date printed
on the byline is read with the shared date grammar (:func:`seedparse._text.dates.find_date`).

Bylines understood: ``By A``, ``By A and B``, ``By A, B and C``, ``BY A & B``,
``Written by A``, ``Posted by A``, ``Author: A``, ``Par A et B``, ``Por A``, ``Von A und
B``, ``Door A``, ``Autor: A``, ``Автор: A``, with roles (``By A, Staff Writer``),
places (``By A in Kyiv``) and a date on the same line (``By A | Mar 13, 2025``) cut off;
and a date before the names (``on March 10, 2015 by A``, ``Posted on 3 May 2021 by A``),
which is the byline's date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from .dates import MONTHS, FoundDate, find_date
from .lazyre import LazyPattern

__all__ = ["BY_WORDS", "Byline", "is_role_line", "name_line", "name_then_time", "parse_byline"]

_HAS_YEAR = LazyPattern(r"[0-9]{4}")


class Byline(NamedTuple):
    """The names of a byline line and the date printed on it, if any."""

    names: tuple[str, ...]
    date: FoundDate | None


_BYLINE = LazyPattern(
    r"(?:(?:written |words |reported |text |posted )?by|par|por|von|door|authors?:|words:"
    r"|autor(?:in)?:|auteur:|автор:|Автор:)"
    r"[ ]?:?[ ](?P<rest>.{2,300})",
    re.IGNORECASE | re.ASCII,
)
# "on March 10, 2015 by A", "Posted on 3 May 2021 by A": a date, then "by" and the names.
_DATE_THEN_BY = LazyPattern(
    r"(?:(?:posted|published|written)[ ])?(?:on[ ])?(?P<date>[^|]{6,48}?),?[ ]by[ ]",
    re.IGNORECASE | re.ASCII,
)
_NAME_SPLIT = LazyPattern(r",[ ]|[ ](?:and|&|et|und)[ ]|;[ ]", re.IGNORECASE)
# Where the names end at the latest: a handle ("@jane"), a word with a digit ("3 hours
# ago", "12:22"), or a month name before a number (a date without a year: "March 18");
# a digit glued to a name ("Nolan22 Dec 2016") is set apart first.
_NAMES_END = LazyPattern(r"(?:^|[ ])(?:@|\S*[0-9]|(?=(?P<month>[^\W\d_]+)\.?[ ][0-9]))")
_GLUED_DIGIT = LazyPattern(r"(?<=[^\W\d_])(?=[0-9])")
_CUT = LazyPattern(r"[ ](?:[|\u2022\u00b7]|\u2013|\u2014|-)[ ]|[ ](?:in|for|at|from|on)[ ]")
_NAME_PUNCT = str.maketrans("", "", ".'\u2019-")
_ROLE_NOTE = LazyPattern(r"[ ]?\([^()0-9]{1,30}\)")
_WITH_NOTE = LazyPattern(
    r"[ ]?\((?:with|avec|mit|con|com|met)[ ](?P<names>[^()0-9]{2,80})\)", re.IGNORECASE
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "dos",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ten",
        "ter",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "di",
        "y",
        "e",
        "zu",
    }
)
_ROLE_WORDS = frozenset(
    {
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "contributor",
        "columnist",
        "staff",
        "fellow",
        "analyst",
        "director",
        "chief",
        "senior",
        "associate",
        "producer",
        "photographer",
        "bureau",
        "desk",
        "intern",
        "researcher",
        "professor",
        "lecturer",
        "expert",
        "journalist",
        "author",
        "head",
        "deputy",
        "managing",
        "contributing",
        "special",
        "political",
        "economics",
        "foreign",
        "news",
        "opinion",
        "investigative",
        "data",
        "video",
        "graphics",
        "engineer",
        "developer",
        "designer",
        "manager",
        "scientist",
        "officer",
        "advocate",
        "strategist",
        "evangelist",
        "consultant",
    }
)


# Degrees and honours printed after a name ("Brenda Goodman, MA"): no name of their own.
_POSTNOMINALS = frozenset(
    {"ma", "ba", "bsc", "msc", "md", "phd", "mph", "mba", "rn", "dds", "jd", "llm", "obe", "mbe"}
)


def _clean_name(piece: str) -> str | None:
    piece = piece.strip(" .,;:")
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return None
    if len(words) == 1 and (
        len(words[0]) < 2 or words[0].replace(".", "").lower() in _POSTNOMINALS
    ):
        return None
    capitals = piece.isupper()
    for word in words:
        lower = word.lower()
        if lower in _ROLE_WORDS:
            return None
        if len(word) > 40 or not word.translate(_NAME_PUNCT).isalpha():
            return None
        if word[0].islower() and lower not in _PARTICLES:
            return None
    if capitals and (len(words) > 1 or len(piece) > 4):  # (an agency: "AFP", "AP")
        piece = " ".join(_title_word(word) for word in words)
    return piece


def _title_word(word: str) -> str:
    if len(word) <= 2 and word.endswith("."):
        return word  # an initial
    out = []
    upper_next = True
    for ch in word:
        out.append(ch.upper() if upper_next else ch.lower())
        upper_next = ch in "-'\u2019."
    return "".join(out)


# A site prints the same bylines on many pages (and a page its own several times): the
# answers are immutable, so a crawl reads each distinct line once while it stays here.
@lru_cache(maxsize=1 << 11)
def parse_byline(line: str) -> Byline | None:
    """Read a byline such as ``By A, B and C | Mar 13, 2025``; None if not a byline.

    Roles, places and affiliations after a name are dropped (``By A, Staff Writer`` gives
    ``A``); a byline in capitals gives title-cased names.
    """
    match = _BYLINE.match(line)
    if match is None:
        return _dated_byline(line)
    rest = match.group("rest")
    date = find_date(rest) if _HAS_YEAR.search(rest) is not None else None
    if date is not None:
        head = rest[: date.start]
        # a date before the names ("By 2030, ...") is not a byline
        if not head.strip(" ,|-\u2022\u00b7\u2013\u2014"):
            return None
        rest = head
        offset = match.start("rest")
        date = FoundDate(date.value, date.text, date.start + offset, date.end + offset)
    if "(" in rest:
        # "A (avec B et C)": the co-authors; "A (reporting) and B (photography)": the
        # part each wrote.
        rest = _ROLE_NOTE.sub("", _WITH_NOTE.sub(r", \g<names>", rest))
    cut = _CUT.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    rest = _GLUED_DIGIT.sub(" ", rest)
    for end in _NAMES_END.finditer(rest):
        month = end.group("month")
        if month is None or month.lower() in MONTHS:
            rest = rest[: end.start()]
            break
    names: list[str] = []
    for piece in _NAME_SPLIT.split(rest):
        name = _clean_name(piece)
        if name is None:
            if names:
                break  # a role or an affiliation: the names are over
            return None
        names.append(name)
    if not names or not names[0][0].isupper():
        return None
    return Byline(tuple(names), date)


# "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago", "A B \u2022 8h": a
# name of two to four words, a separator or a space, then when it was posted.
_NAME_THEN_TIME = LazyPattern(
    r"(?P<name>[^\W\d_][\w.'\u2019-]*(?:[ ][^\W\d_][\w.'\u2019-]*){1,3})"
    r"(?:[ ]?[-\u2013\u2014\u2022\u00b7|][ ]?|[ ])(?P<when>.{2,80})"
)
_AGO = LazyPattern(
    r"[0-9]{1,2}[ ]?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|weeks?)(?:[ ]ago)?",
    re.IGNORECASE | re.ASCII,
)


def name_then_time(line: str) -> Byline | None:
    """A byline without "By": one person's name, then only when the piece was posted
    (a date with its time, maybe a count after it, or "3 hours ago"). A place before
    a date ("Kyiv, 3 May 2024") is a dateline, kept out by its comma; a headline over
    a date without a time ("Cup Final - May 28, 2022") is no byline. Comments print
    their authors so too: only the header reads it, near the body's top, when no
    other byline is there (not :func:`parse_byline`, which the page's layout uses)."""
    for found in _NAME_THEN_TIME.finditer(line):
        if found.start() != 0:
            break
        when = found.group("when")
        date = find_date(when)
        if (
            date is not None
            and date.start == 0
            and isinstance(date.value, dt.datetime)  # a posting time, not a day's event
            and not when[date.end :].strip(" ,|0-9")
        ):
            name = _clean_name(found.group("name"))
            if name is not None:
                offset = found.start("when")
                at = FoundDate(date.value, date.text, date.start + offset, date.end + offset)
                return Byline((name,), at)
        if _AGO.fullmatch(when) is not None:
            name = _clean_name(found.group("name"))
            return Byline((name,), None) if name is not None else None
    return None


# "by" on a line of its own, the names on the next ("por" / "• César Salza").
BY_WORDS = frozenset({"by", "par", "por", "von", "door", "av", "af", "di", "автор:"})


def name_line(line: str) -> str | None:
    """The name on a line that is one person's name and nothing else: two to four
    capitalised words (particles allowed: "Michiel de Jong"), no role word, no digit,
    maybe after a list bullet ("• Hazel Sheffield"); None for any other line."""
    line = line.lstrip("•·*- ")
    if not 2 <= line.count(" ") + 1 <= 4 or not line[:1].isupper():
        return None
    return _clean_name(line)


def is_role_line(line: str) -> bool:
    """A line naming a job and nothing else ("Games Editor", "Staff Writer")."""
    words = line.lower().split()
    return 1 <= len(words) <= 4 and words[-1] in _ROLE_WORDS


def _dated_byline(line: str) -> Byline | None:
    """``on March 10, 2015 by A``: a line that is a date and then a byline; the names
    are the byline's, the date is the whole date part (nothing else before "by")."""
    lead = _DATE_THEN_BY.match(line)
    if lead is None:
        return None
    date = find_date(lead.group("date"))
    if date is None or lead.group("date")[date.end :].strip(" ,"):
        return None
    head = lead.group("date")[: date.start].strip(" ,")
    if head and not (head.isalpha() and len(head) <= 12):
        return None  # (a weekday may open the date: "Tuesday 15 October 2019 by A")
    byline = parse_byline(line[lead.end("date") :].lstrip(" ,"))
    if byline is None or byline.date is not None:
        return None
    offset = lead.start("date")
    found = FoundDate(date.value, date.text, date.start + offset, date.end + offset)
    return Byline(byline.names, found)
