"""The one date grammar (seedparse._text.dates): datelines, dates in running text, ISO."""

from __future__ import annotations

import datetime as dt

import pytest

from seedparse._text.dates import (
    FIND_DATE_CHARS,
    MONTHS,
    WEEKDAYS,
    find_date,
    first_of_dated_line,
    parse_dateline,
    parse_iso_date,
)

UTC = dt.UTC
PLUS2 = dt.timezone(dt.timedelta(hours=2))

GOOD: list[tuple[str, str, dt.date | dt.datetime | None]] = [
    ("11 December 18:16", "11 December 18:16", None),
    ("11 December", "11 December", None),
    ("Dec 11", "Dec 11", None),
    ("Mar 13, 2025", "Mar 13, 2025", dt.date(2025, 3, 13)),
    ("March 13 2025", "March 13 2025", dt.date(2025, 3, 13)),
    ("Sept. 5, 2024", "Sept. 5, 2024", dt.date(2024, 9, 5)),
    ("13 March 2025", "13 March 2025", dt.date(2025, 3, 13)),
    ("13 March, 2025", "13 March, 2025", dt.date(2025, 3, 13)),
    ("1st April 2024", "1st April 2024", dt.date(2024, 4, 1)),
    ("2025-03-13", "2025-03-13", dt.date(2025, 3, 13)),
    ("13.03.2025", "13.03.2025", dt.date(2025, 3, 13)),
    ("13.03.2025 18:16", "13.03.2025 18:16", dt.datetime(2025, 3, 13, 18, 16)),
    ("Monday, 30 March 2022", "Monday, 30 March 2022", dt.date(2022, 3, 30)),
    ("Monday 30 March 2022", "Monday 30 March 2022", dt.date(2022, 3, 30)),
    (
        "Monday, 30 March 2022 18:16",
        "Monday, 30 March 2022 18:16",
        dt.datetime(2022, 3, 30, 18, 16),
    ),
    (
        "Mon 30 Mar 2022 18:16 UTC",
        "Mon 30 Mar 2022 18:16 UTC",
        dt.datetime(2022, 3, 30, 18, 16, tzinfo=UTC),
    ),
    (
        "March 13 2025, 10:30 pm",
        "March 13 2025, 10:30 pm",
        dt.datetime(2025, 3, 13, 22, 30),
    ),
    ("March 13 2025 at 12:05 a.m.", "March 13 2025 at 12:05 a.m.", dt.datetime(2025, 3, 13, 0, 5)),
    (
        "2025-03-13T10:00:00+02:00",
        "2025-03-13T10:00:00+02:00",
        dt.datetime(2025, 3, 13, 10, 0, tzinfo=PLUS2),
    ),
    ("2025-03-13 10:00Z", "2025-03-13 10:00Z", dt.datetime(2025, 3, 13, 10, 0, tzinfo=UTC)),
    ("18:16, 11 December 2025", "18:16, 11 December 2025", dt.datetime(2025, 12, 11, 18, 16)),
    ("Published on Mar 13, 2025", "Mar 13, 2025", dt.date(2025, 3, 13)),
    ("Updated: 13 March 2025 | 18:16", "13 March 2025 | 18:16", dt.datetime(2025, 3, 13, 18, 16)),
    ("Last updated: 13 March 2025", "13 March 2025", dt.date(2025, 3, 13)),
    ("Updated 13 March 2025", "13 March 2025", dt.date(2025, 3, 13)),
    ("  11\u00a0December   18:16 ", "11 December 18:16", None),
    ("13 mars 2025", "13 mars 2025", dt.date(2025, 3, 13)),
    ("13. M\u00e4rz 2025", "13. M\u00e4rz 2025", dt.date(2025, 3, 13)),
    ("Montag, 30. M\u00e4rz 2022", "Montag, 30. M\u00e4rz 2022", dt.date(2022, 3, 30)),
    ("13 de marzo de 2025", "13 de marzo de 2025", dt.date(2025, 3, 13)),
    (
        "11 \u0433\u0440\u0443\u0434\u043d\u044f 2024, 18:16",
        "11 \u0433\u0440\u0443\u0434\u043d\u044f 2024, 18:16",
        dt.datetime(2024, 12, 11, 18, 16),
    ),
    ("29 February 2024", "29 February 2024", dt.date(2024, 2, 29)),
]

BAD = [
    "",
    "12",
    "May 2025",
    "The Kremlin 2025",
    "31 February 2025",
    "29 February 2023",
    "1 Jan 2024 25:00",
    "1 Jan 2024 13:00 pm",
    "Russia attacked on 13 March 2025",
    "Russia is not ready to end the war, and on 11 December it said so.",
    "32 March 2025",
    "2025-13-01",
    "\u0661\u0663 March 2025",  # Arabic-Indic digits are not a date
    "13 Marchember 2025",
    "Funday, 30 March 2022",
    "x" * 1000,
]


@pytest.mark.parametrize(("line", "text", "value"), GOOD, ids=[g[0] for g in GOOD])
def test_datelines(line: str, text: str, value: dt.date | dt.datetime | None) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert found[0] == text
    assert found[1] == value
    assert type(found[1]) is type(value)


