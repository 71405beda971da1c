"""Where the article is in the rendered text of a web page, and what surrounds it.

The text of a scraped page is one line per rendered block: navigation, logos, share
buttons, the article's header (labels, title, dek, byline, date), its body, and a tail
of bios, tags, disclaimers, related pieces and footers. :func:`analyse_page` sorts the
lines with general signals only, never with a site's own strings:

1. **Line shape.** Each non-blank line is *prose* (a sentence: three words or more and
   final punctuation), *soft* (any other line that could sit inside an article: a
   subheading, a caption, "Read more") or *hard* (a line that never sits inside one:
   a short bullet and the indented lines under it, a byline, a date line, a line equal
   to an author's name, a copyright line, a logo's alt text, a share button, a short
   line repeated elsewhere on the page, a glued tag line, a disclaimer, a "More ... from"
   heading). A JSON block between two lines separates them like a hard line.
2. **The body** is the run of prose lines with the most text, where consecutive prose
   lines are at most :data:`MAX_GAP` soft lines apart and never across a hard one.
   Inside it, soft lines become subheadings when they look like one and are dropped
   otherwise; prose bullets become list items.
3. **The header** is read upwards from the byline and date (or from the body): share
   lines and labels (values of the page's JSON, short repeated lines) are skipped, the
   lowest sentence above them is the dek and the line above that the title; a short line
   right above the title is its kicker.
4. **Promotional blurbs** at the top of the body (a paragraph that describes a label
   shown above it, or that is followed by a call to action such as "Learn more") and a
   bio sentence at its end ("<author> is ...") are moved out of it.
5. **The tail** after the body gives the author bios (the lines under a line equal to an
   author's name), the tags (a tag line split with the JSON's lists, or at the places
   where words were glued together), the disclaimer, the source publication, and the
   related pieces (bullets whose indented lines hold a label, a title, a summary and an
   author).

Everything is linear in the number of lines: one pass to classify, one to find runs,
and bounded walks around the body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ._bylines import Byline, FoundDate, find_date, is_date_line, parse_byline
from ._text import decode_entities

__all__ = [
    "MAX_GAP",
    "BodyBlock",
    "PageLayout",
    "RelatedItem",
    "Rules",
    "analyse_page",
    "split_tags",
]

#: Most soft lines (subheadings, captions, "Advertisement") between two body paragraphs.
MAX_GAP = 2
# How far the header walk goes up from the byline or the body, in non-blank lines.
_HEADER_REACH = 12
# A line of this many words is prose even without final punctuation.
_LONG_WORDS = 20
# Lines longer than this are never labels, bylines, dates or tag lines.
_SHORT = 160

_PROSE, _SOFT, _HARD = 0, 1, 2

_BULLETS = frozenset("\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u25ba*-\u2013")
_TERMINAL = frozenset(".!?\u2026")
_CLOSING = frozenset("\"'\u201d\u2019\u00bb)]")

# Share buttons, menus and other page furniture that never sits inside an article.
_UI = re.compile(
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
_SOURCE = re.compile(r"source[ ]?:[ ]?(?P<name>.{2,200})", re.IGNORECASE)
_ORIGIN = re.compile(
    r"(?:this (?:article|story|piece|commentary|column|op-ed|post|interview|essay)"
    r" (?:was )?)?(?:originally|first) (?:published|appeared|ran)"
    r"(?: (?:in|on|at|by))? (?P<name>[^.]{2,200})\.?",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"views (?:expressed|represented|presented)|opinions expressed|not necessarily"
    r"|disclaimer|solely those of|are (?:those|the views|the opinions) of the author",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"(?:related|related (?:articles|stories|content|posts|reading|coverage|pieces)"
    r"|more(?: [^ ]{1,30}){0,2} (?:from|by|on|in) .{1,80}|more (?:stories|articles|news)"
    r"|you (?:may|might) also like|recommended(?: for you| reading)?|read next|up next"
    r"|most (?:read|popular|viewed)|latest(?: news| stories)?|trending(?: now)?"
    r"|further reading|what to read next|keep reading)",
    re.IGNORECASE,
)
_TAG_PREFIX = re.compile(
    r"(?:tags|topics|filed under|keywords|related topics|categories|category)[ ]?:[ ]?",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"\u00a9|\(c\) [0-9]{4}|copyright|all rights reserved", re.IGNORECASE)
# "logo" as a word of its own, even glued to the next alt text ("logoCarnegie").
_LOGO = re.compile(r"(?<![A-Za-z])(?i:logo)(?:s|type)?(?![a-z])")
_TAG_SEPARATORS = " ,;|/\u2022\u00b7"
_TAG_SPLIT = re.compile(r"[,;|\u2022\u00b7]")
_NAME_BIO = re.compile(r"(?: is| was| has| had|,| \()")


class Rules(NamedTuple):
    """Site-specific additions (see :class:`seedparse.readers.webpage.SiteProfile`)."""

    boilerplate_lines: frozenset[str] = frozenset()
    """Lines never body (casefolded, whitespace-squashed); they do not end the body."""
    boilerplate_patterns: tuple[re.Pattern[str], ...] = ()
    """Lines matching one of these (``search``) are never body; they do not end it."""
    start_patterns: tuple[re.Pattern[str], ...] = ()
    """The body starts after the last line matching one of these (before the body)."""
    end_patterns: tuple[re.Pattern[str], ...] = ()
    """The body ends before the first line matching one of these."""


class BodyBlock(NamedTuple):
    """One passage of the body: kind, clean text, raw span and heading trail."""

    kind: str
    text: str
    start: int
    end: int
    section: tuple[str, ...]


class RelatedItem(NamedTuple):
    """A related piece listed after the article."""

    labels: tuple[str, ...]
    title: str
    summary: str | None
    author: str | None
    start: int
    end: int


class PageLayout(NamedTuple):
    """What :func:`analyse_page` found. Offsets are into the page text."""

    body: tuple[BodyBlock, ...]
    title: str | None
    dek: str | None
    kicker: str | None
    byline: tuple[str, ...]
    date: FoundDate | None
    date_text: str | None
    bios: tuple[tuple[str, str], ...]
    tags: tuple[str, ...]
    disclaimer: str | None
    source_publication: str | None
    related: tuple[RelatedItem, ...]


def _clean(raw: str) -> str:
    if "&" in raw:
        raw = decode_entities(raw)
    return " ".join(raw.split())


def _is_sentence(clean: str) -> bool:
    """Three words or more and final punctuation (before closing quotes)."""
    last = clean[-1]
    if last in _TERMINAL:
        return clean.count(" ") >= 2
    if last in _CLOSING and len(clean) > 1 and clean[-2] in _TERMINAL:
        return clean.count(" ") >= 2
    return False


def _is_prose(clean: str) -> bool:
    """A sentence, or a line of :data:`_LONG_WORDS` words whatever its last character."""
    return _is_sentence(clean) or clean.count(" ") >= _LONG_WORDS - 1


def split_tags(line: str, lists: Sequence[Sequence[str]]) -> tuple[str, ...] | None:
    """Split a glued tag line (``Foreign PolicySecurityUkraine``) into its tags.

    First as a concatenation of the known values in ``lists`` (with optional separators),
    else at the places where a lower-case letter runs into an upper-case one. None
    when the line is not a tag line.
    """
    if len(line) > _SHORT * 2 or not line or _is_sentence(line):
        return None
    known = sorted(
        {value for values in lists for value in values if 0 < len(value) <= 100},
        key=len,
        reverse=True,
    )[:300]
    if known:
        found = _split_known(line, known)
        if found is not None and len(found) >= 2:
            return found
    glued = [i for i in range(1, len(line)) if line[i].isupper() and line[i - 1].islower()]
    if len(glued) < 2 or " " * 2 in line:
        return None
    parts: list[str] = []
    previous = 0
    for cut in glued:
        parts.append(line[previous:cut].strip(_TAG_SEPARATORS))
        previous = cut
    parts.append(line[previous:].strip(_TAG_SEPARATORS))
    if not all(parts) or any(len(part.split()) > 5 for part in parts):
        return None
    return tuple(parts)


def _split_known(line: str, known: Sequence[str]) -> tuple[str, ...] | None:
    """Cover ``line`` with known values (longest first, greedy with backtracking by DP)."""
    folded = line.casefold()
    size = len(folded)
    # best[i]: the values covering folded[i:], or None if it cannot be covered
    best: list[tuple[str, ...] | None] = [None] * (size + 1)
    best[size] = ()
    keys = [(value.casefold(), value) for value in known]
    for i in range(size - 1, -1, -1):
        if folded[i] in _TAG_SEPARATORS and best[i + 1] is not None:
            best[i] = best[i + 1]
            continue
        for key, value in keys:
            if folded.startswith(key, i):
                rest = best[i + len(key)]
                if rest is not None:
                    best[i] = (value, *rest)
                    break
    return best[0]


class _Lines:
    """The non-blank lines of the page outside JSON blocks, as parallel lists."""

    __slots__ = ("after_block", "bullet", "clean", "end", "indent", "start")

    def __init__(self, text: str, blocks: Iterable[tuple[int, int]]) -> None:
        self.start: list[int] = []
        self.end: list[int] = []
        self.clean: list[str] = []
        self.indent: list[int] = []
        self.bullet: list[bool] = []
        self.after_block: list[bool] = []
        pending_block = False
        pos = 0
        for block_start, block_end in (*blocks, (len(text), len(text))):
            self._add_region(text, pos, block_start, pending_block)
            pending_block = True
            if block_end >= len(text):
                break
            line_end = text.find("\n", block_end)
            if line_end < 0:
                line_end = len(text)
            if text[block_end:line_end].strip():
                self._add_line(text[block_end:line_end], block_end, True)
                pending_block = False
            pos = line_end + 1

    def _add_region(self, text: str, pos: int, stop: int, after_block: bool) -> None:
        if pos >= stop:
            return
        for raw in text[pos:stop].split("\n"):
            if raw and not raw.isspace():
                self._add_line(raw, pos, after_block)
                after_block = False
            pos += len(raw) + 1

    def _add_line(self, raw: str, pos: int, after_block: bool) -> None:
        body = raw.lstrip()
        indent = len(raw) - len(body)
        bullet = len(body) > 1 and body[0] in _BULLETS and body[1] in " \u00a0\t"
        clean = _clean(body[1:] if bullet else body)
        if not clean:
            return
        self.start.append(pos + indent)
        self.end.append(pos + len(raw.rstrip()))
        self.clean.append(clean)
        self.indent.append(indent)
        self.bullet.append(bullet)
        self.after_block.append(after_block)


class _Facts(NamedTuple):
    authors: frozenset[str]  # casefolded author names (JSON and byline)
    labels: frozenset[str]  # casefolded JSON string values
    lists: tuple[tuple[str, ...], ...]
    title: str | None  # the JSON's headline, if any
    description: str | None  # the JSON's description, casefolded and squashed


def analyse_page(
    text: str,
    blocks: Sequence[tuple[int, int]],
    *,
    json_authors: Sequence[str] = (),
    json_labels: frozenset[str] = frozenset(),
    json_lists: Sequence[Sequence[str]] = (),
    json_title: str | None = None,
    json_description: str | None = None,
    rules: Rules = Rules(),  # noqa: B008 - an immutable NamedTuple
) -> PageLayout:
    """Find the article in ``text``; ``blocks`` are the JSON blocks' ``(start, end)``."""
    lines = _Lines(text, blocks)
    clean = lines.clean
    count = len(clean)
    folded = [line.casefold() for line in clean]
    prose = [_is_prose(line) for line in clean]
    bylines: dict[int, Byline] = {}
    dates: dict[int, FoundDate] = {}
    for i in range(count):
        line = clean[i]
        if len(line) > _SHORT:
            continue
        head = folded[i][:8]
        if head.startswith(("by ", "written", "words", "reported", "text by", "author")):
            byline = parse_byline(line)
            if byline is not None:
                bylines[i] = byline
                continue
        if len(line) <= 80 and any(ch.isdigit() for ch in line):
            found = find_date(line)
            if found is not None and is_date_line(line, found):
                dates[i] = found
    author_keys = {name.casefold() for name in json_authors}
    for byline in bylines.values():
        author_keys.update(name.casefold() for name in byline.names)
    description = " ".join(json_description.split()).casefold() if json_description else None
    facts = _Facts(
        frozenset(author_keys),
        json_labels,
        tuple(map(tuple, json_lists)),
        json_title,
        description,
    )

    kind = _classify(lines, folded, prose, bylines, dates, facts, rules)
    if rules.start_patterns or rules.end_patterns:
        _apply_window(kind, clean, rules)
    run = _best_run(kind, prose, lines.after_block, clean)
    anchor = _anchor(run[0] if run else count, bylines, dates)
    header_end = anchor if anchor is not None else (run[0] if run else count)
    header = _read_header(lines, folded, prose, kind, header_end, facts)
    title, _title_index, dek, kicker = header
    if run is not None:
        run = _trim_promo(run, kind, prose, folded, header_end, facts)
    closing_bio = None
    if run is not None:
        run, closing_bio = _trim_bio(run, kind, clean, facts)
    body: tuple[BodyBlock, ...] = ()
    tail_from = header_end
    if run is not None:
        body = _body_blocks(lines, kind, prose, run, rules)
        tail_from = run[1] + 1
    byline_names: tuple[str, ...] = ()
    date: FoundDate | None = None
    for i in sorted(set(bylines) | set(dates)):
        if i >= (run[0] if run else count):
            break
        if i in bylines and not byline_names:
            byline_names = bylines[i].names
            date = date or bylines[i].date
        if i in dates and (date is None or _is_update(folded[i])):
            date = date or dates[i]
    bios = _bios(lines, kind, folded, tail_from, facts)
    if closing_bio is not None and all(name != closing_bio[0] for name, _ in bios):
        bios = (closing_bio, *bios)
    tags = _tags(lines, kind, prose, tail_from, facts)
    disclaimer = next(
        (
            clean[i]
            for i in range(tail_from, count)
            if prose[i] and _DISCLAIMER.search(clean[i]) is not None
        ),
        None,
    )
    source = _source(clean, tail_from)
    related = _related(lines, prose, folded, tail_from, facts)
    return PageLayout(
        body=body,
        title=title if title is not None else json_title,
        dek=dek,
        kicker=kicker,
        byline=byline_names,
        date=date,
        date_text=date.text if date is not None else None,
        bios=bios,
        tags=tags,
        disclaimer=disclaimer,
        source_publication=source,
        related=related,
    )


