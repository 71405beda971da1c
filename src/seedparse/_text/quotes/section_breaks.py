"""A subheading between two paragraphs starts a new section of the story.

The newswire convention carries the speaker of a paragraph on to the next one that
opens with a quotation and credits nobody. A subheading between them ("Residents
react", "Ce qu'en pensent les riverains") starts another part of the story, whose
first quotation is usually someone else's: the speaker is not carried over it. A
subheading that names someone, or is a label ("Name: …", :mod:`.label_lines`), says
whose the section is and is read elsewhere; this reads only one that names nobody.

A topic line of an interview is no new section: Russian and Ukrainian sport pages set
the question's topic over each answer ("O travmakh", "Pro sklad": "about" and a noun,
in Cyrillic), and the answers under them are all the interviewee's.
"""

from __future__ import annotations

from .mark_sets import QUOTE_MARKS

__all__ = ["subheading_between"]

_MAX_WORDS = 10  # words of a subheading, at most
_ENDS = frozenset(".,;:!?\u2026")
#: "About" opening a topic line: Russian "\u041e", "\u041e\u0431", "\u041e\u0431\u043e",
#: Ukrainian "\u041f\u0440\u043e".
_ABOUT = frozenset(("\u041e", "\u041e\u0431", "\u041e\u0431\u043e", "\u041f\u0440\u043e"))


def subheading_between(text: str, previous_end: int, start: int) -> bool:
    """Is the text between two body blocks (``text[previous_end:start]``) one short line
    that names nobody: capitalised first word, no other capitalised word, no quotation
    mark, no colon, not ending like a sentence?"""
    lines = [line.strip() for line in text[previous_end:start].splitlines() if line.strip()]
    if len(lines) != 1:
        return False
    line = lines[0]
    words = line.split()
    if not 1 <= len(words) <= _MAX_WORDS or line[-1] in _ENDS or ":" in line:
        return False
    if any(c in QUOTE_MARKS for c in line) or not line[0].isupper():
        return False
    if len(words) > 1 and words[0] in _ABOUT:
        return False  # an interview's topic line: the answers go on
    return not any(word[:1].isupper() for word in words[1:])
