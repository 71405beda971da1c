"""What the ``html`` reader does with a page once it is chosen (see :mod:`.reader`
for the pipeline): parse, read the metadata, select the article, build the Document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

from ..._gcpause import collector_paused
from ..._model import Document
from ..._packed import Builder, CitationRecord
from ..._text.bylines import parse_byline
from ..._text.dates import DATE_LABEL_WORDS
from ..._text.lazyre import LazyPattern
from ..._text.quotes import QuoteFinder, quotation_records
from .blocks import Link, PageBlocks, page_blocks
from .content import Block, Selection, select_article
from .meta import PageMeta, read_meta
from .tree import HtmlTree, parse_html


class HtmlReader(Protocol):
    """What this module uses of :class:`.reader.HtmlReader` (which imports this module
    on its first ``read``, so this one does not import it back)."""

    @property
    def name(self) -> str: ...

    _quote_finder: QuoteFinder | None


__all__ = ["read_page"]

_WORD = LazyPattern(r"\w+")
_BAD_SCHEMES = frozenset(("javascript", "data", "vbscript", "about", "blob"))


def read_page(text: str, source: str, reader: HtmlReader) -> Document:
    """:meth:`HtmlReader.read`, with the collector paused (see there)."""
    with collector_paused():
        tree = parse_html(text, source)
        meta = read_meta(tree)
        page = page_blocks(tree)
        selection = select_article(page.blocks, page.containers, title=meta.title)
        chosen, check = _cross_check(page, selection, meta.article_body)
        return _document(tree, meta, page, selection, chosen, check, source, reader)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _cross_check(
    page: PageBlocks, selection: Selection, body: str | None
) -> tuple[list[int], str | None]:
    """Compare the chosen blocks with the JSON-LD ``articleBody``.

    When the page's own article text is known and the model's choice holds less than
    half of it while the page's blocks hold most of it, the blocks that read as part
    of it replace the choice. Returns the blocks and a note for the metadata.
    """
    chosen = list(selection.blocks)
    if body is None or len(body) < 200:
        return chosen, None
    want = set(_tokens(body))
    if len(want) < 20:
        return chosen, None
    got: set[str] = set()
    for i in chosen:
        got.update(_tokens(page.blocks[i].text))
    recall = len(want & got) / len(want)
    if recall >= 0.5:
        return chosen, f"agrees ({recall:.2f} of articleBody words in the body)"
    candidates = []
    for block in page.blocks:
        words = _tokens(block.text)
        if len(words) >= 5 and sum(1 for w in words if w in want) >= 0.8 * len(words):
            candidates.append(block.index)
    alt: set[str] = set()
    for i in candidates:
        alt.update(_tokens(page.blocks[i].text))
    alt_recall = len(want & alt) / len(want)
    if alt_recall >= 0.6 and alt_recall > recall + 0.2:
        return (
            candidates,
            f"replaced: articleBody words in the body {recall:.2f} -> {alt_recall:.2f}",
        )
    return chosen, f"disagrees ({recall:.2f} of articleBody words in the body)"


def _base_url(meta: PageMeta) -> str | None:
    page = meta.url if meta.url and _absolute(meta.url) else None
    if meta.base:
        base = urljoin(page, meta.base) if page else meta.base
        if _absolute(base):
            return base
    return page


def _absolute(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(parts.scheme) and bool(parts.netloc)


def _target(href: str, base: str | None, max_len: int) -> str | None:
    href = href.strip()
    if not href or len(href) > max_len:
        return None
    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
    if scheme in _BAD_SCHEMES:
        return None
    if base is None or href.startswith(("https://", "http://")):
        return href
    if href[0] == "/" and href[1:2] != "/" and "/." not in href:
        # An absolute path: the base's scheme and host, then the path (RFC 3986 5.2).
        return _origin(base) + href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


_ORIGINS: dict[str, str] = {}


def _origin(base: str) -> str:
    """``scheme://host`` of ``base`` (cached: one base serves a page's links)."""
    found = _ORIGINS.get(base)
    if found is None:
        parts = urlsplit(base)
        found = f"{parts.scheme}://{parts.netloc}"
        if len(_ORIGINS) > 256:
            _ORIGINS.clear()
        _ORIGINS[base] = found
    return found


