"""The lines of an article: each non-blank line with its offsets and clean text, the
blocks they are grouped into, and the shape tests both are read with (does a line end
a sentence, is it a headline, a stray number, in which script is it written).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence

from ... import _native
from ..._text.dash_lines import answer_line, question_line, speech_line
from ..._text.lazyre import LazyPattern
from .furniture import (
    CREDITED_MAX_SPACES,
    MAX_SPACES,
    credited_caption,
    uncredited_caption,
)
from .markup import clean_line

__all__ = [
    "QUOTE_STARTS",
    "Block",
    "Line",
    "classify_headings",
    "group_blocks",
    "headline_like",
    "is_bare_number",
    "is_stray",
    "is_terminal",
    "prose",
    "script",
    "split_lines",
    "starts_lower",
    "wrap_width",
]

_CLOSERS = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a)]}*_"
_TERMINAL = frozenset(".!?\u2026:;\u3002\uff01\uff1f")
_TITLE_OPENERS = "\"'\u2018\u201c\u201e\u00ab\u201a\u2039\u00bf\u00a1$\u20ac\u00a3(["
_TITLE_COLON_WORDS = 15
# The spaces French typesetting puts inside guillemets.
_GUILLEMET_SPACES = " \u00a0\u202f"
# A closing quotation mark and a period: how some sites end a "Name: \u201c\u2026\u201d." headline.
_QUOTE_THEN_PERIOD = ('".', "\u201d.", "\u00bb.", "\u201c.")
_CAPTION_MAX_WORDS = 20  # a caption over a credit line is shorter than this
_UNCASED_MAX_CHARS = 60  # a headline in a script without spaces (Chinese: about 30)
_UNCASED_STOPS = frozenset("\u3002\uff01\uff1f")  # sentence ends of that script
QUOTE_STARTS = frozenset("\"'\u201c\u201e\u00ab\u2018\u201a\u2039\u300c")
_STRAY_START = frozenset("0123456789.,:/+#%-")
_STRAY = LazyPattern(r"[0-9.,:/+#%\s\u00a0-]{1,20}")
# A number and nothing else: a score, a year, a chapter or a list number ("87", "2012",
# "4.5", "1,200"), as opposed to a widget of the page (a counter "1 / 5", a clock "8:09",
# a signed change "+3", a percentage).
_BARE_NUMBER = LazyPattern(r"[0-9]{1,4}(?:[.,][0-9]{1,3}){0,3}")
_HEADING_MAX_WORDS = 20
_HEADING_MAX_CHARS = 160
_JOINERS = frozenset(",-\u2013\u2014(/&")
_MD_HEADING = LazyPattern(r"(#{1,6})[ \t]+")
_LIST_ITEM = LazyPattern(r"(?:[-*+\u2022\u2023\u25e6\u25aa\u2013]|[0-9]{1,3}[.)])[ \t]+")
_BLOCK_START = frozenset("#-*+\u2022\u2023\u25e6\u25aa\u20130123456789")


def is_terminal(text: str) -> bool:
    """Does ``text`` end a sentence (final punctuation, maybe inside closing marks)?"""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def prose(text: str) -> bool:
    """Body text rather than a label: it ends a sentence or runs to ten words."""
    return is_terminal(text) or text.count(" ") >= 9


def _repeated_before_credit(before: str, caption: str) -> bool:
    """Is ``caption`` the line ``before`` with a credit after it (see
    :func:`~.furniture.credited_caption`)?"""
    return len(before) >= 12 and len(caption) > len(before) and caption.startswith(before)


def is_stray(text: str) -> bool:
    """A line that is only a number or digits and punctuation ("12", "3/4", "+1")."""
    if text[0] not in _STRAY_START or len(text) > 20:
        return False
    return _STRAY.fullmatch(text) is not None and any("0" <= c <= "9" for c in text)


def is_bare_number(text: str) -> bool:
    """A stray line that is a plain number ("87", "2012", "4.5"): it may be story (a
    score, a year under a picture, a chapter or list number), so the reader keeps it
    in the body unless furniture stands around it. A counter ("1 / 5"), a clock
    ("8:09") or a signed figure is a page's widget (:func:`is_stray` only)."""
    return len(text) <= 16 and _BARE_NUMBER.fullmatch(text) is not None


