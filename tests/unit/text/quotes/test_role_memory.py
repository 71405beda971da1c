"""A role the text used for someone it did not name stays theirs (role_memory, issue
15): "Le ministre est revenu sur les relations \u2026" with nobody named as the minister,
then "dit-il" and the quotes after it are the same unnamed minister (speaker None),
never a person the quotes mention. The role is the office noun before its adjectives
("le ministre alg\u00e9rien": "ministre"). Near-miss: a role first met for the one
person named ("Ramtane Lamamra a estim\u00e9 \u2026 a conclu le chef de la diplomatie
alg\u00e9rienne") stays theirs.

From real copy found with a search of stored public pages (names as published): an
Algerian daily's report on the minister's press conference ("Alg\u00e9rie-France : des
relations complexes", 197.140.11.140), and VitamineDZ on the foreign minister's answer
to Nicolas Sarkozy (vitaminedz.com), abridged. No real text found in the time given
had the role used again after another person was quoted; that case is read at the
level of :class:`RoleMemory` below.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.role_memory import RoleMemory, office_noun

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-unnamed-minister-stays-unnamed",
        "Alg\u00e9rie-France : des relations complexes\n"
        "Le ministre est revenu sur les relations alg\u00e9ro-fran\u00e7aises les qualifiant "
        f"de {GL}complexes{GR} au regard de {GL}l\u2019histoire, la m\u00e9moire et la "
        f"pr\u00e9sence{GR} de la communaut\u00e9 nationale en France. Un {GL}facteur auquel "
        f"l\u2019Alg\u00e9rie accorde une grande importance{GR}, dit-il. {GL}Nos relations "
        "bilat\u00e9rales sont pass\u00e9es par plusieurs crises. Actuellement, nous sommes "
        "en crise suite aux d\u00e9clarations du pr\u00e9sident fran\u00e7ais et "
        f"l\u2019Alg\u00e9rie a r\u00e9pondu publiquement et fortement{GR}. {GL}Comme le "
        "Pr\u00e9sident de la R\u00e9publique l\u2019a d\u00e9clar\u00e9, l\u2019Alg\u00e9rie "
        "ne prendra pas d\u2019initiative pour att\u00e9nuer cette crise car elle n\u2019en "
        f"est pas responsable{GR}. Et de conclure : {GL}L\u2019Alg\u00e9rie n\u2019a fait que "
        f"d\u00e9fendre la souverainet\u00e9 et la dignit\u00e9 de son peuple{GR}.",
        [
            ("facteur auquel", None),
            ("Nos relations", None),
            ("Comme le Pr\u00e9sident", None),
            ("L\u2019Alg\u00e9rie n\u2019a fait", None),
        ],
    ),
    (
        "fr-near-miss-the-role-first-met-for-the-one-person-named",
        "Alg\u00e9rie\n"  # (the page's section; its quoted title dropped)
        "Le ministre d\u2019Etat, ministre des Affaires \u00e9trang\u00e8res et de la "
        "Coop\u00e9ration internationale en a \u00e9galement profit\u00e9 pour envoyer "
        "balader Nicolas Sarkozy. Ramtane Lamamra a estim\u00e9 que "
        f"{GL}l\u2019int\u00e9r\u00eat manifest\u00e9 \u00e0 travers malheureusement des "
        "clich\u00e9s et des descriptions caricaturales par la personnalit\u00e9 que vous "
        "avez mentionn\u00e9e, \u00e0 l\u2019\u00e9gard de l\u2019Alg\u00e9rie, est sujet "
        f"\u00e0 interrogation{GR}. {GL}Je ne pense pas que l\u2019opinion publique "
        "alg\u00e9rienne devrait accorder de l\u2019importance \u00e0 ce genre de propos "
        f"malvenus{GR}, a conclu le chef de la diplomatie alg\u00e9rienne.",
        [
            ("l\u2019int\u00e9r\u00eat manifest\u00e9", "Ramtane Lamamra"),
            ("Je ne pense pas", "Ramtane Lamamra"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_memory(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("words", "noun"),
    [
        (["le", "ministre", "alg\u00e9rien"], "ministre"),
        (["the", "minister", "himself"], "minister"),
        (["le", "ministre"], None),  # the last word is the noun itself
        (["le", "grand", "jour"], None),  # no office
        (["le", "ministre", "Saadi"], None),  # a name, not an adjective
    ],
)
def test_office_noun(words: list[str], noun: str | None) -> None:
    assert office_noun(words, 1, len(words) - 1) == noun


def test_memory_takes_offices_only_and_is_bounded() -> None:
    memory = RoleMemory()
    memory.remember("s\u2019est")  # a mis-read role phrase: not an office
    memory.remember("sprecher")  # a German noun, written capitalised
    assert not memory.unnamed("s\u2019est")
    assert memory.unnamed("sprecher")
    assert memory.said(("role", "sprecher|m")) and not memory.said(("name", "sprecher"))
    for k in range(200):
        memory.remember(f"minister{k}")
    assert len(memory.roles) <= 64
