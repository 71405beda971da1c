"""Russian and Ukrainian readings for the attribution grammar
(:mod:`seedparse._text.quotes.attribution`): a body in the genitive after an office
is nobody ("\u041c\u0418\u0414 \u0420\u0424"), "according to" openings
("\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c X"), the subject a
sentence opens with far from its verb, and the gender a past-tense verb agrees with.
Pure functions of tokens."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile

from .lexicon import PRONOUNS, SLAVIC_ACCORDING, SLAVIC_POSSESSIVES, SPEECH_VERBS
from .mark_sets import OPENING_DOUBLE_MARKS
from .names import (
    is_acronym,
    is_cap,
    is_cyrillic,
    name_forward,
    slavic_title,
)
from .slavic_case import genitive_nominative, oblique_nominative
from .slavic_forms import name_gender, oblique_name
from .slavic_names import (
    expand_initial,
    nominative_name,
    not_a_person,
    oblique_adjective,
    office_complement,
)
from .slavic_words import SLAVIC_PRONOUN_GENDER as _PRONOUN_GENDER

__all__ = [
    "according",
    "according_clause",
    "as_clause",
    "cyrillic_word",
    "gendered",
    "headline_speaker",
    "is_body",
    "mentioned_form",
    "named_form",
    "oblique_office",
    "oblique_office_before",
    "office_title",
    "opening_speaker",
    "quoted_person",
    "slavic_adverb",
    "speech_owner",
    "verb_gender",
]

Attr = tuple[str, str]  # the attribution's (kind, value), as in :mod:`.attribution`


def is_body(name: str) -> bool:
    """Is ``name`` (a run of capitalised Cyrillic words after an office) the body the
    office is of rather than a person: acronyms only ("\u041c\u0418\u0414 \u0420\u0424"), or two
    words in the
    genitive, the last a feminine noun's ("\u0411\u0430\u043d\u043a\u0430
    \u0420\u043e\u0441\u0441\u0438\u0438", "\u041c\u0417\u0421
    \u0423\u043a\u0440\u0430\u0457\u043d\u0438")?"""
    words = name.split(" ")
    if all(is_acronym(w) for w in words):
        return True
    if len(words) == 1:
        # One word in the genitive of a place or a body after an office
        # ("\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c
        # \u041a\u0440\u0435\u043c\u043b\u044f", "\u041c\u0417\u0421
        # \u0423\u043a\u0440\u0430\u0457\u043d\u0438"): no surname ends so.
        low = name.lower()
        return len(low) > 4 and is_cyrillic(low) and low.endswith(_PLACE_GENITIVE)

    # Both words in the genitive: a given name does not end so in the nominative
    # save a woman's (and "\u041c\u0430\u0440\u0438\u044f
    # \u041a\u0432\u0438\u0442\u0430\u0448\u0432\u0438\u043b\u0438" is rare).
    return (
        len(words) == 2
        and (is_acronym(words[0]) or words[0].endswith(_GENITIVE_SINGULAR))
        and words[-1].endswith(("\u0438", "\u044b", "\u0457", "\u0456"))
    )


# Genitive endings of place and body names (\u0420\u043e\u0441\u0441\u0438\u0438,
# \u0424\u0440\u0430\u043d\u0446\u0456\u0457, \u0423\u043a\u0440\u0430\u0438\u043d\u044b,
# \u0423\u043a\u0440\u0430\u0457\u043d\u0438, \u041a\u0440\u0435\u043c\u043b\u044f).
_PLACE_GENITIVE = (
    "\u0438\u0438",
    "\u0456\u0457",
    "\u0438\u043d\u044b",
    "\u0457\u043d\u0438",
    "\u0438\u043d\u0438",
    "\u043c\u043b\u044f",
)


def office_title(words: Sequence[str]) -> str | None:
    """The office noun among ``words``, the first one found (an office of several
    words: "\u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u044b\u0439
    \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c"), or
    None."""
    for word in words:
        title = slavic_title(word)
        if title is not None:
            return title
    return None


