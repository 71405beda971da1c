"""The ``article`` reader: news or analysis copied as plain text.

It is also the fallback for any text no other reader claims, so when it is unsure it
leaves a field empty rather than invent it.

What it reads, top to bottom:

* **Header.** Among the first lines, before the first body paragraph: the title (the
  first line that reads as a headline: short, no sentence-final punctuation, followed
  by body text), a dateline (see :func:`seedparse._text.dates.parse_dateline`; ``published``
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
* **Dropped markup.** Stray HTML tags are dropped from the text (see
  :mod:`~seedparse.formats.article.markup`); each tag dropped is listed once, as
  written, in ``metadata["dropped_markup"]``: the text the source held and the
  Document does not is on record.
* **Quotations.** Direct quotations in the paragraphs become ``quotation`` citations
  with their speaker (:func:`seedparse._text.quotes.find_quotations`).

Passage text is clean: entities decoded once, stray HTML tags removed, whitespace
squashed, typographic characters kept. Every span slices the text given to
:meth:`ArticleReader.read` at the passage's raw text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._errors import ArgumentError
from ..._model import Document
from ..._packed import Builder, CitationView, PassageView
from ..._text.quotes import QuoteFinder, quotation_records
from .header import cut_glued_kicker, read_header, trailer_start
from .lines import Block, classify_headings, group_blocks, split_lines, wrap_width

__all__ = ["ArticleReader"]


#: At most this many distinct tags are listed in ``metadata["dropped_markup"]`` (a
#: page pasted with its markup has a few kinds of tag, repeated; the list stays short).
_DROPPED_MARKUP_MAX = 100


def _distinct(tags: Sequence[str]) -> list[str]:
    """The tags in order of first appearance, each once (whitespace squashed), at most
    :data:`_DROPPED_MARKUP_MAX`."""
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(" ".join(tag.split()), None)
        if len(seen) >= _DROPPED_MARKUP_MAX:
            break
    return list(seen)


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
        self._find_quotations = (
            quote_finder.records if quote_finder is not None else quotation_records
        )

    def sniff(self, sample: str) -> float:
        """Any text is an article, but only just: other readers win when they claim it."""
        return 0.1 if sample.strip() else 0.05

    def read(self, text: str, source: str) -> Document:
        """Read ``text`` (already decoded and normalised) into a Document."""
        dropped: list[str] = []
        lines = split_lines(text, dropped)
        wrap = wrap_width(lines)
        leftovers: list[str] = []
        captions: list[str] = []
        metadata: dict[str, Any] = {}
        header = read_header(lines, wrap, leftovers, captions)
        body = lines[header.body_start : len(lines)]
        trailer: list[str] = []
        trailer_captions: list[str] = []
        body = body[: trailer_start(body, trailer, trailer_captions)]
        blocks = group_blocks(body, wrap, leftovers, captions)
        kicker = header.kicker
        if blocks:
            glued = cut_glued_kicker(text, blocks, first_only=kicker is not None)
            if glued and kicker is None:
                kicker = glued.pop(0)
            leftovers.extend(glued)
        classify_headings(blocks)
        leftovers.extend(trailer)
        captions.extend(trailer_captions)
        if kicker:
            metadata["kicker"] = kicker
        if leftovers:
            metadata["leftovers"] = leftovers
        if captions:
            metadata["captions"] = captions
        if dropped:
            metadata["dropped_markup"] = _distinct(dropped)
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

    def _passages(self, text: str, blocks: Sequence[Block]) -> tuple[PassageView, CitationView]:
        body = [(b.start, b.end) for b in blocks if b.kind != "heading"]
        found = self._find_quotations(text, body) if body else []
        parts = Builder()
        trail: list[tuple[int, str]] = []
        section: tuple[str, ...] = ()
        index = 0
        for block in blocks:
            if block.kind == "heading":
                while trail and trail[-1][0] >= block.level:
                    trail.pop()
                section = tuple(title for _, title in trail)
                parts.passage(block.text, "heading", block.start, block.end, section)
                trail.append((block.level, block.text))
                section = tuple(title for _, title in trail)
                continue
            quotes = found[index]
            index += 1
            parts.passage(
                block.text,
                block.kind,
                block.start,
                block.end,
                section,
                0,
                quotes,
            )
        return parts.views()
