"""Who said a quote: the attribution grammar around a quotation.

The words right after the quote (``\u201c\u2026,\u201d says X``, ``\u201c\u2026,\u201d X
added``, ``\u201c\u2026,\u201d he said``, ``\u201c\u2026,\u201d the officer said``), or
right before it (``X emphasized: \u201c\u2026``, ``as X put it, \u201c\u2026``), are read for
a speaker: a name, a pronoun or a role noun next to a speech verb. Failing that, a
speech verb with a subject elsewhere in the same sentence. The answer is an
:data:`Attr`, resolved to a person by :mod:`seedparse._text.quotes.context`.

The two searches every reading makes live in their own modules: the speaker named
after a speech verb (:mod:`.after_verb`) and the subject before one
(:mod:`.verb_subjects`); the class genders both and memoises the readings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .after_verb import speaker_named_after
from .colon_clauses import colon_clause_subject
from .english_apposition import job_noun_subject, possessive_side
from .english_documents import writing_read_before, written_by
from .english_phrasal import one_word_verbs
from .french_clauses import elided_auxiliary, for_clause, unelided
from .french_inversion import causative_verb
from .french_sources import as_selon
from .german_clauses import according_to
from .latin_clauses import (
    DOCUMENTS,
    Attr,
    auxiliary_inversion,
    inverted_verb,
    reflexive_participle,
    relative_antecedent,
    role,
    shared_subject,
    verb_second,
)
from .latin_frames import FOCUS_ADVERBS
from .lexicon import (
    AUX,
    CLITICS,
    CONJUNCTIONS,
    CONTINUATIONS,
    DETERMINERS,
    FOR_WORDS,
    FUNCTION_WORDS,
    LEADING_SEPARATORS,
    NOT_NAME_OPENERS,
    OF_WORDS,
    OTHER_PRONOUNS,
    PRONOUNS,
    REPORTED_OPENINGS,
    SO_WORDS,
    THAT,
    TRAILING_SEPARATORS,
)
from .names import inverted_pronoun, is_cap, is_cyrillic, is_title, name_backward, name_forward
from .offices import office_before_colon
from .slavic import according, gendered, opening_speaker, quoted_person, slavic_adverb, speech_owner
from .slavic_after import dash_verb
from .slavic_subjects import opening_subject
from .verb_subjects import verb_subject

__all__ = ["Attr", "Attribution"]

# (``Attr``, an attribution's kind and value, is defined in latin_clauses.)

_MEMO_SIZE = 1 << 11  # answers remembered per grammar (then the memo starts over)
_MISSING: Attr = ("", "")  # a memo miss (compared by identity: no answer is this object)


class Attribution:
    """The attribution grammar for one set of speech verbs (word forms, matched
    case-sensitively).

    The three readings the finder asks for each quote (:meth:`after`, :meth:`before`,
    :meth:`in_sentence`) are pure functions of their tokens, and a text words its
    attributions the same way again and again (", he said", ", said X."), so their
    answers are memoised (bounded by :data:`_MEMO_SIZE`; the memo is dropped when
    full)."""

    __slots__ = ("_memo", "_searches", "speech_verbs")

    def __init__(self, speech_verbs: frozenset[str]) -> None:
        self.speech_verbs = speech_verbs
        self._memo: dict[tuple[object, ...], Attr | None] = {}
        # The two searches (:meth:`speaker_after_verb`, :meth:`subject_of`), pure
        # functions of their tokens too, asked again for every sentence with a speech
        # verb the context reads: their own memo, so as not to crowd out the readings.
        self._searches: dict[tuple[object, ...], Attr | None] = {}

    def _memoised(
        self, key: tuple[object, ...], compute: Callable[..., Attr | None], *args: Any
    ) -> Attr | None:
        """``compute(*args)``, remembered under ``key`` (the memo starts again when full)."""
        memo = self._memo
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[key] = compute(*args)
        return found

    def unelided(self, tokens: Sequence[str]) -> Sequence[str]:
        """``tokens`` with a French elided article or "que" split off its word
        ("l\u2019\u00e9lu" gives "l\u2019", "\u00e9lu"; "qu\u2019il" gives "qu\u2019",
        "il"), so that the article and the pronoun are read as such. An elided
        speech verb ("d\u2019ajouter", "l\u2019a dit") and a capitalised word
        ("l\u2019Int\u00e9rieur", part of an office) are kept whole."""
        return unelided(tokens, self.is_verb)

    def is_verb(self, token: str) -> bool:
        if token in self.speech_verbs:
            return True
        # French elision: "d\u2019ajouter", "l\u2019a dit"
        return len(token) > 3 and token[1] in "'\u2019" and token[2:] in self.speech_verbs

    def after(self, tokens: Sequence[str], bare_ok: bool) -> Attr | None:
        """Attribution in the words after a quote (memoised, see the class)."""
        key = ("after", bare_ok, *tokens)
        return self._memoised(key, self._after, tokens, bare_ok)

    def _after(self, tokens: Sequence[str], bare_ok: bool) -> Attr | None:
        tokens = one_word_verbs(self.unelided(tokens))  # ("\u201d, Doe pointed out.")
        n = len(tokens)
        i = 0
        while i < n and i < 2 and tokens[i] in LEADING_SEPARATORS:
            i += 1
        tokens = as_selon(tokens, i)  # "\u00bb, aux dires de X": "selon X"
        n = len(tokens)
        if i >= n:
            return None
        token = tokens[i]
        low = token.lower()
        if low == "according" and i + 1 < n and tokens[i + 1].lower() == "to":
            name, _ = name_forward(tokens, i + 2)
            return ("name", name) if name else None
        if low in SO_WORDS and i + 1 < n:
            # German "\u201e\u2026\u201c, so Merkel", French "\u00ab\u2026\u00bb, selon le ministre"
            return self.speaker_after_verb(tokens, i + 1)
        if (quoted := quoted_person(tokens, i)) is not None:
            return quoted  # Russian, Ukrainian "\u00ab\u2026\u00bb, \u2014 quotes [the agency] X"
        if (written := written_by(tokens, i)) is not None:
            return written  # "\u201c\u2026,\u201d read X's message", "X's letter said"
        verb_at = -1
        auxiliary = low in AUX or slavic_adverb(token) or elided_auxiliary(low)
        if i and (participle := reflexive_participle(low, tokens, i + 1)) >= 0:
            verb_at = participle  # "\u00bb, s'est irrit\u00e9e sur Europe 1 la ministre X"
        elif self.is_verb(token) or dash_verb(tokens, i):
            verb_at = i
        elif auxiliary and i + 1 < n and self.is_verb(tokens[i + 1]):
            verb_at = i + 1  # (and "\u00bb, m\u2019a expliqu\u00e9 X": an elided object)
        elif low in AUX and i + 2 < n and tokens[i + 1] in AUX and self.is_verb(tokens[i + 2]):
            verb_at = i + 2  # "\u00bb, a encore affirm\u00e9 X": an adverb after the auxiliary
        if verb_at >= 0:
            return self.speaker_after_verb(tokens, verb_at + 1)
        if low in CLITICS:
            # "lui r\u00e9pond le ministre": an object pronoun, then an inverted verb.
            k = i + 1
            while k < n and k < i + 3 and tokens[k].lower() in AUX:
                k += 1
            if k < n and self.is_verb(tokens[k]):
                found = self.speaker_after_verb(tokens, k + 1)
                if found is not None:
                    return found
            if k < n and k == i + 1:
                # A reflexive inversion: "se demande-t-elle", "se d\u00e9sole-t-il".
                inverted = inverted_pronoun(tokens[k].lower())
                if inverted is not None and self.is_verb(inverted_verb(tokens[k].lower())):
                    return ("pronoun", inverted)
        if low in PRONOUNS or low in OTHER_PRONOUNS:
            if self.verb_follows(tokens, i + 1):
                return ("pronoun", low)
            return None
        if token.endswith(("\u2019s", "'s")) and token[0].isupper():
            # "Putin's spokesman said": a role of the named person's side, not the person.
            return possessive_side(tokens, i, self.is_verb, self.verb_follows)
        inverted = inverted_pronoun(low)
        if inverted is not None:
            # French inversion: "a-t-elle ajout\u00e9", "ajoute-t-il", "dit-il"
            if self.is_verb(inverted_verb(low)) or self.verb_follows(tokens, i + 1):
                return ("pronoun", inverted)
            if auxiliary_inversion(low, tokens, i + 1):
                return ("pronoun", inverted)  # "\u00bb, a-t-il d\u00e9but\u00e9"
            return None
        if token[0].isalpha() and is_cap(token):
            name, j = name_forward(tokens, i)
            if name is None:
                return None
            if j < n and tokens[j] == ",":
                # An appositive: "X, a senior analyst, said".
                k = j + 1
                while k < n and k < j + 16 and tokens[k] != ",":
                    k += 1
                if k < n and tokens[k] == "," and self.verb_follows(tokens, k + 1):
                    return ("name", name)
            if self.verb_follows(tokens, j):
                return ("name", name)
            glued = job_noun_subject(tokens, j)  # "Bernstein analyst X Y said"
            if glued is not None and self.verb_follows(tokens, glued[1]):
                return ("name", glued[0])
            if j >= n and bare_ok:
                return ("name", name)  # a bare name after the quote: "\u201c\u2026,\u201d X."
            return None
        if (
            token.isalpha()
            and token.islower()
            and len(token) > 3
            and i > 0
            and tokens[i - 1] == ","
            and low not in FUNCTION_WORDS
            and low not in CONJUNCTIONS
            and low not in DETERMINERS
            and low not in THAT
            and i + 1 < n
        ):
            # ", freute sich Oberb\u00fcrgermeisterin X", ", teilte ein Sprecher mit": a
            # verb the lexicon does not know, inverted after the quote as speech verbs
            # are. A name there is the speaker; an office or a role is someone the
            # finder cannot tell, so the quote is not carried on to the last speaker.
            k = i + 1
            if tokens[k].lower() in ("sich", "se", "s'", "s\u2019"):
                k += 1
            if k + 1 < n and tokens[k].lower() in FOCUS_ADVERBS:
                k += 1  # "zeigt sich auch Jutta Olbricht" (latin_frames.py)
            if k < n and tokens[k][0].isalpha() and is_cap(tokens[k]):
                name, _ = name_forward(tokens, k)
                if name is not None and " " in name:
                    return ("name", name)
            if k + 1 < n and tokens[k].lower() in DETERMINERS and is_title(tokens[k + 1]):
                return ("new-role", tokens[k + 1].lower())
        if low in DETERMINERS:
            j = i + 1
            while (
                j < n
                and j < i + 5
                and tokens[j][0].isalpha()
                and (not self.is_verb(tokens[j]) or (j == i + 1 and tokens[j] in DOCUMENTS))
            ):
                j += 1  # ("the report said": a document's noun, not the verb "report")
            if j > i + 1 and self.verb_follows(tokens, j):
                return role(low, tokens[j - 1])
            # "the officer in charge of \u2026, Colonel X, said"
            comma = j
            while comma < n and comma < i + 14 and tokens[comma] != ",":
                comma += 1
            if comma < n and tokens[comma] == ",":
                name, k = name_forward(tokens, comma + 1)
                if name is not None and k < n and tokens[k] == ",":
                    k += 1
                if name is not None and self.verb_follows(tokens, k):
                    return ("name", name)
        return None

    def verb_follows(self, tokens: Sequence[str], j: int) -> bool:
        """Is there a speech verb at ``tokens[j]``, after at most two adverbs or
        auxiliaries ("bluntly stated", "has also said")?"""
        for k in range(j, min(j + 3, len(tokens))):
            word = tokens[k]
            if self.is_verb(word):
                return True
            low = word.lower()
            if not (low in AUX or (low.endswith("ly") and len(low) > 3 and word.islower())):
                return False
        return False

    def speaker_after_verb(self, tokens: Sequence[str], j: int) -> Attr | None:
        """The speaker named after a speech verb: "says X", "said he", "said the officer"
        (memoised, see ``_searches``)."""
        key = ("after-verb", j, *tokens)
        memo = self._searches
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = speaker_named_after(self, tokens, j)
            found = memo[key] = gendered(found, tokens[j - 1] if j > 0 else "")
        return found

    def subject_of(
        self, tokens: Sequence[str], verb_at: int, *, participle: bool = True
    ) -> Attr | None:
        """The subject of the speech verb at ``tokens[verb_at]``; ``participle``: an
        English "-ing" form may take the sentence's subject ("X left, saying")."""
        key = ("subject", participle, verb_at, *tokens)
        memo = self._searches
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = verb_subject(self, tokens, verb_at, participle=participle)
            found = memo[key] = gendered(found, tokens[verb_at])
        return found

    def before(self, tokens: Sequence[str], n_words: int) -> Attr | None:
        """Attribution in the words of the sentence before a quote of ``n_words``
        words (memoised, see the class)."""
        key = ("before", n_words, *tokens)
        return self._memoised(key, self._before, tokens, n_words)

    def _before(self, tokens: Sequence[str], n_words: int) -> Attr | None:
        tokens = as_selon(self.unelided(tokens), 0)  # "Aux dires de X, \u00ab\u2026"
        n = len(tokens)
        end = n
        while end > 0 and tokens[end - 1] in TRAILING_SEPARATORS:
            end -= 1
        separated = end < n
        if end == 0:
            return None
        if (written := writing_read_before(tokens, end)) is not None:
            return written  # "A text message from X read, \u201c\u2026\u201d"
        # "as X put it, \u201c\u2026" and "according to X, \u201c\u2026"
        if end >= 3 and tokens[end - 2] == "put" and tokens[end - 1] == "it":
            name = name_backward(tokens, end - 3)
            return ("name", name) if name else None
        if tokens[0].lower() == "according" and end > 2 and tokens[1].lower() == "to":
            name, after = name_forward(tokens, 2)
            if name is not None and after == end:
                return ("name", name)
        if separated and end >= 3:
            found = according(tokens, end)
            if found is not None:
                return found
        verb_at = -1
        for k in range(end - 1, max(-1, end - 12), -1):
            if (self.is_verb(tokens[k]) or causative_verb(tokens, k)) and not (
                k + 1 < n and tokens[k + 1] in OF_WORDS
            ):
                verb_at = k  # "notes of the bill" is a noun, not "X notes"
                break
        if (found := opening_speaker(tokens, verb_at, end)) is not None:
            return found  # ("according to him, he \u00ab\u2026", "as X added, his \u00ab\u2026")
        if verb_at < 0:
            if tokens[0].lower() in FOR_WORDS and separated and tokens[n - 1] == ",":
                return for_clause(self, tokens, end)
            for k in range(end - 2, 0, -1):
                # "\u2026 : selon elle, il \u00ab\u2026\u00bb": "selon X," inside the sentence.
                if tokens[k].lower() == "selon" and (tokens[k - 1] in (",", ":", ";")):
                    found = for_clause(self, tokens[k:], end - k)
                    if found is not None:
                        return found
                    break
            if separated and tokens[n - 1] == ":" and end <= 3 and tokens[end - 1] in CONTINUATIONS:
                return ("previous", "")  # "Und weiter: \u201e\u2026\u201c"
            if separated and tokens[n - 1] == ":" and tokens[0].lower() in SO_WORDS and end <= 4:
                # "So Hahn: \u201e\u2026\u201c", "So die Ministerin: \u201e\u2026\u201c"
                found = self.speaker_after_verb(tokens[:end], 1)
                if found is not None:
                    return found
            if separated and tokens[n - 1] == ":":
                # "Rutte: \u201c\u2026\u201d" (interview style): a label that must be a
                # person the text names (not "Man:", "Reporter:").
                name, after = name_forward(tokens, 0)
                if tokens[0].lower() in NOT_NAME_OPENERS:
                    name = None  # "Statt den Sprung zu feiern, \u2026 X jubeln:"
                if name is not None and after == end:
                    return ("label", name)
                if name is not None and " " in name and n_words >= 4:
                    # Colon-introduced speech: the person the sentence opens with
                    # ("X also congratulated Y, who ...: \u201c\u2026\u201d").
                    return ("label", name)
                if n_words >= 4:
                    found = (
                        colon_clause_subject(tokens, end)
                        or office_before_colon(tokens, end)
                        or relative_antecedent(tokens, end)
                    )
                    if found is not None:
                        return found
                if name is not None and n_words >= 4:
                    return ("label", name)
            return None
        gap = end - verb_at - 1
        if not separated and gap > (1 if tokens[end - 1].lower() in THAT else 0):
            return None
        if gap > 10 or (n_words <= 3 and gap > 1 and tokens[n - 1] != ":"):
            # (a short quote after a colon is speech: "sagte der Stadtrat X: \u201eNein.\u201c")
            return None
        subject = self.subject_of(tokens, verb_at)
        if subject is not None and subject[0] == "role" and is_cyrillic(tokens[verb_at]):
            # Russian and Ukrainian put the subject after the verb as often as before
            # it: a name there is the speaker rather than an office before the verb.
            inverted = self.speaker_after_verb(tokens, verb_at + 1)
            if inverted is not None and inverted[0] == "name":
                return inverted
        if subject is not None and subject[0] == "name" and 0 < gap <= 5:
            inverted = verb_second(self.speaker_after_verb, tokens, verb_at, subject[1])
            if inverted is not None:
                return inverted
        if subject is not None:
            return subject
        shared = shared_subject(self._after, tokens, verb_at)
        if shared is not None:
            return shared
        found = self.speaker_after_verb(tokens, verb_at + 1)
        if found is None and tokens[verb_at] in CONTINUATIONS and verb_at + 1 == end:
            return ("previous", "")  # "\u2026, avant d\u2019ajouter : \u00ab\u2026\u00bb"
        return found

    def reported_next(self, tokens: Sequence[str]) -> Attr | None:
        """The speaker a sentence names when it opens by crediting the sentence before
        it ("\u041e\u0431 \u044d\u0442\u043e\u043c \u0437\u0430\u044f\u0432\u0438\u043b X",
        "\u041f\u0440\u043e \u0446\u0435 \u0440\u0435\u0447\u043d\u0438\u043a X
        \u0437\u0430\u044f\u0432\u0438\u0432"):
        a quotation inside that sentence is that person's."""
        if len(tokens) < 4 or (tokens[0].lower(), tokens[1].lower()) not in REPORTED_OPENINGS:
            return None
        for k in range(2, min(len(tokens), 14)):
            if self.is_verb(tokens[k]):
                subject = self.subject_of(tokens, k)
                after = self.speaker_after_verb(tokens, k + 1)
                if after is not None and after[0] == "name":
                    return after
                if subject is not None and subject[0] in ("name", "pronoun"):
                    return subject
                return after or subject
        return None

    def in_sentence(self, pre: Sequence[str], post: Sequence[str]) -> Attr | None:
        """A speech verb with a subject anywhere in the sentence around the quote
        (memoised, see the class)."""
        key = ("in_sentence", len(pre), *pre, *post)
        return self._memoised(key, self._in_sentence, pre, post)

    def _in_sentence(self, pre: Sequence[str], post: Sequence[str]) -> Attr | None:
        pre, post = self.unelided(pre), self.unelided(post)
        if (owner := speech_owner(pre)) is not None:
            return owner  # Russian, Ukrainian "the words of X about that \u2026 \u00ab\u2026"
        for k in range(len(pre) - 1, -1, -1):
            if (self.is_verb(pre[k]) or causative_verb(pre, k)) and not (
                k + 1 < len(pre) and pre[k + 1] in OF_WORDS
            ):
                # ("the explanatory notes of the Bill": a noun, as in :meth:`before`)
                found = self.subject_of(pre, k)
                if found is None and is_cyrillic(pre[k]):
                    found = opening_subject(pre, k)
                if found is not None:
                    return found
        for k, word in enumerate(post):
            if self.is_verb(word):
                # (after the quote, a participle's subject would be the next clause's)
                found = self.subject_of(post, k, participle=False)
                if found is not None and found[0] not in ("role", "new-role", "side-role"):
                    return found
        if pre and pre[0].lower() in FOR_WORDS and "," in pre:
            return for_clause(self, pre, len(pre))  # "Selon elle, X vit \u00ab\u2026\u00bb"
        return according_to(name_forward, pre)  # "Laut X werde \u201e\u2026\u201c"
