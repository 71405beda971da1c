"""Chunks for embedding: consecutive passages packed up to a size, citations kept.

Passages average a few hundred characters, too small to embed one by one, and a
passage can also be longer than an embedding model takes. A chunk packs consecutive
passages up to ``max_chars``; a passage is cut only when it is longer than that on its
own (at sentence ends, else between words, else between characters), and a cut never
falls inside a citation's text when another place will do, so a quotation stays with
its speaker and a claim with its video moment. Top-level sections are not crossed
unless asked: a chunk about one part of a note is not diluted by the next part.

Each chunk knows where its text came from (one span per passage into the source
text), the citations inside it, its section trail and the document's key metadata, so
a hit in a vector index still leads to the video moment, the speaker or the link.

Invariants (tested with Hypothesis):

* ``text[overlap:]`` of the chunks, in order, holds every passage's text, in order
  (whitespace at cut points aside);
* no chunk is longer than ``max_chars`` unless it holds part of a single passage
  whose citations leave no other place to cut;
* every citation of a chunk lies inside one of its spans.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .._errors import ArgumentError
from .._model import Chunk, Citation, Document, Passage, Span, freeze
from .ids import chunk_ids, document_id

__all__ = ["KEY_METADATA", "Chunk", "chunk_document", "key_metadata"]

#: The metadata keys a chunk carries over from its document (when present), next to
#: ``source``, ``reader``, ``title``, ``authors``, ``published`` and ``dateline``.
KEY_METADATA: tuple[str, ...] = (
    "video_id",
    "channel",
    "url",
    "type",
    "publisher",
    "keywords",
    "article_section",
    "topics",
    "regions",
    "tags",
    "source_publication",
)

# A sentence ends at a terminator and optional closing quotes or brackets, then space
# (CJK full stops need none). Bounded quantifiers only: linear on any input.
_SENTENCE_END = re.compile(
    r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]{0,3}(?=\s)"
    r"|[\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)\]\u300d\u300f]{0,3}"
)
_SPACE_RUN = re.compile(r"\s+")
_LINE_KINDS = frozenset({"code", "table"})
_PARAGRAPH_SEP = "\n\n"
_PIECE_SEP = " "


def key_metadata(document: Document) -> dict[str, Any]:
    """The document facts every chunk of it carries (JSON values)."""
    published = document.published
    facts: dict[str, Any] = {
        "source": document.source,
        "reader": document.reader,
        "title": document.title,
        "authors": document.authors,
        "published": published.isoformat() if isinstance(published, dt.date) else None,
        "dateline": document.dateline,
    }
    for key in KEY_METADATA:
        if key in document.metadata:
            facts[key] = document.metadata[key]
    return facts


# --------------------------------------------------------------------------- options


def check_options(max_chars: object, overlap: object, cross_sections: object) -> None:
    """Raise :class:`ArgumentError` unless the chunking options make sense."""
    if type(max_chars) is not int or max_chars < 1:
        raise ArgumentError(f"max_chars must be a positive int, not {max_chars!r}")
    if type(overlap) is not int or not 0 <= overlap < max_chars:
        raise ArgumentError(
            f"overlap must be an int from 0 to max_chars - 1 ({max_chars - 1}), not {overlap!r}"
        )
    if type(cross_sections) is not bool:
        raise ArgumentError(f"cross_sections must be True or False, not {cross_sections!r}")


# --------------------------------------------------------------------------- units


@attrs.frozen
class _Unit:
    """A passage, or one piece of a passage that had to be cut."""

    passage: int
    text: str
    start: int
    end: int
    citations: tuple[Citation, ...]
    trail: tuple[str, ...]
    heading: bool
    continued: bool
    """True for the second and later pieces of a cut passage."""


def _trail(passage: Passage) -> tuple[str, ...]:
    if passage.kind == "heading":
        return (*passage.section, passage.text)
    return passage.section


def _units(passages: Sequence[Passage], limit: int, max_chars: int) -> list[_Unit]:
    units: list[_Unit] = []
    for number, passage in enumerate(passages):
        trail = _trail(passage)
        heading = passage.kind == "heading"
        if len(passage.text) <= max_chars:
            units.append(
                _Unit(
                    number,
                    passage.text,
                    passage.span.start,
                    passage.span.end,
                    passage.citations,
                    trail,
                    heading,
                    False,
                )
            )
            continue
        for piece, (text, start, end, citations) in enumerate(_cut_passage(passage, limit)):
            units.append(_Unit(number, text, start, end, citations, trail, heading, piece > 0))
    return units


# --------------------------------------------------------------------------- cutting


def _locate(text: str, passage: Passage) -> tuple[list[int], list[tuple[int, int]]]:
    """For each citation, the offset in ``text`` it belongs at (where its text ends),
    and the ranges of ``text`` that citations' own text covers.

    A citation's text is looked for just after the previous one, then around where
    its span says it is, each within a few times the mean gap between citations, so
    the work stays linear however many citations miss; a citation whose text is not
    found is placed by its span alone."""
    at: list[int] = []
    covered: list[tuple[int, int]] = []
    cursor = 0
    span_length = max(1, len(passage.span))
    gap = 4 * len(text) // max(1, len(passage.citations)) + 4096
    previous: tuple[str, int] | None = None  # the last citation found: text, offset
    for citation in passage.citations:
        share = (citation.span.start - passage.span.start) / span_length
        estimate = min(max(int(share * len(text)), 0), max(len(text) - 1, 0))
        found = -1
        needle = citation.text
        if needle and previous is not None and needle == previous[0]:
            found = previous[1]  # the same claim backed twice
        elif needle:
            reach = gap + len(needle)
            found = text.find(needle, cursor, cursor + reach)
            if found < 0:
                found = text.find(needle, max(0, estimate - reach), estimate + reach)
        if found >= 0:
            end = found + len(needle)
            covered.append((found, end))
            place = end - 1
            cursor = max(cursor, end)
            previous = (needle, found)
        else:
            place = estimate
        # Citations come in document order; so do the places they are given.
        at.append(max(place, at[-1]) if at else place)
    return at, covered


def _free(candidates: list[int], covered: list[tuple[int, int]]) -> list[int]:
    """The candidates that do not fall strictly inside a covered range."""
    if not covered:
        return candidates
    merged: list[list[int]] = []
    for start, end in sorted(covered):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    kept = []
    for position in candidates:
        k = bisect_right(starts, position - 1) - 1  # the last range starting before it
        if k < 0 or not position < merged[k][1]:
            kept.append(position)
    return kept


def _cut_points(text: str, kind: str, limit: int, covered: list[tuple[int, int]]) -> list[int]:
    """Greedy cut positions: each piece as long as possible up to ``limit``, ended at
    the best kind of boundary available within reach."""
    if kind in _LINE_KINDS:
        ends = [m.start() for m in re.finditer("\n", text)]
    else:
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    words = [m.start() for m in _SPACE_RUN.finditer(text) if m.start() > 0]
    tiers = (_free(ends, covered), ends, _free(words, covered), words)
    stop = len(text.rstrip())
    cuts: list[int] = []
    start = _skip_space(text, 0)
    while stop - start > limit:
        reach = start + limit
        cut = reach  # no boundary in reach: between characters
        for tier in tiers:
            k = bisect_right(tier, reach) - 1
            if k >= 0 and tier[k] > start:
                cut = tier[k]
                break
        cuts.append(cut)
        start = _skip_space(text, cut)
    return cuts


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _cut_passage(passage: Passage, limit: int) -> list[tuple[str, int, int, tuple[Citation, ...]]]:
    """Cut a passage longer than the limit into pieces, each with the part of the
    passage's span that holds it and the citations inside it."""
    text = passage.text
    at, covered = _locate(text, passage)
    cuts = _cut_points(text, passage.kind, limit, covered)
    count = len(cuts) + 1
    bounds = [0, *cuts, len(text)]
    owner = [bisect_right(cuts, position) for position in at]  # piece of each citation
    # Source offsets between pieces: estimated in proportion to the text offsets, then
    # moved so that every citation's span stays inside its piece's span. Where no
    # offset satisfies both neighbours, the pieces stay one. ends_upto[k] is the last
    # citation end in pieces <= k, starts_from[k] the first citation start in >= k.
    span_start, span_end = passage.span.start, passage.span.end
    ends_upto = [span_start] * count
    starts_from = [span_end] * (count + 1)
    for citation, piece in zip(passage.citations, owner, strict=True):
        ends_upto[piece] = max(ends_upto[piece], citation.span.end)
        starts_from[piece] = min(starts_from[piece], citation.span.start)
    for k in range(1, count):
        ends_upto[k] = max(ends_upto[k], ends_upto[k - 1])
    for k in range(count - 1, -1, -1):
        starts_from[k] = min(starts_from[k], starts_from[k + 1])
    scale = (span_end - span_start) / max(1, len(text))
    groups: list[list[int]] = [[0]]
    edges = [span_start]
    for k in range(1, count):
        low = max(edges[-1], ends_upto[k - 1])
        high = starts_from[k]
        if low > high:
            groups[-1].append(k)
            continue
        estimate = span_start + round(bounds[k] * scale)
        edges.append(min(max(estimate, low), high))
        groups.append([k])
    edges.append(span_end)
    by_piece: list[list[Citation]] = [[] for _ in range(count)]
    for citation, piece in zip(passage.citations, owner, strict=True):
        by_piece[piece].append(citation)
    out: list[tuple[str, int, int, tuple[Citation, ...]]] = []
    for g, members in enumerate(groups):
        first, last = bounds[members[0]], bounds[members[-1] + 1]
        mine = tuple(c for k in members for c in by_piece[k])
        out.append((text[first:last].strip(), edges[g], edges[g + 1], mine))
    return out


