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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import itemgetter

import attrs

from ..._errors import ArgumentError
from ..._model import Citation, Span
from ..._packed import CitationRecord
from ..cleaning import clean_text
from ..dash_lines import DASHES
from .after_quote import after_quote_speaker, dash_verb_speaker, inverted_verb_speaker
from .attribution import Attr, Attribution
from .closing_tags import closing_so_tag
from .context import Context
from .dash_speech import DashSpeech
from .english_clauses import contrast_at, naming_verb_at
from .english_relay import relayed_source
from .english_titles import is_english_title
from .french_clauses import (
    colon_carries_on,
    owner_of_testimony,
    sentence_carries_on,
    verb_then_name,
)
from .french_incises import closing_incise, incise_goes_on, sentence_incise
from .french_inversion import periphrasis_subject
from .french_leads import coordinated_that, verb_leads_in
from .german_clauses import (
    colon_person,
    coordinated_subject,
    infinitive_speaker,
    inverted_subject,
    opener_carries_on,
    reported_speech_carries_on,
    statement_giver,
)
from .german_compounds import tokens_through_compound
from .latin_clauses import verb_ends_sentence
from .lexicon import AUX, SPEECH_VERBS
from .marks import MAX_MARKS_PER_BLOCK, BlockPairs
from .name_lines import line_label
from .names import (
    first_sentence_end,
    name_forward,
    sentence_start,
    split_tokens,
    starts_block,
)
from .offices import named_after_office
from .open_quotes import dash_goes_on
from .quote_state import SENTENCE_ENDS, Quote, sentence_between, share_closing_attribution
from .reported_fragments import konjunktiv_carries_on
from .reported_pronoun import pronoun_reporter
from .reported_roles import reported_role
from .run_on import RunOn
from .slavic_names import is_outlet_lead
from .slavic_others import speaks_of
from .slavic_sequels import according_before, fragment_before_addition, reported_clause
from .stance_sentences import stance_speaker
from .work_titles import names_a_work

__all__ = ["QuoteFinder", "find_quotations"]

