"""The text before a quote read as sentences across paragraph breaks.

A heading or a label line stands on its own between blank lines and ends in no
punctuation ("Das sagen die Spieler zum Sieg"). Read as a run of words with the
paragraph under it, its last capitalised word and the first name of that paragraph
become one name ("Sieg Fabian Lustenberger"), and its verb ("sagen") the speech verb
of that paragraph's first sentence. :func:`scan_tokens` reads such a line as a
sentence of its own: it ends there, with a period the tokens would otherwise lack.
A line that ends in a mark (a sentence, a colon before speech, a label's closing
parenthesis) is read as before, and so is a line break inside a paragraph (text
wrapped by hand).
"""

from __future__ import annotations

import re

from .names import split_tokens

__all__ = ["scan_tokens"]

#: A blank line: a paragraph break.
_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def scan_tokens(text: str, start: int, end: int) -> list[str]:
    """The tokens of ``text[start:end]`` (:func:`names.split_tokens`), with a "."
    after every paragraph that ends in a letter or a digit and is followed by
    another one."""
    if text.find("\n", start, end) < 0:
        return split_tokens(text, start, end)
    tokens: list[str] = []
    at = start
    for brk in _BREAK.finditer(text, start, end):
        line_end = len(text[at : brk.start()].rstrip()) + at
        tokens += split_tokens(text, at, brk.start())
        if line_end > at and text[line_end - 1].isalnum():
            tokens.append(".")
        at = brk.end()
    tokens += split_tokens(text, at, end)
    return tokens