_GENITIVE_SINGULAR = ("\u0430", "\u044f", "\u0438", "\u044b", "\u0456", "\u0457")


def according(tokens: Sequence[str], end: int) -> Attr | None:
    """ "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c X, \u00ab\u2026" and "\u0417\u0430
    \u0457\u0457 \u0441\u043b\u043e\u0432\u0430\u043c\u0438, \u00ab\u2026": the speaker of a
    sentence that opens with an "according to" in Russian or Ukrainian, the whole
    sentence before the quote (``tokens[:end]``, a comma after it). A name there is in
    the genitive; :meth:`Context.complete` finds its nominative."""
    first = tokens[0].lower()
    second = tokens[1].lower()
    if first in _AS:
        return _as_verb(tokens, end)
    i = 2
    pronoun = SLAVIC_POSSESSIVES.get(second)
    if pronoun is not None:
        second = tokens[2].lower()
        i = 3
    if (first, second) not in SLAVIC_ACCORDING:
        return None
    if pronoun is not None:
        return ("pronoun", pronoun) if i == end else None
    if i >= end:
        return None
    # "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c
    # \u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u043e\u0433\u043e
    # \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044f
    # \u2026": adjectives of the office before it.
    while (
        i + 1 < end and i < 5 and oblique_adjective(tokens[i]) and slavic_title(tokens[i]) is None
    ):
        i += 1
    word = tokens[i]
    if word[0].isalpha() and is_cap(word):
        name, after = name_forward(tokens, i)
        if name is not None and after == end and not is_body(name):
            return ("genitive", name)
        title = slavic_title(word)
        return ("role", title) if title else None
    title = slavic_title(word)
    if title is None:
        return None
    named = _named_after_office(tokens, i + 1, end)
    if named is not None:
        return ("genitive", named)
    return ("role", title) if end - i <= 4 else None


# "As" opening a Russian or Ukrainian speech clause ("\u043a\u0430\u043a
# \u043e\u0442\u043c\u0435\u0442\u0438\u043b X, \u00ab\u2026", "\u044f\u043a
# \u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0432 X, \u00ab\u2026").
_AS = frozenset(("\u043a\u0430\u043a", "\u044f\u043a"))


def _as_verb(tokens: Sequence[str], end: int) -> Attr | None:
    """ "\u041a\u0430\u043a \u043e\u0442\u043c\u0435\u0442\u0438\u043b
    \u0433\u043b\u0430\u0432\u0430 \u041c\u0438\u043d\u044d\u043d\u0435\u0440\u0433\u043e X,
    \u00ab\u2026" and "\u042f\u043a \u0432\u0456\u043d
    \u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0432, \u00ab\u2026": the subject of
    the speech verb of an "as X said" opening (the whole of ``tokens[:end]``): a name
    in the nominative, an office and its holder, a pronoun, or an office alone (a
    role, with the verb's gender). None otherwise."""
    verb_at = 1
    pronoun = tokens[1].lower()
    if pronoun in PRONOUNS and end > 2:
        verb_at = 2
    verb = tokens[verb_at].lower()
    if verb not in SPEECH_VERBS or not is_cyrillic(verb):
        return None
    if verb_at == 2:
        return ("pronoun", pronoun) if end == 3 else None
    i = 2
    if i >= end:
        return None
    word = tokens[i]
    if not word[0].isalpha():
        return None
    if is_cap(word):
        name, after = name_forward(tokens, i)
        if name is not None and after == end and " " in name and not is_body(name):
            return ("name", name)
        if name is not None and after == end and end - i == 1 and slavic_title(word) is None:
            return ("name", name)  # a surname alone
        return None
    if word.lower() in PRONOUNS:
        return ("pronoun", word.lower()) if end == i + 1 else None
    title = slavic_title(word)
    if title is None:
        return None
    named = _named_after_office(tokens, i + 1, end)
    if named is not None:
        return ("name", named)
    return gendered(("role", title), verb) if end - i <= 4 else None


