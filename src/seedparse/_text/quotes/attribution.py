"""Who said a quote: the attribution grammar around a quotation.

The words right after the quote (``\u201c\u2026,\u201d says X``, ``\u201c\u2026,\u201d X
added``, ``\u201c\u2026,\u201d he said``, ``\u201c\u2026,\u201d the officer said``), or
right before it (``X emphasized: \u201c\u2026``, ``as X put it, \u201c\u2026``), are read for
a speaker: a name, a pronoun or a role noun next to a speech verb. Failing that, a
speech verb with a subject elsewhere in the same sentence. The answer is an
:data:`Attr`, resolved to a person by :mod:`seedparse._text.quotes.context`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .attribution_words import person_at, role_head
from .colon_clauses import colon_clause_subject
from .english_apposition import (
    job_noun_subject,
    name_after_job_noun,
    participle_subject,
    possessive_side,
)
from .english_catenatives import catenative_start
from .english_coordination import coordinated_office
from .english_documents import writing_read_before, written_by
from .english_indefinites import indefinite_head, name_start
from .english_judgment import object_not_speaker
from .english_quoted import quoted_as
from .french_clauses import (
    elided_auxiliary,
    for_clause,
    name_past_age,
    object_before_verb,
    office_apposition,
    past_complement,
    unelided,
)
from .french_inversion import causative_verb
from .french_sources import as_selon
from .german_clauses import (
    DATIVE_ARTICLES,
    according_to,
    impersonal_source,
    no_speaker_after_verb,
    prepositional_object,
    wie_clause_subject,
)
from .latin_clauses import (
    DOCUMENTS,
    Attr,
    auxiliary_inversion,
    inverted_participle_subject,
    inverted_verb,
    reflexive_auxiliary,
    reflexive_participle,
    relative_antecedent,
    role,
    shared_subject,
    verb_second,
)
from .lexicon import (
    AUX,
    CLITICS,
    CONJUNCTIONS,
    CONTINUATIONS,
    DETERMINERS,
    FOR_WORDS,
    FUNCTION_WORDS,
    IMPERSONAL,
    INDEFINITE,
    LEADING_SEPARATORS,
    NOT_NAME_OPENERS,
    OF_WORDS,
    OTHER_PRONOUNS,
    PRONOUNS,
    REPORTED_OPENINGS,
    ROLE_ENDS,
    SO_WORDS,
    THAT,
    TRAILING_SEPARATORS,
)
from .names import (
    inverted_pronoun,
    is_cap,
    is_cyrillic,
    is_title,
    name_backward,
    name_forward,
    office_name,
    slavic_title,
)
from .offices import (
    appositive_name,
    named_after_office,
    office_before_colon,
    role_ends_at,
    surname_after_article,
)
from .role_memory import office_noun
from .slavic import (
    according,
    cyrillic_word,
    gendered,
    is_body,
    oblique_office,
    office_title,
    opening_speaker,
    quoted_person,
    slavic_adverb,
    speech_owner,
)
from .slavic_after import dash_verb
from .slavic_office_genitive import office_genitive
from .slavic_others import dative_addressee
from .slavic_subjects import office_with_complement, opening_subject

__all__ = ["Attr", "Attribution"]

# (``Attr``, an attribution's kind and value, is defined in latin_clauses.)

_MEMO_SIZE = 1 << 11  # answers remembered per grammar (then the memo starts over)
_MISSING: Attr = ("", "")  # a memo miss (compared by identity: no answer is this object)

_ELIDED_OF = ("d'", "d\u2019")
_AGE_NOUN = re.compile(r"\d{1,3}-[Jj]\u00e4hrige[rn]?\Z")  # "der 48-J\u00e4hrige"
_RELATIVES = frozenset(("qui", "who", "der", "die"))  # a relative clause after a name


class Attribution:
    """The attribution grammar for one set of speech verbs (word forms, matched
    case-sensitively).

    The three readings the finder asks for each quote (:meth:`after`, :meth:`before`,
    :meth:`in_sentence`) are pure functions of their tokens, and a text words its
    attributions the same way again and again (", he said", ", said X."), so their
    answers are memoised (bounded by :data:`_MEMO_SIZE`; the memo is dropped when
    full)."""

    __slots__ = ("_memo", "speech_verbs")

    def __init__(self, speech_verbs: frozenset[str]) -> None:
        self.speech_verbs = speech_verbs
        self._memo: dict[tuple[object, ...], Attr | None] = {}

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
        tokens = self.unelided(tokens)
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
        """The speaker named after a speech verb: "says X", "said he", "said the officer"."""
        return gendered(self._speaker_after_verb(tokens, j), tokens[j - 1] if j > 0 else "")

    def _speaker_after_verb(self, tokens: Sequence[str], j: int) -> Attr | None:
        n = len(tokens)
        if j >= n or (j > 0 and object_not_speaker(tokens[j - 1])):  # ("praised X": the object)
            return None
        word = tokens[j]
        low = word.lower()
        if low in DATIVE_ARTICLES:
            return None  # "sagte dem Blatt": the addressee, not the speaker
        if dative_addressee(word) and j + 1 < n and tokens[j + 1].isalpha():
            # (a dative after the verb is the one spoken to: the speaker comes after it)
            return self._speaker_after_verb(tokens, j + 1)
        if impersonal_source(tokens, j):
            return ("new-role", low)  # "\u201e\u2026\u201c, hie\u00df es aus dem Rathaus"
        person = person_at(tokens, j, verb=tokens[j - 1] if j else "")
        if person is not None:
            return person
        if (k := past_complement(tokens, j)) != j:  # "a dit \u00e0 l'AFP le maire"
            return self._speaker_after_verb(tokens, k) if k > j else None  # (not "\u00e0 X")
        if (
            word.isalpha()
            and word.islower()
            and low not in DETERMINERS
            and j + 1 < n
            and tokens[j + 1].lower() in DETERMINERS
            and tokens[j + 1].lower() not in INDEFINITE
        ):
            # An adverb between the verb and its subject: "erkl\u00e4rte dagegen der
            # Vorsitzende", "a d\u00e9clar\u00e9 jeudi le ministre".
            j += 1
            word, low = tokens[j], tokens[j].lower()
        if word[0].isalpha() and is_cap(word):
            name, name_end = name_forward(tokens, j)
            if name is not None and is_cyrillic(word) and is_body(name):
                # "\u2026, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b
                # \u0413\u043b\u0430\u0432\u0430 \u041c\u0418\u0414": a body's name after an office.
                title = slavic_title(word)
                return ("role", title) if title else None
            if name is None and is_cyrillic(word):
                # "\u0441\u043a\u0430\u0437\u0430\u0432
                # \u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442": an office written with a
                # capital.
                title = slavic_title(word)
                return ("role", title) if title else None
            if name_end < n and tokens[name_end].endswith(("'s", "\u2019s")) and is_cap(word):
                # "said Tom Burke's lawyer, Ana Ruiz": someone of that person's side.
                return possessive_side(tokens, name_end, self.is_verb, None)
            if name is not None and not is_cyrillic(word):
                name = name_after_job_noun(tokens, name_end) or name  # "said X resident, Y Z"
            if name is None and is_title(word):
                name = named_after_office(tokens, j)  # "informiert Initiator und Leiter X Y"
            return ("name", name) if name else None
        if word.islower() and low not in DETERMINERS:
            # Role words before the name: "said council member X", "said former minister X".
            k = j
            while k < n and k < j + 4 and tokens[k].isalpha() and tokens[k].islower():
                if tokens[k] in THAT or (
                    tokens[k] in FUNCTION_WORDS and not coordinated_office(tokens, k)
                ):  # ("said founder and chief executive X")
                    return None
                k += 1
            if is_cyrillic(word) and oblique_office(tokens[j:k]):
                # ("words of the press secretary X": the office and its person
                # are the object)
                return None
            if no_speaker_after_verb(tokens, j, k):
                return None  # "sagte nach dem Verfahren", "stellte kleinlaut fest:"
            if k < n and k > j and tokens[k][0].isalpha() and is_cap(tokens[k]):
                name, _ = name_forward(tokens, k)
                if name is not None and is_cyrillic(word) and is_body(name):
                    # Russian and Ukrainian offices take the body in the genitive
                    # ("\u0433\u043b\u0430\u0432\u0430
                    # \u0440\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0433\u043e
                    # \u041c\u0418\u0414", "\u0440\u0435\u0447\u043d\u0438\u043a
                    # \u041c\u0417\u0421", "\u0433\u043b\u0430\u0432\u0430
                    # \u0411\u0430\u043d\u043a\u0430
                    # \u0420\u043e\u0441\u0441\u0438\u0438"): with no person named after it, the
                    # office
                    # is a role, for the person the text gave it to.
                    found = office_name(tokens, j)
                    if found is not None and not is_body(found[1]):
                        return found
                    title = office_title(tokens[j:k])
                    return ("role", title) if title else None
                if (
                    name is not None
                    and " " not in name
                    and is_cyrillic(word)
                    and k + 1 < n
                    and tokens[k + 1].isalpha()
                    and tokens[k + 1].islower()
                ):
                    # "\u0433\u043b\u0430\u0432\u0430 \u0421\u0447\u0435\u0442\u043d\u043e\u0439
                    # \u043f\u0430\u043b\u0430\u0442\u044b": a capitalised adjective of the body's
                    # name.
                    found = office_name(tokens, j)
                    if found is not None and not is_body(found[1]):
                        return found
                    title = slavic_title(word)
                    return ("role", title) if title else None
                if name is not None and " " not in name:
                    # One capitalised word after an office may be its genitive
                    # ("commander of the Air Force ... Name Surname"): a full name
                    # further on in the clause is the person, else the office's holder.
                    found = office_name(tokens, j)
                    if found is None and office_genitive(tokens, j, k, name):
                        title = office_title(
                            tokens[j:k]
                        )  # "\u0433\u043e\u043b\u043e\u0432\u0430 X-\u044f"
                        return ("role", title) if title else None
                    return found or ("name", name)
                if name is not None:
                    return ("name", name)
            # A longer office, in the genitive in Slavic languages ("said the minister
            # of foreign affairs of Russia Sergey Lavrov"): the name is the last run of
            # capitalised words before the clause ends. With no name, the office is a
            # role (Russian "\u2026, - said the head of the central bank").
            found = office_name(tokens, j)
            plain = word.isalpha() or cyrillic_word(word)
            short_office = slavic_title(word) == low  # ("\u043c\u044d\u0440": three letters)
            if found is None and plain and (len(word) > 3 or short_office) and low not in ROLE_ENDS:
                return role("", slavic_title(word) or low)
            return found
        if low in DETERMINERS:
            named = named_after_office(tokens, j + 1)
            if named is not None:
                return ("name", named)  # "demande le journaliste Thomas Sotto"
            named = appositive_name(tokens, j + 1)
            if named is not None:
                return ("name", named)  # "a r\u00e9agi le pr\u00e9sident du groupe, X."
            if j + 1 < n and _AGE_NOUN.match(tokens[j + 1]):
                return ("role", "j\u00e4hrige")  # "sagte der 48-J\u00e4hrige"
            surname = surname_after_article(tokens, j)
            if surname is not None:
                return ("surname-role", surname)  # "so der frustrierte H\u00e4rtel"
            # "said the officer", "explique la nouvelle maire de la capitale": the
            # role is the last word before a preposition or a relative pronoun.
            k = j + 1
            while k < n and k < j + 5 and tokens[k][0].isalpha():
                if role_ends_at(tokens, k):
                    break  # ("teilte die Polizei mit", "die Ministerin und bedankte sich")
                k += 1
            if k > j + 1:
                return role(low, tokens[k - 1])
        return None

    def subject_of(
        self, tokens: Sequence[str], verb_at: int, *, participle: bool = True
    ) -> Attr | None:
        """The subject of the speech verb at ``tokens[verb_at]``; ``participle``: an
        English "-ing" form may take the sentence's subject ("X left, saying")."""
        found = self._subject_of(tokens, verb_at, participle=participle)
        return gendered(found, tokens[verb_at])

    def _subject_of(
        self, tokens: Sequence[str], verb_at: int, *, participle: bool = True
    ) -> Attr | None:
        if (in_wie := wie_clause_subject(name_forward, tokens, verb_at)) is not None:
            return in_wie  # "Wie Keller gegen\u00fcber der Zeitung sagte, \u2026"
        if (quoted := quoted_as(self.subject_of, tokens, verb_at)) is not None:
            return quoted  # "NAN quoted him as saying:", "X was quoted as saying"
        after = verb_at + 1
        if (
            verb_at > 0
            and after < len(tokens)
            and tokens[after].isalpha()
            and (
                after + 1 >= len(tokens)
                or not tokens[after + 1][0].isalnum()
                or tokens[after] in ("er", "sie")  # "Sp\u00e4ter f\u00fcgte sie hinzu:"
            )
        ):
            # German puts the subject after the verb when the clause opens with
            # something else ("Gegen Ende ihrer Rede sagte sie:"): a pronoun there,
            # ending the clause, is it ("X said she would" is another clause's).
            behind = person_at(tokens, after, verb=tokens[verb_at])
            if behind is not None and behind[1] in PRONOUNS:
                return behind
            if behind is not None and behind[1] in IMPERSONAL:
                return None  # "Im Rathaus sagt man:": no person, and "Rathaus" no subject
        j = verb_at - 1
        skipped = 0
        while j >= 0 and skipped < 2:
            low = tokens[j].lower()
            if (
                low in AUX
                or low in CLITICS
                or reflexive_auxiliary(low)  # "X s\u2019est dit": the verb's, not X's
                or object_before_verb(tokens, j, verb_at)  # "X le reconna\u00eet :"
                or (low.endswith("ly") and len(low) > 3 and tokens[j].islower())
            ):
                j -= 1
                skipped += 1
            elif low == ")" and "(" in tokens[max(0, j - 6) : j]:
                # "Saskia Esken (SPD) rief": a party or an age between name and verb.
                j -= 1
                while tokens[j] != "(":
                    j -= 1
                j -= 1
                skipped += 1
            else:
                break
        if j < 0:
            return None
        if (chain := catenative_start(tokens, j)) > 0:  # "X went on to say"
            return self._subject_of(tokens, chain, participle=participle)
        word = tokens[j]
        low = word.lower()
        inverted = inverted_pronoun(low)
        if inverted is not None:
            return ("pronoun", inverted)  # "a-t-il expliqu\u00e9"
        if low[:2] in _ELIDED_OF and word[2:3].isupper() and j >= 2:
            # "L\u2019ancien secr\u00e9taire d\u2019\u00c9tat a pr\u00e9cis\u00e9": an
            # office with its elided complement, not a name.
            noun = tokens[j - 1]
            if noun.islower() and is_title(noun):
                for k in range(j - 2, max(-1, j - 4), -1):
                    if tokens[k].lower() in DETERMINERS:
                        return role(tokens[k].lower(), noun.lower())
            return None
        person = person_at(tokens, j, verb=tokens[verb_at])
        if person is not None:
            return person
        if word[0].isalpha() and is_cap(word):
            name = name_backward(tokens, j)
            if name is not None and is_cyrillic(word) and is_body(name):
                # "\u0413\u043b\u0430\u0432\u0430 \u0426\u0411
                # \u0437\u0430\u044f\u0432\u0438\u043b\u0430": the body after the office, not a
                # person.
                k = j - 1
                while k >= 0 and k > j - 4 and tokens[k][0].isalpha() and not is_title(tokens[k]):
                    k -= 1
                title = slavic_title(tokens[k]) if k >= 0 else None
                return ("role", title) if title else None
            if name is not None and (head := indefinite_head(tokens, name_start(tokens, j))):
                return head  # "one official at City Hall told": the name is the place
            if name is not None and " " not in name and prepositional_object(tokens, j):
                return None  # "f\u00fcr die Einladung dankte": the verb-last clause's object
            if name is not None and " " not in name:
                # "La secr\u00e9taire g\u00e9n\u00e9rale de la CGT ajoute": one word
                # after a preposition or an article complements a role noun.
                head = role_head(tokens, j - 1)
                if head is not None:
                    return head
            if name is not None:
                return ("name", name)
            if is_title(word):
                # "die Grünen-Politikerin fügte hinzu": an office for the person.
                return ("role", word.lower())
            return None
        if word == ",":
            # "X, an officer of \u2026, stated": the sentence opens with the subject.
            first = 0
            while first < j and (
                tokens[first] in LEADING_SEPARATORS or tokens[first].lower() in CONJUNCTIONS
            ):
                first += 1
            low0 = tokens[first].lower() if first < j else ""
            if (low0 in PRONOUNS or low0 in OTHER_PRONOUNS) and not tokens[first + 1][0].isupper():
                return ("pronoun", low0)  # (not "On Monday, X": a preposition there)
            name, after = name_forward(tokens, first)
            if name is not None and after < j and tokens[after] == ",":
                return ("name", name)
            for comma in range(first, j - 2):
                # "Selon l\u2019AFP, X, qui a \u00e9t\u00e9 applaudi \u2026, a
                # soutenu que": a name set off by a relative clause, after an opening
                # phrase, is the subject.
                if tokens[comma] != ",":
                    continue
                named, end, aged = name_past_age(tokens, comma + 1, at_comma=True)
                if (
                    named is not None
                    and (" " in named or aged)  # "X, 10 ans, raconte"
                    and tokens[end] == ","
                    and (
                        end == j
                        or (end + 1 < j and tokens[end + 1].lower() in _RELATIVES)
                        or office_apposition(tokens, end + 1, j)  # "X, pr\u00e9sident de \u2026,"
                    )
                ):
                    return ("name", named)
            if low0 in DETERMINERS and "," in tokens[first:j]:
                # "L'avocat de la famille, Me Antoine Roche, a d\u00e9nonc\u00e9": the
                # subject is an office, and the name set off after it.
                comma = tokens.index(",", first, j)
                named, end = name_forward(tokens, comma + 1)
                if named is not None and " " in named and end == j:
                    return ("name", named)
            if participle:
                found = inverted_participle_subject(self, tokens, first, j, verb_at)
                if found is not None:
                    return found  # "\u00bb, a d\u00e9clar\u00e9 X, ajoutant que \u00ab\u2026"
            if participle and tokens[verb_at].endswith("ing"):
                return participle_subject(tokens, first, j)  # ("X left, saying \u201c\u2026")
            return None
        if word[0].isalpha() and word.islower() and is_cyrillic(word):
            # Russian and Ukrainian have no articles: an office noun right before the
            # verb is the subject ("\u0412\u043e\u0434\u043d\u043e\u0447\u0430\u0441
            # \u043c\u0456\u043d\u0456\u0441\u0442\u0440
            # \u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u043b\u0430").
            title = slavic_title(word)
            return ("role", title) if title == low else office_with_complement(tokens, j)
        if word[0].isalpha() and word.islower() and low not in CONJUNCTIONS:
            # "the officer said", "a spokesman for the ministry said"
            k = j - 1
            while k >= 0 and k > j - 5 and tokens[k][0].isalpha():
                if tokens[k].lower() in DETERMINERS:
                    return role(tokens[k].lower(), office_noun(tokens, k + 1, j) or low)
                k -= 1
        return None

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
