"""The ``article`` reader: news or analysis copied as plain text.

It is also the fallback for any text no other reader claims, so when it is unsure it
leaves a field empty rather than invent it.

What it reads, top to bottom:

* **Header.** Among the first lines, before the first body paragraph: the title (the
  first line that reads as a headline: short, no sentence-final punctuation, followed
  by body text), a dateline (see :func:`seedparse._dates.parse_dateline`; ``published``
  is set only when the year is given), a byline (``By A and B`` gives ``authors``), and
  a kicker (a short label line in capitals or in another script than the body).
* **Kicker glued to the body.** A run of one to four words in capitals before the
  first sentence of the first paragraph is cut off and kept as ``metadata["kicker"]``
  when it is in another script than the sentence
  (``\u0420\u041e\u0417\u0411\u0406\u0420 \u0412\u0406\u0414 Russia is \u2026``), is
  followed by a separator (``ANALYSIS: \u2026``), or is too long to be an acronym (seven
  letters or more: ``EXCLUSIVE Russia \u2026``). Later paragraphs only lose a kicker in
  another script.
* **Body.** One paragraph per line, or paragraphs separated by blank lines; lines of a
  paragraph broken across lines (hard-wrapped text, or a line that stops mid-sentence
  before a lower-case continuation) are joined back. A short line without final
  punctuation between paragraphs is a ``heading`` passage and opens a section
  (``Passage.section``); ``#`` headings and bullet or numbered list items are read too.
  A run-in label such as ``Outcomes:`` stays in its paragraph.
* **Leftovers.** Lines around the body that are page furniture rather than text (a
  stray number, short share or "related" lines after the last paragraph) are kept out
  of the body and listed, in order, in ``metadata["leftovers"]``.
* **Quotations.** Direct quotations in the paragraphs become ``quotation`` citations
  with their speaker (:func:`seedparse._quotes.find_quotations`).

Passage text is clean: entities decoded once, stray HTML tags removed, whitespace
squashed, typographic characters kept. Every span slices the text given to
:meth:`ArticleReader.read` at the passage's raw text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from .._build import passage, span
from .._dates import parse_dateline
from .._errors import ArgumentError
from .._model import Citation, Document, Passage
from .._quotes import QuoteFinder, find_quotations
from .._text import decode_entities

__all__ = ["ArticleReader"]

_HEADER_LINES = 6  # how far down the header (title, dateline, byline, kicker) may reach
_TRAILER_LINES = 8  # how many short lines after the last paragraph may be leftovers
_TITLE_MAX_WORDS = 30
_TITLE_MAX_CHARS = 250
_HEADING_MAX_WORDS = 20
_HEADING_MAX_CHARS = 160
_LEFTOVER_MAX_WORDS = 12

_CLOSERS = "\"'\u2019\u201d\u00bb\u203a)]}*_"
_TERMINAL = frozenset(".!?\u2026:;")
_JOINERS = frozenset(",-\u2013\u2014(/&")
_QUOTE_STARTS = frozenset("\"'\u201c\u201e\u00ab\u2018\u201a\u2039\u300c")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,400})?/?>")
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
_LIST_ITEM = re.compile(r"(?:[-*+\u2022\u2023\u25e6\u25aa\u2013]|[0-9]{1,3}[.)])[ \t]+")
_STRAY_START = frozenset("0123456789.,:/+#%-")
_BLOCK_START = frozenset("#-*+\u2022\u2023\u25e6\u25aa\u20130123456789")
_STRAY = re.compile(r"[0-9.,:/+#%\s\u00a0-]{1,20}")
_BYLINE = re.compile(r"(?:By|BY|by)[ \u00a0]+([^\W\d_][^|\u2022\u00b7\n]{1,100})")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_LEADING_LETTERS = re.compile(r"[^\W\d_]{1,60}")
_WORD_AND_SPACE = re.compile(r"(\S{1,60})[ \u00a0]*")
_SEPARATED_KICKER = re.compile(
    r"([^\W\d_]{2,24}(?:[ \u00a0][^\W\d_]{2,24}){0,3})"
    r"[ \u00a0]?[:|\u2022\u00b7\u2014\u2013-][ \u00a0]+"
)


def _clean(raw: str) -> str:
    """Plain text of a raw line or block: tags dropped, entities decoded once,
    whitespace squashed."""
    if "<" in raw:
        raw = _TAG.sub(" ", raw)
    if "&" in raw:
        raw = decode_entities(raw)
    return " ".join(raw.split())


def _is_terminal(text: str) -> bool:
    """Does ``text`` end a sentence (final punctuation, maybe inside closing marks)?"""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _prose(text: str) -> bool:
    """Body text rather than a label: it ends a sentence or runs to ten words."""
    return _is_terminal(text) or text.count(" ") >= 9


def _is_stray(text: str) -> bool:
    """A line that is only a number or digits and punctuation ("12", "3/4", "+1")."""
    if text[0] not in _STRAY_START or len(text) > 20:
        return False
    return _STRAY.fullmatch(text) is not None and any("0" <= c <= "9" for c in text)


def _script(text: str) -> str:
    """The script of the first letter of ``text`` ("LATIN", "CYRILLIC", \u2026)."""
    for ch in text:
        if ch.isalpha():
            if ch < "\u0250":
                return "LATIN"
            if "\u0400" <= ch < "\u0530":
                return "CYRILLIC"
            name = unicodedata.name(ch, "")
            return name.split(" ", 1)[0]
    return ""


def _starts_lower(text: str) -> bool:
    first = text[0]
    return first.islower() or (first in _QUOTE_STARTS and len(text) > 1 and text[1].islower())


def _headline_like(text: str, *, max_words: int, max_chars: int, allow_question: bool) -> bool:
    """Short, starting with a capital or digit, without sentence-final punctuation."""
    if len(text) > max_chars or not text[0].isalnum() or text[0].islower():
        return False
    words = text.count(" ") + 1
    if words > max_words or not any(c.isalpha() for c in text):
        return False
    if words == 1 and (len(text) < 3 or not text[0].isupper()):
        return False
    if _is_terminal(text):
        stripped = text.rstrip(_CLOSERS)
        if not (allow_question and stripped[-1] in "?!" and words <= 15):
            return False
        inner = stripped[:-1]
        if any(mark in inner for mark in (". ", "? ", "! ")):
            return False
    return True


def _kicker_line(text: str, body_script: str) -> bool:
    """A short label line: in capitals, or in another script than the body."""
    if len(text) > 40 or text.count(" ") > 3 or _is_terminal(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    return bool(body_script) and _script(text) != body_script


class _Line:
    """A non-blank line of the text (internal)."""

    __slots__ = ("after_blank", "clean", "end", "raw", "start")

    def __init__(self, start: int, end: int, raw: str, after_blank: bool) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.after_blank = after_blank
        if "<" in raw or "&" in raw:
            self.clean = _clean(raw)
        elif "  " in raw or "\t" in raw or not raw.isprintable():
            self.clean = " ".join(raw.split())
        else:
            self.clean = raw


class _Block:
    """A paragraph, heading or list item being built (internal)."""

    __slots__ = ("end", "kind", "level", "lines", "start", "text")

    def __init__(self, line: _Line, kind: str, level: int = 0) -> None:
        self.start = line.start
        self.end = line.end
        self.kind = kind
        self.level = level
        self.lines = [line]
        self.text = ""


class ArticleReader:
    """Reads plain-text articles; the fallback reader for any text.

    ``quote_finder`` lets a specialised reader use other speech verbs (see
    :class:`seedparse._quotes.QuoteFinder`).

    .. versionadded:: 0.1.0
    """

    name = "article"

    def __init__(self, *, quote_finder: QuoteFinder | None = None) -> None:
        if quote_finder is not None and not isinstance(quote_finder, QuoteFinder):
            raise ArgumentError(
                f"quote_finder must be a QuoteFinder or None, not {type(quote_finder).__name__}"
            )
        self._find_quotations = quote_finder.find if quote_finder is not None else find_quotations

    def sniff(self, sample: str) -> float:
        """Any text is an article, but only just: other readers win when they claim it."""
        return 0.1 if sample.strip() else 0.05

    def read(self, text: str, source: str) -> Document:
        """Read ``text`` (already decoded and normalised) into a Document."""
        lines = _split_lines(text)
        wrap = _wrap_width(lines)
        leftovers: list[str] = []
        metadata: dict[str, Any] = {}
        header = _read_header(lines, wrap, leftovers)
        body = lines[header.body_start : len(lines)]
        body_end = _trailer_start(body, leftovers)
        trailer = body[body_end:]
        body = body[:body_end]
        blocks = _blocks(body, wrap, leftovers)
        kicker = header.kicker
        if blocks:
            glued = _cut_glued_kicker(text, blocks, first_only=kicker is not None)
            if glued and kicker is None:
                kicker = glued.pop(0)
            leftovers.extend(glued)
        _classify_headings(blocks)
        leftovers.extend(line.clean for line in trailer)
        if kicker:
            metadata["kicker"] = kicker
        if leftovers:
            metadata["leftovers"] = leftovers
        passages, citations = self._passages(text, blocks)
        return Document(
            source=source,
            reader=self.name,
            title=header.title,
            authors=tuple(header.authors),
            published=header.published,
            dateline=header.dateline,
            metadata=metadata,
            passages=passages,
            citations=citations,
        )

    def _passages(
        self, text: str, blocks: Sequence[_Block]
    ) -> tuple[tuple[Passage, ...], tuple[Citation, ...]]:
        body = [(b.start, b.end) for b in blocks if b.kind != "heading"]
        found = self._find_quotations(text, body) if body else []
        passages: list[Passage] = []
        citations: list[Citation] = []
        trail: list[tuple[int, str]] = []
        section: tuple[str, ...] = ()
        index = 0
        for block in blocks:
            if block.kind == "heading":
                while trail and trail[-1][0] >= block.level:
                    trail.pop()
                section = tuple(title for _, title in trail)
                passages.append(
                    passage(block.text, "heading", span(block.start, block.end), section, ())
                )
                trail.append((block.level, block.text))
                section = tuple(title for _, title in trail)
                continue
            quotes = found[index]
            index += 1
            citations.extend(quotes)
            passages.append(
                passage(
                    block.text, block.kind, span(block.start, block.end), section, tuple(quotes)
                )
            )
        return tuple(passages), tuple(citations)


# ---------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------


def _split_lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text`` with their offsets (surrounding whitespace
    excluded). A line of markup only (``<br>``) counts as blank."""
    lines: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            line = _Line(start, start + len(stripped), stripped, blank)
            if line.clean:
                lines.append(line)
                blank = False
            else:
                blank = True
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _wrap_width(lines: Sequence[_Line]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped text has a maximum line length of at most 120 and several long lines that
    stop mid-sentence before the next line of the same paragraph; text with one
    paragraph per line has long lines that end sentences. The first line (a title,
    often) does not count towards the width. The width is returned
    negative when blank lines do not separate the paragraphs (then a line that ends a
    sentence also ends its paragraph)."""
    if len(lines) < 4:
        return 0
    width = max(len(line.clean) for line in lines[1:])  # a title is not wrapped
    if width > 120:
        return 0
    long_lines = 0
    open_ends = 0
    for here, after in itertools.pairwise(lines):
        if len(here.clean) >= 0.75 * width:
            long_lines += 1
            if not after.after_blank and not _is_terminal(here.clean):
                open_ends += 1
    if open_ends < 2 or open_ends * 4 < long_lines:
        return 0
    return width if any(line.after_blank for line in lines[1:]) else -width


# ---------------------------------------------------------------------------
# Header and trailer
# ---------------------------------------------------------------------------


class _Header:
    __slots__ = ("authors", "body_start", "dateline", "kicker", "published", "title")

    def __init__(self) -> None:
        self.title: str | None = None
        self.dateline: str | None = None
        self.published: dt.date | dt.datetime | None = None
        self.authors: list[str] = []
        self.kicker: str | None = None
        self.body_start = 0


def _read_header(lines: Sequence[_Line], wrap: int, leftovers: list[str]) -> _Header:
    """Title, dateline, byline and kicker lines before the first body paragraph."""
    header = _Header()
    limit = min(len(lines), _HEADER_LINES)
    # A title needs body text after it: the last line that reads as prose.
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if _prose(lines[i].clean)), -1)
    # The script of the body: the middle of the longest line near the top.
    longest = max((line.clean for line in lines[: _HEADER_LINES + 4]), key=len, default="")
    body_script = _script(longest[len(longest) // 2 :])
    index = 0
    while index < limit:
        line = lines[index]
        clean = line.clean
        if not header.authors and _read_byline(clean, header):
            pass
        elif header.dateline is None and (found := parse_dateline(clean)) is not None:
            header.dateline, header.published = found
        elif _is_stray(clean):
            leftovers.append(clean)
        elif header.kicker is None and index + 1 < len(lines) and _kicker_line(clean, body_script):
            header.kicker = clean
        elif (
            header.title is None
            and index < last_prose
            and (
                _title_like(line, lines[index + 1], wrap)
                or (index == 0 and _headline_over_dateline(line, lines[index + 1]))
            )
        ):
            header.title = clean
        else:
            break
        index += 1
    header.body_start = index
    return header


def _title_like(line: _Line, after: _Line, wrap: int) -> bool:
    if not _headline_like(
        line.clean,
        max_words=_TITLE_MAX_WORDS,
        max_chars=_TITLE_MAX_CHARS,
        allow_question=True,
    ):
        return False
    if not after.after_blank and (_starts_lower(after.clean) or after.clean.count(" ") < 2):
        return False  # a sentence broken across lines, not a headline
    return not wrap or after.after_blank or len(line.clean) < 0.6 * abs(wrap)


def _headline_over_dateline(line: _Line, after: _Line) -> bool:
    """The first line, directly above a dateline, is the headline even when it ends
    with a period (some sites print headlines as sentences)."""
    text = line.clean
    return (
        len(text) <= _TITLE_MAX_CHARS
        and text.count(" ") < _TITLE_MAX_WORDS
        and text[0].isalnum()
        and not text[0].islower()
        and parse_dateline(after.clean) is not None
    )


def _read_byline(text: str, header: _Header) -> bool:
    """``By A and B`` (maybe followed by ``| date``) gives the authors."""
    match = _BYLINE.fullmatch(text)
    rest = ""
    if match is None:
        for separator in ("|", "\u2022", "\u00b7"):
            head, _, tail = text.partition(separator)
            if tail and (match := _BYLINE.fullmatch(head.strip())) is not None:
                rest = tail.strip()
                break
        else:
            return False
    if match is None:
        return False
    names = [n for n in _BYLINE_SPLIT.split(match.group(1).strip()) if n]
    if not names or len(names) > 6:
        return False
    for name in names:
        words = name.split()
        if len(words) > 5 or not all(w[0].isupper() for w in words if w[0].isalpha()):
            return False
    header.authors = names
    if rest and header.dateline is None and (found := parse_dateline(rest)) is not None:
        header.dateline, header.published = found
    return True


def _trailer_start(body: Sequence[_Line], leftovers: list[str]) -> int:
    """Where the page furniture after the last paragraph starts: short lines without
    final punctuation (share, "related" lines), only when a paragraph precedes them."""
    end = len(body)
    floor = max(0, end - _TRAILER_LINES)
    while end > floor:
        text = body[end - 1].clean
        if _is_stray(text):
            end -= 1
            continue
        if _is_terminal(text) or text.count(" ") >= _LEFTOVER_MAX_WORDS:
            break
        end -= 1
    if end == len(body):
        return end
    # Keep the lines if no real paragraph precedes them (the text is all short lines).
    if not any(_is_terminal(line.clean) for line in body[:end]):
        return len(body)
    return end


# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------


def _joins(here: _Line, after: _Line, wrap: int) -> bool:
    """Does ``after`` continue the paragraph of ``here`` (no blank line between)?"""
    if after.after_blank:
        return False
    a, b = here.clean, after.clean
    if after.raw[0] in _BLOCK_START and (
        _LIST_ITEM.match(after.raw) or _MD_HEADING.match(after.raw)
    ):
        return False
    if _is_terminal(a):
        return wrap > 0 and len(a) >= 0.6 * wrap
    if _starts_lower(b) or a[-1] in _JOINERS:
        return True
    if b.count(" ") < 2 and a.count(" ") >= 5 and _is_terminal(b):
        return True  # the last word or two of a sentence wrapped onto a line of their own
    return bool(wrap) and len(a) >= 0.6 * abs(wrap)


def _blocks(lines: Sequence[_Line], wrap: int, leftovers: list[str]) -> list[_Block]:
    """Group body lines into paragraphs, list items and heading candidates."""
    blocks: list[_Block] = []
    current: _Block | None = None
    previous: _Line | None = None
    for line in lines:
        raw = line.raw
        if current is not None and previous is not None and _joins(previous, line, wrap):
            current.lines.append(line)
            current.end = line.end
            previous = line
            continue
        previous = line
        if _is_stray(line.clean):
            leftovers.append(line.clean)
            current = None
            previous = None
            continue
        first = raw[0]
        if first == "#" and (match := _MD_HEADING.match(raw)) is not None:
            current = None
            block = _Block(line, "heading", len(match.group(1)))
            block.text = _clean(raw[match.end() :].rstrip("# \t")) or line.clean
            blocks.append(block)
            continue
        if (first in "-*+\u2022\u2023\u25e6\u25aa\u2013" or "0" <= first <= "9") and (
            match := _LIST_ITEM.match(raw)
        ) is not None:
            current = _Block(line, "list_item")
            blocks.append(current)
            continue
        current = _Block(line, "paragraph")
        blocks.append(current)
    for block in blocks:
        if not block.text:
            block.text = _block_text(block)
    return [block for block in blocks if block.text]


def _block_text(block: _Block) -> str:
    """The clean text of a block: lines joined with a space, except after a hyphen
    that ends a line before a lower-case continuation ("long-" + "established"; the
    hyphen is kept, since it may belong to the word), list markers removed."""
    lines = block.lines
    if len(lines) == 1:
        text = lines[0].clean
    else:
        parts = [lines[0].clean]
        for line in lines[1:]:
            last = parts[-1]
            piece = line.clean
            if len(last) > 1 and last[-1] == "-" and last[-2].isalpha() and piece[0].islower():
                parts[-1] = last + piece
            else:
                parts.append(piece)
        text = " ".join(parts)
    if block.kind == "list_item":
        match = _LIST_ITEM.match(text)
        if match is not None:
            text = text[match.end() :]
    return text


def _classify_headings(blocks: list[_Block]) -> None:
    """A one-line paragraph that reads as a subheading, with body after it, is a
    heading (one level below ``#`` headings when the text also has those)."""
    level = 7 if any(block.kind == "heading" for block in blocks) else 1
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and index < last
            and len(block.text) <= _HEADING_MAX_CHARS
            and not _is_terminal(block.text)
            and blocks[index + 1].kind != "heading"
            and (blocks[index + 1].kind == "list_item" or _prose(blocks[index + 1].text))
            and _headline_like(
                block.text,
                max_words=_HEADING_MAX_WORDS,
                max_chars=_HEADING_MAX_CHARS,
                allow_question=False,
            )
        ):
            block.kind = "heading"
            block.level = level


def _cut_glued_kicker(text: str, blocks: list[_Block], *, first_only: bool) -> list[str]:
    """Cut a kicker glued before the first sentence of a paragraph; return the cut
    kickers. The first paragraph also accepts a same-script kicker in capitals with a
    separator or of six letters or more; other paragraphs only one in another script."""
    found: list[str] = []
    first_body = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), -1)
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        is_first = index == first_body
        if first_only and not is_first:
            break
        lead = text[block.start : block.start + 2]
        if not (lead.isalpha() and lead.isupper()):
            continue  # a kicker word has two capitals or more
        kicker, skip = _glued_kicker(text, block.start, block.end, strict=not is_first)
        if kicker is None:
            continue
        found.append(kicker)
        block.start += skip
        raw_text = text[block.start : block.end]
        block.text = _clean(raw_text)
        if not block.text:
            block.kind = "empty"
    blocks[:] = [b for b in blocks if b.kind != "empty"]
    return found


