"""Where the article is in the rendered text of a web page, and what surrounds it.

The text of a scraped page is one line per rendered block: navigation, logos, share
buttons, the article's header (labels, title, dek, byline, date), its body, and a tail
of bios, tags, disclaimers, related pieces and footers. :func:`analyse_page` sorts the
lines with general signals only, never with a site's own strings:

1. **Line shape.** Each non-blank line is *prose* (a sentence: three words or more and
   final punctuation; or a line of twenty words or more), *soft* (any other line that
   could sit inside an article: a subheading, a caption, "Read more") or *hard* (a line
   that never sits inside one: a short bullet and the indented lines under it, a
   byline, a date line, a line equal to an author's name, a copyright line, a logo's
   alt text, a share button, a short line repeated elsewhere on the page, a glued tag
   line, a disclaimer, a "More ... from" heading). A JSON block between two lines
   separates them like a hard line.
2. **The body** is the run of prose lines with the most text, where consecutive prose
   lines are at most :data:`MAX_GAP` soft lines apart and never across a hard one.
   Inside it, soft lines become subheadings when they look like one and are dropped
   otherwise; prose bullets become list items.
3. **The header** is read upwards from the byline and date (or from the body): share
   lines and labels (values of the page's JSON, short repeated lines) are skipped, the
   lowest sentence is the dek when a line is left above it, the next line the title,
   and a short line right above the title its kicker. When the JSON has a headline and
   the page shows it, that line is the title.
4. **Promotional blurbs** at the top of the body (a paragraph that describes a label
   shown above it, or that is followed by a call to action such as "Learn more") and a
   bio sentence at its end ("<author> is ...") are moved out of it.
5. **The tail** after the body gives the bios, tags, disclaimer, source publication and
   related pieces (:mod:`seedparse._webtail`).

Cost: one pass splits the lines and marks the prose ones; the other checks run only on
the lines that can change the answer (the few soft lines between prose lines, the
header above the body, the tail), so a page costs little more than splitting it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, compress
from operator import add, itemgetter, sub
from typing import NamedTuple

from ..._text.cleaning import clean_text, fold_key
from ..._text.dates import FoundDate, parse_dateline
from . import tail
from .bylines import Byline, parse_byline
from .tail import RelatedItem

__all__ = ["MAX_GAP", "BodyBlock", "PageHints", "PageLayout", "Rules", "analyse_page"]

#: Most soft lines (subheadings, captions, "Advertisement") between two body paragraphs.
MAX_GAP = 2
# How far the header walk goes up from the byline or the body, in non-blank lines.
_HEADER_REACH = 12
# How far up a line looks for the bullet it is indented under.
_BULLET_REACH = 30
# A line of this many words is prose even without final punctuation.
_LONG_WORDS = 20
_LONG_CHARS = 2 * _LONG_WORDS
# Lines longer than this are never labels, bylines, dates or share buttons.
_SHORT = 160

_PROSE, _SOFT, _HARD = 0, 1, 2

_BULLETS = frozenset("\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u25ba*-\u2013")
_BULLET_GAP = frozenset(" \u00a0\t")
_TERMINAL = frozenset(".!?\u2026")
_CLOSING = frozenset("\"'\u201d\u2019\u00bb)]")
_ENDERS = _TERMINAL | _CLOSING
_first = itemgetter(0)
_last = itemgetter(-1)
_BYLINE_START = frozenset("BbWwAaRrTt")

# Page furniture that never sits inside an article: share buttons, menus, sign-in,
# reading times, and headings of related lists. Matched against the whole line.
_FURNITURE = re.compile(
    r"(?:share(?: this(?: article| story| page| post)?| on [a-z]+| via [a-z]+)?"
    r"|link copied|copy link|copied|tweet|e-?mail|print|facebook|twitter|x|linkedin"
    r"|whatsapp|telegram|reddit|pinterest|mastodon|bluesky|threads|flipboard|vk"
    r"|save(?: article)?|bookmark|listen(?: to this article)?|comments?|[0-9]{1,6} comments?"
    r"|menu|main menu|search|close|open menu|toggle navigation|navigation"
    r"|skip to (?:main )?content|back to top|sign in|sign up|log ?in|register|subscribe"
    r"|donate|newsletter|follow(?: us)?|home|[0-9]{1,3} min(?:ute)?s? read"
    r"|gift(?: this)? article|audio|video)",
    re.IGNORECASE,
)
# Calls to action and in-article furniture: dropped from the body, but do not end it.
_JUNK = re.compile(
    r"(?:learn more|read more|read the full (?:article|story|report)|continue reading"
    r"|see more|show more|view more|more|view all|see all|load more|click here"
    r"|find out more|discover more|explore more|advertisement|advertising|ad|sponsored"
    r"|sponsored content|scroll to continue(?: with content)?|story continues below"
    r"(?: advertisement)?|article continues below(?: advertisement)?)",
    re.IGNORECASE,
)
_CTA = re.compile(
    r"(?:learn more|read more|continue reading|find out more|discover more|explore more"
    r"|see more|more|subscribe|sign up|join us|get started)[.!]?",
    re.IGNORECASE,
)
_JUNK_PREFIX = re.compile(
    r"(?:read more|related|see also|also read|read also|watch|listen|photo|image|picture"
    r"|illustration|video|credit|photograph|graphic|caption)[ ]?:",
    re.IGNORECASE,
)
# Sponsor lines: short lines only ("Supported by the EU, the project ..." is prose).
_SPONSOR = re.compile(
    r"(?:sponsored by|supported by|presented by|in partnership with|paid for by|funded by"
    r"|brought to you by|produced in partnership with|advertiser content from)[ ]",
    re.IGNORECASE,
)
# "logo" as a word of its own, even glued to the next alt text ("logoCarnegie").
_LOGO = re.compile(r"(?<![A-Za-z])(?i:logo)(?:s|type)?(?![a-z])")
_YEAR = re.compile(r"[0-9]{4}")
_NAME_BIO = re.compile(r"(?: is| was| has| had|,| \()")
# Longest closing "Jane Doe is a ..." paragraph read as a bio when no author is known.
_BIO_WORDS = 45


class Rules(NamedTuple):
    """Site-specific additions (see :class:`seedparse.formats.webpage.SiteProfile`)."""

    boilerplate_lines: frozenset[str] = frozenset()
    """Lines never body (casefolded, whitespace-squashed); they do not end the body."""
    boilerplate_patterns: tuple[re.Pattern[str], ...] = ()
    """Lines matching one of these (``search``, casefolded) are never body."""
    start_patterns: tuple[re.Pattern[str], ...] = ()
    """The body starts after the first line matching one of these."""
    end_patterns: tuple[re.Pattern[str], ...] = ()
    """The body ends before the first line (after the start) matching one of these."""


class PageHints(NamedTuple):
    """What the page's JSON says, in the form the analysis compares lines with."""

    authors: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()
    """Short string values, casefolded and whitespace-squashed."""
    lists: tuple[tuple[str, ...], ...] = ()
    """Lists of strings (topics, regions, keywords ...) to split tag lines with."""
    title: str | None = None
    description: str | None = None


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


