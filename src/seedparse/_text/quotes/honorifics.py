"""Courtesy and council titles before a surname ("Mr Les added", "Cllr Pritchard",
"Coun Smith", "Miss Brown told the court"): the word after one is a surname even when
it is a function word of another language ("Les", "La", "Van"), which would end a
name anywhere else. English local and court reports write a person's full name once,
then the title and the surname for the rest of the text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lexicon import SENTENCE_END

__all__ = ["COURTESY", "addressee_before_participle", "courtesy_surname", "opens_with_title"]

#: Titles written before a surname alone (lower case, with and without the dot).
COURTESY = frozenset(
    (
        *("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr."),
        *("cllr", "cllr.", "coun", "coun.", "councillor", "councilor"),
    )
)

PhraseTest = Callable[[Sequence[str], int], bool]

# English words that are never a surname, even after a title: a sentence opening
# after an abbreviation ("... Dr. The hospital said").
_NEVER_SURNAME = frozenset(
    (
        *("the", "a", "an", "and", "but", "or", "nor", "so", "it", "he", "she", "they"),
        *("we", "i", "you", "his", "her", "their", "our", "my", "your", "this", "that"),
        *("these", "those", "of", "in", "on", "at", "to", "for", "with", "by", "from"),
        *("as", "if", "when", "while"),
    )
)


def courtesy_surname(tokens: Sequence[str], j: int) -> bool:
    """Is ``tokens[j]`` a surname because a courtesy title stands right before it
    ("Mr Les added", "Coun La Rosa")? A capitalised word of letters only."""
    if j < 1 or tokens[j - 1].lower() not in COURTESY:
        return False
    word = tokens[j]
    return (
        len(word) > 1
        and word[0].isupper()
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in _NEVER_SURNAME
    )


# The preposition of the one written or spoken to: "wrote to X asking". Not "with",
# "from", "of", "by": "with Prime Minister X proclaiming", "a letter from X saying",
# "a video of X saying" make X the one who speaks.
_OBJECT_PREPOSITIONS = frozenset(("to",))


def addressee_before_participle(tokens: Sequence[str], verb_at: int, start: int) -> bool:
    """Is the name opening at ``tokens[start]``, right before the "-ing" speech verb at
    ``tokens[verb_at]``, a preposition's object ("and wrote to Cllr Pritchard asking
    him to step down")? The one written or spoken to, not the one asking."""
    return (
        tokens[verb_at].endswith("ing")
        and start > 0
        and tokens[start - 1] in _OBJECT_PREPOSITIONS  # (lower case: inside a sentence)
    )


def opens_with_title(tokens: Sequence[str], k: int, phrase_subject: PhraseTest) -> bool:
    """Does the courtesy title at ``tokens[k]`` and the surname after it open their
    sentence, alone or after a short opening phrase ("There, Cllr Pritchard made a
    statement")? ``phrase_subject`` tests a name after such a phrase."""
    if k == 0 or tokens[k - 1] in SENTENCE_END:
        return True
    return phrase_subject([*tokens[:k], *tokens[k + 1 :]], k)
