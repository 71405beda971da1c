"""Small pieces of the French, German and English attribution grammar that
:class:`~seedparse._text.quotes.attribution.Attribution` asks for: what a role noun
with its article stands for, the verb of a French inversion ("a-t-elle"), and two
clause shapes before a colon where the speaker is not the word before the verb
(German verb-second order, and a second verb that shares the subject of the first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .french_verbs import FRENCH_AUXILIARIES, FRENCH_BE_FORMS
from .german_clauses import new_subject_after_verb
from .lexicon import (
    CONJUNCTIONS,
    DEMONSTRATIVE_ARTICLES,
    INDEFINITE,
    INSTITUTIONS,
    LATTER,
    LEADING_SEPARATORS,
)
from .names import inverted_pronoun, is_cyrillic, name_backward

__all__ = [
    "DOCUMENTS",
    "Attr",
    "auxiliary_inversion",
    "inverted_participle_subject",
    "inverted_verb",
    "reflexive_auxiliary",
    "reflexive_participle",
    "relative_antecedent",
    "role",
    "role_keeps_subject",
    "shared_subject",
    "verb_ends_sentence",
    "verb_second",
]

# An attribution: (kind, value) with kind "name", "genitive" (a Russian or Ukrainian name
# in the genitive: "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c X"), "pronoun", "role" or
# "label" (a name before a colon: kept only when it is, or completes to, a full name).
Attr = tuple[str, str]


#: Documents credited with words ("selon le communiqu\u00e9", "selon le texte"): no person
#: the text has in view stands for one, even the last who spoke "dans un communiqu\u00e9".
DOCUMENTS = frozenset(
    (
        *("communiqu\u00e9", "texte", "rapport", "document", "courrier", "lettre", "d\u00e9cret"),
        # English: "the report said", "the statement said" ("the statement from X said"
        # is X's: the name after it is read first).
        *("report", "statement", "letter", "study", "survey", "memo", "filing", "lawsuit"),
        *("complaint", "indictment", "ruling", "order", "decree", "bill", "law", "draft"),
        *("release", "notice", "post", "website", "proposal", "agreement", "deal"),
    )
)


def role_keeps_subject(subject: Attr | None, after: Attr, verb: str) -> bool:
    """Does a role noun before a Latin-script speech verb stay its subject, whatever
    one capitalised word follows the verb ("Le pr\u00e9fet a r\u00e9agi aux images des
    R\u00e9unionnais")? French, English and German put a clause's subject before the
    verb or invert a full name after it ("a d\u00e9clar\u00e9 aux journalistes Jean
    Dupont"); one word there, after a subject of its own, belongs to the verb's
    complement. Russian and Ukrainian name the speaker after the verb: not for them."""
    return (
        subject is not None
        and subject[0] == "role"
        and " " not in after[1]
        and not is_cyrillic(verb)
    )


def role(determiner: str, word: str) -> Attr:
    """A role noun with its article: "the officer" is someone the text has in view
    (``role``), "a spokesman" someone new and unnamed (``new-role``), as is a body
    ("selon le minist\u00e8re", "so die Polizei": :data:`INSTITUTIONS`) or a document
    (:data:`DOCUMENTS`), which no person stands for."""
    low = word.lower()
    new = determiner in INDEFINITE or (determiner in DEMONSTRATIVE_ARTICLES and low not in LATTER)
    kind = "new-role" if new or low in INSTITUTIONS or low in DOCUMENTS else "role"
    return (kind, low)


def inverted_verb(word: str) -> str:
    """The verb of a French inverted attribution ("dit-il" gives "dit", "a-t-elle"
    gives "a"); ``word`` is lower case and ends with a subject pronoun."""
    head = word.rsplit("-", 1)[0]
    return head[:-2] if head.endswith("-t") else head


#: Endings of a French past participle ("d\u00e9but\u00e9", "ironis\u00e9e", "fini",
#: "r\u00e9pondu", "mis", "dit", "fait").
_PARTICIPLE_ENDS = ("\u00e9", "\u00e9e", "i", "ie", "u", "ue", "is", "it", "ait")


def auxiliary_inversion(word: str, tokens: Sequence[str], k: int) -> bool:
    """Is ``word`` the auxiliary inverted with its subject ("a-t-il", "a-t-elle",
    "aurait-il") and ``tokens[k]`` a past participle ("d\u00e9but\u00e9",
    "temp\u00eat\u00e9")? Right after a quote that opens an incise whatever the verb:
    the inversion is the attribution's mark, so the participle need not be a known
    speech verb. Not the impersonal passive ("a-t-il \u00e9t\u00e9 pr\u00e9cis\u00e9": "it
    was stated"). ``word`` is lower case."""
    if k >= len(tokens) or inverted_pronoun(word) is None:
        return False
    head = inverted_verb(word)  # ("avait-il", "aura-t-elle", "s'est-il", "s'était-elle")
    reflexive = head[:2] in ("s'", "s\u2019") and head[2:] in FRENCH_BE_FORMS
    if head not in FRENCH_AUXILIARIES and not reflexive:
        return False
    part = tokens[k]
    if part == "\u00e9t\u00e9" or not (part.isalpha() and part.islower() and len(part) > 2):
        return False
    return part.endswith(_PARTICIPLE_ENDS)


def reflexive_auxiliary(low: str) -> bool:
    """Is the lower-case ``low`` a pronominal verb's auxiliary with its elided "s'"
    ("s'est", "s\u2019\u00e9tait")? Before the participle it is the verb's, never
    the end of a role or a name: "Le chef de la diplomatie s\u2019est dit"."""
    return low[:2] in ("s'", "s\u2019") and low[2:] in FRENCH_BE_FORMS


def reflexive_participle(word: str, tokens: Sequence[str], k: int) -> int:
    """Where the past participle of a reflexive compound tense stands, when ``word``
    and ``tokens[k:]`` make one ("s'est irrit\u00e9e", "s'\u00e9tait f\u00e9licit\u00e9",
    "se serait vant\u00e9": "\u00eatre" in any third-person form, elided on "s'" or
    after "se"); -1 otherwise. Right after a quote, with its subject after it, the
    reflexive past is an attribution whatever the verb, as the emotion verbs of French
    copy are ("s'est agac\u00e9e la ministre")."""
    word = word.replace("\u2019", "'")
    if word == "se" and k < len(tokens) and tokens[k].lower() in FRENCH_BE_FORMS:
        k += 1  # "se serait vant\u00e9", "se sera r\u00e9joui"
    elif not (word[:2] == "s'" and word[2:] in FRENCH_BE_FORMS):
        return -1
    if k >= len(tokens):
        return -1
    part = tokens[k]
    if not (part.isalpha() and part.islower() and len(part) > 2):
        return -1
    return k if part.endswith(_PARTICIPLE_ENDS) or part.endswith(("\u00e9s", "\u00e9es")) else -1


def verb_second(
    after_verb: Callable[[Sequence[str], int], Attr | None],
    tokens: Sequence[str],
    verb_at: int,
    subject: str,
) -> Attr | None:
    """The speaker named after the verb of a German verb-second clause before a colon
    ("Am Montag erkl\u00e4rte die Sprecherin Anna Berg:", "Nach dem Spiel sagte Roth:"),
    where ``subject`` (the name read before the verb) is the opening phrase's
    capitalised words, not the speaker: a full name after the verb, or any name when
    the word before the verb is one capitalised noun after a lower-case word. None when
    the clause is not so."""
    if verb_at < 1:
        return None
    inverted = after_verb(tokens, verb_at + 1)
    if inverted is not None and new_subject_after_verb(tokens, verb_at, inverted):
        return inverted  # "Der Zeitung sagte eine Sprecherin:": someone new, not the paper
    if inverted is None or inverted[0] != "name":
        return None
    if " " in inverted[1]:
        return inverted
    if (
        " " not in subject
        and verb_at > 1
        and tokens[verb_at - 2].isalpha()
        and tokens[verb_at - 2].islower()
    ):
        return inverted
    return None


def shared_subject(
    after: Callable[[Sequence[str], bool], Attr | None], tokens: Sequence[str], verb_at: int
) -> Attr | None:
    """ "\u201e\u2026\u201c, betont X und erg\u00e4nzt: \u201e\u2026\u201c": a second speech
    verb joined by a conjunction shares the subject the first one has after the quote
    before (``tokens`` open with the separator after that quote). None otherwise."""
    if (
        verb_at > 1
        and tokens[verb_at - 1].lower() in CONJUNCTIONS
        and tokens[0] in LEADING_SEPARATORS
    ):
        return after(tokens[: verb_at - 1], False)
    return None


def verb_ends_sentence(tokens: Sequence[str], j: int) -> bool:
    """Is ``tokens[j]`` one lower-case word that ends the sentence after a name ("\u00ab
    Bravo Paris ! \u00bb Anne Hidalgo exulte.", "\u201cThank you!\u201d Jane Doe smiled.")?
    After a quote that ends its own sentence, a name and its one verb, whatever the
    verb, tell who spoke (``tokens`` stop at the sentence end)."""
    return j + 1 == len(tokens) and tokens[j].isalpha() and tokens[j].islower()


def inverted_participle_subject(
    grammar: Any, tokens: Sequence[str], first: int, comma: int, verb_at: int
) -> Attr | None:
    """The speaker named after an inverted speech verb earlier in the sentence, for a
    French present participle of a speech verb after the comma at ``tokens[comma]``
    ("\u00bb, a d\u00e9clar\u00e9 mercredi X, directeur de l'\u00e9cole, ajoutant que
    \u00ab\u2026\u00bb"): the participle shares that verb's subject. ``grammar`` is the
    :class:`~.attribution.Attribution` asking (its ``is_verb`` and
    ``speaker_after_verb``); ``tokens[first:comma]`` are the words before. None when
    there is no such verb or it names no one."""
    if not tokens[verb_at].endswith("ant"):
        return None
    for m in range(comma - 1, first - 1, -1):
        if grammar.is_verb(tokens[m]):
            found: Attr | None = grammar.speaker_after_verb(tokens, m + 1)
            return found if found is not None and found[0] == "name" else None
    return None


# Relative pronouns that are the subject of their clause (German "der"/"die" also open
# an object clause, "den"/"dem" never a subject one; English "whom", French "que" and
# "dont" are no subject).
_SUBJECT_RELATIVES = frozenset(("der", "die", "who", "qui"))
_GERMAN_RELATIVES = frozenset(("der", "die"))


def relative_antecedent(tokens: Sequence[str], end: int) -> Attr | None:
    """The person a relative clause right before a colon is about ("Anders war die
    Stimmung von Jan Roth, der keine Erkl\u00e4rung fand:", "Jane Doe, who had waited
    all night:"): the clause's subject is its relative pronoun, which stands for the
    full name right before its comma, so the words after the colon are that person's.
    The clause runs to the colon with no other comma, and a German one ends in its
    verb (a lower-case word: ", die Fans und Helfer:" is a list, not a clause). None
    otherwise; ``tokens[end]`` is the colon."""
    for k in range(end - 2, 0, -1):
        mark = tokens[k]
        if mark in (",", ";", ":"):
            relative = tokens[k + 1].lower()
            if mark != "," or relative not in _SUBJECT_RELATIVES:
                return None
            if relative in _GERMAN_RELATIVES and not tokens[end - 1].islower():
                return None
            name = name_backward(tokens, k - 1)
            return ("name", name) if name is not None and " " in name else None
    return None
