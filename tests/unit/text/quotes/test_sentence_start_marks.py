"""sentence_start finds the last sentence mark before a position with searches that
read only past the mark found so far: the same answer as the max of four searches back
to the start of the text read, on texts with one, several or none of the marks."""

from __future__ import annotations

import random

import pytest

from seedparse._text.quotes.names import _keeps_dot, _ordinal_dot, sentence_start


def _four_searches(text: str, low: int, pos: int) -> int:
    """The former reading: the max of four searches of text[low:i]."""
    rfind = text.rfind
    i = pos
    while i > low:
        j = max(rfind(".", low, i), rfind("?", low, i), rfind("!", low, i), rfind("\u2026", low, i))
        if j < 0:
            return low
        if j + 1 < pos and text[j + 1].isspace():
            if text[j] != ".":
                return j + 1
            k = j
            while k > low and k > j - 8 and text[k - 1].isalpha():
                k -= 1
            if not _keeps_dot(text[k:j]) and not _ordinal_dot(text, low, j):
                return j + 1
        i = j
    return low


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("He left. She said", 8),
        ("Really? She said", 7),
        ("Stop! She said", 5),
        ("Well\u2026 She said", 5),
        ("Why? Dr. Roy said", 4),  # near-miss: an abbreviation's period ends nothing
        ("Am 3. Oktober sagte er", 0),  # near-miss: an ordinal's period
        ("No mark at all", 0),
        ("A?B! C. D", 4),  # near-miss: an initial,
    ],
)
def test_sentence_start(text: str, start: int) -> None:
    assert sentence_start(text, 0, len(text)) == start == _four_searches(text, 0, len(text))


def test_random_texts_agree() -> None:
    rng = random.Random(22)
    alphabet = "ab .?!\u2026 Dr 3\n"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        low = rng.randint(-5, len(text))
        pos = rng.randint(0, len(text))
        assert sentence_start(text, low, pos) == _four_searches(text, low, pos), (text, low, pos)
