"""English attribution grammar that names the speaker after a comma.

Local news puts the place and the job noun before the name and sets the name off with
a comma: "said Watertown resident, Justin Learned", "said Lowell resident, Robert
Perry". Read word by word, the capitalised place right after the verb looks like the
speaker; the person is the full name after the comma.

An "-ing" participle after a comma ("X apologized for ..., saying \u201c\u2026\u201d")
takes the subject of the sentence, which may stand after an opening phrase set off by
a comma ("On Monday, X defended the plan, saying", "Earlier Saturday, she ...") or be
a name set off after an office ("The leader of X, Ana Ruiz, condemned ..., saying").

A possessive before a role noun ("Burke's lawyer said", "said Tom Burke's lawyer,
Ana Ruiz") names someone of that person's side: the name set off after the role, else
the one the text described with that role, never the person of the possessive nor the
last speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .english_coordination import coordinated_office
from .latin_clauses import Attr
from .lexicon import DETERMINERS, FUNCTION_WORDS, PRONOUNS
from .names import is_cap, is_title, name_forward

__all__ = ["job_noun_subject", "name_after_job_noun", "participle_subject", "possessive_side"]

#: Most lower-case words between the place and the comma ("resident", "longtime
#: resident").
_MAX_JOB_WORDS = 2


#: Lower-case nouns for who a person is that local and business news writes between a
#: place or a firm and the name ("Seoul resident X Y", "Bernstein analyst X Y"), besides
#: the offices and job nouns of :data:`~.lexicon.TITLES`.
_PERSON_NOUNS = frozenset(
    (
        *("resident", "residents", "native", "homeowner", "neighbor", "neighbour", "voter"),
        *("student", "parent", "teacher", "nurse", "worker", "employee", "owner", "fan"),
        *("volunteer", "organizer", "organiser", "researcher", "economist", "strategist"),
        *("reporter", "correspondent", "lawyer", "partner", "manager", "player"),
    )
)


def _job_noun(word: str) -> bool:
    """Is the lower-case ``word`` a noun for who a person is (an office, a job, a
    resident), so that a full name glued after it is that person?"""
    return word in _PERSON_NOUNS or is_title(word)


def name_after_job_noun(tokens: Sequence[str], end: int) -> str | None:
    """The full name after "<Place> <job noun>, " or "<Firm> <job noun> " when the
    capitalised words before ``end`` are such a place or firm: ``tokens[end:]`` is one
    or two lower-case words (no function words), a comma (or, without one, the last
    of them a job noun: "said Bernstein analyst Toni Sacconaghi"), then a name of at
    least two words that ends the clause. None for anything else ("said Smith, who
    ...", "said Monday, adding ...", "said Smith yesterday")."""
    found = _job_noun_name(tokens, end, comma_ok=True)
    if found is None:
        return None
    name, after = found
    if after < len(tokens) and tokens[after] not in (".", ",", ";"):
        return None
    return name


def job_noun_subject(tokens: Sequence[str], end: int) -> tuple[str, int] | None:
    """The full name glued after "<Firm> <job noun>" when the capitalised words before
    ``end`` are such a firm or place, and the index after it (where the caller looks
    for the verb): "“…,” Bernstein analyst Toni Sacconaghi said". No
    comma here: "X resident, Y Z said" reads as a list."""
    return _job_noun_name(tokens, end, comma_ok=False)


def _job_noun_name(tokens: Sequence[str], end: int, *, comma_ok: bool) -> tuple[str, int] | None:
    n = len(tokens)
    k = end
    limit = end + _MAX_JOB_WORDS
    while k < n and k < limit and tokens[k].isalpha() and tokens[k].islower():
        if coordinated_office(tokens, k):
            limit = k + 1 + _MAX_JOB_WORDS  # "Acme chairman and chief executive X"
        elif tokens[k] in FUNCTION_WORDS:
            return None
        k += 1
    if k == end or k + 1 >= n:
        return None
    if tokens[k] == "," and comma_ok:
        k += 1
    elif not _job_noun(tokens[k - 1]):
        return None
    first = tokens[k]
    if not (first[0].isalpha() and is_cap(first)):
        return None
    name, after = name_forward(tokens, k)
    if name is None or " " not in name:
        return None
    return name, after


#: Pronouns an English sentence opens its subject with after an opening phrase.
_SUBJECT_PRONOUNS = PRONOUNS | frozenset(("they", "we", "i"))


def participle_subject(tokens: Sequence[str], first: int, j: int) -> Attr | None:
    """The subject of the "-ing" participle after the comma at ``tokens[j]``, the
    sentence opening at ``tokens[first]``: a name there followed by its verb (a
    lower-case word); else, when no name opens it, after the first comma (an opening
    phrase, "On Monday,"), a name or a pronoun followed by its verb, or, when the
    sentence opens with an article, a name set off by commas after the office. None
    for anything else (a list of names: no one subject)."""
    name, after = name_forward(tokens, first)
    if name is not None:
        return ("name", name) if after < j and tokens[after].islower() else None
    comma = tokens.index(",", first, j) if "," in tokens[first:j] else -1
    if comma < 0 or comma >= j - 1:
        return None
    k = comma + 1
    if tokens[k] in _SUBJECT_PRONOUNS and tokens[k + 1].islower():
        return ("pronoun", tokens[k])  # "On Monday, she defended the plan, saying"
    name, after = name_forward(tokens, k)
    if name is None or after >= j:
        return None
    if tokens[after].islower():
        return ("name", name)  # "Earlier Saturday, X apologized for ..., saying"
    set_off = tokens[first].lower() in DETERMINERS and tokens[after] == ","
    return ("name", name) if set_off and tokens[after + 1].islower() else None


#: Most lower-case words of a role after a possessive ("Burke's longtime lawyer").
_MAX_SIDE_ROLE = 3


def possessive_side(
    tokens: Sequence[str],
    i: int,
    is_verb: Callable[[str], bool],
    verb_follows: Callable[[Sequence[str], int], bool] | None,
) -> Attr | None:
    """Who speaks when ``tokens[i]`` is a possessive ("Burke's") before a role noun:
    the full name set off by a comma after the role ("Burke's lawyer, Ana Ruiz"), else
    the full name right after an office ("Kyiv's mayor Vitali Klitschko"), else
    a ``side-role`` for the role noun (resolved only to a person the text described
    with it), when a verb follows (``verb_follows``; None: the role ends the clause,
    as after the verb: "said Burke's lawyer."). None otherwise."""
    n = len(tokens)
    j = i + 1
    while j < n and j <= i + _MAX_SIDE_ROLE and tokens[j].isalpha() and tokens[j].islower():
        if is_verb(tokens[j]):
            break
        j += 1
    if j == i + 1:
        return None
    if j + 1 < n and tokens[j] == ",":
        name, after = name_forward(tokens, j + 1)
        if name is not None and " " in name and (after == n or tokens[after] in (",", ".", ";")):
            return ("name", name)
    if j < n and is_title(tokens[j - 1]) and tokens[j][:1].isupper():
        # "Kyiv's mayor Vitali Klitschko said", "said Putin's spokesman Dmitry
        # Peskov": the office of a place's or a person's side, then the person.
        name, after = name_forward(tokens, j)
        if name is not None and " " in name:
            done = verb_follows(tokens, after) if verb_follows is not None else False
            if done or after == n or tokens[after] in (",", ".", ";"):
                return ("name", name)
    ends = verb_follows(tokens, j) if verb_follows is not None else j == n or tokens[j] in ".,;"
    return ("side-role", tokens[j - 1].lower()) if ends else None
