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

import re
from collections.abc import Sequence
from typing import Any

from ..._errors import ArgumentError
from ..._model import Citation, Document, Passage, trusted_passage, trusted_span
from ..._text.cleaning import clean_text
from ..._text.quotes import QuoteFinder, find_quotations
from .header import cut_glued_kicker, read_header, trailer_start
from .lines import (
    Block,
    Line,
    headline_like,
    is_stray,
    is_terminal,
    prose,
    split_lines,
    starts_lower,
    wrap_width,
)

__all__ = ["ArticleReader"]
_HEADING_MAX_WORDS = 20
_HEADING_MAX_CHARS = 160
_JOINERS = frozenset(",-\u2013\u2014(/&")
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+")
_LIST_ITEM = re.compile(r"(?:[-*+\u2022\u2023\u25e6\u25aa\u2013]|[0-9]{1,3}[.)])[ \t]+")
_BLOCK_START = frozenset("#-*+\u2022\u2023\u25e6\u25aa\u20130123456789")


class ArticleReader:
    """Reads plain-text articles; the fallback reader for any text.

    ``quote_finder`` lets a specialised reader use other speech verbs (a
    :class:`~seedparse.QuoteFinder`); anything else raises
    :class:`~seedparse.ArgumentError`.

    .. versionadded:: 0.1.0
    """

    name = "article"

    def __init__(self, *, quote_finder: QuoteFinder | None = None) -> None:
        if quote_finder is not None and not isinstance(quote_finder, QuoteFinder):
            raise ArgumentError(
                f"quote_finder must be a seedparse.QuoteFinder or None, "
                f"not {type(quote_finder).__name__}"
            )
        self._find_quotations = quote_finder.find if quote_finder is not None else find_quotations

    def sniff(self, sample: str) -> float:
        """Any text is an article, but only just: other readers win when they claim it."""
        return 0.1 if sample.strip() else 0.05

    def read(self, text: str, source: str) -> Document:
        """Read ``text`` (already decoded and normalised) into a Document."""
        lines = split_lines(text)
        wrap = wrap_width(lines)
        leftovers: list[str] = []
        metadata: dict[str, Any] = {}
        header = read_header(lines, wrap, leftovers)
        body = lines[header.body_start : len(lines)]
        body_end = trailer_start(body, leftovers)
        trailer = body[body_end:]
        body = body[:body_end]
        blocks = _blocks(body, wrap, leftovers)
        kicker = header.kicker
        if blocks:
            glued = cut_glued_kicker(text, blocks, first_only=kicker is not None)
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
        self, text: str, blocks: Sequence[Block]
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
                    trusted_passage(
                        block.text, "heading", trusted_span(block.start, block.end), section, ()
                    )
                )
                trail.append((block.level, block.text))
                section = tuple(title for _, title in trail)
                continue
            quotes = found[index]
            index += 1
            citations.extend(quotes)
            passages.append(
                trusted_passage(
                    block.text,
                    block.kind,
                    trusted_span(block.start, block.end),
                    section,
                    tuple(quotes),
                )
            )
        return tuple(passages), tuple(citations)


def _joins(here: Line, after: Line, wrap: int) -> bool:
    """Does ``after`` continue the paragraph of ``here`` (no blank line between)?"""
    if after.after_blank:
        return False
    a, b = here.clean, after.clean
    if after.raw[0] in _BLOCK_START and (
        _LIST_ITEM.match(after.raw) or _MD_HEADING.match(after.raw)
    ):
        return False
    if is_terminal(a):
        return wrap > 0 and len(a) >= 0.6 * wrap
    if starts_lower(b) or a[-1] in _JOINERS:
        return True
    if b.count(" ") < 2 and a.count(" ") >= 5 and is_terminal(b):
        return True  # the last word or two of a sentence wrapped onto a line of their own
    return bool(wrap) and len(a) >= 0.6 * abs(wrap)


def _blocks(lines: Sequence[Line], wrap: int, leftovers: list[str]) -> list[Block]:
    """Group body lines into paragraphs, list items and heading candidates."""
    blocks: list[Block] = []
    current: Block | None = None
    previous: Line | None = None
    for line in lines:
        raw = line.raw
        if current is not None and previous is not None and _joins(previous, line, wrap):
            current.lines.append(line)
            current.end = line.end
            previous = line
            continue
        previous = line
        if is_stray(line.clean):
            leftovers.append(line.clean)
            current = None
            previous = None
            continue
        first = raw[0]
        if first == "#" and (match := _MD_HEADING.match(raw)) is not None:
            current = None
            block = Block(line, "heading", len(match.group(1)))
            block.text = clean_text(raw[match.end() :].rstrip("# \t")) or line.clean
            blocks.append(block)
            continue
        if (first in "-*+\u2022\u2023\u25e6\u25aa\u2013" or "0" <= first <= "9") and (
            match := _LIST_ITEM.match(raw)
        ) is not None:
            current = Block(line, "list_item")
            blocks.append(current)
            continue
        current = Block(line, "paragraph")
        blocks.append(current)
    for block in blocks:
        if not block.text:
            block.text = _block_text(block)
    return [block for block in blocks if block.text]


def _block_text(block: Block) -> str:
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


def _classify_headings(blocks: list[Block]) -> None:
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
            and not is_terminal(block.text)
            and blocks[index + 1].kind != "heading"
            and (blocks[index + 1].kind == "list_item" or prose(blocks[index + 1].text))
            and headline_like(
                block.text,
                max_words=_HEADING_MAX_WORDS,
                max_chars=_HEADING_MAX_CHARS,
                allow_question=False,
            )
        ):
            block.kind = "heading"
            block.level = level
