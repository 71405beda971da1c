# ruff: noqa: RUF002, RUF003 -- the dashes of real titles on purpose
"""A kicker or a tag before a title's clause: "Qatar 2022 - Name Surname : « … »",
"EXCLUSIVE | Name: '…'", "INTERVIEW. Name : « … »", "ASSE : Galtier est …".

Sport and interview pages open the title with a competition, a club, a section or a
tag, then a separator, then the clause whose subject is the story's speaker. The
kicker itself is nobody's name, so the title's clause starts after it. What counts
as a kicker (anything else keeps the title as it is):

* a separator token: a dash or a hyphen standing alone, "|" or "/"; a full stop only
  after a tag in capitals ("INTERVIEW."); a colon only after tags in capitals or with
  a number ("ASSE :", "CAN 2023 :"), where a capital after the colon is the name, not
  sentence case;
* one to eight words before it, with no quotation mark or bracket (a quotation as the
  kicker is someone's words, not a tag);
* words that are no person's name: a number, a tag in capitals, or a lower-case word
  among them ("Ligue 1", "PSG", "Suspension en huitièmes"); a lone capitalised word
  ("Nantes", "Сборная", "Macron") only when the body writes it as a common noun or a
  place (in lower case, or after a preposition or an article: "сборная", "à
  Nantes"); else, before another name ("Macron – Borne : « … »"), it may be a
  second person, so the title names no one speaker. A full name
  ("Emmanuel Macron – …", "Jean de La Fontaine – …") is never a kicker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .mark_sets import CLOSING_MARKS, OPENING_MARKS
from .names import is_acronym, is_name_word, name_forward

__all__ = ["AMBIGUOUS", "kicker_end"]

_MAX_KICKER = 8  # tokens of a kicker, at most ("Présence de joueurs non convoqués dans la tanière")
_SEPARATORS = frozenset(("-", "\u2013", "\u2014", "|", "/"))
_BRACKETS = frozenset("()[]")


def _tag(word: str) -> bool:
    """A tag in capitals or a number ("INTERVIEW", "PSG", "2022", "U21")?"""
    return is_acronym(word) or any(ch.isdigit() for ch in word)


def _no_name(words: Sequence[str], alone: Callable[[str], bool] | None) -> bool:
    """Are the kicker's ``words`` no person's name (see the module)?"""
    for k, word in enumerate(words):
        if is_name_word(word) and not is_acronym(word):
            name, _ = name_forward(words, k)
            if name is not None and " " in name:
                return False  # "Jean de La Fontaine - …": a person
    if any(_tag(word) or word[:1].islower() for word in words):
        return True
    return len(words) == 1 and alone is not None and alone(words[0])


#: kicker_end's answer for a lone capitalised word, a separator and a name ("Macron –
#: Borne : « … »"): two people may be named, so the title names no one speaker.
AMBIGUOUS = (0, False)


def kicker_end(
    tokens: Sequence[str], alone: Callable[[str], bool] | None = None
) -> tuple[int, bool] | None:
    """Where the title's clause starts after a leading kicker in ``tokens`` (its
    index), and whether the separator was a colon; None without a kicker; AMBIGUOUS
    when the kicker may be a person's name before another name. ``alone`` says
    whether the body writes a word as a common noun or a place (see the module)."""
    for j, mark in enumerate(tokens[: _MAX_KICKER + 1]):
        if mark in OPENING_MARKS or mark in CLOSING_MARKS or mark in _BRACKETS:
            return None
        if not j:
            continue
        words = tokens[:j]
        if mark in _SEPARATORS:
            if _no_name(words, alone):
                return j + 1, False
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            if j == 1 and is_name_word(after) and not is_acronym(after):
                return AMBIGUOUS
            return None
        if mark == "." and all(is_acronym(word) for word in words):
            return j + 1, False  # "INTERVIEW."
        if mark == ":":
            return (j + 1, True) if all(_tag(word) for word in words) else None
    return None
