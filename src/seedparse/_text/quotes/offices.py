"""Offices written before a name: who "[le] ministre du Commerce Olivia Gr\u00e9goire",
"[die] Gr\u00fcnen-Chefin Ricarda Lang" or "B\u00fcrgermeister X" before a colon names.

Split from :mod:`seedparse._text.quotes.attribution` (the grammar), which asks these
when a speech verb's subject or a colon's label is an office phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from .german_clauses import SEPARABLE_PARTICLES
from .lexicon import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITE,
    INSTITUTIONS,
    OF_ROLE,
    OF_WORDS,
    OTHER_PRONOUNS,
    PRONOUNS,
    ROLE_ENDS,
    THAT,
)
from .names import is_acronym, is_cap, is_cyrillic, is_name_word, is_title, name_forward, trim_name
from .office_bodies import names_a_body

__all__ = [
    "appositive_name",
    "clause_turns",
    "named_after_office",
    "office_before_colon",
    "office_introduces",
    "office_set_off",
    "office_unclosed",
    "person_lead",
    "role_ends_at",
    "role_subject",
    "surname_after_article",
]


_TO_THE = frozenset(("au", "aux"))  # French "secr\u00e9taire d\u2019\u00c9tat au Budget X"


def named_after_office(tokens: Sequence[str], k: int) -> str | None:
    """The person named after an office phrase that starts at ``tokens[k]`` (after
    its article): "[le] journaliste Thomas Sotto au ministre \u2026", "[la] ministre
    du Commerce et du Tourisme Olivia Gr\u00e9goire", "[die] Gr\u00fcnen-Chefin
    Ricarda Lang". French and German put the office before the name with no comma;
    a capitalised complement of the office ("du Commerce", "de la CGT") glued to the
    name is cut off. None when the phrase ends (a comma, a verb, a relative pronoun)
    before a full name."""
    n = len(tokens)
    first = k
    limit = min(n, k + 12)
    while k < limit:
        token = tokens[k]
        if not token[0].isalpha():
            return None
        low = token.lower()
        if low in THAT or low in ("qui", "who", "which") or clause_turns(tokens, k):
            return None
        if low in DETERMINERS and k > first and tokens[k - 1].lower() not in OF_WORDS:
            return None  # "die SPD-Politikerin der Deutschen Presse-Agentur": an object
        if is_cap(token):
            name, after = name_forward(tokens, k)
            for m in range(k + 1, after):
                if tokens[m] in DETERMINERS and is_title(tokens[m - 1]):
                    # "SPD-Politikerin der Deutschen Presse-Agentur": the article after
                    # an office opens another noun phrase, not a "von der" in a name.
                    name, after = trim_name(tokens[k:m]), m
                    break
            if name is None:
                k = max(after, k + 1)  # an office alone ("Vorsitzende"): read on
                continue
            if names_a_body(tokens, k, after):
                return None  # "des FC Hansa Rostock": the office's body (office_bodies.py)
            words = name.split(" ")
            prev = tokens[k - 1].lower() if k else ""
            run = after - k
            if (
                run >= 3
                and (prev in OF_WORDS or prev in _TO_THE or prev in DETERMINERS)
                and words[0] == token
            ):
                # "du Tourisme Olivia Gr\u00e9goire": the office's complement first.
                name = trim_name(tokens[k + 1 : after])
            if k == first and name == " ".join(tokens[k:after]):
                return None  # "eine Berliner Tageszeitung": no office, a name of a thing
            if name is not None and " " in name:
                return name
            k = max(after, k + 1)
            continue
        k += 1
    return None


_REFLEXIVE = frozenset(("sich", "se", "s'", "s\u2019", "himself", "herself"))


def clause_turns(tokens: Sequence[str], k: int) -> bool:
    """Does a new clause start at ``tokens[k]``, inside what reads on as an office
    phrase ("betonte die Ministerin und bedankte sich bei den Vertretern des Vereins
    X")? A pronoun (a reflexive one too) is a clause's, never part of an office; a
    conjunction followed by two lower-case words that are no article or "of" word is
    the next verb's ("und bedankte sich", "and then thanked"), where an office's own
    complement goes on with a capitalised noun ("und nukleare Sicherheit")."""
    low = tokens[k].lower()
    if low in PRONOUNS or low in OTHER_PRONOUNS or low in _REFLEXIVE:
        return True
    if low not in CONJUNCTIONS or k + 2 >= len(tokens):
        return False
    nxt, then = tokens[k + 1], tokens[k + 2]
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in OF_WORDS
        and nxt not in DETERMINERS
        and then.isalpha()
        and then.islower()
    )


def role_ends_at(tokens: Sequence[str], k: int) -> bool:
    """Does the role noun read after an article end before ``tokens[k]``: a preposition
    or a relative pronoun (:data:`ROLE_ENDS`), a German verb's particle ("teilte die
    Polizei mit"), or a new clause (:func:`clause_turns`)?"""
    return (
        tokens[k].lower() in ROLE_ENDS
        or tokens[k] in SEPARABLE_PARTICLES
        or clause_turns(tokens, k)
    )


# Words before an office that make it an object or a complement, not the clause's
# subject ("mit Trainer X", "gegen Minister X", "avec le ministre X").
_NOT_SUBJECT_BEFORE = (
    DETERMINERS
    | ROLE_ENDS
    | frozenset(
        (
            "mit",
            "gegen",
            "f\u00fcr",
            "an",
            "auf",
            "um",
            "ohne",
            "avec",
            "contre",
            "sans",
            "chez",
            "vers",
            "against",
            "about",
        )
    )
)


def office_before_colon(tokens: Sequence[str], end: int) -> tuple[str, str] | None:
    """The one person named after an office in the last clause before a colon, when
    no speech verb or subject was found ("stellt B\u00fcrgermeister X fest:", "wie
    Kapit\u00e4n X gesteht:", "Trainer X \u00fcber den Sieg:"). None when the clause
    opens with a pronoun or an article (its subject is someone else: "Die Kanzlerin
    lobte Minister X:"), or names two people after offices."""
    start = 0
    for k in range(end - 1, -1, -1):
        if tokens[k] in (",", ";"):
            start = k + 1
            break
    while start < end and tokens[start].lower() in CONJUNCTIONS:
        start += 1
    if start >= end:
        return None
    opener = tokens[start].lower()
    if opener in PRONOUNS or opener in DETERMINERS or opener in OTHER_PRONOUNS:
        return None
    found: set[str] = set()
    shared = False
    k = start
    while k < end - 1:
        word = tokens[k]
        if word[0].isalpha() and is_title(word) and is_cap(tokens[k + 1]):
            before = tokens[k - 1].lower() if k > start else ""
            if before in _NOT_SUBJECT_BEFORE:
                return None
            name = named_after_office(tokens[:end], k)
            if name is not None:
                found.add(name)
                k += len(name.split(" ")) + 1
                # "Trainer X und Y:", "Y und Trainer X:": two people, not one speaker.
                shared = shared or before in CONJUNCTIONS
                shared = shared or (k < end and tokens[k].lower() in CONJUNCTIONS)
                continue
        k += 1
    if not found and end - start >= 3:
        # "Als Trainer der schw\u00e4chsten Mannschaft wackelt H\u00e4rtel:": a surname
        # after the verb of an inverted clause ends it; a label, so only a person
        # the text named in full before is taken.
        last, verb = tokens[end - 1], tokens[end - 2]
        if (
            is_name_word(last)
            and not is_title(last)
            and verb.isalpha()
            and verb.islower()
            and verb not in _NOT_SUBJECT_BEFORE
            and verb not in CONJUNCTIONS
            and verb not in PRONOUNS
        ):
            return ("label", last)
    if len(found) != 1 or shared:
        return None
    (person,) = found
    return ("label", person)


def appositive_name(tokens: Sequence[str], k: int) -> str | None:
    """The full name set off by a comma after an office phrase that starts at
    ``tokens[k]``: "[le] pr\u00e9sident du groupe LR, Olivier Marchand",
    "[der] Vorsitzende der Linken, Martin Weber". The name must end the clause."""
    n = len(tokens)
    comma = k
    while comma < n and comma < k + 10 and tokens[comma] != ",":
        if not tokens[comma][0].isalpha() or tokens[comma].lower() in THAT:
            return None
        comma += 1
    if comma >= n or tokens[comma] != ",":
        return None
    name, after = name_forward(tokens, comma + 1)
    if name is None or " " not in name:
        return None
    if after < n and tokens[after][0].isalpha():
        return None  # "…, X a dit": another clause, not an appositive
    return name


def surname_after_article(tokens: Sequence[str], j: int) -> str | None:
    """The one capitalised word after the definite article ``tokens[j]`` and at most
    two adjectives ("so der frustrierte H\u00e4rtel", "sagte der Coach"), when it is no
    office and no body and no other name word follows: a surname if the text named the
    person in full before, else a German role noun (the context decides)."""
    if tokens[j].lower() in INDEFINITE:
        return None
    n = len(tokens)
    k = j + 1
    while k < n and k < j + 3 and tokens[k].isalpha() and tokens[k].islower():
        if tokens[k].lower() in ROLE_ENDS:
            return None
        k += 1
    if k >= n or not is_name_word(tokens[k]) or is_title(tokens[k]):
        return None
    if tokens[k].lower() in INSTITUTIONS or (k + 1 < n and is_cap(tokens[k + 1])):
        return None
    return tokens[k]


# "made by President Trump", "avec le ministre X": someone talked about
_NOT_BEFORE_OFFICE = (
    FUNCTION_WORDS
    | OF_ROLE
    | frozenset(
        (
            *("by", "par", "avec", "contre", "pour", "sans", "chez"),
            *("mit", "gegen", "bei", "f\u00fcr", "von"),
        )
    )
)


def office_introduces(tokens: list[str], k: int, surname: str) -> bool:
    """Does the office at ``tokens[k]`` with a surname after it ("Trainer Alonso", "le
    ministre Darmanin") introduce a person, as a full name does: a Latin-script
    surname that is no acronym, with no preposition before the office (an object
    or a complement: "made by President Trump", "avec le ministre X")."""
    if is_cyrillic(surname) or is_acronym(surname) or len(surname) < 3:
        return False
    j = k - 1
    if j >= 0 and tokens[j].lower() in DETERMINERS:
        j -= 1
    return j < 0 or tokens[j].lower() not in _NOT_BEFORE_OFFICE


def role_subject(tokens: list[str], start: int) -> str | None:
    """The office noun a sentence (``tokens[start:]``) opens with, after an article
    and at most a short opening phrase ("Ce jeudi, le ministre a publi\u00e9 \u2026",
    "Le pr\u00e9sident am\u00e9ricain a menac\u00e9 \u2026"): an office or title
    (:func:`~seedparse._text.quotes.names.is_title`), not any noun ("The meeting")."""
    n = len(tokens)
    comma = start
    while comma < n and comma < start + 5 and tokens[comma] != ",":
        comma += 1
    if comma < n and comma < start + 5:
        start = comma + 1
    if start + 1 >= n or tokens[start].lower() not in DETERMINERS:
        return None
    if tokens[start].lower() in INDEFINITE:
        return None
    word = tokens[start + 1]
    if not (word.isalpha() and word.islower() and is_title(word)):
        return None
    return word.lower()


_SET_OFF_REACH = 7  # tokens an office phrase may run over before the comma


def office_set_off(tokens: Sequence[str], comma: int) -> bool:
    """Does the office phrase of an article and an office noun end at the comma
    ``tokens[comma]`` ("La maire de la commune, X,", "le chef de la d\u00e9l\u00e9gation, X,")?
    A full name set off after it is the person the office belongs to, brought in as
    surely as with "X, a ..." (a pronoun or "l'\u00e9lue" after it may stand for them)."""
    if comma < 2 or tokens[comma] != ",":
        return False
    for k in range(comma - 1, max(0, comma - _SET_OFF_REACH) - 1, -1):
        word = tokens[k]
        if not (word[0].isalpha() or word[0] in "'\u2019"):
            return False  # another clause's punctuation
        if k >= 1 and word.islower() and is_title(word) and tokens[k - 1].lower() in DETERMINERS:
            return True
    return False


def office_unclosed(tokens: Sequence[str], k: int, after: int) -> bool:
    """Is the full name at ``tokens[k:after]`` set off after an office phrase whose
    closing comma the text left out ("De son c\u00f4t\u00e9, le pr\u00e9sident de
    l\u2019association, Jean R\u00e9my a exprim\u00e9 \u2026")? The office, the comma,
    the name and a lower-case word (its verb) after it: the person is brought in as
    with the comma written (:func:`office_set_off`)."""
    return (
        k >= 1
        and after < len(tokens)
        and tokens[after][:1].islower()
        and office_set_off(tokens, k - 1)
    )


def person_lead(
    full: str, lead: str, tokens: Sequence[str], k: int, not_before: frozenset[str]
) -> bool:
    """May ``full``, a name of two words or more whose capitalised run opens at
    ``tokens[k]``, be a person, given ``lead``, the word before
    the run (lower case)? Not after an article or a function word (``not_before``:
    "the Foreign Ministry", "of the Security Council"), unless a German article comes
    before an office noun that opens the run, or follows its first word ("von der
    Parlamentspr\u00e4sidentin X Y", "der W\u00fcrmlinger B\u00fcrgermeister X Y"):
    the office and the name after it are a person's."""
    if " " not in full:
        return False
    if lead not in not_before:
        return True
    return lead in _GERMAN_ARTICLES and any(is_title(word) for word in tokens[k : k + 2])


# German definite articles (English and French ones before an office go on with the
# office's complement: "the Foreign Ministry", "la ministre de la Culture X").
_GERMAN_ARTICLES = frozenset(("der", "die", "dem", "den", "des"))
