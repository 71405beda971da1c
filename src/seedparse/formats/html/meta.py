"""Page metadata from every dialect a crawled page carries.

Read, in order of trust for each fact:

* **JSON-LD** (``<script type="application/ld+json">``): objects, arrays and
  ``@graph`` lists; the node that describes the article is the first whose ``@type``
  names an article kind (``NewsArticle``, ``BlogPosting``...), else one with a
  ``headline``. Its ``headline``/``name``, ``author`` (persons, also nested
  ``{"@type": "Person", "name": ...}`` objects; organisations are not authors),
  ``datePublished``/``dateModified``, ``description``, ``publisher.name``,
  ``keywords``, ``articleSection``, ``url`` and ``articleBody``.
* **Dublin Core, OpenGraph, Twitter, Parse.ly and plain ``<meta name>``** tags:
  ``dc.title``, ``og:title``, ``twitter:title``, ``author``, ``article:author``,
  ``description``, ``keywords``, ``article:published_time``, ``date``,
  ``pubdate`` ... (the names are compared lower-cased, with ``.`` and ``:`` alike).
* **Microdata** (``itemprop="author"``, ``"datePublished"``, ``"headline"``) and the
  first ``<time datetime>``.
* ``<link rel="canonical">``, ``og:url``, ``<base href>``, ``<html lang>``,
  ``<meta charset>``.

The title is the page's headline: JSON-LD, then Dublin Core, OpenGraph, a ``title``
meta, Twitter, Parse.ly, and only then ``<title>`` with a site name cut off (``"Story
- Site"``, ``"Site | Story"``). Dates are normalised to :class:`datetime.date` or
:class:`datetime.datetime` (with the page's own UTC offset, never converted, so the
day stays the page's day); the raw value is kept as the dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import attrs

from ..._text.cleaning import decode_entities, squash_spaces
from ..._text.dates import parse_iso_date
from ..._text.jsonblocks import parse_json_block
from ..._text.lazyre import LazyPattern
from .tree import HtmlTree, Node

__all__ = ["PageMeta", "read_meta"]

_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in [
        "Article",
        "AdvertiserContentArticle",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "Report",
        "SatiricalArticle",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "SocialMediaPosting",
        "BlogPosting",
        "LiveBlogPosting",
        "DiscussionForumPosting",
        "TechArticle",
        "APIReference",
    ]
)
_ORG_TYPES = frozenset(("organization", "newsmediaorganization", "corporation", "brand"))
_TITLE_SEPARATORS = LazyPattern(r" [|\-\u2013\u2014\\/>\u00bb] ")
_HIERARCHICAL = LazyPattern(r" [\\/>\u00bb] ")
_META_TITLE = ("dc:title", "dcterm:title", "og:title", "title", "twitter:title", "parsely-title")
_META_AUTHOR = ("dc:creator", "dcterm:creator", "author", "parsely-author")
# Author metas that are often a profile URL, a handle or a site account: used only when
# neither the primary ones nor a byline on the page name anybody.
_META_AUTHOR_LATE = ("article:author", "sailthru.author", "byl", "citation_author")
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "dcterms.available",
    "dcterm:available",
    "dcterms.created",
    "dcterm:created",
    "dcterms.issued",
    "dcterm:issued",
    "dc:date",
    "dc:date.issued",
    "weibo:article:create_at",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published_time",
    "publish-date",
    "publishdate",
    "pubdate",
    "date",
    "citation_publication_date",
    "citation_date",
)
_META_MODIFIED = ("article:modified_time", "og:updated_time", "dcterms.modified", "dc:modified")
_META_DESCRIPTION = (
    "dc:description",
    "dcterm:description",
    "og:description",
    "description",
    "twitter:description",
)
_URL_LIKE = LazyPattern(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
_BY_PREFIX = LazyPattern(r"^(?:by|par|por|von|di|door|av|af)\s+", re.IGNORECASE)
_JSON_WRAPPER = LazyPattern(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$"
)
_MAX_LD_BLOCKS = 32


@attrs.frozen(kw_only=True)
class PageMeta:
    """What a page says about itself."""

    title: str | None = None
    html_title: str | None = None
    """The ``<title>`` text as written (site name included)."""
    authors: tuple[str, ...] = ()
    """Persons from JSON-LD or the primary author metas (Dublin Core, ``author``...)."""
    late_authors: tuple[str, ...] = ()
    """Persons from the secondary metas (``article:author``...), for when nothing else
    names one."""
    published: dt.date | dt.datetime | None = None
    published_raw: str | None = None
    modified: str | None = None
    description: str | None = None
    url: str | None = None
    base: str | None = None
    language: str | None = None
    site_name: str | None = None
    article_body: str | None = None
    """JSON-LD ``articleBody``, for the cross-check with the blocks."""
    derived: dict[str, Any] = attrs.field(factory=dict)
    """Documented snake_case metadata keys (``type``, ``publisher``, ``keywords`` ...)."""
    warnings: tuple[str, ...] = ()


def _clean(value: Any) -> str | None:
    if isinstance(value, str):
        text = squash_spaces(value)
        return text or None
    return None


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return []


def _ld_nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if isinstance(graph, list):
            for item in graph[:200]:
                yield from _ld_nodes(item, depth + 1)
        elif isinstance(graph, dict):
            yield from _ld_nodes(graph, depth + 1)
    elif isinstance(value, list):
        for item in value[:200]:
            yield from _ld_nodes(item, depth + 1)


def _persons(value: Any, ids: dict[str, dict[str, Any]]) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:50]:
        if isinstance(item, dict):
            ref = item.get("@id")
            if "name" not in item and isinstance(ref, str) and ref in ids:
                item = ids[ref]
            if any(t.lower() in _ORG_TYPES for t in _types(item)):
                continue
            name = _clean(item.get("name"))
            if name is None:
                given, family = _clean(item.get("givenName")), _clean(item.get("familyName"))
                name = " ".join(p for p in (given, family) if p) or None
        else:
            name = _clean(item)
        if name and not _URL_LIKE.match(name):
            for part in _split_names(name):
                if part not in names:
                    names.append(part)
    return names


def _split_names(text: str) -> list[str]:
    """``"By Jane Doe and John Roe"`` -> ``["Jane Doe", "John Roe"]``."""
    text = _BY_PREFIX.sub("", text.strip())
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", text)
    return [p for p in (squash_spaces(part) for part in parts) if p and len(p) <= 80]


def _org_name(value: Any) -> str | None:
    if isinstance(value, dict):
        return _clean(value.get("name"))
    if isinstance(value, list) and value:
        return _org_name(value[0])
    return _clean(value)


class _Collector:
    def __init__(self, tree: HtmlTree) -> None:
        self.tree = tree
        self.meta: dict[str, str] = {}
        self.name_meta: dict[str, str] = {}
        self.ld: list[dict[str, Any]] = []
        self.warnings: list[str] = []
        self.html_title: str | None = None
        self.canonical: str | None = None
        self.base: str | None = None
        self.language: str | None = None
        self.itemprops: dict[str, str] = {}
        self.item_authors: list[str] = []
        self.time: str | None = None
        self.h1: list[str] = []
        self.headings: list[str] = []

    def run(self) -> None:
        tree = self.tree
        lang = tree.root.attrs.get("lang") or tree.root.attrs.get("xml:lang")
        if lang:
            self.language = lang.strip() or None
        blocks = 0
        for node in tree.nodes:
            tag = node.tag
            attrs = node.attrs
            if tag == "meta":
                self.add_meta(attrs)
            elif tag == "title":
                if self.html_title is None:
                    self.html_title = _clean(decode_entities(tree.raw_content(node)))
            elif tag == "link":
                rel = attrs.get("rel", "").lower().split()
                if "canonical" in rel and self.canonical is None and attrs.get("href"):
                    self.canonical = attrs["href"].strip()
            elif tag == "base":
                if self.base is None and attrs.get("href"):
                    self.base = attrs["href"].strip()
            elif tag == "script":
                if "ld+json" in attrs.get("type", "").lower() and blocks < _MAX_LD_BLOCKS:
                    blocks += 1
                    self.add_ld(tree.raw_content(node), node)
            elif tag in ("h1", "h2") and len(self.headings) < 20:
                heading = _node_text(tree, node)
                self.headings.append(heading)
                if tag == "h1":
                    self.h1.append(heading)
            elif tag == "time" and self.time is None and attrs.get("datetime"):
                self.time = attrs["datetime"].strip()
            if "itemprop" in attrs and tag not in ("meta",):
                self.add_itemprop(node)

    def add_meta(self, attrs: dict[str, str]) -> None:
        content = attrs.get("content")
        if content is None:
            return
        for key in ("property", "name", "itemprop", "http-equiv"):
            raw = attrs.get(key)
            if not raw:
                continue
            for name in raw.lower().split():
                name = name.strip()
                if key == "itemprop":
                    self.itemprops.setdefault(name, content)
                    continue
                # ``property`` (RDFa) names win over ``name`` ones of the same key.
                target = self.meta if key == "property" else self.name_meta
                target.setdefault(name, content)
                target.setdefault(name.replace(".", ":"), content)

    def add_itemprop(self, node: Node) -> None:
        props = node.attrs.get("itemprop", "").lower().split()
        for prop in props:
            if prop == "author" or prop == "creator":
                name_node = next(
                    (
                        n
                        for n in node.iter()
                        if n is not node and "name" in n.attrs.get("itemprop", "").lower().split()
                    ),
                    None,
                )
                target = name_node or node
                value = target.attrs.get("content") or _node_text(self.tree, target)
                if value and len(value) <= 100:
                    self.item_authors.append(value)
            elif prop in ("datepublished", "headline", "datemodified"):
                value = (
                    node.attrs.get("content")
                    or node.attrs.get("datetime")
                    or _node_text(self.tree, node)
                )
                if value:
                    self.itemprops.setdefault(prop, value)

    def add_ld(self, raw: str, node: Node) -> None:
        text = _JSON_WRAPPER.sub("", raw.strip()).strip()
        if not text:
            return
        value, notes = parse_json_block(text)
        if value is None:
            where = f"at offset {node.start}"
            self.warnings.append(
                f"JSON-LD block {where} was not read: {'; '.join(notes) or 'invalid JSON'}"
            )
            return
        self.ld.extend(_ld_nodes(value))


def _node_text(tree: HtmlTree, node: Node) -> str:
    pieces: list[str] = []
    stack: list[Node | int] = [node]
    while stack and len(pieces) < 200:
        item = stack.pop()
        if isinstance(item, int):
            pieces.append(tree.run_text(item))
        elif item.tag not in ("script", "style"):
            stack.extend(reversed(item.items))
    return squash_spaces(" ".join(pieces))


def _article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    for node in nodes:
        if any(t.lower() in _ARTICLE_TYPES for t in _types(node)):
            return node
    for node in nodes:
        if isinstance(node.get("headline"), str):
            return node
    return None


def parse_date(raw: str | None) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time as written (offset kept, never converted)."""
    if not raw:
        return None
    text = raw.strip()
    value = parse_iso_date(text)
    if value is not None:
        return value
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    match = re.match(r"([12][0-9]{3})-([0-9]{2})-([0-9]{2})", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    match = re.match(r"([12][0-9]{3})([0-9]{2})([0-9]{2})(?:$|T)", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    return None


def clean_title(html_title: str, headings: tuple[str, ...] = (), h1: tuple[str, ...] = ()) -> str:
    """The ``<title>`` without the site name around it.

    With a separator (``|``, ``-``, dashes, ``/``, ``>``, ``\u00bb`` between spaces) the
    part before the last one, or after the first one when that leaves fewer than three
    words; with ``": "`` the part after the colon unless a heading repeats the whole
    title. A result of four words or fewer is only taken where it is clearly the
    title's own part (a hierarchical trail), else the whole ``<title>`` stays.
    """
    original = squash_spaces(html_title)
    current = original
    hierarchical = False
    separators = list(_TITLE_SEPARATORS.finditer(original))
    if separators:
        hierarchical = _HIERARCHICAL.search(original) is not None
        current = original[: separators[-1].start()]
        if len(current.split()) < 3:
            current = original[separators[0].end() :]
    elif ": " in original:
        if not any(squash_spaces(h) == original for h in headings):
            current = original[original.rfind(":") + 1 :]
            if len(current.split()) < 3:
                current = original[original.find(":") + 1 :]
            elif len(original[: original.find(":")].split()) > 5:
                current = original
    elif (len(original) > 150 or len(original) < 15) and len(h1) == 1:
        current = h1[0]
    current = squash_spaces(current)
    words = len(current.split())
    plain_words = len(re.sub(r"[|\-\u2013\u2014\\/>\u00bb]+", "", original).split())
    if words <= 4 and (not hierarchical or words != plain_words - 1):
        return original
    return current


def read_meta(tree: HtmlTree) -> PageMeta:
    """Every metadata dialect of ``tree``, merged (see the module docstring)."""
    collector = _Collector(tree)
    collector.run()
    meta = dict(collector.name_meta)
    meta.update(collector.meta)
    ids = {node["@id"]: node for node in collector.ld if isinstance(node.get("@id"), str)}
    article = _article_node(collector.ld) or {}
    derived: dict[str, Any] = {}

    title: str | None = None
    headline = _clean(article.get("headline"))
    name = _clean(article.get("name"))
    if headline and name and headline != name and collector.html_title:
        title = name if name.casefold() in collector.html_title.casefold() else headline
    else:
        title = headline or name
    if title is None:
        title = next((t for key in _META_TITLE if (t := _clean(meta.get(key)))), None)
    if title is None:
        title = _clean(collector.itemprops.get("headline"))
    if title is None and collector.html_title:
        title = clean_title(collector.html_title, tuple(collector.headings), tuple(collector.h1))

    authors: list[str] = []
    for key in ("author", "creator"):
        if key in article:
            authors = _persons(article[key], ids)
            if authors:
                break
    if not authors:
        for key in _META_AUTHOR:
            value = _clean(meta.get(key))
            if value and not _URL_LIKE.match(value):
                authors = _split_names(value)
                break
    late: list[str] = []
    for key in _META_AUTHOR_LATE:
        value = _clean(meta.get(key))
        if value and not _URL_LIKE.match(value):
            late = _split_names(value)
            break
    if not late:
        for value in collector.item_authors:
            for part in _split_names(value):
                if part not in late:
                    late.append(part)

    raw_date = _clean(article.get("datePublished")) or _clean(article.get("dateCreated"))
    if raw_date is None:
        raw_date = next((d for key in _META_PUBLISHED if (d := _clean(meta.get(key)))), None)
    if raw_date is None:
        raw_date = _clean(collector.itemprops.get("datepublished"))
    if raw_date is None:
        raw_date = collector.time
    published = parse_date(raw_date)
    if published is None and raw_date is not None and raw_date == collector.time:
        raw_date = None
    modified = _clean(article.get("dateModified")) or next(
        (d for key in _META_MODIFIED if (d := _clean(meta.get(key)))), None
    )

    description = _clean(article.get("description")) or next(
        (d for key in _META_DESCRIPTION if (d := _clean(meta.get(key)))), None
    )
    url = collector.canonical or _clean(meta.get("og:url")) or _clean(article.get("url"))
    types = _types(article)
    if types:
        derived["type"] = types[0]
    elif _clean(meta.get("og:type")):
        derived["type"] = _clean(meta.get("og:type"))
    publisher = _org_name(article.get("publisher")) or _clean(meta.get("og:site_name"))
    if publisher:
        derived["publisher"] = publisher
    keywords = article.get("keywords")
    if isinstance(keywords, list):
        words = [k for k in (_clean(item) for item in keywords[:100]) if k]
    else:
        words = [
            k
            for part in (_clean(keywords) or _clean(meta.get("keywords")) or "").split(",")
            if (k := part.strip())
        ]
    if words:
        derived["keywords"] = words
    section = article.get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str)), None)
    section = _clean(section) or _clean(meta.get("article:section"))
    if section:
        derived["article_section"] = section
    body = article.get("articleBody")
    return PageMeta(
        title=title,
        html_title=collector.html_title,
        authors=tuple(authors),
        late_authors=tuple(late),
        published=published,
        published_raw=raw_date if published is not None else None,
        modified=modified,
        description=description,
        url=url,
        base=collector.base,
        language=collector.language,
        site_name=_clean(meta.get("og:site_name")),
        article_body=body if isinstance(body, str) and body.strip() else None,
        derived=derived,
        warnings=tuple(collector.warnings),
    )
