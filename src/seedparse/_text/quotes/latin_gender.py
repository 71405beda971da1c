"""The gender a French, German or English text gives a person where it names them:
"la ministre X", "Mme X", "Finanzministerin X", "Mrs X" (a woman), "le maire X",
"Herr X", "Bundeskanzler X" (a man). A pronoun ("elle", "er", "she") then stands only
for a person of its gender, as Russian and Ukrainian names tell theirs by their
endings (:func:`~seedparse._text.quotes.slavic_forms.name_gender`).
"""

from __future__ import annotations

from .given_names_gender import given_name_gender
from .lexicon import TITLE_SUFFIXES
from .names import is_title

__all__ = ["PRONOUN_GENDER", "gender_in_text", "given_name_gender"]

# The gender of each Latin-script pronoun that marks one ("sie" is read as "she" only
# with a singular verb, see attribution_words.person_at).
PRONOUN_GENDER = {"il": "m", "elle": "f", "er": "m", "he": "m", "she": "f"}

_WOMAN = frozenset(("mme", "mme.", "madame", "frau", "mrs", "mrs.", "ms", "ms.", "miss"))
_MAN = frozenset(("m.", "monsieur", "herr", "mr", "mr."))
_FEMININE_ARTICLES = frozenset(("la", "une", "cette"))
_MASCULINE_ARTICLES = frozenset(("le", "un", "ce"))
_LOOK_BACK = 7  # words read before a name for the title or courtesy word
_MAX_OCCURRENCES = 20  # places of a name examined


def gender_in_text(text: str, low: int, who: str, pos: int) -> str:
    """ "f", "m" or "" (unknown, or the text says both) for the person ``who`` from
    the words before the places the text names them, between ``low`` and ``pos``."""
    found: set[str] = set()
    first = who.split(" ", 1)[0]
    i = text.find(first, low, pos)
    count = 0
    while i >= 0 and count < _MAX_OCCURRENCES:
        count += 1
        if i == low or not text[i - 1].isalnum():
            gender = _gender_before(text[max(low, i - 120) : i].split()[-_LOOK_BACK:])
            if gender:
                found.add(gender)
        i = text.find(first, i + 1, pos)
    if not found and " " in who:
        return given_name_gender(first)
    return next(iter(found)) if len(found) == 1 else ""


def _gender_before(words: list[str]) -> str:
    """The gender the words right before a name give it: a courtesy word right before
    ("Mme", "Herr"), else the nearest office noun ("Ministerin", "la maire de Paris")."""
    if not words:
        return ""
    last = words[-1].lower()
    if last in _WOMAN:
        return "f"
    if last in _MAN:
        return "m"
    for k in range(len(words) - 1, -1, -1):
        word = words[k].rstrip(",")
        if word != words[k] or word.endswith((".", "!", "?", ":")):
            return ""  # another clause or sentence
        if not is_title(word):
            continue
        if word[0].isupper() and word[-1].isalpha():
            return _german_office_gender(word.lower())
        article = words[k - 1].lower() if k else ""
        if article in _FEMININE_ARTICLES:
            return "f"
        if article in _MASCULINE_ARTICLES:
            return "m"
        return ""
    return ""


def _german_office_gender(low: str) -> str:
    """A capitalised office's gender when it is a German compound ("Finanzministerin"
    a woman's, "Bundeskanzler" a man's); "" for any other ("Senator", "Minister" and
    "Captain" are English as often, "Vorsitzende" is either)."""
    tail = low.rsplit("-", 1)[-1]
    for suffix in TITLE_SUFFIXES:
        if tail.endswith(suffix) and len(low) > len(suffix) + 2:
            if suffix.endswith("in") and not suffix.endswith("ain"):
                return "f"
            return "" if suffix.endswith("e") else "m"
    return ""
