"""Embedded JSON blocks in page text (the web-page and html readers): found by a linear
scanner, parsed defensively.

Scraped web pages carry their metadata as JSON objects dropped into the text: a
pretty-printed object over many lines, a one-line object, text glued straight after
the closing brace, several blocks per page. :func:`find_json_blocks` finds them and
parses each with the :mod:`json` module, never guessing at a broken one.

How a block is found
    A candidate starts at a line whose first non-blank character is ``{`` followed by
    ``"`` or ``}`` (an object), or ``[`` followed by ``{`` or ``[`` (an array such as
    JSON-LD's list of nodes). From there a scanner walks the tokens that matter
    (strings, brackets, commas) with one regular expression whose quantifiers are
    possessive, so it never backtracks: the scan costs time linear in the block. A JSON
    string cannot hold a raw line break, so an unclosed string ends the scan at the end
    of its line, and every line starts outside a string. The block ends where its
    brackets balance; text after the closing bracket on the same line stays page text.

What is checked before the parser runs
    * depth: at most ``limits.max_depth`` (CPython's parser recurses and raises
      ``RecursionError`` from about 1,000 levels; it is caught all the same);
    * size: at most ``limits.max_bytes`` characters;
    * value count: at most ``limits.max_metadata_nodes`` (counted from commas and
      brackets, an upper bound of the real count).

    Fast path: when no more than ``max_depth`` brackets are left in the whole text from
    the candidate on, no value starting there can nest deeper, and the C decoder's
    ``raw_decode`` finds the block's end itself (the usual page: one small block). Any
    other case, and any block the decoder refuses, goes through the scanner.

What is checked while parsing
    ``NaN``, ``Infinity`` and numbers that overflow a float are refused, as are
    integers longer than 4,300 digits; duplicate keys keep the last value and add a
    warning; ``\\ud800``-style escapes of lone surrogates become U+FFFD with a warning,
    so that every string encodes as UTF-8.

Every failure is a warning string, never an exception: a block that is not valid JSON
is reported and skipped. An unterminated block swallows only the JSON-looking lines
that follow its opening line (lines starting with a bracket, a quote, a number or a
JSON literal); the rest of the page stays page text. Blocks are never looked for inside
a rejected block, so no fragment of a broken block is ever read as metadata.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from .._limits import Limits, current_limits
from .lazyre import LazyPattern

__all__ = ["JsonBlock", "JsonScan", "find_json_blocks", "parse_json_block"]

#: Most digits accepted in a JSON integer (CPython's default int/str conversion limit).
MAX_INT_DIGITS = 4300
#: Most warnings one scan reports; the rest are summarised in one line.
MAX_WARNINGS = 20

# A line whose first non-blank character opens a JSON block: an object followed by a
# key or its end, or an array followed by an object or array. Bounded whitespace.
_OPENING = r"[ \t]*+(?:\{(?=[ \t\n]{0,256}[\"'}])|\[(?=[ \t\n]{0,256}[\[{]))"
_LINE_OPENER = LazyPattern(r"\n" + _OPENING)
_FIRST_LINE = LazyPattern(_OPENING)
# The tokens the scanner needs: a whole string (possessive, so an unclosed string
# fails after one pass to the end of its line), a bracket, a comma, or a lone quote
# (an unclosed string). Everything else is skipped by the regex engine in C.
_TOKEN = LazyPattern(r"\"(?:[^\"\\\n]|\\[^\n])*+\"|[{}\[\],\"]")
# Surrogate escapes (\ud800-\udfff) decode to lone surrogates, which UTF-8 cannot hold.
_SURROGATE_ESCAPE = LazyPattern(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_JSONISH_LITERAL = LazyPattern(r"(?:true|false|null)\b")
_OPENERS = "{["
_CLOSERS = {"}": "{", "]": "["}


class JsonBlock(NamedTuple):
    """One JSON block found in the text.

    ``start``/``end`` delimit the characters the block occupies (for an unterminated
    block: its opening line and the JSON-looking lines after it). ``value`` is the
    parsed JSON (plain ``dict``/``list``/scalars) or None when the block was rejected,
    in which case ``error`` says why.
    """

    start: int
    end: int
    value: Any
    error: str | None


class JsonScan(NamedTuple):
    """Every JSON block of a text, in order, and the warnings the scan produced."""

    blocks: tuple[JsonBlock, ...]
    warnings: tuple[str, ...]


class _Rejected(Exception):
    """Raised by the parse hooks to refuse a value json.loads would accept."""


class _ScanResult(NamedTuple):
    end: int  # one past the closing bracket, or -1 when the block does not close
    stop: int  # where the scan stopped (== end when closed)
    reason: str  # why a broken scan stopped
    depth: int  # the deepest nesting seen (capped at limit + 1)
    nodes: int  # upper bound of the number of values
    closed_inside: dict[int, int]  # opener offset -> end, for brackets closed in the scan


def _scan(text: str, start: int, max_depth: int) -> _ScanResult:
    """Walk the brackets from the opener at ``start`` until they balance.

    Linear in the characters scanned. Beyond ``max_depth`` the bracket kinds are no
    longer remembered (only counted), so memory stays bounded by the limit.
    """
    kinds: list[str] = []
    positions: list[int] = []
    overflow = 0
    depth_seen = 0
    commas = 0
    containers = 0
    closed: dict[int, int] = {}
    for match in _TOKEN.finditer(text, start):
        pos = match.start()
        char = text[pos]
        if char == '"':
            if match.end() - pos == 1:
                return _ScanResult(-1, pos, "unterminated string", depth_seen, 0, closed)
            continue
        if char == ",":
            commas += 1
            continue
        if char in _OPENERS:
            containers += 1
            if len(kinds) < max_depth + 1:
                kinds.append(char)
                positions.append(pos)
                if len(kinds) > depth_seen:
                    depth_seen = len(kinds)
            else:
                overflow += 1
                depth_seen = max_depth + 1
            continue
        # a closing bracket
        if overflow:
            overflow -= 1
            continue
        if not kinds:  # pragma: no cover - the scan returns when the stack empties
            break
        opener = kinds.pop()
        opened_at = positions.pop()
        if opener != _CLOSERS[char]:
            return _ScanResult(-1, pos, f"{char!r} closes {opener!r}", depth_seen, 0, closed)
        end = pos + 1
        if not kinds:
            return _ScanResult(end, end, "", depth_seen, 1 + commas + containers, closed)
        closed[opened_at] = end
    return _ScanResult(-1, len(text), "unterminated block", depth_seen, 0, closed)


def _jsonish_end(text: str, start: int) -> int:
    """End of the opening line at ``start`` plus the JSON-looking lines after it."""
    end = text.find("\n", start)
    if end < 0:
        return len(text)
    while True:
        line_start = end + 1
        next_end = text.find("\n", line_start)
        if next_end < 0:
            next_end = len(text)
        line = text[line_start:next_end].lstrip()
        if not line or not (line[0] in '{}[]"-0123456789' or _JSONISH_LITERAL.match(line)):
            return end
        end = next_end
        if end >= len(text):
            return end


def _reject_constant(name: str) -> Any:
    raise _Rejected(f"{name} is not a JSON number")


def _parse_int(digits: str) -> int:
    if len(digits) > MAX_INT_DIGITS and len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _Rejected(f"an integer of {len(digits.lstrip('-'))} digits")
    return int(digits)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Rejected(f"the number {literal[:40]!r} overflows a float")
    return value


def _fix_surrogates(value: Any) -> Any:
    """Replace lone surrogates (from ``\\udXXX`` escapes) with U+FFFD, recursively."""
    if isinstance(value, str):
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
        return value
    if isinstance(value, dict):
        return {_fix_surrogates(key): _fix_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_fix_surrogates(item) for item in value]
    return value


def parse_json_block(source: str, *, limits: Limits | None = None) -> tuple[Any, list[str]]:
    """Parse one complete JSON value defensively.

    Returns ``(value, notes)``: ``value`` is the parsed JSON or None when it was
    refused, and ``notes`` says why (refusal) or what was tolerated (duplicate keys,
    lone surrogates). Never raises for bad input.
    """
    limits = limits or current_limits()
    start = len(source) - len(source.lstrip())
    scan = None
    if source[start : start + 1] in ("{", "["):
        scan = _scan(source, start, limits.max_depth)
    return _parse_scanned(source, scan, limits)


def _parse_scanned(source: str, scan: _ScanResult | None, limits: Limits) -> tuple[Any, list[str]]:
    if len(source) > limits.max_bytes:
        return None, [f"{len(source)} characters, more than max_bytes={limits.max_bytes}"]
    if scan is not None:
        if scan.depth > limits.max_depth:
            return None, [f"nested deeper than max_depth={limits.max_depth}"]
        if scan.end >= 0 and scan.nodes > limits.max_metadata_nodes:
            return None, [
                f"up to {scan.nodes} values, more than max_metadata_nodes="
                f"{limits.max_metadata_nodes}"
            ]
    duplicates: list[str] = []
    try:
        value = json.loads(
            source,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
            object_pairs_hook=_pairs_hook(duplicates),
        )
    except _Rejected as error:
        return None, [f"refused: {error}"]
    except json.JSONDecodeError as error:
        return None, [f"not valid JSON: {error.msg} (line {error.lineno} column {error.colno})"]
    except RecursionError:
        return None, ["nested too deeply for the JSON parser"]
    except (ValueError, OverflowError) as error:
        return None, [f"not valid JSON: {error}"[:200]]
    notes = []
    if duplicates:
        shown = ", ".join(repr(key) for key in duplicates[:5])
        notes.append(f"duplicate keys {shown} (the last value is kept)")
    if "\\u" in source and _SURROGATE_ESCAPE.search(source):
        fixed = _fix_surrogates(value)
        if fixed != value:
            notes.append("lone surrogate escapes replaced with U+FFFD")
            value = fixed
    return value, notes


def _decode_fast(
    text: str, opener: int, openers: int, limits: Limits
) -> tuple[Any, int, list[str]] | None:
    """Parse the value at ``opener`` with the C decoder when that is safe and it is
    valid: ``(value, end, notes)``; None to fall back to the scanner.

    Safe means: at most ``openers`` brackets remain in the text (so the depth is
    bounded by ``limits.max_depth``) and what remains fits ``limits.max_bytes``.
    """
    if len(text) - opener > limits.max_bytes:
        return None
    duplicates: list[str] = []
    decoder = json.JSONDecoder(
        parse_constant=_reject_constant,
        parse_int=_parse_int,
        parse_float=_parse_float,
        object_pairs_hook=_pairs_hook(duplicates),
    )
    try:
        value, end = decoder.raw_decode(text, opener)
    except (_Rejected, ValueError, RecursionError, OverflowError):
        return None  # the scanner finds the extent and the parse reports why
    nodes = 1 + text.count(",", opener, end) + openers
    if nodes > limits.max_metadata_nodes:
        return None  # the scanner counts exactly
    notes = []
    if duplicates:
        shown = ", ".join(repr(key) for key in duplicates[:5])
        notes.append(f"duplicate keys {shown} (the last value is kept)")
    if "\\u" in text[opener:end] and _SURROGATE_ESCAPE.search(text, opener, end):
        fixed = _fix_surrogates(value)
        if fixed != value:
            notes.append("lone surrogate escapes replaced with U+FFFD")
            value = fixed
    return value, end, notes


def _pairs_hook(duplicates: list[str]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen and key not in duplicates:
                    duplicates.append(key)
                seen.add(key)
        return result

    return hook


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    """``(line_start, opener)`` for each line whose first non-blank character opens a
    JSON object or array. The regular expression starts with a line break, so the
    engine only tries at line breaks, and every repetition in it is bounded or
    possessive: linear."""
    first = _FIRST_LINE.match(text)
    if first is not None:
        yield 0, first.end() - 1
    for match in _LINE_OPENER.finditer(text):
        yield match.start() + 1, match.end() - 1


def find_json_blocks(text: str, *, limits: Limits | None = None) -> JsonScan:
    """Find and parse every JSON block of ``text`` (see the module docstring).

    Time is linear in ``len(text)``: a character is scanned at most twice (once by a
    scan that fails, once more by a block that scan saw close).
    """
    limits = limits or current_limits()
    blocks: list[JsonBlock] = []
    warn = _Warnings(text)
    pos = 0
    # After a failed scan, the only candidates worth scanning before the point where it
    # stopped are those it saw close: the others would fail at the same point.
    broken_until = -1
    closed_in_broken: dict[int, int] = {}
    openers_after = text.count("{") + text.count("[")
    counted_to = 0
    for line_start, opener in _candidates(text):
        if opener < pos or (opener < broken_until and opener not in closed_in_broken):
            continue
        openers_after -= text.count("{", counted_to, opener) + text.count("[", counted_to, opener)
        counted_to = opener
        if openers_after <= limits.max_depth:
            # Fast path: no value starting here can nest deeper than the brackets left
            # in the text, so the C parser may find the block's end itself.
            fast = _decode_fast(text, opener, openers_after, limits)
            if fast is not None:
                value, end, notes = fast
                for note in notes:
                    warn(line_start, note)
                blocks.append(JsonBlock(line_start, end, value, None))
                pos = end
                continue
        scan = _scan(text, opener, limits.max_depth)
        if scan.end < 0:
            end = _jsonish_end(text, opener)
            blocks.append(JsonBlock(line_start, end, None, scan.reason))
            warn(line_start, f"{scan.reason}; ignored, the rest of the page is read")
            pos = end
            broken_until = scan.stop
            closed_in_broken = scan.closed_inside
            continue
        value, notes = _parse_scanned(text[opener : scan.end], scan, limits)
        error = None
        if value is None:
            error = notes[0] if notes else "refused"
            warn(line_start, f"{error}; ignored")
        else:
            for note in notes:
                warn(line_start, note)
        blocks.append(JsonBlock(line_start, scan.end, value, error))
        pos = scan.end
    return JsonScan(tuple(blocks), warn.finish())


class _Warnings:
    """The warnings of one scan, each naming the line of the block it is about: at
    most MAX_WARNINGS, then a count of the rest. Blocks are warned about in text
    order, so the line number is counted on from the last warning, never from the
    start (linear in the text however many warnings there are)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.shown: list[str] = []
        self.dropped = 0
        self.line_no = 1
        self.line_pos = 0

    def __call__(self, at: int, message: str) -> None:
        if len(self.shown) >= MAX_WARNINGS:
            self.dropped += 1
            return
        self.line_no += self.text.count("\n", self.line_pos, at)
        self.line_pos = at
        self.shown.append(f"JSON block at line {self.line_no}: {message}")

    def finish(self) -> tuple[str, ...]:
        if self.dropped:
            self.shown.append(f"{self.dropped} more JSON warnings not shown")
        return tuple(self.shown)