def as_clause(tokens: Sequence[str], verb_at: int, end: int) -> Attr | None:
    """ "\u041a\u0430\u043a \u0434\u043e\u0431\u0430\u0432\u0438\u043b X, \u0435\u0433\u043e
    \u00ab\u2026": an "as X said" opening set off by a comma, its speech verb at
    ``tokens[verb_at]``, the quote later in the same sentence (``tokens[:end]``) after
    a few lower-case words that name nobody (no speech verb, no office:
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0440 \u043d\u0430\u0437\u0432\u0430\u043b
    \u00ab\u2026\u00bb" is the minister's): the opening's speaker (:func:`_as_verb`)."""
    if verb_at > 2 or tokens[0].lower() not in _AS or not is_cyrillic(tokens[0]):
        return None
    for comma in range(verb_at + 1, min(end - 1, _CLAUSE_SPAN)):
        if tokens[comma] == ",":
            rest = tokens[comma + 1 : end]
            if len(rest) > _AS_REST or not all(
                w.isalpha() and w.islower() and slavic_title(w) is None for w in rest
            ):
                return None
            return _as_verb(tokens, comma)
    return None


def opening_speaker(tokens: Sequence[str], verb_at: int, end: int) -> Attr | None:
    """The speaker a Russian or Ukrainian sentence's opening gives a quote later in it
    (``tokens[:end]``, its last speech verb at ``verb_at``, -1 for none): an "according
    to" opening with no speech verb (:func:`according_clause`), an "as X said" one
    (:func:`as_clause`)."""
    if not is_cyrillic(tokens[0]):
        return None
    return according_clause(tokens, end) if verb_at < 0 else as_clause(tokens, verb_at, end)


#: At most this many words between an "as X said" opening's comma and the quote.
_AS_REST = 2


#: Words an office's complement may run over before the name in an "according to"
#: opening ("\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c
#: \u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440\u0430
#: \u0411\u0435\u043b\u0433\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439
#: \u043e\u0431\u043b\u0430\u0441\u0442\u0438 X").
_COMPLEMENT_SPAN = 7


def _named_after_office(tokens: Sequence[str], start: int, end: int) -> str | None:
    """The full name that ends the words ``tokens[start:end]`` after an office (its
    complement in between: words only, no punctuation), or None."""
    for k in range(start, min(end, start + _COMPLEMENT_SPAN)):
        token = tokens[k]
        if not (token[0].isalpha() or token in ("-", "'", "\u2019")):
            return None
        if not is_cap(token) or (k > start and is_cap(tokens[k - 1])):
            continue
        name, after = name_forward(tokens, k)
        if name is not None and after == end and " " in name and not is_body(name):
            return name
    return None


#: Words an "according to" opening may run over before its comma (an office, its
#: complement in the genitive and the name: "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c
#: \u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u043e\u0433\u043e
#: \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044f
#: \u0421\u043b\u0435\u0434\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0433\u043e
#: \u043a\u043e\u043c\u0438\u0442\u0435\u0442\u0430 \u0420\u0424 X Y, \u2026").
_CLAUSE_SPAN = 14


def according_clause(tokens: Sequence[str], end: int) -> Attr | None:
    """ "\u0417\u0430 \u0439\u043e\u0433\u043e \u0441\u043b\u043e\u0432\u0430\u043c\u0438,
    \u041c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u2026 \u0454
    \u00ab\u2026\u00bb": an "according to" opening that is a clause of its own (a comma
    after it), the quote later in the same sentence (``tokens[:end]``, no speech verb in
    it): the speaker :func:`according` reads in the opening."""
    if end < 4:
        return None
    for comma in range(2, min(end - 1, _CLAUSE_SPAN)):
        if tokens[comma] == ",":
            return according(tokens, comma)
    return None


