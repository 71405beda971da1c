"""Loops that scan forward must make progress: regressions of the ones that did not.

Each case runs under a CPU-time budget (``ITIMER_PROF``): a loop that restarts at the
same position burns CPU until the budget raises, so the test fails instead of hanging,
and a busy machine (which slows the wall clock, not the CPU time of this process)
cannot fail it.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

import pytest

import seedparse
from seedparse._text.quotes.names import split_tokens as _tokens

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs setitimer")


class _OverBudget(BaseException):
    """A BaseException, so that no ``except Exception`` in the code under test eats it."""


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise _OverBudget(f"more than {seconds} CPU seconds: a scan makes no progress")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _page(json_value: str) -> str:
    return (
        "  \u2022 Home\n  \u2022 Research\n{\n"
        '  "authors": ["Ann Lee"],\n'
        f'  "description": "{json_value}"\n'
        "}\n"
        "The title of the piece\n\nBy Ann Lee\n\n"
        "First paragraph of the article body, with a few words in it.\n\n"
        "Second paragraph of the article body, which goes on a little longer.\n"
    )


@pytest.mark.parametrize(
    "value",
    [
        "A piece that originally ran elsewhere",
        "It first appeared in print, and first ran on radio",
        "first published in 1999",
    ],
)
def test_origin_words_inside_a_json_block_do_not_stall_the_search(value: str) -> None:
    # The search for "Originally published in X" found the word inside the JSON block
    # (which holds no page line), looked up the line before the block, and searched
    # again from that line's end: the same hit, forever (Readability's lazy-image-2).
    def run() -> seedparse.Document:
        with cpu_budget(10.0):
            return seedparse.parse(_page(value), reader="web-page")

    document = run()
    assert document.title == "The title of the piece"
    assert "source_publication" not in document.metadata


def test_an_origin_line_after_a_json_hit_is_still_found() -> None:
    text = _page("originally a draft").replace(
        "Second paragraph",
        "This article was originally published in The Daily Example.\n\nSecond paragraph",
    )
    with cpu_budget(10.0):
        document = seedparse.parse(text, reader="web-page")
    assert document.metadata.get("source_publication") == "The Daily Example"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. A. B. Smith said.", ["Dr.", "A.", "B.", "Smith", "said", "."]),
        (". A. .", [".", "A.", "."]),
        ("no dots here", ["no", "dots", "here"]),
        ("Mr.. x", ["Mr.", ".", "x"]),
    ],
)
def test_tokens_merge_periods_of_initials_and_abbreviations(text: str, expected: list[str]) -> None:
    assert _tokens(text, 0, len(text)) == expected


def test_tokens_are_linear_in_initials() -> None:
    # Each merge used to delete from the middle of the token list: quadratic in the
    # number of initials (about 90 CPU seconds for a million). Now one pass.
    text = "A. " * 1_000_000
    with cpu_budget(10.0):
        tokens = _tokens(text, 0, len(text))
    assert tokens == ["A."] * 1_000_000