def _is_sentence(line: str) -> bool:
    """Three words or more and final punctuation (before closing quotes)."""
    last = line[-1]
    if last in _CLOSING and len(line) > 1:
        last = line[-2]
    return last in _TERMINAL and line.count(" ") >= 2


class _Page:
    """The non-blank lines of a page outside its JSON blocks.

    Splitting and the prose test run for every line; everything else is computed on
    demand and cached (see the module docstring).
    """

    __slots__ = (
        "_bylines",
        "_clean",
        "_dates",
        "_folded",
        "_kind",
        "_repeated",
        "_splitter",
        "_tags",
        "after_block",
        "authors",
        "blank_before",
        "bullet",
        "count",
        "description",
        "end",
        "indents",
        "labels",
        "lists",
        "prose",
        "rules",
        "start",
        "strip",
        "text",
    )

    def __init__(
        self, text: str, blocks: Sequence[tuple[int, int]], hints: PageHints, rules: Rules
    ) -> None:
        self.text = text
        self.start: list[int] = []
        self.end: list[int] = []
        self.strip: list[str] = []
        self.indents: list[int] = []
        self.after_block: list[bool] = []
        self.blank_before: list[bool] = []
        pos = 0
        after_block = False
        for block_start, block_end in blocks:
            self._add_region(pos, block_start, after_block)
            after_block = True
            line_end = text.find("\n", block_end)
            if line_end < 0:
                line_end = len(text)
            glued = text[block_end:line_end]
            if glued.strip():  # text glued to the closing bracket
                self._add_line(glued, block_end)
                after_block = False
            pos = line_end + 1
        self._add_region(pos, len(text), after_block)
        strip = self.strip
        self.count = count = len(strip)
        self.bullet = bullet = [False] * count
        for i in [i for i, first in enumerate(map(_first, strip)) if first in _BULLETS]:
            line = strip[i]
            bullet[i] = len(line) > 1 and line[1] in _BULLET_GAP
        self.prose = prose = [False] * count
        for i in [i for i, last in enumerate(map(_last, strip)) if last in _ENDERS]:
            line = strip[i]
            last = line[-1]
            if last in _CLOSING and len(line) > 1:
                last = line[-2]
            prose[i] = last in _TERMINAL and line.count(" ", 0, 80) >= 2
        for i in [i for i, size in enumerate(map(len, strip)) if size >= _LONG_CHARS]:
            # A long line is prose whatever its last character (bounded count).
            prose[i] = prose[i] or strip[i].count(" ", 0, 400) >= _LONG_WORDS - 1
        self._clean: list[str | None] = [None] * count
        self._folded: list[str | None] = [None] * count
        self._kind: list[int] = [-1] * count
        self._tags: dict[int, tuple[str, ...] | None] = {}
        self._bylines: dict[int, Byline | None] = {}
        self._dates: dict[int, FoundDate | None] = {}
        self._repeated: dict[str, list[int]] | None = None
        self._splitter: tail.TagSplitter | None = None
        self.authors = frozenset(fold_key(name) for name in hints.authors)
        self.labels = hints.labels
        self.lists = hints.lists
        self.description = fold_key(hints.description) if hints.description else None
        self.rules = rules
        if rules.start_patterns or rules.end_patterns:
            self._apply_window()

    # -- building ---------------------------------------------------------------

    def _add_region(self, pos: int, stop: int, after_block: bool) -> None:
        if pos >= stop:
            return
        parts = self.text[pos:stop].split("\n")
        strips = list(map(str.strip, parts))
        keep = list(compress(range(len(parts)), strips))
        if not keep:
            return
        offsets = list(accumulate(map((1).__add__, map(len, parts)), initial=pos))
        starts = list(map(offsets.__getitem__, keep))
        self.start.extend(starts)
        kept = list(map(parts.__getitem__, keep))
        self.end.extend(map(add, starts, map(len, kept)))
        self.strip.extend(map(strips.__getitem__, keep))
        self.indents.extend(map(sub, map(len, kept), map(len, map(str.lstrip, kept))))
        self.after_block.append(after_block)
        self.after_block.extend([False] * (len(keep) - 1))
        self.blank_before.append(after_block or keep[0] > 0 or pos == 0)
        self.blank_before.extend(map((1).__lt__, map(sub, keep[1:], keep)))

    def _add_line(self, raw: str, pos: int) -> None:
        self.start.append(pos)
        self.end.append(pos + len(raw))
        self.strip.append(raw.strip())
        self.indents.append(len(raw) - len(raw.lstrip()))
        self.after_block.append(True)
        self.blank_before.append(True)

    def _apply_window(self) -> None:
        """Make every line outside the site's start and end markers hard."""
        first = 0
        rules = self.rules
        if rules.start_patterns:
            for i in range(self.count):
                if _search_any(self.clean(i), rules.start_patterns):
                    self._kind[: i + 1] = [_HARD] * (i + 1)
                    first = i + 1
                    break
        if rules.end_patterns:
            for i in range(first, self.count):
                if _search_any(self.clean(i), rules.end_patterns):
                    self._kind[i:] = [_HARD] * (self.count - i)
                    break

    # -- lazy features ----------------------------------------------------------

    def clean(self, i: int) -> str:
        """The line's text: bullet marker removed, entities decoded, spaces squashed."""
        found = self._clean[i]
        if found is None:
            line = self.strip[i]
            found = self._clean[i] = clean_text(
                line[1:].lstrip() if self.bullet[i] else line, tags=False
            )
        return found

    def folded(self, i: int) -> str:
        found = self._folded[i]
        if found is None:
            found = self._folded[i] = self.clean(i).casefold()
        return found

    def indent(self, i: int) -> int:
        """Leading whitespace of the raw line, in characters."""
        return self.indents[i]

    def span(self, i: int) -> tuple[int, int]:
        """The line's raw text without its indentation and trailing blanks."""
        start = self.start[i] + self.indents[i]
        return start, start + len(self.strip[i])

    def repeated(self, i: int) -> bool:
        """Whether the line recurs on the page as furniture does (navigation shown at
        the top and the bottom, a blog's name over each related piece). A line whose
        every occurrence sits between two prose lines is a repeated subheading, not
        furniture."""
        if self._repeated is None:
            counts = Counter(self.strip)
            self._repeated = {line: [] for line, n in counts.items() if n > 1}
            if self._repeated:
                for j, line in enumerate(self.strip):
                    if line in self._repeated:
                        self._repeated[line].append(j)
        where = self._repeated.get(self.strip[i])
        if where is None:
            return False
        prose = self.prose
        last = self.count - 1
        return any(not (0 < j < last and prose[j - 1] and prose[j + 1]) for j in where)

    def byline(self, i: int) -> Byline | None:
        if i not in self._bylines:
            line = self.strip[i]
            found = None
            if line[0] in _BYLINE_START and len(line) <= _SHORT and not self.prose[i]:
                found = parse_byline(self.clean(i))
            self._bylines[i] = found
        return self._bylines[i]

    def date(self, i: int) -> FoundDate | None:
        """The full date of a line that is nothing but a date, maybe after a short label
        ("Published on Mar 13, 2025"), read as the article reader reads a dateline."""
        if i not in self._dates:
            line = self.strip[i]
            found = None
            if len(line) <= 80 and _YEAR.search(line) is not None:
                clean = self.clean(i)
                dateline = parse_dateline(clean)
                if dateline is not None and dateline[1] is not None:
                    found = FoundDate(dateline[1], dateline[0], 0, len(clean))
            self._dates[i] = found
        return self._dates[i]

    def tag_split(self, i: int) -> tuple[str, ...] | None:
        if i not in self._tags:
            line = self.strip[i]
            found = None
            if not self.prose[i] and len(line) <= 320 and "  " not in line:
                if self._splitter is None:
                    self._splitter = tail.TagSplitter(self.lists)
                found = self._splitter.split(self.clean(i))
            self._tags[i] = found
        return self._tags[i]

    def is_tag_line(self, i: int) -> bool:
        return tail.TAG_PREFIX.match(self.strip[i]) is not None or self.tag_split(i) is not None

    def kind(self, i: int) -> int:
        found = self._kind[i]
        if found < 0:
            found = self._kind[i] = self._classify(i)
        return found

    # -- classification ---------------------------------------------------------

    def _under_short_bullet(self, i: int) -> bool:
        """Whether line ``i`` is indented under a bullet that is not prose."""
        low = self.indents[i]
        if low == 0:
            return False
        for j in range(i - 1, max(-1, i - _BULLET_REACH), -1):
            indent = self.indents[j]
            if self.bullet[j] and indent < low:
                return not (self.prose[j] and self.strip[j].count(" ") >= 6)
            if indent == 0 or self.after_block[j + 1]:
                return False
            low = min(low, indent)
        return False

    def _classify(self, i: int) -> int:
        line = self.strip[i]
        if self.prose[i]:
            if self.bullet[i]:
                return _PROSE if line.count(" ", 0, 200) >= 6 else _HARD
            if self._under_short_bullet(i):
                return _HARD
            if len(line) < 120 and self.is_junk(i):
                return _SOFT
            return _PROSE  # disclaimers and the like: see is_hard_prose
        if self.bullet[i] or self._under_short_bullet(i):
            return _HARD
        if len(line) > 320:
            return _SOFT
        if self.repeated(i):
            return _HARD
        key = self.folded(i)
        if key in self.authors or self.byline(i) is not None or self.date(i) is not None:
            return _HARD
        if len(key) < 120 and (
            _FURNITURE.fullmatch(key) is not None or tail.RELATED_HEADING.fullmatch(key) is not None
        ):
            return _HARD
        if tail.is_copyright(key):
            return _HARD
        if ("ogo" in key and _LOGO.search(line) is not None) or (
            tail.TAG_PREFIX.match(key) is not None
            or (("riginally" in key or "first" in key) and tail.ORIGIN.match(key) is not None)
        ):
            return _HARD
        if self.tag_split(i) is not None:
            return _HARD
        return _SOFT

    def is_hard_prose(self, i: int) -> bool:
        """A sentence that ends an article: a disclaimer, a copyright or origin line.

        Checked only at the edges of the body (see :func:`_best_run`): reading every
        paragraph for these words would cost more than the rest of the analysis.
        """
        line = self.strip[i]
        if len(line) > 600:
            return False
        key = line.lower()
        return (
            tail.is_disclaimer(key)
            or tail.is_copyright(key)
            or (("riginally" in key or "first" in key) and tail.ORIGIN.match(key) is not None)
        )

    def is_junk(self, i: int) -> bool:
        """Furniture that may sit inside an article: dropped from the body, not ending it."""
        key = self.folded(i)
        rules = self.rules
        return (
            _JUNK.fullmatch(key) is not None
            or _JUNK_PREFIX.match(key) is not None
            or tail.SOURCE.match(key) is not None
            or (_SPONSOR.match(key) is not None and key.count(" ") < 10)
            or key in rules.boilerplate_lines
            or (bool(rules.boilerplate_patterns) and _search_any(key, rules.boilerplate_patterns))
        )

    def is_label(self, i: int) -> bool:
        """A value of the page's JSON, an author's name, or a short hard line."""
        key = self.folded(i)
        if key in self.labels or key in self.authors:
            return True
        # A long line is hard here only for being repeated: a title shown again in a list.
        return self.kind(i) == _HARD and key.count(" ") < 3


