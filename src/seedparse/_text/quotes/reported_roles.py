"""A role noun in a clause another person reports is not that person: "Le député
Philippe Naillet explique que le Préfet de La Réunion a déclaré : « … »".

A definite role noun with no person named with it stands, like a pronoun, for the
person in view. When the role is the subject of a "que" (that, dass) clause of a
speech verb whose own subject is a named person, that person is the one reporting
what the role said: the role noun is someone else, whom the text has not named
("explique que le Préfet a déclaré", "said that the mayor had told them"). The
reporter named is the person in view, so the role must not fall back on them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lexicon import THAT

__all__ = ["reported_role"]

_MAX_VERB_GAP = 3  # words between a speech verb and its "que" ("explique aussi que")
# Singular definite articles: "que les élus avaient demandé" is a group whose demand
# the reporter relays in their own words, not one person who spoke.
_SINGULAR = frozenset(("le", "la", "the"))
_ELIDED = ("l'", "l\u2019")  # ("que l'élu a dit": the article glued to its noun)


def reported_role(pre: Sequence[str], speaker: str, is_verb: Callable[[str], bool]) -> bool:
    """Do the words ``pre`` before a quote credited to a role noun report that role's
    words through ``speaker``: ``speaker``'s surname, then a speech verb and a "que"
    that opens a clause whose subject is a singular definite article and the role
    ("X explique que le Préfet a déclaré :")? False otherwise."""
    surname = speaker.rsplit(" ", 1)[-1]
    for t in range(len(pre) - 2, 0, -1):
        article = pre[t + 1].lower()
        if pre[t].lower() not in THAT or not (article in _SINGULAR or article.startswith(_ELIDED)):
            continue
        verb_at = next(
            (k for k in range(t - 1, max(-1, t - 1 - _MAX_VERB_GAP), -1) if is_verb(pre[k])),
            -1,
        )
        return verb_at > 0 and surname in pre[:verb_at]
    return False
