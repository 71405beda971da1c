"""Surnames of two letters ("Wu", "Li", "Ng", "Xu"): completed, like longer ones, to the
full name the text wrote before ("Wu said" after "Wu Jing", "Li said" after "Nancy
Li"), but only on the exact word (no variant spelling: two letters share too much by
chance) and never a two-letter word of the languages read ("Da", "So", "Le", "Er",
"In"), which opens a sentence capitalised."""

from __future__ import annotations

from .lexicon import CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, PARTICLES, PRONOUNS

__all__ = ["short_surname"]

# (and the two-letter adverbs and interjections that open a sentence: "So", "Ja")
_WORDS = (
    CONJUNCTIONS
    | DETERMINERS
    | FUNCTION_WORDS
    | PARTICLES
    | PRONOUNS
    | frozenset(
        ("so", "da", "ja", "no", "oh", "ok", "nu", "wo", "si", "ou", "ni", "ne", "et", "eh")
    )
)


def short_surname(name: str) -> bool:
    """May ``name``, two letters, be a surname to complete: a capital and a small
    Latin letter ("Wu", not "UN", not "Da", not a Cyrillic word)?"""
    return (
        len(name) == 2
        and name.isascii()
        and name[0].isupper()
        and name[1].islower()
        and name.lower() not in _WORDS
    )
