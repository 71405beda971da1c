"""The lines around an article's body: the header above it (title, dateline, byline,
kicker, also a kicker glued to the first sentence) and the trailer below it (page
furniture kept out of the body as leftovers). Datelines are read with the shared date
grammar (:func:`seedparse._text.dates.parse_dateline`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..._text.cleaning import HTML_TAG
from ..._text.dates import DATELINE_MAX_CHARS, parse_dateline
from ..._text.lazyre import LazyPattern
from .furniture import (
    CAPTION,
    DATE_LABEL,
    PAYWALL,
    RELATED,
    credited_caption,
    furniture_kind,
    is_caption,
    spaced_menu,
)
from .labels import is_genre_label
from .lines import (
    QUOTE_STARTS,
    Block,
    Line,
    headline_like,
    is_bare_number,
    is_stray,
    is_terminal,
    prose,
    script,
    starts_lower,
)
from .markup import clean_line

__all__ = ["Header", "cut_glued_kicker", "read_header", "trailer_start"]

_HEADER_LINES = 6  # how far down the header (title, dateline, byline, kicker) may reach
_TRAILER_LINES = 8  # how many furniture lines after the last paragraph may be leftovers
_RELATED_LINES = 24  # how far back from the end a "related" heading may stand
_MAX_LEADING_JUNK = 12  # furniture lines skipped above the title, at most
_TITLE_MAX_WORDS = 30
_TITLE_MAX_CHARS = 250
# A place name: words of letters joined by single spaces, apostrophes or hyphens
# ("Aix-en-Provence", "L'Aquila"), then a comma. Bounded so the match stays linear.
_PLACE = LazyPattern(r"([^\W\d_]{1,40}(?:[ '\u2019-][^\W\d_]{1,40}){0,9}),[ \t]+")
_PLACE_MAX_WORDS = 4
_CAPTION_MAX_WORDS = 20
# Fields of a page's title bar ("Headline | Site", "Gallery: A Name | 14 Photos"): a
# sentence broken across lines does not hold one, so the line after may start in lower
# case (a price, a deck) without the two being read as one sentence.
_TITLE_BAR = " | "
_YEAR_AFTER_SIGN = LazyPattern(r"[ \u00a0]?(?:1[89]|20)[0-9]{2}\b")  # "© 2002"
_LEFTOVER_MAX_WORDS = 12
_DOUBLED_MAX_WORDS = 40  # a caption written twice is a sentence or two, not a paragraph
_BOX_MAX_WORDS = 16  # the words of a line of a paywall or comments box
_BULLETS = "\u2022\u00b7*-\u2013\u2014"  # list bullets and dashes before a line
_DATELINE_SEPARATORS = " |/\u2022\u00b7\u2013\u2014-"  # after a dateline's date
_HEADLINE_LIST_MAX = 8  # headlines under a related heading with no words of its own
_HEADLINE_LIST_HEADING_WORDS = 4
_ASCII_DIGIT = LazyPattern(r"[0-9]")  # a dateline has one (parse_dateline's own first test)
_BY = frozenset(("By", "BY", "by"))
_BYLINE = LazyPattern(r"(?:By|BY|by)[ \u00a0]+([^\W\d_][^|\u2022\u00b7\n]{1,100})")
_BYLINE_SPLIT = LazyPattern(r"\s*(?:,|\band\b|&)\s*")
_LEADING_LETTERS = LazyPattern(r"[^\W\d_]{1,60}")
_WORD_AND_SPACE = LazyPattern(r"(\S{1,60})[ \u00a0]*")
# A letter outside the Latin script (as :func:`~.lines.script` tells scripts apart): a
# kicker in another script than its sentence needs one.
_OTHER_SCRIPT = LazyPattern(r"[^\W\d_\x00-\u024f]")
_SEPARATED_KICKER = LazyPattern(
    r"([^\W\d_]{2,24}(?:[ \u00a0][^\W\d_]{2,24}){0,3})"
    r"[ \u00a0]?[:|\u2022\u00b7\u2014\u2013-][ \u00a0]+"
)


def _kicker_line(text: str, body_script: str) -> bool:
    """A short label line: in capitals, or in another script than the body."""
    if len(text) > 40 or text.count(" ") > 3 or is_terminal(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    return bool(body_script) and script(text) != body_script


class Header:
    __slots__ = ("authors", "body_start", "dateline", "kicker", "published", "title")

    def __init__(self) -> None:
        self.title: str | None = None
        self.dateline: str | None = None
        self.published: dt.date | dt.datetime | None = None
        self.authors: list[str] = []
        self.kicker: str | None = None
        self.body_start = 0


def read_header(
    lines: Sequence[Line], wrap: int, leftovers: list[str], captions: list[str]
) -> Header:
    """Title, dateline, byline and kicker lines before the first body paragraph. Page
    furniture above them (tickers, menus, image lines, URLs) goes to ``leftovers``,
    photo captions and credits to ``captions``; the title is looked for below them."""
    header = Header()
    limit = min(len(lines), _HEADER_LINES)
    junk = 0
    # A title needs body text after it: the last line that reads as prose.
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if prose(lines[i].clean)), -1)
    # The script of the body: the middle of the longest line near the top.
    longest = max([line.clean for line in lines[: _HEADER_LINES + 4]], key=len, default="")
    body_script = script(longest[len(longest) // 2 :])
    index = 0
    while index < limit:
        line = lines[index]
        clean = line.clean
        above_story = header.title is None and junk < _MAX_LEADING_JUNK and index < last_prose
        # Asked once: a caption is furniture_kind's CAPTION, any other kind leading junk
        # (furniture.is_leading_junk).
        kind = furniture_kind(clean, position="head") if above_story else None
        if kind is None and above_story and line.spaces >= 3 and spaced_menu(line.raw):
            kind = "menu"
        if kind is not None and kind != CAPTION:
            leftovers.append(clean)
            junk += 1
            limit = min(len(lines), limit + 1)
        elif kind == CAPTION:
            captions.append(clean)
            junk += 1
            limit = min(len(lines), limit + 1)
        elif header.title is not None and (is_caption(clean) or _over_credit(clean, lines, index)):
            captions.append(clean)  # the lead photo's caption and credit, under the title
            limit = min(len(lines), limit + 1)
        elif header.title is not None and _doubled_caption(lines, index):
            # The lead photo's caption twice (its alternative text, then the caption
            # itself, or a list bullet and the caption): both lines are the caption.
            captions.append(clean)
            captions.append(lines[index + 1].clean)
            index += 1
            limit = min(len(lines), limit + 2)
        elif header.title is not None and furniture_kind(clean, position="head") in (
            PAYWALL,
            DATE_LABEL,
        ):
            leftovers.append(clean)  # a subscribers' badge, a date label without its date
            limit = min(len(lines), limit + 1)
        elif not header.authors and _read_byline(clean, header):
            pass
        elif header.dateline is None and (found := _dateline(clean)) is not None:
            header.dateline, header.published = found
        elif is_stray(clean) and not _opens_body(clean, header, lines, index):
            leftovers.append(clean)
        elif header.kicker is None and index + 1 < len(lines) and _kicker_line(clean, body_script):
            header.kicker = clean
        elif (
            header.title is None
            and index < last_prose
            and (
                _title_like(line, lines[index + 1], wrap, first=index == 0)
                or (index == 0 and _headline_over_dateline(line, lines[index + 1]))
            )
        ):
            header.title = clean
        elif header.title is not None and not header.authors and _over_byline(lines, index, wrap):
            # The line over the byline is the headline; the line taken for the title
            # above it names the edition or the section ("LWN.net Weekly Edition for …").
            header.kicker = header.kicker or header.title
            header.title = clean
        else:
            break
        index += 1
    header.body_start = index
    return header


def _over_byline(lines: Sequence[Line], index: int, wrap: int) -> bool:
    """Whether ``lines[index]`` is a headline right over a byline ("By A Name")."""
    if index + 1 >= len(lines) or lines[index + 1].clean[:2] not in _BY:
        return False
    return _read_byline(lines[index + 1].clean, Header()) and _title_like(
        lines[index], lines[index + 1], wrap
    )


def _doubled_caption(lines: Sequence[Line], index: int) -> bool:
    """Is ``lines[index]`` a list bullet before a short line that the next line repeats
    word for word? A page flattened to text writes its lead photo's caption so (the
    figure as a list item, then its caption). A line written twice without the bullet
    is left alone: a page may repeat a line of its own (a notice box, a pull quote)."""
    if index + 1 >= len(lines):
        return False
    first = lines[index].clean
    if first[:1] not in _BULLETS:
        return False
    first = first.lstrip(_BULLETS + " ")
    second = lines[index + 1].clean.lstrip(_BULLETS + " ")
    return bool(first) and first == second and first.count(" ") < _DOUBLED_MAX_WORDS


def _opens_body(text: str, header: Header, lines: Sequence[Line], index: int) -> bool:
    """A bare number under the title, right over the first paragraph ("102" under a
    chapter's title, a score under a review's): the first line of the story, kept in
    the body. Above the title, or among the header's lines, a number is furniture."""
    return (
        header.title is not None
        and is_bare_number(text)
        and index + 1 < len(lines)
        and prose(lines[index + 1].clean)
    )


