"""What the JSON blocks of a page say about its article, in either dialect.

Two dialects are common in scraped pages:

* a plain object of the site's own fields (``{"authors": [...], "type": "commentary",
  "blog": ..., "topics": [...], "regions": [...]}``), and
* JSON-LD (``{"@context": "https://schema.org", "@type": "NewsArticle", "headline": ...,
  "datePublished": ..., "author": {"name": ...}, "publisher": {"name": ...},
  "keywords": ..., "articleSection": ..., "url": ...}``), possibly as an ``@graph``
  list or a top-level array of nodes.

:func:`read_page_metadata` merges every object block's keys verbatim (the first block
to use a key wins) and picks the node that describes the article: the first with a
``headline``, else the first whose ``@type`` names an article, else the first plain
object. From that node it derives the documented facts (:class:`PageFacts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..._text.cleaning import fold_key, squash_spaces

__all__ = ["PageFacts", "read_page_metadata"]

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "liveblogposting",
        "socialmediaposting",
        "posting",
    }
)
_DATE_KEYS = (
    "datePublished",
    "date_published",
    "published",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "publicationDate",
    "pubDate",
    "date",
    "dateCreated",
)
_AUTHOR_KEYS = ("authors", "author", "creator", "byline")
_DESCRIPTION_KEYS = ("description", "dek", "summary", "standfirst", "subtitle")
# Short string values (labels such as a type or a blog name) worth comparing lines to.
_MAX_LABEL_LEN = 120
_MAX_STRINGS = 2000
_MAX_WALK_DEPTH = 8


@attrs.frozen
class PageFacts:
    """The article facts found in a page's JSON blocks (all optional)."""

    verbatim: dict[str, Any] = attrs.field(factory=dict)
    """Every object block's keys, verbatim (the first block to use a key wins)."""
    derived: dict[str, Any] = attrs.field(factory=dict)
    """Documented snake_case keys: ``type``, ``publisher``, ``keywords``,
    ``article_section``, ``url`` (they override a verbatim key of the same name)."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    """The publication date as the JSON writes it."""
    description: str | None = None
    labels: frozenset[str] = frozenset()
    """Short string values, casefolded and whitespace-squashed."""
    lists: tuple[tuple[str, ...], ...] = ()
    """Every list of strings of the article node (topics, regions, keywords...)."""


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """The objects of one block: itself, its ``@graph`` members, or an array's items."""
    if isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if isinstance(graph, list):
            yield from (node for node in graph if isinstance(node, dict))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                yield from _nodes(item)


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [item for item in kind if isinstance(item, str)]
    return []


def _article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    for node in nodes:
        if isinstance(node.get("headline"), str):
            return node
    for node in nodes:
        if any(kind.lower() in _ARTICLE_TYPES for kind in _types(node)):
            return node
    for node in nodes:
        if "@context" not in node and "@type" not in node and "@graph" not in node:
            return node
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        clean = squash_spaces(value)
        return clean or None
    return None


