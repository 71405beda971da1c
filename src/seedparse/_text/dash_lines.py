"""A line of direct speech led by a dash, not a list item.

Russian and Ukrainian print much direct speech without quotation marks: each line of
dialogue or interview opens with a dash ("- My gotovy, - skazal on.", in Cyrillic; the
punctuation of direct speech in both languages' spelling rules), an en dash or a
hyphen-minus standing for it as often as an em dash. A list item opens the same way.
A speech line is told apart by what follows the dash: a sentence in Cyrillic (a capital
first, four words at least, a sentence end last). A list item is a phrase ("- remont
dorog", "- 12 km"), or Latin text ("- Buy now."), and stays one.

Some outlets glue the dash to the first word ("-My zrobyly vse, shcho mohly!- skazav
X.", in Cyrillic): a dash right before a Cyrillic capital opens a speech line as well,
never one before a digit ("-5 gradusiv"), a small letter or a Latin word.
"""

from __future__ import annotations

from .lazyre import LazyPattern

__all__ = ["DASHES", "answer_line", "dash_body", "question_line", "speech_line"]

#: The dashes a line of direct speech opens with (em dash, en dash, hyphen-minus).
DASHES = frozenset("\u2014\u2013-")
_SPACES = " \u00a0\u202f\t"
_OPENERS = '\u00ab\u201e\u201c"'
_CLOSERS = "\u00bb\u201c\u201d\"')"
_ENDS = frozenset(".!?\u2026")
_MIN_WORDS = 4
_CYRILLIC_WORD = LazyPattern(r"[\u0400-\u04ff\u0027\u2019\u02bc-]+")
# A question closed before its attribution ("- ...? - utochniuie X.").
_ASKED = LazyPattern("\\?[\u00bb\u201c\u201d\"')]*[ \u00a0]?[\u2014\u2013-][ \u00a0]")
#: Most words of a short answer in dialogue ("- Zvisno.", "- Ni, ne dumaiu.").
_MAX_ANSWER_WORDS = 3


def _cyrillic_capital(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" and char.isupper()


def dash_body(line: str) -> int:
    """Where the words after a line's leading dash start (the dash, then at least one
    space or no-break space, or the dash glued to a Cyrillic capital), or 0 when the
    line opens with no such dash."""
    if not line or line[0] not in DASHES:
        return 0
    i = 1
    while i < len(line) and line[i] in _SPACES:
        i += 1
    if i > 1:
        return i
    return 1 if len(line) > 1 and _cyrillic_capital(line[1]) else 0


def speech_line(line: str) -> bool:
    """Does ``line`` open with a dash and go on as a sentence in Cyrillic: direct
    speech, not a list item?"""
    i = dash_body(line)
    if not i:
        return False
    body = line[i:].rstrip()
    start = body.lstrip(_OPENERS)
    if not start or not start[0].isupper() or _CYRILLIC_WORD.match(start) is None:
        return False
    words = body.split()
    if len(words) < _MIN_WORDS:
        return False
    first = [w.strip(_OPENERS + _CLOSERS + ",.:;!?\u2026") for w in words[:3]]
    if not all(w and _CYRILLIC_WORD.fullmatch(w) for w in first if not w.isdigit()):
        return False
    end = body.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _ENDS


def answer_line(line: str) -> bool:
    """Is ``line`` a short answer in dash dialogue: a dash, then one to three Cyrillic
    words, a capital first and a sentence end last ("- Zvisno.", "- Ni!")? Only after
    a question line is it speech rather than a list item (the caller knows which)."""
    i = dash_body(line)
    if not i:
        return False
    body = line[i:].rstrip()
    words = body.split()
    if not 1 <= len(words) <= _MAX_ANSWER_WORDS or not _cyrillic_capital(body[0]):
        return False
    bare = [w.strip(",.:;!?\u2026") for w in words]
    return all(w and _CYRILLIC_WORD.fullmatch(w) for w in bare) and body[-1] in _ENDS


def question_line(line: str) -> bool:
    """Is ``line`` a speech line that asks (its words end with a question mark, before
    an attribution or at the end): the turn an answer line follows?"""
    if not speech_line(line):
        return False
    return line.rstrip().rstrip(_CLOSERS).endswith("?") or _ASKED.search(line) is not None
