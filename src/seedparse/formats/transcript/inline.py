"""Inline markup of transcript notes: timestamp anchors, bare markers, wiki-links, tags.

:class:`InlineScanner` turns one block of raw note text (a paragraph, a list item, a
heading, a table cell, a blockquote's content) into clean text and the citations in it.
It is a small hand tokenizer: one search for the next interesting character (``<``,
``[``, ``!``), then a bounded, anchored match at that spot. Every pattern either
excludes its own opening delimiter (``[^\\[\\]\\n]``) or has a bounded repetition, and
nothing is ever re-scanned from an earlier position, so the scan is linear in the input
(see docs/reliability.md, R15).

Recognised, in document order:

* timestamp anchors ``<a class="yt-timestamp" data-t="00:05:46">[00:05:46]</a>`` however
  they are spelled: any attribute order, single, double or no quotes, upper case, extra
  attributes, entities in attribute values, a missing ``</a>``. ``data-t`` is
  authoritative; the bracket label is only used when there is no ``data-t``. An anchor
  is a timestamp anchor when it has a ``data-t`` attribute or the ``yt-timestamp`` class;
* bare markers ``[00:05:46]`` (two or three fields; ``[5]`` is a footnote, not a time),
  also as a markdown link ``[00:05:46](https://...)``;
* wiki-links ``[[target]]``, ``[[target|label]]``, ``[[target | label]]`` and embeds
  ``![[target]]``; a target with ``\\|`` (escaped inside tables) loses the backslash;
* markdown links ``[label](url)`` and images ``![alt](src)``: shown as their label;
* any other HTML tag is removed (``<br>`` and block tags become a space), and an HTML
  comment is removed with its content.

Times follow an ASCII-only grammar, fields read base 60 from the right: ``S`` (data-t
only, up to 6 digits), ``M:SS`` and ``H:MM:SS`` with hours and leading minutes up to 3
digits and later fields 0-59 (one or two digits). Anything else (``99:99:99``,
Arabic-Indic digits, a bidi control inside the value) is invalid: the anchor's markup is
removed, no citation is made, and a warning records the position. Nothing is guessed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from ... import _native
from ..._packed import ShortRecord
from ..._text.cleaning import clean_text, decode_entities
from ..._text.lazyre import LazyPattern

__all__ = ["InlineScanner", "parse_time"]

# --------------------------------------------------------------------------- times

_time_cache: dict[str, int | None] = {}
_MISSING = -1  # never a valid number of seconds
_KEEP_WARNINGS = 1000
_TIME_CACHE_SIZE = 1 << 15  # every moment of a 9-hour video fits


def parse_time(value: str) -> int | None:
    """Seconds for a ``data-t`` style value, or None when it is not a valid time.

    ``"05:46"`` and ``"0:05:46"`` are 346, ``"1:5:25"`` is 3925, ``"346"`` is 346.
    ASCII digits only; results are cached (the same moments recur across notes).
    """
    found = _time_cache.get(value, _MISSING)
    if found != _MISSING:
        return found
    seconds = _read_time(value)
    if len(_time_cache) >= _TIME_CACHE_SIZE:
        _time_cache.clear()
    _time_cache[value] = seconds
    return seconds


def _read_time(value: str) -> int | None:
    """Seconds of ``S`` (1-6 digits), ``M:SS`` or ``H:MM:SS`` (the first field 1-3
    digits, later ones 1-2 digits up to 59), ASCII digits only; else None.

    String methods, not a regular expression: a note whose moments do not fit the cache
    (100,000 distinct anchors) misses it on every anchor, and this is twice as fast as a
    match and its groups. A property test holds it equal to the grammar written as the
    regular expression ``([0-9]{1,3}):([0-5]?[0-9]):([0-5]?[0-9])|([0-9]{1,3}):([0-5]?[0-9])
    |([0-9]{1,6})``."""
    if not value.isascii():  # str.isdigit() accepts other scripts' digits
        return None
    fields = value.split(":")
    count = len(fields)
    first = fields[0]
    if count == 1:
        return int(first) if 0 < len(first) <= 6 and first.isdigit() else None
    if count > 3 or not (0 < len(first) <= 3 and first.isdigit()):
        return None
    seconds = int(first)
    for field in fields[1:]:
        if not (0 < len(field) <= 2 and field.isdigit()):
            return None
        number = int(field)
        if number > 59:
            return None
        seconds = seconds * 60 + number
    return seconds


# --------------------------------------------------------------------------- tokens

_WS = r"[ \t\n\r\f]"


@functools.lru_cache(maxsize=8)
def _patterns(max_link: int, max_attr: int) -> tuple[re.Pattern[str], ...]:
    value = rf"""(?:"[^"]{{0,{max_attr}}}"|'[^']{{0,{max_attr}}}'|[^\s"'=<>`]{{1,{max_attr}}})"""
    attribute = rf"""(?>{_WS}{{1,64}}[^\s"'<>/=]{{1,128}}(?:{_WS}{{0,64}}={_WS}{{0,64}}{value})?)"""
    tag = re.compile(
        rf"<(/?)([A-Za-z][A-Za-z0-9:-]{{0,63}})((?:{attribute}){{0,64}}+){_WS}{{0,64}}/?>"
    )
    attr = re.compile(
        rf"""{_WS}{{1,64}}([^\s"'<>/=]{{1,128}})(?:{_WS}{{0,64}}={_WS}{{0,64}}"""
        rf"""(?:"([^"]{{0,{max_attr}}})"|'([^']{{0,{max_attr}}})'|([^\s"'=<>`]{{1,{max_attr}}})))?"""
    )
    wiki = re.compile(rf"\[\[([^\[\]\n]{{1,{max_link}}})\]\]")
    wiki_long = re.compile(rf"\[\[[^\[\]\n]{{{max_link + 1}}}")
    link = re.compile(
        rf"\[([^\[\]\n]{{1,{max_link}}})\]"
        rf"\(([^()\s]{{1,{max_link}}})(?:[ \t]+\"[^\"\n]{{0,256}}\")?\)"
    )
    return tag, attr, wiki, wiki_long, link