def verb_gender(verb: str) -> str:
    """The gender a Russian or Ukrainian past-tense verb agrees with: "f"
    ("\u0441\u043a\u0430\u0437\u0430\u043b\u0430", "\u0437\u0430\u044f\u0432\u0438\u043b\u0430",
    "\u043f\u0440\u0438\u0437\u043d\u0430\u043b\u0430\u0441\u044c"), "m"
    ("\u0441\u043a\u0430\u0437\u0430\u043b", "\u0437\u0430\u044f\u0432\u0438\u0432",
    "\u043f\u0440\u043e\u0438\u0437\u043d\u0451\u0441"), or "" (the
    present, the plural, another language)."""
    if not verb or not is_cyrillic(verb):
        return ""
    if verb.endswith(("\u043b\u0430", "\u043b\u0430\u0441\u044c", "\u043b\u0430\u0441\u044f")):
        return "f"
    if verb.endswith(_MASCULINE_PAST):
        return "m"
    return ""


# Endings of the Russian and Ukrainian plural: the past ("-\u043b\u0438"), the present
# ("-\u044e\u0442", "-\u044f\u0442", "-\u044e\u0442\u044c", "-\u044f\u0442\u044c"), short adjectives
# ("-\u043d\u044b", "-\u043d\u0456").
_PLURAL = (
    *("\u043b\u0438", "\u043b\u0438\u0441\u044c", "\u044e\u0442", "\u044f\u0442"),
    *("\u044e\u0442\u044c", "\u044f\u0442\u044c", "\u043d\u044b", "\u043d\u0456"),
)
# Endings of the masculine past tense: "-\u043b" (Russian), "-\u0432" (Ukrainian), reflexive, and
# "\u043f\u0440\u043e\u0438\u0437\u043d\u0451\u0441".
_MASCULINE_PAST = (
    "\u043b",
    "\u0432",
    "\u043b\u0441\u044f",
    "\u0432\u0441\u044f",
    "\u0451\u0441",
    "\u0435\u0441",
)


def gendered(found: Attr | None, verb: str) -> Attr | None:
    """A Russian or Ukrainian role with the gender of its verb ("\u0433\u043b\u0430\u0432\u0430|f"),
    for
    :meth:`Context.resolve` to pass over people of the other gender; None for a name
    before a plural verb (no one person is its subject)."""
    if found is not None and found[0] == "name" and verb.endswith(_PLURAL) and is_cyrillic(verb):
        # ("residents said", with the verb in the plural: no one person is the subject)
        return None
    if found is None or found[0] != "role" or "|" in found[1]:
        return found
    gender = verb_gender(verb)
    return (found[0], f"{found[1]}|{gender}") if gender else found


def oblique_office(words: Sequence[str]) -> bool:
    """Is the first office noun among ``words`` (lower-case words after a verb) in an
    oblique case
    ("\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f",
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0443")? The person named after it is then
    an object of the verb, not the speaker. Not after "acting" (:data:`_ACTING`:
    "\u0432\u0440\u0438\u043e
    \u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440\u0430"): the office in
    the genitive is then the complement of that nominative."""
    for word in words:
        low = word.lower()
        if low in _ACTING:
            return False
        title = slavic_title(word)
        if title is not None:
            return title not in (low, low.rsplit("-", 1)[-1])
    return False


# Words for "acting" that take an office in the genitive and are the nominative
# themselves (Russian "\u0432\u0440\u0438\u043e",
# "\u0438\u0441\u043f\u043e\u043b\u043d\u044f\u044e\u0449\u0438\u0439
# \u043e\u0431\u044f\u0437\u0430\u043d\u043d\u043e\u0441\u0442\u0438", Ukrainian
# "\u0442\u0432\u043e", "\u0432\u0438\u043a\u043e\u043d\u0443\u0432\u0430\u0447
# \u043e\u0431\u043e\u0432'\u044f\u0437\u043a\u0456\u0432").
_ACTING = frozenset(
    (
        "\u0432\u0440\u0438\u043e",
        "\u043e\u0431\u044f\u0437\u0430\u043d\u043d\u043e\u0441\u0442\u0438",
        "\u0442\u0432\u043e",
        "\u043e\u0431\u043e\u0432'\u044f\u0437\u043a\u0456\u0432",
        "\u043e\u0431\u043e\u0432\u2019\u044f\u0437\u043a\u0456\u0432",
        "\u043e\u0431\u043e\u0432'\u044f\u0437\u043a\u0438",
        "\u043e\u0431\u043e\u0432\u2019\u044f\u0437\u043a\u0438",
    )
)