def script(text: str) -> str:
    """The script of the first letter of ``text`` ("LATIN", "CYRILLIC", \u2026)."""
    for ch in text:
        if ch.isalpha():
            if ch < "\u0250":
                return "LATIN"
            if "\u0400" <= ch < "\u0530":
                return "CYRILLIC"
            name = unicodedata.name(ch, "")
            return name.split(" ", 1)[0]
    return ""


def starts_lower(text: str) -> bool:
    first = text[0]
    return first.islower() or (first in QUOTE_STARTS and len(text) > 1 and text[1].islower())


def headline_like(
    text: str,
    *,
    max_words: int,
    max_chars: int,
    allow_question: bool,
    title: bool = False,
) -> bool:
    """Short, starting with a capital or digit, without sentence-final punctuation.
    ``title``: a title line, which may also open with a quotation mark or a sign
    ("\u2018Unprecedented\u2019 strandings", "\u00bfQu\u00e9 \u2026?", "$150K"), end with a
    colon or with an ellipsis (a list of names cut short: "Screenshot: «A», «B»…"),
    or be two short sentences ending with a question ("Great! How does it work?").
    A line in a script without spaces or capitals (Chinese, Japanese) is one "word".
    A title may open with a tag named as a word ("<img> Tags Without Alt Text")."""
    if title:
        if text[0] == "<" and (close := text.find(">", 1, 24)) > 0:
            # A tag named as a word (kept by the line's cleaning only when it is not
            # markup): "<img> Tags Without Alt Text", "<ul> List of <figure>".
            text = text[close + 1 :].lstrip() or text
        opened = text.lstrip(_TITLE_OPENERS)
        if text[0] in "\u00ab\u2039":  # French sets a space inside: "\u00ab Il veut \u2026 \u00bb"
            opened = opened.lstrip(_GUILLEMET_SPACES)
        text = opened or text
        if text.endswith(":") and text.count(" ") < _TITLE_COLON_WORDS:
            text = text[:-1].rstrip() or text
        elif text.endswith(("\u2026", "...")) and text.count(" ") < _TITLE_COLON_WORDS:
            cut = text.rstrip(".\u2026").rstrip()
            if cut and not any(mark in cut for mark in (". ", "? ", "! ")):
                text = cut
        elif text.endswith(".") and "." in text.rsplit(" ", 1)[-1][:-1]:
            text = text[:-1]  # "\u2026 underneath N.Y.C.": an abbreviation, not a sentence
        elif text.endswith(_QUOTE_THEN_PERIOD) and _name_label(text.partition(": ")[0]):
            # 'A Name: "A quoted headline".': the period ends the quotation after the
            # speaker's label, not a sentence of the story ("He told them: "\u2026"." is one).
            text = text[:-1]
    if len(text) > max_chars or not text[0].isalnum() or text[0].islower():
        return False
    words = text.count(" ") + 1
    if words > max_words or not any(c.isalpha() for c in text):
        return False
    if words == 1 and (len(text) < 3 or not (text[0].isupper() or _uncased(text[0]))):
        return False
    if (
        words == 1
        and _uncased(text[0])
        and (len(text) > _UNCASED_MAX_CHARS or any(c in _UNCASED_STOPS for c in text[:-1]))
    ):
        return False  # a sentence or two of Chinese, not a headline
    if is_terminal(text):
        stripped = text.rstrip(_CLOSERS)
        if not (allow_question and stripped[-1] in "?!\uff1f\uff01" and words <= 15):
            return False
        inner = stripped[:-1]
        if not title and any(mark in inner for mark in (". ", "? ", "! ")):
            return False
    return True


def _name_label(head: str) -> bool:
    """Is ``head`` (what stands before a line's first ": ") a name's label: one to
    four words, each capitalised ("Anna Roth", "\u0421\u0435\u0440\u0433\u0456\u0439
    \u0421\u0418\u0414\u041e\u0420\u0427\u0423\u041a")?"""
    words = head.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words)


