"""Word-level readings the clause grammar of :mod:`.attribution` asks for.

Pure functions of a token list and a position: the pronoun standing at a place (the
subject of a speech verb beside it), the role noun heading an "of" complement, and the
person a speech noun names ("statement of John Doe"). They hold no state of the
:class:`~.attribution.Attribution` memo, so they live apart from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .latin_clauses import Attr, role
from .lexicon import (
    AUX,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    DETERMINERS,
    OF_WORDS,
    OTHER_PRONOUNS,
    PRONOUNS,
    SPEECH_NOUNS,
    THAT,
)
from .names import is_title, name_forward

__all__ = ["person_at", "role_head", "speech_noun_owner"]


def person_at(tokens: Sequence[str], j: int, *, verb: str = "") -> Attr | None:
    """A pronoun or a name that starts (or, read backwards, ends) at ``tokens[j]``:
    the subject of a speech verb on either side of it. ``verb`` is the verb it goes
    with, when known: German "sie" is "she" only with a singular verb."""
    word = tokens[j]
    low = word.lower()
    if low == "sie" and verb and not verb.endswith("n"):
        return ("pronoun", "she")
    if low in PRONOUNS or low in OTHER_PRONOUNS:
        return ("pronoun", low)
    if low in DEMONSTRATIVES and (
        j + 1 == len(tokens) or tokens[j + 1] in (verb, ",", ".") or tokens[j + 1].lower() in AUX
    ):
        return ("pronoun", low)  # "Dieser nannte", not "Dieser Vorschlag"
    return None


def role_head(tokens: Sequence[str], j: int) -> Attr | None:
    """The role noun whose complement ends at ``tokens[j + 1]``: "[La]
    secr\u00e9taire g\u00e9n\u00e9rale de la [CGT]" gives the role
    "secr\u00e9taire". ``tokens[j]`` must be a preposition or an article. The noun may
    be an office written with a capital ("Le Pr\u00e9fet de La R\u00e9union a
    d\u00e9clar\u00e9"): the place after it is its complement, not the speaker."""
    if j < 1 or not (tokens[j].lower() in OF_WORDS or tokens[j].lower() in DETERMINERS):
        return None
    for k in range(j - 1, max(-1, j - 8), -1):
        low = tokens[k].lower()
        if not tokens[k][0].isalpha():
            return None
        before = tokens[k - 1].lower() if k else ""
        opens = k == 0 or not before[0].isalpha() or before in CONJUNCTIONS or before in THAT
        noun = tokens[k + 1] if k + 1 < j else ""
        if low in DETERMINERS and (noun.islower() or is_title(noun)) and opens:
            return role(low, tokens[k + 1])
    return None


def speech_noun_owner(tokens: Sequence[str], k: int, end: int) -> str | None:
    """Whose words a speech noun at ``tokens[k]`` names: "d\u00e9claration
    d\u2019Anne Hidalgo", "message de Jean Dupont", "statement of John Doe"."""
    if k + 1 >= end or tokens[k].lower() not in SPEECH_NOUNS:
        return None
    link = tokens[k + 1]
    words: list[str] = []
    if link[:2].lower() in ("d'", "d\u2019") and link[2:3].isupper():
        words.append(link[2:])  # the elided "d\u2019Anne" holds the first name
        start = k + 2
    elif link.lower() in OF_WORDS:
        start = k + 2
    else:
        return None
    name, _ = name_forward([*words, *tokens[start:end]], 0)
    return name if name is not None and " " in name else None
