"""The words around a name in the text before a quote: which words describe a person,
where a name's run goes on (past an academic title) and what follows a given name.

Split from :mod:`seedparse._text.quotes.context`, whose scans and look-ups ask these.
"""

from __future__ import annotations

from .lexicon import ABBREVIATIONS, OFFICE_LINKS
from .names import is_acronym, is_name_word, is_title
from .offices import surname_after_article

__all__ = [
    "COMPLEMENT_ARTICLES",
    "OF_LINKS",
    "SLAVIC_PRONOUN_GENDER",
    "academic_title",
    "after_office_link",
    "following_names",
    "is_word",
    "name_goes_on",
    "opening_epithet",
]

OF_LINKS = frozenset(("de", "of", "von"))  # before an article inside an office
# Russian and Ukrainian pronouns of one person, and the gender each agrees with.
SLAVIC_PRONOUN_GENDER = {
    "\u043e\u043d": "m",
    "\u043e\u043d\u0430": "f",
    "\u0432\u0456\u043d": "m",
    "\u0432\u043e\u043d\u0430": "f",
}
COMPLEMENT_ARTICLES = frozenset(("la", "le", "les", "der", "des"))  # "de la Culture"
_COMPLEMENT_LINKS = frozenset(("de", "du", "des", "von", "vom"))  # "maire de Paris"
_EPITHET_ARTICLES = frozenset(("der", "die"))  # "Der geb\u00fcrtige Wiener erinnerte sich"


def is_word(word: str) -> bool:
    """Letters and digits, with an elided article or a hyphen inside ("l\u2019\u00c9ducation",
    "Gr\u00fcnen-Chefin"): a word of a description before a name."""
    return word.isalnum() or word.replace("\u2019", "").replace("'", "").replace("-", "").isalnum()


def after_office_link(text: str, pos: int, n_given: int) -> bool:
    """Do the ``n_given`` words before ``text[pos]`` follow an office link ("of",
    "for") that follows a title ("Secretary of State Rex", "Minister for Health Ann")?"""
    words = text[max(0, pos - 120) : pos].split()
    if len(words) < n_given + 2:
        return False
    link, title = words[-n_given - 1], words[-n_given - 2]
    if link.lower() in OFFICE_LINKS and is_title(title):
        return True
    if n_given < 2:
        return False
    # "la maire de Paris Anne", "ministre de la Culture Rachida", "Oberbürgermeister
    # von Köln Henriette": the office's complement is a name too.
    k = len(words) - n_given - 1
    if words[k].lower() in COMPLEMENT_ARTICLES and k > 0 and words[k - 1].lower() in OF_LINKS:
        k -= 1
    return k > 0 and words[k].lower() in _COMPLEMENT_LINKS and is_title(words[k - 1])


def academic_title(word: str) -> bool:
    """An academic title written with its period ("Dr.", "Prof."), which German and
    English put between an office and the name ("Kultusministerin Dr. Susanne
    Eisenmann"): part of the name's run, not a word that ends it."""
    return word[-1:] == "." and len(word) > 2 and word[:-1].lower() in ABBREVIATIONS


def name_goes_on(tokens: list[str], k: int) -> bool:
    """Is ``tokens[k]`` a name word, or an academic title before one ("Dr. Susanne")?"""
    if is_name_word(tokens[k]):
        return True
    return academic_title(tokens[k]) and k + 1 < len(tokens) and is_name_word(tokens[k + 1])


def following_names(text: str, start: int, end: int) -> list[str]:
    """The name words (at most three) right after ``text[start]``, when a space
    follows it: the rest of a name whose first word ends at ``start``."""
    if start >= end or text[start] not in " \u00a0":
        return []
    out: list[str] = []
    for word in text[start:end].split(" ")[1:4]:
        core = word.rstrip(",.;:!?)\u2019'\"\u201d\u00bb")
        if not core or not is_name_word(core) or is_acronym(core):
            break
        out.append(core)
        if core != word:
            break
    return out


def opening_epithet(opening: list[str], speakers: set[str]) -> str | None:
    """The one word a sentence's speech verb was credited to when the sentence opens
    with it as a definite epithet ("Der geb\u00fcrtige Nieder\u00f6sterreicher
    erinnerte sich \u2026": ``opening`` is its first words, ``speakers`` whom it
    credits): a noun for a person named before, not a name. None otherwise."""
    if len(speakers) != 1 or len(opening) < 3 or opening[0].lower() not in _EPITHET_ARTICLES:
        return None
    (word,) = speakers
    if " " in word or surname_after_article(opening, 0) != word:
        return None
    return word