def named_form(
    speaker: str, attr: Attr, complete: Callable[[str, int], str], text: str, pos: int
) -> str | None:
    """The named form of a Cyrillic ``speaker`` the attribution ``attr`` resolved to
    (``complete`` finds the full name a surname stands for before ``pos``):

    * an initial and a surname ("\u0414.\u041f\u0435\u0441\u043a\u043e\u0432") is the
      full name of that surname seen before, when its given name has that initial;
    * a full name in the genitive is put in the nominative (:func:`.nominative_name`);
      one in the dative or the instrumental, or of the other gender than a pronoun's or
      a role's verb, is someone mentioned, not the one a pronoun or a role stands for
      (None);
    * a run of words that is no person's name (an outlet) is None."""
    initial = expand_initial(speaker)
    if initial is not None:
        letter, surname = initial
        full = complete(surname, pos)
        if " " in full and full[0] == letter and full.endswith(" " + surname):
            return full
        return speaker
    if " " not in speaker:
        return speaker
    if not_a_person(speaker):
        return None
    kind, value = attr
    stands_for = kind in ("pronoun", "role")
    if stands_for and oblique_name(speaker):
        # Someone mentioned in the instrumental or the dative: whom the pronoun or the
        # role stands for only when the verb's gender says so, in the nominative
        # ("\u2026 \u0441 \u043f\u043e\u0441\u043b\u043e\u043c
        # \u041e\u043b\u044c\u0433\u043e\u0439 \u0413\u043d\u0430\u0442\u044e\u043a.
        # \u00ab\u2026\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b\u0430
        # \u043e\u043d\u0430").
        oblique = oblique_nominative(speaker)
        gender = _PRONOUN_GENDER.get(value, "") if kind == "pronoun" else value.partition("|")[2]
        if oblique is None or not gender or oblique[1] != gender:
            return None
        if kind == "pronoun" and not _other_gender_named(text, pos, gender):
            # ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442
            # \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f \u0441 X.
            # \u00ab\u2026\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d": the
            # pronoun is more often the unnamed subject's.)
            return None
        return oblique[0]
    # A name the attribution itself wrote ("\u2014 \u0441\u043a\u0430\u0437\u0430\u043b\u0430 X") is
    # the verb's subject, in the nominative: only a certain genitive is undone there.
    written = kind == "name" and value == speaker
    nominative = nominative_name(speaker, "" if written else text)
    if nominative is None:
        return speaker
    if written and office_complement(speaker, text):
        # "\u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u043b
        # \u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c
        # \u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u0430 X" with X in the
        # genitive: X holds the office in the genitive, the speaker is the other one.
        return None
    if stands_for:
        gender = _PRONOUN_GENDER.get(value, "") if kind == "pronoun" else value.partition("|")[2]
        known = name_gender(nominative)
        if gender and known and known != gender:
            # (A man's genitive whose given name ends as a woman's nominative:
            # "\u0414\u043c\u0438\u0442\u0440\u0438\u044f" reads like
            # "\u041c\u0430\u0440\u0438\u044f"; nobody rather than a guess.)
            return None
    return nominative


