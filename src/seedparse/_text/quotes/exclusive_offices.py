"""Offices that one person does not hold together with another in news copy, so that a
definite role noun does not stand for a person the text gave the other office.

"le porte-parole Amadou Coulibaly a prévenu : l'image du Président Alassane Ouattara
est une ligne rouge. « … », a martelé le ministre." The role noun "le ministre" has no
person the text named with it; it stands, like a pronoun, for the person in view. The
President named since is not that person: a minister is no president, a mayor no
prefect. A person described with one of these offices and none that agrees with the
role noun is passed over (as one of the other gender is), so the role goes to the
speaker before. Offices that one person often holds beside another are left out:
a deputy or a senator chairs a group or an assembly ("président du Sénat"), a
spokesperson of a government is one of its ministers, a chief ("chef") heads
anything; a person with two offices ("maire de X et ministre") agrees with both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["court_side_otherwise", "described_otherwise", "holds_other_office"]

_OFFICES: dict[str, str] = {
    word: office
    for office, words in {
        # (Russian and Ukrainian office nouns in the nominative, as
        # :func:`~.names.slavic_title` gives them.)
        "president": "pr\u00e9sident pr\u00e9sidente president pr\u00e4sident pr\u00e4sidentin "
        "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
        "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u043a\u0430",
        "minister": "ministre minister ministerin "
        "\u043c\u0456\u043d\u0456\u0441\u0442\u0440 \u043c\u0438\u043d\u0438\u0441\u0442\u0440 "
        "\u043c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u043a\u0430",
        "mayor": "maire mairesse mayor bourgmestre b\u00fcrgermeister b\u00fcrgermeisterin "
        "\u043c\u0435\u0440 \u043c\u044d\u0440",
        "prefect": "pr\u00e9fet pr\u00e9f\u00e8te",
        # The courtroom's sides (court_roles.py): the bench, the prosecution, the
        # defence and the defendant are never one person.
        "judge": "juge richter richterin",
        "defence": "avocat avocate verteidiger verteidigerin",
        "defendant": "pr\u00e9venu pr\u00e9venue accus\u00e9 accus\u00e9e inculp\u00e9 "
        "inculp\u00e9e angeklagter angeklagte",
        "prosecutor": "procureur procureure prosecutor substitut substitute "
        "staatsanwalt staatsanw\u00e4ltin oberstaatsanwalt oberstaatsanw\u00e4ltin "
        "\u043f\u0440\u043e\u043a\u0443\u0440\u043e\u0440 "
        "\u043f\u0440\u043e\u043a\u0443\u0440\u043e\u0440\u043a\u0430",
    }.items()
    for word in words.split()
}


def holds_other_office(described: Iterable[str], role: str) -> bool:
    """Is the person ``described`` with these lower-case words (their descriptor: the
    role words before the name, an appositive after it) known to hold one of the
    offices above other than the role noun's, and not the role noun's own? False when
    the role noun is none of them ("le porte-parole", "le chef") or the description
    names none."""
    own = _OFFICES.get(role)
    if own is None:
        return False
    held = {_OFFICES[word] for word in described if word in _OFFICES}
    return bool(held) and own not in held


def described_otherwise(
    describe: Callable[[str, int], Iterable[str]], who: str, office: tuple[str, int]
) -> bool:
    """Is ``who`` described (``describe(who, pos)``: the context's descriptor) with
    another office than the role noun of ``office`` (the noun and where it stands)?
    False with no role noun, without describing anyone."""
    role, pos = office
    return bool(role) and holds_other_office(describe(who, pos), role)


_COURT_SIDES = frozenset(("judge", "defence", "defendant", "prosecutor"))


def court_side_otherwise(
    describe: Callable[[str, int], Iterable[str]], who: str, office: tuple[str, int]
) -> bool:
    """Is ``who`` described as one side of a courtroom and the role noun of ``office``
    another ("le prévenu X" spoke, then "a requis la substitute du procureur")? Then
    the role does not stand for ``who`` even when ``who`` spoke last: in a court
    chronicle the sides speak in turn, each named by its role."""
    role, pos = office
    own = _OFFICES.get(role)
    if own not in _COURT_SIDES:
        return False
    held = {_OFFICES[word] for word in describe(who, pos) if word in _OFFICES}
    return bool(held) and own not in held and held <= _COURT_SIDES
