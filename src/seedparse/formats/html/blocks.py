"""The element tree of a page as blocks with features, for the content model.

A *block* is a run of text that a reader sees as one piece: a paragraph, a heading, a
list item, a quotation, a table, a code listing, or the inline text of a ``<div>``.
Every block knows its container trail (the block-level elements around it, outermost
first), its own tag and class/id weight, its source span, the characters inside links,
and the links themselves. Containers carry the facts the model weighs (tag, class/id
weight, whether class, id, role or tag say "boilerplate", images, embeds and form
inputs inside). :mod:`.content` decides from these alone; nothing here decides what the
article is.

What is never a block: ``<head>``, scripts, styles, templates, forms' controls, SVG and
MathML, embedded frames and media, and elements hidden with the ``hidden`` attribute,
``aria-hidden="true"`` or an inline ``display:none`` / ``visibility:hidden`` style
(what a reader cannot see is not the article).
"""

from __future__ import annotations

import re

from ..._text.lazyre import LazyPattern
from .content import Block, Container
from .tree import CLOSES_P, HtmlTree, Node

__all__ = ["Link", "PageBlocks", "page_blocks"]

_SKIP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "source",
        "track",
        "map",
        "area",
        "input",
        "select",
        "option",
        "optgroup",
        "button",
        "textarea",
        "datalist",
        "output",
        "meter",
        "progress",
        "dialog",
        "title",
        "meta",
        "link",
        "base",
        "noembed",
        "noframes",
        "frame",
        "frameset",
        "applet",
        "param",
        "picture",
    ]
)
# The elements read as blocks: those that close an open <p> (one list, in .tree), but
# <dialog> (never read: it is in _SKIP), and the table parts, the roots and the captions.
_BLOCK = CLOSES_P.difference(["dialog"]).union(
    ["body", "html", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "summary", "legend"]
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_EMBEDS = frozenset(("iframe", "object", "embed", "video", "audio"))
_INPUTS = frozenset(("input", "select", "textarea", "button"))


# Class and id vocabulary of web page furniture (what sites call their parts, in
# general: no site is named). Compiled case-insensitively.
class _Vocabulary:
    """A case-insensitive search for a pattern written in lowercase.

    An ASCII value is lowercased and searched case-sensitively: the same answer as
    ``re.IGNORECASE`` (which differs only for non-ASCII letters such as the Kelvin
    sign), three to five times faster, because the case-sensitive pattern lets the
    regular expression engine skip to the positions where a word can start. Other
    values are searched with ``re.IGNORECASE``."""

    __slots__ = ("_any_case", "_folded")

    def __init__(self, pattern: str) -> None:
        self._folded = LazyPattern(pattern)
        self._any_case = LazyPattern(pattern, re.IGNORECASE)

    def search(self, value: str) -> bool:
        if value.isascii():
            return self._folded.search(value.lower()) is not None
        return self._any_case.search(value) is not None


_UNLIKELY = _Vocabulary(
    r"-ad-|ai2html|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer"
    r"|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
    r"|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
    r"|cookie|consent|newsletter|subscribe|share|sharing|navbar|masthead|toolbar|signup"
)
_MAYBE = _Vocabulary(r"and|article|body|column|content|main|mathjax|shadow")
_POSITIVE = _Vocabulary(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
)
_NEGATIVE = _Vocabulary(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
    r"|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
    r"|sponsor|shopping|tags|widget"
)
_UNLIKELY_ROLES = frozenset(
    ("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog")
)
_HIDDEN_STYLE = LazyPattern(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_UNLIKELY_TAGS = frozenset(("nav", "aside", "footer"))


class Link:
    """A link inside a block: anchor text, raw ``href`` and the anchor's span."""

    __slots__ = ("end", "href", "start", "text")

    def __init__(self, text: str, href: str, start: int, end: int) -> None:
        self.text = text
        self.href = href
        self.start = start
        self.end = end


class PageBlocks:
    """The blocks of a page, their containers and the links of each block."""

    __slots__ = ("blocks", "bylines", "containers", "links", "runs")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: list[Container] = []
        self.links: list[list[Link]] = []
        self.runs: list[list[int]] = []
        """The text runs of each block, in order (for mapping text offsets back)."""
        self.bylines: dict[int, str] = {}
        """Block index to the raw text (line breaks kept) of the byline it holds."""


# Caches of the class/id checks (pages repeat their names). A full cache starts
# again rather than stopping: one that stopped filling left every page after the first
# few thousand names uncached, and the last pages of a 127-page run took up to 1.8x
# their time in a fresh process (seattletimes-1: 33 ms against 18). Small, because a
# page repeats its own names and a large table costs memory traffic of its own (8,000
# entries made seattletimes-1 7 % slower than an empty table).
_CACHE_SIZE = 2048
_WEIGHTS: dict[str, int] = {}


def _name_weight(value: str) -> int:
    weight = _WEIGHTS.get(value)
    if weight is None:
        weight = 0
        if _NEGATIVE.search(value):
            weight -= 25
        if _POSITIVE.search(value):
            weight += 25
        if len(_WEIGHTS) >= _CACHE_SIZE:
            _WEIGHTS.clear()
        _WEIGHTS[value] = weight
    return weight


def class_weight(attrs: dict[str, str]) -> int:
    """Readability-style class/id weight: +25 for each of class and id that reads as
    content, -25 for each that reads as furniture."""
    if not attrs:
        return 0
    weight = 0
    value = attrs.get("class")
    if value:
        weight += _name_weight(value)
    value = attrs.get("id")
    if value:
        weight += _name_weight(value)
    return weight


def _unlikely(node: Node) -> bool:
    attrs = node.attrs
    if node.tag in _UNLIKELY_TAGS:
        return True
    role = attrs.get("role")
    if role and role.strip().lower() in _UNLIKELY_ROLES:
        return True
    match = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    if len(match) > 1 and _names_unlikely(match):
        return node.tag not in ("body", "html", "a", "main", "article")
    return False


_UNLIKELY_NAMES: dict[str, bool] = {}
_BYLINE_NAMES: dict[str, bool] = {}


def _names_unlikely(names: str) -> bool:
    """Class/id words of furniture, and none of content (cached: pages repeat them)."""
    found = _UNLIKELY_NAMES.get(names)
    if found is None:
        found = _UNLIKELY.search(names) and not _MAYBE.search(names)
        if len(_UNLIKELY_NAMES) >= _CACHE_SIZE:
            _UNLIKELY_NAMES.clear()
        _UNLIKELY_NAMES[names] = found
    return found


def _names_byline(names: str) -> bool:
    found = _BYLINE_NAMES.get(names)
    if found is None:
        found = _BYLINE.search(names)
        if len(_BYLINE_NAMES) >= _CACHE_SIZE:
            _BYLINE_NAMES.clear()
        _BYLINE_NAMES[names] = found
    return found


def _hidden(node: Node) -> bool:
    attrs = node.attrs
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    if attrs.get("aria-hidden", "").strip().lower() == "true":
        return "fallback-image" not in attrs.get("class", "")
    style = attrs.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


_BYLINE = _Vocabulary(r"byline|author|dateline|writtenby|p-author")


def _byline_signals(node: Node) -> bool:
    """rel=author, itemprop=author or a byline class/id."""
    attrs = node.attrs
    if not attrs:
        return False
    rel = attrs.get("rel")
    if rel is not None and "author" in rel.lower().split():
        return True
    prop = attrs.get("itemprop")
    if prop is not None and "author" in prop.lower():
        return True
    match = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    return len(match) > 1 and _names_byline(match)


def _positive_semantics(node: Node) -> int:
    """Tag and microdata semantics of the article itself."""
    attrs = node.attrs
    bonus = 0
    if node.tag in ("article", "main"):
        bonus += 10
    prop = attrs.get("itemprop", "")
    if "articleBody" in prop or "articlebody" in prop.lower():
        bonus += 40
    if attrs.get("role", "").lower() == "main":
        bonus += 10
    return bonus


class _Builder:
    """Walks the tree once, emitting blocks (internal)."""

    def __init__(self, tree: HtmlTree) -> None:
        self.tree = tree
        self.text = tree.text
        self.out = PageBlocks()
        # The inline buffer of the block being built.
        self.pieces: list[str] = []
        self.first = -1
        self.last = -1
        self.link_chars = 0
        self.links: list[Link] = []
        self.images = 0
        self.breaks = 0
        self.runs: list[int] = []
        self.byline_chars = 0
        self.byline_pending: list[str] = []
        self.in_byline = False
        self.in_link = 0

    # -- containers ----------------------------------------------------------
    def container(self, node: Node, parent: int, depth: int) -> int:
        attrs = node.attrs
        self.out.containers.append(
            Container(
                index=len(self.out.containers),
                parent=parent,
                tag=node.tag,
                weight=class_weight(attrs),
                bonus=_positive_semantics(node),
                unlikely=_unlikely(node),
                class_name=attrs.get("class", ""),
                depth=depth,
                start=node.start,
                end=node.end,
            )
        )
        return len(self.out.containers) - 1

    # -- the walk ------------------------------------------------------------
    def run(self) -> PageBlocks:
        root = self.tree.root
        body = next((n for n in root.children() if n.tag == "body"), None)
        start = body if body is not None else root
        top = self.container(start, -1, 0)
        self.walk_block(start, (top,), "paragraph", 0, top)
        return self.out

    def walk_block(
        self, node: Node, path: tuple[int, ...], kind: str, list_depth: int, own: int
    ) -> None:
        """Walk the content of block-level ``node``. Its container (``own``) is made
        when the first block inside it needs one (-1 until then): a paragraph that
        holds only text is a block, not a container."""
        self.reset()
        flushed_any = False
        for item in node.items:
            if isinstance(item, int):
                self.add_run(item)
                continue
            tag = item.tag
            if tag in _SKIP or _hidden(item):
                self.count_media(item)
                continue
            if tag in _BLOCK or _holds_blocks(item):
                # A block inside: what came before is an anonymous block of ``node``.
                if own < 0:
                    own = self.container(node, path[-1] if path else -1, len(path))
                flushed_any = self.flush(node, (*path, own), kind, list_depth, whole=False) or (
                    flushed_any
                )
                self.child_block(item, (*path, own), kind, list_depth)
                flushed_any = True
                self.reset()
                continue
            self.inline(item)
        if flushed_any:
            self.flush(node, (*path, own), kind, list_depth, whole=False)
        else:
            self.flush(node, path, kind, list_depth, whole=True, own=own)

    def child_block(self, node: Node, path: tuple[int, ...], kind: str, list_depth: int) -> None:
        tag = node.tag
        if tag == "hr":
            return
        if tag in _HEADINGS:
            kind = "heading"
        elif tag == "li":
            kind = "list_item"
        elif tag == "pre":
            kind = "code"
        elif tag == "blockquote":
            kind = "quote"
        elif tag == "table" and _data_table(node):
            self.data_table(node, path)
            return
        elif tag in ("p", "div", "section", "article", "main", "td", "th", "dd", "dt") and kind in (
            "heading",
            "code",
        ):
            kind = "paragraph"
        depth = list_depth + (1 if tag in _LISTS else 0)
        own = -1
        if _byline_signals(node) and 0 < _text_size(self.tree, node, 100) < 100:
            # A short byline box: one block, whatever its inner structure.
            self.reset()
            self.in_byline = True
            for item in node.items:
                if isinstance(item, int):
                    self.add_run(item)
                elif item.tag in _SKIP or _hidden(item):
                    continue
                else:
                    self.inline(item)
                    if item.tag in _BLOCK:
                        self.pieces.append("\n")
            self.in_byline = False
            self.byline_pending = []
            self.flush(node, path, "paragraph", depth, whole=True, own=own)
            return
        if tag == "pre":
            self.preformatted(node, path)
            return
        link = tag == "a" and "href" in node.attrs
        self.in_link += link
        self.walk_block(node, path, kind, depth, own)
        self.in_link -= link

    def reset(self) -> None:
        # Lists handed to a block (links, runs) are replaced, the others emptied in
        # place: a page has thousands of buffers, and fewer allocations mean less work
        # for the garbage collector.
        if self.pieces:
            self.pieces.clear()
        self.first = -1
        self.last = -1
        self.link_chars = 0
        if self.links:
            self.links = []
        self.images = 0
        self.breaks = 0
        if self.runs:
            self.runs = []
        self.byline_chars = 0
        if self.byline_pending:
            self.byline_pending.clear()

    def count_media(self, node: Node) -> None:
        if node.tag in ("img", "picture"):
            self.images += 1

    def add_run(self, run: int) -> None:
        tree = self.tree
        start, end = tree.run_start[run], tree.run_end[run]
        raw = self.text[start:end]
        if raw.isspace():
            if self.pieces:
                self.pieces.append(raw if len(raw) < 200 else raw[:200])
                self.runs.append(run)
            return
        self.pieces.append(tree.run_text(run) if "&" in raw else raw)
        self.runs.append(run)
        if self.first < 0:
            self.first = start
        self.last = end
        self.breaks = 0

    def inline(self, node: Node) -> None:
        """Inline content (links, emphasis, line breaks, images) into the buffer."""
        tag = node.tag
        if tag == "br":
            self.breaks += 1
            self.pieces.append(" ")
            return
        if tag in ("img", "picture"):
            self.images += 1
            return
        count = len(self.pieces)
        outer_byline = not self.in_byline and _byline_signals(node)
        if outer_byline:
            self.in_byline = True
        for item in node.items:
            if isinstance(item, int):
                self.add_run(item)
            elif item.tag in _SKIP or _hidden(item):
                self.count_media(item)
            elif item.tag in _BLOCK:
                self.pieces.append("\n")
                self.inline(item)
                self.pieces.append("\n")
            else:
                self.inline(item)
        if outer_byline:
            self.in_byline = False
            raw = "".join(self.pieces[count:])
            if 0 < len(raw.strip()) < 100 and raw.strip():
                self.byline_pending.append(raw)
                self.byline_chars += len(" ".join(raw.split()))
        if node.start >= 0:
            # The block holds the whole element, from its start tag: a text run inside
            # set ``first`` to the text, and what came before it in the buffer (a
            # ``<br>``, whitespace) did not set it at all.
            if self.first < 0 or node.start < self.first:
                self.first = node.start
            self.last = max(self.last, node.end)
        if tag == "a":
            anchor = " ".join("".join(self.pieces[count:]).split())
            self.link_chars += len(anchor)
            href = node.attrs.get("href")
            if href is not None and node.start >= 0:
                self.links.append(Link(anchor, href, node.start, node.end))

    def flush(
        self,
        node: Node,
        path: tuple[int, ...],
        kind: str,
        list_depth: int,
        *,
        whole: bool,
        own: int = -1,
    ) -> bool:
        if not self.pieces:
            if self.first >= 0 or self.links or self.runs or self.images or self.byline_pending:
                self.reset()
            return False
        joined = "".join(self.pieces)
        text = " ".join(joined.split())
        if not text:
            self.reset()
            return False
        if whole and node.start >= 0:
            start, end = node.start, node.end
        else:
            start, end = self.first, self.last
        if start < 0 or end < start:
            start, end = max(node.start, 0), max(node.end, node.start, 0)
        level = _HEADINGS.get(node.tag, 0) if kind == "heading" else 0
        tag = node.tag if whole else "div"
        attrs = node.attrs if whole else {}
        if not whole and kind in ("heading", "code"):
            kind = "paragraph"
        hint = ""
        byline = ""
        raw_text = joined.strip() if len(text) < 100 else text
        if whole and len(raw_text) < 100 and _byline_signals(node):
            hint, byline = "byline", raw_text
        elif self.byline_pending:
            byline = self.byline_pending[0]
            hint = "byline" if self.byline_chars >= 0.8 * len(text) else "byline-inline"
        if byline:
            self.out.bylines[len(self.out.blocks)] = byline
        block = Block(
            index=len(self.out.blocks),
            kind=kind,
            text=text,
            start=start,
            end=end,
            path=path,
            tag=tag,
            weight=class_weight(attrs) if whole else 0,
            unlikely=_unlikely(node) if whole else False,
            link_chars=len(text) if self.in_link else min(self.link_chars, len(text)),
            level=level if level else (max(list_depth - 1, 0) if kind == "list_item" else 0),
            images=self.images,
            hint=hint,
        )
        self.out.blocks.append(block)
        self.out.links.append(self.links)
        self.out.runs.append(self.runs)
        self.links = []
        self.runs = []
        self.reset()
        return True

    def preformatted(self, node: Node, path: tuple[int, ...]) -> None:
        pieces: list[str] = []
        links: list[Link] = []
        self.collect_pre(node, pieces, links)
        lines = [line.rstrip() for line in "".join(pieces).replace("\t", "    ").split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        text = "\n".join(lines)
        if not text.strip():
            return
        link_chars = sum(len(link.text) for link in links)
        self.element_block(node, path, "code", text, links, link_chars, unlikely=False)

    def collect_pre(self, node: Node, pieces: list[str], links: list[Link]) -> None:
        for item in node.items:
            if isinstance(item, int):
                pieces.append(self.tree.run_text(item))
            elif item.tag in _SKIP or _hidden(item):
                continue
            elif item.tag == "br":
                pieces.append("\n")
            else:
                count = len(pieces)
                self.collect_pre(item, pieces, links)
                if item.tag == "a" and "href" in item.attrs and item.start >= 0:
                    anchor = " ".join("".join(pieces[count:]).split())
                    links.append(Link(anchor, item.attrs["href"], item.start, item.end))

    def data_table(self, node: Node, path: tuple[int, ...]) -> None:
        rows: list[str] = []
        links: list[Link] = []
        link_chars = 0
        for row in _rows(node):
            cells: list[str] = []
            for cell in row.children():
                if cell.tag not in ("td", "th"):
                    continue
                self.reset()
                for item in cell.items:
                    if isinstance(item, int):
                        self.add_run(item)
                    elif item.tag in _SKIP or _hidden(item):
                        continue
                    elif item.tag in _BLOCK:
                        self.inline(item)
                        self.pieces.append(" ")
                    else:
                        self.inline(item)
                cells.append(" ".join("".join(self.pieces).split()))
                links.extend(self.links)
                link_chars += self.link_chars
            if any(cells):
                rows.append(" | ".join(cells).strip())
        self.reset()
        text = "\n".join(rows)
        if not text:
            return
        self.element_block(
            node, path, "table", text, links, min(link_chars, len(text)), unlikely=_unlikely(node)
        )

    def element_block(
        self,
        node: Node,
        path: tuple[int, ...],
        kind: str,
        text: str,
        links: list[Link],
        link_chars: int,
        *,
        unlikely: bool,
    ) -> None:
        """A block that is a whole element read on its own (a listing, a data table)."""
        self.out.blocks.append(
            Block(
                index=len(self.out.blocks),
                kind=kind,
                text=text,
                start=node.start,
                end=node.end,
                path=path,
                tag=node.tag,
                weight=class_weight(node.attrs),
                unlikely=unlikely,
                link_chars=link_chars,
                level=0,
                images=0,
            )
        )
        self.out.links.append(links)
        self.out.runs.append([])


def _holds_blocks(node: Node) -> bool:
    """An inline element with block children (an unclosed ``<a>`` around paragraphs):
    it is read as a container, as browsers lay it out."""
    return any(isinstance(item, Node) and item.tag in _BLOCK for item in node.items)


def _text_size(tree: HtmlTree, node: Node, limit: int) -> int:
    """The length of ``node``'s visible text, inner whitespace included and the ends
    stripped, counted up to ``limit`` characters."""
    pieces: list[str] = []
    size = 0
    stack: list[Node | int] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            piece = tree.run_text(item)
            pieces.append(piece)
            size += len(piece)
            if size >= limit * 4:
                break
        elif item.tag not in _SKIP and not _hidden(item):
            stack.extend(reversed(item.items))
    return len("".join(pieces).strip())


def _rows(table: Node) -> list[Node]:
    rows: list[Node] = []
    for child in table.children():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child.children() if row.tag == "tr")
    return rows


def _data_table(table: Node) -> bool:
    """Whether a table holds data (rows and columns) rather than page layout."""
    attrs = table.attrs
    if attrs.get("role", "").lower() == "presentation":
        return False
    if attrs.get("datatable") == "0":
        return False
    if attrs.get("summary"):
        return True
    structure = False
    for node in table.iter():
        if node is table:
            continue
        if node.tag == "table":
            return False  # a table of tables lays out the page
        if node.tag in ("caption", "thead", "tfoot", "colgroup", "th"):
            structure = True
    if structure:
        return True
    rows = _rows(table)
    columns = max(
        (sum(1 for c in row.children() if c.tag in ("td", "th")) for row in rows), default=0
    )
    if len(rows) >= 10 or columns > 4:
        return True
    return len(rows) * columns > 10


def page_blocks(tree: HtmlTree) -> PageBlocks:
    """The blocks of ``tree`` in reading order, with their containers and links."""
    return _Builder(tree).run()