def mentioned_form(name: str, text: str) -> str:
    """The form a person the text names in passing is kept in, for a later pronoun or
    role to stand for: a Cyrillic full name the text shows is a genitive (after
    "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c", an office in an
    oblique case: see :func:`.nominative_name`) in the nominative, so that its gender
    is the person's ("\u0412\u044f\u0447\u0435\u0441\u043b\u0430\u0432\u0430
    \u0413\u043b\u0430\u0434\u043a\u043e\u0432\u0430" is a man); any other name
    as written."""
    if " " not in name or not is_cyrillic(name):
        return name
    return nominative_name(name, text) or name


_FULL_NAME = (
    re.compile(  # (overlapping: "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 X Y" gives X Y too)
        "(?<!\\w)(?=([\u0410-\u042f\u0401\u0406\u0407\u0404\u0490][\\w'\u2019-]+)"
        " ([\u0410-\u042f\u0401\u0406\u0407\u0404\u0490][\\w'\u2019-]+))"
    )
)
_NAMED_LOOKBACK = 400  # characters before a quote where the other person is looked for


def _other_gender_named(text: str, pos: int, gender: str) -> bool:
    """Does the text just before ``pos`` name, in the nominative, a person of the
    other gender than ``gender`` (so that a pronoun of ``gender`` picks out the one
    mentioned in an oblique case)?"""
    window = text[max(0, pos - _NAMED_LOOKBACK) : pos]
    for match in _FULL_NAME.finditer(window):
        name = f"{match.group(1)} {match.group(2)}"
        known = name_gender(name)
        if known and known != gender and not oblique_name(name):
            return True
    return False


def headline_speaker(text: str, low: int, attr: Attr) -> str | None:
    """The person a Russian or Ukrainian headline opens with, for a pronoun or a role
    the body gives nobody for: the headline (``text[:low]``, one line) opens with a
    capitalised word that is no office and no acronym, then a past-tense verb of the
    gender the attribution's pronoun or verb has (a surname, then a feminine verb,
    before "\u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u043b\u0430
    \u0433\u043b\u0430\u0432\u0430 \u2026"). None otherwise."""
    kind, value = attr
    if kind == "pronoun":
        gender = _PRONOUN_GENDER.get(value, "")
    elif kind == "role":
        gender = value.partition("|")[2]
    else:
        return None
    if not gender or low <= 0 or low > 300:
        return None
    headline = text[:low].strip()
    if "\n" in headline:
        return None
    words = headline.split(None, 2)
    if len(words) < 2:
        return None
    first, verb = words[0], words[1]
    if (
        not is_cyrillic(first)
        or not first.isalpha()
        or not is_cap(first)
        or is_acronym(first)
        or slavic_title(first) is not None
        or not verb.isalpha()
        or not verb.islower()
    ):
        return None
    return first if verb_gender(verb) == gender else None


# The present tense of "quote" (Russian, Ukrainian), and the nouns an outlet is named by
# before the one quoted ("\u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442
# \u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e X").
_QUOTES = frozenset(
    (
        "\u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442",
        "\u0446\u0438\u0442\u0438\u0440\u0443\u044e\u0442",
        "\u0446\u0438\u0442\u0443\u0454",
        "\u0446\u0438\u0442\u0443\u044e\u0442\u044c",
    )
)
_OUTLET_NOUNS = frozenset(
    (
        "\u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e",
        "\u0430\u0433\u0435\u043d\u0446\u0456\u044f",
        "\u0432\u0438\u0434\u0430\u043d\u043d\u044f",
        "\u0433\u0430\u0437\u0435\u0442\u0430",
        "\u0438\u0437\u0434\u0430\u043d\u0438\u0435",
        "\u043a\u0430\u043d\u0430\u043b",
        "\u043f\u043e\u0440\u0442\u0430\u043b",
        "\u0440\u0430\u0434\u0438\u043e",
        "\u0440\u0430\u0434\u0456\u043e",
        "\u0441\u0430\u0439\u0442",
        "\u0442\u0435\u043b\u0435\u043a\u0430\u043d\u0430\u043b",
    )
)
# Verbs that relay someone's words, with the noun "words" after them: "\u2014
# \u043f\u0435\u0440\u0435\u0434\u0430\u0435\u0442 \u0441\u043b\u043e\u0432\u0430 X", "\u2014
# \u043f\u0440\u0438\u0432\u043e\u0434\u0438\u0442 \u0441\u043b\u043e\u0432\u0430 X"
# (Russian, Ukrainian).
_RELAYS = frozenset(
    (
        "\u043f\u0435\u0440\u0435\u0434\u0430\u0435\u0442",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u0451\u0442",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u044e\u0442",
        "\u043f\u0440\u0438\u0432\u043e\u0434\u0438\u0442",
        "\u043f\u0440\u0438\u0432\u043e\u0434\u044f\u0442",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u0454",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u044e\u0442\u044c",
        "\u043d\u0430\u0432\u043e\u0434\u0438\u0442\u044c",
        "\u043d\u0430\u0432\u043e\u0434\u044f\u0442\u044c",
    )
)
_WORDS = frozenset(("\u0441\u043b\u043e\u0432\u0430",))


