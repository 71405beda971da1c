"""What the ``web-page`` reader does with a page once it is chosen (see :mod:`.reader`
for what comes out): the JSON metadata, the layout of the lines, the Document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Protocol

from ..._model import Document
from ..._packed import Builder, CitationRecord
from ..._text.dates import find_date, parse_iso_date
from ..._text.jsonblocks import JsonScan, find_json_blocks
from ..._text.quotes import quotation_records
from .body import PageLayout, analyse_page
from .lines import PageHints, Rules
from .pagemeta import PageFacts, read_page_metadata
from .tail import RelatedItem

__all__ = ["read_page"]


class Profile(Protocol):
    """What this module uses of a :class:`.reader.SiteProfile` (the reader imports this
    module on its first ``read``, so this one does not import it back)."""

    @property
    def boilerplate(self) -> frozenset[str]: ...

    @property
    def boilerplate_patterns(self) -> tuple[re.Pattern[str], ...]: ...

    @property
    def start_patterns(self) -> tuple[re.Pattern[str], ...]: ...

    @property
    def end_patterns(self) -> tuple[re.Pattern[str], ...]: ...


def read_page(text: str, source: str, name: str, profiles: Sequence[Profile]) -> Document:
    """:meth:`WebPageReader.read` with the profiles that apply to ``text``."""
    scan = find_json_blocks(text)
    facts = read_page_metadata(block.value for block in scan.blocks if block.value is not None)
    hints = PageHints(
        authors=facts.authors,
        labels=facts.labels,
        lists=facts.lists,
        title=facts.title,
        description=facts.description,
    )
    layout = analyse_page(
        text,
        [(block.start, block.end) for block in scan.blocks],
        hints,
        _merge_rules(profiles),
        source,
    )
    return _document(text, source, name, scan, facts, layout)


def _merge_rules(profiles: Sequence[Profile]) -> Rules:
    if not profiles:
        return Rules()
    lines: set[str] = set()
    junk: list[re.Pattern[str]] = []
    start: list[re.Pattern[str]] = []
    end: list[re.Pattern[str]] = []
    for profile in profiles:
        lines.update(profile.boilerplate)
        junk.extend(profile.boilerplate_patterns)
        start.extend(profile.start_patterns)
        end.extend(profile.end_patterns)
    return Rules(frozenset(lines), tuple(junk), tuple(start), tuple(end))


def _published(
    layout: PageLayout, facts: PageFacts, metadata: dict[str, Any]
) -> tuple[dt.date | dt.datetime | None, str | None]:
    json_text = facts.published
    json_value: dt.date | dt.datetime | None = None
    if json_text is not None:
        json_value = parse_iso_date(json_text)
        if json_value is None:
            found = find_date(json_text)
            json_value = found.value if found is not None else None
    if layout.date is None:
        return json_value, json_text if json_value is not None else None
    visible = layout.date.value
    if json_value is None:
        return visible, layout.date.text
    json_day = json_value.date() if isinstance(json_value, dt.datetime) else json_value
    visible_day = visible.date() if isinstance(visible, dt.datetime) else visible
    if json_day != visible_day:
        metadata["date_published_json"] = json_text
        return visible, layout.date.text
    if isinstance(json_value, dt.datetime) and not isinstance(visible, dt.datetime):
        return json_value, layout.date.text
    return visible, layout.date.text


def _authors(layout: PageLayout, facts: PageFacts) -> tuple[str, ...]:
    if not layout.byline:
        return facts.authors
    spelled = {name.casefold(): name for name in facts.authors}
    return tuple(spelled.get(name.casefold(), name) for name in layout.byline)


def _related_dict(item: RelatedItem) -> dict[str, Any]:
    return {
        "type": item.labels[0] if item.labels else None,
        "blog": item.labels[1] if len(item.labels) > 1 else None,
        "title": item.title,
        "summary": item.summary,
        "author": item.author,
    }


def _document(
    text: str, source: str, name: str, scan: JsonScan, facts: PageFacts, layout: PageLayout
) -> Document:
    metadata: dict[str, Any] = dict(facts.verbatim)
    metadata.update(facts.derived)
    published, dateline = _published(layout, facts, metadata)
    dek = layout.dek or facts.description
    if dek:
        metadata["dek"] = dek
    if layout.kicker:
        metadata["kicker"] = layout.kicker
    if layout.bios:
        if len(layout.bios) == 1:
            metadata["bio"] = layout.bios[0][1]
        else:
            metadata["bio"] = "\n".join(f"{who}: {bio}" for who, bio in layout.bios)
    if layout.tags:
        metadata["tags"] = list(layout.tags)
    if layout.disclaimer:
        metadata["disclaimer"] = layout.disclaimer
    if layout.source_publication:
        metadata["source_publication"] = layout.source_publication
    if layout.related:
        metadata["related"] = [_related_dict(item) for item in layout.related]
    if scan.warnings:
        metadata["warnings"] = list(scan.warnings)

    body = layout.body
    spans = [(block.start, block.end) for block in body if block.kind != "heading"]
    quotes = quotation_records(text, spans) if spans else []
    parts = Builder()
    # One Builder.passages call for the body (the records passage() writes, in one
    # loop): a page has a passage per paragraph, and three calls each added up.
    rows: list[tuple[str, str, int, int, tuple[str, ...], Sequence[CitationRecord]]] = []
    add = rows.append
    n = 0
    found = len(quotes)
    for block in body:
        kind = block.kind
        inside: Sequence[CitationRecord] = ()
        if kind != "heading":
            if n < found:
                inside = quotes[n]
            n += 1
        add((block.text, kind, block.start, block.end, block.section, inside))
    parts.passages(rows)
    for item in layout.related:
        parts.citation(("link", item.title, item.start, item.end, item.title, None, item.author))
    passages, citations = parts.views(order="start")
    return Document(
        source=source,
        reader=name,
        title=layout.title,
        authors=_authors(layout, facts),
        published=published,
        dateline=dateline,
        metadata=metadata,
        passages=passages,
        citations=citations,
    )
