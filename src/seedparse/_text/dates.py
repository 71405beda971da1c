"""Dates as texts print them: one grammar for every reader.

The grammar (day, month name, year, time of day, zone; ISO 8601 and ``13.03.2025``)
is compiled once, into :data:`_DATE`, and asked three questions:

* :func:`parse_dateline`: is this line a date (perhaps after a short label), what is
  the date text, and which date is it when that is fully known? The article reader's
  header and the web-page reader's date lines ask this, so both read a date line alike.
* :func:`find_date`: the first full date inside a longer text (a byline
  ``By A | Mar 13, 2025``, a JSON date that is not ISO), with its position.
* :func:`parse_iso_date`: an ISO 8601 date or date-time, as JSON-LD and YAML front
  matter write them.

Digits are ASCII only (``[0-9]``): other digit systems are text, not dates. Every
repetition is bounded, so a hostile line costs time linear in its length.

Shapes recognised (case-insensitive month and weekday names in English, French,
German, Spanish, Italian, Portuguese, Dutch, Polish, Ukrainian and Russian, full or
abbreviated)::

    11 December 18:16             13 March 2025           13 March, 2025
    Mar 13, 2025                  March 13 2025, 10:30 am
    Monday, 30 March 2022         Mon 30 Mar 2022 18:16 UTC
    2025-03-13                    2025-03-13T10:00:00+02:00
    13.03.2025 18:16              18:16, 11 December 2025
    Published on Mar 13, 2025     Updated: 13 March 2025 | 18:16

A short label of up to three words may come first ("Published on", "Updated:"); it is
not part of the date text. A year is never invented: a date without one gives
``published`` None and still a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .lazyre import LazyPattern

__all__ = [
    "DATELINE_MAX_CHARS",
    "DATE_LABEL_WORDS",
    "FIND_DATE_CHARS",
    "MONTHS",
    "WEEKDAYS",
    "FoundDate",
    "date_of_run_on_line",
    "find_date",
    "first_of_dated_line",
    "glued_date",
    "parse_dateline",
    "parse_iso_date",
]


def _table(groups: tuple[str, ...]) -> dict[str, int]:
    """Map every name in ``groups[i]`` (space-separated) to ``i + 1``."""
    table: dict[str, int] = {}
    for number, names in enumerate(groups, start=1):
        for name in names.split():
            table[name] = number
    return table


#: Month names and abbreviations (lower case, without a trailing period) to 1-12.
MONTHS: dict[str, int] = _table(
    (
        "january jan janvier janv januar j\u00e4nner enero gennaio janeiro januari "
        "stycze\u0144 stycznia \u0441\u0456\u0447\u0435\u043d\u044c \u0441\u0456\u0447\u043d\u044f "
        "\u044f\u043d\u0432\u0430\u0440\u044c \u044f\u043d\u0432\u0430\u0440\u044f",
        "february feb febr f\u00e9vrier fevrier f\u00e9vr februar febrero febbraio fevereiro "
        "februari luty lutego \u043b\u044e\u0442\u0438\u0439 \u043b\u044e\u0442\u043e\u0433\u043e "
        "\u0444\u0435\u0432\u0440\u0430\u043b\u044c \u0444\u0435\u0432\u0440\u0430\u043b\u044f",
        "march mar mars m\u00e4rz maerz marzo mar\u00e7o marco maart marzec marca "
        "\u0431\u0435\u0440\u0435\u0437\u0435\u043d\u044c "
        "\u0431\u0435\u0440\u0435\u0437\u043d\u044f "
        "\u043c\u0430\u0440\u0442 \u043c\u0430\u0440\u0442\u0430",
        "april apr avril avr abril aprile kwiecie\u0144 kwietnia "
        "\u043a\u0432\u0456\u0442\u0435\u043d\u044c \u043a\u0432\u0456\u0442\u043d\u044f "
        "\u0430\u043f\u0440\u0435\u043b\u044c \u0430\u043f\u0440\u0435\u043b\u044f",
        "may mai mayo maggio maio mei maj maja "
        "\u0442\u0440\u0430\u0432\u0435\u043d\u044c \u0442\u0440\u0430\u0432\u043d\u044f "
        "\u043c\u0430\u0439 \u043c\u0430\u044f",
        "june jun juin juni junio giugno junho czerwiec czerwca "
        "\u0447\u0435\u0440\u0432\u0435\u043d\u044c \u0447\u0435\u0440\u0432\u043d\u044f "
        "\u0438\u044e\u043d\u044c \u0438\u044e\u043d\u044f",
        "july jul juillet juil juli julio luglio julho lipiec lipca "
        "\u043b\u0438\u043f\u0435\u043d\u044c \u043b\u0438\u043f\u043d\u044f "
        "\u0438\u044e\u043b\u044c \u0438\u044e\u043b\u044f",
        "august aug ao\u00fbt aout agosto augustus sierpie\u0144 sierpnia "
        "\u0441\u0435\u0440\u043f\u0435\u043d\u044c \u0441\u0435\u0440\u043f\u043d\u044f "
        "\u0430\u0432\u0433\u0443\u0441\u0442 \u0430\u0432\u0433\u0443\u0441\u0442\u0430",
        "september sep sept septembre septiembre setiembre settembre setembro "
        "wrzesie\u0144 wrze\u015bnia "
        "\u0432\u0435\u0440\u0435\u0441\u0435\u043d\u044c "
        "\u0432\u0435\u0440\u0435\u0441\u043d\u044f "
        "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044c "
        "\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f",
        "october oct octobre oktober okt octubre ottobre outubro pa\u017adziernik "
        "pa\u017adziernika \u0436\u043e\u0432\u0442\u0435\u043d\u044c "
        "\u0436\u043e\u0432\u0442\u043d\u044f \u043e\u043a\u0442\u044f\u0431\u0440\u044c "
        "\u043e\u043a\u0442\u044f\u0431\u0440\u044f",
        "november nov novembre noviembre novembro listopad listopada "
        "\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434 "
        "\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430 "
        "\u043d\u043e\u044f\u0431\u0440\u044c \u043d\u043e\u044f\u0431\u0440\u044f",
        "december dec d\u00e9cembre decembre d\u00e9c dezember dez diciembre dicembre "
        "dezembro grudzie\u0144 grudnia \u0433\u0440\u0443\u0434\u0435\u043d\u044c "
        "\u0433\u0440\u0443\u0434\u043d\u044f \u0434\u0435\u043a\u0430\u0431\u0440\u044c "
        "\u0434\u0435\u043a\u0430\u0431\u0440\u044f",
    )
)

#: Weekday names and abbreviations (lower case) to 1 (Monday) - 7 (Sunday).
WEEKDAYS: dict[str, int] = _table(
    (
        "monday mon lundi montag lunes luned\u00ec lunedi maandag poniedzia\u0142ek "
        "\u043f\u043e\u043d\u0435\u0434\u0456\u043b\u043e\u043a "
        "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a",
        "tuesday tue tues mardi dienstag martes marted\u00ec martedi dinsdag wtorek "
        "\u0432\u0456\u0432\u0442\u043e\u0440\u043e\u043a "
        "\u0432\u0442\u043e\u0440\u043d\u0438\u043a",
        "wednesday wed mercredi mittwoch mi\u00e9rcoles miercoles mercoled\u00ec mercoledi "
        "woensdag \u015broda \u0441\u0435\u0440\u0435\u0434\u0430 \u0441\u0440\u0435\u0434\u0430",
        "thursday thu thur thurs jeudi donnerstag jueves gioved\u00ec giovedi donderdag "
        "czwartek \u0447\u0435\u0442\u0432\u0435\u0440 \u0447\u0435\u0442\u0432\u0435\u0440\u0433",
        "friday fri vendredi freitag viernes venerd\u00ec venerdi vrijdag pi\u0105tek "
        "\u043f\u02bc\u044f\u0442\u043d\u0438\u0446\u044f "
        "\u043f'\u044f\u0442\u043d\u0438\u0446\u044f "
        "\u043f\u044f\u0442\u043d\u0438\u0446\u0430",
        "saturday sat samedi samstag sonnabend s\u00e1bado sabado sabato zaterdag sobota "
        "\u0441\u0443\u0431\u043e\u0442\u0430 \u0441\u0443\u0431\u0431\u043e\u0442\u0430",
        "sunday sun dimanche sonntag domingo domenica zondag niedziela "
        "\u043d\u0435\u0434\u0456\u043b\u044f "
        "\u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435",
    )
)

# A word where a month name goes (looked up in MONTHS once matched: a character class
# is far cheaper to match than an alternation of every name), as a whole word.
_NAME = r"[^\W\d_][^\W\d_'\u02bc]{1,14}(?![^\W\d_])"
_SP = r"[ ]{1,3}"


def _time(tag: str) -> str:
    return (
        rf"(?P<h{tag}>[0-9]{{1,2}})[:.h](?P<mi{tag}>[0-9]{{2}})"
        rf"(?::(?P<s{tag}>[0-9]{{2}})(?:\.(?P<f{tag}>[0-9]{{1,9}}))?)?"
        rf"(?:[ ]?(?P<ampm{tag}>[AaPp]\.?[ ]?[Mm]\.?)(?![^\W\d_]))?"
        rf"(?:[ ]?(?P<tz{tag}>Z|(?:UTC|GMT)(?:[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?"
        rf"|[+-][0-9]{{2}}:?[0-9]{{2}}|[A-Z]{{3,4}})(?![^\W\d_]))?"
    )


_TIME_SEP = r"(?:[ ]?[,|\u00b7\u2022/\u2013\u2014-][ ]?|[ ]at[ ]|[ ]\u00e0[ ]|[ ]um[ ]|[ ]|T)"
_YEAR = r"[12][0-9]{3}(?![0-9])"
_DMY = (
    rf"(?P<d1>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th|er|\.)?{_SP}(?:(?:de|of){_SP})?"
    rf"(?P<m1>{_NAME})\.?"
    rf"(?:,?{_SP}(?:de{_SP})?(?P<y1>{_YEAR})(?:{_SP}(?:\u0440\.|\u0433\.|r\.))?)?"
)
_MDY = (
    rf"(?P<m2>{_NAME})\.?{_SP}(?P<d2>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th)?"
    rf"(?:,?{_SP}(?P<y2>{_YEAR}))?"
)
_ISO = r"(?P<y3>[12][0-9]{3})-(?P<mo3>[0-9]{2})-(?P<d3>[0-9]{2})(?![0-9])"
_NUMERIC = r"(?P<d4>[0-9]{1,2})\.(?P<mo4>[0-9]{1,2})\.(?P<y4>[12][0-9]{3})(?![0-9])"
#: The one date grammar: an optional time, a date in one of four shapes, an optional
#: time. ``fullmatch`` reads a dateline, ``finditer`` finds dates in running text (the
#: look-behind keeps it from starting inside a word or a number).
_DATE = LazyPattern(
    rf"(?<!\w)(?:{_time('0')}{_TIME_SEP})?"
    rf"(?:{_ISO}|{_NUMERIC}|{_DMY}|{_MDY})"
    rf"(?:{_TIME_SEP}{_time('1')})?",
    re.IGNORECASE,
)
_LABEL_WORD = LazyPattern(r"[^\W\d_]{2,20}:?")
_ASCII_DIGIT = LazyPattern(r"[0-9]")
_LABEL_SEPARATORS = frozenset(":|\u2013\u2014-\u00b7\u2022")
_MAX_LINE = 80
#: :func:`parse_dateline` finds no dateline in a line whose squashed text is longer
#: than this (a caller holding squashed text can skip the call).
DATELINE_MAX_CHARS = _MAX_LINE
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _NotADate(Exception):
    """Internal: the text has a date's shape but no possible date."""


