"""The cheap tests the web-page reader runs before its costly ones decide only what the
costly ones would: a related heading opens with one of its words' first letters, a
breadcrumb needs its separator, a copyright or disclaimer line one of its words."""

from __future__ import annotations

import re

import pytest

from seedparse.formats.webpage import header, lines, tail

# Every character that IGNORECASE matches with an ASCII letter (the Kelvin sign, the
# dotless i, the long s ...), beside ASCII itself: the only ones a pattern made of
# ASCII words can open with.
CASED = [chr(c) for c in range(128)] + [
    chr(c)
    for c in range(0x80, 0x10000)
    if not 0xD800 <= c < 0xE000 and re.fullmatch("[a-z]", chr(c), re.IGNORECASE)
]

RELATED_SAMPLES = [
    "related",
    "related articles",
    "more from the desk",
    "more stories",
    "you may also like",
    "recommended for you",
    "read next",
    "up next",
    "most read",
    "latest news",
    "trending now",
    "further reading",
    "what to read next",
    "keep reading",
]


def test_related_headings_open_with_a_first_letter_of_theirs() -> None:
    for sample in RELATED_SAMPLES:
        assert tail.RELATED_HEADING.fullmatch(sample) is not None, sample
        for c in CASED:
            if tail.RELATED_HEADING.fullmatch(c + sample[1:]) is not None:
                assert c in tail.RELATED_FIRST, (hex(ord(c)), sample)


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Related", True),
        ("More from Carnegie", True),
        ("\u212aeep reading", True),  # the Kelvin sign matches "k" under IGNORECASE
        ("Recommended for you", True),
        ("The related stories", False),  # near miss: the heading's words, not first
        ("Share this", False),
        ("Relatedness of things", False),
    ],
)
def test_related_list_after_a_heading(heading: str, found: bool) -> None:
    text = f"A sentence of the story that ends here.\n{heading}\n\u2022 A piece\n"
    page = lines.Page(text, [], lines.PageHints(), lines.Rules())
    assert bool(tail.related(page, 0)) is found


def test_breadcrumb_separators_are_all_tested_first() -> None:
    for code in range(0x10000):
        c = chr(code)
        if not 0xD800 <= code < 0xE000 and header._BREADCRUMB.search(f" {c} ") is not None:
            assert header._may_be_breadcrumb(c), hex(code)


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("Home > News > World", False),
        ("Start \u203a Sport \u203a Fu\u00dfball", False),
        ("News / Politics / Europe", False),
        ("Home - News - World", True),  # near miss: a dash is no breadcrumb separator
        ("The road to 2030 > a plan", True),  # one separator: a headline
        ("Either/or and this/that choices", True),  # slashes without spaces
    ],
)
def test_may_head_and_breadcrumbs(line: str, heads: bool) -> None:
    assert header.may_head(line) is heads


@pytest.mark.parametrize(
    ("folded", "copyright", "disclaimer"),
    [
        ("\u00a9 2024 acme corp", True, False),
        ("copyright 2024", True, False),
        ("(c) 2024 acme", True, False),
        ("(c)2024 acme", False, False),  # near miss: the pattern wants a space
        ("all rights reserved.", True, False),
        ("rights reserved by nobody", False, False),  # near miss: not "all rights"
        ("the views expressed are the author's own.", False, True),
        ("not necessarily those of the publisher", False, True),
        ("views of the valley at dawn", False, False),  # a hint word, no disclaimer
        ("the opinions of readers vary", False, False),
    ],
)
def test_copyright_and_disclaimer_words(folded: str, copyright: bool, disclaimer: bool) -> None:
    assert lines.is_copyright(folded) is copyright
    assert lines.is_disclaimer(folded) is disclaimer
