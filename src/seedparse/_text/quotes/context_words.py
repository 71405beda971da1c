"""The words around a name in the text before a quote: which words describe a person,
where a name's run goes on (past an academic title) and what follows a given name.

Split from :mod:`seedparse._text.quotes.context`, whose scans and look-ups ask these.
"""

from __future__ import annotations

from .english_names import longer_given_run
from .lexicon import ABBREVIATIONS, OFFICE_LINKS
from .names import is_acronym, is_name_word, is_title, trim_name
from .offices import surname_after_article

__all__ = [
    "COMPLEMENT_ARTICLES",
    "OF_LINKS",
    "Followers",
    "academic_title",
    "after_office_link",
    "following_names",
    "is_word",
    "name_goes_on",
    "opening_epithet",
    "person_after",
    "written_alone",
]

OF_LINKS = frozenset(("de", "of", "von"))  # before an article inside an office
COMPLEMENT_ARTICLES = frozenset(("la", "le", "les", "der", "des"))  # "de la Culture"
_COMPLEMENT_LINKS = frozenset(("de", "du", "des", "von", "vom"))  # "maire de Paris"
_EPITHET_ARTICLES = frozenset(("der", "die"))  # "Der geb\u00fcrtige Wiener erinnerte sich"
_FOLLOWING_REACH = 80  # characters after a name read for the name words that follow it
# What person_after has read of one name's places in a text: [where its search goes on,
# places read, the people found after them, the position of the last look-up].
Followers = tuple[list[int], set[str], list[int]]


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


_POSSESSIVE = ("\u2019s", "'s")


def following_names(text: str, start: int, end: int) -> list[str]:
    """The name words (at most three) right after ``text[start]``, when a space
    follows it: the rest of a name whose first word ends at ``start``."""
    if start >= end or text[start] not in " \u00a0":
        return []
    out: list[str] = []
    for word in text[start:end].split(" ")[1:4]:
        core = word.rstrip(",.;:!?)\u2019'\"\u201d\u00bb")
        if core.endswith(_POSSESSIVE) and len(core) > 3:
            core = core[:-2]  # "Cllr Colin Daly\u2019s plan": the name ends before "\u2019s"
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


def written_alone(text: str, word: str) -> bool:
    """Does ``word`` occur in ``text`` with no word character (``str.isalnum()`` or
    "_", exactly what re's ``\\w`` matches) right before or after it? The regex
    ``(?<!\\w)word(?!\\w)`` without compiling a pattern per word: a ``str.find``
    from one occurrence to the next, so a word the text never writes costs one find."""
    size = len(word)
    last = len(text) - size
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not _word_char(text[i - 1])) and (
            i == last or not _word_char(text[i + size])
        ):
            return True
        i = text.find(word, i + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def person_after(
    text: str, start: int, name: str, pos: int, memo: dict[str, Followers], most: int
) -> str:
    """The one full name written right after ``name`` (and a space) at its first
    ``most`` places in ``text[start:pos]``, else ``name``: who a genitive office read
    as a name stands for (:meth:`.context.Context.complete`).

    A place whose following words lie wholly before ``pos`` gives the same answer to
    every later look-up, so ``memo`` (one per text and ``start``, asked at rising
    ``pos``) keeps what those places gave and where the search goes on: each place is
    read once, not once per quote that names the office."""
    probe = name + " "
    state = memo.get(name)
    if state is None or state[2][1] > pos:
        state = ([start, 0], set(), [start, pos])
        memo[name] = state
    resume, settled = state[0], state[1]
    found = set(settled)
    count = resume[1]
    steady = True  # every place read so far in this look-up is settled
    i = text.find(probe, resume[0], pos)
    while i >= 0 and count < most:
        count += 1
        after = i + len(probe)
        reach = after + _FOLLOWING_REACH
        following = following_names(text, after - 1, pos if pos < reach else reach)
        person = None
        if len(following) >= 2:
            person = longer_given_run(name, following) or trim_name(following)
            if person is not None and " " in person:
                found.add(person)
            else:
                person = None
        if steady and reach <= pos:
            resume[0], resume[1] = i + 1, count
            if person is not None:
                settled.add(person)
        else:
            steady = False
        i = text.find(probe, i + 1, pos)
    state[2][1] = pos
    return next(iter(found)) if len(found) == 1 else name