def _glued_kicker(text: str, start: int, end: int, *, strict: bool) -> tuple[str | None, int]:
    """``(kicker, characters to skip)`` at the start of ``text[start:end]``."""
    lead = text[start : start + 2]
    if not (lead.isalpha() and lead.isupper()):
        return None, 0  # a kicker word has two capitals or more
    match = _SEPARATED_KICKER.match(text, start, min(end, start + 120))
    if match is not None and not strict:
        words = match.group(1).split()
        rest = text[match.end() : match.end() + 1]
        if all(w.isupper() for w in words) and rest[:1].isupper():
            return " ".join(words), match.end() - start
    head = text[start : min(end, start + 120)]
    caps: list[str] = []
    skip = 0
    after = ""
    for match in _WORD_AND_SPACE.finditer(head):
        word = match.group(1)
        if len(caps) < 4 and len(word) >= 2 and word.isalpha() and word.isupper():
            caps.append(word)
            skip = match.end()
            continue
        # The sentence may open with markup or a quotation mark.
        after = _TAG.sub("", word).lstrip("".join(_QUOTE_STARTS))
        break
    first_letters = _LEADING_LETTERS.match(after)
    after = first_letters.group() if first_letters is not None else ""
    if not caps or not after or not after[0].isupper() or after.isupper():
        return None, 0
    if not any(c.islower() for c in after[1:]):
        return None, 0
    kicker = " ".join(caps)
    other_script = _script(kicker) != _script(after)
    if strict and not other_script:
        return None, 0
    letters = sum(len(w) for w in caps)
    if not (other_script or letters >= 7 or (len(caps) >= 2 and letters >= 6)):
        return None, 0
    return kicker, skip
