"""Tokens, sentences and person names: the pieces attribution and resolution read.

A name is a run of capitalised words with titles, acronyms and function words trimmed
off ("NATO Secretary General Mark Rutte" gives "Mark Rutte").

The word predicates (:func:`is_cap`, :func:`is_name_word`, :func:`is_title`) and
:func:`trim_name` depend on their words alone and the fixed lexicon, and the same few
thousand words come back for every quote of a text, so they are memoised (bounded
caches): the finder asks them hundreds of thousands of times per corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ... import _native
from .french_names import after_office_complement
from .german_clauses import GERMAN_ARTICLES, agent_noun, german_article_object
from .german_nouns import abstract_noun, noun_before_given
from .german_von import von_phrase_after_name
from .given_names_gender import given_name_gender
from .honorifics import COURTESY, courtesy_surname
from .latin_frames import post_nominal
from .lexicon import (
    ABBREVIATIONS,
    INSTITUTIONS,
    OFFICE_LINKS,
    PARTICLES,
    SENTENCE_END,
    SLAVIC_CASE_ENDINGS,
    SLAVIC_TITLES,
    STOP,
    TITLE_SUFFIXES,
    TITLES,
)
from .name_particles import (
    body_after_name,
    capital_particle_surname,
    cyrillic_double_surname,
    lone_particle_opens_name,
)
from .organisation_names import organisation_run
from .slavic_introductory import SLAVIC_INTRODUCTORY
from .slavic_sport_offices import SLAVIC_SPORT_OFFICES

_STOP = STOP | SLAVIC_INTRODUCTORY  # (slavic_introductory.py)

__all__ = [
    "NAME_LOOKBACK",
    "close_variant",
    "first_sentence_end",
    "given_names",
    "inverted_pronoun",
    "is_acronym",
    "is_cap",
    "is_cyrillic",
    "is_name_word",
    "is_title",
    "name_backward",
    "name_forward",
    "native_scanner",
    "office_name",
    "ordinal_token_dot",
    "sentence_start",
    "slavic_title",
    "split_tokens",
    "starts_block",
    "trim_name",
]

_WORD_CACHE = 1 << 12  # entries per memoised word function (under 1 MB each when full)
#: How far back from a quote a name's earlier mentions are searched, in characters: a
#: bound, so that the searches of all a text's quotes stay linear in its length.
NAME_LOOKBACK = 100_000
_TOKEN = re.compile(r"[^\W_][\w'\u2019\-]*|\S")


@lru_cache(maxsize=_WORD_CACHE)
def _keeps_dot(word: str) -> bool:
    """Is the period after ``word`` part of it (an initial or an abbreviation)?"""
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


# The native quotation scanner of each core, by id(core) (the entry holds the core, so
# the id stays its own): one per core and process, as it remembers Python's answers
# about characters. Two at most: the installed core, and a test's stand-in.
_SCANNERS: dict[int, tuple[_native.NativeCore, _native.NativeQuoteScanner]] = {}


def native_scanner() -> tuple[_native.NativeCore, _native.NativeQuoteScanner] | None:
    """The native core in use and its quotation scanner (the tokeniser below and
    the pairing of marks in one call), or None on the pure path."""
    core = _native.active()
    if core is None:
        return None
    found = _SCANNERS.get(id(core))
    if found is None:
        if len(_SCANNERS) >= 2:
            _SCANNERS.clear()
        found = _SCANNERS[id(core)] = (core, core.QuoteScanner(ABBREVIATIONS, _keeps_dot))
    return found


def split_tokens(text: str, start: int, end: int) -> list[str]:
    """Words and single punctuation marks of ``text[start:end]``. A period stays on
    initials and abbreviations ("A.", "Dr."), so a lone "." always ends a sentence.

    The native core gives the same tokens (``native/src/quotes.rs``) in a fraction of
    the time; this code is its oracle and reads what it declines (lone surrogates)."""
    # (The scanner fetched here, not by native_scanner(): one call fewer, and this
    # runs for every quote several times.)
    core = _native.active()
    native = _SCANNERS.get(id(core)) if core is not None else None
    if native is None and core is not None:
        native = native_scanner()
    if native is not None:
        core, scanner = native
        try:
            tokens = scanner.split_tokens(text[start:end])
        except core.NativeError as error:
            raise _native.parse_error("quotation tokeniser", None, start, error) from error
        if tokens is not None:
            return tokens
    # No token spans whitespace and every non-space character is in one, so the
    # tokens of the text are those of its whitespace-separated words in turn. Most
    # words need no regex: letters and digits only are one token, and so followed by
    # one ",.;:!?" are that and the mark (str.isalnum() is exactly the regex's [^\W_],
    # and str.split() splits where its \s matches).
    found: list[str] = []
    add = found.append
    findall = _TOKEN.findall
    for word in text[start:end].split():
        if word.isalnum():
            add(word)
        elif word[-1] in ",.;:!?" and word[:-1].isalnum():
            add(word[:-1])  # a word before a comma or a sentence end: two tokens
            add(word[-1])
        else:
            found += findall(word)
    if "." not in found:
        return found
    # One pass that builds a new list, jumping from one "." to the next with
    # ``list.index`` (C speed) and copying the words between them in slices: deleting
    # from the list in place (as this once did) made each merge cost the length of
    # the list, and a Python loop over every word cost more than the regex.
    out: list[str] = []
    index = found.index
    done = 0
    for _ in range(found.count(".")):
        dot = index(".", done)
        out += found[done:dot]
        if out and _keeps_dot(out[-1]):
            out[-1] += "."
        else:
            out.append(".")
        done = dot + 1
    out += found[done:]
    return out


# English possessives and contractions glued to a capitalised word ("Putin's", "You're",
# "I'm", "We'll"): a sentence's first word, not a name.
_GLUED_ENDINGS = tuple(
    mark + ending for mark in "'\u2019" for ending in ("s", "re", "m", "ll", "ve", "d", "t")
)


@lru_cache(maxsize=_WORD_CACHE)
def is_cap(token: str) -> bool:
    """Could ``token`` be part of a name?"""
    if not token[0].isupper() or token in _STOP:
        return False
    if len(token) > 2 and token[1] in "'\u2019" and token[2].islower() and not is_cyrillic(token):
        # A French elided word opening a sentence ("C\u2019est", "L\u2019absence",
        # "J\u2019ai") is no name word; "O\u2019Brien", "L\u2019Or\u00e9al" keep a
        # capital after the apostrophe. (Ukrainian writes an apostrophe inside a
        # word, "V\u2019yacheslav", "Dar'ya" in Cyrillic: a name's first letter, no elision.)
        return False
    return not token.endswith(_GLUED_ENDINGS)


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


@lru_cache(maxsize=_WORD_CACHE)
def is_name_word(word: str) -> bool:
    """A capitalised word with nothing glued after it (or an initial)."""
    return is_cap(word) and (word[-1].isalpha() or _is_initial(word))


def trim_name(words: Sequence[str], *, at_start: bool = False, office: bool = False) -> str | None:
    """A speaker name from a run of capitalised words: leading function words, titles
    and acronyms dropped ("NATO Secretary General Mark Rutte" gives "Mark Rutte").
    ``at_start``: the run opens a sentence, so its first word may be capitalised only
    for that ("Economist Anna Berg"); it is dropped when two name words remain.
    ``office``: the run follows "<title> of" ("Secretary of State Marco Rubio"), so its
    first words name the office and only the last two name words can be the person.

    Memoised on the words (a bounded cache): a text names the same few people again
    and again, and every scan for names, attribution and surname look-up trims them."""
    return _trim_name(tuple(words), at_start, office)


_COMPLEMENT_LINKS = frozenset(("von", "vom", "de", "du", "des", "of"))  # after an office


def _middle_initial(items: Sequence[str], index: int) -> bool:
    """Is ``items[index]`` an initial between a given name and a surname ("Erich M.
    Wendel", "Anna M. Berg")? An initial that reads as a title ("M." for monsieur) is
    one only before the name, never after a name word."""
    return (
        0 < index < len(items) - 1
        and _is_initial(items[index])
        and items[index - 1][-1:].isalpha()
        and is_cap(items[index - 1])
        and not is_title(items[index - 1])
        and is_cap(items[index + 1])
    )


def _title_surname(items: Sequence[str], index: int) -> bool:
    """Is the office word ``items[index]`` a surname: the last word, right after a
    known given name that is no title ("Sven Richter", "Anna Kanzler")? An office
    written after the given name alone is too rare to take a surname for it."""
    return (
        index == len(items) - 1
        and index >= 1
        and given_name_gender(items[index - 1]) != ""
        and not is_title(items[index - 1])
    )


@lru_cache(maxsize=_WORD_CACHE)
def _trim_name(words: tuple[str, ...], at_start: bool, office: bool) -> str | None:
    if organisation_run(words):
        return " ".join(words)  # "United Farm Workers said": an organisation, whole
    items = list(words)
    while len(items) > 2 and post_nominal(items[-1]):
        items.pop()  # "Wolfgang Reinhart MdL": a member's post-nominal (latin_frames.py)
    while (
        len(items) > 2
        and is_title(items[-1])
        and not is_title(items[-2])
        and items[-2].lower() not in PARTICLES
    ):
        # "Mariama Cir\u00e9 Camara Pr\u00e9sidente de l'association": an office written
        # after the name (two words at least stay: "John Major" is no "John").
        items.pop()
    courtesy = False  # the name follows a courtesy title: its first word is the surname
    for index in range(len(items) - 1, -1, -1):
        if _middle_initial(items, index):
            continue  # "Erich M. Wendel": an initial, not French "M." (monsieur)
        if _title_surname(items, index):
            continue  # "Sven Richter", "John Major": a known given name, then a surname
        if is_title(items[index]) and not (index and items[index - 1].lower() in PARTICLES):
            courtesy = items[index].lower() in COURTESY
            # the last title (not a surname after a particle: "Bruno Le Maire"): the
            # name follows it, unless the words end in a body's noun ("Garda Press
            # Office", "Interior Ministry": the office names the body, no person)
            if index < len(items) - 1 and items[-1].lower() in INSTITUTIONS:
                break
            items = items[index + 1 :]
            if len(items) >= 4 and items[0].lower() in _COMPLEMENT_LINKS:
                # "B\u00fcrgermeisterin von K\u00f6ln Henriette Reker": the office's
                # complement names a place or a body, then the person.
                items = items[2:]
            break
    if capital_particle_surname(items):
        return " ".join(items)  # "De Bruyne", "Фон дер Ляйен" (name_particles.py)
    while items and not courtesy and (items[0] in _STOP or items[0].lower() in PARTICLES):
        items = items[1:]
    if len(items) >= 3 and (agent_noun(items[0]) or noun_before_given(items[0], items[1])):
        items = items[1:]  # "Pendlerin Lisa Brandt", "Amtskollegen Jan Petersen": a noun
    if items and abstract_noun(items[-1]):
        return None  # "Leichte Unzufriedenheit": an adjective and an abstract noun
    while len(items) > 1 and items[0].isupper() and len(items[0]) > 1 and "." not in items[0]:
        items = items[1:]  # a leading acronym: "IDF", "NATO"
    while items and items[-1].lower() in PARTICLES:
        items.pop()
    if not items:
        return None
    cores = [  # the words that are not initials (see _is_initial) or particles
        i
        for i, w in enumerate(items)
        if not (len(w) == 2 and w[1] == "." and w[0].isupper()) and w.lower() not in PARTICLES
    ]
    if (
        at_start
        and len(cores) >= 3
        and cores[0] == 0
        and len(items) == len(words)
        and not _inner_capital(items[0])
    ):
        # (a word capitalised inside, "KeyBanc", "McKinsey", is a name's, never a
        # common word capitalised to open the sentence)
        items = items[cores[1] :]
        cores = [i - cores[1] for i in cores[1:]]
    if not cores:
        return None
    double = len(cores) == len(items) and is_cyrillic(items[0])
    if double and (start := cyrillic_double_surname(items)) >= 0:
        items, cores = items[start:], list(range(len(items) - start))
    else:
        double = False
    if (len(cores) > 3 and not double) or (office and len(cores) > 2):
        items = items[cores[-2] :]
    elif (
        len(cores) == 3
        and is_cyrillic(items[cores[0]])
        and not _patronymic(items[cores[1]])
        and not double  # "Педро Санчес Перес-Кастехон" (name_particles.py)
    ):
        # Three Cyrillic words are a given name, a patronymic and a surname, or an
        # office in the genitive before a name ("\u0420\u043e\u0441\u0441\u0438\u0438
        # \u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432"):
        # without a patronymic, the first word is not the person's.
        items = items[cores[1] :]
    return " ".join(items)


def _inner_capital(word: str) -> bool:
    """Has ``word`` a capital after its first letter, without being in capitals
    ("KeyBanc", "McKinsey", "O'Brien"; not "NATO", not "Anna")?"""
    return not word.isupper() and any(c.isupper() for c in word[1:])


_OFFICE_PREFIXES = ("vice-", "ex-", "co-")  # before an office: "vice-procureure"


@lru_cache(maxsize=_WORD_CACHE)
def is_title(word: str) -> bool:
    """Is ``word`` an office, a title or a job noun written before a name
    ("Secretary", "Bundesumweltministerin", "Grünen-Chefin")?"""
    low = word.lower()
    if low in TITLES:
        return True
    if is_cyrillic(word):
        return slavic_title(word) is not None
    if low.startswith(_OFFICE_PREFIXES) and low.split("-", 1)[1] in TITLES:
        return True  # "la vice-procureure", "l'ex-ministre"
    if not word[:1].isupper():
        return False
    tail = low.rsplit("-", 1)[-1]
    return tail in TITLES or tail.endswith(TITLE_SUFFIXES)


_SLAVIC_OFFICES = SLAVIC_TITLES | SLAVIC_SPORT_OFFICES  # (sport: slavic_sport_offices.py)


@lru_cache(maxsize=_WORD_CACHE)
def slavic_title(word: str) -> str | None:
    """The Russian or Ukrainian office noun (:data:`SLAVIC_TITLES`, nominative, lower
    case) that ``word`` is a form of, or None: "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430"
    and "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c" are
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0440", "\u0433\u043b\u0430\u0432\u044b" is
    "\u0433\u043b\u0430\u0432\u0430",
    "\u044d\u043a\u0441-\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442"
    is "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442". The case is read
    off the ending (:data:`SLAVIC_CASE_ENDINGS`): a stem and an ending, where the stem,
    as written or with the nominative's "-\u044c", "-\u0430", "-\u044f" or "-\u0439"
    back, is an office noun."""
    low = word.lower()
    for form in (low, low.rsplit("-", 1)[-1]) if "-" in low else (low,):
        if form in _SLAVIC_OFFICES:
            return form
        for cut in (1, 2, 3):
            stem, ending = form[:-cut], form[-cut:]
            if len(stem) < 3 or ending not in SLAVIC_CASE_ENDINGS:
                continue
            if len(stem) == 3 and ending == "\u044b":
                continue  # "\u043c\u0435\u0440\u044b" is "measures", not a mayor
            for back in ("", "\u044c", "\u0430", "\u044f", "\u0439"):
                if stem + back in _SLAVIC_OFFICES and stem + back != form:
                    return stem + back
    return None


def is_acronym(word: str) -> bool:
    """An abbreviation in capitals ("\u041c\u0418\u0414", "\u041c\u0417\u0421",
    "NATO"): the name of a body, never a person's."""
    return len(word) > 1 and word.isupper() and word.replace("-", "").isalpha()


def is_cyrillic(word: str) -> bool:
    """Is ``word`` written in Cyrillic (judged by its first letter)? An empty
    word (no noun after a determiner at a sentence's end) is not."""
    return "\u0400" <= word[:1] <= "\u04ff"


_PATRONYMIC_ENDINGS = (
    "\u043e\u0432\u0438\u0447",
    "\u0435\u0432\u0438\u0447",
    "\u0456\u0439\u043e\u0432\u0438\u0447",
    "\u0438\u0447",
    "\u043e\u0432\u043d\u0430",
    "\u0435\u0432\u043d\u0430",
    "\u0456\u0432\u043d\u0430",
    "\u0438\u0447\u043d\u0430",
    "\u0456\u0447\u043d\u0430",
)


def _patronymic(word: str) -> bool:
    """Does ``word`` look like a Russian or Ukrainian patronymic ("Владимирович")?"""
    return word.lower().endswith(_PATRONYMIC_ENDINGS)


def _name_words(words: Sequence[str]) -> int:
    """How many words of a name ``words`` hold once offices and job nouns are dropped."""
    name = trim_name(words)
    return len(name.split()) if name else 0


def name_forward(tokens: Sequence[str], i: int) -> tuple[str | None, int]:
    """The name starting at ``tokens[i]`` (or None) and the index after it."""
    n = len(tokens)
    lead = lone_particle_opens_name(tokens, i)  # "фон дер Ляйен" (name_particles.py)
    if lead:
        surname, after = name_forward(tokens, i + lead)
        if surname is not None and " " not in surname:
            return " ".join((*tokens[i : i + lead], surname)), after
    j = i
    while j < n:
        token = tokens[j]
        if token[0].isalpha() and is_cap(token):
            j += 1
        elif j > i and courtesy_surname(tokens, j):
            j += 1  # "Mr Les added": a surname after a courtesy title (honorifics.py)
        elif (
            j > i
            and j + 1 < n
            and token.lower() in PARTICLES
            and is_cap(tokens[j + 1])
            and not body_after_name(tokens, _name_words(tokens[i:j]), j)  # "X Y von Union Berlin"
            and (
                not german_article_object(token, tokens[j + 1])
                # "Alexander Van der Bellen": after a capitalised particle, "der" is
                # the name's second particle, not an article
                or tokens[j - 1].lower() in PARTICLES
            )
        ):
            j += 1  # "von", "de" inside a name
        elif (
            j > i
            and j + 2 < n
            and token.lower() in PARTICLES
            and tokens[j + 1].lower() in PARTICLES
            and is_cap(tokens[j + 2])
            and not von_phrase_after_name(tokens, _name_words(tokens[i:j]), j)  # "X Y von den"
        ):
            j += 2  # "von der", "van den", "de la" inside a name
        else:
            break
    if j == i:
        return None, i
    if (
        j + 1 < n
        and tokens[j - 1].lower() in TITLES
        and tokens[j].lower() in OFFICE_LINKS
        and tokens[j + 1][0].isalpha()
        and is_cap(tokens[j + 1])
    ):
        # "Minister of Foreign Affairs Sergey Lavrov": read on past the office.
        k = j + 1
        while k < n and tokens[k][0].isalpha() and is_cap(tokens[k]):
            k += 1
        name = trim_name(tokens[j + 1 : k], office=True)
        if name is not None:
            return name, k
    if (
        j + 2 < n
        and tokens[j] == "and"
        and tokens[j - 1].lower() in TITLES
        and tokens[j + 1].lower() in TITLES
        and is_cap(tokens[j + 1])
    ):
        # "CEO and President Tom Nassif": two offices joined (english_coordination.py)
        k = j + 1
        while k < n and tokens[k][0].isalpha() and is_cap(tokens[k]):
            k += 1
        name = trim_name(tokens[j + 1 : k], office=True)
        if name is not None and " " in name:
            return name, k
    if tokens[j - 1].endswith(("\u2019s", "'s")) or (
        j < n and tokens[j] in ("\u2019s", "'s", "\u2019", "'")
    ):
        return None, j  # a possessive: "Putin's spokesman"
    return trim_name(tokens[i:j], at_start=i == 0), j


_OFFICE_SPAN = 14  # tokens an office may run over between a speech verb and the name


def office_name(tokens: Sequence[str], j: int) -> tuple[str, str] | None:
    """The person named after an office that starts at ``tokens[j]`` ("minister of
    foreign affairs of Russia Sergey Lavrov", "командувач Повітряних сил ... Микола
    Олещук"): the last run of two or more capitalised words before the clause ends
    (a comma, a sentence end or the end of the tokens), within :data:`_OFFICE_SPAN`
    tokens. None when the words are not an office (a clause, a quote, a verb)."""
    n = len(tokens)
    k = j
    best: tuple[str, str] | None = None
    while k < n and k < j + _OFFICE_SPAN:
        token = tokens[k]
        if token in (",", ";", ":", "(") or token in SENTENCE_END:
            break
        if not (token[0].isalpha() or token in ("-", "\u2013", "\u2014", "'", "\u2019")):
            return None
        if token[0].isalpha() and is_cap(token):
            m = k
            while m < n and tokens[m][0].isalpha() and is_cap(tokens[m]):
                m += 1
            if m - k >= 2 and (m >= n or not tokens[m][0].isalpha()):
                name = trim_name(tokens[k:m])
                best = ("name", name) if name is not None and " " in name else None
                return best
            k = m
            continue
        k += 1
    return best


def name_backward(tokens: Sequence[str], j: int) -> str | None:
    """The name ending at ``tokens[j]`` (inclusive), or None."""
    if j < 0 or not tokens[j][0].isalpha():
        return None
    if not is_cap(tokens[j]) and not courtesy_surname(tokens, j):  # ("Mr Les")
        return None
    i = j
    while i > 0:
        token = tokens[i - 1]
        particle = (
            token.lower() in PARTICLES
            and i - 1 > 0
            and not german_article_object(token, tokens[i])  # "Gegen\u00fcber der Zeitung"
        )
        if token.lower() in GERMAN_ARTICLES:
            break  # ("Ihr Kollege X Y", "Der Sprecher X Y": the article opens the phrase)
        if (token[0].isalpha() and is_cap(token)) or (particle and is_cap(tokens[i - 2])):
            i -= 1
        else:
            break
    if j - i >= 2 and i >= 1 and tokens[i - 1].lower() in GERMAN_ARTICLES:
        i += 1  # "Ihr Kollege Tim Ohm erg\u00e4nzt": a noun after the article, then the name
    office = i >= 2 and tokens[i - 1].lower() in OFFICE_LINKS and tokens[i - 2].lower() in TITLES
    office = office or after_office_complement(tokens, i)  # "ministre de la Santé X Y"
    return trim_name(tokens[i : j + 1], at_start=i == 0, office=office)


def sentence_start(text: str, low: int, pos: int) -> int:
    """Where the sentence that ``pos`` is in starts (not before ``low``): after the
    last ``.``, ``?``, ``!`` or ``\u2026`` followed by a space that does not end an
    initial or an abbreviation."""
    rfind = text.rfind
    i = pos
    while i > low:
        # The last of the four marks before i: each search after the first reads only
        # past the mark found so far (the same answer as the max of four searches back
        # to low, which read back to low for every mark the sentence lacks).
        j = rfind(".", low, i)
        m = rfind("?", low if j < 0 else j + 1, i)
        j = m if m > j else j
        m = rfind("!", low if j < 0 else j + 1, i)
        j = m if m > j else j
        m = rfind("\u2026", low if j < 0 else j + 1, i)
        j = m if m > j else j
        if j < 0:
            return low
        if j + 1 < pos and text[j + 1].isspace():
            if text[j] != ".":
                return j + 1
            k = j
            while k > low and k > j - 8 and text[k - 1].isalpha():
                k -= 1
            if not _keeps_dot(text[k:j]) and not _ordinal_dot(text, low, j):
                return j + 1
        i = j
    return low


# Words before a number that make its period an ordinal's ("den 1. Heimsieg", "am 3.
# Oktober", "zum 2. Mal"): German writes ordinals so, and French lists ("le 1. ").
_BEFORE_ORDINAL = frozenset(
    (
        "den",
        "dem",
        "der",
        "des",
        "die",
        "das",
        "am",
        "im",
        "zum",
        "zur",
        "vom",
        "beim",
        "ab",
        "bis",
        "seit",
        "nach",
        "vor",
        "ihr",
        "sein",
        "ihrem",
        "seinem",
        "ihren",
        "seinen",
        "unser",
        "unserem",
    )
)


def _ordinal_dot(text: str, low: int, j: int) -> bool:
    """Is the period at ``text[j]`` an ordinal's ("\u00fcber den 1. Heimsieg") or a
    numbered list's ("1. Punkt" opening a line), not a sentence end?"""
    k = j
    while k > low and k > j - 3 and text[k - 1].isdigit():
        k -= 1
    if k == j or (k > low and not (text[k - 1].isspace() or text[k - 1] == "(")):
        return False
    if j + 2 >= len(text) or not text[j + 2].isalpha():
        return False
    if _open_parenthesis(text, low, k, j):
        return True  # "Dieter Hecking (Trainer 1. FC N\u00fcrnberg):", "(1. FC K\u00f6ln)"
    if text[k - 1] == "(":
        return False
    before = text[max(low, k - 12) : k].split()
    if not before:
        return k == low or text[k - 1] == "\n"  # "1. Punkt" opening a line
    return before[-1].lower() in _BEFORE_ORDINAL


_PAREN_SPAN = 40  # characters a club's or a role's parentheses hold around an ordinal


def _open_parenthesis(text: str, low: int, k: int, j: int) -> bool:
    """Is the number ``text[k:j]`` and its period inside parentheses opened shortly
    before it on the same line and closed shortly after it, with no other sentence mark
    in between ("(Trainer 1. FC N\u00fcrnberg)")? A sentence does not end there; a
    parenthesis that holds a sentence ("(Er kam 1990. Dann ging er.)") has one."""
    opened = text.rfind("(", max(low, k - _PAREN_SPAN), k)
    if opened < 0 or any(c in text[opened:k] for c in ")\n.?!"):
        return False
    closed = text.find(")", j + 1, j + 1 + _PAREN_SPAN)
    return closed > 0 and not any(c in text[j + 1 : closed] for c in "\n.?!:;")


def _ordinal_in_parenthesis(tokens: Sequence[str], k: int) -> bool:
    """:func:`_open_parenthesis` on tokens: the lone period ``tokens[k]`` after a number,
    a "(" a few tokens before with no mark between, a ")" a few tokens after."""
    back = tokens[max(0, k - 5) : k - 1]
    if "(" not in back:
        return False
    back = back[len(back) - 1 - back[::-1].index("(") :]
    ahead = tokens[k + 1 : k + 7]
    if ")" not in ahead:
        return False
    ahead = ahead[: ahead.index(")")]
    marks = {")", ".", "?", "!", ":", ";"}
    return not any(t in marks for t in back[1:]) and not any(t in marks for t in ahead)


def ordinal_token_dot(tokens: Sequence[str], k: int) -> bool:
    """Is the lone period ``tokens[k]`` an ordinal's, as :func:`_ordinal_dot` reads
    the text ("Trainer X vom 1. FC Union", "am 3. Oktober"), not a sentence end?"""
    return (
        2 <= k < len(tokens) - 1
        and tokens[k - 1].isdigit()
        and len(tokens[k - 1]) <= 3
        and tokens[k + 1][:1].isalpha()
        and (tokens[k - 2].lower() in _BEFORE_ORDINAL or _ordinal_in_parenthesis(tokens, k))
    )


def first_sentence_end(tokens: Sequence[str]) -> int:
    for k, token in enumerate(tokens):
        if token in SENTENCE_END:
            return k
    return -1


def inverted_pronoun(word: str) -> str | None:
    """The pronoun of a French inverted verb ("a-t-elle", "ajoute-t-il"), or None."""
    if word.endswith("-il") or word.endswith("-elle"):
        return word.rsplit("-", 1)[1]
    return None


def starts_block(text: str, block_start: int, pos: int) -> bool:
    return not text[block_start:pos].strip()


def close_variant(a: str, b: str) -> bool:
    """Are two surnames (lower case) spellings of one name ("witkoff", "witkov")? Same
    first four letters, lengths within two, and all but two letters in common at the
    start."""
    if a == b or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return a == b
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 2


def given_names(text: str, start: int, end: int) -> tuple[list[str], bool]:
    """The capitalised words right before ``end`` (given names, initials, particles),
    and whether they open a sentence."""
    chunk = text[start:end]
    if not chunk or chunk[-1] not in " \u00a0":
        return [], False
    last = chunk.rsplit(None, 1)  # (most places: the word before is no name word)
    if last and not is_name_word(last[-1]) and last[-1].lower() not in PARTICLES:
        if len(last) == 1 and start > 0 and not text[start - 1].isspace():
            return [], True  # (the one word, cut in the middle, is dropped below)
        return [], last[-1][-1] in '.!?\u2026:\u201d"'
    words = chunk.split()
    if start > 0 and not text[start - 1].isspace() and words:
        words = words[1:]  # cut in the middle of a word
    run: list[str] = []
    index = len(words)
    for word in reversed(words):
        if len(run) >= 4:
            break
        # A particle inside the run or right before the surname ("Van der Bellen",
        # "Robin van Persie"); one left opening the run is dropped below.
        if is_name_word(word) or ((run or index == len(words)) and word.lower() in PARTICLES):
            run.append(word)
            index -= 1
        else:
            break
    run.reverse()
    article = False
    while run and run[0].lower() in PARTICLES:
        article = run.pop(0).lower() in GERMAN_ARTICLES  # ("der Trainer Uwe")
    before = words[index - 1] if index > 0 else ""
    if run and (article or before.lower() in GERMAN_ARTICLES):
        # "sein Gegen\u00fcber Koschinat", "der Stadt Hans Berg": German writes a noun,
        # not a given name, right after an article or a possessive.
        run = run[1:]
    at_start = not before or before[-1] in '.!?\u2026:\u201d"'
    return run, at_start
