"""What both front-matter loaders share: the fences, the framing, and the refusal
that carries an error class and a position out of either loader (see :mod:`.frontmatter`).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..._errors import LimitExceeded, ParseError
from ..._limits import Limits
from ..._text.lazyre import LazyPattern

__all__ = ["CLOSE", "OPEN", "Loaded", "Refused", "frame", "too_many_values"]

# The opening fence must be the first line, followed by a newline. The closing fence is
# any later line that is exactly "---" or "..." (trailing blanks allowed). Both patterns
# are anchored at line starts and have no nested quantifiers: linear.
OPEN = LazyPattern(r"---[ \t]*\r?\n")
CLOSE = LazyPattern(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


class Refused(Exception):
    """Internal: the loader refused the input; carries the error class and position."""

    def __init__(self, error: type[ParseError], message: str, index: int) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
        self.index = index


def too_many_values(limits: Limits, index: int) -> Refused:
    return Refused(
        LimitExceeded,
        f"front matter holds more than max_metadata_nodes={limits.max_metadata_nodes} values",
        index,
    )


class Loaded(NamedTuple):
    """A loaded front matter block (a named tuple: one per note)."""

    data: dict[str, Any]
    raw: dict[str, str]
    warnings: tuple[tuple[int, str], ...]  # offsets relative to the block


def frame(text: str) -> tuple[int, int, int] | None:
    """``(block_start, block_end, body_start)`` of terminated front matter, else None."""
    opening = OPEN.match(text)
    if opening is None:
        return None
    block_start = opening.end()
    closing = CLOSE.search(text, block_start)
    if closing is None:
        return None
    body_start = closing.end()
    if body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    return block_start, closing.start(), body_start