_WINDOW = 320  # characters read on each side of a quote, at most
_DASHES = frozenset("\u2014\u2013")
# An attribution between dashes inside a quotation: ", - said X. -" (bounded, linear).
_INNER_ATTRIBUTION = re.compile(
    "[,.!?\u2026] ?[-\u2013\u2014] ([^-\u2013\u2014.,!?\n]{3,80})[.,] ?[-\u2013\u2014] "
)
# A French incise between commas inside a quotation: "\u00ab\u2026, dit-il, \u2026\u00bb",
# "\u00ab\u2026, a expliqu\u00e9 Jean Dupont, \u2026\u00bb" (bounded, linear; at most
# _MAX_INCISES are read per quote). The closing comma is looked at, not taken, so that
# it may open the next stretch: "\u2026 tout expliquer, explique Jean Dupont, \u2026".
_INNER_INCISE = re.compile(',\u00a0? ?([^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,60})(?=,)')
_MAX_INCISES = 3
# Most words of a speech tag that ends a sentence of reported speech (", she adds.",
# ", said Dana Cole.", ", the mayor said.").
_MAX_TAG = 4
# English articles, and the most words of what one can bring in as a noun in marks.
_ARTICLES = frozenset(("a", "an", "the"))
# Subjects the French verb "a" follows ("il a", "qui a", "on a").
_FRENCH_SUBJECTS = frozenset(("il", "elle", "on", "qui", "ce", "cela", "\u00e7a"))
_MAX_NAMED_THING = 12
# Quotation marks: a sentence with one is a quotation's, not reported speech.
_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a\u2039\u203a')


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
            self._grammar, context, lambda b, p, n: self._colon_before(context, b, p, n)
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
                    dialogue = dashes.block(index, start, end)
                    if dialogue is not None:
                        per_block[index].append(dialogue)
                elif index and (
                    on := dash_goes_on(text, (start, end), blocks[index - 1], per_block[index - 1])
                ):
                    per_block[index].append(on)  # (its second paragraph: open_quotes)
                continue
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
                    # (unless a caption or the next paragraph names its speaker)
                    after = after_quote_speaker(context, self._grammar, quote, blocks, index)
                    carried = carried if after is None else None
                if self._judge(context, quote, (start, end), prev_close, next_open, last, carried):
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

    # -- one quote ----------------------------------------------------------------

    def _incise(self, raw: str) -> Attr | None:
        """The attribution of an incise inside the quotation ``raw``
        ("\u00ab\u2026, dit-il, \u2026\u00bb"): a speech verb and its speaker
        between commas, the verb first (French inverts it there)."""
        grammar = self._grammar
        for count, match in enumerate(_INNER_INCISE.finditer(raw)):
            if count >= _MAX_INCISES:
                break
            tokens = split_tokens(raw, match.start(1), match.end(1))
            if not tokens:
                continue
            first = tokens[0].lower()
            inverted = first.endswith(("-il", "-elle"))
            if inverted or grammar.is_verb(tokens[0]) or first in AUX:
                found = grammar.after(tokens, False)
                if found is not None:
                    return found
        return None

    def _judge(
        self,
        context: Context,
        quote: Quote,
        block: tuple[int, int],
        prev_close: int,
        next_open: int,
        last: Quote | None,
        carried: Quote | None,
    ) -> bool:
        """Fill in ``quote.text`` and ``quote.speaker``; False when it is not a quotation."""
        text = context.text
        block_start, block_end = block
        raw = text[quote.inner_start : quote.inner_end]
        stripped = raw.strip()
        if len(stripped) <= 2:
            return False
        n_words = stripped.count(" ") + 1 if len(stripped) < 200 else len(stripped.split())
        if n_words <= 3 and len(stripped) > 8 and max(stripped) >= "\u2e80":
            n_words = max(n_words, len(stripped) // 2)  # scripts written without spaces
        ends_punct = stripped.rstrip("\"'\u2019\u201d\u00bb)").endswith(
            (",", ".", "!", "?", "\u2026", ";")
        ) or (quote.closed and text.startswith(",", quote.close_end))
        # (German, Russian and Ukrainian put the comma after the closing mark:
        # "\u201e\u2026\u201c, sagte X", "\u00ab\u2026\u00bb, \u2013 said X".)
        # (Two-value bounds as conditionals: builtin min() and max() parse arguments
        # and cost several times a comparison, and this runs for every quote.)
        window = quote.open - _WINDOW
        pre_start = sentence_start(text, prev_close if prev_close > window else window, quote.open)
        if n_words <= 3 and not ends_punct:
            # A scare quote or a title unless a speech verb or a colon leads into it.
            before = text[pre_start : quote.open].rsplit(None, 1)
            lead = before[-1] if before else ""
            # "\u00ab Nous sommes d\u00e9\u00e7us \u00bb lance Gilbert Renard": a quote opening
            # its sentence, then the inverted verb and its subject, is said, not a title.
            inverted = (
                quote.closed
                and not before
                and verb_then_name(
                    split_tokens(text, quote.close_end, quote.close_end + 60), self._grammar.is_verb
                )
            )
            if not inverted and (not lead or not (lead[-1] in ":," or lead in self.speech_verbs)):
                return False
        if (
            3 <= n_words <= 8
            and not ends_punct
            and is_english_title(stripped)
            and not text[pre_start : quote.open].rstrip().endswith(":")
        ):
            return False  # "told Dana Bash on \u201cState of the Union\u201d": a title
        if n_words <= 3 and is_outlet_lead(text[pre_start : quote.open], stripped):
            return False  # "as \u00abInterfax\u00bb reports": an outlet's name
        pre = split_tokens(text, pre_start, quote.open) if pre_start < quote.open else []
        post: list[str] = []
        bare_end = False
        post_end = quote.close_end
        if quote.closed:
            post_end = _lowest(next_open, quote.close_end + 100, block_end)
            post = split_tokens(text, quote.close_end, post_end)
            if post_end == next_open < block_end:
                # ", sagte \u201eDschungelcamp\u201c-Kandidatin X": read through a
                # quoted word glued into a German compound.
                limit = quote.close_end + 140
                limit = block_end if block_end < limit else limit
                post = tokens_through_compound(text, quote.close_end, next_open, limit) or post
            stop = first_sentence_end(post)
            bare_end = stop >= 0 or post_end in (next_open, block_end)
            if stop >= 0:
                post = post[:stop]
        attr: Attr | None = None
        adjacent = True
        wide_end, wide = -1, post  # the tokens after the quote to wide_end, once read
        if pre and pre[-1] in (":", ",") and stripped.endswith("."):
            # "X d\u00e9clare : \u00ab\u2026 .\u00bb Et Y d'ajouter : \u2026": a quote that ends
            # its own sentence is introduced by the words before it, not after it.
            attr = self._grammar.before(pre, n_words)
        if attr is None and pre and (named := self._naming(context, pre, quote.open)) is not None:
            # "X called the plan \u201ca disgrace,\u201d while Y said \u2026", "the
            # secretary called him a \u201cmoron,\u201d Z told Forbes": the complement of
            # a naming verb is its subject's words; the words after it are another clause.
            attr, post, adjacent = named, [], False  # (no name in marks, no short fragment)
        if attr is None and pre and n_words >= 4 and not _capitalised(stripped):
            # "quand le ministre assurait devant les parlementaires \u00ab\u2026\u00bb, X jugeait"
            attr = verb_leads_in(pre, post, self._grammar.is_verb, self._grammar.subject_of)
            post = [] if attr is not None else post
        if attr is None and post:
            attr = self._grammar.after(post, ends_punct and bare_end)
            # "According to X, \u2026 \u201c\u2026,\u201d KTHV-TV reported": the outlet relays.
            attr = relayed_source(pre, post, self._grammar.is_verb, attr)
            if attr is None:  # "\u00ab\u2026\u00bb, veut croire X", "a tenu \u00e0 rassurer X"
                attr = periphrasis_subject(post, self._grammar.speaker_after_verb)
            if attr is None:  # "\u00bb, \u2013 <any verb> X", "\u00bb analyse X" (after_quote.py)
                attr = dash_verb_speaker(post, self._grammar.speaker_after_verb)
                attr = attr or (inverted_verb_speaker(post) if n_words >= 4 else None)
            if attr is None and n_words >= 4:  # "\u00ab\u2026\u00bb, avec \u2026, a dit X."
                wide_end = _lowest(next_open, quote.close_end + _WINDOW, block_end)
                wide = split_tokens(text, quote.close_end, wide_end)
                attr = closing_incise(wide, self._grammar.is_verb, self._grammar.after)
            if attr is None and bare_end and stripped.endswith(SENTENCE_ENDS):
                # "\u00ab Bravo Paris ! \u00bb Anne Hidalgo exulte.": after a quote that is a
                # sentence of its own, a full name and its one verb, whatever the verb (an
                # incise, "\u201c\u2026,\u201d X sniffed", needs a speech verb).
                name, after = name_forward(post, 0)
                if name is not None and " " in name and verb_ends_sentence(post, after):
                    attr = ("name", name)
            quote.credited_after = attr is not None
            if (
                attr is not None
                and n_words <= 3
                and not ends_punct
                and not (not pre and verb_then_name(post, self._grammar.is_verb))
            ):
                attr = None  # a scare quote followed by a verb: not clearly attributed
            if attr is None and (owner := owner_of_testimony(post)) is not None:
                attr = ("name", owner)  # "\u00ab\u2026\u00bb : le r\u00e9cit de X, 10 ans"
            if (
                attr is None
                and (giver := statement_giver(named_after_office, name_forward, post)) is not None
            ):
                attr = ("name", giver)  # "\u201e\u2026\u201c, ist die Auskunft, die X gab"
            if attr is None and (said := infinitive_speaker(name_forward, post)) is not None:
                attr = ("name", said)  # "\u201e\u2026\u201c, ist es X wichtig zu betonen"
            if attr is None and (
                subject := inverted_subject(named_after_office, name_forward, post)
            ):
                attr = ("name", subject)  # "\u201e\u2026\u201c, war Trainer X zufrieden"
        if attr is None and pre:
            attr = self._grammar.before(pre, n_words)
        if (
            attr is None
            and last is not None
            and last.speaker is not None
            and last.credited_after
            and pre_start == last.close_end
            and incise_goes_on(pre, self._grammar.is_verb)
        ):
            attr = ("name", last.speaker)  # "\u00ab\u2026\u00bb, dit X, \u2026, \u00ab\u2026\u00bb"
        if attr is None and n_words >= 6:
            # Russian and Ukrainian put the attribution inside one pair of marks,
            # between dashes: "\u2026, - \u0437\u0430\u044f\u0432\u0438\u0432 X. - \u2026".
            inner = _INNER_ATTRIBUTION.search(raw)
            if inner is not None:
                attr = self._grammar.after(split_tokens(raw, inner.start(1), inner.end(1)), False)
            else:
                attr = self._incise(raw)
                if attr is None or attr[0] != "name":  # "\u00ab\u2026, souligne X. \u2026\u00bb"
                    attr = sentence_incise(raw, self._grammar.is_verb, self._grammar.after) or attr
        if attr is None and n_words >= 4 and quote.closed:
            # "\u2026 \u00ab\u2026\u00bb \u2026. \u041e\u0431 \u044d\u0442\u043e\u043c
            # \u0437\u0430\u044f\u0432\u0438\u043b X.": the next sentence credits this one.
            reach = quote.close_end + _WINDOW
            reach = block_end if block_end < reach else reach
            following = wide if reach == wide_end else split_tokens(text, quote.close_end, reach)
            stop = first_sentence_end(following)
            if stop >= 0:
                attr = self._grammar.reported_next(following[stop + 1 :])
                adjacent = attr is None
        if attr is None and n_words >= 4:
            adjacent = False
            if quote.closed and not bare_end:
                wider = _lowest(next_open, quote.close_end + _WINDOW, block_end)
                if wider > post_end:
                    post = wide if wider == wide_end else split_tokens(text, quote.close_end, wider)
                    stop = first_sentence_end(post)
                    post = post[:stop] if stop >= 0 else post
            # ("\u201c\u2026,\u201d while Y said \u2026": that verb is another clause's.)
            attr = self._grammar.in_sentence(pre, post[: contrast_at(post)])
            if attr is None and quote.closed:  # "\u2026 \u201e\u2026\u201c wieder heraus, so X."
                reach = _lowest(next_open, quote.close_end + _WINDOW, block_end)
                attr = closing_so_tag(text, quote.close_end, reach, self._grammar)
            if attr is None and (
                shared := coordinated_subject(name_forward, self._grammar.is_verb, pre)
            ):
                attr = ("name", shared)  # "gab X einen R\u00fcckblick und stellte fest:"
        speaker: str | None = None
        if attr is not None:
            speaker = context.resolve(attr, quote.open)
            if (
                speaker is None
                and attr[0] == "pronoun"
                and (by_colon := colon_person(name_forward, pre))
            ):
                speaker = context.complete(by_colon, quote.open)  # ("X:", "lacht er")
            if speaker and attr[0] in ("pronoun", "role") and speaks_of(speaker, raw):
                speaker = None  # ("\u00ab\u2026 X \u2026\u00bb, said the clerk": words about X)
            if speaker and attr[0] == "role" and reported_role(pre, speaker, self._grammar.is_verb):
                speaker = None  # "X explique que le Pr\u00e9fet a d\u00e9clar\u00e9 : \u00ab\u2026"
            if (
                speaker is None
                and attr[0] in ("label", "new-role")
                and n_words >= 4
                and (source := last or carried) is not None
                and source.speaker is not None
                and reported_speech_carries_on(pre, self.speech_verbs)
            ):
                # "Leute, die \u2026 h\u00e4tten, d\u00fcrfe man nicht belohnen, und
                # \u00fcberhaupt: \u201e\u2026\u201c": German reported speech (Konjunktiv I)
                # goes on with the last speaker's words; its opening noun is no speaker.
                speaker, attr = source.speaker, ("name", source.speaker)
        elif (
            pre
            and last is not None
            and last.speaker is not None
            and pre_start == last.close_end
            and (ends_punct or coordinated_that(pre, self._grammar.is_verb))  # ("et qu'il")
            and not text[last.inner_start : last.inner_end].rstrip().endswith(SENTENCE_ENDS)
        ):
            # "saying they \u201cstemmed from the urgency\u201d he felt but \u201ccaused
            # anxiety.\u201d": a second quoted stretch of the sentence that credited the
            # first, ending in its marks with no speech verb of its own, is the same
            # person's.
            speaker, adjacent, attr = last.speaker, True, ("name", last.speaker)
        elif not pre and last is not None and last.speaker is not None:
            # A new sentence that carries on the previous quote of the paragraph, unless
            # the sentence before it credits someone else with speech ("\u201c\u2026,\u201d
            # X said. Y replied that it was too late. \u201c\u2026\u201d").
            speaker = last.speaker
            if (
                n_words >= 4
                and sentence_between(text, last, quote.open)
                and (other := context.speaker_of_last_sentence(quote.open))
            ):
                speaker = other
            adjacent, attr = True, ("name", speaker)
        elif (
            n_words >= 4
            and last
            and last.speaker
            and (
                colon_carries_on(pre, self.speech_verbs)
                or opener_carries_on(pre)  # "Nur: \u201e\u2026\u201c"
                or konjunktiv_carries_on(pre, self.speech_verbs)  # ("Damals seien")
            )
        ):
            # "Elle confirme que \u00ab\u2026\u00bb Mais la secousse fut br\u00e8ve :
            # \u00ab\u2026\u00bb": a colon after a clause about things carries on the
            # paragraph's last quote.
            speaker, adjacent, attr = last.speaker, True, ("name", last.speaker)
        elif (
            n_words >= 4
            and carried
            and carried.speaker
            and colon_carries_on(pre, self.speech_verbs, new_paragraph=True)
        ):
            # "Le bruit et les vibrations l\u2019ont surprise : \u00ab\u2026\u00bb": the person a
            # new paragraph's object pronoun stands for is the last one quoted.
            speaker, attr = carried.speaker, ("name", carried.speaker)
        elif (
            not pre
            and starts_block(text, block_start, quote.open)
            and (labelled := line_label(text, context.low, block_start)) is not None
        ):
            # "Kai Hempel (Cheftrainer DJK Gebenbach)" or a name alone on the line
            # above (name_lines.py): it names the speaker of the paragraph under it.
            speaker = context.resolve(("label", labelled), quote.open)
            attr = ("name", speaker) if speaker is not None else None
        elif (
            carried is not None
            and carried.speaker is not None
            and starts_block(text, block_start, quote.open)
        ):
            speaker, attr = carried.speaker, ("name", carried.speaker)
        elif (
            not pre
            and n_words >= 4
            and carried is not None
            and carried.speaker is not None
            and sentence_carries_on(split_tokens(text, block_start, quote.open), self.speech_verbs)
        ):
            # "L'exemple ne l'\u00e9meut pas davantage. \u00ab\u2026\u00bb": a new paragraph's one
            # sentence about a thing, with an object pronoun for the person quoted last.
            speaker, attr = carried.speaker, ("name", carried.speaker)
        elif not pre and n_words >= 4:
            # A paragraph or a sentence opening with a quote that names nobody, right
            # after a sentence that credits one person with speech ("X admitted that
            # ...", "X kündigte an, ... . \u201e\u2026\u201c"): the quote is that person's words.
            speaker = according_before(context, quote.open)
            if speaker is None:
                speaker = context.speaker_of_last_sentence(quote.open)
            if speaker is None:
                speaker = self._tag_before(context, quote.open)
            if speaker is None:
                speaker = pronoun_reporter(context, quote.open)  # "He also said ... . \u201c"
            if speaker is None:
                speaker = stance_speaker(context, quote.open)  # ("X ist zufrieden.")
            if speaker is None and starts_block(text, block_start, quote.open):
                speaker = self._colon_before(context, block_start, quote.open, n_words)
            if speaker is None and starts_block(text, block_start, quote.open):
                # The title's person, no attribution of its own (headline_speaker.py).
                story = context.story
                speaker = story.speaker(context, quote.open, quote.close_end, block_end, raw)
            if speaker is not None:
                attr = ("name", speaker)
        if attr is None:
            if n_words <= 3:
                return False
            mid_sentence = bool(pre) and pre[-1] not in (":", ",")
            mid_sentence = mid_sentence and not reported_clause(pre, stripped)  # (a "that" clause)
            if mid_sentence and not ends_punct and n_words < 8:
                return False
            if mid_sentence and n_words < _MAX_NAMED_THING and names_a_work(pre):
                return False  # "in der Sendung \u201eAktenzeichen XY\u201c": a title
            if mid_sentence and n_words < _MAX_NAMED_THING and _after_article(pre):
                # "nothing generic about a \u201cfresh, wild-caught fillet.\u201d": after
                # an article, words nobody is credited with are a thing's name.
                return False
        elif not adjacent and (n_words <= 3 or (not ends_punct and _capitalised(stripped))):
            return False  # a fragment, or a name in quotes (a programme, a body, a title)
        quote.text = clean_text(raw).rstrip(" ,;")
        if not quote.text:
            return False
        quote.speaker = speaker
        quote.unattributed = attr is None
        if speaker is not None:
            context.note(quote.close_end, speaker)
        elif attr is not None and (attr[0] == "new-role" or context.unnamed_roles.said(attr)):
            context.note_unnamed(quote.close_end)  # "assure un animateur": someone new
        return True

    def _tag_before(self, context: Context, pos: int) -> str | None:
        """The speaker of a quote at ``pos`` that opens its sentence with no
        attribution, when the sentence before it, with no quotation and no other
        speech verb of its own, ends in a speech tag after a comma ("Older weavers
        counted rows with knots, she adds. \u201c\u2026\u201d", "\u2026, Cole
        explains."): reported speech the quote goes on with. A name is that
        person; a pronoun, the one quoted last when nobody came in since. None
        otherwise."""
        text = context.text
        low = context.low
        j = pos - 1
        while j > low and text[j].isspace():
            j -= 1
        if j <= low or text[j] != ".":
            return None
        start = sentence_start(text, low if low > j - _WINDOW else j - _WINDOW, j)
        tokens = split_tokens(text, start, j)
        if "," not in tokens or any(not token[0].isalnum() and token in _MARKS for token in tokens):
            return None
        comma = len(tokens) - 1 - tokens[::-1].index(",")
        if any(self._grammar.is_verb(token) for token in tokens[:comma]):
            return None  # "X announced a meeting, Y replied": two people's clauses
        tail = [token for token in tokens[comma + 1 :] if token not in _DASHES]
        if not 2 <= len(tail) <= _MAX_TAG:
            return None
        attr = self._grammar.after(tail, True)
        if attr is None or attr[0] not in ("name", "pronoun"):
            return None
        if attr[0] == "pronoun":
            # The one quoted last, when nobody came in since (not a person the
            # reported sentence names: "Omar sells the cloth, she adds").
            attr = ("previous", "")
        return context.resolve(attr, start)

    def _naming(self, context: Context, pre: Sequence[str], pos: int) -> Attr | None:
        """The subject of a naming verb whose quoted complement the quote at ``pos``
        is (:func:`~.english_clauses.naming_verb_at`): a name, a pronoun or a role.
        None when there is no such verb, no such subject, or the subject is one
        capitalised word opening the sentence that resolves to no fuller name seen
        before ("Critics called it \u201c\u2026\u201d": any first word is capitalised)."""
        verb_at = naming_verb_at(pre)
        if verb_at < 0:
            return None
        found = self._grammar.subject_of(pre, verb_at, participle=False)
        if found is None or found[0] not in ("name", "pronoun", "role"):
            return None
        if found[0] == "name" and " " not in found[1] and pre[0] == found[1]:
            resolved = context.resolve(found, pos)
            if resolved is None or " " not in resolved:
                return None
        return found

    def _colon_before(
        self, context: Context, block_start: int, pos: int, n_words: int
    ) -> str | None:
        """The speaker of a paragraph that is only a quotation, when the paragraph
        before it ends with a colon ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 X
        \u043f\u0440\u043e \u2026:", "he stressed that ...:"):
        that sentence introduces the speech, as one that ends in a colon in the same
        paragraph does."""
        text = context.text
        j = block_start - 1
        while j > context.low and text[j].isspace():
            j -= 1
        if j <= context.low or text[j] != ":":
            return None
        start = sentence_start(text, max(context.low, j - _WINDOW), j)
        start = max(start, text.rfind("\n", context.low, j) + 1)  # (that paragraph's)
        tokens = split_tokens(text, start, j + 1)
        attr = self._grammar.before(tokens, n_words)
        if attr is None:
            attr = self._grammar.in_sentence(tokens[:-1], [])
        return context.resolve(attr, pos) if attr is not None else None


def _lowest(a: int, b: int, c: int) -> int:
    """``min(a, b, c)`` of three ints, without builtin min()'s argument parsing."""
    if b < a:
        a = b
    return c if c < a else a


def _after_article(pre: Sequence[str]) -> bool:
    """Do the words before a quote end in an English article ("about a", "the")? Not
    the French verb "a" after its subject ("il a \u00ab\u2026\u00bb", "Macron a")."""
    last = pre[-1].lower() if pre else ""
    if last not in _ARTICLES:
        return False
    if last != "a" or len(pre) < 2:
        return True
    before = pre[-2]
    return not (before.lower() in _FRENCH_SUBJECTS or before[0].isupper())


def _capitalised(words: str) -> bool:
    """Do two or more words, every word with letters, start with a capital letter
    ("\u041c\u0435\u0434\u0456\u0430\u0446\u0435\u043d\u0442\u0440
    \u0423\u043a\u0440\u0430\u0457\u043d\u0430 \u2014
    \u0423\u043a\u0440\u0456\u043d\u0444\u043e\u0440\u043c", "Face the Nation" does not)?"""
    seen = 0
    for word in words.split():
        if word[0].isalpha():
            if not word[0].isupper():
                return False
            seen += 1
    return seen >= 2


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
