"""given_names answers at once when the word before the place is no name word (most
places the surname search reads): the same answer as reading every word back."""

from __future__ import annotations

import random

import pytest

from seedparse._text.quotes.german_clauses import GERMAN_ARTICLES
from seedparse._text.quotes.lexicon import PARTICLES
from seedparse._text.quotes.names import given_names, is_name_word


def _read_back(text: str, start: int, end: int) -> tuple[list[str], bool]:
    """The former reading, every word of the chunk split off first."""
    chunk = text[start:end]
    if not chunk or chunk[-1] not in " \u00a0":
        return [], False
    words = chunk.split()
    if start > 0 and not text[start - 1].isspace() and words:
        words = words[1:]
    run: list[str] = []
    index = len(words)
    for word in reversed(words):
        if len(run) >= 4:
            break
        if is_name_word(word) or ((run or index == len(words)) and word.lower() in PARTICLES):
            run.append(word)
            index -= 1
        else:
            break
    run.reverse()
    article = False
    while run and run[0].lower() in PARTICLES:
        article = run.pop(0).lower() in GERMAN_ARTICLES
    before = words[index - 1] if index > 0 else ""
    if run and (article or before.lower() in GERMAN_ARTICLES):
        run = run[1:]
    return run, not before or before[-1] in '.!?\u2026:\u201d"'


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("said Anna ", (["Anna"], False)),
        ("It rained. Anna ", (["Anna"], True)),
        ("Robin van ", (["Robin", "van"], True)),  # a particle before the surname
        # Near-misses: a word that is no name word; a sentence end before; the one
        # word cut in the middle; nothing before; no space before the place.
        ("said the ", ([], False)),
        ("It rained. ", ([], True)),
        ("ained ", ([], True)),
        ("", ([], False)),
        ("said", ([], False)),
    ],
)
def test_given_names(text: str, given: tuple[list[str], bool]) -> None:
    start = 2 if text == "ained " else 0
    full = "xr" + text if start else text
    assert given_names(full, start, len(full)) == given == _read_back(full, start, len(full))


def test_random_places_agree() -> None:
    words = ["Anna", "Berg", "van", "der", "de", "said", "the", "It.", "J.", "Der", "\u201d"]
    spaces = [" ", "  ", "\u00a0", "\n", " \n "]
    rng = random.Random(22)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 7)))
        text = text[rng.randint(0, 3) :]
        end = rng.randint(0, len(text))
        start = rng.randint(0, end)
        assert given_names(text, start, end) == _read_back(text, start, end), (text, start, end)
