"""The subject of a speech verb, read back from the verb: "X said", "the officer
said", "a-t-il expliqu\u00e9", "Saskia Esken (SPD) rief", "L'avocat de la famille, Me
Antoine Roche, a d\u00e9nonc\u00e9", "\u0412\u043e\u0434\u043d\u043e\u0447\u0430\u0441
\u043c\u0456\u043d\u0456\u0441\u0442\u0440
\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u043b\u0430".

The search :meth:`.Attribution.subject_of` makes (and genders) for the sentence before
a quote and the sentence around it: past auxiliaries, adverbs and a bracketed party, a
name, a pronoun, an office with its complement or a role noun after its article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .antecedents import day_before_verb, relative_subject
from .attribution_words import person_at, role_head
from .english_apposition import participle_subject
from .english_catenatives import catenative_start
from .english_indefinites import indefinite_head, name_start
from .english_quoted import quoted_as
from .french_clauses import name_past_age, object_before_verb, office_apposition
from .german_clauses import prepositional_object, wie_clause_subject
from .german_relatives import relative_clause_subject
from .honorifics import addressee_before_participle, courtesy_surname
from .latin_clauses import Attr, inverted_participle_subject, reflexive_auxiliary, role
from .latin_frames import PRONOMINAL_ADVERBS
from .lexicon import (
    AUX,
    CLITICS,
    CONJUNCTIONS,
    DETERMINERS,
    IMPERSONAL,
    LEADING_SEPARATORS,
    OTHER_PRONOUNS,
    PRONOUNS,
)
from .names import (
    inverted_pronoun,
    is_cap,
    is_cyrillic,
    is_title,
    name_backward,
    name_forward,
    slavic_title,
)
from .role_memory import office_noun
from .slavic import is_body
from .slavic_subjects import office_with_complement

__all__ = ["verb_subject"]


class _Grammar(Protocol):
    """The :class:`~.attribution.Attribution` asking (its gendered subject search)."""

    def is_verb(self, token: str) -> bool: ...

    def subject_of(
        self, tokens: Sequence[str], verb_at: int, *, participle: bool = True
    ) -> Attr | None: ...


_ELIDED_OF = ("d'", "d\u2019")
_RELATIVES = frozenset(("qui", "who", "der", "die"))  # a relative clause after a name


def verb_subject(
    grammar: _Grammar, tokens: Sequence[str], verb_at: int, *, participle: bool = True
) -> Attr | None:
    """The subject of the speech verb at ``tokens[verb_at]`` (not gendered:
    :meth:`.Attribution.subject_of` does that)."""
    if (in_wie := wie_clause_subject(name_forward, tokens, verb_at)) is not None:
        return in_wie  # "Wie Keller gegen\u00fcber der Zeitung sagte, \u2026"
    if (quoted := quoted_as(grammar.subject_of, tokens, verb_at)) is not None:
        return quoted  # "NAN quoted him as saying:", "X was quoted as saying"
    if verb_at >= 1 and tokens[verb_at - 1].lower() in PRONOMINAL_ADVERBS:
        return None  # "Dazu erkl\u00e4rt der \u2026, X:": the clause's adverb; X follows the verb
    if (relative := relative_clause_subject(tokens, verb_at)) is not None:
        return relative  # "Ronald Gl\u00e4ser, der die Anfrage stellte," (german_relatives.py)
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
        elif day := day_before_verb(tokens, j):
            j -= day  # "Health Minister X on Monday said:"
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
        return verb_subject(grammar, tokens, chain, participle=participle)
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
    if word[0].isalpha() and (is_cap(word) or courtesy_surname(tokens, j)):  # ("Mr Les")
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
        if name is not None and addressee_before_participle(tokens, verb_at, name_start(tokens, j)):
            return None  # "wrote to Cllr X asking him to step down": the one written to
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
        if (set_off := relative_subject(tokens, j)) is not None:
            return set_off  # "the mayor, who took office in May, said"
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
            found = inverted_participle_subject(grammar, tokens, first, j, verb_at)
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