def quoted_person(tokens: Sequence[str], i: int) -> Attr | None:
    """The one an outlet quotes or relays the words of, after a quote: "\u2014
    \u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442
    \u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e X" and "\u2013
    \u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442
    \u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f
    \u041a\u0440\u0435\u043c\u043b\u044f \u00ab\u2026\u00bb" credit the words to the verb's
    object (in the accusative: a man's is his genitive), not to its subject, the outlet.
    ``tokens[i]`` is the verb; None when it is no such verb or no person or office
    follows."""
    n = len(tokens)
    j = i + 1
    if tokens[i].lower() in _RELAYS and j < n and tokens[j].lower() in _WORDS:
        j += 1  # (X's words, X in the genitive)
    elif tokens[i].lower() not in _QUOTES:
        return None
    if j < n and tokens[j].lower() in _OUTLET_NOUNS:
        j += 1
    if j < n and tokens[j] in OPENING_DOUBLE_MARKS:
        return None  # "\u2026 \u00ab\u2026\u00bb X": the outlet first, then who knows
    if j >= n or not tokens[j][:1].isalpha() or not is_cyrillic(tokens[j]):
        return None
    word = tokens[j]
    if word.islower():
        title = slavic_title(word)
        return ("role", title) if title is not None else None
    if is_acronym(word):
        return None  # an outlet in capitals
    name, _ = name_forward(tokens, j)
    if name is not None:
        # (a Cyrillic name ends before a word in another script: "X Sport24", the outlet)
        name = " ".join(takewhile(is_cyrillic, name.split(" "))) or None
    return ("genitive", name) if name is not None else None


def slavic_adverb(word: str) -> bool:
    """Is ``word`` a Russian or Ukrainian adverb of manner in "-\u043e" (lower case,
    more than four letters: "\u043c\u0435\u0442\u0430\u0444\u043e\u0440\u0438\u0447\u043d\u043e",
    "\u043a\u043e\u0440\u043e\u0442\u043a\u043e"), which may stand between the dash
    after a quote and its speech verb?"""
    return len(word) > 4 and word.islower() and word.endswith("\u043e") and is_cyrillic(word)


