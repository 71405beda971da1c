"""Where the article is in the rendered text of a web page, and what surrounds it.

:func:`analyse_page` reads the lines of a :class:`~.lines.Page` (each marked prose,
soft or hard: see :mod:`seedparse.formats.webpage.lines`) in four stages, with general
signals only, never with a site's own strings:

1. **The body** is the stretch of lines with the highest score (a maximum-sum segment:
   prose adds its length, soft and hard lines cost a little, a JSON block more, and a
   comment-section, share-bar, related-list or copyright line ends a stretch), joined
   with the large stretches before it across quiet lines (a chart, a figure, a table of
   contents); blocks of wrapped lines and code listings count as prose and stay one
   passage each. ``docs/design/content-model.md`` has the rules and their figures.
   Inside the body, soft lines become subheadings when they look like one and are
   dropped when they are calls to action or captions; prose bullets become list
   items. A page without any prose keeps every line that is not hard.
2. **The header** (:mod:`seedparse.formats.webpage.header`) is read upwards from the
   byline and date (or from the body): share
   lines and labels (values of the page's JSON, short repeated lines) are skipped, the
   lowest sentence is the dek when a line is left above it, the next line the title,
   and a short line right above the title its kicker. When the JSON has a headline and
   the page shows it, that line is the title.
3. **Promotional blurbs** at the top of the body (a paragraph that describes a label
   shown above it, or that is followed by a call to action such as "Learn more") and a
   bio sentence at its end ("<author> is ...") are moved out of it.
4. **The tail** after the body gives the bios, tags, disclaimer, source publication and
   related pieces (:mod:`seedparse.formats.webpage.tail`).

The names of a byline, or of a closing bio when there is no other author, are credited
to the page (:meth:`~.lines.Page.credit`) as soon as they are found, so the header and
the tail compare lines with them. Cost: one pass over the lines for the stretches
(each line's kind is computed once, on demand), then the checks of the header above
the body and of the tail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..._text.dates import FoundDate
from ..._text.lazyre import LazyPattern
from . import tail
from .header import HEADER_REACH, byline_and_date, name_over_date, nearest_byline, read_header
from .lines import (
    CLOSER_CHARS,
    F_CLOSES,
    F_COMMENTS,
    HARD,
    PROSE,
    TERMINAL,
    Page,
    PageHints,
    Rules,
)
from .tail import RelatedItem

__all__ = ["BodyBlock", "PageLayout", "analyse_page"]

# What a line adds to the stretch read as the body (see _line_score): prose its length
# up to _PROSE_CAP characters, a soft line -_SOFT_COST, a hard one -_HARD_COST.
_PROSE_CAP = 400
_SOFT_COST = 12.0
_HARD_COST = 40.0
_BLOCK_COST = 400.0
_JOIN = 0.3
# After a comment section's heading (once _COMMENTS_AFTER points of stretch were read)
# prose counts _COMMENTS_DISCOUNT of its length.
_COMMENTS_AFTER = 500.0
_COMMENTS_DISCOUNT = 0.3
# Most prose lines above a byline that the body may leave out as the dek.
_DEK_LINES = 2
# A title and a standfirst together stay within this many characters: prose above the
# byline as short as that is the header, even over a body shorter still.
_HEADER_MAX_CHARS = 400
_FORWARD_GAP = 8

_CTA = LazyPattern(
    r"(?:learn more|read more|continue reading|find out more|discover more|explore more"
    r"|see more|more|subscribe|sign up|join us|get started)[.!]?",
    re.IGNORECASE,
)
_NAME_BIO = LazyPattern(r"(?: is| was| has| had|,| \()")

# Longest closing "Jane Doe is a ..." paragraph read as a bio when no author is known.
_BIO_WORDS = 45


class BodyBlock(NamedTuple):
    """One passage of the body: kind, clean text, raw span and heading trail."""

    kind: str
    text: str
    start: int
    end: int
    section: tuple[str, ...]


class PageLayout(NamedTuple):
    """What :func:`analyse_page` found. Offsets are into the page text."""

    body: tuple[BodyBlock, ...]
    title: str | None
    dek: str | None
    kicker: str | None
    byline: tuple[str, ...]
    date: FoundDate | None
    bios: tuple[tuple[str, str], ...]
    tags: tuple[str, ...]
    disclaimer: str | None
    source_publication: str | None
    related: tuple[RelatedItem, ...]


def analyse_page(
    text: str,
    blocks: Sequence[tuple[int, int]],
    hints: PageHints = PageHints(),  # noqa: B008 - immutable NamedTuples
    rules: Rules = Rules(),  # noqa: B008
    source: str | None = None,
) -> PageLayout:
    """Find the article in ``text``; ``blocks`` are the JSON blocks' ``(start, end)``;
    ``source`` names the file in a ``ParseError``."""
    page = Page(text, blocks, hints, rules, source)
    page.find_text_blocks()
    run = _best_run(page)
    if run is not None:
        run = _trim_hard_prose(page, run)
    if run is not None:
        run = _after_header(page, run)
    body_start = run[0] if run is not None else page.count
    anchor, byline, date = byline_and_date(page, body_start)
    header_end = anchor if anchor is not None else body_start
    if not byline and anchor is not None and (named := name_over_date(page, anchor)) is not None:
        header_end, byline = named
    if not byline and run is not None:
        near = nearest_byline(page, body_start)
        if near is not None:
            byline, date = near.names, date or near.date
    if byline:
        page.credit(byline)
    title, dek, kicker = read_header(page, header_end, hints)
    body: tuple[BodyBlock, ...] = ()
    closing_bio = None
    tail_from = header_end
    if run is not None:
        run = _trim_promo(page, run, header_end)
        run, closing_bio = _trim_bio(page, run)
        body = _body_blocks(page, run)
        tail_from = run[1] + 1
    else:
        body = _all_text(page)
    if closing_bio is not None and not byline and not hints.authors:
        byline = (closing_bio[0],)
        page.credit((closing_bio[0],), replace=True)
    bios = tail.bios(page, tail_from)
    if closing_bio is not None and all(name != closing_bio[0] for name, _ in bios):
        bios.insert(0, closing_bio)
    return PageLayout(
        body=body,
        title=title if title is not None else hints.title,
        dek=dek,
        kicker=kicker,
        byline=byline,
        date=date,
        bios=tuple(bios),
        tags=tail.tags(page, tail_from),
        disclaimer=tail.disclaimer(page, tail_from),
        source_publication=tail.source_publication(page, tail_from),
        related=tail.related(page, tail_from),
    )


def _best_run(page: Page) -> tuple[int, int] | None:
    """The article's stretch of lines (see :func:`_stretches`): the one with the
    highest score, joined with the stretches before it that score at least
    :data:`_JOIN` of it when only quiet lines lie between them (a chart, a table of
    contents or a figure can split an article in two). What follows an article is
    comments, teasers and footers more often than more of it, so a stretch after the
    best one joins only across a short gap (:data:`_FORWARD_GAP` lines).
    """
    found = _stretches(page)
    if not found:
        return None
    at = max(range(len(found)), key=lambda k: found[k][2])
    start, stop, value = found[at]
    k = at - 1
    while k >= 0 and _quiet(page, found[k][1] + 1, start):
        if found[k][2] >= _JOIN * value:
            start = found[k][0]
            k -= 1
        elif _joins_past(page, found, k, value):
            start = found[k - 1][0]
            k -= 2
        else:
            break
    k = at + 1
    while (
        k < len(found)
        and found[k][2] >= _JOIN * value
        and found[k][0] - stop <= _FORWARD_GAP
        and _quiet(page, stop + 1, found[k][0], forward=True)
    ):
        stop = found[k][1]
        k += 1
    return start, stop


def _joins_past(page: Page, found: list[tuple[int, int, float]], k: int, value: float) -> bool:
    """Whether the stretch before ``found[k]`` joins the article past it: ``found[k]``
    is a short run of paragraphs between two charts (two lines or more: a lone line is
    a dek or a teaser), the one before it scores at least :data:`_JOIN` of the best and
    opens on a paragraph (not a list of links), and only quiet lines lie between."""
    if k < 1 or found[k][1] == found[k][0] or found[k - 1][2] < _JOIN * value:
        return False
    first = found[k - 1][0]
    return (
        page.prose[first]
        and not page.bullet[first]
        and _quiet(page, found[k - 1][1] + 1, found[k][0])
    )


def _quiet(page: Page, first: int, stop: int, *, forward: bool = False) -> bool:
    """Whether lines ``first`` to ``stop`` (exclusive) may sit inside one article: no
    JSON block, no copyright line (a related box may sit inside an article) and, after
    the article (``forward``), no comment-section heading."""
    for i in range(first, stop + 1):
        if page.after_block[i]:
            return False
        if i == stop:
            break
        if page.is_copyright(i) or (forward and page.opens_comments(i)):
            return False
    return True


def _stretches(page: Page) -> list[tuple[int, int, float]]:
    """Every stretch of lines with a positive total score, as ``(first, last, score)``
    in page order: a maximum-sum segment search in one pass, where a JSON block
    between two lines ends a stretch.

    Prose adds its length (up to :data:`_PROSE_CAP`); any other line costs a little
    (a soft line: a subheading, a caption, a numbered step) or more (a hard line:
    navigation, a byline, a share button), so a stretch bridges a few such lines
    between paragraphs but not a menu.
    """
    found: list[tuple[int, int, float]] = []
    start = last = -1
    size = peak = 0.0
    after_block = page.after_block
    prose = page.prose
    strip = page.strip
    kind = page.kind
    kinds = page.known_kinds()
    # The feature bits answer the closing and comment tests of most lines here, without
    # a call each (Page.closes_article, Page.opens_comments ask the same bits).
    flags = page.feature_bits()
    openers = page.blocks.keys() | page.item_lines()
    found_large = False  # whether a stretch of _COMMENTS_AFTER points was found
    # Once a stretch of some size has been read, a comment section's heading makes
    # every later stretch count less: what follows it is readers' comments, until a
    # byline opens another article (a page that lists several, each with its comment
    # count).
    discount = 1.0
    for i in range(page.count):
        if prose[i]:
            pass
        elif discount < 1.0:
            if page.byline(i) is not None:
                discount = 1.0
        elif (peak >= _COMMENTS_AFTER or found_large) and (
            (flags[i] & F_COMMENTS and len(strip[i]) <= CLOSER_CHARS)
            if flags[i] >= 0
            else page.opens_comments(i)
        ):
            if start >= 0:
                found.append((start, last, peak))
                found_large = found_large or peak >= _COMMENTS_AFTER
                start = -1
            discount = _COMMENTS_DISCOUNT
        if after_block[i] and start >= 0:
            size -= _BLOCK_COST
            if size <= 0:
                found.append((start, last, peak))
                found_large = found_large or peak >= _COMMENTS_AFTER
                start = -1
        if start < 0 and not prose[i] and i not in openers:
            continue  # no stretch is open: only prose (a text block, a list of points) opens one
        k = kinds[i]
        if k < 0:
            k = kind(i)
        if k == PROSE:
            if start < 0:
                start, size, peak = i, 0.0, 0.0
            size += min(len(strip[i]), _PROSE_CAP) * discount
            if size > peak:
                last, peak = i, size
            continue
        if start < 0:
            continue
        if (
            (flags[i] & F_CLOSES and not prose[i] and len(strip[i]) <= CLOSER_CHARS)
            if flags[i] >= 0
            else page.closes_article(i)
        ):
            found.append((start, last, peak))
            found_large = found_large or peak >= _COMMENTS_AFTER
            start = -1
            continue
        size -= _HARD_COST if k == HARD else _SOFT_COST
        if size <= 0:
            found.append((start, last, peak))
            found_large = found_large or peak >= _COMMENTS_AFTER
            start = -1
    if start >= 0:
        found.append((start, last, peak))
    return found


def _after_header(page: Page, run: tuple[int, int]) -> tuple[int, int]:
    """Start the body after a byline or date line near its top.

    The stretch may open on the dek and bridge the header (a share line, the byline,
    the date) into the body; the article proper starts after the header's first byline
    or date line, when at most :data:`_DEK_LINES` prose lines and less text than below
    it lie above that line (or no more than a title and a standfirst take,
    :data:`_HEADER_MAX_CHARS`: a short piece under a long headline).
    """
    start, stop = run
    cut = -1
    above = 0
    paragraphs = 0
    for i in range(start, min(stop, start + HEADER_REACH * 2)):
        if page.kind(i) == PROSE:
            paragraphs += 1
            if paragraphs > _DEK_LINES:
                return run  # paragraphs of the article, not a dek
            above += len(page.strip[i])
            continue
        if page.kind(i) == HARD and (page.byline(i) is not None or page.date(i) is not None):
            cut = i
            break
    if cut < 0:
        return run
    below = sum(len(page.strip[j]) for j in range(cut + 1, stop + 1) if page.kind(j) == PROSE)
    if above >= below and above > _HEADER_MAX_CHARS:
        return run
    first = cut + 1
    while first <= stop and page.kind(first) != PROSE:
        first += 1
    return (first, stop) if first <= stop else run


def _trim_hard_prose(page: Page, run: tuple[int, int]) -> tuple[int, int] | None:
    """Cut disclaimers, copyright and origin lines off the ends of the body."""
    start, stop = run
    while start <= stop and page.is_hard_prose(stop):
        stop -= 1
        while start <= stop and page.kind(stop) != PROSE:
            stop -= 1
    while start <= stop and page.is_hard_prose(start):
        start += 1
        while start <= stop and page.kind(start) != PROSE:
            start += 1
    return (start, stop) if start <= stop else None


def _trim_promo(page: Page, run: tuple[int, int], header_end: int) -> tuple[int, int]:
    """Drop a promotional blurb at the top of the body (see the module docstring)."""
    start, stop = run
    first_gap = start
    while first_gap <= stop and page.kind(first_gap) == PROSE:
        first_gap += 1
    if first_gap > stop or first_gap - start > 2:
        return run
    following = first_gap
    while following <= stop and page.kind(following) != PROSE:
        following += 1
    if following > stop:
        return run
    blurb = " ".join(page.folded(i) for i in range(start, first_gap))
    labels = [
        page.folded(i)
        for i in range(max(header_end, start - 6), start)
        if len(page.strip[i]) >= 4 and (page.kind(i) == HARD or page.folded(i) in page.labels)
    ]
    described = any(label in blurb for label in labels)
    called = any(_CTA.fullmatch(page.folded(i)) for i in range(first_gap, following))
    if described or called:
        return (following, stop)
    return run


def _trim_bio(page: Page, run: tuple[int, int]) -> tuple[tuple[int, int], tuple[str, str] | None]:
    """Move a closing bio sentence out of the body; return ``(name, bio)`` too.

    With known authors: a last paragraph that starts with an author's name followed by
    "is", "was", "has" or a comma. With none (no byline, no JSON): a last paragraph of
    at most :data:`_BIO_WORDS` words that starts with a full name and "is a", "is an",
    "is the" or "was a" (the op-ed convention); its name becomes the author.
    """
    start, stop = run
    if stop <= start:
        return run, None
    bio = None
    last = page.folded(stop)
    if page.authors:
        for name in page.authors:
            if last.startswith(name) and _NAME_BIO.match(last, len(name)):
                bio = (page.clean(stop)[: len(name)], page.clean(stop))
                break
    elif page.strip[stop].count(" ", 0, 400) < _BIO_WORDS:
        named = _bio_name(page.clean(stop))
        if named is not None:
            bio = (named, page.clean(stop))
    if bio is None:
        return run, None
    stop -= 1
    while stop > start and page.kind(stop) != PROSE:
        stop -= 1
    return (start, stop), bio


def _bio_name(line: str) -> str | None:
    """The full name opening "Jane Doe is a ..." (two to four capitalised words)."""
    words = line.split(" ", 7)
    for k in range(2, min(5, len(words) - 1)):
        if words[k] in ("is", "was") and words[k + 1] in ("a", "an", "the"):
            name = words[:k]
            if all(word[:1].isupper() and word[1:2].isalpha() for word in name):
                return " ".join(name)
            return None
    return None


def _all_text(page: Page) -> tuple[BodyBlock, ...]:
    """The body of a page without a sentence: every line that is not hard.

    A page of nothing but short lines (a note, a list, a stub) has no stretch of prose
    to find; what is not furniture is all there is of it.
    """
    blocks: list[BodyBlock] = []
    for i in range(page.count):
        if page.kind(i) == HARD or page.is_junk(i):
            continue
        start, end = page.span(i)
        blocks.append(BodyBlock("paragraph", page.clean(i), start, end, ()))
    return tuple(blocks)


def _heading_like(line: str) -> bool:
    return (
        line.count(" ") < 15
        and line[-1] not in ".,;:"
        and (line[0].isupper() or line[0].isdigit() or not line[0].isalpha())
    )


def _body_blocks(page: Page, run: tuple[int, int]) -> tuple[BodyBlock, ...]:
    blocks: list[BodyBlock] = []
    add = blocks.append
    section: tuple[str, ...] = ()
    inside = -1
    # Every line of the run is read here, most of them prose whose kind the stretch
    # search found already: for those, Page.kind and Page.span are read inline.
    text_blocks = page.blocks
    kinds = page.known_kinds()
    line_start = page.start
    indents = page.indents
    strip = page.strip
    bullet = page.bullet
    for i in range(run[0], run[1] + 1):
        if i <= inside:
            continue
        found = text_blocks.get(i) if text_blocks else None
        if found is not None:
            inside, is_code = found
            inside = min(inside, run[1])
            start = page.span(i)[0]
            end = page.span(inside)[1]
            if is_code:
                add(BodyBlock("code", page.text[start:end], start, end, section))
            else:
                joined = " ".join(page.clean(j) for j in range(i, inside + 1))
                add(BodyBlock("paragraph", joined, start, end, section))
            continue
        k = kinds[i]
        if k == PROSE:
            start = line_start[i] + indents[i]
            kind = "list_item" if bullet[i] else "paragraph"
            add(BodyBlock(kind, page.clean(i), start, start + len(strip[i]), section))
            continue
        line = page.clean(i)
        start, end = page.span(i)
        k = page.kind(i)
        if k == PROSE:
            kind = "list_item" if bullet[i] else "paragraph"
        elif page.is_junk(i) or page.is_side_cell(i):
            continue  # furniture inside the article, or a sidebar's cell beside it
        elif page.prose[i] or line[-1] in TERMINAL:
            kind = "paragraph"
        elif _heading_like(line):
            add(BodyBlock("heading", line, start, end, ()))
            section = (line,)
            continue
        else:
            kind = "paragraph"
        add(BodyBlock(kind, line, start, end, section))
    return tuple(blocks)
