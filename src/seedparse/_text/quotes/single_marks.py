"""Straight single quotation marks (U+0027) around a quotation.

Copy from British and Irish papers, from sites whose CMS converts the marks and from
forum-like pages writes quotations between straight single marks: ``'We will not back
down,' the minister said.`` The same character is mostly an apostrophe (``don't``,
``O'Brien``, ``l'homme``, ``players'``, ``'90s``, ``rock 'n' roll``,
``\u043c'\u044f\u0447``), so a pair is read as quotation marks only on evidence:

* the opening mark starts a paragraph or follows a space, a colon, a bracket or a
  dash, with a letter right after it (``'90s`` is no quote) and no elision
  (``'em``, ``'til``, ``'n'``);
* the closing mark follows the quotation's own punctuation (``down,'``, ``India.'``),
  ends the paragraph, comes before a speech verb within three words (``'\u2026', the
  minister said``) or before a spaced dash or a colon (a headline's ``'\u2026' - new
  chairman``); a mark inside a word is an apostrophe and is passed over, and so is a
  plural possessive (``The players' union``);
* at least :data:`MIN_WORDS` words lie between them (no scare quote: ``'deal'``);
* an opening mark that its paragraph does not close opens a quotation that runs on
  (the typographic convention) when the paragraph ends a sentence and the next one
  opens with a mark too, or the paragraph before ran on in the same way (not a line of
  hard-wrapped text: ``called 'folders' and leaf nodes are called`` /
  ``'documents'. For a folder``).

Any other closing-shaped mark (``the 'deal' was``) ends what the last opening mark
began, and a later opening mark replaces an earlier one. The marks found here are
paired with all the others by :func:`.marks.pair_marks`, so that single marks inside a
double-marked quotation stay a nested quote. Russian and Ukrainian text, whose straight
single marks :mod:`.marks` reads by their own rule, is left to it. One pass over the
marks of each paragraph that has an opening mark: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .lexicon import SPEECH_VERBS

__all__ = ["MIN_WORDS", "quotation_marks"]

#: Fewest words between a pair of straight single marks read as a quotation.
MIN_WORDS = 3

# A straight single mark that may open a quotation: at the start of the text or after
# a space, a bracket, a colon or a dash, before a word character (checked to be a
# letter after the match). Written to open with the mark itself, so that the regex
# engine jumps from one "'" to the next (as marks._CYRILLIC_SINGLE does).
_OPENING = re.compile("'(?<![^\\s(\\[:\u2014\u2013-]')\\w")
# English elisions written with a leading apostrophe ("'em", "'til", "rock 'n' roll").
_ELISIONS = frozenset(("em", "til", "cause", "cos", "tis", "twas", "n", "bout", "round"))
_SENTENCE_ENDS = (".", "!", "?", "\u2026")
_WORD = re.compile("[^\\W\\d_]+")
# The quotation's own punctuation before a closing mark.
_OWN_PUNCTUATION = frozenset(",.!?\u2026")
# What may follow a closing mark (all of them in marks._RIGHT_OK, so that
# marks.pair_marks closes with it).
_AFTER_CLOSING = frozenset('.,;:!?)]}\u2026\u2014\u2013-"\u201d\u00bb\u2019')
# Left at the end of a paragraph after a closing mark: the sentence's end (a regex, so
# that only the run after the mark is read, not the rest of the paragraph).
_TRAILING = re.compile("[ \t.,;:!?)\u2026]*")
# A paragraph that opens with a straight single mark before a letter.
_PARAGRAPH_OPENS = re.compile("[^\\S\n]*\n\\s*'[^\\W\\d_]")
# A spaced dash or a colon after a closing mark: a headline's speaker or lede follows.
_FRAME_MARK = re.compile("(?: [-\u2013\u2014]|:) \\w")
_FRAME_WORDS = 3  # a speech verb within this many words after a closing mark
_FRAME_REACH = 60  # characters read for them

Mark = tuple[int, int, str]


def quotation_marks(
    text: str, start: int, end: int, cap: int, skip: Collection[int] = ()
) -> list[Mark]:
    """The straight single marks of ``text[start:end]`` that open or close a quotation
    (see the module's docstring), in order, at most ``cap``; ``skip``: positions of
    marks already taken (two apostrophes typed for a ``"``)."""
    if text.find("'", start, end) < 0:
        return []
    found: list[Mark] = []
    ran_on = -1  # where the last paragraph that ran on ends
    match = _OPENING.search(text, start, end)
    while match is not None and len(found) < cap:
        para_start = text.rfind("\n", start, match.start()) + 1
        para_start = para_start if para_start > start else start
        para_end = text.find("\n", match.start(), end)
        para_end = para_end if para_end >= 0 else end
        trailing = _paragraph(text, para_start, para_end, match.start(), skip, found)
        # An opening mark its paragraph leaves open: a quotation running on. (ran_on is
        # the paragraph with an opening mark just before, so each stretch between two
        # of them is read once.)
        follows = ran_on >= 0 and not text[ran_on:para_start].strip()
        if trailing >= 0 and (follows or _PARAGRAPH_OPENS.match(text, para_end, end)):
            found.append((trailing, 1, "'"))
            ran_on = para_end
        else:
            ran_on = -1
        match = _OPENING.search(text, para_end, end) if para_end < end else None
    return found[:cap]


def _paragraph(
    text: str, para_start: int, para_end: int, first: int, skip: Collection[int], out: list[Mark]
) -> int:
    """Append the pairs of the paragraph ``text[para_start:para_end]`` (its first
    opening candidate at ``first``) to ``out``; return where an opening mark that the
    paragraph leaves open stands (with :data:`MIN_WORDS` words after it, the paragraph
    ending a sentence), or -1."""
    find = text.find
    opened = -1
    at = first
    while at >= 0:
        if at not in skip:
            prev = text[at - 1] if at > para_start else " "
            nxt = text[at + 1] if at + 1 < para_end else " "
            if nxt.isalpha() and (prev.isspace() or prev in "([:\u2014\u2013-"):
                if not _elision(text, at + 1, para_end):
                    opened = at
            elif (
                opened >= 0
                and not prev.isspace()
                and not nxt.isalnum()
                and (nxt.isspace() or nxt in _AFTER_CLOSING)
            ):
                if _evidence(text, at, para_end, prev):
                    if _words(text, opened + 1, at) >= MIN_WORDS:
                        out.append((opened, 1, "'"))
                        out.append((at, 1, "'"))
                    opened = -1
                elif not (prev == "s" and nxt == " " and text[at + 2 : at + 3].isalpha()):
                    opened = -1  # ("the 'deal' was": a scare quote; not "players' union")
        at = find("'", at + 1, para_end)
    if (
        opened >= 0
        and text[opened:para_end].rstrip().endswith(_SENTENCE_ENDS)
        and _words(text, opened + 1, para_end) >= MIN_WORDS
    ):
        return opened  # (a sentence ends the paragraph: no line of hard-wrapped text)
    return -1


def _elision(text: str, at: int, end: int) -> bool:
    """Is the word at ``at`` an elision written with a leading apostrophe ("'em")?"""
    word = _WORD.match(text, at, end)
    if word is None:
        return False
    rest = text[word.end()] if word.end() < end else " "
    return word.group().lower() in _ELISIONS and not rest.isalnum()


def _evidence(text: str, at: int, para_end: int, prev: str) -> bool:
    """Does the closing-shaped mark at ``at`` close a quotation: after the quotation's
    own punctuation, at the end of the paragraph, or before a speech verb?"""
    if prev in _OWN_PUNCTUATION:
        return True
    trail = _TRAILING.match(text, at + 1, para_end)
    if trail is not None and trail.end() == para_end:
        return True
    if _FRAME_MARK.match(text, at + 1, para_end):
        return True  # ("'\u2026' - new chairman", "'\u2026': Husband of nurse")
    nxt = text[at + 1] if at + 1 < para_end else ""
    if nxt not in (",", " "):
        return False
    reach = at + 1 + _FRAME_REACH
    words = _WORD.findall(text, at + 1, reach if reach < para_end else para_end)
    return any(word in SPEECH_VERBS for word in words[:_FRAME_WORDS])


def _words(text: str, start: int, end: int) -> int:
    """How many whitespace-separated words ``text[start:end]`` has."""
    return len(text[start:end].split())