def _may_open_date(words: list[str]) -> bool:
    """Whether ``" ".join(words)`` may fullmatch :data:`_DATE` by its first two words:
    every shape opens with an ASCII digit (a time, an ISO, numeric or day-first date)
    or with a month's letters, a space and the day's digit (month first); the cheap
    test before the search, which the loop of :func:`parse_dateline` makes for each
    word a label may end at."""
    first = words[0][0]
    return "0" <= first <= "9" or (len(words) > 1 and "0" <= words[1][0] <= "9")


def parse_dateline(line: str) -> tuple[str, dt.date | dt.datetime | None] | None:
    """Read ``line`` as a dateline.

    Returns None when the line is not (only) a date. Otherwise returns ``(date text,
    value)``: the date text as found (whitespace squashed, without a leading label such
    as "Published on", with the weekday), and a :class:`datetime.date`, or a
    :class:`datetime.datetime` when a time is given (aware when the zone is ``Z``,
    ``UTC``, ``GMT`` or a numeric offset), or None when the year is missing.
    Impossible dates (``31 February``, ``25:70``) are not datelines.

    >>> parse_dateline("11 December 18:16")
    ('11 December 18:16', None)
    >>> parse_dateline("Published on Mar 13, 2025")
    ('Mar 13, 2025', datetime.date(2025, 3, 13))

    .. versionadded:: 0.1.0
    """
    if len(line) > 3 * _MAX_LINE:
        return None
    words = line.split()
    squashed = " ".join(words)
    if not squashed or len(squashed) > _MAX_LINE or _ASCII_DIGIT.search(squashed) is None:
        return None
    for skip in range(4):
        rest = words[skip:]
        if skip:
            label = words[skip - 1]
            if _LABEL_WORD.fullmatch(label) is None or label.rstrip(":").lower() in MONTHS:
                return None
            separated = label.endswith(":") or (bool(rest) and rest[0] in _LABEL_SEPARATORS)
            if separated and rest and rest[0] in _LABEL_SEPARATORS:
                rest = rest[1:]
            # Without a colon a label is one word ("Updated") or ends with a short
            # preposition ("Published on", "Posted at").
            short = skip == 1 or (skip == 2 and label.islower() and len(label) <= 3)
            if not (separated or short):
                continue
        if not rest:
            return None
        core = rest
        if len(rest) > 1 and rest[0].rstrip(",.").lower() in WEEKDAYS:
            core = rest[1:]
        if not _may_open_date(core):
            continue  # ("Published on Mar 13, 2025": no search at "Published", at "on")
        match = _DATE.fullmatch(" ".join(core).rstrip("."))
        if match is None:
            continue
        try:
            value = _value(match.groupdict())
        except _NotADate:
            return None
        text = " ".join(rest)
        if text.endswith(".") and not text.lower().endswith("m."):
            text = text[:-1]
        return text, value
    return None


