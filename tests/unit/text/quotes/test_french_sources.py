"""The locutions of source read as "selon" (:func:`french_sources.as_selon`), with its
quick rejection of a token that opens no locution: the answer is the full check's."""

from __future__ import annotations

import pytest

from seedparse._text.quotes.french_sources import as_selon

CASES: list[tuple[list[str], int, list[str]]] = [
    (["»", ",", "aux", "dires", "de", "Paul"], 2, ["»", ",", "selon", "Paul"]),
    (["Aux", "yeux", "de", "Paul", ","], 0, ["selon", "Paul", ","]),
    (["de", "l'", "aveu", "même", "de", "Paul"], 0, ["selon", "Paul"]),
    (["suivant", "Paul"], 0, ["selon", "Paul"]),
    # Near-misses: a word that opens no locution, a locution cut short, "suivant"
    # before a lower-case word, a locution with nothing after it, an index past the end.
    (["les", "yeux", "de", "Paul"], 0, ["les", "yeux", "de", "Paul"]),
    (["aux", "dires", "des", "Paul"], 0, ["aux", "dires", "des", "Paul"]),
    (["le", "jour", "suivant", "il"], 2, ["le", "jour", "suivant", "il"]),
    (["aux", "dires", "de"], 0, ["aux", "dires", "de"]),
    (["suivant"], 0, ["suivant"]),
    (["Paul"], 3, ["Paul"]),
]


@pytest.mark.parametrize(("tokens", "i", "expected"), CASES)
def test_as_selon(tokens: list[str], i: int, expected: list[str]) -> None:
    assert list(as_selon(tokens, i)) == expected
