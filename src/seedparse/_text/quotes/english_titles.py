"""English titles in quotation marks: a programme, a speech or a work named in the
middle of a sentence.

English headline style capitalises every word of a title but the short grammar words
("told Dana Bash on \u201cState of the Union\u201d", "told \u201cSquawk on the
Street\u201d on Friday", "appeared on \u201cMeet the Press\u201d"). Quoted words of that
shape, with no sentence punctuation of their own, name a title: nobody's words, even
right after a speech verb ("Okerstrom told \u201cSquawk on the Street\u201d"). The
shape needs a lower-case grammar word between capitalised words, so it never reads a
capitalised phrase of German nouns or a quotation that is a sentence.
"""

from __future__ import annotations

__all__ = ["is_english_title"]

#: English articles, prepositions and conjunctions that title case leaves lower-case.
_TITLE_SMALL_WORDS = frozenset(
    (
        *("a", "an", "the", "and", "but", "or", "nor", "of", "on", "in", "at", "to"),
        *("for", "from", "by", "with", "as", "vs"),
    )
)
#: Those of them that are not also German words ("in", "an"): a title needs one.
_ENGLISH_ONLY_SMALL = _TITLE_SMALL_WORDS - {"in", "an", "as"}
#: Most words of a title read ("The Late Show with Stephen Colbert").
_MAX_TITLE_WORDS = 8


def is_english_title(words: str) -> bool:
    """Is ``words`` (the text between the marks, without sentence punctuation) an
    English title: three to :data:`_MAX_TITLE_WORDS` words, the first and the last
    capitalised, every other word capitalised or one of :data:`_TITLE_SMALL_WORDS`,
    at least one lower-case small word that is English only?"""
    parts = words.split()
    if not 3 <= len(parts) <= _MAX_TITLE_WORDS:
        return False
    small = 0
    for k, word in enumerate(parts):
        if not word[0].isalpha():
            return False
        if word[0].isupper():
            continue
        if k == 0 or k == len(parts) - 1 or word not in _TITLE_SMALL_WORDS:
            return False
        small += word in _ENGLISH_ONLY_SMALL
    return small > 0
