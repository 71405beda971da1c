"""Small, linear-time text helpers shared by the readers: the one way to turn raw
markup into clean text (:func:`clean_text`) and the one way to compare lines and names
(:func:`fold_key`)."""

from __future__ import annotations

import re

from .lazyre import LazyPattern

__all__ = ["HTML_TAG", "clean_text", "decode_entities", "fold_key", "squash_spaces"]

#: An HTML tag as scraped text carries it (``<b>``, ``</a>``, ``<br/>``,
#: ``<a href="...">``): bounded, so a ``<`` that opens no tag costs little.
HTML_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>]{0,400})?/?>")

# Only terminated references are decoded: "&amp;" and "&#39;", never the legacy
# unterminated forms html.unescape also accepts ("&notes" is not "¬es"). Bounded
# repetition keeps the scan linear.
_ENTITY = LazyPattern(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")


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
    # html loads here, on the first reference: its 2,231 entity names are about 1.5 ms
    # and 0.2 MiB of a first load, which most documents (every plain note) never need.
    import html.entities

    if reference[1] != "#" and reference[1:] not in html.entities.html5:
        # html.unescape would decode a known prefix ("&notanentity;" -> "\u00acanentity;").
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


def clean_text(raw: str, *, tags: bool = True) -> str:
    """Plain text of raw markup: HTML tags dropped (each becomes a space), entities
    decoded once, whitespace squashed to single spaces and stripped.

    ``tags=False`` leaves ``<...>`` alone, for text whose markup the caller has read
    already (note markup) or that is rendered text, where a ``<`` is just a character.
    """
    if tags and "<" in raw:
        raw = _drop_tags(raw)
    if "&" in raw:
        raw = decode_entities(raw)
    # Printable text holds no whitespace but the ASCII space: without doubled or
    # outer spaces it is already squashed (the common case; no split, no join). The
    # cheap space tests go first: isprintable() looks up every character, and a note's
    # pieces often end in a space, so they would pay for it and then split anyway.
    if raw[:1] != " " and raw[-1:] != " " and "  " not in raw and raw.isprintable():
        return raw
    return " ".join(raw.split())


def _drop_tags(raw: str) -> str:
    """``raw`` with every HTML tag replaced by a space (whitespace left to the caller).

    Tags are read in squashed text, and a tag that dropping the tags inside it leaves
    behind (``<a<i>>`` leaves ``<a >``) is dropped too, so that the clean text holds no
    tag: cleaning it again changes nothing. Linear: one pass of :data:`HTML_TAG`, then
    where it leaves a ``<``, a search of the squashed result (squashing keeps every tag
    a tag, and may make one of a ``<`` left), and only where that finds a tag, one scan
    over the brackets.
    """
    text = HTML_TAG.sub(" ", raw)
    if "<" not in text:
        return text
    text = " ".join(text.split())
    if HTML_TAG.search(text) is None:
        return text
    return _drop_nested(text)


_ANGLE = LazyPattern(r"([<>])")


def _drop_nested(text: str) -> str:
    # The pieces kept so far, and where in them the "<" are that may still open a tag:
    # each ">" closes the last one if the text since it reads as a tag (it is dropped),
    # else no "<" before that ">" can open one (its tag would hold the ">"). A piece is
    # joined into one such test at most, so the scan stays linear.
    out: list[str] = []
    opens: list[int] = []
    for piece in _ANGLE.split(text):
        if piece == "<":
            opens.append(len(out))
        elif piece == ">" and opens:
            at = opens.pop()
            if HTML_TAG.fullmatch(" ".join("".join(out[at:]).split()) + ">") is not None:
                del out[at:]
                piece = " "
            else:
                opens.clear()
        out.append(piece)
    return " ".join("".join(out).split())


def fold_key(text: str) -> str:
    """The key two lines or names are compared by: whitespace squashed, casefolded."""
    return " ".join(text.split()).casefold()
