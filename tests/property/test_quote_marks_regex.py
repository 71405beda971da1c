"""The regex for a straight single mark opening a Cyrillic quotation finds what the
look-behind-first form of it found, for any text and any window.

``marks._CYRILLIC_SINGLE`` opens with the mark itself, so the regex engine skips from
one "'" to the next; it replaced ``(?:(?<=[\\s(:\u2014\u2013-])|^)'[...]`` (re.M), which
tried its look-behind at every character. Both must match at the same places, or the
finder would pair a Russian or Ukrainian document differently.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from seedparse._text.quotes.marks import _CYRILLIC_SINGLE

_REFERENCE = re.compile(
    "(?:(?<=[\\s(:\u2014\u2013-])|^)'[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]", re.M
)
_CHARS = st.sampled_from(
    [
        "'",
        " ",
        "\n",
        "\r",
        "\t",
        "\u00a0",
        "\u2003",
        "\x1c",  # (str.isspace() and the regex's \s agree on it)
        "(",
        ":",
        "\u2014",
        "\u2013",
        "-",
        "\u0410",
        "\u042f",
        "\u0401",
        "\u0404",
        "\u0490",
        "\u0430",
        "a",
        "A",
        "\u2019",
    ]
)


@settings(max_examples=500, deadline=None)
@given(
    chars=st.lists(_CHARS, max_size=30), bounds=st.tuples(st.integers(0, 30), st.integers(0, 30))
)
@example(chars=list("'\u0410"), bounds=(0, 2))
@example(chars=list("x\n'\u0410"), bounds=(2, 4))
@example(chars=list("x'\u0410"), bounds=(1, 3))
def test_same_matches(chars: list[str], bounds: tuple[int, int]) -> None:
    text = "".join(chars)
    low = min(bounds[0], len(text))
    high = max(low, min(bounds[1], len(text)))
    found = [m.span() for m in _CYRILLIC_SINGLE.finditer(text, low, high)]
    assert found == [m.span() for m in _REFERENCE.finditer(text, low, high)]
    first = _CYRILLIC_SINGLE.search(text, low, high)
    assert (first.span() if first else None) == (found[0] if found else None)


_NEIGHBOURS = [
    *(" ", "\n", "\r", "\t", "\u00a0", "\u2003", "\x1c", "(", ":", "\u2014", "\u2013", "-"),
    *("'", "a", "A", "\u0430", "\u0410", "\u0401", "\u2019", ")", ".", ","),
]


def test_every_neighbour() -> None:
    # Each character before the mark and each after it, at the start of the text and
    # inside it, with the window starting on the mark and before it.
    for before in _NEIGHBOURS:
        for after in [*_NEIGHBOURS, "\u042f", "\u0404", "\u0406", "\u0407", "\u0490"]:
            for text in (f"{before}'{after}", f"x{before}'{after}y", f"'{after}{before}"):
                for low in range(len(text)):
                    found = [m.span() for m in _CYRILLIC_SINGLE.finditer(text, low)]
                    assert found == [m.span() for m in _REFERENCE.finditer(text, low)], text
