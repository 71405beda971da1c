"""Words in marks after a noun for a work or a campaign name it: "in der Sendung
„Aktenzeichen XY ... ungelöst“", "der Kinofilm „…“", "unter dem Motto „…“". German
puts the title right after its noun, and the comma that may follow the closing mark
closes an apposition, not a quoted sentence; nobody is credited with such words, so
they are no quotation. (English and French titles after an article are
``judging._after_article``'s and ``english_titles``'.)
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["names_a_work"]

#: Endings of a capitalised German noun for a work, a programme or a campaign
#: ("Sendung", "Fernsehserie", "Kinderbuch", "Wahlkampagne").
WORK_NOUNS: tuple[str, ...] = (
    *("sendung", "film", "serie", "show", "reihe", "dokumentation", "podcast"),
    *("buch", "roman", "titel", "kolumne", "magazin", "zeitschrift", "zeitung"),
    *("album", "song", "lied", "st\u00fcck", "oper", "musical", "ausstellung", "festival"),
    *("motto", "slogan", "kampagne", "programm", "projekt"),
)


def names_a_work(pre: Sequence[str]) -> bool:
    """Does the word right before a quote (the last of ``pre``) name a work or a
    campaign, a capitalised noun ending in one of :data:`WORK_NOUNS`?"""
    if not pre:
        return False
    word = pre[-1]
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(WORK_NOUNS)
