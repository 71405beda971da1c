"""A quoted word glued into a German compound: „Dschungelcamp“-Kandidatin.

German hyphenates a quoted name into a compound noun („Bild“-Zeitung,
„Tagesschau“-Sprecher, „Dschungelcamp“-Kandidatin X). Such a pair of marks is part
of a word, not a quotation: the attribution after a quote reads through it
(", sagte „Dschungelcamp“-Kandidatin Sarah Knappik" names its speaker), instead of
stopping at the next opening mark.
"""

from __future__ import annotations

import re

from .names import split_tokens

__all__ = ["tokens_through_compound"]

# A short quoted word (no space, at most 40 characters) whose closing mark is followed
# by a hyphen and a letter: the first half of a compound noun.
_GLUED = re.compile(
    '[\u201e\u201c\u201d\u00ab\u00bb"]([^\\s\u201e\u201c\u201d\u00ab\u00bb"]{1,40})'
    '[\u201c\u201d\u00ab\u00bb"]-(\\w[\\w-]*)'
)


def tokens_through_compound(text: str, start: int, next_open: int, limit: int) -> list[str] | None:
    """The tokens of ``text[start:limit]`` when the quotation mark at ``next_open``
    opens a quoted word glued into a compound („X“-Y), read as the one word "X-Y";
    None when it does not (the attribution then stops at ``next_open``)."""
    glued = _GLUED.match(text, next_open)
    if glued is None or glued.end() > limit:
        return None
    return [
        *split_tokens(text, start, next_open),
        f"{glued.group(1)}-{glued.group(2)}",
        *split_tokens(text, glued.end(), limit),
    ]