def _over_credit(text: str, lines: Sequence[Line], index: int) -> bool:
    """A short line right over a photo credit ("Photograph: A Name/Agency") is the
    photo's caption, even when it is a sentence: a story's paragraph does not sit on
    a credit line."""
    below = lines[index + 1].clean if index + 1 < len(lines) else ""
    return (
        bool(below)
        and 2 <= text.count(" ") < _CAPTION_MAX_WORDS
        and is_caption(below)
        and not credited_caption(below)  # (a caption with its credit is one line)
    )


def _dateline(text: str) -> tuple[str, dt.date | None] | None:
    """A dateline, or a place and a dateline ("Manchester, April 6, 2025", "Roma, 26
    maggio 2025", "Lyon, le 3 février 2025"): the opening of a wire story, which is
    header, not a subheading of the body. The place is a few capitalised words
    without digits; the line is kept whole as the dateline."""
    if _ASCII_DIGIT.search(text) is None:
        return None  # parse_dateline finds no date without a digit (the cheap test first)
    # A clean line is squashed already, and so is what follows a place in it: longer
    # than a dateline, it is none.
    found = parse_dateline(text) if len(text) <= DATELINE_MAX_CHARS else None
    if found is not None:
        return found
    bare = text.rstrip(_DATELINE_SEPARATORS)
    if bare != text and len(bare) <= DATELINE_MAX_CHARS:
        # "13:17 16.01.2026 |": the separator a page put between its date and a rubric.
        found = parse_dateline(bare)
        if found is not None and found[0] == bare:
            return text, found[1]
    place = _PLACE.match(text)
    if place is None or place.group(1).count(" ") >= _PLACE_MAX_WORDS:
        return None
    if len(text) - place.end() > DATELINE_MAX_CHARS:
        return None
    found = parse_dateline(text[place.end() :])
    return None if found is None else (text, found[1])


