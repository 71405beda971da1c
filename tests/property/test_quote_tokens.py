"""The quotation finder's fast tokenizer gives exactly the regex's tokens, for any text.

``split_tokens`` reads most words without its regex (a word of letters and digits is
one token; one followed by a single ``,.;:!?`` is that word and the mark) and merges a
period into an initial or an abbreviation with ``list.index`` jumps. Its answer must be
that of running the regex over the whole range and merging word by word, as it did
before the fast paths, so that no quotation depends on which path read a word.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from seedparse._text.quotes.names import _TOKEN, _keeps_dot, split_tokens


def _reference(text: str, start: int, end: int) -> list[str]:
    out: list[str] = []
    for word in _TOKEN.findall(text, start, end):
        if word == "." and out and _keeps_dot(out[-1]):
            out[-1] += "."
        else:
            out.append(word)
    return out


_PIECES = st.sampled_from(
    [
        "said",
        "Dr",
        "A",
        "mr",
        "U.S.",
        "well-known",
        "don\u2019t",
        "_x",
        "x_",
        "2024",
        "\u2167",  # a Roman numeral: isalnum() and \w agree on it
        "\u0663",  # an Arabic-Indic digit
        "\u4e2d\u6587",
        "e\u0301",  # a combining accent: neither alnum nor \w
        "\u0421\u0435\u0440\u0433\u0435\u0439",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "\u2003",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "\u2026",
        "-",
        "'",
        "\u2019",
        '"',
        "\u201c",
        "\u201d",
        "\u00ab",
        "(",
        ")",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.data())
@example("Dr. A. Smith said, \u201cno.\u201d", None)
@example("x_. mr . a.b.c!? well-known\u2019s", None)
def test_split_tokens_is_the_regex(text: str, data: st.DataObject | None) -> None:
    if data is None:
        start, end = 0, len(text)
    else:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    assert split_tokens(text, start, end) == _reference(text, start, end)