# --------------------------------------------------------------------------- packing


def _key(unit: _Unit) -> tuple[str, ...]:
    return unit.trail[:1]


def _pack(units: list[_Unit], max_chars: int, overlap: int, cross: bool) -> list[list[_Unit]]:
    """Group consecutive units into chunks.

    A chunk keeps room for the overlap (``max_chars - overlap`` of its own), except
    that a unit too long to share a chunk gets one of its own, and that headings are
    never left at the end of a chunk: they go with what follows them, up to
    ``max_chars`` if need be.
    """
    budget = max_chars - overlap
    groups: list[list[_Unit]] = []
    current: list[_Unit] = []
    length = 0
    for unit in units:
        if current and not cross and _key(unit) != _key(current[-1]):
            groups.append(current)
            current, length = [], 0
        if current and length + len(_sep(unit)) + len(unit.text) > budget:
            headings = 0
            while headings < len(current) and current[-1 - headings].heading:
                headings += 1
            carried = current[len(current) - headings :] if headings < len(current) else []
            if headings == len(current):  # only headings so far: take the unit if it fits
                if length + len(_sep(unit)) + len(unit.text) <= max_chars:
                    current.append(unit)
                    length += len(_sep(unit)) + len(unit.text)
                    continue
                carried = []
            groups.append(current[: len(current) - len(carried)])
            current = carried
            length = len(_join(carried)) if carried else 0
            if current and length + len(_sep(unit)) + len(unit.text) > max_chars:
                groups.append(current)
                current, length = [], 0
        length += (len(_sep(unit)) if current else 0) + len(unit.text)
        current.append(unit)
    if current:
        groups.append(current)
    return groups


