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

from seedparse._text.quotes.context_words import written_alone

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
