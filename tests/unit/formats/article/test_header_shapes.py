"""Header shapes of issue 15, phase 3: titles in scripts without capitals, ending with
an ellipsis or opening in lower case; a byline with the date after the names; a wire
dateline that opens the lede. Lines written for these tests in the style of copied
news pages (several languages); nothing comes from the seeds."""

from __future__ import annotations

import datetime as dt

import pytest

import seedparse

BODY = (
    "The regional council approved the plan on Tuesday after a debate that lasted most "
    "of the day, and work on the first section is to start in the spring.\n\n"
    "Opponents said the cost had been underestimated and asked for an independent review "
    "before any contract is signed."
)


def read(text: str) -> seedparse.Document:
    return seedparse.parse(text, reader="article")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "\u5e02\u8bae\u4f1a\u6279\u51c6\u65b0\u7684\u516c\u4ea4\u7ebf\u8def",
            "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6279\u51c6\u4e86\u5728\u4e1c\u90e8\u90ca\u533a"
            "\u589e\u8bbe\u591c\u95f4\u516c\u4ea4\u7ebf\u8def\u7684\u8ba1\u5212\u3002\n"
            "\u4ea4\u901a\u90e8\u95e8\u8868\u793a\uff0c\u65b0\u7ebf\u8def\u5c06\u4e8e"
            "\u4e5d\u6708\u5f00\u901a\u3002",
        ),
        (
            "\u5e02\u8b70\u4f1a\u3001\u65b0\u3057\u3044\u30d0\u30b9\u8def\u7dda\u3092\u627f\u8a8d",
            "\u5e02\u8b70\u4f1a\u306f\u706b\u66dc\u65e5\u3001\u6771\u90e8\u306e\u90ca\u5916"
            "\u306b\u591c\u9593\u30d0\u30b9\u3092\u8d70\u3089\u305b\u308b\u8a08\u753b\u3092"
            "\u627f\u8a8d\u3057\u305f\u3002",
        ),
    ],
)
def test_title_in_a_script_without_capitals(title: str, body: str) -> None:
    doc = read(f"{title}\n{body}\n")
    assert doc.title == title


@pytest.mark.parametrize(
    "title",
    [
        "On screen this week: \u00abThe Harbour\u00bb, \u00abNight Shift\u00bb\u2026",
        "Cette semaine : \u00ab Vague \u00bb, \u00ab Six jours \u00bb...",
    ],
)
def test_title_ending_with_an_ellipsis(title: str) -> None:
    doc = read(f"{title}\n{BODY}\n")
    assert doc.title == title


def test_a_first_sentence_ending_with_an_ellipsis_is_not_a_title() -> None:
    first = "The council met. Then the lights went out\u2026"
    doc = read(f"{first}\n{BODY}\n")
    assert doc.title is None
    assert first in doc.text


