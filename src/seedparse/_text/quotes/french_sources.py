"""French prepositional phrases that name a quote's source as "selon" does: "aux
dires de X", "au dire de X", "à en croire X", "de l'avis de X", "de l'aveu (même) de
X", "aux yeux de X", "suivant X". The grammars list them with "selon" and "d'après"
as the locutions of source (the "discours attribué"); read as "selon", a quote before
or after one is the named person's.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["as_selon"]

#: Each locution as its lower-case tokens, after the split of an elided article
#: ("l'aveu" is "l'", "aveu"), both apostrophes.
_LOCUTIONS: tuple[tuple[str, ...], ...] = tuple(
    phrase
    for mark in ("'", "\u2019")
    for phrase in (
        ("aux", "dires", "de"),
        ("au", "dire", "de"),
        ("\u00e0", "en", "croire"),
        ("de", f"l{mark}", "avis", "de"),
        ("de", f"l{mark}", "aveu", "m\u00eame", "de"),
        ("de", f"l{mark}", "aveu", "de"),
        ("aux", "yeux", "de"),
        ("suivant",),
    )
)
#: The words a locution opens with: a token that is none of them opens none (one set
#: look-up instead of building each locution's lower-cased slice, at every quote).
_OPENERS = frozenset(phrase[0] for phrase in _LOCUTIONS)


def as_selon(tokens: Sequence[str], i: int) -> Sequence[str]:
    """``tokens`` with a locution of source that opens at ``tokens[i]`` written as
    "selon" ("\u00bb, aux dires de X" reads as "\u00bb, selon X"); ``tokens`` when none
    opens there. "Suivant" counts only before a capitalised word ("suivant X", not
    "le jour suivant")."""
    if i + 1 >= len(tokens) or tokens[i].lower() not in _OPENERS:
        return tokens  # (every locution needs a word after it)
    for phrase in _LOCUTIONS:
        end = i + len(phrase)
        if end < len(tokens) and tuple(t.lower() for t in tokens[i:end]) == phrase:
            if phrase == ("suivant",) and not tokens[end][:1].isupper():
                return tokens
            return [*tokens[:i], "selon", *tokens[end:]]
    return tokens