def _title_like(line: Line, after: Line, wrap: int, *, first: bool = False) -> bool:
    """A headline over the body. The first line of the text may start in lower case
    ("iPhone sales fall", "standalone binaries using Emscripten · V8": brand names
    and sites that do not capitalise headlines) when the line after it is prose that
    cannot continue it (a blank line between, or a capital). A line holding a title
    bar's separator (:data:`_TITLE_BAR`) is not the first half of a sentence."""
    text = line.clean
    if first and text[0].islower():
        if (
            not after.after_blank and starts_lower(after.clean) and not _credit_line(after.clean)
        ) or not prose(after.clean):
            return False
        text = text[0].upper() + text[1:]
    if not headline_like(
        text,
        max_words=_TITLE_MAX_WORDS,
        max_chars=_TITLE_MAX_CHARS,
        allow_question=True,
        title=True,
    ):
        return False
    text, next_text = line.clean, after.clean
    if not after.after_blank and (
        (starts_lower(next_text) and _TITLE_BAR not in text and not _credit_line(next_text))
        or (
            next_text.count(" ") < 2
            and is_terminal(next_text)
            and next_text[-1] != ":"  # ("Opening statement:" opens what follows)
            and text.count(" ") >= 5
        )
    ):
        return False  # a sentence broken across lines, not a headline
    return not wrap or after.after_blank or len(line.clean) < 0.6 * abs(wrap)