@pytest.mark.parametrize("line", BAD)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_year_is_never_invented() -> None:
    for line in ("11 December", "Dec 11", "Monday, 11 December 18:16"):
        found = parse_dateline(line)
        assert found is not None and found[1] is None


def test_tables_cover_every_month_and_weekday() -> None:
    assert set(MONTHS.values()) == set(range(1, 13))
    assert set(WEEKDAYS.values()) == set(range(1, 8))
    assert all(name == name.lower() for name in [*MONTHS, *WEEKDAYS])


# --------------------------------------------------------------------------- in running text

FOUND: list[tuple[str, dt.date | dt.datetime, bool]] = [
    # (text, the date found in it, whether the text is also a dateline with that date)
    ("Published on Mar 13, 2025", dt.date(2025, 3, 13), True),
    ("16 November 2017 \u2022 2:15pm", dt.datetime(2017, 11, 16, 14, 15), True),
    ("March 3, 2024 at 10:30 a.m. UTC", dt.datetime(2024, 3, 3, 10, 30, tzinfo=UTC), True),
    ("Updated: 2025-03-13", dt.date(2025, 3, 13), True),
    ("Sept. 4th, 2019", dt.date(2019, 9, 4), True),
    ("12 December 2024 12:00 AM", dt.datetime(2024, 12, 12, 0, 0), True),
    ("13th of March, 2025", dt.date(2025, 3, 13), True),
    ("On the 13 March 2025 we met", dt.date(2025, 3, 13), False),
    ("Written by Jane Doe on Mar 13, 2025", dt.date(2025, 3, 13), False),
    ("Par A et B \u2014 24 novembre 2017 \u00e0 18:42", dt.datetime(2017, 11, 24, 18, 42), False),
    (
        "<!-- built at: Tue Nov 01 2016 15:44:22 GMT+0800 -->",
        dt.datetime(2016, 11, 1, 15, 44, 22, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        False,
    ),
    ("'2019-03-01T15:32:23.483787';", dt.datetime(2019, 3, 1, 15, 32, 23, 483787), False),
    ("1 Jan 2024 13:00 pm", dt.date(2024, 1, 1), False),  # an impossible time is left out
]


@pytest.mark.parametrize(("text", "value", "dateline"), FOUND, ids=[f[0] for f in FOUND])
def test_find_date(text: str, value: dt.date | dt.datetime, dateline: bool) -> None:
    found = find_date(text)
    assert found is not None and found.value == value and type(found.value) is type(value)
    assert text[found.start : found.end].strip(" ,|-") == found.text
    read = parse_dateline(text)
    assert (read is not None and read[1] == value) is dateline


@pytest.mark.parametrize(
    "text",
    [
        "Feb 30, 2025",
        "13 Smarch 2025",
        "\u0661\u0663 March 2025",
        "2025-13-01",
        "Mar 13",
        "Lamar 13, 2025",  # not inside a word
        "v12 March 2025",
        "March 2025",
    ],
)
def test_not_found(text: str) -> None:
    assert find_date(text) is None


def test_find_date_reads_only_the_start_of_a_long_text() -> None:
    assert find_date("x " * FIND_DATE_CHARS + "13 March 2025") is None
    assert find_date("x " * (FIND_DATE_CHARS // 4) + "13 March 2025") is not None


def test_iso_dates() -> None:
    assert parse_iso_date("2025-03-13") == dt.date(2025, 3, 13)
    assert parse_iso_date(" 2025-03-13T09:30:00.123Z ") == dt.datetime(
        2025, 3, 13, 9, 30, 0, 123000, tzinfo=UTC
    )
    assert parse_iso_date("2025-03-13 09:30") == dt.datetime(2025, 3, 13, 9, 30)
    assert parse_iso_date("2025-03-13T25:00:00") is None
    assert parse_iso_date("13/03/2025") is None
    assert parse_iso_date("March 13, 2025") is None


# -- a date line with its revision ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        (
            "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
            dt.datetime(2019, 1, 3, 2, 0),
        ),
        (
            "AFP 30 avril 2015 \u00e0 07:19 (Mis \u00e0 jour : 30 avril 2015 \u00e0 07:38)",
            dt.datetime(2015, 4, 30, 7, 19),
        ),
        (
            "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
            dt.datetime(2019, 4, 28, 6, 1),
        ),
        ("22 Dec, 2016 22 Dec, 2016", dt.date(2016, 12, 22)),
        ("12.03.2024 aktualisiert 13.03.2024", dt.date(2024, 3, 12)),
    ],
)
def test_first_of_dated_line(line: str, value: dt.date) -> None:
    found = first_of_dated_line(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "3 May 2019",  # a dateline: parse_dateline reads it
        "The vote on 3 May 2019 updated the rules",  # a sentence
        "Vote on 3 May 2019 updated the rules",  # a revision word with no date after it
        "Sarah Gooding March 9, 2017 13",  # a byline without "By"
        "22 Dec, 2016 23 Dec, 2016",  # two dates, no revision
    ],
)
def test_not_first_of_dated_line(line: str) -> None:
    assert first_of_dated_line(line) is None
