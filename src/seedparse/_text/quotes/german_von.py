"""German "von" after a name: a nobiliary particle or a preposition with its article.

"Ursula von der Leyen" is one name; "Sebastian Engelmann von den Gr\u00fcnen" and "Heike
Breitenb\u00fccher von der CDU" are a name and the party or body the person is from.
The article after "von" and what comes before and after decide: the plural or
masculine dative ("von den", "von dem") is a preposition's, never a name's;
"von der" is a name's only between a given name and a surname (one word before it,
not a full name already) and before a word that is no acronym.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["von_phrase_after_name"]

_DATIVE_ONLY = frozenset(("den", "dem"))


def von_phrase_after_name(tokens: Sequence[str], name_words: int, j: int) -> bool:
    """Does ``tokens[j]`` ("von") open a prepositional phrase after a name of
    ``name_words`` words (offices and job nouns before it not counted: "Kommissarin
    Marta von der Aue" has one), instead of the particles of one name?
    ``tokens[j + 1]`` is the article and ``tokens[j + 2]`` the capitalised word after."""
    if tokens[j] != "von" or j + 2 >= len(tokens):
        return False
    article, head = tokens[j + 1].lower(), tokens[j + 2]
    if article in _DATIVE_ONLY:
        return True  # "von den Gr\u00fcnen", "von dem Verein"
    if article != "der":
        return False
    acronym = len(head) > 1 and head.isupper()
    return acronym or name_words >= 2  # "von der CDU"; "Heike Breitenb\u00fccher von der SPD"
