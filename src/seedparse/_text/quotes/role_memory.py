"""Roles the text used for someone it did not name: "a dit le ministre" with nobody
named as the minister, then "Le ministre alg\u00e9rien a soulign\u00e9" later is the same
unnamed minister, not the last person named in between (a president quoted since)."""

from __future__ import annotations

from collections.abc import Sequence

from .names import is_title

__all__ = ["RoleMemory", "office_noun"]

_MAX_ROLES = 64  # distinct role nouns remembered per text (bounded memory)


class RoleMemory:
    """Per text: the role nouns first met with no holder. The holder named later
    ("spokesman John Smith") is found before this is asked (Context._with_role), so a
    remembered role only answers when the text still names nobody with it."""

    __slots__ = ("roles",)

    def __init__(self) -> None:
        self.roles: set[str] = set()

    def unnamed(self, role: str) -> bool:
        """Was ``role`` (lower case) used before for someone the text did not name?"""
        return role in self.roles

    def said(self, attr: tuple[str, str]) -> bool:
        """Is ``attr`` a role the text used for someone it did not name ("le ministre"
        resolved to nobody): a pronoun right after its quote is theirs too."""
        return attr[0] == "role" and attr[1].partition("|")[0] in self.roles

    def remember(self, role: str) -> None:
        """Note that ``role`` stood for someone not named (bounded per text): an office
        or job noun only (a German one is written capitalised), not a word the role
        phrase was mis-read to end with ("s\u2019est")."""
        if len(self.roles) < _MAX_ROLES and (is_title(role) or is_title(role.capitalize())):
            self.roles.add(role)


def office_noun(tokens: Sequence[str], first: int, last: int) -> str | None:
    """The office noun (lower case) of a role phrase ``tokens[first:last + 1]`` that
    ends in adjectives after it ("le ministre alg\u00e9rien", "the minister himself"):
    the role is the noun, not its last word, so that the same role used again is
    known for the same one. None when the last word is the noun itself or no office."""
    if not tokens[last].islower() or is_title(tokens[last]):
        return None
    for k in range(last - 1, first - 1, -1):
        if not tokens[k].islower():
            return None
        if is_title(tokens[k]):
            return tokens[k]
    return None