@pytest.mark.parametrize(
    "title",
    [
        "iPhone sales fall for a third quarter",
        "standalone binaries using the new toolchain \u00b7 Dev Blog",
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_first_line_in_lower_case_is_a_title(title: str, sep: str) -> None:
    doc = read(f"{title}{sep}{BODY}\n")
    assert doc.title == title
    assert title not in doc.text


def test_lower_case_first_line_continued_below_is_not_a_title() -> None:
    text = (
        "and so the council met again\n"
        "on Tuesday to approve the plan, which had been delayed twice before.\n\n" + BODY
    )
    doc = read(text)
    assert doc.title is None
    assert "and so the council met again on Tuesday" in doc.text


@pytest.mark.parametrize(
    ("byline", "authors", "dateline", "year"),
    [
        ("By Anna Berg March 25, 2015", ("Anna Berg",), "March 25, 2015", 2015),
        ("By Anna Berg and Tom Lee 3 May 2024", ("Anna Berg", "Tom Lee"), "3 May 2024", 2024),
        ("By Anna Berg | March 25, 2015", ("Anna Berg",), "March 25, 2015", 2015),
    ],
)
def test_byline_with_the_date_after_the_names(
    byline: str, authors: tuple[str, ...], dateline: str, year: int
) -> None:
    doc = read(f"Council approves the eastern line\n{byline}\n{BODY}\n")
    assert doc.authors == authors
    assert doc.dateline == dateline
    assert doc.published is not None and doc.published.year == year


def test_byline_with_a_number_that_is_no_date() -> None:
    doc = read(f"Council approves the eastern line\nBy Agent 47\n{BODY}\n")
    assert doc.authors == ("Agent 47",)
    assert doc.dateline is None


@pytest.mark.parametrize("place", ["CAIRO \u2014 ", "KYIV \u2013 ", "NEW DELHI - "])
def test_wire_dateline_stays_in_the_lede(place: str) -> None:
    lede = place + BODY.split("\n")[0]
    doc = read(f"Council approves the eastern line\n{lede}\n")
    assert "kicker" not in doc.metadata
    assert doc.passages[0].text == lede


@pytest.mark.parametrize("place", ["MUMBAI: ", "NEW DELHI: ", "ISLAMABAD: "])
def test_colon_dateline_stays_in_the_lede(place: str) -> None:
    """A place and a colon (the dateline of many South Asian and Gulf papers) is the
    lede's own text, not a label: nothing of the story is lost."""
    lede = place + BODY.split("\n")[0]
    doc = read(f"Council approves the eastern line\n{lede}\n")
    assert "kicker" not in doc.metadata
    assert doc.passages[0].text == lede


@pytest.mark.parametrize(
    ("prefix", "kicker"),
    [
        ("ANALYSIS: ", "ANALYSIS"),
        ("OPINION | ", "OPINION"),
        ("BREAKING NEWS: ", "BREAKING NEWS"),
        ("KOMMENTAR: ", "KOMMENTAR"),
        (
            "\u042d\u041a\u0421\u041a\u041b\u042e\u0417\u0418\u0412: ",
            "\u042d\u041a\u0421\u041a\u041b\u042e\u0417\u0418\u0412",
        ),
    ],
)
def test_label_kicker_with_a_separator_is_still_cut(prefix: str, kicker: str) -> None:
    doc = read(f"Council approves the eastern line\n{prefix}{BODY}\n")
    assert doc.metadata["kicker"] == kicker
    assert doc.passages[0].text.startswith("The regional council")


def test_a_chinese_paragraph_is_not_a_title() -> None:
    """One "word" without spaces: a title is short and holds no sentence end."""
    first = (
        "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6279\u51c6\u4e86\u8ba1\u5212\u3002"
        "\u90a3\u4e48\uff0c\u8fd9\u6761\u7ebf\u8def\u4ec0\u4e48\u65f6\u5019\u5f00\u901a\uff1f"
    )
    body = (
        "\u4ea4\u901a\u90e8\u95e8\u8868\u793a\uff0c"
        "\u65b0\u7ebf\u8def\u5c06\u4e8e\u4e5d\u6708\u5f00\u901a\u3002"
    )
    doc = read(f"{first}\n{body}\n")
    assert doc.title is None
    assert first in doc.text


def test_lower_case_first_line_over_a_stray_line_is_not_a_title() -> None:
    doc = read(f"from $610.00\n87\n{BODY}\n")
    assert doc.title is None


# -- issue 15: lines of the story that are not subheadings, header lines that are --

_STORY = (
    "The regional council approved the new transport plan on Tuesday after a debate "
    "that ran late into the evening, with two members abstaining.\n"
)
_AFTER = (
    "Officials said the first changes would be visible in the autumn, when the new "
    "timetable comes into force across the whole network.\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        # A results list: the last score line sits over a paragraph.
        ("Northfield 2-0 Eastwick", "Harbour Town 1-1 Millbrook", "Westgate 0-3 Ashby"),
        # Nominees: bare titles, the last one over a paragraph.
        ("The Long Field", "Before the Rain", "Copper Hill"),
        # A schedule written as label and colon.
        ("Monday: reduced service", "Tuesday: no trams after 8 pm", "Wednesday: normal service"),
    ],
)
def test_last_line_of_an_unmarked_list_is_not_a_heading(rows: tuple[str, ...]) -> None:
    text = "Council backs transport plan\n" + _STORY + "\n".join(rows) + "\n" + _AFTER
    doc = seedparse.parse(text, reader="article")
    assert doc.headings == ()
    for row in rows:
        assert row in doc.text


def test_a_heading_after_a_paragraph_is_still_a_heading() -> None:
    text = "Council backs transport plan\n" + _STORY + "What changes next\n" + _AFTER
    assert seedparse.parse(text, reader="article").headings == ("What changes next",)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Leeds, April 6, 2025", dt.date(2025, 4, 6)),
        ("San Sebastián, 9 de marzo de 2025", dt.date(2025, 3, 9)),
        ("Lyon, le 3 février 2025", dt.date(2025, 2, 3)),
        ("Bad Homburg, 14. März 2025", dt.date(2025, 3, 14)),
        # a separator the page put after the date, before a rubric (session 18)
        ("13:17 16.01.2026 |", dt.datetime(2026, 1, 16, 13, 17)),
        ("6 April 2025 \u2022", dt.date(2025, 4, 6)),
    ],
)
def test_place_and_date_under_the_title_is_the_dateline(line: str, published: dt.date) -> None:
    doc = seedparse.parse(
        "Council backs transport plan\n" + line + "\n" + _STORY + _AFTER, reader="article"
    )
    assert doc.published == published
    assert doc.dateline == line
    assert doc.headings == () and line not in doc.text


