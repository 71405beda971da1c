"""Datelines (seedparse._text.dates.parse_dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from seedparse._text.dates import MONTHS, WEEKDAYS, parse_dateline

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