def _document(
    tree: HtmlTree,
    meta: PageMeta,
    page: PageBlocks,
    selection: Selection,
    chosen: Sequence[int],
    check: str | None,
    source: str,
    reader: HtmlReader,
) -> Document:
    from ..._limits import current_limits

    limits = current_limits()
    blocks = page.blocks
    base = _base_url(meta)
    warnings = list(tree.warnings) + list(meta.warnings)

    # Quotations: found on the clean body text, mapped back into the source.
    prose = [i for i in chosen if blocks[i].kind in ("paragraph", "quote", "list_item")]
    quotes = _quotations(tree, page, prose, reader)

    parts = Builder()
    trail: list[tuple[int, str]] = []
    long_links = 0
    for i in chosen:
        block = blocks[i]
        section = tuple(title for _, title in trail)
        inside: list[CitationRecord] = []
        for link in page.links[i]:
            target = _target(link.href, base, limits.max_link_len)
            if target is None:
                if len(link.href) > limits.max_link_len:
                    long_links += 1
                continue
            start, end = _clamp(link, block)
            inside.append(("link", link.text, start, end, target, None, None))
        inside.extend(quotes.get(i, ()))
        inside.sort(key=_span_key)
        kind = block.kind
        depth = block.level if kind == "list_item" else 0
        parts.passage(block.text, kind, block.start, block.end, section, depth, inside)
        if kind == "heading":
            level = block.level or 2
            while trail and trail[-1][0] >= level:
                trail.pop()
            trail.append((level, block.text))
    if long_links:
        warnings.append(f"{long_links} link(s) longer than max_link_len were kept as text")
    passages, citations = parts.views(order="span")

    metadata: dict[str, Any] = dict(meta.derived)
    if meta.url:
        metadata["url"] = meta.url
    if meta.language:
        metadata["language"] = meta.language
    if meta.description:
        metadata["dek"] = meta.description
    if meta.html_title and meta.html_title != meta.title:
        metadata["html_title"] = meta.html_title
    if meta.site_name:
        metadata["site_name"] = meta.site_name
    if meta.modified:
        metadata["date_modified"] = meta.modified
    if check is not None:
        metadata["article_body_check"] = check
    authors = meta.authors
    if selection.byline >= 0:
        byline = page.bylines.get(selection.byline, blocks[selection.byline].text)
        metadata["byline"] = " ".join(byline.split())
        if not authors or all(any(c.isdigit() for c in name) for name in authors):
            # (a user handle in the JSON, "CC7567", names no person the byline shows)
            authors = _byline_names(byline) or authors
    if not authors:
        authors = meta.late_authors
    if warnings:
        metadata["warnings"] = warnings
    return Document(
        source=source,
        reader=reader.name,
        title=meta.title,
        authors=authors,
        published=meta.published,
        dateline=meta.published_raw,
        metadata=metadata,
        passages=passages,
        citations=citations,
    )


_BYLINE_PREFIX = LazyPattern(
    r"^(?:written\s+|posted\s+|words\s+|text\s+)?(?:by|par|por|von|di|door|av|af)\b[\s:]*", re.I
)


def _span_key(record: CitationRecord) -> tuple[int, int]:
    """A citation record's span: the order citations are listed in."""
    return record[2], record[3]


def _byline_names(text: str) -> tuple[str, ...]:
    """Person names in a byline element (``"By Jane Doe and John Roe"``), one line at a
    time, read as the web-page reader reads a byline line
    (:func:`seedparse._text.bylines.parse_byline`; "By" added where the element has
    none). A date line ("Last Updated: …") names no one."""
    names: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if DATE_LABEL_WORDS.match(line):
            continue  # "Last Updated: January 7, 2025": the date, no name
        found = parse_byline(line) or parse_byline("By " + _BYLINE_PREFIX.sub("", line))
        if found is not None:
            names.extend(n for n in found.names if n not in names)
    return tuple(names)


