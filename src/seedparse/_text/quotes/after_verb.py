"""The speaker named after a speech verb: "says X", "said he", "said the officer",
"erkl\u00e4rte dagegen der Vorsitzende", "\u0441\u043a\u0430\u0437\u0430\u043b
\u0413\u043b\u0430\u0432\u0430 \u041c\u0418\u0414" (an office and its body).

The search :meth:`.Attribution.speaker_after_verb` makes (and genders) for the words
after a quote, an inverted verb before one, and the sentence after one: a name, a
pronoun, an office or a role noun at the verb's subject place after it, read past an
addressee, an adverb and an office's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .attribution_words import person_at
from .english_apposition import name_after_job_noun, possessive_side
from .english_coordination import coordinated_office
from .english_judgment import object_not_speaker
from .french_clauses import past_complement
from .generic_persons import generic_of_place
from .german_clauses import DATIVE_ARTICLES, impersonal_source, no_speaker_after_verb
from .latin_clauses import Attr, role
from .latin_frames import adverbial_phrase
from .lexicon import DETERMINERS, FUNCTION_WORDS, INDEFINITE, ROLE_ENDS, THAT
from .names import is_cap, is_cyrillic, is_title, name_forward, office_name, slavic_title
from .offices import appositive_name, named_after_office, role_ends_at, surname_after_article
from .slavic import cyrillic_word, is_body, oblique_office, office_title
from .slavic_office_genitive import office_genitive
from .slavic_others import dative_addressee

__all__ = ["speaker_named_after"]


class _Grammar(Protocol):
    """The :class:`~.attribution.Attribution` asking (its speech verbs)."""

    def is_verb(self, token: str) -> bool: ...


_AGE_NOUN = re.compile(r"\d{1,3}-[Jj]\u00e4hrige[rn]?\Z")  # "der 48-J\u00e4hrige"


def speaker_named_after(grammar: _Grammar, tokens: Sequence[str], j: int) -> Attr | None:
    """The speaker named at ``tokens[j]``, right after a speech verb (not gendered:
    :meth:`.Attribution.speaker_after_verb` does that)."""
    n = len(tokens)
    if j >= n or (j > 0 and object_not_speaker(tokens[j - 1])):  # ("praised X": the object)
        return None
    word = tokens[j]
    low = word.lower()
    if low in DATIVE_ARTICLES:
        return None  # "sagte dem Blatt": the addressee, not the speaker
    if dative_addressee(word) and j + 1 < n and tokens[j + 1].isalpha():
        # (a dative after the verb is the one spoken to: the speaker comes after it)
        return speaker_named_after(grammar, tokens, j + 1)
    if impersonal_source(tokens, j):
        return ("new-role", low)  # "\u201e\u2026\u201c, hie\u00df es aus dem Rathaus"
    person = person_at(tokens, j, verb=tokens[j - 1] if j else "")
    if person is not None:
        return person
    if (k := past_complement(tokens, j)) != j:  # "a dit \u00e0 l'AFP le maire"
        return speaker_named_after(grammar, tokens, k) if k > j else None  # (not "\u00e0 X")
    phrase = adverbial_phrase(tokens, j)  # "demande d'emblée le", "sans hésiter le"
    if phrase and j + phrase < n and tokens[j + phrase].lower() in DETERMINERS:
        j += phrase - 1
        word, low = tokens[j], tokens[j].lower()
    if (
        (word.isalpha() or phrase)
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
    if word.endswith(("'s", "\u2019s")) and len(word) > 3 and is_cap(word[:-2]):
        # "said Kyiv's mayor Vitali Klitschko": the person after the side's office
        found = possessive_side(tokens, j, grammar.is_verb, None)
        if found is not None and found[0] == "name":
            return found
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
            return possessive_side(tokens, name_end, grammar.is_verb, None)
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
            if name is not None and (noun := generic_of_place(tokens[j:k], name)):
                # "\u0436\u0438\u0442\u0435\u043b\u044c\u043d\u0438\u0446\u0430
                # \u0411\u0435\u0445\u043b\u0435\u0432\u043a\u0438": where the
                # person lives, not who they are (generic_persons.py)
                return ("role", noun)
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
