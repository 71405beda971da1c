"""English names the body gives in part: a person the headline names in full while
the body gives only a surname or a role.

One shape of English news copy, read from the words alone:

* **The headline's label.** A headline of the interview style, "Susan Collins: I do
  not believe ...", names the person whose words lead the piece. The body then often
  calls them by surname only ("Collins said") or by a role ("the Maine Republican
  told CNN"): the surname is completed from the headline's full name, and a role with
  nobody in view stands for the person the headline labels.
* **The first words of a longer name.** A person introduced with several given names
  ("his son, Mere Tane Hohepa Walker,") is then called by the first of them ("says
  Mere Tane"): the run the text first wrote, with no title or acronym in it, is the
  named form, not its last two words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import is_acronym, is_cyrillic, is_name_word, is_title, trim_name

__all__ = ["headline_full_name", "headline_label", "longer_given_run"]

#: Most characters of a headline read (one line); a longer first line is body text.
_MAX_HEADLINE = 300
#: Name words of a headline label, at most ("Te Kaurinui Robert Parata: ...").
_MAX_LABEL_WORDS = 4


def _headline(text: str, low: int) -> str | None:
    """The one line before the body (``text[:low]``), or None."""
    if low <= 0 or low > _MAX_HEADLINE:
        return None
    headline = text[:low].strip()
    return headline if headline and "\n" not in headline else None


def headline_label(text: str, low: int) -> str | None:
    """The person a Latin-script headline of the form "<Full Name>: <words>" labels,
    or None: two to :data:`_MAX_LABEL_WORDS` name words (titles trimmed), then a
    colon."""
    headline = _headline(text, low)
    if headline is None or ":" not in headline:
        return None
    label = headline.split(":", 1)[0].split()
    if not 2 <= len(label) <= _MAX_LABEL_WORDS + 2 or is_cyrillic(label[0]):
        return None
    if not all(is_name_word(w) and not is_acronym(w) for w in label):
        return None
    person = trim_name(label, at_start=True)
    if person is None or " " not in person or len(person.split()) > _MAX_LABEL_WORDS:
        return None
    return person


def headline_full_name(text: str, low: int, surname: str) -> str | None:
    """The one full name of the headline that ends with ``surname`` (Latin script), or
    None: "Collins said" in a body under "Susan Collins: ..." is Susan Collins."""
    headline = _headline(text, low)
    if headline is None or is_cyrillic(surname) or surname not in headline:
        return None
    raw = headline.split()
    words = [w.strip(",.;:!?\"'\u2018\u2019\u201c\u201d()") for w in raw]
    found: set[str] = set()
    for k, word in enumerate(words):
        if word != surname or k == 0:
            continue
        i = k
        # (back over name words, not past a word that ends a phrase: "X: Y Collins")
        while i > 0 and words[i - 1] == raw[i - 1] and is_name_word(words[i - 1]):
            i -= 1
        if i == k:
            continue
        person = trim_name(words[i : k + 1], at_start=i == 0)
        if person is not None and " " in person and person.endswith(" " + surname):
            found.add(person)
    return next(iter(found)) if len(found) == 1 else None


def longer_given_run(name: str, following: Sequence[str]) -> str | None:
    """The whole name when ``name`` (two words or more, Latin script) was written right
    before ``following`` name words and none of them is a title or an acronym: "Mere
    Tane" for "Mere Tane Hohepa Walker". None otherwise (an office read as a name,
    "White House Press Secretary Ana Ruiz", stays for the caller to trim)."""
    words = [*name.split(), *following]
    if not following or len(words) > _MAX_LABEL_WORDS or is_cyrillic(words[0]):
        return None
    if any(is_title(word) or is_acronym(word) for word in words):
        return None
    return " ".join(words)
