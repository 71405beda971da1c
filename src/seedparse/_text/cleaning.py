"""Small, linear-time text helpers shared by the readers."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

__all__ = ["decode_entities", "iter_lines", "squash_spaces"]

# Only terminated references are decoded: "&amp;" and "&#39;", never the legacy
# unterminated forms html.unescape also accepts ("&notes" is not "¬es"). Bounded
# repetition keeps the scan linear.
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Decode HTML character references once (``&amp;amp;`` gives ``&amp;``).

    Invalid code points (``&#0;``, ``&#xD800;``, ``&#x110000;``) become U+FFFD, so the
    result always encodes as UTF-8.
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(_decode_one, text)


def _decode_one(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    # html.unescape leaves unknown names as they are and maps bad numbers to U+FFFD;
    # guard against any surrogate slipping through all the same.
    if any("\ud800" <= ch <= "\udfff" for ch in decoded):
        return "\ufffd"
    return decoded


def squash_spaces(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and newlines) to one space
    and strip the ends. Zero-width and bidi characters are kept verbatim."""
    return " ".join(text.split())


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line of ``text`` (without its ``\\n``),
    offsets counted from ``start``."""
    pos = start
    for line in text.split("\n"):
        end = pos + len(line)
        yield pos, end, line
        pos = end + 1
