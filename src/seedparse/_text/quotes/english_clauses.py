"""English clause grammar around a quote that no speech verb governs.

* **Naming verbs.** "X called the plan \u201ca disgrace to the city,\u201d", "X
  previously called himself \u201cnot a big media person\u201d", "X described the
  address as \u201cvery disappointing\u201d": the quoted words are what the subject of
  the naming verb called the thing, so they are that subject's, and the words after
  the closing mark ("\u201c\u2026,\u201d Y told Forbes") begin another clause. A
  passive ("was called", "has been described as", "so-called") names nobody: the
  subject there is the thing named.
* **Contrasting clauses.** "X called the plan \u201c\u2026,\u201d while Y said \u2026": a
  speech verb after "while", "whereas" or "but" has its own subject and its own
  words; it does not credit the quote before the conjunction.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import DETERMINERS

__all__ = ["contrast_at", "naming_verb_at"]

#: Naming verbs followed by their object and then the quoted name for it ("called
#: the plan \u201c\u2026\u201d"; no object: "what she called \u201c\u2026\u201d").
_NAMING = frozenset(
    {
        *("called", "calls", "calling", "dubbed", "dubs", "dubbing", "termed"),
        *("branded", "brands", "branding", "labelled", "labeled", "labels"),
        *("labelling", "labeling"),
        # Russian and Ukrainian "called" (ru, uk), the name given in the instrumental
        # inside the marks: the same construction.
        *("\u043d\u0430\u0437\u0432\u0430\u043b", "\u043d\u0430\u0437\u0432\u0430\u043b\u0430"),
        *("\u043d\u0430\u0437\u0432\u0430\u043b\u0438", "\u043d\u0430\u0437\u0432\u0430\u0432"),
        "\u043d\u0430\u0437\u044b\u0432\u0430\u0435\u0442",
        "\u043d\u0430\u0437\u0438\u0432\u0430\u0454",
    }
)
#: Naming verbs that take "as" before the name ("described the address as \u201c\u2026\u201d").
_NAMING_AS = frozenset(
    {
        *("described", "describes", "describing"),
        *("characterized", "characterised", "characterizes", "characterises"),
        *("characterizing", "characterising"),
    }
)
#: Words before a naming verb that make it a passive or an adjective: the subject
#: is then the thing named, not a speaker.
_PASSIVE = frozenset(("is", "was", "were", "are", "be", "been", "being", "so"))
#: Most words of the object between a naming verb and the quote.
_MAX_OBJECT = 5
#: Conjunctions that open a clause with a subject of its own.
_CONTRAST = frozenset(("while", "whereas", "but"))


def naming_verb_at(tokens: Sequence[str]) -> int:
    """The index in ``tokens`` (the words of the sentence before a quote, up to its
    opening mark) of a naming verb whose quoted complement the quote is, or -1.

    Between the verb and the quote stand only words of its object (at most
    :data:`_MAX_OBJECT`, none a punctuation mark), ending in "as" for the verbs of
    :data:`_NAMING_AS`; the verb is active (no form of "be" right before it)."""
    n = len(tokens)
    for k in range(n - 1, max(-1, n - _MAX_OBJECT - 2), -1):
        word = tokens[k]
        if not word[0].isalpha():
            return -1  # a comma or a mark: the quote is not in the verb's clause
        low = word.lower()
        if low not in _NAMING and not (
            low in _NAMING_AS and k < n - 1 and tokens[n - 1].lower() == "as"
        ):
            continue
        if k > 0 and (tokens[k - 1].lower() in _PASSIVE or tokens[k - 1].lower() in DETERMINERS):
            return -1  # a passive ("was called"), or a noun ("the calls for \u201c\u2026\u201d")
        return k
    return -1


def contrast_at(tokens: Sequence[str]) -> int:
    """The index of the first "while"/"whereas"/"but" in ``tokens`` (the words after
    a quote) that opens a clause of its own, or ``len(tokens)``: the words from
    there on do not attribute the quote."""
    for k, word in enumerate(tokens):
        if word.lower() in _CONTRAST:
            return k
    return len(tokens)
