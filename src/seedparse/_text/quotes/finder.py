"""Direct quotations and who said them, shared by the article and web-page readers.

The entry point is :func:`find_quotations`: given a text and the body blocks
(paragraphs) to look at, in reading order, it returns one list of ``quotation``
:class:`~seedparse.Citation` objects per block. Each citation's ``text`` is the quoted
words without the marks, its ``span`` runs from the opening mark to the closing mark
(or to the end of the block for a quote left open, the typographic convention for a
quotation that continues in the next paragraph), and its ``speaker`` is the person the
text credits, or None.

How it works, in three steps, each linear in the size of the text:

1. **Pairing marks.** Typographic (\u201c\u2026\u201d, \u201e\u2026\u201c,
   \u201e\u2026\u201d, \u00ab\u2026\u00bb, \u00bb\u2026\u00ab, \u2039\u2026\u203a,
   \u2018\u2026\u2019, \u201a\u2026\u2018, \u300c\u2026\u300d), straight ``"`` (or
   ``''``), ``,,`` typed for ``\u201e`` before a word, and the same marks written as
   HTML entities (``&ldquo;``, ``&quot;``) are
   paired with a small stack, using the characters on either side of an ambiguous mark
   to tell whether it opens or closes; the mixed marks of copied text pair too
   (``"\u2026\u201d``, ``\u201c\u2026"``, ``\u00ab\u2026"``, ``\u201e\u2026"``: see
   :mod:`.marks`). ``\u2019`` closes only a quote opened with ``\u2018``; everywhere
   else it is an apostrophe. Only the outermost quotes become citations.
2. **Attribution.** The words right after the quote (``\u201c\u2026,\u201d says X``,
   ``\u201c\u2026,\u201d X added``, ``\u201c\u2026,\u201d said X, a \u2026``,
   ``\u201c\u2026,\u201d he said``, ``\u201c\u2026,\u201d the officer said``,
   ``\u201c\u2026,\u201d X.``), or right before it (``X emphasized: \u201c\u2026``,
   ``as X put it, \u201c\u2026``, ``X, an expert, said: \u201c\u2026``), are read for a
   speaker: a name, a pronoun or a role noun next to a speech verb (:data:`SPEECH_VERBS`).
   Failing that, a speech verb with a subject elsewhere in the same sentence is used
   for quotes of four words or more.
3. **Resolution.** A surname alone resolves to the full name seen earlier in the
   blocks (also when spelled slightly differently: the given names are borrowed, the
   spelling of the attribution kept); a pronoun resolves to the last person credited
   with speech when no other person was introduced since; a role noun ("the officer")
   resolves to the most recent person that role was used for. A quote with no
   attribution that opens a sentence after another quote of the same paragraph, or
   continues a quotation left open at the end of the previous paragraph, keeps that
   speaker.

What is not a quotation: one or two characters between the marks (``\u201c.\u201d``);
scare quotes and titles, i.e. quotes of one to three words with no attribution of their
own (``a \u201clifeline\u201d for Russia``); short unattributed quotes inside a sentence
with no sentence punctuation of their own. Longer unattributed quotes are kept with
``speaker=None``: the text never invents a speaker.

Speech verbs are data, not code: :data:`SPEECH_VERBS` is the default set of word forms
(English inflections plus common forms in a few other languages). To recognise more,
build a :class:`QuoteFinder` with a larger set, e.g.
``QuoteFinder(speech_verbs=SPEECH_VERBS | verb_forms("sniff"))``, and call its
:meth:`~QuoteFinder.find`; the article reader accepts such a finder.

This module is the per-text driver (pairing, paragraphs carried on, dash lines); each
pair of marks is judged by :func:`.judging.judge`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

import attrs

from ..._errors import ArgumentError
from ..._model import Citation, Span
from ..._packed import CitationRecord
from ..dash_lines import DASHES
from .after_quote import after_quote_speaker
from .attribution import Attribution
from .context import Context
from .dash_speech import DashSpeech
from .judging import judge
from .lexicon import SPEECH_VERBS
from .marks import MAX_MARKS_PER_BLOCK, BlockPairs
from .mentions import split_nested_name
from .names import starts_block
from .open_quotes import dash_goes_on
from .quote_state import Quote, share_closing_attribution
from .run_on import RunOn
from .section_breaks import subheading_between
from .slavic_sequels import fragment_before_addition
from .speech_before import colon_before

__all__ = ["QuoteFinder", "find_quotations"]


def _speech_verbs(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise ArgumentError("speech_verbs must be a set of word forms, not a str")
    try:
        verbs = frozenset(value)
    except TypeError as error:
        raise ArgumentError(
            f"speech_verbs must be a set of str, not {type(value).__name__}"
        ) from error
    if not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
        raise ArgumentError("speech_verbs must be a non-empty set of non-empty strings")
    return verbs


def _check_max_marks(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 2:
        raise ArgumentError(f"max_marks must be an int of at least 2, got {value!r}")


@attrs.frozen(kw_only=True)
class QuoteFinder:
    """Finds quotations and their speakers; see :mod:`seedparse._text.quotes`.

    A reader option: :class:`~seedparse.ArticleReader` takes one as ``quote_finder``,
    so a specialised reader can recognise other speech verbs::

        default = seedparse.QuoteFinder().speech_verbs
        finder = seedparse.QuoteFinder(speech_verbs=default | {"sniffed", "sniffs"})
        reader = seedparse.ArticleReader(quote_finder=finder)

    Bad options raise :class:`~seedparse.ArgumentError`.

    .. versionadded:: 0.1.0
    """

    speech_verbs: frozenset[str] = attrs.field(
        default=SPEECH_VERBS, converter=_speech_verbs, repr=lambda v: f"<{len(v)} word forms>"
    )
    """The word forms read as speech verbs (lower case, matched case-sensitively);
    default :data:`~seedparse._text.quotes.SPEECH_VERBS`."""
    max_marks: int = attrs.field(default=MAX_MARKS_PER_BLOCK, validator=_check_max_marks)
    """At most this many quotation marks of each kind are read in one block."""
    _grammar: Attribution = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_grammar", Attribution(self.speech_verbs))

    # -- public -------------------------------------------------------------------

    def find(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
        """Quotations in the body blocks ``text[start:end]`` (given in reading order);
        one list per block, spans index into ``text``."""
        per_block = self._quotes(text, blocks)
        return [
            [
                Citation(
                    kind="quotation",
                    text=quote.text,
                    span=Span(start=quote.open, end=quote.close_end),
                    speaker=quote.speaker,
                )
                for quote in quotes
            ]
            for quotes in per_block
        ]

    def records(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[CitationRecord]]:
        """:meth:`find` as the citation records a reader writes to a packed Document
        (``("quotation", text, start, end, None, None, speaker)``), making no Citation
        objects: what the built-in readers call (a subclass that changes :meth:`find`
        changes this too, or the readers do not see it).

        .. versionadded:: 0.2.0
        """
        return [
            [
                ("quotation", quote.text, quote.open, quote.close_end, None, None, quote.speaker)
                for quote in quotes
            ]
            for quotes in self._quotes(text, blocks)
        ]

    def _quotes(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Quote]]:
        per_block: list[list[Quote]] = [[] for _ in blocks]
        if not blocks:
            return per_block
        low = min(map(itemgetter(0), blocks))
        high = max(map(itemgetter(1), blocks))
        marks = BlockPairs(text, low, high, self.max_marks * len(blocks), 3 * self.max_marks)
        if not marks and not any(text[b : b + 1] in DASHES for b, _ in blocks):
            return per_block  # no quotation marks, and no line of dash dialogue
        context = Context(self._grammar, text, low)
        dashes = DashSpeech(
            self._grammar, context, lambda b, p, n: colon_before(self._grammar, context, b, p, n)
        )
        previous_open: Quote | None = None  # a quote left open at the end of a block
        previous_last: Quote | None = None  # the last quote of the block before
        runs = RunOn(text, marks, blocks)  # (paragraphs that go on with an open quote)
        for index, (start, end) in enumerate(blocks):
            open_at = runs.open_at(previous_open.open if previous_open is not None else None)
            pairs = runs.pairs(index, open_at)
            if pairs is None:
                previous_open = previous_last = None
                if text[start : start + 1] in DASHES:  # a line of direct speech?
                    following = blocks[index + 1] if index + 1 < len(blocks) else None
                    dialogue = dashes.block(index, start, end, following)
                    if dialogue is not None:
                        per_block[index].append(dialogue)
                elif (closed := dashes.tail(index)) is not None:
                    per_block[index].append(closed)  # (its closing paragraph)
                elif index and (
                    on := dash_goes_on(text, (start, end), blocks[index - 1], per_block[index - 1])
                ):
                    per_block[index].append(on)  # (its second paragraph: open_quotes)
                continue
            # A body's name whose outer closing mark is left out (mentions.py) is no
            # quote left open: the rest of the paragraph is paired again.
            pairs = split_nested_name(text, pairs, end, lambda s, e: marks.pairs(s, e, None))
            quotes = per_block[index]
            last: Quote | None = None
            for number, (open_, inner_start, inner_end, close_end) in enumerate(pairs):
                quote = Quote(open_, inner_start, inner_end, close_end)
                # The sentence before a quote reads back to the last quotation taken,
                # over a title or a scare quote in it ("sagte der \u201eS\u00fcddeutschen
                # Zeitung\u201c: \u201e\u2026\u201c").
                prev_close = last.close_end if last is not None else start
                next_open = pairs[number + 1][0] if number + 1 < len(pairs) else end
                carried = None
                after = None
                if number == 0:
                    # The newswire convention: a paragraph that opens with a quote and
                    # gives no attribution carries on the speaker of the paragraph
                    # before, whether that quote was left open or closed.
                    carried = previous_open or previous_last
                    if (
                        carried is not None
                        and index
                        and subheading_between(text, blocks[index - 1][1], start)
                    ):
                        carried = None  # ("Residents react": a new section, someone else's)
                    # (unless a caption or the next paragraph names its speaker)
                    after = after_quote_speaker(context, self._grammar, quote, blocks, index)
                    carried = carried if after is None else None
                if judge(
                    self._grammar,
                    context,
                    quote,
                    (start, end),
                    prev_close,
                    next_open,
                    last,
                    carried,
                ):
                    if after is not None and not quote.credited_after:
                        quote.speaker = after or None  # ("": a caption names two people)
                        if after:
                            context.note(quote.close_end, after)
                    quotes.append(quote)
                    last = quote
            fragment_before_addition(text, start, quotes)
            share_closing_attribution(text, quotes)
            previous_open = quotes[-1] if quotes and not quotes[-1].closed else None
            previous_last = quotes[-1] if quotes else None
        # A quote left open at the end of a paragraph, with no attribution of its own,
        # belongs to the speaker of the quote that continues it in the next paragraph.
        for index in range(len(per_block) - 1, 0, -1):
            here, before = per_block[index], per_block[index - 1]
            if (
                here
                and before
                and before[-1].speaker in (None, context.story.credited)  # (or the title's)
                and not before[-1].closed
                and here[0].speaker is not None
                and starts_block(text, blocks[index][0], here[0].open)
            ):
                before[-1].speaker = here[0].speaker
        return per_block


_DEFAULT_FINDER = QuoteFinder()


def find_quotations(text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
    """Quotations in the body blocks ``text[start:end]`` (given in reading order); one
    list per block, spans index into ``text``.

    Uses the default :class:`QuoteFinder` (speech verbs :data:`SPEECH_VERBS`). Never
    raises for odd text: marks that pair with nothing are ignored.

    .. versionadded:: 0.1.0
    """
    return _DEFAULT_FINDER.find(text, blocks)


def quotation_records(
    text: str, blocks: Sequence[tuple[int, int]], finder: QuoteFinder | None = None
) -> list[list[CitationRecord]]:
    """:func:`find_quotations` as citation records (:meth:`QuoteFinder.records`), by
    ``finder`` when a reader was given one, else by the default finder."""
    return (finder if finder is not None else _DEFAULT_FINDER).records(text, blocks)
