"""Two English offices joined by "and" before a name are one office.

"said Western Growers CEO and President Tom Nassif", "said founder and chief executive
Ana Ruiz", "Acme chairman and chief executive Dan Ode said": a noun phrase may
coordinate the titles it puts before the name. The "and" between two office nouns
does not end the office (as a conjunction between two people would: "said Ana Ruiz
and Dan Ode"), so the person is the name after the second office.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import is_title

__all__ = ["coordinated_office"]


def coordinated_office(tokens: Sequence[str], k: int) -> bool:
    """Is ``tokens[k]`` an "and" between two office nouns ("CEO and President",
    "founder and chief executive")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k] == "and"
        and is_title(tokens[k - 1])
        and is_title(tokens[k + 1])
    )
