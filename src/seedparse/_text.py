"""Small, linear-time text helpers shared by the readers."""

from __future__ import annotations

import html
import html.entities
import re
from collections.abc import Iterator

__all__ = ["decode_entities", "iter_lines", "squash_spaces"]

# Only terminated references are decoded: "&amp;" and "&#39;", never the legacy
# unterminated forms html.unescape also accepts ("&notes" is not "¬es"). Bounded
# repetition keeps the scan linear.
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")


_NAMED = html.entities.html5


def decode_entities(text: str) -> str:
    """Decode HTML character references once (``&amp;amp;`` gives ``&amp;``).

    Invalid code points (``&#0;``, ``&#xD800;``, ``&#x110000;``) become U+FFFD, so the
    result always encodes as UTF-8.
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(_decode_one, text)


_DECODED: dict[str, str] = {}


def _decode_one(match: re.Match[str]) -> str:
    reference = match.group(0)
    found = _DECODED.get(reference)
    if found is not None:  # floods repeat a few references: decode each once
        return found
    if reference[1] != "#" and reference[1:] not in _NAMED:
        # html.unescape would decode a known prefix ("&notanentity;" -> "¬anentity;").
        decoded = reference
    else:
        decoded = html.unescape(reference)
        # html.unescape leaves unknown names as they are and maps bad numbers to U+FFFD;
        # guard against any surrogate slipping through all the same.
        if any("\ud800" <= ch <= "\udfff" for ch in decoded):
            decoded = "\ufffd"
    if len(_DECODED) < 4096:
        _DECODED[reference] = decoded
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
