"""The content model: which blocks of a page are its article.

It works on :class:`Block` and :class:`Container` records, not on HTML: a front end
(the raw-HTML one in :mod:`.blocks`, or a rendered-text one that groups lines) turns a
page into blocks with features and hands them to :func:`select_article`. Nothing here
names a site, a word of a page or a test page; every rule reads features.

How it decides (the scoring follows the published Readability heuristics, rewritten
over blocks):

1. **Unlikely containers go first.** A block under a container whose tag (``nav``,
   ``aside``, ``footer``), ARIA role (navigation, menu, complementary, dialog...) or
   class/id vocabulary (menu, sidebar, comment, share, related, cookie...) says
   furniture is left out, unless the same class/id also reads as content
   (``article``, ``main``, ``content``...).
2. **Blocks vote for their containers.** A paragraph-like block of at least 25
   characters scores ``1 + commas + min(chars // 100, 3)``; its parent container gets
   the score, the grandparent half, containers further up ``score / (3 * level)``,
   five levels at most. A container starts from its tag (``div`` +5, ``pre``/``td``/
   ``blockquote`` +3, lists and forms -3, headings -5) plus its class/id weight
   (+25 content words, -25 furniture words) and its semantics (``<article>``,
   ``<main>``, ``itemprop=articleBody``).
3. **Link density discounts.** A container's score is multiplied by
   ``1 - link characters / characters``: a list of links is navigation, not prose.
4. **The best container, then its neighbourhood.** The top container moves up to an
   ancestor that holds several other near-best candidates (an article split into
   sections) or that scores nearly as well; then its siblings join when they score
   at least ``max(10, top / 5)`` (more easily with the same class), or are paragraphs
   of prose with few links.
5. **Cleaning.** Inside the chosen region, containers that look like furniture by
   their numbers are dropped: negative weight, more list items than paragraphs
   outside a list, more images than half the paragraphs, link density over 0.2 (0.5
   for content-weighted ones), nearly no text, many form inputs. The first short byline
   block and a heading that repeats the title are dropped too (they are metadata).
6. **Retry when too little is left.** Under 500 characters, the model runs again
   without step 1, then without class weights, then without cleaning, and keeps the
   longest result.

The figures of the model on the 127 Readability test pages are in
``docs/formats/html.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..._text.lazyre import LazyPattern

__all__ = ["Block", "Container", "Selection", "select_article"]

#: Kinds a block may have (the Passage kinds of the body).
BLOCK_KINDS = ("heading", "paragraph", "list_item", "quote", "table", "code")


@attrs.frozen(kw_only=True, slots=True)
class Container:
    """A block-level element (or a group of lines) that holds blocks.

    .. versionadded:: 0.1.0
    """

    index: int
    """Its position in the page's container list (parents come before children)."""
    parent: int
    """The index of the enclosing container, -1 for the outermost."""
    tag: str
    """The element name (a text front end may use ``"div"``)."""
    weight: int = 0
    """Class/id weight: positive where the names read as content, negative as furniture."""
    bonus: int = 0
    """Semantic bonus of the article itself (``<article>``, ``itemprop=articleBody``)."""
    unlikely: bool = False
    """Tag, role or class/id say this is furniture (navigation, sidebar, comments...)."""
    class_name: str = ""
    """The raw class attribute (siblings with the same class join more easily)."""
    depth: int = 0
    """How many containers enclose it."""
    start: int = 0
    """Source offset where it starts."""
    end: int = 0
    """Source offset where it ends."""


@attrs.frozen(kw_only=True, slots=True)
class Block:
    """A run of text read as one piece, with the features the model weighs.

    .. versionadded:: 0.1.0
    """

    index: int
    """Its position in reading order."""
    kind: str
    """``heading``, ``paragraph``, ``list_item``, ``quote``, ``table`` or ``code``."""
    text: str
    """Clean text."""
    start: int
    """Source offset where it starts (markup included)."""
    end: int
    """Source offset one past its end."""
    path: tuple[int, ...]
    """Indexes of the containers around it, outermost first."""
    tag: str = "p"
    """The element it came from (``"div"`` for inline text of a container)."""
    weight: int = 0
    """The class/id weight of its own element."""
    unlikely: bool = False
    """Its own element reads as furniture."""
    link_chars: int = 0
    """Characters of its text inside links."""
    level: int = 0
    """Heading level (1-6), list nesting depth for list items, else 0."""
    images: int = 0
    """Images inside it."""
    hint: str = ""
    """What the front end knows of it: ``"byline"`` for an author line (left out of the
    body), ``"byline-inline"`` for a block that holds one among other text, else empty."""