# The seed spelling of an anchor: the fast path (any other spelling goes through the
# general tag reader). Fully bounded.
_ANCHOR = LazyPattern(
    r'<a class="yt-timestamp" data-t="([^"<>\n]{0,64})">\[[^\[\]<>\n]{0,64}\]</a>'
)
_ANCHOR_SPLIT = LazyPattern(
    r'<a class="yt-timestamp" data-t="([^"<>\n]{0,64})">\[([^\[\]<>\n]{0,64})\]</a>'
)
_ANCHOR_FIXED_LEN = len('<a class="yt-timestamp" data-t="">[]</a>')
_RUN = LazyPattern(r"\[++")
# A bare marker: two or three ASCII digit fields in brackets, optionally a markdown link.
_MARKER = LazyPattern(r"\[([0-9]{1,3}(?::[0-9]{1,3}){1,2})\](?:\(([^()\s]{1,4096})\))?")
# After an anchor's open tag: its bracket label and closing tag, both optional.
_LABEL = LazyPattern(r"[ \t]{0,64}\[([^\[\]<>\n]{0,64})\](?:[ \t]{0,64}</[aA][ \t\n]{0,64}>)?")
_CLOSE_A = LazyPattern(r"[ \t]{0,64}</[aA][ \t\n]{0,64}>")
# Sentence punctuation written right after an anchor belongs to the sentence before it.
_ATTACHED_CHARS = ".,;:!?\u2026)\"'\u201d\u2019\u00bb"
_ATTACHED = LazyPattern(f"[{re.escape(_ATTACHED_CHARS)}]{{1,8}}")
_WORDY = LazyPattern(r"\w")
_BLANKS = (" ", "\t", "\n", "\r", "\f")
_BIDI = LazyPattern("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "hr", "blockquote"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
)


