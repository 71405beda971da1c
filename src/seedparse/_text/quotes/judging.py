"""Whether a pair of marks is a quotation, and whose: the judging of one candidate.

The finder (:mod:`.finder`) pairs the marks of each paragraph and asks :func:`judge`
about every pair in reading order, with the quote before it in the paragraph and the
one the paragraph carries on. The words before and after the pair are read for an
attribution (:class:`.Attribution`, then the rules of each construction); scare
quotes, titles and names in marks with none are dropped. See the package docstring
for the steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cleaning import clean_text
from .after_quote import dash_verb_speaker, inverted_verb_speaker
from .attribution import Attr, Attribution
from .closing_tags import closing_so_tag, inner_so_tag
from .context import Context
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
from .lexicon import AUX
from .line_breaks import wrapped_block_end
from .mentions import (
    listed_title,
    title_after_preposition,
    tokens_through_body_name,
    topic_question,
)
from .name_lines import line_label
from .names import first_sentence_end, name_forward, sentence_start, split_tokens, starts_block
from .offices import named_after_office
from .quote_state import SENTENCE_ENDS, Quote, sentence_between
from .reported_fragments import konjunktiv_carries_on
from .reported_pronoun import pronoun_reporter
from .reported_roles import reported_role
from .slavic_names import is_outlet_lead
from .slavic_others import speaks_of
from .slavic_sequels import according_before, reported_clause
from .speech_before import colon_before, tag_before
from .stance_sentences import stance_speaker
from .work_titles import names_a_work

__all__ = ["judge"]

_WINDOW = 320  # characters read on each side of a quote, at most
# An attribution between dashes inside a quotation: ", - said X. -" (bounded, linear).
_INNER_ATTRIBUTION = re.compile(
    "[,.!?\u2026] ?[-\u2013\u2014] ([^-\u2013\u2014.,!?\n]{3,80})[.,] ?[-\u2013\u2014] "
)
# The same with a description after the name set off by commas: ", - said X, head of
# Y, -" (tried when the first finds no attribution; bounded, linear).
_INNER_DESCRIBED = re.compile(
    "[,.!?\u2026] ?[-\u2013\u2014] ([^-\u2013\u2014.!?\n]{3,100})[.,] ?[-\u2013\u2014] "
)
# A French incise between commas inside a quotation: "\u00ab\u2026, dit-il, \u2026\u00bb",
# "\u00ab\u2026, a expliqu\u00e9 Jean Dupont, \u2026\u00bb" (bounded, linear; at most
# _MAX_INCISES are read per quote). The closing comma is looked at, not taken, so that
# it may open the next stretch: "\u2026 tout expliquer, explique Jean Dupont, \u2026".
_INNER_INCISE = re.compile(',\u00a0? ?([^,.!?;:\n"\u00ab\u00bb\u201c\u201d\u201e]{2,60})(?=,)')
_MAX_INCISES = 3
# English articles, and the most words of what one can bring in as a noun in marks.
_ARTICLES = frozenset(("a", "an", "the"))
# Subjects the French verb "a" follows ("il a", "qui a", "on a").
_FRENCH_SUBJECTS = frozenset(("il", "elle", "on", "qui", "ce", "cela", "\u00e7a"))
_MAX_NAMED_THING = 12


def judge(
    grammar: Attribution,
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
                split_tokens(text, quote.close_end, quote.close_end + 60), grammar.is_verb
            )
        )
        if not inverted and (not lead or not (lead[-1] in ":," or lead in grammar.speech_verbs)):
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
    if n_words <= _MAX_NAMED_THING and topic_question(text, quote.open, block_start):
        return False  # "questions such as \u201cWhat next?\u201d": what was asked about
    pre = split_tokens(text, pre_start, quote.open) if pre_start < quote.open else []
    post: list[str] = []
    bare_end = False
    post_end = quote.close_end
    if quote.closed:
        post_end = _lowest(next_open, quote.close_end + 100, block_end)
        if post_end == block_end:  # a frame broken across lines (line_breaks.py)
            wrapped = wrapped_block_end(text, quote.close_end, block_end)
            post_end = wrapped if wrapped < quote.close_end + 160 else post_end
        post = split_tokens(text, quote.close_end, post_end)
        if post_end == next_open < block_end:
            # ", sagte \u201eDschungelcamp\u201c-Kandidatin X": read through a
            # quoted word glued into a German compound.
            limit = quote.close_end + 140
            limit = block_end if block_end < limit else limit
            post = (
                tokens_through_compound(text, quote.close_end, next_open, limit)
                or tokens_through_body_name(text, quote.close_end, next_open, limit)
                or post
            )  # (or a body's name in marks: "директор ГК «X» Name")
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
        attr = grammar.before(pre, n_words)
    if attr is None and pre and (named := _naming(grammar, context, pre, quote.open)) is not None:
        # "X called the plan \u201ca disgrace,\u201d while Y said \u2026", "the
        # secretary called him a \u201cmoron,\u201d Z told Forbes": the complement of
        # a naming verb is its subject's words; the words after it are another clause.
        attr, post, adjacent = named, [], False  # (no name in marks, no short fragment)
    if attr is None and pre and n_words >= 4 and not _capitalised(stripped):
        # "quand le ministre assurait devant les parlementaires \u00ab\u2026\u00bb, X jugeait"
        attr = verb_leads_in(pre, post, grammar.is_verb, grammar.subject_of)
        post = [] if attr is not None else post
    if attr is None and post:
        attr = grammar.after(post, ends_punct and bare_end)
        # "According to X, \u2026 \u201c\u2026,\u201d KTHV-TV reported": the outlet relays.
        attr = relayed_source(pre, post, grammar.is_verb, attr)
        if attr is None:  # "\u00ab\u2026\u00bb, veut croire X", "a tenu \u00e0 rassurer X"
            attr = periphrasis_subject(post, grammar.speaker_after_verb)
        if attr is None:  # "\u00bb, \u2013 <any verb> X", "\u00bb analyse X" (after_quote.py)
            attr = dash_verb_speaker(post, grammar.speaker_after_verb)
            attr = attr or (inverted_verb_speaker(post) if n_words >= 4 else None)
        if attr is None and n_words >= 4:  # "\u00ab\u2026\u00bb, avec \u2026, a dit X."
            wide_end = _lowest(next_open, quote.close_end + _WINDOW, block_end)
            wide = split_tokens(text, quote.close_end, wide_end)
            attr = closing_incise(wide, grammar.is_verb, grammar.after)
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
            and not (not pre and verb_then_name(post, grammar.is_verb))
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
        if attr is None and (subject := inverted_subject(named_after_office, name_forward, post)):
            attr = ("name", subject)  # "\u201e\u2026\u201c, war Trainer X zufrieden"
    if attr is None and pre:
        attr = grammar.before(pre, n_words)
    if (
        attr is None
        and last is not None
        and last.speaker is not None
        and last.credited_after
        and pre_start == last.close_end
        and incise_goes_on(pre, grammar.is_verb)
    ):
        attr = ("name", last.speaker)  # "\u00ab\u2026\u00bb, dit X, \u2026, \u00ab\u2026\u00bb"
    if attr is None and n_words >= 6:
        # Russian and Ukrainian put the attribution inside one pair of marks,
        # between dashes: "\u2026, - \u0437\u0430\u044f\u0432\u0438\u0432 X. - \u2026".
        inner = _INNER_ATTRIBUTION.search(raw) or _INNER_DESCRIBED.search(raw)
        if inner is not None:
            attr = grammar.after(split_tokens(raw, inner.start(1), inner.end(1)), False)
        else:
            attr = _incise(grammar, raw)
            if attr is None or attr[0] != "name":  # "\u00ab\u2026, souligne X. \u2026\u00bb"
                attr = sentence_incise(raw, grammar.is_verb, grammar.after) or attr
    if attr is None and n_words >= 4 and quote.closed:
        # "\u2026 \u00ab\u2026\u00bb \u2026. \u041e\u0431 \u044d\u0442\u043e\u043c
        # \u0437\u0430\u044f\u0432\u0438\u043b X.": the next sentence credits this one.
        reach = quote.close_end + _WINDOW
        reach = block_end if block_end < reach else reach
        following = wide if reach == wide_end else split_tokens(text, quote.close_end, reach)
        stop = first_sentence_end(following)
        if stop >= 0:
            attr = grammar.reported_next(following[stop + 1 :])
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
        attr = grammar.in_sentence(pre, post[: contrast_at(post)])
        if attr is None and quote.closed:  # "\u2026 \u201e\u2026\u201c wieder heraus, so X."
            reach = _lowest(next_open, quote.close_end + _WINDOW, block_end)
            attr = closing_so_tag(text, quote.close_end, reach, grammar)
        if attr is None and (shared := coordinated_subject(name_forward, grammar.is_verb, pre)):
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
        if speaker and attr[0] == "role" and reported_role(pre, speaker, grammar.is_verb):
            speaker = None  # "X explique que le Pr\u00e9fet a d\u00e9clar\u00e9 : \u00ab\u2026"
        if (
            speaker is None
            and attr[0] in ("label", "new-role")
            and n_words >= 4
            and (source := last or carried) is not None
            and source.speaker is not None
            and reported_speech_carries_on(pre, grammar.speech_verbs)
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
        and (ends_punct or coordinated_that(pre, grammar.is_verb))  # ("et qu'il")
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
            colon_carries_on(pre, grammar.speech_verbs)
            or opener_carries_on(pre)  # "Nur: \u201e\u2026\u201c"
            or konjunktiv_carries_on(pre, grammar.speech_verbs)  # ("Damals seien")
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
        and colon_carries_on(pre, grammar.speech_verbs, new_paragraph=True)
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
        and sentence_carries_on(split_tokens(text, block_start, quote.open), grammar.speech_verbs)
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
            speaker = tag_before(grammar, context, quote.open)
        if speaker is None:
            speaker = pronoun_reporter(context, quote.open)  # "He also said ... . \u201c"
        if speaker is None:
            speaker = stance_speaker(context, quote.open)  # ("X ist zufrieden.")
        if speaker is None and starts_block(text, block_start, quote.open):
            speaker = colon_before(grammar, context, block_start, quote.open, n_words)
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
        if (
            mid_sentence
            and n_words < _MAX_NAMED_THING
            and (
                listed_title(text, quote.open, quote.close_end, block_end, stripped)
                or title_after_preposition(pre, stripped, n_words)
            )
        ):
            return False  # "\u201cTattoos Fade,\u201d \u201cZen and the Art of \u2026\u201d and"
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


def _incise(grammar: Attribution, raw: str) -> Attr | None:
    """The attribution of an incise inside the quotation ``raw``
    ("\u00ab\u2026, dit-il, \u2026\u00bb"): a speech verb and its speaker
    between commas, the verb first (French inverts it there)."""
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
        elif (found := inner_so_tag(tokens, grammar)) is not None:
            return found  # ("\u201e\u2026, so X, \u2026\u201c")
    return None


def _naming(grammar: Attribution, context: Context, pre: Sequence[str], pos: int) -> Attr | None:
    """The subject of a naming verb whose quoted complement the quote at ``pos``
    is (:func:`~.english_clauses.naming_verb_at`): a name, a pronoun or a role.
    None when there is no such verb, no such subject, or the subject is one
    capitalised word opening the sentence that resolves to no fuller name seen
    before ("Critics called it \u201c\u2026\u201d": any first word is capitalised)."""
    verb_at = naming_verb_at(pre)
    if verb_at < 0:
        return None
    found = grammar.subject_of(pre, verb_at, participle=False)
    if found is None or found[0] not in ("name", "pronoun", "role"):
        return None
    if found[0] == "name" and " " not in found[1] and pre[0] == found[1]:
        resolved = context.resolve(found, pos)
        if resolved is None or " " not in resolved:
            return None
    return found


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
