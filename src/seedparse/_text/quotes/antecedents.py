"""Who a pronoun or a role noun stands for when the sentence that brings the person in
sets them apart from its plain subject (issue 15):

* a relative clause between the subject and its speech verb: "the prime minister, who
  also introduced his team, said, \u201c\u2026\u201d", "Green, who has been in the job
  17 weeks, said";
* a day between the subject and its verb: "Health Minister X on Monday said:";
* the agent of a participle phrase on the sentence's subject: "The plan, announced by
  Health Minister X on Monday, sets \u2026" (X, not "the plan", is who "she" means);
* an office with its complement opening the sentence before the name, set off by a
  comma: "The Minister for Housing, Local Government and Heritage and local TD, X has
  responded" (the words describe X, so "the Minister" later is X, not a second person).

Each is a construction of word order and punctuation; the hooks are in
:mod:`.verb_subjects` and :mod:`.context`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .latin_clauses import Attr, role
from .lexicon import DETERMINERS, FUNCTION_WORDS, SENTENCE_END
from .names import is_title, name_backward
from .role_memory import office_noun

__all__ = [
    "agent_of_opening",
    "day_before_verb",
    "office_opening_person",
    "office_opening_words",
    "relative_subject",
]

_WHO = "who"  # (a person's relative pronoun: "which" and "that" are for things)
_RELATIVE_SPAN = 16  # words a relative clause between subject and verb may have
_DAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_BY = "by"
_OPENING_SPAN = 5  # words of the noun phrase a participle phrase is set off after
_OFFICE_SPAN = 14  # words of an office with its complement before a name
_REACH = 1500  # characters read back for an office that opens a sentence
# A full name set off by a comma: ", Darragh O\u2019Brien" (two capitalised words or more).
_SET_OFF_NAME = re.compile(r", ([A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+)+)")
_PLAIN_WORDS = 1  # lower-case words in it that are no office ("and local TD")


def relative_subject(tokens: Sequence[str], j: int) -> Attr | None:
    """The subject of a verb right after ``tokens[j]``, a comma that closes a relative
    clause on it ("X, who heads the agency, said"; "the mayor, who took office in May,
    said"): the name or the role before ", who". None when no such clause ends there."""
    if j < 3 or tokens[j] != ",":
        return None
    for r in range(j - 1, max(0, j - _RELATIVE_SPAN) - 1, -1):
        word = tokens[r]
        if word == "," or word in SENTENCE_END:
            return None  # (the clause has no comma of its own: "who, however, said")
        if word.lower() == _WHO and r >= 2 and tokens[r - 1] == ",":
            return _antecedent(tokens, r - 2)
    return None


def _antecedent(tokens: Sequence[str], end: int) -> Attr | None:
    """The name or role noun ending at ``tokens[end]``, before a relative clause."""
    word = tokens[end]
    if not word[:1].isalpha():
        return None
    if word[0].isupper():
        name = name_backward(tokens, end)
        if name is None or name.split(" ", 1)[0].lower() in DETERMINERS:
            return None
        start = end - name.count(" ")
        if start > 0 and tokens[start - 1].lower() in FUNCTION_WORDS:
            return None  # "a letter to X, who \u2026,": an object, not the subject
        return ("name", name)
    if not word.islower():
        return None
    for k in range(end - 1, max(-1, end - 5), -1):
        if tokens[k].lower() in DETERMINERS:
            return role(tokens[k].lower(), office_noun(tokens, k + 1, end) or word)
        if not tokens[k].isalpha() or not tokens[k].islower():
            return None
    return None


def day_before_verb(tokens: Sequence[str], j: int) -> int:
    """How many words at ``tokens[j]`` (read backwards) are a day between a subject and
    its verb ("X on Monday said"): 2, else 0."""
    if j >= 2 and tokens[j] in _DAYS and tokens[j - 1].lower() == "on":
        return 2
    return 0


def agent_of_opening(tokens: Sequence[str], k: int) -> bool:
    """Does the name at ``tokens[k]`` follow "by" in a participle phrase set off after
    the noun phrase that opens its sentence ("The plan, announced by X on Monday,
    \u2026")? That agent, not the plan, is the person the sentence brings in."""
    if k < 4 or tokens[k - 1].lower() != _BY:
        return False
    participle = tokens[k - 2]
    if not participle.islower() or not participle.endswith(("ed", "en")):
        return False
    if tokens[k - 3] != ",":
        return False
    first = k - 4
    while first >= 0 and k - 4 - first < _OPENING_SPAN:
        token = tokens[first]
        if token in SENTENCE_END:
            break
        if not token.isalpha():
            return False
        first -= 1
    else:
        if first >= 0:
            return False  # (a longer phrase before the comma: not the opening subject)
    opener = tokens[first + 1] if first + 1 < k - 3 else ""
    return opener.lower() in DETERMINERS and opener[:1].isupper()


def office_opening_words(text: str, low: int, i: int) -> set[str]:
    """The words of an office that opens the sentence and is set off by a comma before
    the name at ``text[i]`` ("The Minister for Housing, Local Government and Heritage and
    local TD, X"): its words, lower case, without function words; empty otherwise."""
    head = text[max(low, i - 200) : i]
    if not head.endswith(", "):
        return set()
    stop = max(head.rfind(mark) for mark in (*SENTENCE_END, "\n"))
    words = head[stop + 1 : -2].split()
    if not 2 <= len(words) <= _OFFICE_SPAN or words[0].lower() not in DETERMINERS:
        return set()
    if not words[0][:1].isupper() or not is_title(words[1].strip(",")):
        return set()
    found: set[str] = set()
    plain = 0  # lower-case words that are no office ("local"); more are a clause
    for word in words[1:]:
        bare = word.strip(",")
        if not bare.isalpha():
            return set()
        low_word = bare.lower()
        if low_word in FUNCTION_WORDS or low_word in DETERMINERS:
            continue
        if bare.islower() and not is_title(bare):
            plain += 1
            if plain > _PLAIN_WORDS:
                return set()
        found.add(low_word)
    return found


def office_opening_person(text: str, low: int, pos: int, role_noun: str) -> str | None:
    """The last person before ``pos`` whom an office opening a sentence describes with
    ``role_noun`` ("The Minister for Housing \u2026 and local TD, X has responded" for
    "the minister"), or None: the person such a sentence brings in is named after the
    office, where the last-person look-up does not take the office as theirs."""
    found = None
    start = max(low, pos - _REACH)
    for match in _SET_OFF_NAME.finditer(text, start, pos):
        if role_noun in office_opening_words(text, low, match.start(1)):
            found = match.group(1)
    return found