def _claim(said: str, last_claim: str, texts: list[str], glue: bool) -> str:
    """The claim an anchor backs, given the words ``said`` since the previous anchor.

    Words go to the passage text and are the claim. Only punctuation (an anchor right
    after another, or the ". " written after the previous anchor) is glued to the text
    before it, and the anchor backs the previous claim again."""
    if not said[:1].isalnum() and _WORDY.search(said) is None:
        if said:
            if texts and glue:
                texts[-1] += said
            else:
                texts.append(said)
        return last_claim
    texts.append(said)
    return said


class InlineScanner:
    """Scans blocks of one note. Holds the per-document settings and the warnings list.

    ``ts_target`` is the deep-link prefix (``https://www.youtube.com/watch?v=ID&t=``) or
    None when the note has no usable video id: timestamp citations then have no target.

    When the native core is in use (:mod:`seedparse._native`), :meth:`scan` gives a
    block without an offset mapper to it first; it answers the blocks it can answer
    exactly (no entity, no HTML tag but seed anchors, nothing to warn about) and this
    class scans the rest. ``source`` names the file in the error a native failure
    becomes.
    """

    def __init__(
        self,
        *,
        ts_target: str | None,
        warnings: list[tuple[int, str]],
        max_link_len: int,
        max_anchor_attr_len: int,
        source: str | None = None,
    ) -> None:
        self.ts_target = ts_target
        self.source = source
        self._core = _native.active()
        self.warnings = warnings
        (
            self._tag,
            self._attr,
            self._wiki,
            self._wiki_long,
            self._link,
        ) = _patterns(max_link_len, max_anchor_attr_len)
        self._max_link = max_link_len
        self.dropped_warnings = 0
        self.fast = True  # use the split-based path for seed-spelled anchors when it applies
        self._comment_end = -1  # where the last "-->" search ended (-2: none left)
        self._comment_from = -1
        self._gt_at = -1  # the next ">" found from _gt_from (-1: none)
        self._gt_from = -1

    # ------------------------------------------------------------------ helpers

    def _find_comment_end(self, s: str, start: int) -> int:
        """Offset of the ``-->`` closing a comment opened at ``start`` (-1: none).

        The result of the last search is reused while it is still ahead, so many
        unclosed ``<!--`` cost one scan in total, not one each.
        """
        if self._comment_from >= 0 and self._comment_from <= start:
            if self._comment_end == -2:
                return -1
            if self._comment_end >= start + 4:
                return self._comment_end
        found = s.find("-->", start + 4)
        self._comment_from = start
        self._comment_end = -2 if found < 0 else found
        return found

    # ------------------------------------------------------------------ scanning

    def scan(
        self, s: str, base: int, mapper: Callable[[int], int] | None = None
    ) -> tuple[str, Sequence[ShortRecord]]:
        """Clean text and citations of the block ``s``, the citations as
        :data:`~seedparse._packed.ShortRecord` tuples (what the packed Document
        stores; no Citation objects are made).

        ``base`` is the offset of ``s`` in the source text; for a block assembled from
        several pieces (a blockquote without its ``>`` markers), ``mapper`` maps an
        offset in ``s`` to one in the source instead.
        """
        core = self._core
        if mapper is None and core is not None:
            try:
                scanned = core.scan_block(s, base, self.ts_target, self._max_link)
            except core.NativeError as error:
                raise _native.parse_error("scanner", self.source, base, error) from error
            if scanned is not None:
                return scanned  # already (text, citation records)
        if mapper is None and self.fast and "[[" not in s:
            found = self._scan_seed_anchors(s, base)
            if found is not None:
                return found
        self._comment_from = -1
        self._gt_from = -1
        citations: list[ShortRecord] = []
        texts: list[str] = []  # the passage text: cleaned runs, one per timestamp
        claim: list[str] = []  # raw pieces of the current run (since the last timestamp)
        last_claim = ""
        prefix = self.ts_target
        find = s.find
        pos = 0  # everything before pos is in claim (or dropped markup)
        at = 0  # where to look for the next token (>= pos: text in between is plain)
        lt = find("<")
        br = find("[")
        seconds: int | None
        while True:
            # The next "<" or "[" at or after `at`: two memchr scans, each redone only
            # once the scan has passed its last hit.
            if at < pos:
                at = pos
            if lt != -1 and lt < at:
                lt = find("<", at)
            if br != -1 and br < at:
                br = find("[", at)
            if lt == -1:
                if br == -1:
                    break
                start = br
            elif br == -1 or lt < br:
                start = lt
            else:
                start = br
            if start == lt:
                fast = _ANCHOR.match(s, start)
                if fast is not None:
                    end = fast.end()
                    value = fast.group(1)
                    seconds = parse_time(value if "&" not in value else _attr_text(value))
                    if seconds is None:
                        self._invalid_time(value, base, mapper, start)
                else:
                    tag = self._tag_at(s, start)
                    if tag is None:  # a "<" that starts no tag is text
                        at = start + 1
                        continue
                    end, replacement, is_anchor, seconds, value = tag
                    if not is_anchor:
                        claim.append(s[pos:start])
                        claim.append(replacement)
                        pos = end
                        continue
                    if seconds is None:
                        self._invalid_time(value, base, mapper, start)
            else:
                # A run of "[": a wiki-link may start two before its end, a marker or
                # markdown link one before; anything else in the run is text.
                run_end = _RUN.match(s, start).end()  # type: ignore[union-attr]
                bang = start > pos and s[start - 1] == "!"
                if run_end - start >= 2:
                    wiki_at = run_end - 2
                    wiki = self._wiki.match(s, wiki_at)
                    if wiki is not None:
                        link_at = wiki_at - 1 if bang and wiki_at == start else wiki_at
                        end = wiki.end()
                        shown, target = self._wikilink(wiki.group(1), base, mapper, link_at)
                        claim.append(s[pos:link_at])
                        if target is None:
                            claim.append(s[link_at:end])
                        else:
                            claim.append(shown)
                            where, until = _source_span(base, mapper, link_at, end)
                            citations.append(
                                (
                                    "wikilink",
                                    clean_text(shown, tags=False),
                                    where,
                                    until,
                                    target,
                                    None,
                                )
                            )
                        pos = end
                        continue
                    if self._wiki_long.match(s, wiki_at) is not None:
                        self._warn(
                            base,
                            mapper,
                            wiki_at,
                            f"wiki-link longer than max_link_len={self._max_link} kept as text",
                        )
                one_at = run_end - 1
                marker = _MARKER.match(s, one_at)
                if marker is None:
                    link = self._link.match(s, one_at)
                    if link is None:
                        at = run_end
                        continue
                    link_at = one_at - 1 if bang and one_at == start else one_at  # ![alt](src)
                    claim.append(s[pos:link_at])
                    claim.append(link.group(1))
                    pos = link.end()
                    continue
                start = one_at
                end = marker.end()
                seconds = parse_time(marker.group(1))
                if seconds is None:
                    self._warn(base, mapper, start, f"invalid timestamp marker {marker.group(0)!r}")
                    claim.append(s[pos:end])
                    pos = end
                    continue

            # A timestamp anchor or marker at [start, end); seconds is None if invalid.
            # Punctuation written right after it stays with the sentence before it.
            claim.append(s[pos:start])
            following = s[end : end + 1]
            glue = False  # the run is nothing but punctuation written after this anchor
            if following and following in _ATTACHED_CHARS:
                attached = _ATTACHED.match(s, end).group()  # type: ignore[union-attr]
                _rstrip_parts(claim)
                glue = not claim
                claim.append(attached)
                pos = end + len(attached)
            else:
                claim.append(" ")
                pos = end
            if seconds is None:
                continue
            raw = "".join(claim)
            said = clean_text(raw, tags=False)
            claim = []
            said = last_claim = _claim(said, last_claim, texts, glue)
            where, until = _source_span(base, mapper, start, end)
            target = None if prefix is None else f"{prefix}{seconds}s"
            citations.append(("timestamp", said, where, until, target, seconds))
        if pos < len(s):
            claim.append(s[pos:])
        if claim:
            tail = clean_text("".join(claim), tags=False)
            if tail:
                texts.append(tail)
        return " ".join(texts), citations

    def _scan_seed_anchors(self, s: str, base: int) -> tuple[str, list[ShortRecord]] | None:
        """:meth:`scan` for the common block whose only markup is seed-spelled anchors.

        One ``split`` does the tokenizing; None (use the general scanner) when the block
        holds any other ``<`` or ``[``, an anchor value with an entity, or an invalid
        time. Gives exactly
        what the general scanner gives (a property test compares them).
        """
        pieces = _ANCHOR_SPLIT.split(s)
        count = len(pieces) // 3
        if s.count("<") != 2 * count or s.count("[") != count:
            return None
        citations: list[ShortRecord] = []
        texts: list[str] = []
        prefix = self.ts_target
        cache = _time_cache
        last_claim = ""
        text = pieces[0]  # the current piece, attached punctuation already taken off
        offset = base + len(text)  # where the next anchor starts in the source
        index = 1
        for _ in range(count):
            value = pieces[index]
            after = pieces[index + 2]
            index += 3
            start = offset
            end = start + _ANCHOR_FIXED_LEN + len(value) + len(pieces[index - 2])
            offset = end + len(after)
            if "&" in value:
                return None
            if after and after[0] in _ATTACHED_CHARS:
                if after[1:2] and after[1] in _ATTACHED_CHARS:
                    attached = _ATTACHED.match(after).group()  # type: ignore[union-attr]
                else:
                    attached = after[0]
                run = text.rstrip()
                glue = not run
                run += attached
                text = after[len(attached) :]
            else:
                run = text
                text = after
                glue = False
            seconds = cache.get(value, _MISSING)
            if seconds == _MISSING:
                seconds = parse_time(value)
            if seconds is None:  # rare: the general scanner reports it (no side effects yet)
                return None
            said = clean_text(run, tags=False)
            said = last_claim = _claim(said, last_claim, texts, glue)
            citations.append(
                (
                    "timestamp",
                    said,
                    start,
                    end,
                    None if prefix is None else f"{prefix}{seconds}s",
                    seconds,
                )
            )
        tail = text
        if tail:
            tail = clean_text(tail, tags=False)
            if tail:
                texts.append(tail)
        return " ".join(texts), citations

    # ------------------------------------------------------------------ pieces

    def _warn(
        self, base: int, mapper: Callable[[int], int] | None, where: int, message: str
    ) -> None:
        if len(self.warnings) < _KEEP_WARNINGS:
            self.warnings.append((base + where if mapper is None else mapper(where), message))
        else:  # a hostile note can hold millions: count them, keep the first ones
            self.dropped_warnings += 1

    def _invalid_time(
        self, value: str, base: int, mapper: Callable[[int], int] | None, where: int
    ) -> None:
        if value == "<unreadable anchor>":
            message = (
                "unreadable timestamp anchor (an attribute longer than max_anchor_attr_len, "
                "or malformed): no citation made"
            )
        else:
            shown = value if len(value) <= 40 else value[:40] + "..."
            message = f"invalid timestamp {shown!r}: no citation made"
        self._warn(base, mapper, where, message)

    def _wikilink(
        self, inner: str, base: int, mapper: Callable[[int], int] | None, where: int
    ) -> tuple[str, str | None]:
        """``(shown text, target)`` of a wiki-link's inside; target None if empty."""
        target, bar, label = inner.partition("|")
        if target.endswith("\\"):  # [[a\|b]] inside a table
            target = target[:-1]
        target = clean_text(target, tags=False) if "&" in target else target.strip()
        if not target:
            return inner, None
        if _BIDI.search(target) is not None:
            self._warn(
                base, mapper, where, f"bidi control character in wiki-link target {target!r}"
            )
        shown = label if bar and label.strip() else target
        return shown, target

    def _broken_anchor(self, s: str, start: int) -> tuple[int, str, bool, int | None, str] | None:
        """An ``<a`` tag the strict grammar refused (an attribute longer than
        max_anchor_attr_len, stray quotes) but that names a timestamp early on: its
        markup, up to the next ``>``, is dropped and no citation is made (the bracket
        label is not trusted). The dropped text is never scanned again, and the ``>``
        search is shared by all attempts, so this stays linear."""
        if s[start + 1 : start + 2] not in ("a", "A") or s[start + 2 : start + 3] not in _BLANKS:
            return None
        head = s[start : start + 96].lower()
        if "data-t" not in head and "yt-timestamp" not in head:
            return None
        if self._gt_from < 0 or self._gt_from > start or 0 <= self._gt_at < start:
            self._gt_at = s.find(">", start)
            self._gt_from = start
        close = self._gt_at
        if close < 0:
            return None
        end, _ = _past_label(s, close + 1)
        return end, "", True, None, "<unreadable anchor>"

    def _tag_at(self, s: str, start: int) -> tuple[int, str, bool, int | None, str] | None:
        """Read the tag at ``start``: ``(end, replacement, is_timestamp, seconds, value)``.

        None when there is no well-formed tag (the ``<`` is then text).
        """
        if s.startswith("<!--", start):
            close = self._find_comment_end(s, start)
            if close < 0:
                return None
            return close + 3, "", False, None, ""
        tag = self._tag.match(s, start)
        if tag is None:
            return self._broken_anchor(s, start)
        end = tag.end()
        name = tag.group(2).lower()
        if name != "a" or tag.group(1):
            return end, (" " if name in _SPACE_TAGS else ""), False, None, ""
        attrs: dict[str, str] = {}
        for attr in self._attr.finditer(tag.group(3)):
            key = attr.group(1).lower()
            if key not in attrs:
                raw = attr.group(2) or attr.group(3) or attr.group(4) or ""
                attrs[key] = _attr_text(raw)
        classes = attrs.get("class", "").lower().split()
        if "data-t" not in attrs and "yt-timestamp" not in classes:
            return end, "", False, None, ""
        end, label = _past_label(s, end)
        if "data-t" in attrs:
            value = attrs["data-t"]
        elif label is not None:
            value = label.group(1).strip()
        else:
            value = ""
        return end, "", True, parse_time(value), value


