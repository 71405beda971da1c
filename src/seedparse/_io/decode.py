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
import threading
from typing import TYPE_CHECKING

import attrs

from .._errors import ArgumentError, DecodeError
from .._text.lazyre import LazyPattern

if TYPE_CHECKING:
    from types import ModuleType

    from .._native import NativeCore
    from .detect import Guess

__all__ = [
    "DecodedText",
    "check_encoding",
    "decode_bytes",
    "normalize_text",
    "scrub_surrogates",
]

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
# Each control byte to 0, every other byte to 1: a control byte is a NUL after this
# translation, found by memchr (a third cheaper than deleting them and comparing sizes).
_CONTROL_TO_NUL = bytes(0 if b in _CONTROL_BYTES else 1 for b in range(256))
_ASCII = bytes(range(128))
# The lone surrogates, compiled on first use: for a range beyond Latin-1 sre builds a
# table of the whole plane, some 4 ms (a fifteenth of ``import seedparse`` when it was
# compiled at import) for what a text almost never holds.
_SURROGATE = LazyPattern("[\ud800-\udfff]")
# Every BOM starts with one of these bytes; a file that starts otherwise has none.
_BOM_LEADS = (b"\xef", b"\xfe", b"\xff", b"\x00")


@attrs.frozen
class DecodedText:
    """Decoded, normalised text plus what decoding had to do to get it."""

    text: str
    encoding: str
    """The codec used (``"utf-8"`` for plain or BOM-marked UTF-8)."""
    warnings: tuple[str, ...] = ()
    method: str = "utf-8"
    """How the codec was chosen: ``"utf-8"``, ``"bom"``, ``"forced"``, ``"declared"``
    (the charset an HTML page names in a ``<meta>`` tag) or ``"detected"``."""
    confidence: float = 1.0
    """How sure the choice is, 0 to 1 (see :func:`decode_bytes`)."""
    replaced: int = 0
    """Undecodable byte sequences replaced with U+FFFD."""
    utf8: bytes | None = attrs.field(default=None, eq=False, repr=False)
    """``text`` encoded as UTF-8 when decoding had those bytes anyway (plain UTF-8: the
    bytes read, line ends normalised), else None: the digest hashes them instead of
    encoding the text again. Not part of equality: it is the text, in other form."""

    @property
    def plain(self) -> bool:
        """Clean UTF-8 (with or without a BOM): nothing worth recording."""
        return self.encoding == "utf-8" and self.method in ("utf-8", "bom") and not self.warnings

    def facts(self) -> dict[str, str | float | int]:
        """What ``metadata["encoding"]`` records."""
        return {
            "name": self.encoding,
            "method": self.method,
            "confidence": self.confidence,
            "replaced": self.replaced,
        }


def scrub_surrogates(text: str) -> str:
    """Replace each lone surrogate (e.g. from ``surrogateescape``) with U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # strict UTF-8 refuses exactly the surrogates
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


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


def check_encoding(encoding: object) -> str | None:
    """The canonical codec name of a forced ``encoding`` (None stays None).

    Raises :class:`ArgumentError` for a name Python does not know or for a codec that
    is not a text encoding (``"base64"``, ``"rot13"``).
    """
    if encoding is None:
        return None
    if not isinstance(encoding, str) or not encoding:
        raise ArgumentError(f"encoding must be a codec name or None, not {encoding!r}")
    try:
        "\n".encode(encoding)  # LookupError for unknown names and bytes-to-bytes codecs
        return codecs.lookup(encoding).name
    except (LookupError, UnicodeError) as error:
        raise ArgumentError(f"unknown text encoding {encoding!r}") from error


class _Counter(threading.local):
    """Replacements made by the ``seedparse-replace`` error handler in this thread."""

    count = 0
    first = -1
    reason = ""


_replaced = _Counter()


def _replace_and_count(error: UnicodeError) -> tuple[str, int]:
    """``errors="replace"`` (one U+FFFD per undecodable sequence), counting them."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    if _replaced.count == 0:
        _replaced.first = error.start
        _replaced.reason = error.reason
    _replaced.count += 1
    return "\ufffd", error.end


codecs.register_error("seedparse-replace", _replace_and_count)


