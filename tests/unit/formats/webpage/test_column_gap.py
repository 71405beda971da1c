"""cells.has_column_gap: the pre-test before the column-gap regex never changes its
answer (the pure path of the line split asks it for every region of a page)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse.formats.webpage.cells import COLUMN_GAP, COLUMN_SPACES, has_column_gap


def _regex(text: str) -> bool:
    return COLUMN_GAP.search(text) is not None


_pieces = st.sampled_from(
    ["a", "word", " ", "\t", "\u00a0", "\n", "\u2003", "\u3000", " " * COLUMN_SPACES, "x\u00a0"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_equals_the_regex_on_noisy_blanks(text: str) -> None:
    assert has_column_gap(text) == _regex(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name" + " " * COLUMN_SPACES + "Price", True),
        ("Name" + " " * (COLUMN_SPACES - 1) + "Price", False),
        ("Name" + "\u00a0 \t" * 4 + "Price", True),  # mixed blanks, 12 in a row
        ("Name" + "\u00a0" * COLUMN_SPACES + "Price", True),
        ("Name" + "\t" * COLUMN_SPACES + "Price", True),
        (" " * 40 + "indented code", False),  # leading blanks: no text before them
        ("trailing" + " " * 40, False),
        ("one\n" + " " * 20 + "two", False),  # a newline is not a blank of a gap
        ("Name" + "\u2003" * COLUMN_SPACES + "Price", False),  # an em space is not either
        ("", False),
    ],
)
def test_table(text: str, expected: bool) -> None:
    assert has_column_gap(text) is expected
    assert _regex(text) is expected