#: How far into a text :func:`find_date` looks.
FIND_DATE_CHARS = 1000


class FoundDate(NamedTuple):
    """A full date found in a text: its value, the text as found and where it is."""

    value: dt.date | dt.datetime
    text: str
    start: int
    end: int


# The label a page prints before a date ("Published on", "Mis \u00e0 jour le", "Aktualisiert am").
DATE_LABEL_WORDS = LazyPattern(
    r"(?:publi\u00e9(?: le)?|mis \u00e0 jour(?: le)?|published(?: on)?|(?:last )?updated(?: on)?"
    r"|posted(?: on)?|ver\u00f6ffentlicht(?: am)?|aktualisiert(?: am)?"
    r"|\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u043e\u0432\u0430\u043d\u043e"
    r"|\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e"
    r"|\u043e\u043d\u043e\u0432\u043b\u0435\u043d\u043e|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e)"
    r"\s*:?",
    re.IGNORECASE,
)


def find_date(text: str) -> FoundDate | None:
    """The first full date in ``text`` (day, month and year; with its time when one is
    printed next to it), or None.

    A time that cannot be (``13:00 pm``) leaves the date without a time; a date that
    cannot be (``31 February 2025``) is passed over. Only the first
    :data:`FIND_DATE_CHARS` characters are searched: a byline or a JSON date field
    prints its date early, and the search stays cheap on a hostile string.

    >>> find_date("By Jane Doe | Mar 13, 2025").value
    datetime.date(2025, 3, 13)
    """
    end = min(len(text), FIND_DATE_CHARS)
    pos = 0
    while (match := _DATE.search(text, pos, end)) is not None:
        groups = match.groupdict()
        try:
            value = _value(groups)
        except _NotADate:
            try:
                value = _value(groups, with_time=False)
            except _NotADate:
                value = None
        if value is not None:
            return FoundDate(value, match.group(0).strip(" ,|-"), match.start(), match.end())
        # Not a full date ("Updated 13" is no month and a day): a date may still start
        # inside what was matched, so look again one character on.
        pos = match.start() + 1
    return None


