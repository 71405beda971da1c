"""Statement labels: a line of its own that says whose statement the quoted paragraphs
under it are ("Statement from Jane Doe, Director of Housing:", "Jane Doe statement:",
"Doe's statement:"). Press releases and council pages print a statement so; the
speaker is the person named, without the word "statement". Pure functions of a line."""

from __future__ import annotations

import re

from .names import name_forward, split_tokens

__all__ = ["statement_label"]

# "Statement from X:", "A statement by X, the director of Y:", "Full statement from X:"
_FROM = re.compile(
    r"(?:(?:A|The|Full|Joint)[ \u00a0]+)?[Ss]tatement[ \u00a0]+(?:from|by)[ \u00a0]+"
    r"(?P<name>[^,:;()\n]{2,80}?)[ \u00a0]*(?:,[^:\n]{1,120})?:"
)
# "X statement:", "X's statement:", "X\u2019s full statement:"
_OWN = re.compile(
    r"(?P<name>[^,:;()\n]{2,60}?)(?:['\u2019]s)?[ \u00a0]+(?:full[ \u00a0]+)?statement[ \u00a0]*:"
)


def statement_label(text: str, start: int, end: int) -> str | None:
    """The person whose statement the line ``text[start:end]`` labels (a full name
    or a surname as written), or None when the line is no statement label or names no
    person ("Council statement:" is a body's, "Statement from the council:" names none)."""
    found = _FROM.fullmatch(text, start, end) or _OWN.fullmatch(text, start, end)
    if found is None:
        return None
    tokens = split_tokens(text, found.start("name"), found.end("name"))
    if not tokens:
        return None
    name, after = name_forward(tokens, 0)
    if name is None or after != len(tokens):
        return None
    return name
