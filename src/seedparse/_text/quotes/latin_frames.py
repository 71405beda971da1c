"""Words of German and French speech frames that sit around a name without being part
of it (issue 15, session 26): a parliament member's post-nominal ("Wolfgang Reinhart
MdL", "Hans Meier MdB"), and a focus adverb between a reflexive verb and its subject
after the quotation ("\u201c, zeigt sich auch Jutta Olbricht erleichtert"). Pure word
tests, no state."""

from __future__ import annotations

import re

__all__ = ["FOCUS_ADVERBS", "post_nominal"]

# "MdB", "MdL", "MdEP", "MdA", "MdHB": "Mitglied des …" and the house's initials, written
# after the name of a member of a German parliament.
_MEMBER_OF = re.compile(r"Md[A-Z]{1,3}")

#: Adverbs that stand between an inverted verb (and its "sich") and the subject that
#: follows it ("zeigt sich auch X", "freute sich ebenfalls X", "ajoute aussi X").
FOCUS_ADVERBS = frozenset(
    ("auch", "ebenfalls", "zudem", "außerdem", "ausserdem", "aussi", "également")
)


def post_nominal(word: str) -> bool:
    """Is ``word`` a parliament member's post-nominal ("MdL", "MdB", "MdEP"), which
    closes a name and is no part of it?"""
    return _MEMBER_OF.fullmatch(word) is not None