_ISO_TEXT = LazyPattern(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?",
    re.ASCII,
)


def parse_iso_date(text: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time (``2025-03-13``, ``2025-03-13T09:30:00Z``), or None.

    A date-time is aware when it gives ``Z`` or an offset.
    """
    text = text.strip()
    if _ISO_TEXT.fullmatch(text) is None:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None


def _value(
    groups: dict[str, str | None], *, with_time: bool = True
) -> dt.date | dt.datetime | None:
    """The date the match stands for, or None without a year; ``with_time=False``
    leaves the time out."""
    year: int | None
    if groups["y3"] is not None:
        year, month, day = int(groups["y3"]), int(groups["mo3"] or 0), int(groups["d3"] or 0)
    elif groups["y4"] is not None:
        year, month, day = int(groups["y4"]), int(groups["mo4"] or 0), int(groups["d4"] or 0)
    else:
        month_name = groups["m1"] if groups["m1"] is not None else groups["m2"]
        day_text = groups["d1"] if groups["d1"] is not None else groups["d2"]
        year_text = groups["y1"] if groups["y1"] is not None else groups["y2"]
        found = MONTHS.get((month_name or "").lower().rstrip("."))
        if found is None or day_text is None:
            raise _NotADate
        month, day = found, int(day_text)
        year = int(year_text) if year_text is not None else None
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]):
        raise _NotADate
    time = None
    if with_time:
        time = _time_of(groups, "1") if groups["h1"] is not None else _time_of(groups, "0")
    if year is None:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:  # 29 February of a common year
        raise _NotADate from None
    return date if time is None else dt.datetime.combine(date, time)


def _time_of(groups: dict[str, str | None], tag: str) -> dt.time | None:
    """The time of day in the match, or None if there is none."""
    hour_text = groups[f"h{tag}"]
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(groups[f"mi{tag}"] or 0)
    second = int(groups[f"s{tag}"] or 0)
    ampm = groups[f"ampm{tag}"]
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise _NotADate
        hour = (hour % 12) + (12 if ampm[0].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _NotADate
    fraction = groups[f"f{tag}"]
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    return dt.time(hour, minute, second, micro, tzinfo=_zone(groups[f"tz{tag}"]))


def _zone(text: str | None) -> dt.tzinfo | None:
    """A fixed zone for ``Z``, ``UTC``, ``GMT``, ``UTC+2`` or ``+02:00``; None for
    named zones (their offset is not knowable from the text)."""
    if text is None:
        return None
    upper = text.upper()
    if upper in ("Z", "UTC", "GMT"):
        return dt.UTC
    offset = upper[3:] if upper.startswith(("UTC", "GMT")) else upper
    if not offset or offset[0] not in "+-":
        return None
    digits = offset[1:].replace(":", "")
    hours, minutes = (int(digits), 0) if len(digits) <= 2 else (int(digits[:-2]), int(digits[-2:]))
    if hours > 14 or minutes > 59:
        raise _NotADate
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if offset[0] == "-" else delta)


# What a date line prints after the first date to say the second is a revision.
_REVISION = re.compile(
    r"(?:last[ ])?(?:updated|modified|revised)|mis(?:e)?[ ]\u00e0[ ]jour|actualis\u00e9"
    r"|aktualisiert|actualizado|atualizado|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e"
    r"|\u043e\u043d\u043e\u0432\u043b\u0435\u043d\u043e",
    re.IGNORECASE,
)


def glued_date(line: str) -> FoundDate | None:
    """A full date glued to the word before it and ending the line: a site or author
    name and its date rendered without the space between them ("Yahoo
    FinanceOctober 13, 2016"). Its ``start`` is where the date begins.

    >>> glued_date("Associated PressDecember 2, 2016").start
    16
    """
    for i in range(1, len(line)):
        if line[i].isupper() and line[i - 1].islower():
            found = find_date(line[i:])
            if found is not None and found.start == 0:
                if not line[i + found.end :].strip(" ,;|"):
                    return FoundDate(found.value, found.text, i, i + found.end)
                return None
    return None


_AFTER_DATE = (" \u00b7 ", " \u2022 ", " | ", " \u2013 ", " \u2014 ")


def date_of_run_on_line(line: str) -> FoundDate | None:
    """The date of a date line a page ran something into, as a whole-line date
    (``start`` 0, ``end`` the line's length): a site or agency name glued to it
    ("Yahoo FinanceOctober 13, 2016", four words at most before it), or a label and
    the date, then a separator and other facts ("Published 21 November 2019 \u00b7
    Tagged with tooling"); None for any other line."""
    glued = glued_date(line)
    if glued is not None:
        if len(line[: glued.start].split()) > 4:
            return None
        return FoundDate(glued.value, glued.text, 0, len(line))
    label = DATE_LABEL_WORDS.match(line)
    if label is None:
        return None
    rest = line[label.end() :].lstrip()
    found = find_date(rest)
    if found is None or found.start != 0 or not rest[found.end :].startswith(_AFTER_DATE):
        return None
    return FoundDate(found.value, found.text, 0, len(line))


def first_of_dated_line(line: str) -> FoundDate | None:
    """The first date of a line that is a date and then its revision or the same date
    again ("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019", "AFP 30 avril
    2015 \u00e0 07:19 (Mis \u00e0 jour : \u2026)", "22 Dec, 2016 22 Dec, 2016"), after at
    most two short words (a weekday, an agency); None for any other line.

    >>> first_of_dated_line("April 28, 2019 at 6:01 am Updated April 29, 2019").value
    datetime.datetime(2019, 4, 28, 6, 1)
    """
    found = find_date(line)
    if found is None:
        return None
    head = line[: found.start].split()
    if len(head) > 2 or any(len(word) > 12 or not word.strip(",").isalpha() for word in head):
        return None
    rest = line[found.end :].strip(" ,;|\u2022\u00b7-\u2013\u2014()[]:")
    if not rest:
        return None  # (a line that is only a date is a dateline: parse_dateline)
    revision = _REVISION.match(rest)
    if revision is not None:
        # (its date or time follows: "updated the rules" is a clause, not a revision)
        return found if any("0" <= c <= "9" for c in rest[revision.end() :]) else None
    again = find_date(rest)
    if again is not None and again.start == 0 and again.value == found.value:
        return found
    return None
