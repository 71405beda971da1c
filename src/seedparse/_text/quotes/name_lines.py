"""Names the text gives whole once and then by their first word.

A person introduced by a long name whose first word is the one the text reuses ("The
Minister in charge, Leota Laki Lamositele Sio confirmed ..." then "said Leota"; Samoan
and Tongan titles come first and are what the copy calls the person): the surname
look-up (surnames.py) finds no full name *ending* with the word, so the word is
completed here to the one run of three or more name words the text wrote starting
with it. Precision first: every run the text wrote with that word first must be the
same name (or a shorter form of it), it must be no organisation ("Leota District
Council"), and a word the text also writes inside another name ("Tasi Leota") is
left alone. The look-up reads at most :data:`~.names.NAME_LOOKBACK` characters back
and at most :data:`_MAX_OCCURRENCES` occurrences, so the cost stays bounded.
"""

from __future__ import annotations

from .names import NAME_LOOKBACK, is_acronym, is_cyrillic, is_name_word, is_title
from .organisation_names import organisation_run

__all__ = ["first_word_name"]

_MAX_OCCURRENCES = 200  # occurrences of the word examined per look-up
_MAX_WORDS = 5  # name words of a run, at most ("Laaulialemalietoa Leuatea Polataivao Fosi Schmidt")
_LEAST_WORDS = 3  # a run of two ("John Gormley" for "John") is the given-name rule's
_TRAILING = ",.;:!?)\u2019'\"\u201d\u00bb"


def _run_after(text: str, end: int) -> list[str] | None:
    """The name words written right after ``text[end]`` (a space first), titles
    inside the run dropped ("Tuilaepa Dr Sailele Malielegaoi"), or None when an
    acronym or a word glued to the word before it is in the way."""
    if end >= len(text) or text[end] != " ":
        return []
    out: list[str] = []
    line = text[end : end + 120].split("\n", 1)[0]  # (a name does not run over a line)
    for raw in line.split(" ")[1 : _MAX_WORDS + 1]:
        core = raw.rstrip(_TRAILING)
        if not core or not is_name_word(core):
            break
        if is_acronym(core):
            return None
        if not is_title(core.rstrip(".")):
            out.append(core)
        if core != raw:
            break
    return out


def first_word_name(text: str, low: int, word: str, pos: int) -> str | None:
    """The one long name (three words or more) written before ``pos`` that starts
    with ``word``, or None: "said Leota" after "Leota Laki Lamositele Sio"."""
    if len(word) < 3 or " " in word or is_cyrillic(word) or not is_name_word(word):
        return None
    start = pos - NAME_LOOKBACK if pos - NAME_LOOKBACK > low else low
    best: list[str] | None = None
    i = text.find(word, start, pos)
    count = 0
    while i >= 0 and count < _MAX_OCCURRENCES:
        count += 1
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            if _ends_another_name(text, i):
                return None  # ("John Tasi Leota": the word ends another name)
            following = _run_after(text, end)
            if following is None:
                return None
            if following:
                run = [word, *following]
                if organisation_run(run):
                    return None
                if best is None or run[: len(best)] == best:
                    best = run  # (the same name, or a longer form of it)
                elif best[: len(run)] != run:
                    return None  # two different names start with the word
        i = text.find(word, i + 1, pos)
    if best is None or len(best) < _LEAST_WORDS:
        return None
    return " ".join(best)


def _ends_another_name(text: str, i: int) -> bool:
    """Do two name words, neither a title nor followed by a mark, stand right before
    ``text[i]`` on its line ("John Tasi Leota")? One capitalised word alone may be a
    sentence's opening or an office's complement ("of Agriculture Laaulialemalietoa")."""
    lead = i - 80 if i > 80 else 0
    line = text.rfind("\n", lead, i) + 1
    head = text[line if line > lead else lead : i].split(" ")
    if len(head) < 3 or head[-1] != "":
        return False
    words = head[-3:-1]
    return all(is_name_word(w) and not is_title(w) for w in words)
