"""French words before a quote that make it a speech verb's complement, or that go on
with the clause of the quote before it.

* A speech verb, then an adjunct, then the quote, with no punctuation between
  ("quand le ministre assurait devant les parlementaires « … »", "en déclarant sur
  twitter être « … »"): the quote is what the verb's subject said. The words after
  the quote may open another clause with a subject of its own ("« … », Cantat jugeait
  que …"); that subject is not the speaker. A gerund ("en déclarant") has the subject
  of the sentence's main clause.
* "et que" or "et qu'" and a clause with no speech verb of its own, right after a
  quote ("Il ajoute que « … » et qu'il serait « … »"): a second clause of the same
  speech verb, so the same speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .english_apposition import participle_subject
from .latin_clauses import Attr
from .lexicon import AUX, THAT

__all__ = ["coordinated_that", "verb_leads_in"]

#: Words that open an adjunct between a speech verb and its quoted complement.
_ADJUNCT_OPENERS = frozenset(
    (
        *("devant", "\u00e0", "au", "aux", "aupr\u00e8s", "sur", "dans", "lors", "pendant"),
        *("face", "depuis", "via", "en"),
    )
)
_MAX_ADJUNCT = 5  # words of the adjunct ("devant les parlementaires", "sur son compte X")
_AND = frozenset(("et", "ou", "mais"))
_ELIDED_THAT = ("qu'", "qu\u2019")


def _is_word(token: str) -> bool:
    return token.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()


def verb_leads_in(
    pre: Sequence[str],
    post: Sequence[str],
    is_verb: Callable[[str], bool],
    subject_of: Callable[[Sequence[str], int], Attr | None],
) -> Attr | None:
    """The subject of a speech verb that leads into the quote after ``pre`` across an
    adjunct and no punctuation ("le ministre assurait devant les parlementaires",
    ", en déclarant sur twitter être"): the verb's own subject (``subject_of``), or,
    for a gerund after a comma, the main clause's. None when no such verb ends
    ``pre``, when the words before the quote are punctuated or run longer, or when an
    incise follows the quote (``post``: ", a précisé X", ", ajoute-t-il")."""
    if len(post) > 1 and post[0] == ",":
        after = post[1].lower()
        if is_verb(post[1]) or after in AUX or after.endswith(("-il", "-elle", "-on")):
            return None
    n = len(pre)
    for k in range(n - 2, max(-1, n - 3 - _MAX_ADJUNCT), -1):
        if not is_verb(pre[k]):
            if _is_word(pre[k]):
                continue
            return None
        if pre[k + 1].lower() not in _ADJUNCT_OPENERS or not all(map(_is_word, pre[k + 1 :])):
            return None
        if k >= 2 and pre[k - 1].lower() == "en" and pre[k].endswith("ant"):
            comma = k - 2
            return participle_subject(pre, 0, comma) if pre[comma] == "," else None
        found = subject_of(pre, k)
        return found if found is not None and found[0] in ("name", "pronoun", "role") else None
    return None


def coordinated_that(pre: Sequence[str], is_verb: Callable[[str], bool]) -> bool:
    """Are ``pre``, the words between the quote before and this one, "et que" (or
    "et qu'il serait") and a clause with no speech verb or auxiliary before a verb of
    its own: a second "que" clause of the speech verb that brought in the first?"""
    if not 2 <= len(pre) <= 8 or pre[0].lower() not in _AND:
        return False
    that = pre[1].lower()
    if not (that in THAT or that.startswith(_ELIDED_THAT)):
        return False
    rest = pre[2:] if that in THAT else pre[1:]
    for k, token in enumerate(rest):
        if not _is_word(token):
            return False
        if is_verb(token) or (token.lower() in AUX and k + 1 < len(rest) and is_verb(rest[k + 1])):
            return False
    return True