def _source_span(
    base: int, mapper: Callable[[int], int] | None, start: int, end: int
) -> tuple[int, int]:
    """Where ``[start, end)`` of a scanned block is in the source text."""
    if mapper is None:
        return base + start, base + end
    return mapper(start), mapper(end - 1) + 1


def _past_label(s: str, end: int) -> tuple[int, re.Match[str] | None]:
    """Where an anchor's markup ends after its opening tag (at ``end``): past its
    ``[hh:mm:ss]</a>`` label if it has one, else past a bare ``</a>``, else at ``end``
    (a missing closing tag). Also the label match, if any."""
    label = _LABEL.match(s, end)
    if label is not None:
        return label.end(), label
    closing = _CLOSE_A.match(s, end)
    return (closing.end() if closing is not None else end), None


def _attr_text(raw: str) -> str:
    """An attribute value as text: entities decoded once, outer ASCII blanks removed."""
    if "&" in raw:
        import html  # on the first attribute with a reference: most notes have none

        raw = html.unescape(raw) if len(raw) <= 4096 else decode_entities(raw)
    return raw.strip(" \t\n\r\f")


def _rstrip_parts(parts: list[str]) -> None:
    """Drop the trailing whitespace of ``"".join(parts)`` in place."""
    if not parts:
        return
    last = parts[-1].rstrip()
    if last:
        parts[-1] = last
        return
    while parts:
        last = parts[-1].rstrip()
        if last:
            parts[-1] = last
            return
        parts.pop()
