"""What the ``article`` reader does with a text once it is chosen (see :mod:`.reader`
for what it reads): the header, the blocks, the passages and their quotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..._model import Document
from ..._packed import Builder, CitationRecord, CitationView, PassageView
from ..._text.quotes import QuoteFinder, labelled_quote, quotation_records
from .header import cut_glued_kicker, read_header, trailer_start
from .lines import Block, classify_headings, group_blocks, split_lines, wrap_width

__all__ = ["read_article"]


class ArticleReader(Protocol):
    """What this module uses of :class:`.reader.ArticleReader` (which imports this module
    on its first ``read``, so this one does not import it back)."""

    @property
    def name(self) -> str: ...

    _quote_finder: QuoteFinder | None


def read_article(text: str, source: str, reader: ArticleReader) -> Document:
    """:meth:`ArticleReader.read <.reader.ArticleReader.read>`."""
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
    passages, citations = _passages(text, blocks, reader)
    return Document(
        source=source,
        reader=reader.name,
        title=header.title,
        authors=tuple(header.authors),
        published=header.published,
        dateline=header.dateline,
        metadata=metadata,
        passages=passages,
        citations=citations,
    )


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


def _passages(
    text: str, blocks: Sequence[Block], reader: ArticleReader
) -> tuple[PassageView, CitationView]:
    # A subheading that is a speaker's label and a quotation is searched with the body.
    quoted = [b.kind != "heading" or labelled_quote(text, b.start, b.end) for b in blocks]
    body = [(b.start, b.end) for b, q in zip(blocks, quoted, strict=True) if q]
    found = quotation_records(text, body, reader._quote_finder) if body else []
    parts = Builder()
    rows: list[tuple[str, str, int, int, tuple[str, ...], Sequence[CitationRecord]]] = []
    add = rows.append
    trail: list[tuple[int, str]] = []
    section: tuple[str, ...] = ()
    quotes = iter(found)
    for block, searched in zip(blocks, quoted, strict=True):
        kind = block.kind
        if kind == "heading":
            while trail and trail[-1][0] >= block.level:
                trail.pop()
            inside = next(quotes) if searched else ()
            add((block.text, kind, block.start, block.end, tuple(t for _, t in trail), inside))
            trail.append((block.level, block.text))
            section = tuple(title for _, title in trail)
            continue
        add((block.text, kind, block.start, block.end, section, next(quotes)))
    parts.passages(rows)
    return parts.views()
