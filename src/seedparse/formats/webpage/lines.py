"""The line model of a web page: each non-blank line, its shape and what it may be.

The text of a scraped page is one line per rendered block. :class:`Page` splits it
once (outside the page's JSON blocks, which separate the lines around them) and marks
each line *prose* (a sentence: three words or more and final punctuation; a line of
twenty words or more; in scripts written without spaces, a line of twenty ideographs,
or of eight that ends like a sentence), *soft* (any other line that could sit inside
an article: a subheading, a caption, "Read more") or *hard* (a line that never sits inside one: a
short bullet and the indented lines under it, a byline, a date line, a line equal to
an author's name, a copyright line, a logo's alt text, a share button, a short line
repeated elsewhere on the page, a glued tag line, a disclaimer, a "More ... from"
heading). Splitting and the prose test run for every line; every other feature is
computed on first use and cached, so a page costs little more than splitting it.
:meth:`Page.find_text_blocks` marks the blocks of wrapped lines and code listings that
are one piece of text.
General signals only, never a site's own strings (those come in :class:`Rules`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from ... import _native
from ..._text.bylines import Byline, parse_byline
from ..._text.cleaning import clean_text, fold_key
from ..._text.dates import FoundDate, date_of_run_on_line, first_of_dated_line, parse_dateline
from ..._text.lazyre import LazyPattern
from .cells import COLUMN_SPACES
from .split import CLOSING, TERMINAL, split_page
from .tagsplit import TagSplitter, split_tags

__all__ = [
    "CLOSER_CHARS",
    "FURNITURE",
    "F_CLOSES",
    "F_COMMENTS",
    "HARD",
    "ORIGIN",
    "PROSE",
    "RELATED_HEADING",
    "SOFT",
    "SOURCE",
    "TAG_PREFIX",
    "TERMINAL",
    "Page",
    "PageHints",
    "Rules",
    "TagSplitter",
    "is_copyright",
    "is_disclaimer",
    "is_sentence",
    "search_any",
    "split_tags",
]

# How far up a line looks for the bullet it is indented under.
_BULLET_REACH = 30


# A block of lines is one text when its lines average this many characters and it
# holds this many in all, or when most of its lines look like code.
_BLOCK_LINE = 30
_BLOCK_CHARS = 120
_CODE = LazyPattern(r"[{};]\s*$|^\s*[{}]|\w\(.*\)|[=<>]=|=>|->|^\s*(?:#|//|/\*|\*|--)")

# Lines longer than this never close an article (see Page.closes_article).
CLOSER_CHARS = 60

# Lines longer than this are never labels, bylines, dates or share buttons.
_SHORT = 160
PROSE, SOFT, HARD = 0, 1, 2

# A run of this many bullet lines or more (no blank line between them), averaging
# more than this many words an item, is a list of points inside an article (a
# changelog, a list of findings), not a menu: menus and link lists hold names of one
# to three words.
_ITEM_LIST = 5
_ITEM_WORDS = 4

_BYLINE_START = frozenset("BbWwAaRrTtPpOoVvDd\u0410\u0430")  # (the last two: Cyrillic)

# Page furniture that never sits inside an article: share buttons, menus, sign-in,
# reading times, sponsor labels ("Supported by") and headings of related lists.
# Matched against the whole line.
FURNITURE = LazyPattern(
    r"(?:share(?: this(?: article| story| page| post)?| on [a-z]+| via [a-z]+)?"
    r"|link copied|copy link|copied|tweet|e-?mail|print|facebook|twitter|x|linkedin"
    r"|whatsapp|telegram|reddit|pinterest|mastodon|bluesky|threads|flipboard|vk"
    r"|save(?: article)?|bookmark|listen(?: to this article)?|comments?|[0-9]{1,6} comments?"
    r"|menu|main menu|search|close|open menu|toggle navigation|navigation"
    r"|skip to (?:main )?content|back to top|sign in|sign up|log ?in|register|subscribe"
    r"|donate|newsletter|follow(?: us)?|home|[0-9]{1,3} min(?:ute)?s? read"
    r"|gift(?: this)? article|audio|video"
    r"|(?:sponsored|supported|presented|powered|brought to you) by)",
    re.IGNORECASE,
)

# Calls to action and in-article furniture: dropped from the body, but do not end it.
_JUNK = LazyPattern(
    r"(?:learn more|read more|read the full (?:article|story|report)|continue reading"
    r"|see more|show more|view more|more|view all|see all|load more|click here"
    r"|find out more|discover more|explore more|advertisement|advertising|ad|sponsored"
    r"|sponsored content|scroll to continue(?: with content)?|story continues below"
    r"(?: advertisement)?|article continues below(?: advertisement)?)",
    re.IGNORECASE,
)


def _labelled(labels: Sequence[str], rest: str = "") -> LazyPattern:
    """A line that opens with one of ``labels`` and a colon ("Photo: ...", "Tags: ..."),
    then ``rest``; case ignored, at most one space on either side of the colon."""
    alternatives = "|".join(re.escape(label) for label in labels)
    return LazyPattern(f"(?:{alternatives})[ ]?:[ ]?{rest}", re.IGNORECASE)


# Labels of captions, credits and cross-links inside an article.
_JUNK_LABELS = (
    "read more",
    "related",
    "see also",
    "also read",
    "read also",
    "watch",
    "listen",
    "photo",
    "image",
    "picture",
    "illustration",
    "video",
    "credit",
    "photograph",
    "graphic",
    "caption",
)
_JUNK_PREFIX = _labelled(_JUNK_LABELS)

# Sponsor lines: short lines only ("Supported by the EU, the project ..." is prose).
_SPONSOR = LazyPattern(
    r"(?:sponsored by|supported by|presented by|in partnership with|paid for by|funded by"
    r"|brought to you by|produced in partnership with|advertiser content from)[ ]",
    re.IGNORECASE,
)

# "logo" as a word of its own, even glued to the next alt text ("logoCarnegie").
_LOGO = LazyPattern(r"(?<![A-Za-z])(?i:logo)(?:s|type)?(?![a-z])")
_YEAR = LazyPattern(r"[0-9]{4}")

# Applied to casefolded text, after a substring test: IGNORECASE alternations are slow.
_DISCLAIMER = LazyPattern(
    r"views (?:expressed|represented|presented)|opinions expressed|not necessarily"
    r"|disclaimer|solely those of|are (?:those|the views|the opinions) of the author"
)
_COPYRIGHT = LazyPattern(r"\u00a9|\(c\) [0-9]{4}|copyright|all rights reserved")


def is_disclaimer(folded: str) -> bool:
    """Whether a casefolded line reads like a disclaimer ("views ... not necessarily");
    its words first, inline (as in :func:`is_copyright`)."""
    return (
        "necessarily" in folded
        or "views" in folded
        or "opinion" in folded
        or "disclaim" in folded
        or "solely" in folded
    ) and _DISCLAIMER.search(folded) is not None


def is_copyright(folded: str) -> bool:
    """Whether a casefolded line is a copyright notice. (Its words are tested first,
    inline: a generator over them cost more than the searches.)"""
    return (
        "\u00a9" in folded
        or "(c)" in folded
        or "copyright" in folded
        or "rights reserved" in folded
    ) and _COPYRIGHT.search(folded) is not None


ORIGIN = LazyPattern(
    r"(?:this (?:article|story|piece|commentary|column|op-ed|post|interview|essay)"
    r" (?:was )?)?(?:originally|first) (?:published|appeared|ran)"
    r"(?: (?:in|on|at|by))? (?P<name>[^.]{2,200})\.?",
    re.IGNORECASE,
)
SOURCE = _labelled(("source",), "(?P<name>.{2,200})")
TAG_PREFIX = _labelled(
    ("tags", "topics", "filed under", "keywords", "related topics", "categories", "category")
)
RELATED_HEADING = LazyPattern(
    r"(?:related|related (?:articles|stories|content|posts|reading|coverage|pieces)"
    r"|more(?: [^ ]{1,30}){0,2} (?:from|by|on|in) .{1,80}|more (?:stories|articles|news)"
    r"|you (?:may|might) also like|recommended(?: for you| reading)?|read next|up next"
    r"|most (?:read|popular|viewed)|latest(?: news| stories)?|trending(?: now)?"
    r"|further reading|what to read next|keep reading)",
    re.IGNORECASE,
)


# Short lines that close an article where they stand: the heading of a comment
# section, a share bar, a related list (matched in casefolded text).
_COMMENTS = LazyPattern(
    r"(?:^|[^a-z])(?:comments?|kommentare?n?|commentaires?|comentarios?|commenti|reacties"
    r"|responses|replies|leave a (?:reply|comment)|join the (?:discussion|conversation))"
    r"(?:$|[^a-z])"
)
_CLOSER = LazyPattern(
    r"(?:^|[^a-z])(?:share (?:this|on)|related (?:stories|articles|posts|content|coverage"
    r"|links))(?:$|[^a-z])"
)


# The feature bits of a line: each the answer of one of Page's tests before its policy
# (lengths, prose, the page's hints) is applied. The native core gives them for every
# line it can answer exactly (``page_lines``' last list; -1 where it cannot: a line
# outside ASCII, where IGNORECASE and str.lower need Python's tables, or with an
# entity), and the functions below answer for the others, and on the pure path.
# The bits: a hard line by its words (_marks_hard), in-article furniture (_marks_junk),
# a comment-section heading (_COMMENTS), a line an article does not go on after
# (_marks_close), a copyright notice (is_copyright of the folded text), a disclaimer,
# copyright or origin sentence (_marks_hard_prose), a "Tags:" label opening the raw
# line (TAG_PREFIX), a line of code by its punctuation (_CODE).
F_HARD, F_JUNK, F_COMMENTS, F_CLOSES, F_COPYRIGHT, F_HARD_PROSE, F_TAG_PREFIX, F_CODE = (
    1 << bit for bit in range(8)
)


def _marks_hard(line: str, key: str) -> bool:
    """The word tests of :meth:`Page._classify` that make a line hard: furniture, a
    related heading, copyright, a logo, a tag label, an origin line (``line`` the
    stripped line, ``key`` its folded text)."""
    return (
        (
            len(key) < 120
            and (FURNITURE.fullmatch(key) is not None or RELATED_HEADING.fullmatch(key) is not None)
        )
        or is_copyright(key)
        or ("ogo" in key and _LOGO.search(line) is not None)
        or TAG_PREFIX.match(key) is not None
        or (("riginally" in key or "first" in key) and ORIGIN.match(key) is not None)
    )


def _marks_junk(key: str) -> bool:
    """The word tests of :meth:`Page.is_junk` (the site's rules aside)."""
    return (
        _JUNK.fullmatch(key) is not None
        or _JUNK_PREFIX.match(key) is not None
        or SOURCE.match(key) is not None
        or (_SPONSOR.match(key) is not None and key.count(" ") < 10)
    )


def _marks_close(key: str) -> bool:
    """The word tests of :meth:`Page.closes_article`."""
    return (
        _COMMENTS.search(key) is not None
        or _CLOSER.search(key) is not None
        or RELATED_HEADING.fullmatch(key) is not None
        or is_copyright(key)
    )


def _marks_hard_prose(line: str) -> bool:
    """:meth:`Page.is_hard_prose` of a stripped line."""
    if len(line) > 600:
        return False
    key = line.lower()
    return (
        is_disclaimer(key)
        or is_copyright(key)
        or (("riginally" in key or "first" in key) and ORIGIN.match(key) is not None)
    )


def line_flags(line: str, key: str) -> int:
    """Every feature bit of a line (``line`` stripped, ``key`` its folded clean text):
    what the native core computes, in one value (the tests' oracle)."""
    return (
        (F_HARD if _marks_hard(line, key) else 0)
        | (F_JUNK if _marks_junk(key) else 0)
        | (F_COMMENTS if _COMMENTS.search(key) is not None else 0)
        | (F_CLOSES if _marks_close(key) else 0)
        | (F_COPYRIGHT if is_copyright(key) else 0)
        | (F_HARD_PROSE if _marks_hard_prose(line) else 0)
        | (F_TAG_PREFIX if TAG_PREFIX.match(line) is not None else 0)
        | (F_CODE if _CODE.search(line) is not None else 0)
    )


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


def is_sentence(line: str) -> bool:
    """Three words or more and final punctuation (before closing quotes)."""
    last = line[-1]
    if last in CLOSING and len(line) > 1:
        last = line[-2]
    return last in TERMINAL and line.count(" ") >= 2


def search_any(line: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    return any(pattern.search(line) is not None for pattern in patterns)


class Page:
    """The non-blank lines of a page outside its JSON blocks.

    Splitting and the prose test run for every line; everything else is computed on
    demand and cached (see the module docstring).
    """

    __slots__ = (
        "_bylines",
        "_clean",
        "_dates",
        "_flags",
        "_folded",
        "_items",
        "_kind",
        "_known",
        "_repeated",
        "_splitter",
        "_tags",
        "after_block",
        "authors",
        "blank_before",
        "blocks",
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

    start: list[int]
    end: list[int]
    strip: list[str]
    indents: list[int]
    after_block: list[bool]
    blank_before: list[bool]
    bullet: list[bool]
    prose: list[bool]
    count: int
    _clean: list[str | None]
    _folded: list[str | None]
    _flags: list[int]

    def __init__(
        self,
        text: str,
        blocks: Sequence[tuple[int, int]],
        hints: PageHints,
        rules: Rules,
        source: str | None = None,
    ) -> None:
        self.text = text
        core = _native.active()
        found = None
        if core is not None:
            # One call splits the page, marks every line (see split.split_page) and gives the
            # clean and folded texts it can answer exactly (None where Python computes
            # them on demand); None when the page needs the Python path (column gaps,
            # lone surrogates). Nine lines in ten are asked for their clean text.
            try:
                found = core.page_lines(text, list(blocks))
            except core.NativeError as error:
                raise _native.parse_error("line splitter", source, 0, error) from error
        if found is None:
            # The pure path gives no clean or folded texts: all are computed on demand.
            split = split_page(text, blocks)
            unknown: list[str | None] = [None] * len(split[0])
            found = (*split[:8], unknown, list(unknown), [-1] * len(split[0]), None, None)
        (
            self.strip,
            self.start,
            self.end,
            self.indents,
            self.after_block,
            self.blank_before,
            self.bullet,
            self.prose,
            self._clean,
            self._folded,
            self._flags,
            known,
            items,
        ) = found
        self.count = count = len(self.strip)
        self._kind: list[int] = [-1] * count
        # The kinds the native core decided from the line model alone (-1 where Python
        # classifies: see _classify); not with a site's boilerplate, which is Python's.
        self._known: list[int] | None = (
            known if not (rules.boilerplate_lines or rules.boilerplate_patterns) else None
        )
        self._items: frozenset[int] | None = frozenset(items) if items is not None else None
        self._tags: dict[int, tuple[str, ...] | None] = {}
        self._bylines: dict[int, Byline | None] = {}
        self._dates: dict[int, FoundDate | None] = {}
        self._repeated: dict[str, list[int]] | None = None
        self.blocks: dict[int, tuple[int, bool]] = {}
        """First line of each text block -> (its last line, whether it is code)."""
        self._splitter: TagSplitter | None = None
        self.authors = frozenset(fold_key(name) for name in hints.authors)
        self.labels = hints.labels
        self.lists = hints.lists
        self.description = fold_key(hints.description) if hints.description else None
        self.rules = rules
        if rules.start_patterns or rules.end_patterns:
            self._apply_window()

    def find_text_blocks(self) -> None:
        """Mark the blocks of several lines that are one piece of text.

        A renderer breaks a paragraph into lines where the markup had ``<br>`` or the
        text was preformatted (a wrapped paragraph, a listing). A run of two or more
        non-blank lines with no bullet among them is one block of text when its lines
        are long on average or when it reads as code (brackets, semicolons, operators
        on most lines); every line of it then counts as prose, and the body keeps the
        block as one passage (:attr:`blocks`).
        """
        count = self.count
        strip = self.strip
        bullet = self.bullet
        flags = self._flags
        starts = [i for i in range(count) if self.blank_before[i] or self.after_block[i]]
        starts.append(count)
        for first, stop in pairwise(starts):
            if stop - first < 2 or any(bullet[first:stop]):
                continue
            lines = strip[first:stop]
            chars = sum(map(len, lines))
            code = sum(
                1
                for i in range(first, stop)
                if (flags[i] & F_CODE if flags[i] >= 0 else _CODE.search(strip[i]) is not None)
            )
            is_code = code * 2 >= len(lines) and code >= 2
            if not is_code and (chars < _BLOCK_LINE * len(lines) or chars < _BLOCK_CHARS):
                continue
            if not is_code and (
                sum(1 for i in range(first, stop) if self.prose[i]) * 2 > len(lines)
                or any(self._header_line(i) for i in range(first, stop))
            ):
                # Lines that are sentences each: the line model reads them; a name, a
                # byline, a date or a tag line: a header or a bio, not a paragraph.
                continue
            self.blocks[first] = (stop - 1, is_code)
            for i in range(first, stop):
                if self._kind[i] < 0:
                    self._kind[i] = PROSE
        known = self._known
        if known is not None:
            # From here on a line's kind is one list look-up where the core decided it
            # (a text block's lines stay prose, the site's window hard).
            self._kind = [k if k >= 0 else n for k, n in zip(self._kind, known, strict=True)]

    def _header_line(self, i: int) -> bool:
        key = self.folded(i)
        return (
            key in self.authors
            or self.byline(i) is not None
            or self.date(i) is not None
            or self.is_copyright(i)
            or self.is_tag_line(i)
        )

    def credit(self, names: Sequence[str], *, replace: bool = False) -> None:
        """Count ``names`` (found on the page: a byline, a closing bio) among the
        authors that lines are compared with from now on; ``replace`` drops the ones
        known before. Lines already classified keep their kind."""
        found = frozenset(name.casefold() for name in names)
        self.authors = found if replace else self.authors | found

    # -- building ---------------------------------------------------------------

    def _apply_window(self) -> None:
        """Make every line outside the site's start and end markers hard."""
        first = 0
        rules = self.rules
        if rules.start_patterns:
            for i in range(self.count):
                if search_any(self.clean(i), rules.start_patterns):
                    self._kind[: i + 1] = [HARD] * (i + 1)
                    first = i + 1
                    break
        if rules.end_patterns:
            for i in range(first, self.count):
                if search_any(self.clean(i), rules.end_patterns):
                    self._kind[i:] = [HARD] * (self.count - i)
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
            if len(line) <= _SHORT and not self.prose[i]:
                # (a byline may be a bullet, "• by: A", or open with a rule: "// By A")
                clean = self.clean(i).lstrip("/|*\u2022\u00b7\u2013\u2014- ")
                if clean and clean[0] in _BYLINE_START:
                    found = parse_byline(clean)
            self._bylines[i] = found
        return self._bylines[i]

    def date(self, i: int) -> FoundDate | None:
        """The full date of a line that is nothing but a date, maybe after a short label
        ("Published on Mar 13, 2025"), read as the article reader reads a dateline."""
        if i not in self._dates:
            line = self.strip[i]
            found = None
            if len(line) <= 120 and _YEAR.search(line) is not None:
                clean = self.clean(i)
                dateline = parse_dateline(clean)
                if dateline is not None and dateline[1] is not None:
                    found = FoundDate(dateline[1], dateline[0], 0, len(clean))
                elif dateline is None:  # "3 Jan 2019 Last modified on 16 Jan 2019"
                    found = first_of_dated_line(clean)
                found = found or date_of_run_on_line(clean)
            self._dates[i] = found
        return self._dates[i]

    def tag_split(self, i: int) -> tuple[str, ...] | None:
        if i not in self._tags:
            line = self.strip[i]
            found = None
            if not self.prose[i] and len(line) <= 320 and "  " not in line:
                if self._splitter is None:
                    self._splitter = TagSplitter(self.lists)
                found = self._splitter.split(self.clean(i))
            self._tags[i] = found
        return self._tags[i]

    def is_tag_line(self, i: int) -> bool:
        flags = self._flags[i]
        if flags & F_TAG_PREFIX if flags >= 0 else TAG_PREFIX.match(self.strip[i]) is not None:
            return True
        return self.tag_split(i) is not None

    def is_copyright(self, i: int) -> bool:
        """:func:`is_copyright` of the line's folded text."""
        flags = self._flags[i]
        return bool(flags & F_COPYRIGHT) if flags >= 0 else is_copyright(self.folded(i))

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

    def is_side_cell(self, i: int) -> bool:
        """Whether line ``i`` is a further cell of a rendered line (see ``_add_cells``):
        a column beside the text the line began with, as a sidebar beside an article."""
        return i > 0 and self.start[i] == self.start[i - 1]

    def in_item_list(self, i: int) -> bool:
        """Whether line ``i`` is an item of a list of points (see :data:`_ITEM_LIST`)."""
        return i in self.item_lines()

    def item_lines(self) -> frozenset[int]:
        """The lines that are items of a list of points (see :meth:`in_item_list`)."""
        if self._items is None:
            items: set[int] = set()
            bullet = self.bullet
            i_start = 0
            count = self.count
            while i_start < count:
                if not bullet[i_start]:
                    i_start += 1
                    continue
                run = [i_start]
                stop = i_start + 1
                indent = self.indents[i_start]
                column = indent + COLUMN_SPACES
                while stop < count and not self.blank_before[stop]:
                    if bullet[stop] and self.indents[stop] == indent:
                        run.append(stop)
                    elif not (self.is_side_cell(stop) or self.indents[stop] >= column):
                        break  # a cell of another column does not end the list
                    stop += 1
                size = len(run)
                words = sum(self.strip[j].count(" ") for j in run)
                if (
                    size >= _ITEM_LIST
                    and words >= _ITEM_WORDS * size
                    and not self._under_short_bullet(i_start)
                ):
                    # Items indented under a menu's entry are a menu's teasers.
                    items.update(run)
                i_start = stop
            self._items = frozenset(items)
        return self._items

    def feature_bits(self) -> list[int]:
        """Each line's feature bits (``F_*``), -1 where the native core left them to
        the tests of this class (the pure path: every line)."""
        return self._flags

    def known_kinds(self) -> list[int]:
        """Each line's kind where it is computed already, -1 elsewhere (a loop over every
        line reads this list and calls :meth:`kind` only for the -1)."""
        return self._kind

    def _classify(self, i: int) -> int:
        known = self._known
        if known is not None:
            found = known[i]
            return found if found >= 0 else self._classify_rest(i)
        line = self.strip[i]
        if self.bullet[i] and self.in_item_list(i):
            return PROSE
        if self.prose[i]:
            if self.bullet[i]:
                return PROSE if line.count(" ", 0, 200) >= 6 else HARD
            if self._under_short_bullet(i):
                return HARD
            if len(line) < 120 and self.is_junk(i):
                return SOFT
            return PROSE  # disclaimers and the like: see is_hard_prose
        if self.bullet[i] or self._under_short_bullet(i):
            return HARD
        if len(line) > 320:
            return SOFT
        if self.repeated(i):
            return HARD
        key = self.folded(i)
        if key in self.authors or self.byline(i) is not None or self.date(i) is not None:
            return HARD
        flags = self._flags[i]
        if flags & F_HARD if flags >= 0 else _marks_hard(line, key):
            return HARD
        if self.tag_split(i) is not None:
            return HARD
        return SOFT

    def _classify_rest(self, i: int) -> int:
        """:meth:`_classify` of a line the native core left open: the tests of the line
        model gave no kind (see ``pagekind.rs``), so only the junk test of a short
        sentence, or the author, byline, date, word and tag tests of another line, are
        left."""
        if self.prose[i]:
            return SOFT if self.is_junk(i) else PROSE
        key = self.folded(i)
        if key in self.authors or self.byline(i) is not None or self.date(i) is not None:
            return HARD
        if self._flags[i] < 0 and _marks_hard(self.strip[i], key):
            return HARD
        if self.tag_split(i) is not None:
            return HARD
        return SOFT

    def is_hard_prose(self, i: int) -> bool:
        """A sentence that ends an article: a disclaimer, a copyright or origin line.

        Checked only at the edges of the body (see :func:`_best_run`): reading every
        paragraph for these words would cost more than the rest of the analysis.
        """
        flags = self._flags[i]
        return bool(flags & F_HARD_PROSE) if flags >= 0 else _marks_hard_prose(self.strip[i])

    def closes_article(self, i: int) -> bool:
        """A short line after which an article does not go on: the heading of a comment
        section or a related list, a share bar, a copyright line."""
        if self.prose[i] or len(self.strip[i]) > CLOSER_CHARS:
            return False
        flags = self._flags[i]
        return bool(flags & F_CLOSES) if flags >= 0 else _marks_close(self.folded(i))

    def opens_comments(self, i: int) -> bool:
        """A short line that heads a comment section ("13 Comments", "Leave a reply")."""
        if self.prose[i] or len(self.strip[i]) > CLOSER_CHARS:
            return False
        flags = self._flags[i]
        if flags >= 0:
            return bool(flags & F_COMMENTS)
        return _COMMENTS.search(self.folded(i)) is not None

    def is_junk(self, i: int) -> bool:
        """Furniture that may sit inside an article: dropped from the body, not ending it."""
        key = self.folded(i)
        rules = self.rules
        flags = self._flags[i]
        return (
            (bool(flags & F_JUNK) if flags >= 0 else _marks_junk(key))
            or key in rules.boilerplate_lines
            or (bool(rules.boilerplate_patterns) and search_any(key, rules.boilerplate_patterns))
        )

    def is_label(self, i: int) -> bool:
        """A value of the page's JSON, an author's name, or a short hard line."""
        key = self.folded(i)
        if key in self.labels or key in self.authors:
            return True
        # A long line is hard here only for being repeated: a title shown again in a list.
        return self.kind(i) == HARD and key.count(" ") < 3