def _clamp(link: Link, block: Block) -> tuple[int, int]:
    start = min(max(link.start, block.start), block.end)
    end = min(max(link.end, start), block.end)
    return start, end


def _quotations(
    tree: HtmlTree, page: PageBlocks, prose: Sequence[int], reader: HtmlReader
) -> dict[int, list[CitationRecord]]:
    """Quotations in the prose blocks, with spans in the source."""
    if not prose:
        return {}
    blocks = page.blocks
    pieces: list[str] = []
    ranges: list[tuple[int, int]] = []
    offset = 0
    for i in prose:
        body = blocks[i].text
        pieces.append(body)
        ranges.append((offset, offset + len(body)))
        offset += len(body) + 2
    clean = "\n\n".join(pieces)
    found = quotation_records(clean, ranges, reader._quote_finder)
    out: dict[int, list[CitationRecord]] = {}
    for i, (low, _high), quotes in zip(prose, ranges, found, strict=True):
        if not quotes:
            continue
        block = blocks[i]
        mapping = _char_map(tree, page, i)
        mapped: list[CitationRecord] = []
        for kind, said, low_start, low_end, target, seconds, speaker in quotes:
            start = _to_source(mapping, block, low_start - low, start=True)
            end = _to_source(mapping, block, low_end - low, start=False)
            end = max(end, start)
            mapped.append((kind, said, start, end, target, seconds, speaker))
        out[i] = mapped
    return out


_ENTITY = LazyPattern(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
_NON_SPACE = LazyPattern(r"\S+")


def _char_map(tree: HtmlTree, page: PageBlocks, index: int) -> list[int] | None:
    """Source offset of every character of block ``index``'s text, or None when the
    text cannot be rebuilt from its runs (then offsets are interpolated).

    Built a slice at a time (a run's text, a decoded entity, a word), not a character
    at a time: this ran once per block that holds a quotation and was a tenth of a
    long page's time. ``\\s`` and :meth:`str.split` use the same test of whitespace
    as :meth:`str.isspace`, so the squashing matches the block text's own."""
    from ..._text.cleaning import decode_entities

    block = page.blocks[index]
    source = tree.text
    run_start, run_end = tree.run_start, tree.run_end
    pieces: list[str] = []
    where: list[int] = []
    for run in page.runs[index]:
        start, end = run_start[run], run_end[run]
        raw = source[start:end]
        if raw.isspace():
            pieces.append(" ")
            where.append(start)
            continue
        if "&" not in raw:
            pieces.append(raw)
            where.extend(range(start, end))
            continue
        pos = start
        for match in _ENTITY.finditer(raw):
            at = start + match.start()
            pieces.append(source[pos:at])
            where.extend(range(pos, at))
            decoded = decode_entities(match.group(0))
            pieces.append(decoded)
            where.extend([at] * len(decoded))
            pos = start + match.end()
        pieces.append(source[pos:end])
        where.extend(range(pos, end))
    chars = "".join(pieces)
    # Squash whitespace exactly as the block text was squashed: a run of whitespace
    # between two words becomes one space, placed at the word after it.
    if " ".join(chars.split()) != block.text:
        return None
    out_where: list[int] = []
    for match in _NON_SPACE.finditer(chars):
        low, high = match.span()
        if out_where:
            out_where.append(where[low])
        out_where.extend(where[low:high])
    return out_where


def _to_source(mapping: list[int] | None, block: Block, offset: int, *, start: bool) -> int:
    length = len(block.text)
    if mapping is None or not mapping:
        if length == 0:
            return block.start
        fraction = max(0, min(offset, length)) / length
        return block.start + int(fraction * (block.end - block.start))
    if start:
        k = max(0, min(offset, len(mapping) - 1))
        return mapping[k]
    k = max(0, min(offset, len(mapping)) - 1)
    return min(mapping[k] + 1, block.end)
