"""The header of a rendered page read upwards from its byline or body: shapes of real
pages (blogs, news sites, review sites), written for these tests with made-up names.

Each page is navigation, then a header in one of the shapes sites print, then the
story; the table gives the title, the authors and the date the reader must find, and
the lines near the title that must not be taken for it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seedparse import WebPageReader
from seedparse._text.bylines import name_then_time, parse_byline
from seedparse.formats.webpage.header import may_head

READER = WebPageReader()

NAV = ["  \u2022 Home", "  \u2022 Articles", "  \u2022 Demos", "  \u2022 About", "Go", ""]

STORY = [
    "The river rose by two metres overnight and the town council met at dawn to decide "
    "which streets to close before the water reached the old market.",
    "",
    "Residents of the lower town were asked to move their cars to higher ground, and "
    "volunteers filled sandbags outside the fire station until the evening.",
    "",
    "The council will meet again on Thursday to count the cost of the repairs and to "
    "ask the regional government for help with the bill.",
    "",
]

TITLE = "The River Rose Overnight and the Town Closed Its Streets"


def _page(header: list[str]) -> str:
    return "\n".join([*NAV, *header, "", *STORY])


CASES = [
    pytest.param(
        [
            TITLE,
            "",
            "  \u2022 Older Article",
            "  \u2022 Newer Article",
            "",
            "on March 10, 2015 by Nora Vance",
            "",
            "  \u2022 2 comments",
            "  \u2022",
        ],
        ("Nora Vance",),
        dt.date(2015, 3, 10),
        id="blog-dated-byline-under-prev-next-bullets",
    ),
    pytest.param(
        [
            "Opinion",
            "",
            TITLE,
            "",
            "  \u2022 by: Nora Vance",
            "  \u2022 From: The Courier",
            "  \u2022 March 13, 2015 9:00PM",
        ],
        ("Nora Vance",),
        dt.datetime(2015, 3, 13, 21, 0),
        id="bullet-byline-and-bullet-date",
    ),
    pytest.param(
        [
            "06 December 2016",
            "",
            TITLE,
            "",
            "Posted by Nora Vance, Software Engineer on the Platform Team",
        ],
        ("Nora Vance",),
        None,
        id="posted-by-with-job-title",
    ),
    pytest.param(
        [
            "Filed to:rivers",
            "9/11/13 10:00AM",
            TITLE,
            "",
            "Tuesday 15 October 2019 by Nora Vance",
            "158",
            "52",
        ],
        ("Nora Vance",),
        dt.date(2019, 10, 15),
        id="weekday-dated-byline-under-counters",
    ),
]


@pytest.mark.parametrize(("header", "authors", "published"), CASES)
def test_header_shapes(
    header: list[str], authors: tuple[str, ...], published: dt.date | None
) -> None:
    doc = READER.read(_page(header), "page.txt")
    assert doc.title == TITLE
    assert doc.authors == authors
    if published is not None:
        assert doc.published == published
    assert doc.passages[0].text.startswith("The river rose")


@pytest.mark.parametrize(
    "header",
    [
        ["  \u2022", "52", "12:30"],  # no word
        ["Additional Tags:"],  # a label
        ["Filed to:rivers"],  # a label glued to its value
        ["9/11/13 10:00AM"],  # a time stamp
        ["<![CDATA["],  # markup left in the text
        ["Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"],
        ["Supported by"],  # a sponsor's label over the story
        ["Sponsored by"],
    ],
)
def test_no_title_rather_than_furniture(header: list[str]) -> None:
    """A page whose only lines above the story are furniture has no title: none is
    invented from a counter, a label or a time stamp."""
    doc = READER.read("\n".join([*header, "", *STORY]), "page.txt")
    assert doc.title is None


def test_the_json_headline_is_the_title_above_a_box_of_teasers() -> None:
    """A headline the page's JSON gives and the page shows is the title even when a box
    of other stories stands between it and the byline."""
    json_block = (
        f'{{"@type": "Article", "headline": "{TITLE}", "author": {{"name": "Nora Vance"}}}}'
    )
    teasers = []
    for n in range(8):
        teasers += [f"Another Story Number {n} About Something Else Entirely", "", "Sam Roe", ""]
    text = "\n".join(
        [
            *NAV,
            TITLE,
            "",
            "You may also like",
            "",
            *teasers,
            json_block,
            "",
            "Nora Vance",
            "",
            *STORY,
        ]
    )
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by Nora Vance @noravance February 1, 2016: 12:41 PM ET", ("Nora Vance",)),
        ("By Nora Vance March 18 at 12:22 PM Follow @NoraVance", ("Nora Vance",)),
        ("By Nora Vance 3 hours ago", ("Nora Vance",)),
        ("by Nora Vance22 Dec 2016651", ("Nora Vance",)),  # a date glued to the name
        ("By Nora Vance • Nov 11, 2020", ("Nora Vance",)),
        ("Par Nora Vance et Sam Roe", ("Nora Vance", "Sam Roe")),
        ("Por Nora Vance", ("Nora Vance",)),
        ("Von Nora Vance und Sam Roe", ("Nora Vance", "Sam Roe")),
        ("Door Nora Vance", ("Nora Vance",)),
        (
            "Автор: Олена Петренко",
            ("Олена Петренко",),
        ),
    ],
)
def test_bylines_of_other_sites_and_languages(line: str, names: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line",
    ["Par exemple, les gens", "Door de regen", "Von 2020 bis 2024", "Por favor", "By June 3"],
)
def test_not_bylines_in_other_languages(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names", "day"),
    [
        ("on March 10, 2015 by Nora Vance", ("Nora Vance",), dt.date(2015, 3, 10)),
        ("Posted on 3 May 2021 by Nora Vance", ("Nora Vance",), dt.date(2021, 5, 3)),
        ("Tuesday 15 October 2019 by Nora Vance", ("Nora Vance",), dt.date(2019, 10, 15)),
        ("Posted by Nora Vance, Software Engineer on Maps", ("Nora Vance",), None),
    ],
)
def test_dated_and_posted_bylines(line: str, names: tuple[str, ...], day: dt.date | None) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.names == names
    assert (byline.date.value if byline.date is not None else None) == day


@pytest.mark.parametrize(
    "line",
    [
        "on the other hand by far the best",
        "On Monday by noon",
        "Posted on the wall by the door",
        "in the spring of 2015 by the river",
    ],
)
def test_not_dated_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "may"),
    [
        (TITLE, True),
        ("2016 in Review: The Year of the River", True),
        ("LWN.net Weekly Edition for March 26, 2015", True),
        ("Screenshot : \u00abVape Wave\u00bb, \u00ab6 Days\u00bb", True),
        ("\u5b87\u822a\u5458\u5728\u592a\u7a7a\u4e2d\u559d\u9152", True),
        ("52", False),
        ("Tags:", False),
        ("Filed to:metroid", False),
        ("9/11/13 10:00AM", False),
        ("March 13, 2015 9:00PM", False),
        ("Nora Vance March 9, 2017 13", False),
        ("Home > Science > Space > Article", False),
        ("Start \u203a Sport \u203a Fu\u00dfball", False),
        ("Rivers and Roads > Why the Town Closed", True),  # one separator: a title may
    ],
)
def test_may_head(line: str, may: bool) -> None:
    assert may_head(line) is may


def test_a_headline_printed_twice_beats_a_caption_under_the_byline() -> None:
    """A headline shown in a sticky bar and again over the story is the title, not the
    photo caption (a sentence) the walk up from the byline meets first."""
    caption = "Two engineers stand beside the old pumping station on the river bank at dawn."
    text = "\n".join(
        [
            *NAV,
            TITLE,
            "",
            "Read Later",
            "",
            TITLE,
            "",
            "By Nora Vance",
            "",
            "May 20, 2019",
            "",
            caption,
            "",
            "Photo Desk",
            "",
            "Nora Vance",
            "",
            "May 20, 2019",
            "",
            *STORY,
        ]
    )
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE


def test_a_question_printed_twice_beats_a_credited_caption() -> None:
    """A question headline printed twice beats a caption that ends in its credit."""
    question = "Where Will the River Go When the Next Storm Comes?"
    caption = "Volunteers fill sandbags outside the fire station on Monday. (Sam Roe/Agency)"
    text = "\n".join(
        [
            *NAV,
            question,
            "",
            "Sign In",
            "",
            question,
            "",
            "Print Article",
            "",
            caption,
            "",
            "By Nora Vance March 18 at 12:22 PM",
            "",
            *STORY,
        ]
    )
    doc = READER.read(text, "page.txt")
    assert doc.title == question
    assert doc.authors == ("Nora Vance",)


def test_a_short_line_printed_twice_is_no_headline() -> None:
    """Menu items repeat too: a line of three words or fewer printed twice is not
    taken over what the walk found."""
    text = "\n".join(
        [
            *NAV,
            "Gaming and Culture",
            "",
            "Gaming and Culture",
            "",
            TITLE,
            "",
            "By Nora Vance",
            "",
            *STORY,
        ]
    )
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE


def test_a_byline_above_a_photo_box_or_under_the_standfirst_is_the_author() -> None:
    """A byline that is not right above the story (a photo, its credit and a second
    date line between them, or the byline under a standfirst the body opens with)
    still names the author."""
    photo = [
        "By Nora Vance",
        "",
        "May 20, 2019",
        "",
        "Two engineers stand beside the old pumping station on the river bank at dawn.",
        "",
        "Photo Desk/Agency",
        "",
        "Nora Vance",
        "",
        "Contributing Correspondent",
        "",
        "May 20, 2019",
        "",
    ]
    doc = READER.read("\n".join([*NAV, TITLE, "", *photo, *STORY]), "page.txt")
    assert doc.authors == ("Nora Vance",)
    under = [STORY[0], "", "By Nora Vance", "", *STORY[2:]]
    doc = READER.read("\n".join([*NAV, TITLE, "", *under]), "page.txt")
    assert doc.authors == ("Nora Vance",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nora Vance - Apr 16, 2015 8:02 pm UTC", ("Nora Vance",)),
        ("Nora Vance 1 day ago", ("Nora Vance",)),
        ("Nora Vance \u2022 8h", ("Nora Vance",)),
    ],
)
def test_a_name_with_its_posting_time(line: str, names: tuple[str, ...]) -> None:
    found = name_then_time(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Cup Final Day - May 28, 2022",  # a headline over a day: no time, no byline
        "Kyiv, 3 May 2024 10:00",  # a dateline
        "Breaking News 3 hours ago",  # not a name
        "The River Rose Overnight and the Town Closed 3 hours ago",
    ],
)
def test_no_name_with_a_posting_time(line: str) -> None:
    assert name_then_time(line) is None


def test_a_name_with_its_posting_time_above_the_body_is_the_author() -> None:
    """With no "By" line, the name printed with the posting time above the story is
    the author; the same shape in the comments under the story is not."""
    comments = ["Comments", "", "Sam Roe \u00b7 March 10, 2017 at 2:56 AM", "", "Great piece."]
    text = "\n".join(
        [*NAV, TITLE, "", "Nora Vance - Apr 16, 2015 8:02 pm UTC", "", *STORY, *comments]
    )
    doc = READER.read(text, "page.txt")
    assert doc.authors == ("Nora Vance",)
    assert doc.title == TITLE


def test_the_json_headline_is_found_with_other_quotation_marks() -> None:
    """The JSON prints the headline with straight quotes, the page with curly ones:
    the page's line is still the headline, above a box of teasers too."""
    printed = "\u2018River\u2019 Rose Overnight and the Town Closed Its Streets"
    json_block = (
        '{"@type": "Article", '
        '"headline": "\'River\' Rose Overnight and the Town Closed Its Streets"}'
    )
    teasers = []
    for n in range(8):
        teasers += [f"Another Story Number {n} About Something Else Entirely", "", "Sam Roe", ""]
    text = "\n".join([*NAV, printed, "", "You may also like", "", *teasers, json_block, "", *STORY])
    doc = READER.read(text, "page.txt")
    assert doc.title == printed


