"""The quotation finder's mechanical shortcuts give exactly the answers of the code
they replace, for any text (issues 12 and 13: the finder's speed, no output changed).

Each shortcut is compared with the plain form it stands for, kept here as the oracle:
a regex compiled per call, a scan repeated per quote. The pieces the texts are built
from are the characters where the two could disagree (word characters that
``str.isalnum()`` and re's ``\\w`` might judge differently, "_", combining marks,
Cyrillic, spaces of several kinds).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from seedparse._text.quotes.context_words import (
    Followers,
    following_names,
    person_after,
    written_alone,
)
from seedparse._text.quotes.english_names import longer_given_run
from seedparse._text.quotes.names import trim_name

_PIECES = st.sampled_from(
    [
        "ist",
        "Ist",
        "is",
        "_",
        "x_",
        "2",
        "\u2167",  # a Roman numeral: isalnum() and \w agree on it
        "\u0663",  # an Arabic-Indic digit
        "e\u0301",  # a combining accent: neither alnum nor \w
        "\u0434\u0430\u043b\u0456",
        " ",
        "\u00a0",
        "\n",
        ".",
        "-",
        "'",
        "\u2019",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)
_WORDS = st.sampled_from(["ist", "is", "s", "_", "\u0434\u0430\u043b\u0456", "-", "e\u0301", "x_"])


@given(_TEXTS, _WORDS)
@example("Ist ist", "ist")
@example("isti ist_", "ist")
@example("\u0434\u0430\u043b\u0456", "\u0434\u0430\u043b\u0456")
def test_written_alone_is_the_bounded_regex(text: str, word: str) -> None:
    expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    assert written_alone(text, word) is expected


def _person_after_plain(text: str, start: int, name: str, pos: int, most: int) -> str:
    """The look-up as it was, reading every place again at each call."""
    probe = name + " "
    found: set[str] = set()
    i = text.find(probe, start, pos)
    count = 0
    while i >= 0 and count < most:
        count += 1
        after = i + len(probe)
        following = following_names(text, after - 1, pos if pos < after + 80 else after + 80)
        if len(following) >= 2:
            person = longer_given_run(name, following) or trim_name(following)
            if person is not None and " " in person:
                found.add(person)
        i = text.find(probe, i + 1, pos)
    return next(iter(found)) if len(found) == 1 else name


_NAME_PIECES = st.sampled_from(
    [
        "Bank Nord ",
        "Bank Nord",
        "Anna ",
        "Anna",
        "Lise ",
        "Berg ",
        "Berg",
        "van ",
        "NATO ",
        "said. ",
        ", ",
        "the port was closed for the whole of the long winter ",
        "\n",
    ]
)


@given(
    st.lists(_NAME_PIECES, max_size=24).map("".join),
    st.lists(st.integers(0, 400), min_size=1, max_size=8),
    st.integers(1, 4),
)
@example("Bank Nord Anna Berg said. Bank Nord Lise Berg", [20, 60, 400], 4)
def test_person_after_with_its_memo_is_the_plain_look_up(
    text: str, positions: list[int], most: int
) -> None:
    """Asked at rising positions (and then lower ones, which start the memo over), the
    memoised look-up answers what reading every place again answers."""
    memo: dict[str, Followers] = {}
    for pos in [*sorted(positions), *positions]:
        pos = min(pos, len(text))
        expected = _person_after_plain(text, 0, "Bank Nord", pos, most)
        assert person_after(text, 0, "Bank Nord", pos, memo, most) == expected
