"""The header of a rendered web page: its byline and date, title, standfirst and kicker.

:func:`byline_and_date` finds the cluster of byline and date lines closest above the
body (else :func:`nearest_byline` the byline nearest the body's top); :func:`read_header`
walks up from there past share buttons, labels and lines that are never a title
(:func:`may_head`) to the standfirst, the title and a kicker. See
:mod:`seedparse.formats.webpage.body` for where the body is, which this reads around.
"""

from __future__ import annotations

import re

from ..._text.bylines import BY_WORDS, Byline, is_role_line, name_line, name_then_time
from ..._text.cleaning import fold_key
from ..._text.dates import DATE_LABEL_WORDS, FoundDate, find_date, glued_date
from ..._text.lazyre import LazyPattern
from .lines import FURNITURE, HARD, Page, PageHints, is_sentence

__all__ = [
    "HEADER_REACH",
    "byline_and_date",
    "may_head",
    "name_over_date",
    "nearest_byline",
    "read_header",
]

# How far the header walk goes up from the byline or the body, in non-blank lines.
HEADER_REACH = 12

# How far above the byline or the body a headline printed twice is looked for, in
# lines, and the longest such line.
_REPEAT_REACH = 80
_REPEAT_MAX_CHARS = 200

# How far from the top of the body a byline is looked for when none is right above
# it, in lines: above, and into the body.
_BYLINE_REACH = 60
_BYLINE_INSIDE = 12
_NAMED_TIME_CHARS = 80  # the longest "Name - date time" line read as a byline

# Bullet lines the header walk passes between the byline and the title (links to the
# older and newer article, a comment count); more are navigation, where it stops.
_BULLETS_UNDER_TITLE = 3

_WORD = LazyPattern(r"[^\W\d_]{2}")
_YEAR = LazyPattern(r"(?:19|20)[0-9]{2}")


# The separators of a breadcrumb trail ("Home > News > World", "Start \u203a Sport").
_BREADCRUMB = LazyPattern("[ \u00a0][>\u203a\u00bb/][ \u00a0]")

# "Filed to:metroid", "Tags:news": a label glued to its value.
_GLUED_LABEL = LazyPattern(r"[^\W\d_][\w ]{0,24}:[^\W\d_]")

# What separates a headline from the author or the site a page's JSON adds after it.
# How long the story takes to read, printed under its author's name ("11 min read").
_READING_TIME = LazyPattern(
    r"(?:[0-9]{1,3}[ ]?(?:min(?:ute)?s?|Min\.?)[ ](?:read|de lecture|Lesezeit|de lectura)"
    r"|(?:Lesezeit|Lesedauer|Temps de lecture|Reading time):?[ ]"
    r"[0-9]{1,3}[ ]?(?:min(?:ute)?s?|Min\.?))",
    re.IGNORECASE,
)
# A caption's sentence, then its photo credit ("… in 2023.CreditCreditJeon Heo",
# "… am Montag. Foto: dpa").
_CREDIT_AFTER = LazyPattern(
    r"[.!?][ ]?(?:(?:Credit|CREDIT|Cr\u00e9dit)s?(?=[A-Z :]|$)"
    r"|(?:Photo(?:graph)?|PHOTO|Picture|Image|Foto|FOTO|Bild)(?=[ :]))"
)
_HEADLINE_SEPARATOR = LazyPattern(" (?:[-|\u2013\u2014\u00b7\u2022]|::) ")

# Quotation marks and apostrophes a page's JSON and its text may print differently
# ("'Star Wars'" in the JSON, "\u2018Star Wars\u2019" on the page): the JSON's
# headline is looked for with them unified.
_QUOTE_FOLD = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb",
    "'" * 6 + '"' * 7,
)


def _may_be_breadcrumb(line: str) -> bool:
    """Whether ``line`` holds a separator of :data:`_BREADCRUMB` (the cheap test
    before its search: few lines hold one)."""
    return ">" in line or "/" in line or "\u203a" in line or "\u00bb" in line


def may_head(line: str) -> bool:
    """Whether ``line`` may be a title, dek or kicker: it has a word (two letters in a
    row: a number, a time or a lone bullet has none), does not end in a colon (a
    label: "Additional Tags:") nor in "by" (a sponsor's label: "Seascape: the
    state of our oceans is supported by"), is no markup nor a breadcrumb trail ("Home > News >
    World"), is not a label glued to its value ("Filed to:metroid"), has no more digits
    than letters, and is neither a date with three words or fewer ("Sarah Gooding
    March 9, 2017 13": a byline without "By") nor two dates ("Thu 3 Jan 2019 02.00 EST
    Last modified on \u2026")."""
    if (
        _WORD.search(line) is None
        or line.endswith(":")
        or line.endswith((" by", " By", " BY"))  # a sponsor's label: "… is supported by"
        or line.startswith("<")  # markup left in the text: "<![CDATA["
        or _GLUED_LABEL.match(line)
        or (_may_be_breadcrumb(line) and len(_BREADCRUMB.findall(line)) >= 2)
    ):
        return False
    digits = sum(map(str.isdigit, line))  # (map: no Python frame per character)
    if digits and digits > sum(map(str.isalpha, line)):
        return False  # "9/11/13 10:00AM": a time stamp
    found = None
    if _YEAR.search(line) is not None:
        found = find_date(line) or glued_date(line)
    if found is None:
        return True
    rest = line[found.end :]
    if DATE_LABEL_WORDS.fullmatch(line[: found.start].strip()):
        return False  # "Published 21 November 2019 · Tagged with …": a date line
    words = sum(1 for word in (line[: found.start] + " " + rest).split() if _WORD.search(word))
    return words > 3 and find_date(rest) is None


