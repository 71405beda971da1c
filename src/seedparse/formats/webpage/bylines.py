"""Bylines and publication dates as web pages print them.

Everything here reads one clean line (entities decoded, whitespace squashed) and uses
ASCII-only grammars (``[0-9]``, never ``\\d``) with bounded repetition, so a hostile
line costs time linear in its length.

Dates understood (English month names, full or abbreviated, any case)::

    Mar 13, 2025            March 13th, 2025         13 March 2025
    Published on Mar 13, 2025                        Updated: 2025-03-13
    16 November 2017 • 2:15pm                        March 3, 2024 at 10:30 a.m. ET
    2025-03-13T09:30:00+03:00 (ISO 8601, also from JSON)

Bylines understood: ``By A``, ``By A and B``, ``By A, B and C``, ``BY A & B``,
``Written by A``, ``Author: A``, with roles (``By A, Staff Writer``), places
(``By A in Kyiv``) and a date on the same line (``By A | Mar 13, 2025``) cut off.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

__all__ = [
    "Byline",
    "FoundDate",
    "find_date",
    "is_date_line",
    "parse_byline",
    "parse_iso_date",
]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<{g}>[0-9]{{1,2}})(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>[0-9]{{4}})"
_TIME = (
    r"(?:[ ]?(?:[,|\u2022\u00b7/-]|\u2013|\u2014|at)?[ ]?"
    r"(?P<hour>[0-9]{1,2})[:.](?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?"
    r"[ ]?(?P<ampm>[ap]\.?[ ]?m\.?(?![a-z]))?"
    r"(?:[ ]?(?P<tz>utc|gmt|z)(?![a-z]))?)?"
)
_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?:"
    + _MONTH.format(g="m1")
    + r"[ ]"
    + _DAY.format(g="d1")
    + r",?[ ]"
    + _YEAR.format(g="y1")
    + r"|"
    + _DAY.format(g="d2")
    + r"[ ](?:of[ ])?"
    + _MONTH.format(g="m2")
    + r",?[ ]"
    + _YEAR.format(g="y2")
    + r"|(?P<y3>[0-9]{4})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2})"
    r"(?:[T ](?P<ih>[0-9]{2}):(?P<imin>[0-9]{2})"
    r"(?::(?P<isec>[0-9]{2})(?:\.[0-9]{1,9})?)?(?P<itz>Z|[+-][0-9]{2}:?[0-9]{2})?)?"
    r")(?![0-9])" + _TIME,
    re.IGNORECASE | re.ASCII,
)
# Words that may surround a date on a line of its own ("Published on", "Updated:").
_DATE_LINE_WORDS = re.compile(
    r"(?:first |last |originally )?(?:published|updated|posted|modified|created|date|released)"
    r"(?: on| at)?|on|at|[|\u2022\u00b7:,()\[\]\u2013\u2014/-]",
    re.IGNORECASE | re.ASCII,
)
_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?",
    re.ASCII,
)


_HAS_YEAR = re.compile(r"[0-9]{4}")


class FoundDate(NamedTuple):
    """A date found in a line: its value, the text as found and where it is."""

    value: dt.date | dt.datetime
    text: str
    start: int
    end: int


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm[0] in "pP"
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def find_date(line: str) -> FoundDate | None:
    """The first full date (with its time, if printed right after it) in ``line``."""
    for match in _DATE.finditer(line):
        value = _date_value(match)
        if value is not None:
            return FoundDate(value, match.group(0).strip(" ,|-"), match.start(), match.end())
    return None


def _date_value(match: re.Match[str]) -> dt.date | dt.datetime | None:
    groups = match.groupdict()
    try:
        if groups["y3"]:
            if groups["ih"] is not None:
                return parse_iso_date(match.group(0).strip())
            day = dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
        else:
            month_name = (groups["m1"] or groups["m2"] or "").lower()[:3]
            year = int(groups["y1"] or groups["y2"])
            day_of_month = int(groups["d1"] or groups["d2"])
            day = dt.date(year, _MONTHS[month_name], day_of_month)
        if groups["hour"] is None:
            return day
        hour = int(groups["hour"])
        if groups["ampm"] and not 1 <= hour <= 12:
            return day
        tzinfo = dt.UTC if groups["tz"] else None
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            _hour24(hour, groups["ampm"]),
            int(groups["minute"]),
            int(groups["second"] or 0),
            tzinfo=tzinfo,
        )
    except (ValueError, KeyError, OverflowError):
        return None


def parse_iso_date(text: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time (``2025-03-13``, ``2025-03-13T09:30:00Z``), or None."""
    text = text.strip()
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None


def is_date_line(line: str, found: FoundDate) -> bool:
    """Whether ``line`` is nothing but ``found`` plus words like "Published on"."""
    rest = line[: found.start] + " " + line[found.end :]
    return not _DATE_LINE_WORDS.sub("", rest).strip()


class Byline(NamedTuple):
    """The names of a byline line and the date printed on it, if any."""

    names: tuple[str, ...]
    date: FoundDate | None


_BYLINE = re.compile(
    r"(?:(?:written |words |reported |text )?by|authors?:|words:)[ ]?:?[ ](?P<rest>.{2,300})",
    re.IGNORECASE | re.ASCII,
)
_NAME_SPLIT = re.compile(r",[ ]|[ ](?:and|&)[ ]|;[ ]", re.IGNORECASE)
_CUT = re.compile(r"[ ](?:[|\u2022\u00b7]|\u2013|\u2014|-)[ ]|[ ](?:in|for|at|from|on)[ ]")
_NAME_PUNCT = str.maketrans("", "", ".'\u2019-")
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
    }
)


def _clean_name(piece: str) -> str | None:
    piece = piece.strip(" .,;:")
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return None
    if len(words) == 1 and len(words[0]) < 2:
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
    if capitals:
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


def parse_byline(line: str) -> Byline | None:
    """Read a byline such as ``By A, B and C | Mar 13, 2025``; None if not a byline.

    Roles, places and affiliations after a name are dropped (``By A, Staff Writer`` gives
    ``A``); a byline in capitals gives title-cased names.
    """
    match = _BYLINE.match(line)
    if match is None:
        return None
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
    cut = _CUT.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
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