def _uncased(ch: str) -> bool:
    """A letter of a script without capitals (Han, Kana, Hangul, Arabic, Hebrew, …)."""
    return ch.isalpha() and ch.upper() == ch.lower()


class Line:
    """A non-blank line of the text (internal), with the shape tests every line is
    asked about, answered once: ``terminal`` (:func:`is_terminal` of ``clean``),
    ``spaces`` (``clean.count(" ")``) and ``caps``: the line may open with two
    capitals (True wherever ``raw[:2].isalpha() and raw[:2].isupper()``; the native
    split also where it cannot tell without Python's tables)."""

    __slots__ = ("after_blank", "caps", "clean", "end", "raw", "spaces", "start", "terminal")

    def __init__(
        self,
        start: int,
        end: int,
        raw: str,
        after_blank: bool,
        clean: str,
        terminal: bool,
        spaces: int,
        caps: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.after_blank = after_blank
        self.clean = clean
        self.terminal = terminal
        self.spaces = spaces
        self.caps = caps


def _line(start: int, raw: str, after_blank: bool, clean: str) -> Line:
    """The Line of a stripped line and its clean text, its shape tests answered."""
    lead = raw[:2]
    return Line(
        start,
        start + len(raw),
        raw,
        after_blank,
        clean,
        is_terminal(clean),
        clean.count(" "),
        lead.isalpha() and lead.isupper(),
    )


class Block:
    """A paragraph, heading or list item being built (internal)."""

    __slots__ = ("end", "kind", "level", "lines", "start", "text")

    def __init__(self, line: Line, kind: str, level: int = 0) -> None:
        self.start = line.start
        self.end = line.end
        self.kind = kind
        self.level = level
        self.lines = [line]
        self.text = ""


def split_lines(text: str, dropped: list[str] | None = None) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets (surrounding whitespace
    excluded). A line of markup only (``<br>``) counts as blank. The tags dropped as
    stray markup are appended to ``dropped`` (see :func:`.markup.clean_line`).

    The native core splits the text in one call (``article_lines``) and gives each
    line's clean text where no Python table is needed; this function is its oracle."""
    core = _native.active()
    if core is not None:
        found = core.article_lines(text)
        if found is not None:
            return _native_lines(*found, dropped)
    lines: list[Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            clean = clean_line(stripped, dropped)
            if clean:
                lines.append(_line(start, stripped, blank, clean))
                blank = False
            else:
                blank = True
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _native_lines(
    starts: list[int],
    ends: list[int],
    raws: list[str],
    cleans: list[str | None],
    after_blanks: list[bool],
    terminals: list[bool],
    spaces: list[int],
    caps: list[bool],
    dropped: list[str] | None,
) -> list[Line]:
    """The Lines of ``article_lines``' lists: a clean text left to Python is computed
    here (and its shape tests with it), and a line whose clean text is empty is
    dropped (the next one then comes after a blank), as :func:`split_lines` does."""
    if None not in cleans:
        return list(map(Line, starts, ends, raws, after_blanks, cleans, terminals, spaces, caps))
    lines: list[Line] = []
    blank = False
    for start, end, raw, clean, after_blank, terminal, count, cap in zip(
        starts, ends, raws, cleans, after_blanks, terminals, spaces, caps, strict=True
    ):
        if clean is None:
            clean = clean_line(raw, dropped)
            if not clean:
                blank = True
                continue
            terminal = is_terminal(clean)
            count = clean.count(" ")
        lines.append(Line(start, end, raw, after_blank or blank, clean, terminal, count, cap))
        blank = False
    return lines


def wrap_width(lines: Sequence[Line]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped text has a maximum line length of at most 120 and several long lines that
    stop mid-sentence before the next line of the same paragraph; text with one
    paragraph per line has long lines that end sentences. The first line (a title,
    often) does not count towards the width. The width is returned
    negative when blank lines do not separate the paragraphs (then a line that ends a
    sentence also ends its paragraph)."""
    if len(lines) < 4:
        return 0
    body = lines[1:]  # a title is not wrapped
    if any(len(line.clean) > 120 for line in body):
        return 0  # (the width would be over 120: most texts, told by their first lines)
    width = max(len(line.clean) for line in body)
    long_lines = 0
    open_ends = 0
    for here, after in itertools.pairwise(lines):
        if len(here.clean) >= 0.75 * width:
            long_lines += 1
            if not after.after_blank and not here.terminal:
                open_ends += 1
    if open_ends < 2 or open_ends * 4 < long_lines:
        return 0
    return width if any(line.after_blank for line in lines[1:]) else -width


def _joins(here: Line, after: Line, wrap: int) -> bool:
    """Does ``after`` continue the paragraph of ``here`` (no blank line between)?"""
    if after.after_blank:
        return False
    a, b = here.clean, after.clean
    if after.raw[0] in _BLOCK_START and (
        _LIST_ITEM.match(after.raw) or _MD_HEADING.match(after.raw)
    ):
        return False
    if here.terminal:
        if wrap < 0:
            # No blank lines between paragraphs: a line that ends a sentence ends its
            # paragraph, unless the next word could not have fitted on it (the
            # line was broken at the width, not at the end of the paragraph).
            first = len(b.split(" ", 1)[0])
            return len(a) >= 0.9 * -wrap and len(a) + 1 + first > -wrap
        return wrap > 0 and len(a) >= 0.6 * wrap
    if starts_lower(b) or a[-1] in _JOINERS:
        return True
    if after.spaces < 2 and here.spaces >= 5 and after.terminal:
        return True  # the last word or two of a sentence wrapped onto a line of their own
    return bool(wrap) and len(a) >= 0.6 * abs(wrap)


def group_blocks(
    lines: Sequence[Line], wrap: int, leftovers: list[str], captions: list[str]
) -> list[Block]:
    """Group body lines into paragraphs, list items and heading candidates; a stray
    number that is a widget of the page (a counter, a clock: :func:`is_stray` but not
    :func:`is_bare_number`) goes to ``leftovers``, a photo caption or credit line to
    ``captions`` (it is not a subheading). A bare number is a paragraph of its own:
    inside the story it may be a score, a year or a list number."""
    blocks: list[Block] = []
    current: Block | None = None
    previous: Line | None = None
    # The blocks whose text is not their one line's clean text (joined lines, list
    # items): made at the end. The tests below go cheapest first, each as the
    # function it stands for would answer (a line per paragraph makes this loop the
    # reader's busiest).
    made: list[Block] = []
    for line in lines:
        clean = line.clean
        if current is not None and previous is not None and not line.after_blank:
            if wrap == 0:
                # _joins' first answer in unwrapped text: a line that ends a sentence
                # ends its paragraph.
                joined = not previous.terminal and _joins(previous, line, wrap)
            else:
                joined = _joins(previous, line, wrap)
            if joined:
                if len(current.lines) == 1 and current.kind == "paragraph":
                    made.append(current)
                current.lines.append(line)
                current.end = line.end
                previous = line
                continue
        previous = line
        if clean[0] in _STRAY_START and is_stray(clean) and not is_bare_number(clean):
            leftovers.append(clean)
            current = None
            previous = None
            continue
        credited = line.spaces < CREDITED_MAX_SPACES and credited_caption(clean)
        if credited or (line.spaces < MAX_SPACES and uncredited_caption(clean)):
            if (
                current is not None
                and current is blocks[-1]
                and len(current.lines) == 1
                and current.kind == "paragraph"
                and (
                    (
                        not credited  # (a caption with its credit needs no line above)
                        and 2 <= current.lines[0].clean.count(" ") < _CAPTION_MAX_WORDS
                        and current.lines[0].clean.endswith(".")
                        and current.lines[0].after_blank
                        and not line.after_blank
                    )
                    or (credited and _repeated_before_credit(current.lines[0].clean, clean))
                )
            ):
                # A short sentence and a credit, a block of their own between blank
                # lines, are the photo's caption and credit. (A heading or a byline
                # over a credit, or a paragraph in a text without blank lines, keeps
                # its place.) So is a line that the caption with its credit repeats
                # (the image's alternative text, then its caption).
                blocks.pop()
                captions.append(current.lines[0].clean)
            captions.append(clean)
            current = None
            previous = None
            continue
        raw = line.raw
        first = raw[0]
        if first in _BLOCK_START:
            if first == "#" and (match := _MD_HEADING.match(raw)) is not None:
                current = None
                block = Block(line, "heading", len(match.group(1)))
                block.text = clean_line(raw[match.end() :].rstrip("# \t")) or line.clean
                blocks.append(block)
                continue
            if (
                first != "#"
                and _LIST_ITEM.match(raw) is not None
                and not speech_line(raw)
                and not (answer_line(raw) and _after_question(blocks))
            ):
                current = Block(line, "list_item")
                made.append(current)
                blocks.append(current)
                continue
        current = Block(line, "paragraph")
        current.text = clean
        blocks.append(current)
    if not made:
        return blocks  # every block has its line's clean text, never empty
    for block in made:
        block.text = _block_text(block)
    return [block for block in blocks if block.text]


def _after_question(blocks: Sequence[Block]) -> bool:
    """Is the block before a dash line that asks ("- A koly budut vybory?")? Then a
    short dash line after it ("- Zvisno.") is the answer, not a list item."""
    if not blocks or blocks[-1].kind != "paragraph":
        return False
    lines = blocks[-1].lines
    return len(lines) == 1 and question_line(lines[0].raw)


def _block_text(block: Block) -> str:
    """The clean text of a block: lines joined with a space, except after a hyphen
    that ends a line before a lower-case continuation ("long-" + "established"; the
    hyphen is kept, since it may belong to the word), list markers removed."""
    lines = block.lines
    if len(lines) == 1:
        text = lines[0].clean
    else:
        parts = [lines[0].clean]
        for line in lines[1:]:
            last = parts[-1]
            piece = line.clean
            if len(last) > 1 and last[-1] == "-" and last[-2].isalpha() and piece[0].islower():
                parts[-1] = last + piece
            else:
                parts.append(piece)
        text = " ".join(parts)
    if block.kind == "list_item":
        match = _LIST_ITEM.match(text)
        if match is not None:
            text = text[match.end() :]
    return text


def classify_headings(blocks: list[Block]) -> None:
    """A one-line paragraph that reads as a subheading, with body after it, is a
    heading (one level below ``#`` headings when the text also has those)."""
    level = 0  # found when the first heading is: the kinds before any changes here
    last = len(blocks) - 1
    # Only a short block can be one, and most are long: one comprehension passes them
    # over, the short ones are tested in order.
    short = [i for i, b in enumerate(blocks) if len(b.text) <= _HEADING_MAX_CHARS]
    for index in short:
        block = blocks[index]
        text = block.text
        if index < last and block.kind == "paragraph" and len(block.lines) == 1:
            stripped = text.rstrip(_CLOSERS)
            if stripped and stripped[-1] in _TERMINAL:
                continue  # is_terminal(text): a sentence, the common case
            after = blocks[index + 1]
            if (
                after.kind != "heading"
                and not (index and _list_line(blocks[index - 1]))
                and (after.kind == "list_item" or prose(after.text))
                and headline_like(
                    text,
                    max_words=_HEADING_MAX_WORDS,
                    max_chars=_HEADING_MAX_CHARS,
                    allow_question=False,
                )
            ):
                if not level:
                    level = 7 if any(b.kind == "heading" for b in blocks) else 1
                block.kind = "heading"
                block.level = level


def _list_line(block: Block) -> bool:
    """A one-line paragraph that is not prose: a line of a list written without
    markers (results, nominees, a schedule). The short line after it is the list's
    last line, not a subheading over the paragraph that follows."""
    return block.kind == "paragraph" and len(block.lines) == 1 and not prose(block.text)
