"""Bylines a rendered page prints without "By": the author's name on its own line
between the headline and the date, and a site or agency name glued to its date.
Shapes of real pages (blogs, portals, news sites), written with made-up names."""

from __future__ import annotations

import datetime as dt

import pytest

from seedparse import WebPageReader
from seedparse._text.bylines import is_role_line, name_line
from seedparse._text.dates import glued_date

READER = WebPageReader()

NAV = ["  \u2022 Home", "  \u2022 Articles", "  \u2022 About", "Go", ""]
STORY = [
    "The river rose by two metres overnight and the town council met at dawn to decide "
    "which streets to close before the water reached the old market.",
    "",
    "Residents of the lower town were asked to move their cars to higher ground, and "
    "volunteers filled sandbags outside the fire station until the evening.",
    "",
]
TITLE = "The River Rose Overnight and the Town Closed Its Streets"


def _read(header: list[str]):  # type: ignore[no-untyped-def]
    return READER.read("\n".join([*NAV, *header, "", *STORY]), "page.txt")


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        pytest.param(
            [TITLE, "", "Mara Lindqvist", "December 18, 2020"],
            ("Mara Lindqvist",),
            dt.date(2020, 12, 18),
            id="name-over-date",
        ),
        pytest.param(
            [TITLE, "", "Tomas Berg", "Games Editor", "Daily WireOctober 13, 2016", "Share"],
            ("Tomas Berg",),
            dt.date(2016, 10, 13),
            id="name-over-role-over-glued-site-date",
        ),
        pytest.param(
            [TITLE, "", "NADIA OKAFOR", "Associated PressDecember 2, 2016", "11 Comments"],
            ("Nadia Okafor",),
            dt.date(2016, 12, 2),
            id="capitals-name-over-glued-agency-date",
        ),
        pytest.param(
            [TITLE, "", "  \u2022 Hazel Marchetti", "  \u2022 Friday 25 December 2015"],
            ("Hazel Marchetti",),
            dt.date(2015, 12, 25),
            id="bullet-name-over-bullet-date",
        ),
        pytest.param(
            [TITLE, "", "    por", "  \u2022 C\u00e9sar Ib\u00e1\u00f1ez", "1 de mayo de 2017"],
            ("C\u00e9sar Ib\u00e1\u00f1ez",),
            dt.date(2017, 5, 1),
            id="lone-by-word-over-name",
        ),
    ],
)
def test_a_name_over_the_date_is_the_author(
    header: list[str], authors: tuple[str, ...], published: dt.date
) -> None:
    doc = _read(header)
    assert doc.title == TITLE
    assert doc.authors == authors
    day = doc.published.date() if isinstance(doc.published, dt.datetime) else doc.published
    assert day == published
    assert doc.passages[0].text.startswith("The river rose")


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(["Cup Final", "May 28, 2022"], id="short-heading-over-date"),
        pytest.param([TITLE, "", "Top News", "May 28, 2022"], id="label-with-role-word"),
        pytest.param([TITLE, "", "Mara Lindqvist"], id="no-date-under-the-name"),
        pytest.param([TITLE, "", "Mara Lindqvist", "Read more", "May 28, 2022"], id="not-a-role"),
        pytest.param([TITLE, "", "Mara and Tomas", "May 28, 2022"], id="lowercase-word"),
        pytest.param([TITLE, "", "Five Rivers Rose 2 Metres", "May 28, 2022"], id="digit"),
    ],
)
def test_no_author_from_other_lines_over_a_date(header: list[str]) -> None:
    assert _read(header).authors == ()


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Yahoo FinanceOctober 13, 2016", dt.date(2016, 10, 13)),
        ("Associated PressDecember 2, 2016", dt.date(2016, 12, 2)),
        ("Le Matin Dimanche15 mars 2021", None),  # a digit, not a capital, after the glue
        ("MacBook Pro with 16 GB, 2016", None),
        ("LiveOctober 13, 2016 at the arena, tickets online", None),  # not at the end
        ("Press Office October 13, 2016", None),  # spaced: find_date reads it
    ],
)
def test_glued_date(line: str, day: dt.date | None) -> None:
    found = glued_date(line)
    assert (found.value if found is not None else None) == day
    if found is not None:
        assert line[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mara Lindqvist", "Mara Lindqvist"),
        ("  \u2022 Hazel Marchetti", "Hazel Marchetti"),
        ("Michiel de Jong", "Michiel de Jong"),
        ("NADIA OKAFOR", "Nadia Okafor"),
        ("Mara", None),  # one word
        ("Staff Writer", None),
        ("Read more", None),
        ("Page 2 of 3", None),
        ("The Quick Brown Fox Jumps", None),  # five words
    ],
)
def test_name_line(line: str, name: str | None) -> None:
    assert name_line(line) == name


