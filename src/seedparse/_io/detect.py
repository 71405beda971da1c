"""Which legacy encoding bytes that are not UTF-8 are in.

Two detectors, both used only after strict UTF-8 has failed (or, for the first, where
NUL bytes would otherwise make the file "binary"):

* UTF-16 without a BOM: NUL bytes at one parity only (the high byte of every ASCII
  character), and the bytes decode strictly as UTF-16 to printable text.
* Everything else: `charset-normalizer <https://github.com/jawah/charset_normalizer>`_,
  the ecosystem's standard detector, restricted to the legacy encodings that the WHATWG
  Encoding Standard lists (what browsers decode web text in: no EBCDIC, no DOS code
  pages other than 866), run on a bounded sample around the first byte that is not
  UTF-8.

Short or ambiguous text often decodes equally well in several encodings (``Caf\\xe9``
is "Café" in windows-1252 and windows-1250, "Cafй" in windows-1251). The detector then
reports a tie; seedparse picks the most widely used of the tied encodings (the order of
:data:`CANDIDATES`) and says how sure it is: the detector's cleanliness score (one minus
its "chaos" ratio) divided by the number of different texts the tied encodings give. A
confidence of 0.5 means "one of two readings".
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import attrs

__all__ = ["CANDIDATES", "Guess", "guess_legacy", "guess_utf16"]

#: Legacy encodings tried by the detector, most widely used on the web first (the
#: order breaks ties). Python codec names.
CANDIDATES: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "cp1250",
    "cp932",
    "gb18030",
    "cp949",
    "big5",
    "euc_jp",
    "koi8_r",
    "koi8_u",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "cp866",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_cyrillic",
    "latin_1",
)
_RANK = {codecs.lookup(name).name: rank for rank, name in enumerate(CANDIDATES)}
# The detector reads at most this much, centred on the first byte that is not UTF-8.
_SAMPLE = 1 << 20
# Scores this close to the best one count as a tie.
_CHAOS_TIE = 0.01
_COHERENCE_TIE = 0.1  # language scores of short texts are noisy
# UTF-16 without a BOM: at least this share of the sampled code units must hold a NUL
# byte (ASCII text, or the spaces and line ends of other scripts), at one parity only.
_UTF16_SNIFF = 8192
_UTF16_MIN_NULS = 0.05
_UTF16_MIN_NUL_COUNT = 4
_UTF16_MIN_PRINTABLE = 0.95


@attrs.frozen
class Guess:
    """A detected encoding and how sure the detector is (0 to 1)."""

    codec: str
    """Python's canonical name of the codec (``codecs.lookup(name).name``)."""
    confidence: float
    how: str
    """What found it, for the warning: ``"charset-normalizer"`` or ``"NUL pattern"``."""


def guess_utf16(data: bytes) -> Guess | None:
    """UTF-16-LE or -BE without a BOM, or None. Cheap: two counts over 8 KiB first."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:_UTF16_SNIFF]
    units = len(head) // 2
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if even and odd:
        return None
    if max(even, odd) < max(_UTF16_MIN_NUL_COUNT, units * _UTF16_MIN_NULS):
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[: _UTF16_SNIFF // 2]
    if not any(blank in sample for blank in " \n\t"):
        return None  # text has spaces or line ends; a binary with a NUL pattern may not
    printable = sum(1 for ch in sample if ch in "\t\n\r\f" or unicodedata.category(ch)[0] != "C")
    share = printable / len(sample)
    if share < _UTF16_MIN_PRINTABLE:
        return None
    return Guess(codec, round(share, 3), "NUL pattern")


def guess_legacy(data: bytes, first_bad: int) -> Guess | None:
    """The legacy encoding of ``data`` (not UTF-8 from byte ``first_bad`` on), or None
    when no candidate decodes it cleanly enough."""
    from charset_normalizer import from_bytes

    sample = _sample(data, first_bad)
    matches = list(from_bytes(sample, cp_isolation=list(CANDIDATES), enable_fallback=False))
    if not matches:
        return None
    best = matches[0]
    tied = [
        m
        for m in matches
        if m.chaos <= best.chaos + _CHAOS_TIE and m.coherence >= best.coherence - _COHERENCE_TIE
    ]
    # Each match stands for every encoding that gave the very same text. Of the tied
    # readings, the plausible ones have the fewest oddities inside words.
    readings = {str(m): m for m in tied}
    odd = {text: _oddities(text) for text in readings}
    fewest = min(odd.values())
    plausible = [text for text in readings if odd[text] == fewest]
    ranked: list[tuple[int, str]] = []
    for text in plausible:
        match = readings[text]
        for name in match.could_be_from_charset or [match.encoding]:
            codec = codecs.lookup(name).name
            ranked.append((_RANK.get(codec, len(_RANK)), codec))
    _, codec = min(ranked)
    confidence = round(max(0.0, 1.0 - best.chaos) / len(plausible), 3)
    return Guess(codec, confidence, "charset-normalizer")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MAX_LOOKS = 4000
_JOINERS = frozenset("'\u2019-\u2010\u2011.\u00b7")


# East Asian writing mixes these inside one word as a matter of course.
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH"})


def _script(char: str) -> str:
    """The first word of a letter's Unicode name (LATIN, CYRILLIC, GREEK, HEBREW...),
    with the East Asian scripts taken as one."""
    script = unicodedata.name(char, "?").split(" ", 1)[0]
    return "CJK" if script in _EAST_ASIAN else script


def _oddities(text: str) -> int:
    """What a wrong codec leaves inside words, counted at the first non-ASCII
    characters: a symbol, digit or punctuation mark between two letters (``m³odych``,
    ``mo¿e``; not the punctuation of scripts written without spaces), or a letter of
    another script than the letter before it (``Cafй``)."""
    count = 0
    size = len(text)
    for looks, match in enumerate(_NON_ASCII.finditer(text)):
        if looks >= _MAX_LOOKS:
            break
        i = match.start()
        char = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < size else " "
        if not char.isalpha():
            if before.isalpha() and after.isalpha() and char not in _JOINERS:
                kind = unicodedata.category(char)[0]
                # Digits and symbols never sit inside a word; punctuation does in
                # scripts written without spaces (the ideographic full stop).
                if kind in "NS" or (
                    kind == "P" and _script(before) != "CJK" and _script(after) != "CJK"
                ):
                    count += 1
        elif before.isalpha() and _script(before) != _script(char):
            count += 1
    return count


def _sample(data: bytes, first_bad: int) -> bytes:
    """At most ``_SAMPLE`` bytes around ``first_bad``, cut at line ends so that no
    multi-byte character is cut in two (unless a line is longer than the sample)."""
    if len(data) <= _SAMPLE:
        return data
    start = max(0, first_bad - _SAMPLE // 2)
    end = min(len(data), start + _SAMPLE)
    if start:
        line = data.find(b"\n", start, first_bad)
        start = line + 1 if line >= 0 else start
    if end < len(data):
        line = data.rfind(b"\n", first_bad, end)
        end = line if line > first_bad else end
    return data[start:end]
