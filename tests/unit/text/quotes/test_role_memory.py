"""A role the text used for someone it did not name stays theirs (role_memory, issue
15): "a dit le ministre" with nobody named as the minister, a president quoted since,
then "Le ministre alg\u00e9rien a soulign\u00e9 \u00ab\u2026\u00bb" and "a-t-il assur\u00e9" are
the same unnamed minister (speaker None), not the last person named. The role is the
office noun before its adjectives ("le ministre alg\u00e9rien": "ministre"). Near-misses:
the holder named in between ("le ministre Karim Saadi") is who the role stands for; a
role first met for the one person named stays theirs.

The texts are written for these tests with made-up names in the style of wire copy
(none from the seeds or the scored fixtures).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.role_memory import RoleMemory, office_noun

GL, GR = "\u00ab", "\u00bb"
LQ, RQ = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-unnamed-minister-again-after-a-president-quoted",
        f"Titre\n{GL}Nous examinerons la demande avec soin{GR}, a dit le ministre, "
        f"interrog\u00e9 par la radio. Paul Lemaire avait indiqu\u00e9 mardi que le pays "
        f"avait {GL}ouvert son espace a\u00e9rien aux avions de secours{GR}.\n"
        f"Le ministre tunisien a soulign\u00e9 que la crise est {GL}une crise \u00e0 nos "
        f"portes{GR}. {GL}Nos fronti\u00e8res sont surveill\u00e9es jour et nuit{GR}, "
        "a-t-il assur\u00e9.",
        [
            ("Nous examinerons", None),
            ("ouvert son espace", "Paul Lemaire"),
            ("une crise", None),
            ("Nos fronti\u00e8res", None),
        ],
    ),
    (
        "fr-near-miss-the-minister-named-in-between",
        f"Titre\n{GL}Nous examinerons la demande avec soin{GR}, a dit le ministre, "
        f"interrog\u00e9 par la radio. Le ministre Karim Saadi a ajout\u00e9 mardi que "
        f"{GL}tout sera fait dans les r\u00e8gles{GR}.\n"
        f"Le ministre tunisien a soulign\u00e9 que la crise est {GL}une crise \u00e0 nos "
        f"portes{GR}.",
        [
            ("Nous examinerons", None),
            ("tout sera fait", "Karim Saadi"),
            ("une crise", "Karim Saadi"),
        ],
    ),
    (
        "fr-near-miss-the-role-first-met-for-the-one-person-named",
        f"Titre\nLe ministre Karim Saadi est arriv\u00e9 lundi. {GL}Nous examinerons la "
        f"demande avec soin{GR}, a dit le ministre.",
        [("Nous examinerons", "Karim Saadi")],
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