def _decode_counting(body: bytes, codec: str) -> tuple[str, int, int, str]:
    """``(text, replaced, first bad byte, reason)``; nothing is dropped, every
    undecodable sequence becomes one U+FFFD and is counted."""
    _replaced.count, _replaced.first, _replaced.reason = 0, -1, ""
    text = body.decode(codec, errors="seedparse-replace")
    return text, _replaced.count, _replaced.first, _replaced.reason


def decode_bytes(
    data: bytes,
    *,
    source: str | None = None,
    strict: bool = False,
    encoding: str | None = None,
) -> DecodedText:
    """Decode file bytes to normalised text, recording how.

    In order: a BOM selects UTF-8, UTF-16 or UTF-32 (it wins even over a forced
    encoding, with a warning: it is proof); else ``encoding`` (the caller's word);
    else UTF-16 without a BOM when NUL bytes sit at one parity only and the bytes
    decode to printable text; else strict UTF-8. Bytes that are not UTF-8 are, by
    default, handed to the legacy-encoding detector (:mod:`seedparse._io.detect`) unless
    they are mostly valid UTF-8 with a few damaged sequences; what was chosen and how
    sure the detector was is recorded, with a warning. Whatever the codec, every
    undecodable sequence becomes one U+FFFD and is counted in a warning; nothing is
    dropped. ``strict=True`` guesses nothing and replaces nothing: bytes that are not
    valid in the BOM's, the forced or the UTF-8 codec raise :class:`DecodeError` at
    the first bad byte. Binary content (NUL bytes, many control bytes or a known
    binary signature in the first 8 KiB) raises :class:`DecodeError`, except that NULs
    are expected in UTF-16 and UTF-32.
    """
    if encoding is None:
        fast = _decode_plain(data)
        if fast is not None:
            return fast
    return _decode_general(data, source=source, strict=strict, encoding=encoding)


def _decode_plain(data: bytes) -> DecodedText | None:
    """The common case in a few C-level byte methods: no BOM (or UTF-8's, once), no
    NUL, no control byte in the sniffed head, no binary signature, valid UTF-8. None
    means "not that simple" and :func:`_decode_general` decides, so both give the same
    result for every input (a property test compares them).

    What :func:`normalize_text` would do is done only where it can matter: a strict
    UTF-8 decode never yields a lone surrogate (the codec raises on one) nor a leading
    U+FEFF (the bytes left do not start with a BOM), and NUL was ruled out, so only
    line endings are left to normalise. They are normalised in the bytes, before decoding:
    a CR byte is a CR character in UTF-8 (never part of a longer sequence), so this is
    the same text, and the bytes are then ``text`` in UTF-8 (``DecodedText.utf8``).
    """
    method = "utf-8"
    if data.startswith(_BOM_LEADS):
        if not data.startswith(codecs.BOM_UTF8):
            return None
        # A UTF-8 BOM: the rest is decoded as plain UTF-8 is (the general path's
        # verdict for it), unless another BOM follows, which normalising would strip.
        data = data[3:]
        if data.startswith(_BOM_LEADS):
            return None
        method = "bom"
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data:
        return None
    core = _native_core()
    if core is not None:
        if core.has_control(data, _SNIFF_BYTES):
            return None  # control bytes: the ratio test of _looks_binary decides
    elif b"\x00" in data[:_SNIFF_BYTES].translate(_CONTROL_TO_NUL):
        return None
    if b"\r" in data:
        # CRLF files, most of those with a CR, need one replace: the second is only
        # for a CR left alone after it.
        data = data.replace(b"\r\n", b"\n")
        if b"\r" in data:
            data = data.replace(b"\r", b"\n")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return DecodedText(text, "utf-8", method=method, utf8=data)


_native: ModuleType | None = None


def _native_core() -> NativeCore | None:
    """The native core in use now (``seedparse._native.active``), or None. The module
    is imported on the first decode, not with this one: ``import seedparse`` loads no
    extension module. With the core, ``_decode_plain``'s control-byte sniff is its
    ``has_control`` (eight bytes at a time) instead of ``bytes.translate`` of the
    head and a ``memchr``: 57,000 instructions for an 8 KiB head, a twentieth of a
    transcript note's load."""
    global _native
    if _native is None:
        from .. import _native as module

        _native = module
    core: NativeCore | None = _native.active()
    return core