def test_a_name_with_its_posting_time_under_the_title_is_no_title() -> None:
    """A name with its posting time ("Nora Vance \u2022 8h") between the headline and
    the story is the byline: the header walk passes it to the headline."""
    text = "\n".join([*NAV, TITLE, "", "Nora Vance \u2022 8h", "Share Tweet Share", "", *STORY])
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE
    assert doc.authors == ("Nora Vance",)


def test_the_articles_name_beside_its_headline_may_be_the_printed_title() -> None:
    """The JSON names the article ("name") and gives a headline the page does not
    print (a short description): the printed name above the story is the title, not a
    label of the JSON to walk past."""
    json_block = (
        '{"@type": "Article", "name": "River Rose", '
        '"headline": "flood of the lower town in the spring"}'
    )
    text = "\n".join(["River Rose", "", json_block, "", *STORY])
    doc = READER.read(text, "page.txt")
    assert doc.title == "River Rose"


@pytest.mark.parametrize("separator", [" - ", " | ", " \u2014 ", " :: "])
def test_the_json_headline_with_the_site_after_it(separator: str) -> None:
    """The JSON's headline carries the author and the site after a separator; the
    page prints the headline alone, above a pull quote the walk would meet first."""
    headline = f"{TITLE}{separator}Nora Vance{separator}The Courier"
    json_block = f'{{"@type": "NewsArticle", "headline": "{headline}"}}'
    pull_quote = "how to lose your friends quickly"
    text = "\n".join([json_block, "", *NAV, TITLE, "", "Nora Vance", "", pull_quote, "", *STORY])
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE


def test_a_menu_word_is_no_head_of_the_json_headline() -> None:
    """Only parts of two words or more are looked for: a one-word menu item that
    begins the JSON's headline is no title."""
    json_block = '{"@type": "NewsArticle", "headline": "Rivers - Flood Season Starts Early"}'
    text = "\n".join([json_block, "", "Rivers", "", TITLE, "", *STORY])
    doc = READER.read(text, "page.txt")
    assert doc.title == TITLE