def _credit_line(text: str) -> bool:
    """A line holding a copyright sign and a year (``… © 2002, 2003 A Name``): the
    credit under a title, never the rest of a sentence broken above it."""
    sign = text.find("\u00a9")
    return sign >= 0 and _YEAR_AFTER_SIGN.match(text, sign + 1) is not None


def _headline_over_dateline(line: Line, after: Line) -> bool:
    """The first line, directly above a dateline, is the headline even when it ends
    with a period (some sites print headlines as sentences)."""
    text = line.clean
    return (
        len(text) <= _TITLE_MAX_CHARS
        and text.count(" ") < _TITLE_MAX_WORDS
        and text[0].isalnum()
        and not text[0].islower()
        and len(after.clean) <= DATELINE_MAX_CHARS
        and _ASCII_DIGIT.search(after.clean) is not None
        and parse_dateline(after.clean) is not None
    )


def _read_byline(text: str, header: Header) -> bool:
    """``By A and B`` (maybe followed by ``| date``) gives the authors."""
    if text[:2] not in _BY:
        return False  # _BYLINE's first word, also of the line's head before a separator
    match = _BYLINE.fullmatch(text)
    rest = ""
    if match is None:
        for separator in ("|", "\u2022", "\u00b7"):
            head, _, tail = text.partition(separator)
            if tail and (match := _BYLINE.fullmatch(head.strip())) is not None:
                rest = tail.strip()
                break
        else:
            return False
    if match is None:
        return False
    named = match.group(1).strip()
    if not rest and any("0" <= c <= "9" for c in named):
        named, rest = _date_after_names(named)
    names = [n for n in _BYLINE_SPLIT.split(named) if n]
    if not names or len(names) > 6:
        return False
    for name in names:
        words = name.split()
        if len(words) > 5 or not all(w[0].isupper() for w in words if w[0].isalpha()):
            return False
    header.authors = names
    if rest and header.dateline is None and (found := parse_dateline(rest)) is not None:
        header.dateline, header.published = found
    return True


def _date_after_names(text: str) -> tuple[str, str]:
    """``By A Name March 25, 2015``: the names and the date written after them without
    a separator, or ``(text, "")`` when no date ends the line."""
    words = text.split()
    for cut in range(1, len(words)):
        tail = " ".join(words[cut:])
        found = parse_dateline(tail)
        if found is not None and found[0] == tail:
            return " ".join(words[:cut]).rstrip(" ,"), tail
    return text, ""


def trailer_start(body: Sequence[Line], leftovers: list[str], captions: list[str]) -> int:
    """Where the page furniture after the last paragraph starts. Only lines that are
    furniture (:func:`~seedparse.formats.article.furniture.furniture_kind`: stray
    numbers, share, sign-up, tag and code lines, a "related" heading and the short
    link lines under it) are cut; any other short line is story (a list, a schedule,
    a sign-off) and stays, and so does a bare number with no other furniture beside
    it (:func:`~seedparse.formats.article.lines.is_bare_number`). A list of related
    headlines under a short heading ends the text in any language
    (:func:`_headline_list_start`). Captions and credits go to ``captions``; nothing
    is cut when no paragraph precedes it."""
    n = len(body)
    end = _furniture_before(body, n, max(0, n - _TRAILER_LINES))
    end = _paywall_start(body, end)
    if end == n:
        end = _link_after_tags(body, n)
    # A "related" heading near the end, with only short link lines after it, and the
    # furniture above it.
    for index in range(end - 1, max(-1, n - _RELATED_LINES), -1):
        text = body[index].clean
        if is_terminal(text) or text.count(" ") >= _LEFTOVER_MAX_WORDS:
            break
        if furniture_kind(text, position="tail") == RELATED:
            end = _furniture_before(body, index, max(0, index - _TRAILER_LINES))
            break
    listed = _headline_list_start(body, end)
    if listed is not None:
        end = _furniture_before(body, listed, max(0, listed - _TRAILER_LINES))
    if end == n or all(is_bare_number(line.clean) for line in body[end:]):
        return n  # a number alone after the last paragraph (a year, a score) is story
    if not any(is_terminal(line.clean) for line in body[:end]):
        return n
    for line in body[end:]:
        if furniture_kind(line.clean, position="tail") == CAPTION:
            captions.append(line.clean)
        else:
            leftovers.append(line.clean)
    return end


