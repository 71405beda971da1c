"""French names written after an office and its portfolio.

French puts the office, its complement and the name in one run with no comma: "le
ministre de la Santé Olivier Véran", "la ministre du Travail Élisabeth Borne", "le
secrétaire d'État aux Transports X". The complement's noun is capitalised, so read
backwards from a speech verb ("… Olivier Véran a estimé") the capitalised run is
"Santé Olivier Véran": the first word names the portfolio, not the person. A person's
name does not follow an article or "du"/"des"/"au"/"aux" in French news copy, so a run
right after one of those that is longer than a full name opens with a complement.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["after_office_complement"]

#: Contracted articles that open a complement ("du Travail", "des Armées", "aux
#: Sports"), and the articles after "de" ("de la Santé", "de l'Intérieur").
_CONTRACTED = frozenset(("du", "des", "au", "aux"))
_AFTER_DE = frozenset(("la", "l'", "l\u2019"))


def after_office_complement(tokens: Sequence[str], i: int) -> bool:
    """Does the capitalised run at ``tokens[i]`` follow a lower-case office noun and the
    article of its complement ("ministre de la | Santé Olivier Véran", "ministre du |
    Travail X Y")? Then the run's first words are the complement, and only its last two
    name words can be the person's (see :func:`seedparse._text.quotes.names.trim_name`,
    ``office``)."""
    if i < 2:
        return False
    lead = tokens[i - 1].lower()
    if lead in _CONTRACTED:
        office = tokens[i - 2]
    elif lead in _AFTER_DE and i >= 3 and tokens[i - 2].lower() == "de":
        office = tokens[i - 3]
    else:
        return False
    # A lower-case noun ("ministre", "porte-parole", "secrétaire d'État" ends in
    # "d'État", which is capitalised, so that one is checked on its apostrophe).
    word = office.replace("-", "")
    return (word.isalpha() and word.islower()) or office.lower().startswith(("d'", "d\u2019"))