def _is_update(folded_line: str) -> bool:
    return folded_line.startswith(("updated", "last updated", "modified"))


def _classify(
    lines: _Lines,
    folded: list[str],
    prose: list[bool],
    bylines: dict[int, Byline],
    dates: dict[int, FoundDate],
    facts: _Facts,
    rules: Rules,
) -> list[int]:
    clean = lines.clean
    count = len(clean)
    kind = [_SOFT] * count
    repeated = Counter(folded[i] for i in range(count) if not prose[i] and clean[i].count(" ") < 10)
    bullet_indent = -1  # indent of the open short bullet whose item lines are hard
    for i in range(count):
        line = clean[i]
        key = folded[i]
        indent = lines.indent[i]
        if lines.bullet[i]:
            bullet_indent = -1
            if prose[i] and line.count(" ") >= 5:
                kind[i] = _PROSE
                continue
            kind[i] = _HARD
            bullet_indent = indent
            continue
        if bullet_indent >= 0:
            if indent > bullet_indent:
                kind[i] = _HARD
                continue
            bullet_indent = -1
        if i in bylines or i in dates or key in facts.authors:
            kind[i] = _HARD
            continue
        if prose[i]:
            if (
                _DISCLAIMER.search(line) is not None
                or _ORIGIN.match(line) is not None
                or _COPYRIGHT.search(line) is not None
            ):
                kind[i] = _HARD
            elif _is_junk(key, rules):
                kind[i] = _SOFT  # dropped by _body_blocks
            else:
                kind[i] = _PROSE
            continue
        if (
            repeated[key] > 1
            or _UI.fullmatch(key) is not None
            or _COPYRIGHT.search(line) is not None
            or _LOGO.search(line) is not None
            or _RELATED_HEADING.fullmatch(key) is not None
            or _TAG_PREFIX.match(key) is not None
            or _ORIGIN.match(line) is not None
            or (
                len(line) <= _SHORT * 2
                and " " * 2 not in line
                and split_tags(line, facts.lists) is not None
            )
        ):
            kind[i] = _HARD
    return kind


