"""The line kinds the native core decides for a web page (``pagekind.rs``) are the pure
path's own: every kind it gives equals ``Page._classify`` on the pure path, and its
items of lists of points equal ``Page.item_lines``; over the test pages, generated pages
and Hypothesis input shaped like a page's lines (bullets, indented teasers, repeated
lines, sentences, furniture)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import require_native
from test_webpage_properties import pages

import seedparse
from seedparse import _native
from seedparse.formats.webpage.lines import HARD, PROSE, SOFT, Page, PageHints, Rules

ROOT = Path(__file__).resolve().parents[2]

require_native()

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = _native.active() is not None
    yield
    _native.set_native(before)


def assert_kinds_are_pure(text: str, authors: tuple[str, ...] = ()) -> int:
    """Compare the core's kinds and list items with the pure path's; return how many
    lines the core decided."""
    core = _native._CORE
    assert core is not None
    found = core.page_lines(text, [])
    if found is None:
        return 0  # a page the core leaves to Python
    kinds, items = found[11], found[12]
    assert kinds is not None and items is not None
    _native.set_native(False)
    pure = Page(text, [], PageHints(authors=authors), Rules())
    assert len(kinds) == pure.count
    decided = 0
    for i, kind in enumerate(kinds):
        assert kind in (-1, PROSE, SOFT, HARD)
        if kind >= 0:
            decided += 1
            assert kind == pure._classify(i), (i, pure.strip[i])
    assert frozenset(items) == pure.item_lines()
    _native.set_native(True)
    page = Page(text, [], PageHints(authors=authors), Rules())
    page.find_text_blocks()
    pure.find_text_blocks()
    assert [page.kind(i) for i in range(page.count)] == [pure.kind(i) for i in range(pure.count)]
    return decided


# Lines of the shapes the kinds hinge on: bullets (short and long), sentences, furniture,
# bylines, dates, tag lines, long lines, non-ASCII and entity lines (left to Python).
LINE_BODIES = st.sampled_from(
    [
        "Share",
        "Menu",
        "Home",
        "Read more",
        "Sponsored by a b c",
        "The council met on Monday and agreed the plan.",
        "It rained all week, and the river rose past the old mark.",
        "one two three four five",
        "A short heading",
        "We met at noon today.",
        "We met at noon and then left.",
        "By Jane Doe",
        "March 3, 2024",
        "Tags: politics, economy",
        "Foreign PolicySecurityUkraine",
        "Copyright 2024 All rights reserved",
        "Caf\u00e9 society returns to the square this year.",
        "Fish &amp; chips",
        "word " * 30,
        "x" * 130 + ".",
        "y" * 330,
        "Logo",
        "13 Comments",
    ]
)
LINE = st.tuples(
    st.sampled_from(["", "", "", "  ", "    ", "\t", " " * 14]),
    st.sampled_from(["", "", "", "- ", "\u2022 ", "* "]),
    LINE_BODIES,
)
PAGE = st.lists(st.one_of(LINE.map("".join), st.just("")), min_size=1, max_size=40).map("\n".join)


@SETTINGS
@given(PAGE, st.booleans())
@example("- Sections\n    The council met on Monday and agreed.\n", False)
@example("- one two three four five\n" * 5, False)
@example("Menu\nThe council met on Monday and agreed the plan.\nMenu\n", True)
def test_page_shaped_lines(text: str, with_author: bool) -> None:
    assert_kinds_are_pure(text, ("Jane Doe",) if with_author else ())


@settings(max_examples=40, deadline=None)
@given(pages())
def test_generated_pages(page) -> None:  # type: ignore[no-untyped-def]
    assert_kinds_are_pure(page["text"])


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests" / "fixtures" / "webpage").iterdir()), ids=lambda p: p.name
)
def test_fixture_pages(path: Path) -> None:
    assert assert_kinds_are_pure(path.read_text(encoding="utf-8")) > 0


def test_most_lines_are_decided_natively() -> None:
    """A plain article page: the core decides every line but the byline and the title."""
    text = (
        "Menu\nShare\n\nA Title Here\nBy Jane Doe\n\n"
        + "The council met on Monday and agreed the plan after a long debate.\n" * 6
        + "13 Comments\n"
    )
    core = _native._CORE
    assert core is not None
    found = core.page_lines(text, [])
    assert found is not None and found[11] is not None
    assert assert_kinds_are_pure(text) == len(found[11]) - 2


def test_site_boilerplate_keeps_the_python_kinds() -> None:
    """A site's boilerplate lines are Python's to apply: a sentence listed there is soft
    on both paths, though the core would call it prose."""
    line = "The council met on Monday and agreed the plan."
    rules = Rules(boilerplate_lines=frozenset([line.casefold()]))
    kinds = []
    for enabled in (True, False):
        _native.set_native(enabled)
        page = Page(line + "\n", [], PageHints(), rules)
        page.find_text_blocks()
        kinds.append(page.kind(0))
    assert kinds == [SOFT, SOFT]


def test_documents_are_the_same_on_both_paths() -> None:
    text = (ROOT / "tests" / "fixtures" / "webpage" / "news_jsonld.txt").read_text("utf-8")
    documents = []
    for enabled in (True, False):
        _native.set_native(enabled)
        documents.append(seedparse.parse(text, reader="web-page"))
    assert documents[0] == documents[1]