def byline_and_date(
    page: Page, body_start: int
) -> tuple[int | None, tuple[str, ...], FoundDate | None]:
    """The byline/date cluster closest above the body: its first line, names, date."""
    marks: list[int] = []
    anchor = -1  # the top of the cluster under the title ("06 Dec 2016", title, byline)
    headline_between = False
    low = max(-1, body_start - HEADER_REACH * 2)
    for i in range(body_start - 1, low, -1):
        if page.prose[i]:
            if marks:
                break
            continue
        if page.byline(i) is not None or page.date(i) is not None:
            if marks and marks[-1] - i > 3:
                break
            marks.append(i)
            if not headline_between:
                anchor = i
        elif marks and not headline_between and page.strip[i].count(" ") >= 3:
            # A headline between two marks: the ones above it date the page but are
            # not the top of the cluster the header walk starts from.
            headline_between = may_head(page.clean(i))
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
    return anchor, names, date


def nearest_byline(page: Page, body_start: int) -> Byline | None:
    """The byline nearest the top of the body when none is in the cluster right above
    it: up to :data:`_BYLINE_REACH` lines above (past a caption, a photo credit, a
    box of figures) or :data:`_BYLINE_INSIDE` lines into the body (under a standfirst
    the body opens with). A teaser's byline in a box of other stories is farther.
    Failing a byline, a name with its posting time ("Dan Goodin - Apr 16, 2015 8:02
    pm UTC", :func:`~.bylines.name_then_time`) above the body, nearest first."""
    low = max(-1, body_start - _BYLINE_REACH)
    high = min(page.count, body_start + _BYLINE_INSIDE)
    for step in range(1, _BYLINE_REACH + 1):
        for i in (body_start - step, body_start + step - 1):
            if low < i < high and not page.prose[i]:
                found = page.byline(i)
                if found is not None:
                    return found
    for i in range(body_start - 1, low, -1):
        if not page.prose[i] and len(page.strip[i]) <= _NAMED_TIME_CHARS:
            found = name_then_time(page.clean(i))
            if found is not None:
                return found
    for i in range(body_start - 1, max(0, low), -1):
        if _READING_TIME.fullmatch(page.strip[i]) and not page.prose[i - 1]:
            name = name_line(page.clean(i - 1))  # "Pippin Lee" / "11 min read"
            if name is not None and not FURNITURE.fullmatch(page.folded(i - 1)):
                return Byline((name,), None)
    return None


def name_over_date(page: Page, anchor: int) -> tuple[int, tuple[str, ...]] | None:
    """The author's name on its own line right above the date that tops the byline
    cluster, the byline a page prints without "By": under the headline ("Mike Conley"
    / "December 18, 2020"), maybe over a role line ("Ben Silverman" / "Games Editor" /
    date), or under a lone "by" ("por" / "César Salza"). Its line and the name;
    None elsewhere. Only right under a line of four words or more (the headline or its
    dek) or a lone "by": a short heading over a date ("Cup Final" / "May 28, 2022") is
    no name."""
    if page.date(anchor) is None:
        return None
    i = anchor - 1
    if i > 0 and is_role_line(page.clean(i)):
        i -= 1
    if i < 1 or page.prose[i] or page.byline(i) is not None or page.date(i) is not None:
        return None
    name = name_line(page.clean(i))
    if name is None or FURNITURE.fullmatch(page.folded(i)):
        return None
    above = page.clean(i - 1)
    if above.casefold() in BY_WORDS or (above.count(" ") >= 3 and may_head(above)):
        return i, (name,)
    return None


def _is_update(folded_line: str) -> bool:
    return folded_line.startswith(("updated", "last updated", "modified"))