def _sep(unit: _Unit) -> str:
    return _PIECE_SEP if unit.continued else _PARAGRAPH_SEP


def _join(units: list[_Unit]) -> str:
    parts = [units[0].text]
    for unit in units[1:]:
        parts.append(_sep(unit))
        parts.append(unit.text)
    return "".join(parts)


def _tail(text: str, room: int) -> str:
    """At most ``room`` characters from the end of ``text``, starting at a word."""
    if room <= 0:
        return ""
    if len(text) <= room:
        return text
    start = len(text) - room
    if not text[start - 1].isspace():
        space = _SPACE_RUN.search(text, start)
        if space is None:
            return ""
        start = space.end()
    return text[start:]


def _common_prefix(trails: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    it = iter(trails)
    prefix = next(it, ())
    for trail in it:
        n = 0
        while n < len(prefix) and n < len(trail) and prefix[n] == trail[n]:
            n += 1
        prefix = prefix[:n]
    return prefix


def chunk_document(
    document: Document, *, max_chars: int, overlap: int, cross_sections: bool
) -> tuple[Chunk, ...]:
    """The chunks of ``document`` (see :meth:`Document.chunks`)."""
    check_options(max_chars, overlap, cross_sections)
    if not document.passages:
        return ()
    doc_id = document_id(document)
    limit = max_chars - overlap
    groups = _pack(_units(document.passages, limit, max_chars), max_chars, overlap, cross_sections)
    metadata = freeze(key_metadata(document))
    ids = chunk_ids(doc_id, len(groups), (max_chars, overlap, cross_sections))
    chunks: list[Chunk] = []
    previous = ""
    for index, group in enumerate(groups):
        own = _join(group)
        text, lead = own, 0
        same_section = not chunks or cross_sections or _key(group[0]) == _key(groups[index - 1][-1])
        if overlap and previous and same_section:
            sep = _sep(group[0])
            tail = _tail(previous, min(overlap, max_chars - len(own)) - len(sep))
            if tail:
                text, lead = tail + sep + own, len(tail) + len(sep)
        previous = own
        spans: list[Span] = []
        numbers: list[int] = []
        for unit in group:
            if numbers and numbers[-1] == unit.passage:
                spans[-1] = Span(start=spans[-1].start, end=unit.end)
            else:
                numbers.append(unit.passage)
                spans.append(Span(start=unit.start, end=unit.end))
        chunks.append(
            Chunk(
                id=ids[index],
                document_id=doc_id,
                index=index,
                text=text,
                overlap=lead,
                section=_common_prefix(unit.trail for unit in group),
                spans=tuple(spans),
                passages=tuple(numbers),
                citations=tuple(c for unit in group for c in unit.citations),
                metadata=metadata,
            )
        )
    return tuple(chunks)
