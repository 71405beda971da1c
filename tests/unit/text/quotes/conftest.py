"""What the table-driven quotation tests share: a text read as one block per line
(or, under its title line, its body), and the check of the quotations found in it
against a table row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from seedparse import Citation
from seedparse._text.quotes import find_quotations

Expected = Sequence[tuple[str, str | None]]


def _line_blocks(text: str) -> list[tuple[int, int]]:
    blocks = []
    pos = 0
    for line in text.split("\n"):
        blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return blocks


def _body_blocks(text: str) -> list[tuple[int, int]]:
    """Every line after the first (a title or headline) is a block."""
    return _line_blocks(text)[1:]


def _check_quotes(text: str, expected: Expected) -> list[Citation]:
    """The quotations of ``text`` (one block per line), checked against ``expected``
    (each the start of the quotation's text and its speaker), in order."""
    found = [c for block in find_quotations(text, _line_blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got
        assert citation.kind == "quotation"
    return found


@pytest.fixture
def check_quotes() -> Callable[[str, Expected], list[Citation]]:
    return _check_quotes


@pytest.fixture(scope="session")  # (session-wide: Hypothesis tests may ask for it)
def line_blocks() -> Callable[[str], list[tuple[int, int]]]:
    """The blocks of a text read as one block per line."""
    return _line_blocks


@pytest.fixture(scope="session")
def body_blocks() -> Callable[[str], list[tuple[int, int]]]:
    """The blocks of a text's body: one per line after the first (its title)."""
    return _body_blocks
