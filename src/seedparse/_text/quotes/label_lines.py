"""Speakers set on a line of their own above their words: the label of reaction pages,
interviews and minutes ("Kai Hempel (Cheftrainer DJK Gebenbach)", "Andreas Patz
(Chef-Trainer):", "Jane Doe (head coach):"), a person's full name, then a role in
parentheses, a colon, or both, and nothing else on the line; or, in French, a noun
with its complement, a comma and the name ("R\u00e9action du maire, Jean Dupont :").
The paragraph under such a line that is only a quotation is that person's words,
whoever spoke before it. Pure functions of the text."""

from __future__ import annotations

import re

from .names import is_cap, name_forward, split_tokens
from .statement_labels import statement_label

__all__ = ["label_line", "labelled_quote", "line_above"]

_MAX_LABEL = 120  # characters of a label line (a name and a short role)
# A name of two to four words, then a role in parentheses and an optional colon, or a
# colon alone. (The words are checked as a name by ``name_forward``.)
_LABEL = re.compile(
    r"(?P<name>[^\W\d_][\w.'\u2019-]*(?:[ \u00a0]+[^\W\d_][\w.'\u2019-]*){1,3})[ \u00a0]*"
    r"(?:\([^()\n]{1,80}\)[ \u00a0]*:?|:)"
)


# A French label: a noun with its complement, a comma, the person's full name, a colon
# ("R\u00e9action du maire, Jean Dupont :", "R\u00e9sum\u00e9 de l'entra\u00eeneur, X :").
_APPOSED_LABEL = re.compile(
    r"(?P<label>[^\W\d_][^\n,:;.!?]{2,60}),[ \u00a0]+"
    r"(?P<name>[^\W\d_][\w.'\u2019-]*(?:[ \u00a0]+[^\W\d_][\w.'\u2019-]*){1,3})[ \u00a0]*:"
)
_COMPLEMENT = re.compile(r"(?:^|\s)(?:de|du|des|d['\u2019]\S+)(?:\s|$)")
_MAX_LABEL_WORDS = 6


def _apposed_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The match of a French label line ("R\u00e9action du maire, Jean Dupont :") on
    ``text[start:end]``: a phrase of a few words with a complement ("du maire", "de
    l'entra\u00eeneur"), not a clause, before the comma and the name."""
    found = _APPOSED_LABEL.fullmatch(text, start, end)
    if found is None:
        return None
    label = found.group("label")
    if len(label.split()) > _MAX_LABEL_WORDS or _COMPLEMENT.search(label) is None:
        return None
    return found


def line_above(text: str, low: int, start: int, max_chars: int) -> tuple[int, int] | None:
    """Where the non-blank line right above ``start`` begins and ends (not before
    ``low``), or None when there is none or it is longer than ``max_chars``."""
    j = start
    while j > low and text[j - 1].isspace():
        j -= 1
    if j <= low:
        return None
    begin = text.rfind("\n", low, j) + 1
    if begin < low:
        begin = low
    if j - begin > max_chars:
        return None
    return begin, j


def label_line(text: str, low: int, block_start: int) -> str | None:
    """The full name on the line right above ``block_start`` (not before ``low``), when
    that line is a speaker's label (see the module docstring); None otherwise."""
    above = line_above(text, low, block_start, _MAX_LABEL)
    if above is None:
        return None
    line_start, j = above
    found = _LABEL.fullmatch(text, line_start, j) or _apposed_label(text, line_start, j)
    if found is None:
        # "Statement from Jane Doe, Director of X:", "Doe's statement:"
        return statement_label(text, line_start, j)
    tokens = split_tokens(text, found.start("name"), found.end("name"))
    name, after = name_forward(tokens, 0)
    if name is None or after != len(tokens) or " " not in name:
        # "Die Stimmen:", "Reaktionen (Auswahl)": no person's name; "Statement from
        # Jane Doe:" names one (statement_labels.py)
        return statement_label(text, line_start, j)
    return name


# A line that is a speaker's label, a colon and a quotation ("Koschinat: \u201eCoachen war
# nicht mehr m\u00f6glich\u201c"): one to four capitalised words before the colon.
_LABELLED_QUOTE = re.compile(
    r"(?:[^\W\d_][\w.'\u2019-]*[ \u00a0]){0,3}[^\W\d_][\w.'\u2019-]*:[ \u00a0]*"
    '[\u201e\u201c\u00bb\u00ab"\u201a\u2018]'
)
_CLOSING = frozenset('\u201c\u201d\u00ab\u00bb"\u2018\u2019')


def labelled_quote(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a line of a speaker's label, a colon and a whole quotation
    ("Koschinat: \u201eCoachen war nicht mehr m\u00f6glich\u201c")? Such a subheading is
    the speaker's words, and the paragraph under it goes on quoting them, so a reader
    that leaves headings out of the body still looks for quotations in it."""
    line = text[start:end].strip()
    if len(line) < 8 or line[-1] not in _CLOSING or not line[0].isupper():
        return False
    found = _LABELLED_QUOTE.match(line)
    if found is None:
        return False
    label = line[: found.end()].rsplit(":", 1)[0].split()
    return all(is_cap(word) for word in label)  # names, not "Die Stimmen:"
