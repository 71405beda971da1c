"""Words of German and French speech frames that sit around a name without being part
of it (issue 15, session 26): a parliament member's post-nominal ("Wolfgang Reinhart
MdL", "Hans Meier MdB"), and a focus adverb between a reflexive verb and its subject
after the quotation ("\u201c, zeigt sich auch Jutta Olbricht erleichtert"). A German pronominal
adverb opening a verb-second clause ("Dazu erklärt der Geschäftsführer X:", "Hierzu
sagt …") is never a name. An adverbial
phrase between an inverted French verb and its subject ("demande d'emblée le
président", "réplique sans hésiter le prévenu") is passed over. Pure word tests, no
state."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["FOCUS_ADVERBS", "PRONOMINAL_ADVERBS", "adverbial_phrase", "post_nominal"]

# "MdB", "MdL", "MdEP", "MdA", "MdHB": "Mitglied des …" and the house's initials, written
# after the name of a member of a German parliament.
_MEMBER_OF = re.compile(r"Md[A-Z]{1,3}")

#: Adverbs that stand between an inverted verb (and its "sich") and the subject that
#: follows it ("zeigt sich auch X", "freute sich ebenfalls X", "ajoute aussi X").
FOCUS_ADVERBS = frozenset(
    ("auch", "ebenfalls", "zudem", "außerdem", "ausserdem", "aussi", "également")
)


# "da(r)-", "hier-", "wo(r)-" and a preposition: the adverb a German verb-second clause
# opens with ("Dazu erklärt …", "Hierzu sagt …", "Dabei betonte …", "Darüber hinaus").
_PREPOSITIONS = (
    *("an", "auf", "aus", "bei", "durch", "f\u00fcr", "gegen", "hinter", "in", "mit"),
    *("nach", "neben", "\u00fcber", "um", "unter", "von", "vor", "zu", "zwischen"),
)
#: German pronominal adverbs in lower case: a clause's first position, never a person.
PRONOMINAL_ADVERBS = frozenset(
    stem + ("r" if stem in ("da", "wo") and prep[0] in "aeiou\u00fc" else "") + prep
    for stem in ("da", "hier", "wo")
    for prep in _PREPOSITIONS
)


def post_nominal(word: str) -> bool:
    """Is ``word`` a parliament member's post-nominal ("MdL", "MdB", "MdEP"), which
    closes a name and is no part of it?"""
    return _MEMBER_OF.fullmatch(word) is not None


# Infinitive endings after "sans" ("sans hésiter", "sans sourciller", "sans répondre").
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_ELIDED_ADVERB = re.compile(r"d['\u2019](?:embl\u00e9e|abord|ailleurs|un\s?coup)")


def adverbial_phrase(tokens: Sequence[str], j: int) -> int:
    """How many tokens at ``tokens[j]`` form a French adverbial phrase of manner or
    time between an inverted speech verb and its subject: "sans" and an infinitive
    ("sans hésiter"), an elided adverb ("d'emblée", "d'abord"); 0 when none. The
    caller checks that the subject's article follows."""
    if j >= len(tokens):
        return 0
    low = tokens[j].lower()
    if low == "sans" and j + 1 < len(tokens):
        nxt = tokens[j + 1]
        return 2 if nxt.isalpha() and nxt.islower() and nxt.endswith(_INFINITIVE_ENDINGS) else 0
    return 1 if _ELIDED_ADVERB.fullmatch(low) else 0
