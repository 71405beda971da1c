"""Bytes to text, explicitly: BOM sniffing, strict UTF-8, a recorded fallback.

The text that every :class:`~seedparse.Span` indexes into is produced here:
decoded, leading BOM removed, CRLF and lone CR turned into LF, NUL turned into
U+FFFD. A file and its BOM/CRLF twin therefore give the same Document.

No string that leaves this module holds a lone surrogate (the ``surrogateescape``
leftovers of undecodable bytes): such characters become U+FFFD, one for one, so
offsets stay valid and every string encodes as UTF-8.
"""

from __future__ import annotations

import codecs
import re

import attrs

from .._errors import ArgumentError, DecodeError

__all__ = ["DecodedText", "decode_bytes", "normalize_text", "scrub_surrogates"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that are not text whatever their bytes say.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"%PDF-",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"(\xb5/\xfd",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",
)
_SNIFF_BYTES = 8192
# C0 controls other than tab, LF, FF, CR and ESC: rare in text, common in binaries.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_NO_DELETE = bytes(range(256))
_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.frozen
class DecodedText:
    """Decoded, normalised text plus what decoding had to do to get it."""

    text: str
    encoding: str
    """The codec used (``"utf-8"`` for plain or BOM-marked UTF-8)."""
    warnings: tuple[str, ...] = ()


def scrub_surrogates(text: str) -> str:
    """Replace each lone surrogate (e.g. from ``surrogateescape``) with U+FFFD."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def normalize_text(text: str) -> str:
    """Remove leading BOMs, turn CRLF and lone CR into LF, and NUL and lone
    surrogates into U+FFFD.

    .. versionadded:: 0.1.0
    """
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")  # all of them: normalising twice changes nothing
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return scrub_surrogates(text)


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if head.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in head:
        return True
    # Line ends do not count either way, so that LF, CRLF and CR twins agree.
    size = len(head) - head.count(b"\r") - head.count(b"\n")
    if size <= 0:
        return False
    controls = len(head) - len(head.translate(_NO_DELETE, _CONTROL_BYTES))
    return controls * 10 > size


def decode_bytes(
    data: bytes, *, source: str | None = None, strict: bool = False, encoding: str | None = None
) -> DecodedText:
    """Decode file bytes to normalised text.

    A BOM selects UTF-8, UTF-16 or UTF-32. Otherwise the bytes must be UTF-8: if they
    are not, ``strict=True`` raises :class:`DecodeError` at the first bad byte, and
    the default replaces each bad sequence with U+FFFD and records how many in the
    warnings. Binary content (NUL bytes, many control bytes or a known binary
    signature in the first 8 KiB, unless a BOM says UTF-16/32) raises
    :class:`DecodeError`. ``encoding`` forces a codec instead of the BOM and UTF-8
    (the caller knows better than any sniffing); binary content is still refused.
    """
    if encoding is not None:
        codec, body = _forced_codec(encoding), data
    else:
        for bom, bom_codec in _BOMS:
            if data.startswith(bom):
                codec = bom_codec
                body = data[len(bom) :]
                break
        else:
            codec = ""
            body = data
    name = codec or "utf-8"
    # A UTF-8 BOM says nothing about the rest: check it as if the BOM were not there,
    # so that a file and its BOM twin get the same verdict. UTF-16/32 are full of NULs.
    if not name.startswith(("utf-16", "utf-32")) and _looks_binary(body):
        raise DecodeError(
            "binary content, not text",
            source=source,
            offset=len(data) - len(body) + _first_binary_offset(body),
        )
    try:
        text = body.decode(name)
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as error:
        start = error.start + (len(data) - len(body))
        if strict:
            raise DecodeError(
                f"invalid {name} at byte {start} ({error.reason})", source=source, offset=start
            ) from error
        text = body.decode(name, errors="replace")
        count = text.count("\ufffd") - _count_replacement_chars(body, name)
        warnings = (
            f"invalid {name}: {count} undecodable byte sequence(s) replaced with U+FFFD "
            f"(first at byte {start})",
        )
    nuls = text.count("\x00")
    text = normalize_text(text)
    if nuls:
        warnings += (f"{nuls} NUL character(s) replaced with U+FFFD",)
    return DecodedText(text=text, encoding=name, warnings=warnings)


def _forced_codec(encoding: object) -> str:
    """The canonical name of a text codec the caller asked for, or an ArgumentError."""
    if not isinstance(encoding, str) or not encoding:
        raise ArgumentError(f"encoding must be a codec name, not {encoding!r}")
    try:
        info = codecs.lookup(encoding)
    except LookupError as error:
        raise ArgumentError(f"unknown encoding {encoding!r}") from error
    # bytes-to-bytes codecs (base64, zlib, rot13...) are no text encodings.
    if not getattr(info, "_is_text_encoding", True):
        raise ArgumentError(f"{encoding!r} is not a text encoding")
    return info.name


def _count_replacement_chars(body: bytes, codec: str) -> int:
    """U+FFFD characters genuinely present in the input (not produced by replacing)."""
    marker = "\ufffd".encode(codec)
    return body.count(marker) if codec == "utf-8" else 0


def _first_binary_offset(data: bytes) -> int:
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    return nul if nul >= 0 else 0