def test_a_sentence_before_a_comma_is_no_place() -> None:
    line = "Officials in the northern districts of the region, April 6, 2025"
    doc = seedparse.parse("Council backs transport plan\n" + line + "\n" + _STORY, reader="article")
    assert doc.published is None


def test_caption_over_a_credit_under_the_title() -> None:
    caption = "Commuters wait for a late tram in the city centre."
    credit = "Photograph: Jan Novak/Reuters"
    text = "Council backs transport plan\n" + caption + "\n" + credit + "\n" + _STORY + _AFTER
    doc = seedparse.parse(text, reader="article")
    assert doc.metadata["captions"] == (caption, credit)
    assert caption not in doc.text and doc.title == "Council backs transport plan"


COLUMNS = (
    "Weekly edition  Kernel    Security   Distributions  Contact Us   Search\n"
    "Archives        Calendar  Subscribe  Write for us   FAQ          Sponsors\n\n"
)


def test_a_menu_in_columns_over_the_edition_and_the_headline() -> None:
    """A page flattened to text lays its menu out in columns; under it, the edition's
    line, then the headline over the byline: the headline is the title, the edition
    line the kicker, the menu furniture, the byline's name the author."""
    doc = read(
        COLUMNS + "The Weekly Edition for March 26, 2015\n\n"
        "A trademark battle in the maker community\n\nBy Nora Vance\nMarch 25, 2015\n\n" + BODY
    )
    assert doc.title == "A trademark battle in the maker community"
    assert doc.authors == ("Nora Vance",)
    assert doc.published == dt.date(2015, 3, 25)
    assert doc.metadata["kicker"] == "The Weekly Edition for March 26, 2015"
    assert doc.text.startswith("The regional council")


@pytest.mark.parametrize(
    "line",
    [
        "Arsenal  2  Chelsea  1",  # a score: its numbers are no items
        "The council met  on Tuesday  and voted  for the plan.",  # a sentence's end
        "Home  News",  # two items
        "weekly  kernel  security  distributions",  # lower case
    ],
)
def test_not_a_menu_in_columns(line: str) -> None:
    from seedparse.formats.article.furniture import spaced_menu

    assert not spaced_menu(line)
    assert spaced_menu("Weekly edition  Kernel    Security   Distributions  Contact Us")


def test_a_second_headline_without_a_byline_under_it_is_body() -> None:
    doc = read(
        "The Weekly Edition for March 26, 2015\n\n"
        "A trademark battle in the maker community\n\n" + BODY
    )
    assert doc.title == "The Weekly Edition for March 26, 2015"
    assert doc.authors == ()


@pytest.mark.parametrize(
    ("title", "under", "expected"),
    [
        # a label line ending in a colon under the headline opens what follows
        # (a coach's post-game page: the headline, then "Opening statement:")
        ("Virginia head coach Al Groh quotes", "Opening statement:", True),
        ("Die Stimmen zum Spiel gegen den Hamburger SV", "Trainerstimmen:", True),
        # near-miss: the last words of a sentence broken across two lines
        ("The council said on Tuesday that the new line would", "open soon.", False),
    ],
)
def test_a_short_line_under_a_long_first_line(title: str, under: str, expected: bool) -> None:
    doc = read(f"{title}\n{under}\n{BODY}\n")
    assert (doc.title == title) is expected