# Nouns for what someone said, in the cases an object takes
# ("\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u043b
# \u0441\u043b\u043e\u0432\u0430 X", "\u0437\u0430\u044f\u0432\u0443 X").
_SPEECH_NOUNS = frozenset(
    (
        "\u0441\u043b\u043e\u0432\u0430",
        "\u0441\u043b\u043e\u0432",
        "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435",
        "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u044f",
        "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u044e",
        "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435\u043c",
        "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0438",
        "\u0441\u043b\u0456\u0432",
        "\u0437\u0430\u044f\u0432\u0430",
        "\u0437\u0430\u044f\u0432\u0438",
        "\u0437\u0430\u044f\u0432\u0443",
        "\u0437\u0430\u044f\u0432\u043e\u044e",
        "\u0437\u0430\u044f\u0432\u0456",
        "\u0432\u044b\u0441\u043a\u0430\u0437\u044b\u0432\u0430\u043d\u0438\u0435",
        "\u0432\u044b\u0441\u043a\u0430\u0437\u044b\u0432\u0430\u043d\u0438\u044f",
        "\u0432\u0438\u0441\u043b\u043e\u0432\u043b\u044e\u0432\u0430\u043d\u043d\u044f",
    )
)
_ABOUT_THAT = frozenset(
    (
        ("\u043e", "\u0442\u043e\u043c"),
        ("\u043f\u0440\u043e", "\u0442\u0435"),
    )
)
_THAT = frozenset(("\u0447\u0442\u043e", "\u0449\u043e"))
_OWNER_SPAN = 8  # words from the speech noun to the end of its owner's name


def speech_owner(pre: Sequence[str]) -> Attr | None:
    """The person whose words a quote inside "\u0441\u043b\u043e\u0432\u0430 X \u043e
    \u0442\u043e\u043c, \u0447\u0442\u043e \u2026 \u00ab\u2026\u00bb" is
    ("\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u043b
    \u0441\u043b\u043e\u0432\u0430
    \u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f
    \u2026 X Y \u043e \u0442\u043e\u043c, \u0447\u0442\u043e \u2026"): the reported
    words are X Y's (in the genitive after the noun), not the sentence's subject's.
    ``pre`` is the sentence before the quote; None unless it reads so."""
    k = len(pre) - 1
    while k >= 0 and pre[k].lower() not in _THAT:
        k -= 1
    j = k - 1
    if j >= 0 and pre[j] == ",":
        j -= 1
    if j < 1 or (pre[j - 1].lower(), pre[j].lower()) not in _ABOUT_THAT:
        return None
    end = j - 1  # the owner's name ends before "\u043e \u0442\u043e\u043c"
    for start in range(end - 1, max(-1, end - _OWNER_SPAN), -1):
        if pre[start].lower() in _SPEECH_NOUNS:
            break
    else:
        return None
    if start + 1 >= end:
        return None
    word = pre[start + 1]
    if is_cap(word) and slavic_title(word) is None:
        name, after = name_forward(pre, start + 1)
    elif slavic_title(word) is not None:
        name = _named_after_office(pre, start + 2, end)
        after = end
    else:
        return None
    if name is None or after != end or is_body(name):
        return None
    return ("genitive", name)


def cyrillic_word(word: str) -> bool:
    """Is ``word`` a Cyrillic word of letters, with hyphens or apostrophes inside
    ("\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
    Ukrainian "\u043f\u0440\u0435\u043c\u2019\u0454\u0440")?"""
    return (
        is_cyrillic(word) and word.replace("-", "").replace("\u2019", "").replace("'", "").isalpha()
    )


def oblique_office_before(tokens: Sequence[str], k: int) -> bool:
    """Is the name at ``tokens[k]`` the apposition of a Russian or Ukrainian office
    noun in an oblique case ("\u0441\u043b\u043e\u0432\u0430
    \u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f
    \u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u0430
    \u0420\u043e\u0441\u0441\u0438\u0438 X"):
    the name agrees in case with it, so it is not the sentence's subject."""
    for j in range(k - 1, max(-1, k - 6), -1):
        word = tokens[j]
        if not word[0].isalpha():
            return False
        title = slavic_title(word)
        if title is not None:
            if title in (word.lower(), word.lower().rsplit("-", 1)[-1]):
                return False
            # "\u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044c
            # \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430 \u2026 X": the complement of an
            # office in the nominative, whose holder X is (X no genitive itself).
            head = tokens[j - 1].lower() if j > 0 else ""
            if slavic_title(head) in (head, head.rsplit("-", 1)[-1]):
                name, _ = name_forward(tokens, k)
                return name is None or genitive_nominative(name, certain=True) is not None
            return True
    return False