def _apply_window(kind: list[int], clean: list[str], rules: Rules) -> None:
    """Make every line outside the site's start and end markers hard."""
    first = 0
    if rules.start_patterns:
        for i, line in enumerate(clean):
            if _search_any(line, rules.start_patterns):
                kind[: i + 1] = [_HARD] * (i + 1)
                first = i + 1
                break
    if rules.end_patterns:
        for i in range(first, len(clean)):
            if _search_any(clean[i], rules.end_patterns):
                kind[i:] = [_HARD] * (len(kind) - i)
                break


def _search_any(line: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    return any(pattern.search(line) is not None for pattern in patterns)


def _rule_hit(key: str, exact: frozenset[str], patterns: Sequence[re.Pattern[str]]) -> bool:
    return key in exact or (bool(patterns) and _search_any(key, patterns))


def _is_junk(key: str, rules: Rules) -> bool:
    """Furniture that may sit inside an article: dropped from the body, not ending it."""
    return (
        _JUNK.fullmatch(key) is not None
        or _JUNK_PREFIX.match(key) is not None
        or _SOURCE.match(key) is not None
        or (_SPONSOR.match(key) is not None and key.count(" ") < 10)
        or _rule_hit(key, rules.boilerplate_lines, rules.boilerplate_patterns)
    )


def _best_run(
    kind: list[int], prose: list[bool], after_block: list[bool], clean: list[str]
) -> tuple[int, int] | None:
    """The run of prose lines with the most text (see the module docstring)."""
    best: tuple[int, int] | None = None
    best_size = 0
    start = -1
    last = -1
    size = 0
    gap = 0
    for i, k in enumerate(kind):
        if after_block[i] and start >= 0:
            if size > best_size:
                best, best_size = (start, last), size
            start = -1
        if k == _PROSE:
            if start < 0:
                start, size = i, 0
            last = i
            size += len(clean[i])
            gap = 0
        elif k == _HARD:
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


def _anchor(body_start: int, bylines: dict[int, Byline], dates: dict[int, FoundDate]) -> int | None:
    """The first line of the byline/date cluster closest above the body."""
    marks = sorted(i for i in (*bylines, *dates) if i < body_start)
    if not marks:
        return None
    first = marks[-1]
    for i in reversed(marks[:-1]):
        if first - i > 3:
            break
        first = i
    return first


def _is_label(i: int, folded: list[str], kind: list[int], facts: _Facts) -> bool:
    key = folded[i]
    if key in facts.labels or key in facts.authors:
        return True
    # A long line is hard here only for being repeated: a title shown again in a list.
    return kind[i] == _HARD and key.count(" ") < 3


def _read_header(
    lines: _Lines,
    folded: list[str],
    prose: list[bool],
    kind: list[int],
    end: int,
    facts: _Facts,
) -> tuple[str | None, int | None, str | None, str | None]:
    """Title, its line, dek and kicker, read upwards from line ``end`` (exclusive)."""
    clean = lines.clean
    if facts.title is not None:
        wanted = " ".join(facts.title.split()).casefold()
        for i in range(end - 1, max(-1, end - _HEADER_REACH * 2), -1):
            if folded[i] == wanted:
                dek = next(
                    (clean[j] for j in range(i + 1, end) if prose[j] and kind[j] != _HARD), None
                )
                return clean[i], i, dek, None
    candidates: list[int] = []
    i = end - 1
    seen = 0
    while i >= 0 and seen < _HEADER_REACH:
        seen += 1
        if lines.bullet[i]:
            break
        if _is_label(i, folded, kind, facts) or _UI.fullmatch(folded[i]):
            if candidates and _is_label(i, folded, kind, facts):
                break
            i -= 1
            continue
        candidates.append(i)
        if lines.after_block[i]:
            break
        i -= 1
    if not candidates:
        return None, None, None, None
    # Candidates run bottom-up, nearest the byline (or body) first. Short lines below a
    # longer one are furniture ("Link Copied"); then the dek (a sentence, or the JSON's
    # description) when a line is left above it, then the title, then maybe a kicker.
    words = [clean[j].count(" ") + 1 for j in candidates]
    k = 0
    while k < len(candidates) - 1 and words[k] <= 3 and not prose[candidates[k]]:
        if max(words[k + 1 :]) < 4:
            break
        k += 1
    dek = None
    if k < len(candidates) - 1 and _is_dek(clean[candidates[k]], facts):
        dek = clean[candidates[k]]
        k += 1
    title_index = candidates[k]
    kicker = None
    if k + 1 < len(candidates):
        above = candidates[k + 1]
        if above == title_index - 1 and words[k + 1] < 4:
            kicker = clean[above]
    return clean[title_index], title_index, dek, kicker


def _is_dek(line: str, facts: _Facts) -> bool:
    """A standfirst: the JSON's description, or a sentence of eight words or more."""
    if facts.description is not None and line.casefold() == facts.description:
        return True
    return line.count(" ") >= 7 and _is_sentence(line)


def _trim_promo(
    run: tuple[int, int],
    kind: list[int],
    prose: list[bool],
    folded: list[str],
    header_end: int,
    facts: _Facts,
) -> tuple[int, int] | None:
    """Drop a promotional blurb at the top of the body (see the module docstring)."""
    start, stop = run
    first_gap = start
    while first_gap <= stop and kind[first_gap] == _PROSE:
        first_gap += 1
    if first_gap > stop or first_gap - start > 2:
        return run
    following = first_gap
    while following <= stop and kind[following] != _PROSE:
        following += 1
    if following > stop:
        return run
    blurb = " ".join(folded[start:first_gap])
    labels = [
        folded[i]
        for i in range(max(header_end, start - 6), start)
        if len(folded[i]) >= 4 and (kind[i] == _HARD or folded[i] in facts.labels)
    ]
    described = any(label in blurb for label in labels)
    called = any(_CTA.fullmatch(folded[i]) for i in range(first_gap, following))
    if described or called:
        return (following, stop)
    return run


def _trim_bio(
    run: tuple[int, int], kind: list[int], clean: list[str], facts: _Facts
) -> tuple[tuple[int, int], tuple[str, str] | None]:
    """Move a closing "<author> is ..." sentence out of the body; return it too."""
    start, stop = run
    if stop > start and facts.authors:
        last = clean[stop].casefold()
        for name in facts.authors:
            if last.startswith(name) and _NAME_BIO.match(last, len(name)):
                bio = (clean[stop][: len(name)], clean[stop])
                stop -= 1
                while stop > start and kind[stop] != _PROSE:
                    stop -= 1
                return (start, stop), bio
    return run, None


def _heading_like(line: str) -> bool:
    words = line.count(" ") + 1
    return (
        words <= 15
        and line[-1] not in ".,;:"
        and (line[0].isupper() or line[0].isdigit() or not line[0].isalpha())
    )


def _body_blocks(
    lines: _Lines, kind: list[int], prose: list[bool], run: tuple[int, int], rules: Rules
) -> tuple[BodyBlock, ...]:
    clean = lines.clean
    blocks: list[BodyBlock] = []
    section: tuple[str, ...] = ()
    for i in range(run[0], run[1] + 1):
        line = clean[i]
        if kind[i] == _PROSE:
            block_kind = "list_item" if lines.bullet[i] else "paragraph"
        elif _is_junk(line.casefold(), rules):
            continue
        elif prose[i] or line[-1] in _TERMINAL:
            block_kind = "paragraph"
        elif _heading_like(line):
            blocks.append(BodyBlock("heading", line, lines.start[i], lines.end[i], ()))
            section = (line,)
            continue
        else:
            block_kind = "paragraph"
        blocks.append(BodyBlock(block_kind, line, lines.start[i], lines.end[i], section))
    return tuple(blocks)


def _bios(
    lines: _Lines, kind: list[int], folded: list[str], start: int, facts: _Facts
) -> tuple[tuple[str, str], ...]:
    clean = lines.clean
    bios: list[tuple[str, str]] = []
    count = len(clean)
    i = start
    while i < count:
        if folded[i] in facts.authors and not lines.bullet[i]:
            name = clean[i]
            parts: list[str] = []
            j = i + 1
            while j < count and len(parts) < 3:
                if folded[j] in facts.authors or lines.bullet[j]:
                    break
                if kind[j] == _HARD and not _is_bio_line(clean[j]):
                    break
                parts.append(clean[j])
                j += 1
            if parts and all(other != name for other, _ in bios):
                bios.append((name, " ".join(parts)))
            i = j
            continue
        i += 1
    return tuple(bios)


def _is_bio_line(line: str) -> bool:
    return not _COPYRIGHT.search(line) and not _DISCLAIMER.search(line)


def _tags(
    lines: _Lines, kind: list[int], prose: list[bool], start: int, facts: _Facts
) -> tuple[str, ...]:
    """The tag line of the tail (before its first list): prefixed, glued, or one value."""
    clean = lines.clean
    single = None
    known = {value.casefold(): value for values in facts.lists for value in values}
    seen_prose = False
    for i in range(start, len(clean)):
        if lines.bullet[i]:
            break
        if prose[i] or lines.clean[i].casefold() in facts.authors:
            seen_prose = seen_prose or prose[i]
            continue
        line = clean[i]
        prefix = _TAG_PREFIX.match(line)
        if prefix is not None:
            rest = line[prefix.end() :]
            tags = tuple(t for part in _TAG_SPLIT.split(rest) if (t := part.strip()))
            if tags:
                return tags
            continue
        if kind[i] == _HARD and "  " not in line:
            found = split_tags(line, facts.lists)
            if found is not None:
                return found
        if single is None and not seen_prose and line.casefold() in known:
            single = known[line.casefold()]
    return (single,) if single is not None else ()


def _source(clean: list[str], start: int) -> str | None:
    found = None
    for i in range(len(clean)):
        line = clean[i]
        if len(line) > _SHORT * 2:
            continue
        origin = _ORIGIN.match(line)
        if origin is not None:
            return origin.group("name").strip(" .")
        if i >= start - 1:
            source = _SOURCE.match(line)
            if source is not None and found is None:
                found = source.group("name").strip(" .")
    return found


def _related(
    lines: _Lines, prose: list[bool], folded: list[str], start: int, facts: _Facts
) -> tuple[RelatedItem, ...]:
    """Bullets after the body whose indented lines describe a piece."""
    clean = lines.clean
    count = len(clean)
    groups: list[list[int]] = []
    i = start
    after_heading = False  # bullets under "Related", "More from X" ... are pieces
    while i < count:
        if lines.bullet[i]:
            indent = lines.indent[i]
            group = [i]
            j = i + 1
            while j < count and not lines.bullet[j] and lines.indent[j] > indent:
                group.append(j)
                j += 1
            if len(group) >= 3 or after_heading:
                groups.append(group)
            i = j
            continue
        after_heading = _RELATED_HEADING.fullmatch(folded[i]) is not None
        i += 1
    if not groups:
        return ()
    # Labels: short lines that recur across items or are values of the page's JSON.
    recurring = Counter(folded[j] for group in groups for j in group)
    items: list[RelatedItem] = []
    for group in groups:
        labels: list[str] = []
        rest: list[int] = []
        for j in group:
            line = clean[j]
            short = line.count(" ") < 4 and not prose[j]
            if (
                not rest
                and short
                and len(group) >= 3
                and (recurring[folded[j]] > 1 or folded[j] in facts.labels or j == group[0])
            ):
                labels.append(line)
            else:
                rest.append(j)
        if not rest:
            continue
        title = clean[rest[0]]
        summary = next((clean[j] for j in rest[1:] if prose[j]), None)
        author = None
        last = rest[-1]
        if len(rest) > 1 and not prose[last] and _looks_like_names(clean[last]):
            author = clean[last]
        items.append(
            RelatedItem(
                tuple(labels), title, summary, author, lines.start[group[0]], lines.end[group[-1]]
            )
        )
    return tuple(items)


def _looks_like_names(line: str) -> bool:
    words = line.replace(",", " ").split()
    return 1 <= len(words) <= 12 and all(
        word[0].isupper() or word in ("and", "&") or (word.islower() and len(word) <= 3)
        for word in words
    )