def _first_text(node: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first non-empty :func:`_text` of ``node``'s ``keys`` (a key it lacks is
    passed over without a call: most of them are absent)."""
    for key in keys:
        value = node.get(key)
        if value is not None:
            found = _text(value)
            if found:
                return found
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:50]:
        name = _name(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _string_list(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not value:
        return None
    for item in value:  # (a loop, not all() over a generator: most lists are short)
        if not isinstance(item, str):
            return None
    return tuple(clean for item in value if (clean := squash_spaces(item)))


def _walk_strings(value: Any, out: set[str], depth: int = 0) -> None:
    """Add the folded short strings of a JSON tree to ``out`` (at most
    :data:`_MAX_STRINGS`, to :data:`_MAX_WALK_DEPTH` levels). A string item is read in
    its container's loop, without a call of its own: most of a page's JSON is strings."""
    if len(out) >= _MAX_STRINGS or depth > _MAX_WALK_DEPTH:
        return
    if isinstance(value, str):
        if len(value) <= _MAX_LABEL_LEN:
            clean = fold_key(value)
            if clean:
                out.add(clean)
        return
    if isinstance(value, dict):
        items: Iterable[Any] = value.values()
    elif isinstance(value, list):
        items = value
    else:
        return
    depth += 1
    if depth > _MAX_WALK_DEPTH:
        return
    for item in items:
        if isinstance(item, str):
            if len(out) >= _MAX_STRINGS:
                return  # (nothing is added anywhere once the set is full)
            if len(item) <= _MAX_LABEL_LEN:
                clean = fold_key(item)
                if clean:
                    out.add(clean)
        elif isinstance(item, (dict, list)):
            _walk_strings(item, out, depth)


def read_page_metadata(values: Iterable[Any]) -> PageFacts:
    """Merge and interpret the parsed JSON blocks of one page."""
    verbatim: dict[str, Any] = {}
    nodes: list[dict[str, Any]] = []
    for value in values:
        if isinstance(value, dict):
            for key, item in value.items():
                verbatim.setdefault(key, item)
        elif isinstance(value, list):
            # An array block (JSON-LD nodes): its objects' keys, as if separate blocks.
            for node in _nodes(value):
                for key, item in node.items():
                    verbatim.setdefault(key, item)
        nodes.extend(_nodes(value))
    if not nodes:
        return PageFacts(verbatim=verbatim)
    article = _article_node(nodes) or {}
    derived: dict[str, Any] = {}
    types = _types(article)
    if types:
        derived["type"] = next((t for t in types if t.lower() in _ARTICLE_TYPES), types[0])
    elif isinstance(article.get("type"), str):
        derived["type"] = article["type"]
    publisher = _name(article.get("publisher"))
    if publisher is None:
        publisher = next(
            (_name(node.get("name")) for node in nodes if "Organization" in _types(node)), None
        )
    if publisher:
        derived["publisher"] = publisher
    keywords = article.get("keywords")
    if isinstance(keywords, str):
        derived["keywords"] = [k for part in keywords.split(",") if (k := squash_spaces(part))]
    elif (listed := _string_list(keywords)) is not None:
        derived["keywords"] = list(listed)
    section = article.get("articleSection")
    if isinstance(section, str) and section.strip():
        derived["article_section"] = squash_spaces(section)
    elif (sections := _string_list(section)) is not None:
        derived["article_section"] = list(sections)
    url = _text(article.get("url"))
    if url is None:
        page = article.get("mainEntityOfPage")
        url = _text(page.get("@id") if isinstance(page, dict) else page)
    if url:
        derived["url"] = url

    if types or "headline" in article:
        title = _text(article.get("headline")) or _text(article.get("name"))
    else:  # a plain object's "name" is rarely the article's title
        title = _text(article.get("title")) or _text(article.get("headline"))
    authors: tuple[str, ...] = ()
    for key in _AUTHOR_KEYS:
        if key in article:
            authors = _names(article[key])
            if authors:
                break
    published = _first_text(article, _DATE_KEYS)
    description = _first_text(article, _DESCRIPTION_KEYS)

    labels: set[str] = set()
    for node in nodes:
        _walk_strings(node, labels)
    others = (_text(article.get("name")), _text(article.get("headline"))) if types else ()
    for exclude in (title, description, *others):
        # (an article's name beside its headline may be the title the page prints)
        if exclude:
            labels.discard(exclude.casefold())
    lists = tuple(
        listed
        for key, item in article.items()
        if not key.startswith("@") and key not in _AUTHOR_KEYS and (listed := _string_list(item))
    )
    if "keywords" in derived:
        lists += (tuple(derived["keywords"]),)
    return PageFacts(
        verbatim=verbatim,
        derived=derived,
        title=title,
        authors=authors,
        published=published,
        description=description,
        labels=frozenset(labels),
        lists=lists,
    )