def read_header(
    page: Page, end: int, hints: PageHints
) -> tuple[str | None, str | None, str | None]:
    """Title, dek and kicker, read upwards from line ``end`` (exclusive)."""
    if hints.title is not None:
        # The JSON's headline where the page shows it, nearest above the byline or the
        # body (above a box of teasers too: the walk below stops at such a box); else
        # its first part, where the JSON adds the author or the site after a separator
        # ("Samantha and The Great Big Lie - John C. Welch - Medium").
        wanted = fold_key(hints.title).translate(_QUOTE_FOLD)
        found = _printed(page, end, (wanted,))
        if found is None:
            found = _printed(page, end, _headline_heads(wanted))
        if found is not None:
            dek = next(
                (
                    page.clean(j)
                    for j in range(found + 1, end)
                    if page.prose[j] and page.kind(j) != HARD
                ),
                None,
            )
            return page.clean(found), dek, None
    candidates: list[int] = []
    i = end - 1
    seen = 0
    bullets = 0  # bullet lines passed right above the byline ("• Older Article")
    while i >= 0 and seen < HEADER_REACH:
        seen += 1
        if page.bullet[i]:
            bullets += 1
            if candidates or bullets > _BULLETS_UNDER_TITLE:
                break
            i -= 1
            continue
        label = page.is_label(i)
        if label or not may_head(page.clean(i)):
            # (a label, or a line that is never a title: see may_head)
            if candidates and label:
                break
            i -= 1
            continue
        if len(page.strip[i]) < 60 and FURNITURE.fullmatch(page.folded(i)):
            i -= 1
            continue
        if len(page.strip[i]) <= _NAMED_TIME_CHARS and name_then_time(page.clean(i)):
            i -= 1  # "James Akinaka \u2022 8h": the author and when, under the title
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
    repeated = _repeated_headline(page, end) if _weak_title(page.clean(title_index)) else None
    if repeated is not None and repeated != title_index:
        # The headline the page prints twice above the story (in a sticky bar and over
        # the story, or a breadcrumb and the heading) beats a short line or a sentence
        # (a caption) the walk took.
        below = dek is not None and candidates[k - 1] > repeated
        return page.clean(repeated), dek if below else None, None
    kicker = None
    if k + 1 < len(candidates):
        above = candidates[k + 1]
        if above == title_index - 1 and words[k + 1] < 4:
            kicker = page.clean(above)
    return page.clean(title_index), dek, kicker


def _printed(page: Page, end: int, keys: tuple[str, ...]) -> int | None:
    """The nearest line above line ``end`` whose key (quotation marks unified) is one
    of ``keys``."""
    if not keys:
        return None
    sizes = {len(key) for key in keys}  # (the marks fold one to one: same length)
    for i in range(end - 1, -1, -1):
        folded = page.folded(i)
        if len(folded) in sizes and folded.translate(_QUOTE_FOLD) in keys:
            return i
    return None


def _headline_heads(key: str) -> tuple[str, ...]:
    """The parts of a headline key before each of its separators (" - ", " | ", ...),
    longest first, of two words or more: what a page prints of a headline its JSON
    gives with the author or the site after it."""
    heads = []
    for found in _HEADLINE_SEPARATOR.finditer(key):
        head = key[: found.start()].rstrip()
        if head.count(" ") >= 1:
            heads.append(head)
    return tuple(reversed(heads))


def _weak_title(line: str) -> bool:
    """A line the header walk took that a headline printed twice beats: three words
    or fewer ("Print Article"), or a sentence ending in a period (a caption, maybe
    with its credit after it: "… election. (Jane Roe/AFP)")."""
    if line.endswith(")") and "(" in line:
        line = line[: line.rindex("(")].rstrip()
    return line.count(" ") < 3 or line.endswith(".") or _CREDIT_AFTER.search(line) is not None


def _repeated_headline(page: Page, end: int) -> int | None:
    """The nearest line above line ``end`` (within :data:`_REPEAT_REACH` lines) that
    may be a headline of four words or more and that the page prints twice there (a
    breadcrumb or a sticky bar, then the heading over the story): its lower
    occurrence, or None."""
    low = max(0, end - _REPEAT_REACH)
    seen: set[str] = set()
    repeats: list[int] = []
    for i in range(low, end):
        line = page.strip[i]
        if line.count(" ") < 3 or len(line) > _REPEAT_MAX_CHARS or line.endswith("."):
            continue  # (a question may be a headline; a sentence is not)
        key = page.folded(i)
        if key in seen:
            if not page.bullet[i]:
                repeats.append(i)
        else:
            seen.add(key)
            if "|" in key:  # a sticky bar with its section: "Economy|As Debt Rises, …"
                seen.add(key[key.rindex("|") + 1 :].strip())
    for found in reversed(repeats):
        line = page.clean(found)
        words = sum(1 for word in line.split() if _WORD.search(word))
        if words < 4 or "|" in line or page.folded(found).startswith("share "):
            continue  # a menu item, a share button
        if may_head(line):
            return found
    return None


def _is_dek(page: Page, i: int) -> bool:
    """A standfirst: the JSON's description, or a sentence of eight words or more."""
    if page.description is not None and page.folded(i) == page.description:
        return True
    line = page.strip[i]
    return line.count(" ") >= 7 and is_sentence(line)