@attrs.frozen(kw_only=True)
class Selection:
    """The blocks the model kept, and why.

    .. versionadded:: 0.1.0
    """

    blocks: tuple[int, ...]
    """Indexes of the article's blocks, in reading order."""
    top: int
    """The container chosen as the article's core (-1 when there were no blocks)."""
    scores: tuple[tuple[int, float], ...] = ()
    """The best candidate containers and their final scores, best first (at most 5)."""
    attempt: int = 0
    """Which pass gave the result (0: all rules; 1-3: relaxed, see step 6)."""
    byline: int = -1
    """The block read as the byline (dropped from the body), or -1."""


_MIN_CHARS = 25
_MIN_ARTICLE = 500
_TOP_CANDIDATES = 5
_COMMAS = LazyPattern("[,\uff0c\u3001\u060c]")
_TAG_SCORE = {
    "div": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_SCORED_KINDS = frozenset(("paragraph", "code", "quote", "heading"))
_CLEANED_TAGS = frozenset(("form", "fieldset", "table", "ul", "ol", "div", "section", "aside"))
_SENTENCE_END = LazyPattern(r"\.( |$)")
_SHARE = LazyPattern(r"share", re.IGNORECASE)
_WORD = LazyPattern(r"\w+")


class _Page:
    """Aggregates over blocks and containers, built once per page (internal)."""

    def __init__(self, blocks: Sequence[Block], containers: Sequence[Container]) -> None:
        self.blocks = blocks
        self.containers = containers
        n = len(containers)
        self.unlikely_up = [False] * n
        for c in containers:
            up = c.unlikely or (c.parent >= 0 and self.unlikely_up[c.parent])
            self.unlikely_up[c.index] = up
        # Children in document order: ("c", index) or ("b", index).
        self.children: list[list[tuple[str, int]]] = [[] for _ in range(n)]
        for c in containers:
            if c.parent >= 0:
                self.children[c.parent].append(("c", c.index))
        for b in blocks:
            if b.path:
                self.children[b.path[-1]].append(("b", b.index))
        for items in self.children:
            if len(items) > 1:
                items.sort(key=self._item_start)

    def _item_start(self, item: tuple[str, int]) -> tuple[int, int]:
        kind, index = item
        if kind == "c":
            return (self.containers[index].start, 0)
        return (self.blocks[index].start, 1)


def select_article(
    blocks: Sequence[Block],
    containers: Sequence[Container],
    *,
    title: str | None = None,
) -> Selection:
    """Decide which ``blocks`` are the article (see the module docstring).

    ``containers`` must list parents before children; every ``Block.path`` holds
    indexes into it. ``title`` (the page's headline, when known) lets a heading that
    repeats it be dropped from the body.
    """
    if not blocks:
        return Selection(blocks=(), top=-1)
    page = _Page(blocks, containers)
    best: Selection | None = None
    best_chars = -1
    for attempt in range(4):
        chosen = _attempt(page, attempt, title)
        chars = sum(len(blocks[i].text) for i in chosen.blocks)
        if chars >= _MIN_ARTICLE:
            return chosen
        if chars > best_chars:
            best, best_chars = chosen, chars
    assert best is not None
    return best


def _attempt(page: _Page, attempt: int, title: str | None) -> Selection:
    strip_unlikely = attempt < 1
    use_weights = attempt < 2
    clean = attempt < 3
    blocks, containers = page.blocks, page.containers
    live = [
        not (strip_unlikely and (b.unlikely or any(page.unlikely_up[c] for c in b.path[-1:])))
        for b in blocks
    ]
    # The byline is the first one on the page, wherever it is (a header that is
    # furniture often holds it); it leaves the body.
    byline = -1
    for b in blocks:
        if b.hint in ("byline", "byline-inline"):
            byline = b.index
            if b.hint == "byline":
                live[b.index] = False
            break
    if title:
        _drop_title_heading(blocks, live, title)
    n = len(containers)
    score: list[float | None] = [None] * n
    chars = [0] * n
    links = [0] * n
    for b in blocks:
        if not live[b.index] or not b.path:
            continue
        length = len(b.text)
        chars[b.path[-1]] += length
        links[b.path[-1]] += b.link_chars
    # Sum up the tree (parents come before children, so walk backwards).
    for container in reversed(containers):
        if container.parent >= 0:
            chars[container.parent] += chars[container.index]
            links[container.parent] += links[container.index]
    for b in blocks:
        if not live[b.index]:
            continue
        length = len(b.text)
        if b.kind not in _SCORED_KINDS or length < _MIN_CHARS:
            continue
        value = 1.0 + len(_COMMAS.findall(b.text)) + min(length // 100, 3)
        for level, c in enumerate(reversed(b.path[-5:])):
            if score[c] is None:
                score[c] = _initial(containers[c], use_weights)
            divider = 1 if level == 0 else (2 if level == 1 else level * 3)
            score[c] = (score[c] or 0.0) + value / divider
    final: list[tuple[float, int]] = []
    for c in range(n):
        raw = score[c]
        if raw is None:
            continue
        density = links[c] / chars[c] if chars[c] else 0.0
        final.append((raw * (1.0 - density), c))
    final.sort(key=lambda item: (-item[0], item[1]))
    final_score = {c: adjusted for adjusted, c in final}
    top = _refine_top(page, final, final_score) if final else (0 if containers else -1)
    included = _neighbourhood(page, top, final_score, live, chars, links)
    keep = [i for i in included if live[i]]
    if clean:
        keep = _clean(page, top, keep, final_score if use_weights else {}, use_weights)
    return Selection(
        blocks=tuple(keep),
        top=top,
        scores=tuple((c, round(value, 3)) for value, c in final[:_TOP_CANDIDATES]),
        attempt=attempt,
        byline=byline,
    )


def _initial(container: Container, use_weights: bool) -> float:
    value = float(_TAG_SCORE.get(container.tag, 0))
    if use_weights:
        value += container.weight + container.bonus
    return value


def _ancestors(page: _Page, c: int) -> list[int]:
    out: list[int] = []
    parent = page.containers[c].parent
    while parent >= 0:
        out.append(parent)
        parent = page.containers[parent].parent
    return out


def _refine_top(page: _Page, final: list[tuple[float, int]], final_score: dict[int, float]) -> int:
    top_value, top = final[0]
    containers = page.containers
    # Several near-best candidates under one ancestor: that ancestor is the article.
    alternatives = [
        set(_ancestors(page, c))
        for value, c in final[1:_TOP_CANDIDATES]
        if top_value > 0 and value / top_value >= 0.75
    ]
    if len(alternatives) >= 3:
        parent = containers[top].parent
        while parent > 0:
            if sum(1 for ancestors in alternatives if parent in ancestors) >= 3:
                top = parent
                break
            parent = containers[parent].parent
    # An ancestor that scores nearly as well holds more of the article.
    last = final_score.get(top, 0.0)
    threshold = last / 3
    parent = containers[top].parent
    while parent > 0:
        value = final_score.get(parent)
        if value is None:
            parent = containers[parent].parent
            continue
        if value < threshold:
            break
        if value > last:
            top = parent
            break
        last = value
        parent = containers[parent].parent
    # A container that is its parent's only child stands for the parent.
    parent = containers[top].parent
    while parent > 0 and len(page.children[parent]) == 1:
        top = parent
        parent = containers[top].parent
    return top


def _blocks_under(page: _Page, item: tuple[str, int], out: list[int]) -> None:
    stack = [item]
    while stack:
        kind, index = stack.pop()
        if kind == "b":
            out.append(index)
        else:
            stack.extend(reversed(page.children[index]))


def _neighbourhood(
    page: _Page,
    top: int,
    final_score: dict[int, float],
    live: list[bool],
    chars: list[int],
    links: list[int],
) -> list[int]:
    """The blocks of the top container and of the siblings that join it."""
    out: list[int] = []
    if top < 0:
        return out
    containers, blocks = page.containers, page.blocks
    parent = containers[top].parent
    if parent < 0:
        _blocks_under(page, ("c", top), out)
        return sorted(out)
    top_score = final_score.get(top, 0.0)
    threshold = max(10.0, top_score * 0.2)
    top_class = containers[top].class_name
    for kind, index in page.children[parent]:
        if kind == "c" and index == top:
            _blocks_under(page, (kind, index), out)
            continue
        if kind == "c":
            bonus = (
                top_score * 0.2 if top_class and containers[index].class_name == top_class else 0
            )
            value = final_score.get(index)
            if value is not None and value + bonus >= threshold:
                _blocks_under(page, (kind, index), out)
            continue
        block = blocks[index]
        if not live[index] or block.tag != "p":
            continue
        length = len(block.text)
        density = block.link_chars / length if length else 1.0
        if (length > 80 and density < 0.25) or (
            0 < length <= 80 and block.link_chars == 0 and _SENTENCE_END.search(block.text)
        ):
            out.append(index)
    return sorted(out)


def _clean(
    page: _Page, top: int, keep: list[int], final_score: dict[int, float], use_weights: bool
) -> list[int]:
    """Drop the containers inside the article that look like furniture by numbers."""
    blocks, containers = page.blocks, page.containers
    # Per container inside the region: text, links, paragraphs, list items, images.
    stats: dict[int, list[int]] = {}
    for i in keep:
        b = blocks[i]
        if not b.path:
            continue
        entry = stats.get(b.path[-1])
        if entry is None:
            entry = stats[b.path[-1]] = [0, 0, 0, 0, 0, 0, 0]
        length = len(b.text)
        entry[0] += length
        entry[1] += b.link_chars
        entry[2] += b.kind == "paragraph" and b.tag == "p"
        entry[3] += b.kind == "list_item"
        entry[4] += b.images
        entry[5] += len(_COMMAS.findall(b.text))
        entry[6] += length if b.kind == "list_item" else 0
    # Sum up the tree: every container on a kept block's path gets its numbers.
    for c in list(stats):
        parent = containers[c].parent
        while parent >= 0 and parent not in stats:
            stats[parent] = [0, 0, 0, 0, 0, 0, 0]
            parent = containers[parent].parent
    for c in sorted(stats, reverse=True):  # children come after their parents
        parent = containers[c].parent
        if parent >= 0:
            above = stats[parent]
            for k, value in enumerate(stats[c]):
                above[k] += value
    region = _ancestors(page, top) if top >= 0 else []
    dropped: set[int] = set()
    for c, (text, link_chars, paragraphs, items, images, commas, list_text) in stats.items():
        container = containers[c]
        if c in region or container.tag not in _CLEANED_TAGS:
            continue
        if _inside(page, c, ("table", "pre", "code")):
            continue
        weight = container.weight if use_weights else 0
        if weight + (final_score.get(c) or 0.0) < 0:
            dropped.add(c)
            continue
        if _SHARE.search(container.class_name + " ") and text < _MIN_ARTICLE:
            dropped.add(c)
            continue
        if commas >= 10:
            continue
        is_list = container.tag in ("ul", "ol") or (text and list_text / text > 0.9)
        density = link_chars / text if text else 0.0
        if (
            (images > 1 and paragraphs / images < 0.5)
            or (not is_list and items > paragraphs and items > 0)
            or (weight < 25 and density > 0.2)
            or (weight >= 25 and density > 0.5)
            or (text < _MIN_CHARS and (images == 0 or images > 2) and not is_list)
        ):
            dropped.add(c)
    result: list[int] = []
    for i in keep:
        b = blocks[i]
        if any(c in dropped for c in b.path):
            continue
        if b.kind == "heading" and b.level <= 2 and use_weights and b.weight < 0:
            continue
        result.append(i)
    return result


def _inside(page: _Page, c: int, tags: tuple[str, ...]) -> bool:
    parent = page.containers[c].parent
    while parent >= 0:
        if page.containers[parent].tag in tags:
            return True
        parent = page.containers[parent].parent
    return False


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _drop_title_heading(blocks: Sequence[Block], live: list[bool], title: str) -> None:
    """Leave out the first h1/h2 that repeats the title (the title is metadata)."""
    want = _words(title)
    if not want:
        return
    for b in blocks:
        if not live[b.index] or b.kind != "heading" or b.level > 2:
            continue
        got = _words(b.text)
        if not got:
            continue
        shared = len(set(got) & set(want))
        if shared / max(len(set(want)), len(set(got))) > 0.75:
            live[b.index] = False
            return