def _paywall_start(body: Sequence[Line], end: int) -> int:
    """Where a paywall or comments box ends the visible story ("Cet article est
    réservé aux abonnés", "Continue reading", "Voir les commentaires"), when it stands
    among the last lines before ``end`` and only short lines follow it (the offer, the
    log-in and comment prompts of the box): the page showed nothing of the story after
    it, so the box and everything under it is furniture. Returns where the furniture
    starts (``end``: none)."""
    top = -1  # the box's first line found so far
    for index in range(end - 1, max(-1, end - 1 - _TRAILER_LINES), -1):
        text = body[index].clean
        if text.count(" ") >= _BOX_MAX_WORDS:
            break  # a paragraph: the story goes on below any box above it
        if furniture_kind(text, position="tail") == PAYWALL:
            top = index
    if top < 0:
        return end
    return _furniture_before(body, top, max(0, top - _TRAILER_LINES))


def _link_after_tags(body: Sequence[Line], n: int) -> int:
    """A short line without final punctuation at the very end, under the furniture
    that closes the story with a tag line ("Topics: ..."), is a link to another
    story: nothing of the story follows its tag line. (A sign-up word alone does not
    make the run furniture: "signup" is also a word of the story.) Returns where the
    furniture starts (``n``: none)."""
    last = body[n - 1].clean if n else ""
    if not last or is_terminal(last) or last.count(" ") >= _LEFTOVER_MAX_WORDS:
        return n
    above = _furniture_before(body, n - 1, max(0, n - 1 - _TRAILER_LINES))
    closing = any(
        furniture_kind(line.clean, position="tail") == "tags" for line in body[above : n - 1]
    )
    return above if closing else n


def _headline_list_start(body: Sequence[Line], end: int) -> int | None:
    """Where a list of related headlines ends the text, in any language: a short
    heading (one to four words, no digits, no final punctuation or colon) right after
    the story's last sentence, then two to eight headline lines and nothing else
    (``Leggi anche`` / ``Ballottaggi: come funziona il secondo turno`` / …). A
    headline line is written in sentence case (lower-case words after the first),
    has four words or more, more than the heading, and no digits: a list of names in
    title case, results, a schedule or a list introduced by a colon is the story's."""
    items = 0
    index = end
    while index > 0 and items < _HEADLINE_LIST_MAX and _headline_item(body[index - 1].clean):
        index -= 1
        items += 1
    if items < 2 or index < 2:
        return None
    heading, before = body[index - 1].clean, body[index - 2].clean
    words = heading.count(" ") + 1
    if (
        words > _HEADLINE_LIST_HEADING_WORDS
        or is_terminal(heading)
        or any(c.isdigit() for c in heading)
        or not heading[0].isupper()
        or not is_terminal(before)
        or any(line.clean.count(" ") + 1 <= words for line in body[index:end])
    ):
        return None
    return index - 1


def _headline_item(text: str) -> bool:
    if is_terminal(text) or not text[0].isupper():
        return False  # (the cheap tests before the split)
    words = text.split()
    if not (4 <= len(words) < _LEFTOVER_MAX_WORDS):
        return False
    if any(c.isdigit() for c in text):
        return False
    lower = sum(1 for w in words[1:] if len(w) >= 3 and w[0].islower())
    return lower >= 2


def _furniture_before(body: Sequence[Line], end: int, floor: int) -> int:
    """Walk back from ``end`` over furniture lines (not below ``floor``)."""
    while end > floor:
        text = body[end - 1].clean
        if not (is_stray(text) or furniture_kind(text, position="tail") is not None):
            break
        end -= 1
    return end


