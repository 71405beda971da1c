"""English phrasal speech verbs read as one word: "\u201c\u2026,\u201d Doe pointed
out.", "Smith chimed in:". The attribution grammar reads one verb token, so the verb
and its particle are read as the one-word verb of the same meaning and form ("pointed
out" as "noted", "chimes in" as "adds"). A particle that opens a phrase of its own
("pointed out of the window", "weighed in at 90 kg") leaves the verb alone."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["one_word_verbs"]

# (verb form, particle) -> the one-word speech verb of the same form.
_PHRASAL = {
    **{(f"point{e}", "out"): f"not{e2}" for e, e2 in (("ed", "ed"), ("s", "es"), ("ing", "ing"))},
    **{(f"chim{e}", "in"): f"add{e2}" for e, e2 in (("ed", "ed"), ("es", "s"), ("ing", "ing"))},
    **{(f"weigh{e}", "in"): f"comment{e2}" for e, e2 in (("ed", "ed"), ("s", "s"), ("ing", "ing"))},
}
_PARTICLES = frozenset(particle for _, particle in _PHRASAL)
# Words after the particle that make it a preposition of a phrase ("out of", "in at").
_PHRASE_GOES_ON = frozenset(("of", "at", "from", "to", "into", "onto"))


def one_word_verbs(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` with each phrasal speech verb replaced by its one-word verb, or
    ``tokens`` itself when there is none (the common case: no copy)."""
    if not _PARTICLES.intersection(tokens):
        return tokens
    out: list[str] = []
    n = len(tokens)
    k = 0
    while k < n:
        word = tokens[k]
        verb = _PHRASAL.get((word.lower(), tokens[k + 1])) if k + 1 < n else None
        if verb is not None and not (k + 2 < n and tokens[k + 2].lower() in _PHRASE_GOES_ON):
            out.append(verb)
            k += 2
            continue
        out.append(word)
        k += 1
    return out
