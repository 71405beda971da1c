"""The person a headline makes the subject of its clause, for a role noun that comes
before the body names anyone: "Escouade des crimes haineux: Labeaume refuse de faire
du spectacle" over "« … », a commenté le maire de Québec vendredi".

A definite role noun with nobody in view stands for the person the headline labels
("<Full Name>: …", :func:`~.english_names.headline_label`). A headline also names its
person as the subject of its verb, after a colon or at its start: a surname or a full
name, then a lower-case word. Only a person the body calls with a courtesy title
("M. Labeaume", "Mme Roy", "Mr. Doe") counts, or a full name the body writes again:
a place or a body is the subject of many headlines ("Québec refuse de payer") and
takes no title. Or a subject the body never writes again, in any case form
(:mod:`.unrepeated_subject`): the story names a place again, a person it may call by
the office alone.
"""

from __future__ import annotations

import re

from .english_names import headline_label
from .names import is_acronym, is_name_word, is_title, trim_name
from .unrepeated_subject import not_written_again

__all__ = ["headline_person"]

_MAX_HEADLINE = 300  # characters of a headline read (one line)
_MAX_NAME = 3  # name words of the headline's subject
_COURTESY = ("M.", "Mme", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms")


def headline_person(text: str, low: int) -> str | None:
    """The person the headline over the body (``text[:low]``) labels, else the one it
    makes its subject, when the body calls them with a courtesy title or writes the
    full name again; None otherwise."""
    labelled = headline_label(text, low)
    if labelled is not None or not 0 < low <= _MAX_HEADLINE:
        return labelled
    headline = text[:low].strip()
    if not headline or "\n" in headline:
        return None
    clause = headline.rsplit(":", 1)[-1].split()
    run: list[str] = []
    for word in clause:
        if not is_name_word(word) or is_acronym(word):
            break
        run.append(word)
    if not run or len(run) > _MAX_NAME or len(run) == len(clause):
        return None
    if not clause[len(run)][:1].islower() or any(is_title(w) for w in run):
        return None
    name = trim_name(run, at_start=True) if len(run) > 1 else run[0]
    if name is None:
        return None
    surname = re.escape(name.rsplit(" ", 1)[-1])
    body = text[low:]
    courtesy = "|".join(re.escape(c) for c in _COURTESY)
    if re.search(rf"(?<!\w)(?:{courtesy}) {surname}(?!\w)", body):
        return name
    if " " in name and name in body:
        return name
    rest = clause[len(run) :]
    return name if not_written_again(name, body, rest) else None
