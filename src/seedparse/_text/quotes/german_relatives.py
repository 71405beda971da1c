"""The subject of a speech verb that closes a German relative clause set off after a
name (issue 15, session 26): "Ronald Gläser, der die Anfrage stellte, …". German puts
the relative clause's verb last; when the clause opens with the masculine nominative
relative pronoun ("der", "welcher") the pronoun is its subject, and it stands for the
name before the comma, not for the noun after the article ("die Anfrage"), which is
the verb's object. A feminine or neuter pronoun ("die", "das") may be the object as
well as the subject ("das die Polizei meldete"), so it is left to the usual search."""

from __future__ import annotations

from collections.abc import Sequence

from .latin_clauses import Attr
from .names import name_backward

__all__ = ["relative_clause_subject"]

_SUBJECT_RELATIVES = frozenset(("der", "welcher"))
_MAX_CLAUSE = 8  # tokens between the relative pronoun and its verb


def relative_clause_subject(tokens: Sequence[str], verb_at: int) -> Attr | None:
    """The name a relative clause's subject pronoun stands for, when the speech verb
    at ``tokens[verb_at]`` ends that clause ("X Y, der die Anfrage stellte,"); None
    when the verb ends no such clause."""
    after = verb_at + 1
    if after < len(tokens) and tokens[after] not in (",", "."):
        return None  # German ends a relative clause with its verb
    for c in range(verb_at - 2, max(-1, verb_at - 2 - _MAX_CLAUSE), -1):
        if tokens[c] != ",":
            continue
        if tokens[c + 1].lower() not in _SUBJECT_RELATIVES or tokens[c + 1][0].isupper():
            return None
        name = name_backward(tokens, c - 1)
        return ("name", name) if name is not None and " " in name else None
    return None