def test_role_line() -> None:
    assert is_role_line("Games Editor") and is_role_line("Senior Staff Writer")
    assert not is_role_line("Mara Lindqvist") and not is_role_line("Editor's picks today")


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Mara Lindqvist", "11 min read"], ("Mara Lindqvist",)),
        (["Tomas Berg", "Lesezeit: 4 min"], ("Tomas Berg",)),
        (["Mara Lindqvist", "11 minutes"], ()),  # a duration, not a reading time
        (["Next story", "11 min read"], ()),
        (["Mara Lindqvist", "", "Share", "11 min read"], ()),  # not the line above
    ],
)
def test_a_name_over_the_reading_time_is_the_author(
    lines: list[str], authors: tuple[str, ...]
) -> None:
    """A blog platform prints the author's name over the reading time, above the
    headline and away from any date."""
    doc = READER.read("\n".join([*NAV, *lines, "", TITLE, "", *STORY]), "page.txt")
    assert doc.authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "by Mara Lindqvist (reporting) and Tomas Berg (photography)",
            ("Mara Lindqvist", "Tomas Berg"),
        ),
        ("By Nadia Okafor (AP)", ("Nadia Okafor",)),
        ("By Nadia Okafor (2019)", ("Nadia Okafor",)),  # the names end at the number
    ],
)
def test_a_byline_with_each_ones_part(line: str, names: tuple[str, ...]) -> None:
    from seedparse._text.bylines import parse_byline

    found = parse_byline(line)
    assert found is not None and found.names == names


def test_a_sponsor_label_is_no_title() -> None:
    from seedparse.formats.webpage.header import may_head

    assert not may_head("Seascape: the state of our oceans is supported by")
    assert may_head("The state of our oceans, told by the people who fish them")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 21 November 2019 \u00b7 Tagged with tooling", dt.date(2019, 11, 21)),
        ("Updated: March 3, 2021 | 5 min read", dt.date(2021, 3, 3)),
        ("Daily WireOctober 13, 2016", dt.date(2016, 10, 13)),
        ("Published 21 November 2019 and three more things", None),  # no separator
        ("The Very Long Name Of Some PressOctober 13, 2016", None),  # five words before
        ("Tagged with tooling \u00b7 21 November 2019", None),  # no label first
    ],
)
def test_date_of_run_on_line(line: str, day: dt.date | None) -> None:
    from seedparse._text.dates import date_of_run_on_line

    found = date_of_run_on_line(line)
    assert (found.value if found is not None else None) == day


def test_a_labelled_date_with_tags_is_no_title_and_dates_the_page() -> None:
    from seedparse.formats.webpage.header import may_head

    assert not may_head("Published 21 November 2019 \u00b7 Tagged with WebAssembly tooling")
    doc = _read([TITLE, "", "Published 21 November 2019 \u00b7 Tagged with tooling"])
    assert doc.title == TITLE
    assert doc.published == dt.date(2019, 11, 21)
