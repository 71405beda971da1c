"""The text before a quote read as sentences across paragraph breaks.

A heading or a label line stands on its own between blank lines and ends in no
punctuation ("Das sagen die Spieler zum Sieg"). Read as a run of words with the
paragraph under it, its last capitalised word and the first name of that paragraph
become one name ("Sieg Fabian Lustenberger"), and its verb ("sagen") the speech verb
of that paragraph's first sentence. :func:`scan_tokens` reads such a line as a
sentence of its own: it ends there, with a period the tokens would otherwise lack.
A line that ends in a mark (a sentence, a colon before speech, a label's closing
parenthesis) is read as before, and so is a line break inside a paragraph (text
wrapped by hand). A block that ends inside a speech frame, on a lower-case word with
no mark ("“, so der parlamentarische" / "Geschäftsführer der Fraktion, X."),
was broken by the page, not ended: :func:`wrapped_block_end` reads on into the line
under it.
"""

from __future__ import annotations

import re

from .names import split_tokens

__all__ = ["scan_tokens", "wrapped_block_end"]

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


_WRAP_REACH = 120  # characters of the next line a frame broken across lines reads


def wrapped_block_end(text: str, close_end: int, block_end: int) -> int:
    """Where the frame after a quotation closing at ``close_end`` ends, when its block
    ends at ``block_end`` on a lower-case word with no mark after a word or two of the
    frame ("“, so der parlamentarische"): the page broke the line inside the
    frame, so it goes on in the next line (up to that line's end, at most
    :data:`_WRAP_REACH` characters). ``block_end`` itself otherwise, and when a blank
    line (a paragraph break) or another quotation comes first."""
    tail = text[close_end:block_end]
    if not tail or not tail[-1].isalpha() or not tail.rsplit(None, 1)[-1].islower():
        return block_end
    if len(tail.split()) < 2 or "\n" in tail or not text.startswith("\n", block_end):
        return block_end
    nxt = block_end + 1
    if nxt >= len(text) or not text[nxt].isalpha():
        return block_end  # a blank line or a mark: the block ended there
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    return line_end if line_end - nxt <= _WRAP_REACH else nxt + _WRAP_REACH