def cut_glued_kicker(text: str, blocks: list[Block], *, first_only: bool) -> list[str]:
    """Cut a kicker glued before the first sentence of a paragraph; return the cut
    kickers. The first paragraph also accepts a same-script kicker in capitals with a
    separator or of six letters or more; other paragraphs only one in another script."""
    found: list[str] = []
    first_body = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), -1)
    if first_body < 0:
        return found
    emptied = False
    # The paragraphs asked: the first only, or every one whose line may open with two
    # capitals (a kicker word has two capitals or more: the line's own test), found
    # in one comprehension (most paragraphs are passed over).
    if first_only:
        asked = [first_body]
    else:
        asked = [
            i
            for i in range(first_body, len(blocks))
            if blocks[i].kind == "paragraph" and blocks[i].lines[0].caps
        ]
    for index in asked:
        block = blocks[index]
        is_first = index == first_body
        if not block.lines[0].caps:
            continue
        start = block.start
        lead = text[start : start + 2]
        if not (lead.isalpha() and lead.isupper()):
            continue
        if not is_first and _OTHER_SCRIPT.search(text, start, min(block.end, start + 120)) is None:
            continue  # only a kicker in another script is cut here, and all is Latin
        kicker, skip = _glued_kicker(text, start, block.end, strict=not is_first)
        if kicker is None:
            continue
        found.append(kicker)
        block.start += skip
        raw_text = text[block.start : block.end]
        block.text = clean_line(raw_text)  # angle brackets that are text stay
        if not block.text:
            block.kind = "empty"
            emptied = True
    if emptied:
        blocks[:] = [b for b in blocks if b.kind != "empty"]
    return found


def _wire_dateline(match: re.Match[str]) -> bool:
    """``CAIRO — Gunmen opened fire …``: a place in capitals and a dash open the
    first sentence of wire copy. It is the story's own text (where it was filed), not
    a label over it (``ANALYSIS: …``), so it stays in the paragraph."""
    separator = match.group(0)[len(match.group(1)) :].strip(" \u00a0")
    return separator in ("\u2014", "\u2013", "-")


def _colon_dateline(match: re.Match[str], words: list[str]) -> bool:
    """``MUMBAI: FC Goa coach …``: a place in capitals and a colon open the first
    sentence (the dateline of many South Asian and Gulf papers). Like the wire
    dateline it is the story's own text; only a genre label before a colon
    (``ANALYSIS: …``, :func:`~.labels.is_genre_label`) is a kicker."""
    separator = match.group(0)[len(match.group(1)) :].strip(" \u00a0")
    return separator == ":" and not is_genre_label(words)


def _glued_kicker(text: str, start: int, end: int, *, strict: bool) -> tuple[str | None, int]:
    """``(kicker, characters to skip)`` at the start of ``text[start:end]``."""
    lead = text[start : start + 2]
    if not (lead.isalpha() and lead.isupper()):
        return None, 0  # a kicker word has two capitals or more
    match = _SEPARATED_KICKER.match(text, start, min(end, start + 120))
    if match is not None and _wire_dateline(match):
        return None, 0
    if match is not None and not strict:
        words = match.group(1).split()
        rest = text[match.end() : match.end() + 1]
        if all(w.isupper() for w in words) and rest[:1].isupper():
            if _colon_dateline(match, words):
                return None, 0
            return " ".join(words), match.end() - start
    head = text[start : min(end, start + 120)]
    caps: list[str] = []
    skip = 0
    after = ""
    for match in _WORD_AND_SPACE.finditer(head):
        word = match.group(1)
        if len(caps) < 4 and len(word) >= 2 and word.isalpha() and word.isupper():
            caps.append(word)
            skip = match.end()
            continue
        # The sentence may open with markup or a quotation mark.
        after = HTML_TAG.sub("", word).lstrip("".join(QUOTE_STARTS))
        break
    first_letters = _LEADING_LETTERS.match(after)
    after = first_letters.group() if first_letters is not None else ""
    if not caps or not after or not after[0].isupper() or after.isupper():
        return None, 0
    if not any(c.islower() for c in after[1:]):
        return None, 0
    kicker = " ".join(caps)
    other_script = script(kicker) != script(after)
    if strict and not other_script:
        return None, 0
    letters = sum(len(w) for w in caps)
    if not (other_script or letters >= 7 or (len(caps) >= 2 and letters >= 6)):
        return None, 0
    return kicker, skip
