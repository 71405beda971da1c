"""French clause shapes that name a person by a given name alone: set off by an age,
or as the owner of a testimony after a quoted heading; and the clauses before a colon
that name nobody, after which the person quoted last goes on speaking.

French reportage introduces ordinary people by their given name and their age, in
commas: "Mayleen, 10 ans et demi, raconte : « … »", "Sa sœur, Maïlou, presque 15 ans,
était dans sa chambre : « … »". A single capitalised word is otherwise not taken for a
person (it is as often a place or a club: "Lyon a gagné"), but one with an age in
apposition is someone, and the subject of the clause it opens. Headings of such
pieces quote the person and name them after a colon, as the owner of the words: "«
J'ai eu très peur » : le récit de Mayleen, 10 ans", "« … » : le témoignage de Nathalie".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .french_inversion import past_time_or_outlet
from .latin_clauses import DOCUMENTS, Attr, role
from .latin_gender import given_name_gender
from .lexicon import (
    DETERMINERS,
    IMPERSONAL,
    INSTITUTIONS,
    PRONOUNS,
    SENTENCE_END,
    SPEECH_NOUNS,
)
from .names import is_cap, is_name_word, is_title, name_forward
from .offices import appositive_name

__all__ = [
    "age_apposition_end",
    "article_role",
    "colon_carries_on",
    "elided_auxiliary",
    "for_clause",
    "given_name_introduced",
    "name_past_age",
    "object_before_verb",
    "object_clitic",
    "office_apposition",
    "owner_of_testimony",
    "past_complement",
    "sentence_carries_on",
    "to_a_person",
    "unelided",
    "verb_then_name",
]

#: Words before the number of years ("presque 15 ans", "tout juste 20 ans").
_APPROXIMATE = frozenset(("presque", "bientôt", "environ", "près", "de", "tout", "juste"))
_MAX_APPROXIMATE = 2
_YEARS = frozenset(("ans", "an"))
_HALF = ("et", "demi")  # "10 ans et demi"


def age_apposition_end(tokens: Sequence[str], k: int) -> int:
    """The index of the comma that closes an age in apposition opened by the comma at
    ``tokens[k]`` (", 10 ans et demi,", ", presque 15 ans,", ", 44 ans,"), or -1."""
    n = len(tokens)
    if k >= n or tokens[k] != ",":
        return -1
    m = k + 1
    skipped = 0
    while m < n and skipped < _MAX_APPROXIMATE and tokens[m].lower() in _APPROXIMATE:
        m += 1
        skipped += 1
    if not (m + 1 < n and tokens[m].isdigit() and len(tokens[m]) <= 3):
        return -1
    if tokens[m + 1].lower() not in _YEARS:
        return -1
    m += 2
    if tuple(w.lower() for w in tokens[m : m + 2]) == _HALF:
        m += 2
    return m if m < n and tokens[m] == "," else -1


def name_past_age(
    tokens: Sequence[str], i: int, *, at_comma: bool = False
) -> tuple[str | None, int, bool]:
    """:func:`~seedparse._text.quotes.names.name_forward`, read on past an age in
    apposition: the name, the index after the age's closing comma (that comma's own
    index with ``at_comma``) and True when there was one; else the name, the index
    after it and False."""
    name, end = name_forward(tokens, i)
    close = age_apposition_end(tokens, end) if name is not None else -1
    if close < 0:
        return name, end, False
    return name, close if at_comma else close + 1, True


def given_name_introduced(tokens: Sequence[str], m: int) -> bool:
    """Is the one capitalised word at ``tokens[m]`` a person the text brings in, whom a
    later "elle" or "il" may stand for: a given name with an age in apposition
    ("Mayleen, 10 ans et demi, raconte"), or a frequent given name of one gender that
    opens its sentence as the subject of a verb ("Jessica a fait partie des
    sinistrés.")? A place or a club alone ("Valence a accueilli") is not."""
    word = tokens[m]
    if not is_name_word(word):
        return False
    if m + 1 < len(tokens) and tokens[m + 1] == "," and age_apposition_end(tokens, m + 1) >= 0:
        return True  # (the comma tested first: most names have none after them)
    opens = m == 0 or tokens[m - 1] in SENTENCE_END
    follows = m + 1 < len(tokens) and tokens[m + 1].isalpha() and tokens[m + 1].islower()
    return opens and follows and given_name_gender(word) != ""


#: Nouns for a person's account of what they lived ("le récit de X", "le témoignage de
#: X"), besides the nouns for statements (:data:`SPEECH_NOUNS`).
_TESTIMONY_NOUNS = SPEECH_NOUNS | frozenset(
    ("récit", "témoignage", "ressenti", "confidence", "confidences", "parole", "mot", "mots")
)
_ARTICLES = frozenset(("le", "la", "les", "l'", "l\u2019"))


def owner_of_testimony(post: Sequence[str]) -> str | None:
    """The person a quote's heading credits after a colon: ": le récit de Mayleen, 10
    ans", ": le témoignage de Nathalie, la maman" (``post``: the words after the closing
    mark). The name must end the clause (a comma or the end of the words); None for
    anything else (": le récit de la journée", ": la réaction du ministère")."""
    if len(post) < 5 or post[0] != ":" or post[1].lower() not in _ARTICLES:
        return None
    if post[2].lower() not in _TESTIMONY_NOUNS or post[3].lower() != "de":
        return None
    name, end = name_forward(post, 4)
    if name is None or (end < len(post) and post[end] != ","):
        return None
    return name


#: Object pronouns that look like articles ("le", "la", "les").
_OBJECT_PRONOUNS = frozenset(("le", "la", "les", "l'", "l\u2019"))
#: What may follow a speech verb that has its object pronoun before it.
_AFTER_OBJECT = frozenset((":", ",", ".", "que", "qu'", "qu\u2019"))


def object_before_verb(tokens: Sequence[str], j: int, verb_at: int) -> bool:
    """Is ``tokens[j]``, right before the speech verb at ``verb_at``, its object
    pronoun ("Jean Dupont le reconna\u00eet : \u00ab\u2026\u00bb") rather than the
    article of a noun that is also a verb form ("La temp\u00eate a frapp\u00e9", "la
    demande de X")? Only when the verb ends its clause: a colon, a comma, a period or
    "que" after it."""
    return (
        j == verb_at - 1
        and tokens[j].lower() in _OBJECT_PRONOUNS
        and (verb_at + 1 == len(tokens) or tokens[verb_at + 1].lower() in _AFTER_OBJECT)
    )


#: The auxiliary after an elided object pronoun: "l'ont surprise", "l'a marqué",
#: "l'avait ému".
_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient", "aura", "auront", "ait"))


def object_clitic(tokens: Sequence[str]) -> bool:
    """Does the clause ``tokens`` hold an elided object pronoun before an auxiliary
    ("Le bruit et les vibrations l'ont surprise :", "Ce moment l'a marqué :")? Such a
    clause, with things for its subject, tells what a person lived: the person is
    the one the text has in view, whose words the colon brings in."""
    for k, token in enumerate(tokens):
        low = token.lower().replace("\u2019", "'")
        if low.startswith("l'") and low[2:] in _AUXILIARIES:
            return True  # "l'ont" (one token)
        if low == "l'" and k + 1 < len(tokens) and tokens[k + 1].lower() in _AUXILIARIES:
            return True
        if low.startswith("l'") and len(low) > 3 and k and tokens[k - 1].lower() == "ne":
            return True  # "L'exemple ne l'\u00e9meut pas" (a clitic between "ne" and a verb)
    return False


#: Forms of "être" and its kin after which a clause describes a thing, not a speaker
#: ("Mais la secousse fut brève :", "Le choc reste immense :").
_COPULAS = frozenset(
    (
        "est", "était", "fut", "sont", "étaient", "furent", "reste", "restait",
        "semble", "semblait", "paraît", "demeure",
    )
)  # fmt: skip


def colon_carries_on(
    tokens: Sequence[str], verbs: frozenset[str], *, new_paragraph: bool = False
) -> bool:
    """Does the clause ``tokens`` before a colon hand the quote after it to the person
    quoted last? It must name nobody (no capitalised word but a function word opening
    it, no pronoun, no "on", no office, body, document or speech noun, no speech verb)
    and describe a thing: with a copula in the same paragraph ("Mais la secousse fut
    brève :"), with an object pronoun for the person in a new one ("Le bruit et les
    vibrations l'ont surprise :"). Not "Le texte du décret stipule :", "Les habitants
    scandaient :", "La réponse de la préfecture est tombée :", "Dupont est prudent :"."""
    if len(tokens) < 3 or tokens[-1] != ":":
        return False
    return _about_a_thing(tokens, verbs, new_paragraph=new_paragraph)


def sentence_carries_on(tokens: Sequence[str], verbs: frozenset[str]) -> bool:
    """Does ``tokens``, the one sentence that opens a paragraph before a quote opening
    its own sentence, hand the quote to the person quoted last, as a colon-clause of
    a new paragraph does (:func:`colon_carries_on`)? One sentence ending in a period
    that names nobody and holds an object pronoun for the person ("L'exemple ne
    l'\u00e9meut pas davantage. \u00ab\u2026\u00bb", "Ce moment l'a marqu\u00e9.
    \u00ab\u2026\u00bb")."""
    if len(tokens) < 3 or tokens[-1] != "." or any(t in SENTENCE_END for t in tokens[:-1]):
        return False
    return _about_a_thing(tokens, verbs, new_paragraph=True)


def _about_a_thing(tokens: Sequence[str], verbs: frozenset[str], *, new_paragraph: bool) -> bool:
    """The test of :func:`colon_carries_on` on the clause ``tokens`` (its last token the
    colon or period that ends it)."""
    for k, token in enumerate(tokens):
        low = token.lower()
        if token[0].isupper() if k else is_cap(token):  # (is_cap: not "Mais", "Le")
            return False
        if low in PRONOUNS or low in IMPERSONAL or low in INSTITUTIONS or low in DOCUMENTS:
            return False
        if low in SPEECH_NOUNS or token in verbs or is_title(token):
            return False
    if new_paragraph:
        return object_clitic(tokens)
    return any(token in _COPULAS for token in tokens)


#: Prepositions opening a complement between an inverted speech verb and its subject
#: ("a pr\u00e9cis\u00e9 \u00e0 l'AFP la procureure", "a d\u00e9clar\u00e9 sur France Inter
#: le ministre", "a confi\u00e9 au micro de RTL la maire").
_COMPLEMENT_OPENERS = frozenset(("\u00e0", "au", "aux", "sur", "dans", "devant", "aupr\u00e8s"))
_MAX_COMPLEMENT = 6  # tokens a complement may run over


def past_complement(tokens: Sequence[str], j: int) -> int:
    """The index of the subject after a complement that opens at ``tokens[j]``, right
    after an inverted speech verb ("\u00e0 l'AFP la vice-procureure de Blois, X"): an
    article and an office noun within a few words, with no comma before them. ``j``
    when ``tokens[j]`` opens no complement or no office follows it; -1 when it opens
    "\u00e0" and a name ("a d\u00e9clar\u00e9 \u00e0 Paul Girard": the person spoken to,
    not the speaker: :func:`to_a_person`)."""
    n = len(tokens)
    if (k := past_time_or_outlet(tokens, j)) != j:
        return k  # "a promis mardi soir le ministre", "a r\u00e9agi sur Twitter X Y"
    if j >= n or tokens[j].lower() not in _COMPLEMENT_OPENERS:
        return j
    if to_a_person(tokens, j):
        return -1
    for k in range(j + 2, min(n - 1, j + _MAX_COMPLEMENT + 1)):
        word = tokens[k]
        if word in (",", ".", ":", ";"):
            return j
        if word.lower() in DETERMINERS and is_title(tokens[k + 1]):
            return k
        low = word.lower().replace("\u2019", "'")
        if low.startswith("l'") and is_title(word[2:]) and word[2:3].islower():
            return k  # "\u00e0 l'AFP l'\u00e9lue" (an elided article on the office)
    return j


def to_a_person(tokens: Sequence[str], j: int) -> bool:
    """Does ``tokens[j]`` open "\u00e0" and a name after a speech verb ("a
    d\u00e9clar\u00e9 \u00e0 Paul Girard")? That person is the one spoken to, not the
    speaker, as a dative is in German ("sagte dem Blatt")."""
    if j + 1 >= len(tokens) or tokens[j].lower() != "\u00e0":
        return False
    return is_cap(tokens[j + 1]) and name_forward(tokens, j + 1)[0] is not None


_ELIDED_ARTICLES = ("l'", "l\u2019")
_ELIDED_THAT = ("qu'", "qu\u2019")


def unelided(tokens: Sequence[str], is_verb: Callable[[str], bool]) -> Sequence[str]:
    """``tokens`` with a French elided article or "que" split off its word
    ("l\u2019\u00e9lu" gives "l\u2019", "\u00e9lu"; "qu\u2019il" gives "qu\u2019",
    "il"), so that the article and the pronoun are read as such. An elided
    speech verb ("d\u2019ajouter", "l\u2019a dit": ``is_verb``) and a capitalised word
    ("l\u2019Int\u00e9rieur", part of an office) are kept whole."""
    joined = "".join(tokens)
    if "'" not in joined and "\u2019" not in joined:
        return tokens  # (no apostrophe, no elision: one C-speed test, not a loop)
    out: list[str] | None = None
    for index, token in enumerate(tokens):
        if (len(token) > 2 and token[1] in "'\u2019") or token[:3].lower() in _ELIDED_THAT:
            head = 3 if token[:3].lower() in _ELIDED_THAT else 2
            rest = token[head:]
            if (
                rest[:1].islower()
                and (head == 3 or token[:2].lower() in _ELIDED_ARTICLES)
                and not is_verb(token)
                and not is_verb(rest)
            ):
                if out is None:
                    out = list(tokens[:index])
                out += (token[:head].lower(), rest)
                continue
        if out is not None:
            out.append(token)
    return tokens if out is None else out


#: Object pronouns elided on the auxiliary ("m\u2019a expliqu\u00e9", "l\u2019a dit").
_ELIDED_OBJECTS = frozenset(("m'", "m\u2019", "l'", "l\u2019", "t'", "t\u2019"))
_AUX_FORMS = frozenset(("a", "ont", "avait", "avaient"))


def elided_auxiliary(low: str) -> bool:
    """Is the lower-case word an auxiliary with an elided object pronoun ("m\u2019a",
    "l'avait")? Between a quote and the participle it hides no subject: "\u00bb,
    m\u2019a expliqu\u00e9 Anne Roussel" is Anne Roussel's."""
    return low[:2] in _ELIDED_OBJECTS and low[2:] in _AUX_FORMS


def office_apposition(tokens: Sequence[str], start: int, end: int) -> bool:
    """Are ``tokens[start:end]`` an office in apposition, with no comma of its own
    ("pr\u00e9sident de l'association des maires", "la maire de Lyon")? A name set off
    before it, after an opening phrase ("Contact\u00e9 par la radio, X, pr\u00e9sident de
    \u2026, se dit"), is the subject of the verb that follows."""
    if start >= end or "," in tokens[start:end]:
        return False
    word = tokens[start]
    if word.lower() in DETERMINERS and start + 1 < end:
        word = tokens[start + 1]
    return word.islower() and is_title(word)


_ARTICLE_GENDER = {"le": "m", "la": "f"}


def article_role(article: str, noun: str) -> Attr:
    """:func:`~.latin_clauses.role` for an office opening a clause before a colon ("La
    maire a tenu \u00e0 saluer \u2026 :"), with the gender its French article gives
    ("role", "maire|f"): with no speech verb to agree with, the article tells who the
    office may stand for ("le ministre" is not the woman quoted last)."""
    found = role(article, noun)
    gender = _ARTICLE_GENDER.get(article, "")
    return (found[0], f"{found[1]}|{gender}") if gender and found[0] == "role" else found


def verb_then_name(post: Sequence[str], is_verb: Callable[[str], bool]) -> bool:
    """Do the words right after a quote's closing mark open with a speech verb and a
    full name, with no comma between ("\u00ab Nous sommes d\u00e9\u00e7us \u00bb lance
    Gilbert Renard", "\u201cVery disappointing\u201d said Jane Doe")? The inversion
    attributes the quote however short it is: a scare quote is not followed by its
    speaker (``post`` may open with the closing comma: then no)."""
    if len(post) < 3 or not post[0].islower() or not is_verb(post[0]):
        return False
    name, _ = name_forward(post, 1)
    return name is not None and " " in name


def for_clause(grammar: Any, tokens: Sequence[str], end: int) -> Attr | None:
    """ "Pour X, \u00ab\u2026\u00bb", "Selon elle, \u00ab\u2026\u00bb": the person (a name,
    a pronoun, an office with a name, or an office noun) a clause of ``tokens[:end]``
    that opens with :data:`~.lexicon.FOR_WORDS` credits the quote to. ``grammar`` is the
    :class:`~.attribution.Attribution` asking (its ``speaker_after_verb``)."""
    named = appositive_name(tokens[:end], 1)  # "Pour la pr\u00e9sidente, X, \u00ab\u2026"
    if named is not None:
        return ("name", named)
    if "," in tokens[1:end]:
        end = tokens.index(",", 1, end)  # "Pour X, \u00e0 la mairie, \u00ab\u2026"
    found: Attr | None = grammar.speaker_after_verb(tokens[:end], 1)
    if found is None or found[0] == "pronoun" or found[0] == "name":
        return found
    # A role only when the clause is an office and no more ("Pour le ministre,").
    return found if end <= 4 and is_title(found[1]) else None
