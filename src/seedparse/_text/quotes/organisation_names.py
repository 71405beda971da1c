"""Organisations named by a run of capitalised words that ends in the noun of their
kind ("United Farm Workers said", "the Agriculture Workforce Coalition"): no person,
whatever word of the run looks like a given name or a sentence's opening word. The
kinds are those of the MUC-7 Named Entity Task Definition's ORGANIZATION (Chinchor
1997: corporate, governmental and other organisational entities: companies, unions,
parties, councils, committees, associations, agencies, institutes, clubs, ...); the
nouns are the English heads of those kinds, less those that are also common surnames
("Church", "House", "Hall", "Trust", "Fund")."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ORGANISATION_HEADS", "organisation_run"]

ORGANISATION_HEADS = frozenset(
    [
        "workers",
        "union",
        "unions",
        "council",
        "party",
        "association",
        "associations",
        "federation",
        "confederation",
        "committee",
        "commission",
        "coalition",
        "alliance",
        "league",
        "society",
        "institute",
        "foundation",
        "corporation",
        "company",
        "agency",
        "authority",
        "board",
        "bureau",
        "organization",
        "organisation",
        "network",
        "movement",
        "front",
        "caucus",
        "syndicate",
        "cooperative",
        "partnership",
        "consortium",
    ]
)

_LEAST_WORDS = 3  # a run of two ("Farm Workers") may be a person's name cut short


def organisation_run(words: Sequence[str]) -> bool:
    """Is ``words`` (a run of capitalised words) three words or more ending in the
    noun of an organisation's kind ("United Farm Workers", "National Farmers
    Union")? The last word is written capitalised, as a name's part is."""
    if len(words) < _LEAST_WORDS:
        return False
    last = words[-1]
    return last[:1].isupper() and not last.isupper() and last.lower() in ORGANISATION_HEADS