def _decode_general(
    data: bytes, *, source: str | None, strict: bool, encoding: str | None
) -> DecodedText:
    """Every case :func:`_decode_plain` leaves: BOMs, forced codecs, UTF-16 without a
    BOM, invalid UTF-8, legacy encodings, binary content, NULs."""
    forced = check_encoding(encoding)
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            codec = bom_codec
            body = data[len(bom) :]
            break
    else:
        codec = ""
        body = data
    skipped = len(data) - len(body)
    warnings: list[str] = []
    method, confidence = "utf-8", 1.0
    if codec:
        method = "bom"
        if forced is not None and forced != codecs.lookup(codec).name:
            warnings.append(
                f"the file starts with a {codec} BOM, which wins over encoding={encoding!r}"
            )
    elif forced is not None:
        codec, method = forced, "forced"
    else:
        wide = None
        if b"\x00" in body[:_SNIFF_BYTES]:
            # The detectors load on first use: their ranks look up some thirty codecs.
            from .detect import guess_utf16

            wide = guess_utf16(body)
        if wide is not None:
            codec, method, confidence = wide.codec, "detected", wide.confidence
            warnings.append(_detected_warning(wide))
        else:
            codec = "utf-8"
    # NULs and control bytes mean "binary" only where text cannot hold them; a UTF-8
    # BOM says nothing about the rest, so a file and its BOM twin get the same verdict.
    narrow = "\n".encode(codec) == b"\n"
    if (narrow and _looks_binary(body)) or (method != "bom" and body.startswith(_BINARY_MAGIC)):
        raise DecodeError(
            "binary content, not text", source=source, offset=skipped + _first_binary_offset(body)
        )
    try:
        text = body.decode(codec)
        replaced = 0
    except UnicodeDecodeError as error:
        if strict:
            start = skipped + error.start
            raise DecodeError(
                f"invalid {codec} at byte {start} ({error.reason})", source=source, offset=start
            ) from error
        text, replaced, first, _ = _decode_counting(body, codec)
        # The charset and legacy detectors load on the first file that is not valid
        # in its codec (a UTF-16 BOM needs neither).
        from .charset import declared_charset
        from .detect import guess_legacy

        declared = declared_charset(body) if method == "utf-8" else None
        if declared is not None and declared != "utf-8":
            # An HTML page that names its legacy encoding (<meta charset>, http-equiv).
            page, page_replaced, page_first, _ = _decode_counting(body, declared)
            if page_replaced < replaced:
                text, replaced, first = page, page_replaced, page_first
                codec, method, confidence = declared, "declared", 1.0
        if method == "utf-8":
            valid = len(text) - (len(body) - len(body.translate(None, _ASCII))) - replaced
            guess = guess_legacy(body, first) if valid < replaced else None
            if guess is not None:
                legacy, legacy_replaced, legacy_first, _ = _decode_counting(body, guess.codec)
                if legacy_replaced < replaced:
                    text, replaced, first = legacy, legacy_replaced, legacy_first
                    codec, method, confidence = guess.codec, "detected", guess.confidence
                    warnings.append(_detected_warning(guess))
            if method == "utf-8":
                # Nothing fitted better than UTF-8: sure in proportion to the share of
                # its non-ASCII sequences that were valid.
                confidence = round(valid / (valid + replaced), 3)
        if replaced:
            warnings.append(
                f"invalid {codec}: {replaced} undecodable byte sequence(s) replaced with "
                f"U+FFFD (first at byte {skipped + first})"
            )
    nuls = text.count("\x00")
    text = normalize_text(text)
    if nuls:
        warnings.append(f"{nuls} NUL character(s) replaced with U+FFFD")
    return DecodedText(
        text=text,
        encoding=codec,
        warnings=tuple(warnings),
        method=method,
        confidence=confidence,
        replaced=replaced,
    )


def _detected_warning(guess: Guess) -> str:
    return (
        f"not UTF-8: decoded as {guess.codec} (detected by {guess.how}, "
        f"confidence {guess.confidence:.2f}); force another with encoding=..."
    )


def _first_binary_offset(data: bytes) -> int:
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    return nul if nul >= 0 else 0
