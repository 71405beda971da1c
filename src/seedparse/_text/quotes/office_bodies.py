"""The body an office belongs to, named after the office: "der Trainer des FC Hansa
Rostock", "der Chef des Autobauers Opel".

A genitive or "of" word after an office opens the office's complement, and German
and French put no person's name right after such an article ("des Werner X" is not
said). When the complement is headed by an abbreviation (a club, a party, a firm:
"FC", "VfL", "SPD") or is a head noun and one word ("Autobauers Opel", "Vereins
Hertha"), the whole run is the body's name: no person is named in it, and
the office stands alone (a role, resolved to the person in view), where the office's
complement followed by a full name ("du Commerce Olivia Grégoire") still names her.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import OF_WORDS
from .names import is_acronym

__all__ = ["names_a_body"]


def _abbreviation(word: str) -> bool:
    """A body's abbreviation: all capitals ("SSV", "SPD") or a short word with two
    capitals or more, as German clubs write theirs ("VfL", "TuS", "SpVgg")."""
    word = word.replace(".", "")
    if is_acronym(word):
        return True
    return word.isalpha() and len(word) <= 5 and sum(c.isupper() for c in word) >= 2


def names_a_body(tokens: Sequence[str], k: int, after: int) -> bool:
    """Is the capitalised run ``tokens[k:after]``, right after an of-word that follows
    an office, the name of the office's body rather than a person's?"""
    if k == 0 or tokens[k - 1].lower() not in OF_WORDS:
        return False
    run = after - k
    if run < 1:
        return False
    if _abbreviation(tokens[k]):
        return run <= 3  # "des FC Hansa Rostock", "des VfL Bochum"
    return run == 2  # "des Autobauers Opel": the head noun and its name