def _search_any(line: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    return any(pattern.search(line) is not None for pattern in patterns)


def analyse_page(
    text: str,
    blocks: Sequence[tuple[int, int]],
    hints: PageHints = PageHints(),  # noqa: B008 - immutable NamedTuples
    rules: Rules = Rules(),  # noqa: B008
) -> PageLayout:
    """Find the article in ``text``; ``blocks`` are the JSON blocks' ``(start, end)``."""
    page = _Page(text, blocks, hints, rules)
    run = _best_run(page)
    if run is not None:
        run = _trim_hard_prose(page, run)
    body_start = run[0] if run is not None else page.count
    anchor, byline, date = _byline_and_date(page, body_start)
    header_end = anchor if anchor is not None else body_start
    if byline:
        page.authors = page.authors | {name.casefold() for name in byline}
    title, dek, kicker = _read_header(page, header_end, hints)
    body: tuple[BodyBlock, ...] = ()
    closing_bio = None
    tail_from = header_end
    if run is not None:
        run = _trim_promo(page, run, header_end)
        run, closing_bio = _trim_bio(page, run)
        body = _body_blocks(page, run)
        tail_from = run[1] + 1
    if closing_bio is not None and not byline and not hints.authors:
        byline = (closing_bio[0],)
        page.authors = frozenset({closing_bio[0].casefold()})
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


def _best_run(page: _Page) -> tuple[int, int] | None:
    """The run of prose lines with the most text (see the module docstring)."""
    best: tuple[int, int] | None = None
    best_size = 0
    start = last = -1
    size = gap = 0
    prose = page.prose
    after_block = page.after_block
    strip = page.strip
    kind = page.kind
    for i in range(page.count):
        if after_block[i] and start >= 0:
            if size > best_size:
                best, best_size = (start, last), size
            start = -1
        if prose[i]:
            k = kind(i)
            if k == _PROSE:
                if start < 0:
                    start, size = i, 0
                last = i
                size += len(strip[i])
                gap = 0
                continue
        elif start < 0:
            continue  # no run is open: this line cannot change the answer
        else:
            k = kind(i)
        if k == _HARD:
            if start >= 0 and size > best_size:
                best, best_size = (start, last), size
            start = -1
        elif start >= 0:
            gap += 1
            if gap > MAX_GAP:
                if size > best_size:
                    best, best_size = (start, last), size
                start = -1
    if start >= 0 and size > best_size:
        best = (start, last)
    return best


def _trim_hard_prose(page: _Page, run: tuple[int, int]) -> tuple[int, int] | None:
    """Cut disclaimers, copyright and origin lines off the ends of the body."""
    start, stop = run
    while start <= stop and page.is_hard_prose(stop):
        stop -= 1
        while start <= stop and page.kind(stop) != _PROSE:
            stop -= 1
    while start <= stop and page.is_hard_prose(start):
        start += 1
        while start <= stop and page.kind(start) != _PROSE:
            start += 1
    return (start, stop) if start <= stop else None


def _byline_and_date(
    page: _Page, body_start: int
) -> tuple[int | None, tuple[str, ...], FoundDate | None]:
    """The byline/date cluster closest above the body: its first line, names, date."""
    marks: list[int] = []
    low = max(-1, body_start - _HEADER_REACH * 2)
    for i in range(body_start - 1, low, -1):
        if page.prose[i]:
            if marks:
                break
            continue
        if page.byline(i) is not None or page.date(i) is not None:
            if marks and marks[-1] - i > 3:
                break
            marks.append(i)
    if not marks:
        return None, (), None
    names: tuple[str, ...] = ()
    printed: FoundDate | None = None  # a date on the byline line
    published: FoundDate | None = None
    updated: FoundDate | None = None
    for i in reversed(marks):  # top to bottom
        byline = page.byline(i)
        if byline is not None:
            names = names or byline.names
            printed = printed or byline.date
            continue
        found = page.date(i)
        if found is None:
            continue
        if _is_update(page.folded(i)):
            updated = updated or found
        else:
            published = published or found
    date = printed or published or updated
    return marks[-1], names, date


def _is_update(folded_line: str) -> bool:
    return folded_line.startswith(("updated", "last updated", "modified"))


def _read_header(
    page: _Page, end: int, hints: PageHints
) -> tuple[str | None, str | None, str | None]:
    """Title, dek and kicker, read upwards from line ``end`` (exclusive)."""
    if hints.title is not None:
        wanted = fold_key(hints.title)
        for i in range(end - 1, max(-1, end - _HEADER_REACH * 2), -1):
            if page.folded(i) == wanted:
                dek = next(
                    (
                        page.clean(j)
                        for j in range(i + 1, end)
                        if page.prose[j] and page.kind(j) != _HARD
                    ),
                    None,
                )
                return page.clean(i), dek, None
    candidates: list[int] = []
    i = end - 1
    seen = 0
    while i >= 0 and seen < _HEADER_REACH:
        seen += 1
        if page.bullet[i]:
            break
        label = page.is_label(i)
        if label or (len(page.strip[i]) < 60 and _FURNITURE.fullmatch(page.folded(i))):
            if candidates and label:
                break
            i -= 1
            continue
        candidates.append(i)
        if page.after_block[i]:
            break
        i -= 1
    if not candidates:
        return None, None, None
    # Candidates run bottom-up, nearest the byline (or body) first. Short lines below a
    # longer one are furniture ("Link Copied"); then the dek (a sentence, or the JSON's
    # description) when a title-sized line is left above it, then the title, then maybe
    # a kicker.
    words = [page.strip[j].count(" ") + 1 for j in candidates]
    k = 0
    while k < len(candidates) - 1 and words[k] <= 3 and not page.prose[candidates[k]]:
        if max(words[k + 1 :]) < 4:
            break
        k += 1
    dek = None
    if k < len(candidates) - 1 and words[k + 1] >= 4 and _is_dek(page, candidates[k]):
        # (a line of three words or fewer above a sentence is a kicker, not a title)
        dek = page.clean(candidates[k])
        k += 1
    title_index = candidates[k]
    kicker = None
    if k + 1 < len(candidates):
        above = candidates[k + 1]
        if above == title_index - 1 and words[k + 1] < 4:
            kicker = page.clean(above)
    return page.clean(title_index), dek, kicker


def _is_dek(page: _Page, i: int) -> bool:
    """A standfirst: the JSON's description, or a sentence of eight words or more."""
    if page.description is not None and page.folded(i) == page.description:
        return True
    line = page.strip[i]
    return line.count(" ") >= 7 and _is_sentence(line)


def _trim_promo(page: _Page, run: tuple[int, int], header_end: int) -> tuple[int, int]:
    """Drop a promotional blurb at the top of the body (see the module docstring)."""
    start, stop = run
    first_gap = start
    while first_gap <= stop and page.kind(first_gap) == _PROSE:
        first_gap += 1
    if first_gap > stop or first_gap - start > 2:
        return run
    following = first_gap
    while following <= stop and page.kind(following) != _PROSE:
        following += 1
    if following > stop:
        return run
    blurb = " ".join(page.folded(i) for i in range(start, first_gap))
    labels = [
        page.folded(i)
        for i in range(max(header_end, start - 6), start)
        if len(page.strip[i]) >= 4 and (page.kind(i) == _HARD or page.folded(i) in page.labels)
    ]
    described = any(label in blurb for label in labels)
    called = any(_CTA.fullmatch(page.folded(i)) for i in range(first_gap, following))
    if described or called:
        return (following, stop)
    return run


def _trim_bio(page: _Page, run: tuple[int, int]) -> tuple[tuple[int, int], tuple[str, str] | None]:
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
    while stop > start and page.kind(stop) != _PROSE:
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


def _heading_like(line: str) -> bool:
    return (
        line.count(" ") < 15
        and line[-1] not in ".,;:"
        and (line[0].isupper() or line[0].isdigit() or not line[0].isalpha())
    )


def _body_blocks(page: _Page, run: tuple[int, int]) -> tuple[BodyBlock, ...]:
    blocks: list[BodyBlock] = []
    section: tuple[str, ...] = ()
    for i in range(run[0], run[1] + 1):
        line = page.clean(i)
        start, end = page.span(i)
        if page.kind(i) == _PROSE:
            kind = "list_item" if page.bullet[i] else "paragraph"
        elif page.is_junk(i):
            continue
        elif page.prose[i] or line[-1] in _TERMINAL:
            kind = "paragraph"
        elif _heading_like(line):
            blocks.append(BodyBlock("heading", line, start, end, ()))
            section = (line,)
            continue
        else:
            kind = "paragraph"
        blocks.append(BodyBlock(kind, line, start, end, section))
    return tuple(blocks)
