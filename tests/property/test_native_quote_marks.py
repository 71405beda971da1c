"""The native pairing of quotation marks (``QuoteScanner.pair_block``) against the
Python oracle (``marks.collect_marks`` and ``marks.pair_marks``), block by block, with
the carry of a quote the block before left open (``marks.closes_first``)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import require_native

import seedparse
from seedparse import _native
from seedparse._text.quotes import marks
from seedparse._text.quotes.marks import BlockPairs

require_native()

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Every mark the pairing knows, the entities, two apostrophes, two commas, and the
# characters on either side that decide whether an ambiguous mark opens or closes
# (digits before a straight mark, the spaces of French spacing, markup around an
# attribute).
MARK_PIECES = st.sampled_from(
    [
        *'"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f',
        *"\u2018\u2019\u201a",
        "'",
        "''",
        ",,",
        ",,\u00c4",
        "6",
        "=",
        "<a>",
        "&quot;",
        "&ldquo;",
        "&rdquo;",
        "&laquo;",
        "&raquo;",
        "&lsquo;",
        "&#8217;",
        "&amp;",
        "&",
        *"([{)]}-/:;,.!?\u2026\u2014\u2013",
        "word",
        "\u0421\u043b\u043e\u0432\u043e",
        "\u00e9",
        "\u0301",
        "\u4e2d",
        " ",
        "\n",
        "\u00a0",
        "\u202f",
        "\u2009",
        "\u3000",
    ]
)
MARK_TEXT = st.lists(MARK_PIECES, max_size=80).map("".join)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = _native.active() is not None
    yield
    _native.set_native(before)


def block_pairs(
    text: str,
    blocks: list[tuple[int, int]],
    carries: list[int | None],
    max_marks: int,
) -> list[object]:
    """What QuoteFinder._quotes asks of the marks, for each block in turn."""
    low = min(b[0] for b in blocks)
    high = max(b[1] for b in blocks)
    marks = BlockPairs(text, low, high, max_marks * len(blocks), 3 * max_marks)
    return [bool(marks), *(marks.pairs(s, e, c) for (s, e), c in zip(blocks, carries, strict=True))]


def on_both(run):  # type: ignore[no-untyped-def]
    outcomes = []
    for enabled in (True, False):
        assert _native.set_native(enabled) is enabled
        outcomes.append(run())
    return outcomes


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[int | None], int]:
    text = draw(MARK_TEXT)
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), min_size=1, max_size=6)))
    points = [0, *cuts, n]
    blocks = [(a, b) for a, b in pairwise(points) if a < b] or [(0, n)]
    carries = [draw(st.none() | st.integers(0, n - 1)) if n else None for _ in blocks]
    max_marks = draw(st.sampled_from([2, 3, 5, 50_000]))
    return text, blocks, carries, max_marks


@SETTINGS
@given(documents())
@example(("ends here\u201d he said.", [(0, 22)], [0], 50_000))
@example(("\u201cOpen\n\nends here\u201d he said.", [(0, 5), (7, 29)], [None, 0], 50_000))
@example(("&ldquo;x\n\ny&rdquo; z", [(0, 8), (10, 19)], [None, 0], 50_000))
@example(("\u00ab\u0430 \u201e\u0431\u201c, \u2013 \u0432", [(0, 11)], [None], 50_000))
# A carried straight single mark (an opener of `marks._CLOSERS`, which the native
# pairing once ignored): it stays open to the block's end on both paths.
@example(('"6\'"', [(0, 1), (1, 4)], [None, 2], 2))
# Two commas typed for a low opening mark, at a block's start and after a space, and
# carried into the next block.
@example((',,Ja," er (,,Nein\n\nx\u201c y', [(0, 16), (18, 22)], [None, 11], 50_000))
# Two curly single marks typed for a double one, past the cap of such marks, and a
# doubled mark that straddles the range's start.
@example(("\u2018\u2019a\u2019\u2019 \u2018\u2019b\u2019\u2019", [(0, 12)], [None], 2))
@example(("\u2019\u2019\u2019a \u2018b\u2019", [(1, 8)], [None], 50_000))
def test_pairs_per_block(doc: tuple[str, list[tuple[int, int]], list[int | None], int]) -> None:
    """The same pairs for every block on both paths, whatever opening mark is carried
    in (any character of the text, as the finder passes the quote's first one)."""
    text, blocks, carries, max_marks = doc
    native, pure = on_both(lambda: block_pairs(text, blocks, carries, max_marks))
    assert native == pure


# Mixed marks of copied text in prose: the marks of every convention with words,
# spaces, sentence marks and paragraph breaks between them.
MIXED_PIECES = st.sampled_from(
    [
        *'"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a',
        "''",
        "\u2018\u2019",
        "\u2019\u2019",
        "&quot;",
        "&ldquo;",
        " ",
        "\u00a0",
        "\u202f",
        ", ",
        ". ",
        " : ",
        ", \u2014 ",
        "\n\n",
        "6",
        "We will win",
        "said Anna Berg",
        "a dit Anne Dubois",
        "sagte sie",
        "\u0441\u043a\u0430\u0437\u0430\u043b \u041f\u0435\u0442\u0440\u043e\u0432",
    ]
)


@SETTINGS
@given(st.lists(MIXED_PIECES, max_size=40).map("".join))
@example('"We will win\u201d, said Anna Berg\n\n\u00ab We will win", a dit Anne Dubois')
@example("''We will win\n\nWe will win'' said Anna Berg")
@example("\u2018\u2019We will win\u2019\u2019, a dit Anne Dubois")
def test_quotation_spans_on_mixed_marks(text: str) -> None:
    """Articles of randomly mixed marks and text: the same quotations (spans, texts
    and speakers) on both paths."""
    text = "Title\n\n" + text

    def quotations() -> list[tuple[int, int, str, str | None]]:
        doc = seedparse.parse(text, reader="article")
        return [
            (c.span.start, c.span.end, c.text, c.speaker)
            for c in doc.citations
            if c.kind == "quotation"
        ]

    native, pure = on_both(quotations)
    assert native == pure


def test_carry_closes_a_quote_with_no_opening_mark() -> None:
    """A paragraph that ends the quotation the one before left open: the pair runs
    from the block's start, on both paths; with no open quote before, no pair."""
    text = "\u201cI will go on\n\nand on\u201d, she said."
    blocks = [(0, 13), (15, len(text))]
    for enabled in (True, False):
        _native.set_native(enabled)
        assert block_pairs(text, blocks, [None, 0], 50_000)[2] == [(15, 15, 21, 22)]
        assert block_pairs(text, blocks, [None, None], 50_000)[2] == []


def test_lone_surrogates_fall_back_to_python() -> None:
    """Text the native core cannot read (a lone surrogate) is paired by Python."""
    text = "\ud800 \u201cyes\u201d"
    native, pure = on_both(lambda: block_pairs(text, [(0, len(text))], [None], 50_000))
    assert native == pure == [True, [(2, 3, 6, 7)]]


def test_nested_close_before_a_dash_ends_the_open_quote_natively(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A quote whose own closing mark is left out, ended by the nested one before ", \u2013"
    and an attribution: the native pairing ends it there itself (no block is handed
    to the Python pairing), as the Python oracle does."""
    text = "\u201cThey called it \u2018a fair deal\u2019, \u2013 she recalled.\n\nNext \u201cone"
    close = text.index("\u2019")
    blocks = [(0, text.index("\n")), (text.rindex("\n") + 1, len(text))]
    last = text.rindex("\u201c")
    expected = [True, [(0, 1, close, close + 1)], [(last, last + 1, len(text), len(text))]]
    _native.set_native(False)
    assert block_pairs(text, blocks, [None, None], 50_000) == expected
    _native.set_native(True)
    monkeypatch.setattr(marks, "pair_marks", None)  # the native path must not need it
    assert block_pairs(text, blocks, [None, None], 50_000) == expected
