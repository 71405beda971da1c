"""Names on a line of their own, and names the text reuses by their first word.

* **A name line.** A line with only a person's name, perhaps an office before it
  ("Trainer Florian Kohfeldt", "Declan McAleer"): no colon, no comma, no digit, no
  verb. Right under the title (a photo caption or a credit, as the page printed it) it
  names the story's person, whom a surname alone ("McAleer continued:") and a pronoun
  before the body names anyone ("he said:") stand for (:func:`caption_person`). Right above a
  paragraph that opens with a quotation (a match day's voices) it names whose words
  they are (:func:`line_label`). A byline ("By Jane Doe", "Jane Doe, Reuters"), a
  photo credit ("Photo: X", "© X"), a one-word heading ("Liverpool"), a club or a
  place ("Manchester City" is read by the organisation and club nouns), a name line
  over another name line (names stacked above quotations run together) credit nobody.

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

import re
from functools import lru_cache

from .context_words import written_alone
from .label_lines import label_line, line_above
from .names import (
    NAME_LOOKBACK,
    is_acronym,
    is_cyrillic,
    is_name_word,
    is_title,
    name_forward,
    split_tokens,
    trim_name,
)
from .organisation_names import ORGANISATION_HEADS, organisation_run

__all__ = [
    "caption_person",
    "caption_start",
    "caption_surname",
    "first_word_name",
    "line_label",
    "name_line",
]

_MAX_LINE = 60  # characters of a name line (an office and a name)
_MAX_LINE_WORDS = 6
# A character that makes a line more than a name: a colon or comma (a label, a byline
# with its outlet), a digit (a date), brackets, a credit mark, a sentence's end.
_NOT_NAME_LINE = re.compile(r"[:,;\d()\[\]©@/|!?“”„«»\"]|\.$")
_WINDOW = 4000  # characters after a name line read to test its words (a bounded cost)
_CREDIT_WORDS = frozenset(("by", "von", "par", "photo", "foto", "image", "picture", "credit"))
# Nouns that end a club's or a place's name, not a person's ("Manchester City").
_CLUB_HEADS = frozenset(
    ("city", "united", "town", "county", "rovers", "athletic", "albion", "wanderers", "fc")
)

_MAX_OCCURRENCES = 200  # occurrences of the word examined per look-up
_MAX_WORDS = 5  # name words of a run, at most ("Laaulialemalietoa Leuatea Polataivao Fosi Schmidt")
_LEAST_WORDS = 3  # a run of two ("John Gormley" for "John") is the given-name rule's
_HONORIFIC = 3  # letters of a title kept out of a name's run ("Dr", "Mr"), at most
_TRAILING = ",.;:!?)\u2019'\"\u201d\u00bb"


def _run_after(text: str, end: int) -> list[str] | None:
    """The name words written right after ``text[end]`` (a space first), an honorific
    inside the run dropped ("Tuilaepa Dr Sailele Malielegaoi"), or None when an
    acronym or a longer title is in the way ("NATO Secretary General Mark Rutte")."""
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
        if is_title(core.rstrip(".")):
            if len(core.rstrip(".")) > _HONORIFIC:
                return None  # "X Secretary General Y": an office's complement, not a name
            continue  # an honorific inside the name ("Tuilaepa Dr Sailele Malielegaoi")
        out.append(core)
        if core != raw:
            break
    return out


def first_word_name(text: str, low: int, word: str, pos: int) -> str | None:
    """The one long name (three words or more) written before ``pos`` that starts
    with ``word``, or None: "said Leota" after "Leota Laki Lamositele Sio"."""
    if len(word) < 3 or " " in word or is_cyrillic(word) or not is_name_word(word):
        return None
    if is_acronym(word):
        return None  # "NATO said" after "NATO Secretary General Mark Rutte": a body
    start = pos - NAME_LOOKBACK if pos - NAME_LOOKBACK > low else low
    if not _followed_by_capital(text, word, start, pos):
        return None  # (no run can start with the word: the loop below would find none)
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


def _followed_by_capital(text: str, word: str, start: int, pos: int) -> bool:
    """Is ``word`` written somewhere in ``text[start:pos]`` before a space and a
    capital, as every run :func:`_run_after` finds begins? The cheap test first."""
    probe = word + " "
    end = pos + 1  # (the loop reads the space after a word that ends at ``pos``)
    i = text.find(probe, start, end)
    count = 0
    while i >= 0 and count < _MAX_OCCURRENCES:
        count += 1
        after = i + len(probe)
        if after < len(text) and text[after].isupper():
            return True
        i = text.find(probe, i + 1, end)
    return False


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
    return all(w and is_name_word(w) and not is_title(w) for w in words)  # ("" at "  ")


def name_line(line: str, after: str = "") -> str | None:
    """The person a line of only a name names (an office before it dropped), or None
    (see the module docstring). ``after`` is the text under the line: a word of the
    name it writes in lower case is a common noun ("Post-Match Press Conference"),
    and a name it writes before a lower-case office noun is a body ("Sinn Féin
    councillor")."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE or _NOT_NAME_LINE.search(line):
        return None
    words = line.split()
    if not 2 <= len(words) <= _MAX_LINE_WORDS or is_cyrillic(words[0]):
        return None
    if words[0].lower() in _CREDIT_WORDS or not all(w[:1].isupper() for w in words):
        return None
    if any(is_acronym(w) for w in words):
        return None
    last = words[-1].lower()
    if last in _CLUB_HEADS or last in ORGANISATION_HEADS:
        return None
    tokens = split_tokens(line, 0, len(line))
    name, end = name_forward(tokens, 0)
    if name is None or end != len(tokens) or " " not in name:
        return None
    # (A line's first word is no sentence's opening: "Mary Lou McDonald" keeps "Mary".)
    name = trim_name(tokens, at_start=False) or name
    if after and (_common_noun(after, name) or _modifier(after, name)):
        return None
    return name


def _common_noun(after: str, name: str) -> bool:
    return any(written_alone(after, word.lower()) for word in name.split() if word.lower() != word)


def _modifier(after: str, name: str) -> bool:
    """Does ``after`` write ``name`` right before a lower-case office noun?"""
    i = after.find(name)
    count = 0
    while i >= 0 and count < 20:
        count += 1
        rest = after[i + len(name) : i + len(name) + 40].split(None, 1)
        word = rest[0].strip(",.;:") if rest else ""
        if word and word.islower() and is_title(word):
            return True
        i = after.find(name, i + 1)
    return False


def _line_before(text: str, low: int, start: int) -> tuple[int, str] | None:
    """The start and text of the non-blank line right above ``start`` (not before
    ``low``), or None."""
    found = line_above(text, low, start, _MAX_LINE + 20)
    if found is None:
        return None
    begin, end = found
    return begin, text[begin:end]


# One text at a time asks for its caption many times (every name line, every surname
# left alone): the answer is kept for the last few texts (a str caches its hash).
@lru_cache(maxsize=4)
def caption_start(text: str, low: int) -> int:
    """Where the finder's context starts: at a name line right above the first
    paragraph ``low`` when the line is there, and the one line above the body; else
    ``low``."""
    found = _line_before(text, 0, low)
    if found is None or name_line(found[1], text[low : low + _WINDOW]) is None:
        return low
    begin = found[0]
    if text[:begin].strip() and "\n" in text[:begin].strip():
        return low  # (more than a title above it: not the caption under the title)
    return begin


@lru_cache(maxsize=4)
def caption_person(text: str, low: int) -> str | None:
    """The person the name line under the title names (see :func:`caption_start`),
    or None: whom a pronoun stands for before the body names anyone ("Declan McAleer"
    / "Speaking in the Assembly earlier this week, he said: ...")."""
    start = caption_start(text, low)
    if start >= low:
        return None
    return name_line(text[start:low], text[low : low + _WINDOW])


def caption_surname(text: str, low: int, surname: str) -> str | None:
    """The caption's person (:func:`caption_person`) when ``surname`` is the last
    word of their name, or None: "McAleer continued:" under "Declan McAleer"."""
    person = caption_person(text, low)
    if person is None or not person.endswith(" " + surname):
        return None
    return person


def line_label(text: str, low: int, block_start: int) -> str | None:
    """The person the line right above the paragraph at ``block_start`` labels: a
    speaker's label ("Kai Hempel (Cheftrainer)", label_lines.py) or a name line, or
    None when that line stands under another label or name line (names stacked over
    quotations run together pair with none of them). The first paragraph's name
    line may be the caption under the title, above ``low``."""
    low = caption_start(text, low)
    found = _line_before(text, low, block_start)
    if found is None:
        return None
    name = label_line(text, low, block_start) or name_line(
        found[1], text[block_start : block_start + _WINDOW]
    )
    if name is None:
        return None
    above = _line_before(text, low, found[0])
    if above is not None and (
        name_line(above[1]) is not None or label_line(text, low, found[0]) is not None
    ):
        return None
    return name
