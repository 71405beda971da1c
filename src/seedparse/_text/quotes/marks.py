"""Quotation marks: finding them in a block and pairing them into top-level quotes.

Typographic marks of many languages, straight ``"`` (and straight ``'`` in Russian
and Ukrainian text), two apostrophes ``''`` or two curly single marks
(``\u2018\u2019``, ``\u2019\u2019``) typed for a ``"``, two commas ``,,`` typed
for the German low ``\u201e`` before a word (closed by ``\u201c`` or a straight ``"``,
as Austrian and regional copy types them), and the same marks
written as HTML entities are paired with a small stack; the characters on either side
of an ambiguous mark tell whether it opens or closes. ``\u2019`` closes only a quote
opened with ``\u2018``; everywhere else it is an apostrophe. Linear in the block.

Copied text mixes the marks of one quotation, so a quote opened with one convention's
mark may be closed with another's: straight ``"`` by ``\u201d`` or the German
``\u201c``; ``\u201c``, ``\u201e`` and ``\u00ab`` by a straight ``"``; ``\u00ab`` by
``\u201d``. A straight ``"`` with a space on both sides (French spacing typed with
straight marks: ``" C'est fini "``) opens when no quote is open and closes one that is;
a closing mark with a space before it and a sentence mark after it (``" fini ".``)
closes.

The quote marks rules test tokens against (no pairing) are named sets of
:mod:`.mark_sets`, which this module owns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ... import _native
from .names import native_scanner
from .single_marks import quotation_marks

__all__ = [
    "MAX_MARKS_PER_BLOCK",
    "BlockPairs",
    "Mark",
    "closes_first",
    "collect_marks",
    "opening_mark",
    "pair_marks",
]

#: At most this many quotation marks are examined in one block; marks beyond it are
#: treated as text (a real paragraph never comes near it; a pathological one stays fast).
MAX_MARKS_PER_BLOCK = 50_000
_MAX_STACK = 32

_ENTITY_MARKS = {
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "&ldquo;": "\u201c",
    "&#8220;": "\u201c",
    "&#x201c;": "\u201c",
    "&#x201C;": "\u201c",
    "&rdquo;": "\u201d",
    "&#8221;": "\u201d",
    "&#x201d;": "\u201d",
    "&#x201D;": "\u201d",
    "&bdquo;": "\u201e",
    "&#8222;": "\u201e",
    "&laquo;": "\u00ab",
    "&#171;": "\u00ab",
    "&raquo;": "\u00bb",
    "&#187;": "\u00bb",
    "&lsquo;": "\u2018",
    "&#8216;": "\u2018",
    "&rsquo;": "\u2019",
    "&#8217;": "\u2019",
}
_ENTITY_RE = re.compile(
    "|".join(re.escape(e) for e in sorted(_ENTITY_MARKS, key=len, reverse=True))
)
_DOUBLE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f'
_SINGLE_CHARS = "\u2018\u2019\u201a"

# Which closing marks end a quote opened by each mark.
_CLOSERS: dict[str, str] = {
    "\u201c": '\u201d"',  # English (and a straight closing mark of copied text)
    "\u201e": '\u201c\u201d"',  # German, Polish, Ukrainian
    "\u201d": "\u201d",  # Swedish, Finnish
    "\u201f": "\u201d",
    '"': '"\u201d\u201c',  # (the curly closing mark of English or German copy)
    "\u00ab": '\u00bb"\u201d',  # French, Russian (and the closing marks of copy)
    "\u00bb": "\u00ab\u00bb",  # German, Danish; Swedish
    "\u2039": "\u203a",
    "\u203a": "\u2039",
    "\u2018": "\u2019",
    "\u201a": "\u2018\u2019",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "'": "'",  # straight single marks, read in Russian and Ukrainian text only
}
_CAN_CLOSE = frozenset("".join(_CLOSERS.values()))
_OPEN_ONLY = frozenset("\u201e\u201f\u201a\u300c\u300e")
_LEFT_OK = frozenset("([{\u2014\u2013-/:;,\u2026" + _DOUBLE_CHARS + _SINGLE_CHARS)
_RIGHT_OK = frozenset(".,;:!?)]}\u2026\u2014\u2013-" + _DOUBLE_CHARS + _SINGLE_CHARS)
# What follows a closing mark set off by a space (French spacing: `` fini ".``).
_SENTENCE_MARKS = frozenset(".,;:!?")
_DIGITS = frozenset("0123456789")
# (opener, closer) of two conventions, which copied text mixes: such a close is taken
# only where the sides say "closing" (a word or a space before, no word after; never
# for a mark glued between two words, ``="http`` in markup, nor for a straight mark
# after a digit, ``6"`` in inches); elsewhere the mark pairs as it would without it.
_COPIED = frozenset(
    {
        ("\u201c", '"'),
        ("\u201e", '"'),
        ('"', "\u201d"),
        ('"', "\u201c"),
        ("\u00ab", '"'),
        ("\u00ab", "\u201d"),
    }
)

# A mark: (position, length, the mark as a character).
Mark = tuple[int, int, str]


def _find_all(text: str, chars: str, start: int, end: int, out: list[Mark], cap: int) -> None:
    """Append every occurrence of each of ``chars`` in ``text[start:end]`` (at most
    ``cap`` of each) to ``out``. ``str.find`` keeps this at C speed."""
    find = text.find
    for ch in chars:
        i = find(ch, start, end)
        count = 0
        while i >= 0 and count < cap:
            out.append((i, 1, ch))
            count += 1
            i = find(ch, i + 1, end)


def _find_doubled(text: str, start: int, end: int, out: list[Mark], cap: int) -> set[int]:
    """Append each ``''`` of ``text[start:end]`` (read left to right, at most ``cap``)
    to ``out`` as a straight double mark of length 2; return the positions of their
    apostrophes, which are no single marks."""
    taken: set[int] = set()
    i = text.find("''", start, end)
    while i >= 0 and len(taken) < 2 * cap:
        out.append((i, 2, '"'))
        taken.update((i, i + 1))
        i = text.find("''", i + 2, end)
    return taken


def _word_start(ch: str) -> bool:
    """May ``ch`` follow two commas typed for a low opening mark? A letter or a digit:
    ASCII, or a letter of Latin-1 and Latin Extended-A/B ("\u00c4rger", "\u00e9t\u00e9"),
    a range the native core tests alike."""
    if ch.isascii():
        return ch.isalnum()
    return "\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7"


def _find_low_commas(text: str, start: int, end: int, out: list[Mark], cap: int) -> None:
    """Append each ``,,`` of ``text[start:end]`` that opens a quotation (at the start
    of the range or after a space or an opening bracket, a word right after it: the
    German low mark typed as two commas, ``,,Wir haben \u2026"``) to ``out`` as a
    ``\u201e`` of length 2 (at most ``cap``). Two commas anywhere else are a typo."""
    count = 0
    i = text.find(",,", start, end)
    while i >= 0 and count < cap:
        after = i + 2
        if after >= end:
            break
        if (i == start or text[i - 1].isspace() or text[i - 1] in "([") and _word_start(
            text[after]
        ):
            out.append((i, 2, "\u201e"))
            count += 1
            i = text.find(",,", after, end)
        else:
            i = text.find(",,", i + 1, end)


_CURLY_DOUBLED = re.compile("[\u2018\u2019]{2}")
_WITH_LEFT = ("\u2018\u2019", "\u2018\u2018", "\u2019\u2018")  # its pairs with a \u2018


def _find_curly_doubled(text: str, start: int, end: int, out: list[Mark], cap: int) -> set[int]:
    """Append each pair of curly single marks of ``text[start:end]`` (``\u2018\u2019``,
    ``\u2019\u2019``, ``\u2018\u2018``; read left to right, at most ``cap``) to ``out``
    as a straight double mark of length 2, as :func:`_find_doubled` does for ``''``:
    West African wire copy (the APS) and text converted from word processors type a
    double quotation mark as two single ones (``\u2018\u2019On vous les a
    confi\u00e9es\u2019\u2019, a d\u00e9clar\u00e9 X``). Return the positions of their
    marks, which are no single marks."""
    taken: set[int] = set()
    find = text.find
    if find("\u2019\u2019", start, end) < 0 and (
        find("\u2018", start, end) < 0 or not any(find(two, start, end) >= 0 for two in _WITH_LEFT)
    ):
        return taken  # (no two of them side by side: str.find is faster than the regex)
    for count, match in enumerate(_CURLY_DOUBLED.finditer(text, start, end)):
        if count >= cap:
            break
        out.append((match.start(), 2, '"'))
        taken.update((match.start(), match.start() + 1))
    return taken


def _opening_single(text: str, start: int, end: int, taken: set[int]) -> bool:
    """Does an opening single mark (``\u2018``, ``\u201a``) occur in ``text[start:end]``
    outside the doubled marks at ``taken``?"""
    for ch in "\u2018\u201a":
        i = text.find(ch, start, end)
        while i >= 0:
            if i not in taken:
                return True
            i = text.find(ch, i + 1, end)
    return False


def _find_singles_outside(
    text: str, start: int, end: int, out: list[Mark], cap: int, taken: set[int]
) -> None:
    """:func:`_find_all` for the single marks, passing over those at ``taken`` (the
    doubled ones): at most ``cap`` of each kind are appended."""
    find = text.find
    for ch in _SINGLE_CHARS:
        i = find(ch, start, end)
        count = 0
        while i >= 0 and count < cap:
            if i not in taken:
                out.append((i, 1, ch))
                count += 1
            i = find(ch, i + 1, end)


def collect_marks(text: str, start: int, end: int, cap: int) -> list[Mark]:
    """The quotation marks of ``text[start:end]`` in order (single quotation marks
    only when an opening one occurs), at most ``cap`` of each kind."""
    marks: list[Mark] = []
    _find_all(text, _DOUBLE_CHARS, start, end, marks, cap)
    curly: set[int] = set()
    if text.find("\u2019", start, end) >= 0 or text.find("\u2018", start, end) >= 0:
        curly = _find_curly_doubled(text, start, end, marks, cap)
    if _opening_single(text, start, end, curly):
        if curly:
            _find_singles_outside(text, start, end, marks, cap, curly)
        else:
            _find_all(text, _SINGLE_CHARS, start, end, marks, cap)
    if text.find("'", start, end) >= 0:
        doubled = _find_doubled(text, start, end, marks, cap)
        if _CYRILLIC_SINGLE.search(text, start, end):
            singles: list[Mark] = []
            _find_all(text, "'", start, end, singles, cap + len(doubled))
            singles = [mark for mark in singles if mark[0] not in doubled]
            marks.extend(singles[:cap])
        else:  # ('We will not back down,' the minister said: single_marks.py)
            marks += quotation_marks(text, start, end, cap, doubled)
    if text.find(",,", start, end) >= 0:
        _find_low_commas(text, start, end, marks, cap)
    if text.find("&", start, end) >= 0:
        for count, match in enumerate(_ENTITY_RE.finditer(text, start, end)):
            if count >= cap:
                break
            marks.append((match.start(), match.end() - match.start(), _ENTITY_MARKS[match.group()]))
    marks.sort()
    return marks


def closes_first(text: str, start: int, end: int, marks: Sequence[Mark]) -> bool:
    """Is the first mark of ``text[start:end]`` a closing one by its sides (a word
    before it, a space or a punctuation mark after it: "\u2026
    \u043f\u0440\u043e\u0432\u043e\u043a\u0430\u0446\u0438\u044f", -"), in a block
    that does not open with a mark? Such a paragraph ends a quotation that the one
    before it left open, with no opening mark of its own."""
    if not marks:
        return False
    pos, length, mark = marks[0]
    if mark not in _CAN_CLOSE or mark in "\u2019\u00ab\u2039'" or not text[start:pos].strip():
        return False
    prev = text[pos - 1]
    nxt = text[pos + length] if pos + length < end else " "
    return not prev.isspace() and prev not in _LEFT_OK and (nxt.isspace() or nxt in _RIGHT_OK)


def pair_marks(
    text: str, start: int, end: int, marks: Sequence[Mark], *, carry: str = ""
) -> list[tuple[int, int, int, int]]:
    """Top-level quotes of ``text[start:end]`` as ``(open, inner_start, inner_end,
    close_end)``; a quote left open runs to ``end`` (``inner_end == close_end``).
    ``carry``: the opening mark of a quotation the block before left open, when this
    block closes it with no opening mark of its own (see :func:`closes_first`): the
    quotation then runs from ``start``."""
    stack: list[Mark] = [(start, 0, carry)] if carry in _CLOSERS else []
    found: list[tuple[int, int, int, int]] = []
    nested_close = (-1, 0, 0)  # (depth left, position, end) of the last nested close
    for mark_at in marks:
        pos, length, mark = mark_at
        mark_end = pos + length
        prev = text[pos - 1] if pos > start else " "
        nxt = text[mark_end] if mark_end < end else " "
        left = not nxt.isspace() and (prev.isspace() or prev in _LEFT_OK)
        right = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_OK)
        match_at = -1
        closing = right or not left
        if mark in _CAN_CLOSE and stack:
            copied_ok = (
                right or (prev.isspace() and (not left or nxt in _SENTENCE_MARKS))
            ) and not (mark == '"' and prev in _DIGITS)
            for index in range(len(stack) - 1, -1, -1):
                opened = stack[index][2]
                if mark in _CLOSERS[opened]:
                    copied = (opened, mark) in _COPIED
                    if copied_ok or not copied:
                        match_at = index
                        closing = closing or copied  # (a copied match closes: see above)
                        break
        if mark == "'":
            # A straight single mark: an apostrophe inside a word
            # ("\u043f'\u044f\u0442\u044c") neither opens nor closes.
            if match_at >= 0 and right and not nxt.isalpha():
                action = "close"
            elif left and nxt.isalpha():
                action = "open"
            else:
                continue
        elif mark == "\u2019":
            # An apostrophe unless it closes a quote opened with a single mark.
            if match_at < 0 or not right or nxt.isalpha():
                continue
            action = "close"
        elif mark in _OPEN_ONLY:
            action = "open"
        elif mark in "\u00ab\u2039":
            action = "close" if match_at >= 0 else "open"
        elif mark in "\u00bb\u203a":
            if match_at >= 0 and (right or not left or stack[match_at][2] != mark):
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u201c\u2018":
            # Opens, except where it closes a low opening mark (German \u201e\u2026\u201c).
            # (Or a straight one of copied text: "Ja\u201c.)
            if match_at >= 0 and stack[match_at][2] in '\u201e\u201a"' and closing:
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u300d\u300f":
            action = "close" if match_at >= 0 else "skip"
        elif match_at >= 0 and (closing or nxt in _SENTENCE_MARKS):
            action = "close"  # '"' and '\u201d': the sides decide
        elif left or (mark == '"' and prev.isspace() and nxt.isspace()):
            action = "open"  # (a straight mark set off by spaces opens: French spacing)
        else:
            action = "skip"
        if action == "open":
            if len(stack) < _MAX_STACK:
                stack.append(mark_at)
        elif action == "close":
            opener = stack[match_at]
            del stack[match_at:]
            if not stack:
                found.append((opener[0], opener[0] + opener[1], pos, mark_end))
            else:
                nested_close = (len(stack), pos, mark_end)
        elif action == "open" and len(stack) <= nested_close[0]:
            nested_close = (-1, 0, 0)
    if stack:
        opener = stack[0]
        depth, pos, mark_end = nested_close
        if depth == 1 and (
            _ATTRIBUTION_AFTER.match(text, mark_end, end)
            or (text[pos - 1] in _ENDS_SENTENCE and _DASH_AFTER.match(text, mark_end, end))
        ):
            # A nested quote whose closing mark also ends the outer one (the outer's
            # own closing mark left out, as Russian typesetting does), a comma, a dash
            # and an attribution after it; no comma after a question or an exclamation
            # ("\u00ab\u2026 \u00ab\u2026?\u00bb \u2014 \u0441\u043a\u0430\u0437\u0430\u043b X").
            found.append((opener[0], opener[0] + opener[1], pos, mark_end))
        else:
            found.append((opener[0], opener[0] + opener[1], end, end))
    return found


# A straight single mark opening a Russian or Ukrainian quotation: after a space, a
# bracket, a dash or a colon (or at the start of the text), before a capital Cyrillic
# letter. Written to open with the mark itself, so that the regex engine jumps from
# one "'" to the next instead of trying the look-behind at every character (as
# "(?:(?<=[\\s(:\u2014\u2013-])|^)'[...]" with re.M did: 30 times slower on pages
# with apostrophes; a property test holds the two to the same matches).
_CYRILLIC_SINGLE = re.compile(
    "'(?<![^\\s(:\u2014\u2013-]')[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]"
)

# A comma and a dash after a closing mark: an attribution follows.
_ATTRIBUTION_AFTER = re.compile(",\\s*[\u2014\u2013-]\\s")
# A dash alone after a closing mark that follows a "?", a "!" or an ellipsis (no comma
# after those): an attribution follows too.
_DASH_AFTER = re.compile("\\s+[\u2014\u2013-]\\s")
_ENDS_SENTENCE = frozenset("?!\u2026")


Pair = tuple[int, int, int, int]


class BlockPairs:
    """The quotation marks of a document's blocks, collected once, and the top-level
    quotes of each block in turn (:func:`collect_marks`, then :func:`pair_marks` on
    the block's marks, at most ``limit`` of them, with the carry of
    :func:`closes_first`). The native core, when in use, keeps the marks on its side
    and pairs them there: the same pairs, with no Python tuple per mark."""

    __slots__ = (
        "_cap",
        "_high",
        "_limit",
        "_low",
        "_marks",
        "_native",
        "_positions",
        "_scanner",
        "_text",
    )

    def __init__(self, text: str, low: int, high: int, cap: int, limit: int) -> None:
        self._text = text
        self._low, self._high, self._cap = low, high, cap
        self._limit = limit
        self._marks: list[Mark] = []
        self._positions: list[int] = []
        self._native: _native.NativeQuoteMarks | None = None
        self._scanner: tuple[_native.NativeCore, _native.NativeQuoteScanner] | None = None
        native = native_scanner()
        if native is not None and not _reads_straight_single(text, low, high, cap):
            core, scanner = native
            try:
                self._native = scanner.collect_marks(text[low:high], low, cap)
            except core.NativeError as error:
                raise _native.parse_error("quotation marks", None, low, error) from error
            if self._native is not None:
                self._scanner = native
                return
        self._marks = collect_marks(text, low, high, cap)
        self._positions = [mark[0] for mark in self._marks]

    def __bool__(self) -> bool:
        """Are there any marks at all?"""
        return bool(self._native if self._native is not None else self._marks)

    def pairs(
        self, start: int, end: int, open_at: int | None, *, carried: bool = False
    ) -> list[Pair] | None:
        """The top-level quotes of the block ``text[start:end]``, or None when it has no
        marks. ``open_at``: where the quote the block before left open starts (None
        when it closed all), carried into this block when its first mark closes it, or
        whatever its first mark with ``carried`` (a paragraph that goes on with it)."""
        text = self._text
        if self._native is not None and self._scanner is not None:
            first_mark = self._native.first(start, end)
            if first_mark is None:
                return None  # (most blocks: asked before anything else)
            core, scanner = self._scanner
            carry = ""
            if open_at is not None and (carried or closes_first(text, start, end, (first_mark,))):
                carry = opening_mark(text, open_at)
            try:
                found: list[Pair] | None = scanner.pair_block(
                    self._native, start, end, self._limit, carry
                )
            except core.NativeError as error:
                raise _native.parse_error("quotation marks", None, start, error) from error
            return found
        positions = self._positions
        first = bisect_left(positions, start)
        last = bisect_left(positions, end, first)
        if first == last:
            return None
        block_marks = self._marks[first : min(last, first + self._limit)]
        carry = ""
        if open_at is not None and (carried or closes_first(text, start, end, block_marks)):
            carry = opening_mark(text, open_at)  # closed here with no opening mark
        return pair_marks(text, start, end, block_marks, carry=carry)


def opening_mark(text: str, pos: int) -> str:
    """The mark that opens a quote at ``pos``, as :func:`collect_marks` reads it: the
    character there, or the mark an entity or a ``''`` stands for."""
    if text.startswith("''", pos) or _CURLY_DOUBLED.match(text, pos):
        return '"'
    if text.startswith(",,", pos):
        return "\u201e"
    if text.startswith("&", pos):
        match = _ENTITY_RE.match(text, pos)
        if match is not None:
            return _ENTITY_MARKS[match.group()]
    return text[pos : pos + 1]


def _reads_straight_single(text: str, low: int, high: int, cap: int) -> bool:
    """Does :func:`collect_marks` take straight single marks in ``text[low:high]``
    (Russian or Ukrainian text, or a quotation between them: single_marks.py, passing
    over the same ``''`` marks)? The native pairing does not read them, so such a
    document is paired in Python."""
    if text.find("'", low, high) < 0:
        return False
    if _CYRILLIC_SINGLE.search(text, low, high) is not None:
        return True
    doubled = _find_doubled(text, low, high, [], cap)
    return bool(quotation_marks(text, low, high, 1, doubled))
