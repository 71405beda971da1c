"""The object of an English judgment verb is the person judged, not a speaker.

"Trump was asked why he would continue to criticize Sessions", "the mayor thanked
Chief Ana Ruiz": a verb of praise or blame (Levin's class 33, read as a speech verb so
that "X praised the volunteers. \u201c\u2026\u201d" credits X) takes the person it is about
after it. A say verb inverts its subject there ("\u201c\u2026,\u201d said Ruiz"); a
judgment verb never does.
"""

from __future__ import annotations

from .english_verb_classes import JUDGMENT_BASES, JUDGMENT_PAST
from .lexicon import verb_forms

__all__ = ["object_not_speaker"]

_JUDGMENT_FORMS = verb_forms(*sorted(JUDGMENT_BASES)) | JUDGMENT_PAST


def object_not_speaker(verb: str) -> bool:
    """Is the name after ``verb`` its object rather than an inverted speaker?"""
    return verb in _JUDGMENT_FORMS
