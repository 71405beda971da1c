"""A quotation that runs on over paragraphs with no mark of their own.

Russian and Ukrainian copy (and copy that follows its typography) opens a quotation of
several paragraphs once and closes it once: the paragraphs between them carry no mark
("X \u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0432:
\u00ab\u041c\u0430\u0442\u0447 \u0431\u0443\u0432 \u2026" /
"\u0410\u043b\u0435
\u0432\u0441\u0435 \u0440\u0430\u0434\u0456 \u2026" / "\u2026
\u043f\u043e\u0434\u0430\u0440\u0443\u0432\u0430\u043b\u0438.\u00bb").
The paragraph that closes it is read already (:func:`~.marks.closes_first`); the ones
between are quotations only when such a closing paragraph follows them, after nothing
but paragraphs of that kind: a paragraph left open by a typing slip, then the story, is
no quotation. Lines each opened by a dash (an interview's questions and answers inside
the one quotation, the last answer closing it) go on with it as well, when every one of
them down to the closing one opens so; a dash line among plain ones is dialogue.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dash_lines import DASHES
from .marks import BlockPairs, Pair
from .open_quotes import closes_spaced

__all__ = ["MAX_RUN", "RunOn"]

#: At most this many paragraphs, the closing one included, go on with an open quote.
MAX_RUN = 6


def _carried(
    text: str, marks: BlockPairs, block: tuple[int, int], open_at: int, dashed: bool
) -> tuple[bool, list[Pair]] | None:
    """How the block ``text[start:end]`` reads as going on with the quote opened at
    ``open_at``: ``(closed, pairs)``, closed when the quote ends in it, or None when it
    cannot go on with it (it opens with a mark, or a quote of its own opens and stays
    open in it, or it opens with a dash unless ``dashed`` and with none if ``dashed``:
    see :meth:`RunOn.pairs`)."""
    start, end = block
    if start >= end or (text[start] in DASHES) != dashed:
        return None
    plain = marks.pairs(start, end, open_at)
    if plain is None:
        return False, [(start, start, end, end)]  # no mark at all: the quote goes on
    if plain and plain[0][0] == start:
        if plain[0][1] != start:
            return None  # a mark opens the block: a quote of its own
        return plain[0][2] < plain[0][3], plain  # closed here with no opening mark
    pairs = marks.pairs(start, end, open_at, carried=True)
    if not pairs or pairs[0][:2] != (start, start):
        return None
    first = pairs[0]
    if first[2] < first[3]:
        # Closed in this block, after a quote inside it, by a mark that closes by its
        # sides (a word or a sign before it): not one that opens a quote of its own
        # after a colon ("\u2026 \u0441\u043a\u0430\u0437\u0430\u043b: \u00ab\u2026").
        before = text[first[2] - 1] if first[2] > start else " "
        if before.isspace() and not closes_spaced(text, open_at, first[2], end):
            return None  # (French spacing, "\u2026 fin.\u00a0\u00bb", closes: open_quotes)
        return True, pairs
    return (False, pairs) if len(pairs) == 1 and first[3] == end else None


class RunOn:
    """The blocks of one document as :class:`~.marks.BlockPairs` pairs them, with the
    blocks that go on with a quotation left open (:meth:`pairs`) and the opening mark
    of the quotation they go on with (:meth:`open_at`)."""

    __slots__ = ("_blocks", "_marks", "_opened", "_text")

    def __init__(self, text: str, marks: BlockPairs, blocks: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._marks = marks
        self._blocks = blocks
        self._opened: dict[int, int] = {}  # a run-on block's start: the quote's mark

    def open_at(self, quote_open: int | None) -> int | None:
        """Where the mark of the quote left open at ``quote_open`` stands (the opening
        mark of the quotation a run-on block goes on with), None for None."""
        if quote_open is None:
            return None
        return self._opened.get(quote_open, quote_open)

    def pairs(self, index: int, open_at: int | None) -> list[Pair] | None:
        """The top-level quotes of ``blocks[index]`` (see :meth:`BlockPairs.pairs`), or,
        when it goes on with the quotation left open at ``open_at``, the whole block as
        a quote left open from its start: a block with no opening mark of its own,
        followed within :data:`MAX_RUN` blocks by one that closes the quotation, after
        blocks of the same kind only; and a block that closes the quotation after
        quotes of its own inside it (\u201cplays \u201cMalm\u00f6\u201d \u2026\u201d),
        which the usual carry (its first mark a closing one) does not read."""
        start, end = self._blocks[index]
        plain = self._marks.pairs(start, end, open_at)
        if open_at is None:
            return plain
        if plain and plain[0][:2] == (start, start):
            return plain  # closed (or left open again) with no opening mark: carried
        # A run of lines each opened by a dash (questions and answers inside the one
        # quotation, the last answer closing it: "\u2026 \u00ab\u2026" / "- \u2026?" /
        # "- \u2026\", - \u0441\u043a\u0430\u0437\u0430\u0432 X") goes on with it too; a
        # dash line among lines with none is dialogue of its own.
        dashed = self._text[start] in DASHES if start < end else False
        here = _carried(self._text, self._marks, (start, end), open_at, dashed)
        if here is None:
            return plain
        if here[0]:
            return here[1]  # closed here after quotes of its own inside the quotation
        for ahead in range(index + 1, min(len(self._blocks), index + MAX_RUN)):
            read = _carried(self._text, self._marks, self._blocks[ahead], open_at, dashed)
            if read is None:
                return plain
            if read[0]:
                self._opened[start] = open_at
                return here[1]
        return plain
