"""The ``transcript-note`` reader: markdown notes about a video, with timestamp anchors.

A note (the format: ``docs/formats/transcript-note.md``) is YAML front matter
(``title``, ``videoId``), a ``From: [[channel]]`` line, then markdown whose sentences
end with timestamp anchors. The reader gives:

* ``title``: the front matter ``title``, else a level-1 heading that opens the body,
  else None. ``authors``: the channel of the ``From:`` line.
* ``metadata``: every front matter key verbatim, plus ``video_id`` (from ``videoId``,
  ``video_id``...), ``channel`` (the ``From:`` line's wiki-link target, or a front
  matter ``channel``), ``url`` (``https://www.youtube.com/watch?v=<id>``) and
  ``warnings``. A derived key never replaces a front matter key of the same name.
* passages: ``heading`` (``#`` to ``######`` and setext), ``paragraph``, ``list_item``
  (``*``, ``-``, ``+``, ``1.``, ``1)``; nesting in ``Passage.depth``), ``quote``
  (blockquotes and ``> [!type]`` callouts), ``table`` (one passage, rows on lines, cells
  joined by `` | ``) and ``code`` (fenced with backticks or tildes; the content verbatim,
  nothing inside read as markup). Every passage carries its heading trail in
  ``section``. The ``From:`` line is not body. Indented code blocks are not a thing in
  notes: indented text is read as text.
* citations: timestamps and wiki-links, in document order (see
  :mod:`seedparse.formats.transcript.inline` for the grammar). A timestamp's ``text``
  is the claim it backs: the words since the previous timestamp in the same passage (or
  the passage start), with the sentence punctuation written right after the anchor; an
  anchor that directly follows another backs the same claim. Its ``target`` is the video deep link
  ``https://www.youtube.com/watch?v=<id>&t=<s>s``, or **None when the note has no usable
  video id** (documented choice: no link is better than a link to nowhere).

Framing of front matter (unterminated front matter is read as body, with a warning) is
described in :mod:`seedparse.formats.transcript.frontmatter`. ``read`` expects the
normalised text that :func:`seedparse.parse` and :func:`seedparse.load` pass (no BOM,
``\\n`` line ends); a stray ``\\r`` at a line end is tolerated as whitespace.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ... import _native
from ..._gcpause import collector_paused
from ..._limits import current_limits
from ..._model import Document, read_document
from ..._packed import (
    STATE_VERSION,
    Builder,
    CitationView,
    PassageView,
    ShortRecord,
    core_from_state,
    views,
)
from ..._text.cleaning import clean_text
from ..._text.lazyre import LazyPattern
from .blocks import (
    BLANK,
    FENCE,
    FENCE_OPEN,
    HEADING,
    HR,
    ITEM,
    QUOTE,
    TEXT,
    classify,
    is_table,
    table_cells,
)
from .frontsplit import split_frontmatter

if TYPE_CHECKING:
    # Imported where used: the Python scanner only for a note the native body leaves
    # to it, the date parser only for a note with a date. A first load of notes
    # imports neither (0.9 ms of a fresh process's first note).
    from .inline import InlineScanner

__all__ = ["read_note"]

#: The reader's name (:class:`.entry.TranscriptNoteReader` holds the same).
NAME = "transcript-note"

_YOUTUBE = "https://www.youtube.com/watch?v="
_VIDEO_ID = LazyPattern(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
_VIDEO_URL = LazyPattern(
    r"(?:youtube\.com/(?:watch\?(?:[^#\s]{0,256}&)?v=|embed/|shorts/|live/)|youtu\.be/)"
    r"([A-Za-z0-9_-]{6,64})",
    re.ASCII,
)
_DATE_KEYS = ("published", "date", "upload_date", "uploadDate", "published_at", "publishedAt")
_MAX_WARNINGS = 200
_QUOTE_PREFIX = LazyPattern(r"(?:[ \t]*>)+[ \t]?")
_CALLOUT = LazyPattern(r"\[![A-Za-z0-9_-]{1,64}\][+-]?[ \t]*")
_QUOTE_INNER = LazyPattern(r"(?:#{1,6}|[*+-]|[0-9]{1,9}[.)])[ \t]+")
_TASK = LazyPattern(r"\[[ xX]\][ \t]+")
_FROM = LazyPattern(r"[Ff]rom:[ \t]*(?=!?\[\[)")
_FROM_REST = LazyPattern(r"(?:[\s,;&]|and\b|<[^<>\n]{0,64}>)*", re.ASCII)
_WIKI_IN_FROM = LazyPattern(r"!?\[\[([^\[\]\n]{1,512})\]\]")


def read_note(text: str, source: str) -> Document:
    """:meth:`TranscriptNoteReader.read <.entry.TranscriptNoteReader.read>` (the cyclic
    collector is paused around the Python walk only: see ``_NoteParser.document``)."""
    return _NoteParser(text, source).document()


#: Whether a front matter key names the video id (``videoId``, ``video_id``, ``Video-ID``),
#: by key: the same few keys come back in every note of a folder. Bounded.
_NAMES_VIDEO_ID: dict[str, bool] = {}


def _is_video_id_key(key: str) -> bool:
    found = _NAMES_VIDEO_ID.get(key)
    if found is None:
        found = key.replace("_", "").replace("-", "").lower() == "videoid"
        if len(_NAMES_VIDEO_ID) < 4096:
            _NAMES_VIDEO_ID[key] = found
    return found


def _video_id(data: dict[str, Any], raw: dict[str, str]) -> str | None:
    known = _NAMES_VIDEO_ID
    for key in data:
        if known.get(key) or (key not in known and _is_video_id_key(key)):
            value = data[key]
            if isinstance(value, str) and value.strip():
                return value.strip()
            text = raw.get(key, "").strip()
            if text:
                return text
    for key in ("url", "source", "link", "video", "video_url", "videoUrl"):
        value = data.get(key)
        if isinstance(value, str):
            found = _VIDEO_URL.search(value)
            if found is not None:
                return found.group(1)
    return None


def _published(data: dict[str, Any]) -> tuple[dt.date | dt.datetime | None, str | None]:
    for key in _DATE_KEYS:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        found = value.strip()
        return (_parse_iso_date or _import_dates())(found), found
    return None, None


_DATE_KEY_SET = frozenset(_DATE_KEYS)


def _has_date_key(data: dict[str, Any]) -> bool:
    """Whether :func:`_published` has a key to look at (one set operation: most notes
    have none of the six)."""
    return not _DATE_KEY_SET.isdisjoint(data)


#: ``seedparse._text.dates.parse_iso_date`` once imported (see :func:`_import_dates`).
_parse_iso_date: Callable[[str], dt.date | dt.datetime | None] | None = None


def _import_dates() -> Callable[[str], dt.date | dt.datetime | None]:
    """Import the date parser on the first note with a date and keep it: an
    ``import`` statement in ``_published`` would run the import machinery per note."""
    global _parse_iso_date
    from ..._text.dates import parse_iso_date

    _parse_iso_date = parse_iso_date
    return parse_iso_date


class _NoteParser:
    """One read: the text, the front matter, the passages and warnings found so far."""

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.limits = current_limits()
        self.warnings: list[tuple[int, str]] = []
        # The passages and citations, packed as they are found by the Python walk
        # (made with it: the native body packs its own).
        self.parts: Builder
        self.trail: list[tuple[int, str]] = []  # (level, heading text)
        self.section: tuple[str, ...] = ()
        self.channels: list[str] = []
        self.first_heading: str | None = None
        self.seen_body = False  # any non-heading passage
        self.seen_heading = False
        self.inline: InlineScanner | None = None

    # ------------------------------------------------------------------ document

    def document(self) -> Document:
        text = self.text
        skip = 1 if text.startswith("\ufeff") else 0
        front = split_frontmatter(text[skip:] if skip else text, source=self.source)
        if front.warnings:
            self.warnings.extend((skip + where, message) for where, message in front.warnings)
        data = front.data
        video_id = _video_id(data, front.raw)
        url: str | None = None
        if video_id is not None:
            if _VIDEO_ID.fullmatch(video_id):
                url = _YOUTUBE + video_id
            else:
                self.warnings.append(
                    (skip, f"video id {video_id[:80]!r} is not a YouTube id; no links made")
                )
        ts_target = None if url is None else url + "&t="
        body_start = skip + front.end if front.present else skip
        views = self._native_body(body_start, ts_target)
        if views is None:
            from .inline import InlineScanner  # (see the imports)

            self.inline = InlineScanner(
                ts_target=ts_target,
                warnings=self.warnings,
                max_link_len=self.limits.max_link_len,
                max_anchor_attr_len=self.limits.max_anchor_attr_len,
                source=self.source,
            )
            # The cyclic collector is paused for the Python walk: the records and
            # tuples of a long note are many objects and no garbage, and the
            # collector's full passes over them cost half the time of a note with
            # 100,000 anchors. The native body makes a handful of objects: no pause.
            self.parts = Builder()
            with collector_paused():
                self._blocks(body_start)
                views = self.parts.views()

        title_value = data.get("title")
        title: str | None = None
        if isinstance(title_value, str):
            title = clean_text(title_value, tags=False) or None
        elif front.raw.get("title", "~").strip() not in ("", "~"):
            # YAML typed it (``title: 1984``, ``title: Yes``, ``title: Null``): a title
            # is text, so the words as written are the title.
            title = clean_text(front.raw["title"], tags=False) or None
        if title is None:
            title = self.first_heading

        metadata: dict[str, Any] = dict(data)
        channel = self.channels[0] if self.channels else None
        if channel is None and isinstance(data.get("channel"), str):
            channel = data["channel"].strip() or None
        # The derived keys, in this order, where the front matter has none of the name.
        if video_id is not None and "video_id" not in metadata:
            metadata["video_id"] = video_id
        if channel is not None and "channel" not in metadata:
            metadata["channel"] = channel
        if url is not None and "url" not in metadata:
            metadata["url"] = url
        if "warnings" in metadata:
            self.warnings.append((skip, "front matter key 'warnings' is replaced by the reader's"))
        if self.warnings:  # (then there are messages: "warnings" is set, not left)
            metadata["warnings"] = self._warning_messages()
        published, dateline = _published(data) if _has_date_key(data) else (None, None)
        passages, citations = views
        return read_document(
            self.source,
            NAME,
            title,
            tuple(dict.fromkeys(self.channels)) or ((channel,) if channel else ()),
            published,
            dateline,
            metadata,
            passages,
            citations,
        )

    def _warning_messages(self) -> list[str]:
        """``"line L, column C: message"``, in text order, at most _MAX_WARNINGS."""
        if not self.warnings:
            return []
        text = self.text
        found = sorted(self.warnings, key=lambda item: item[0])
        shown = found[:_MAX_WARNINGS]
        out: list[str] = []
        line, line_start, at = 1, 0, 0
        for offset, message in shown:
            offset = max(0, min(offset, len(text)))
            line += text.count("\n", at, offset)
            if offset > at:
                newline = text.rfind("\n", at, offset)
                if newline >= 0:
                    line_start = newline + 1
            at = max(at, offset)
            out.append(f"line {line}, column {offset - line_start + 1}: {message}")
        more = len(found) - len(shown)
        if self.inline is not None:
            more += self.inline.dropped_warnings
        if more:
            out.append(f"... and {more} more warnings")
        return out

    # ------------------------------------------------------------------ blocks

    def _native_body(
        self, body_start: int, ts_target: str | None
    ) -> tuple[PassageView, CitationView] | None:
        """The whole body by the native core in one call (``read_note_body``: the
        block walk, every block's inline scan and the packed records that
        :meth:`_blocks` and the Builder would write), or None: the core is not in use,
        or a block needs the Python scanner (entities, HTML tags, anything warned
        about), and :meth:`_blocks` reads the note. One call per note instead of one
        per block and a Python loop per citation: the walk and the packing were most of
        a note's time once the scan itself was native."""
        core = _native.active()
        if core is None:
            return None
        try:
            found = core.read_note_body(
                self.text, body_start, ts_target, self.limits.max_link_len, STATE_VERSION
            )
        except core.NativeError as error:
            raise _native.parse_error("note reader", self.source, body_start, error) from error
        if found is None:
            return None
        state, self.channels, self.first_heading = found
        return views(core_from_state(state))

    def _blocks(self, body_start: int) -> None:
        text = self.text
        lines = text[body_start:].split("\n")
        starts: list[int] = []
        at = body_start
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        kinds = self._kinds(lines, body_start)
        count = len(lines)
        items: list[int] = []  # marker columns of the open list items
        blank_before = True
        i = 0
        while i < count:
            line = lines[i]
            what, column, extra = kinds[i]
            if what == BLANK:
                blank_before = True
                i += 1
                continue
            if (
                what == TEXT
                and not self.seen_body
                and _FROM.match(line, extra)
                and self._from_line(line, extra)
            ):
                i += 1
                blank_before = True
                continue
            if what == HEADING:
                items.clear()
                self._heading(starts[i], line, extra, column)
                i += 1
            elif what == HR:
                items.clear()
                i += 1
            elif what == FENCE_OPEN:
                i = self._code(lines, starts, i, extra)
            elif what == QUOTE:
                if column == 0:
                    items.clear()
                j = i + 1
                while j < count and kinds[j][0] in (QUOTE, TEXT):
                    j += 1
                self._quote(lines, starts, i, j)
                i = j
            elif what == ITEM:
                while items and items[-1] >= column:
                    items.pop()
                depth = len(items)
                items.append(column)
                j = i + 1
                while j < count and kinds[j][0] == TEXT and not is_table(lines, j):
                    j += 1
                self._item(lines, starts, i, j, abs(extra), depth)
                i = j
            elif is_table(lines, i):
                items.clear()
                j = i + 2
                while j < count and kinds[j][0] == TEXT and "|" in lines[j]:
                    j += 1
                self._table(lines, starts, i, j)
                i = j
            else:  # paragraph
                if blank_before and column < 2:
                    items.clear()
                j = i + 1
                setext = 0
                while j < count:
                    following, _, following_extra = kinds[j]
                    if following == TEXT:
                        if is_table(lines, j):
                            break
                        underline = lines[j].strip()
                        if set(underline) == {"="}:
                            setext = 1
                            break
                        j += 1
                        continue
                    if following == ITEM and following_extra < 0:
                        j += 1  # an ordered item not starting at 1 cannot interrupt
                        continue
                    underline = lines[j].strip()
                    if underline and (set(underline) == {"="} or set(underline) == {"-"}):
                        setext = 1 if underline[0] == "=" else 2
                    break
                if setext:
                    self._setext(starts[i], starts[j - 1] + len(lines[j - 1]), setext, j, starts)
                    i = j + 1
                else:
                    self._paragraph(starts[i], starts[j - 1] + len(lines[j - 1]))
                    i = j
            blank_before = False

    def _kinds(self, lines: list[str], body_start: int) -> list[tuple[int, int, int]]:
        """``classify`` of every line: by the native core in one call when it is in use
        (and the text is UTF-8 encodable), else line by line in Python."""
        core = _native.active()
        if core is not None:
            try:
                kinds = core.classify_lines(self.text, body_start)
            except core.NativeError as error:
                raise _native.parse_error(
                    "line classifier", self.source, body_start, error
                ) from error
            if kinds is not None:
                return kinds
        return [classify(line) for line in lines]

    # ------------------------------------------------------------------ emitters

    def _add(
        self,
        text: str,
        kind: str,
        start: int,
        end: int,
        citations: Sequence[ShortRecord],
        depth: int = 0,
        section: tuple[str, ...] | None = None,
    ) -> None:
        if not text and not citations:
            return
        self.parts.passage(
            text,
            kind,
            start,
            end,
            self.section if section is None else section,
            depth,
            citations,
        )
        if kind != "heading":
            self.seen_body = True

    def _scan(self, start: int, end: int) -> tuple[str, Sequence[ShortRecord]]:
        assert self.inline is not None
        return self.inline.scan(self.text[start:end], start)

    def _from_line(self, line: str, indent: int) -> bool:
        """Read ``From: [[channel]] <br/>``; False when the line says more than that."""
        links = _WIKI_IN_FROM.findall(line)
        rest = _WIKI_IN_FROM.sub(" ", line[indent:])
        rest = rest.split(":", 1)[1] if ":" in rest else rest
        if not links or _FROM_REST.fullmatch(rest) is None:
            return False
        for inner in links:
            target = inner.partition("|")[0].strip()
            if target:
                self.channels.append(target)
        return True

    def _heading(self, line_start: int, line: str, content_at: int, level: int) -> None:
        content = line[content_at:].rstrip(" \t\r")
        if content.endswith("#"):
            trimmed = content.rstrip("#")
            if not trimmed or trimmed[-1] in " \t":
                content = trimmed.rstrip(" \t")
        start = line_start + content_at
        text, citations = self._scan(start, start + len(content))
        self._open_section(level, text)
        end = line_start + len(line.rstrip("\r"))
        self._add(text, "heading", line_start, end, citations, section=self._trail_before())
        self._close_heading(level, text)

    def _setext(self, start: int, end: int, level: int, underline: int, starts: list[int]) -> None:
        text, citations = self._scan(start, end)
        self._open_section(level, text)
        line_end = self.text.find("\n", starts[underline])
        span_end = len(self.text) if line_end < 0 else line_end
        self._add(text, "heading", start, span_end, citations, section=self._trail_before())
        self._close_heading(level, text)

    def _open_section(self, level: int, text: str) -> None:
        while self.trail and self.trail[-1][0] >= level:
            self.trail.pop()
        if (
            level == 1
            and text
            and not self.seen_body
            and self.first_heading is None
            and not self.seen_heading
        ):
            self.first_heading = text

    def _trail_before(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.trail)

    def _close_heading(self, level: int, text: str) -> None:
        if text:
            self.trail.append((level, text))
        self.section = self._trail_before()
        self.seen_heading = True

    def _paragraph(self, start: int, end: int) -> None:
        text, citations = self._scan(start, end)
        self._add(text, "paragraph", start, end, citations)

    def _item(
        self,
        lines: list[str],
        starts: list[int],
        first: int,
        stop: int,
        content_at: int,
        depth: int,
    ) -> None:
        line = lines[first]
        task = _TASK.match(line, content_at)
        if task is not None:
            content_at = task.end()
        start = starts[first]
        end = starts[stop - 1] + len(lines[stop - 1])
        text, citations = self._scan(start + content_at, end)
        self._add(text, "list_item", start, end, citations, depth=depth)

    def _code(self, lines: list[str], starts: list[int], first: int, indent: int) -> int:
        opening = lines[first]
        fence = FENCE.match(opening, indent)
        assert fence is not None
        marker = fence.group(1)
        j = first + 1
        count = len(lines)
        while j < count:
            candidate = lines[j].lstrip(" \t").rstrip(" \t\r")
            if candidate.startswith(marker[0] * len(marker)) and not candidate.strip(marker[0]):
                break
            j += 1
        body: list[str] = []
        for line in lines[first + 1 : j]:
            cut = 0
            while cut < indent and cut < len(line) and line[cut] == " ":
                cut += 1
            body.append(line[cut:].rstrip("\r"))
        last = min(j, count - 1)
        end = starts[last] + len(lines[last])
        self._add("\n".join(body).strip("\n"), "code", starts[first], end, [])
        return j + 1

    def _quote(self, lines: list[str], starts: list[int], first: int, stop: int) -> None:
        pieces: list[str] = []
        content_starts: list[int] = []  # offset of each piece in the joined content
        source_starts: list[int] = []  # offset of each piece in the source text
        at = 0
        for index in range(first, stop):
            line = lines[index]
            prefix = _QUOTE_PREFIX.match(line)
            cut = prefix.end() if prefix is not None else 0
            if index == first:
                callout = _CALLOUT.match(line, cut)
                if callout is not None:
                    cut = callout.end()
            inner = _QUOTE_INNER.match(line, cut)
            if inner is not None:
                cut = inner.end()
            piece = line[cut:]
            content_starts.append(at)
            source_starts.append(starts[index] + cut)
            pieces.append(piece)
            at += len(piece) + 1
        content = "\n".join(pieces)

        def mapper(offset: int) -> int:
            slot = bisect.bisect_right(content_starts, offset) - 1
            return source_starts[slot] + offset - content_starts[slot]

        assert self.inline is not None
        text, citations = self.inline.scan(content, 0, mapper)
        end = starts[stop - 1] + len(lines[stop - 1])
        self._add(text, "quote", starts[first], end, citations)

    def _table(self, lines: list[str], starts: list[int], first: int, stop: int) -> None:
        assert self.inline is not None
        rows: list[str] = []
        citations: list[ShortRecord] = []
        for index in range(first, stop):
            if index == first + 1:
                continue  # the delimiter row
            cells: list[str] = []
            for cell_start, cell_end in table_cells(lines[index]):
                at = starts[index] + cell_start
                text, found = self.inline.scan(self.text[at : at + cell_end - cell_start], at)
                cells.append(text.replace("\\|", "|"))
                citations.extend(found)
            rows.append(" | ".join(cells))
        end = starts[stop - 1] + len(lines[stop - 1])
        self._add("\n".join(rows), "table", starts[first], end, citations)
