"""parse_dateline's cheap test before each search of the date grammar
(dates._may_open_date) changes no answer: every date the grammar reads opens with a
digit, or with a word and a digit after it."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seedparse._text import dates

TOKENS = st.sampled_from(
    [
        "Published",
        "on",
        "Updated:",
        "Posted",
        "at",
        "Mar",
        "Mar.",
        "March",
        "mars",
        "13",
        "13,",
        "1st",
        "2025",
        "2025-03-13",
        "13.03.2025",
        "10:30",
        "10.30",
        "10h30",
        "am",
        "PM",
        "UTC",
        "GMT+2",
        "Thu",
        "Thursday,",
        "de",
        "of",
        "|",
        "\u2014",
        "-",
        "\u00b7",
        "T",
        "Z",
        "\u0433.",
        "\u043c\u0430\u0440\u0442\u0430",
        "x",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(TOKENS, min_size=1, max_size=7))
@example(["Mar", "13,", "2025"])
@example(["10:30", "Mar", "13"])
def test_every_date_opens_as_the_cheap_test_says(words: list[str]) -> None:
    if dates._DATE.fullmatch(" ".join(words).rstrip(".")) is not None:
        assert dates._may_open_date(words), words


@settings(max_examples=500, deadline=None)
@given(st.lists(TOKENS, min_size=1, max_size=7).map(" ".join))
def test_datelines_read_as_without_the_cheap_test(line: str) -> None:
    found = dates.parse_dateline(line)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_may_open_date", lambda words: True)
        assert found == dates.parse_dateline(line)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Published on Mar 13, 2025", "Mar 13, 2025"),
        ("Updated: 13 March 2025 10:30", "13 March 2025 10:30"),
        ("Posted at 10:30 Mar 13", "10:30 Mar 13"),
        ("Published on March the 13th", None),  # near miss: a word between month and day
        ("Published on", None),
    ],
)
def test_datelines_behind_labels(line: str, text: str | None) -> None:
    found = dates.parse_dateline(line)
    assert (found[0] if found is not None else None) == text
