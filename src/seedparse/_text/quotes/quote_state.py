"""The quotation the finder works on: a pair of marks in a block, its text and
speaker as the finder fills them in, and the rules that read a block's quotes
together (a stretch sharing the next quote's attribution, a sentence between two)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .lexicon import CONJUNCTIONS

__all__ = ["SENTENCE_ENDS", "Quote", "sentence_between", "share_closing_attribution"]

#: Characters that end a sentence inside a quotation's marks.
SENTENCE_ENDS = (".", "!", "?", "\u2026")

_MAX_BETWEEN = 8  # words between two coordinated quoted stretches


class Quote:
    """A top-level pair of marks found in a block, and what the finder made of it."""

    __slots__ = (
        "close_end",
        "closed",
        "credited_after",
        "inner_end",
        "inner_start",
        "open",
        "speaker",
        "text",
        "unattributed",
    )

    def __init__(self, open_: int, inner_start: int, inner_end: int, close_end: int) -> None:
        self.open = open_
        self.inner_start = inner_start
        self.inner_end = inner_end
        self.close_end = close_end
        self.closed = close_end > inner_end
        self.text = ""
        self.speaker: str | None = None
        # How judging.judge read it: no attribution at all, or one in the words right after it.
        self.unattributed = False
        self.credited_after = False


def share_closing_attribution(text: str, quotes: Sequence[Quote]) -> None:
    """ "\u2026 \u00ab va rechercher les causes \u00bb et \u00ab prendra quelques jours \u00bb,
    a confirm\u00e9 la procureure.": a quoted stretch with no attribution of its own, in
    the same sentence as the next quote of the block, which its attribution right
    after it credits, is the same person's: the two are joined by a conjunction, a few
    words between them and no sentence end."""
    for first, second in pairwise(quotes):
        if not (first.unattributed and first.speaker is None and first.closed):
            continue
        between = text[first.close_end : second.open]
        words = between.lower().split()
        if (
            second.credited_after
            and second.speaker is not None
            and len(words) <= _MAX_BETWEEN
            and any(word in CONJUNCTIONS for word in words)
            and not any(c in SENTENCE_ENDS for c in between)
            and not first.text.rstrip().endswith(SENTENCE_ENDS)
        ):
            first.speaker = second.speaker


def sentence_between(text: str, last: Quote, pos: int) -> bool:
    """Is there a whole sentence between the quote ``last`` and ``pos``, not only the
    end of the sentence ``last`` stands in ("\u201c\u2026,\u201d X said. Y replied. \u201c")?"""
    between = text[last.close_end : pos].rstrip()
    ends = sum(between.count(mark + " ") for mark in SENTENCE_ENDS) + between.endswith(
        SENTENCE_ENDS
    )
    if text[last.inner_start : last.inner_end].rstrip().endswith(SENTENCE_ENDS):
        ends += 1  # the quote ended its own sentence inside the marks
    return ends >= 2
