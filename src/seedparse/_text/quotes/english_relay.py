"""A news outlet relaying what someone said: "According to State Police Col. Mike
Hagar, information will be released \u201cas it becomes available,\u201d KTHV-TV
reported." The outlet after the quote reported the words; the person the sentence
opens by crediting them to ("according to X,") said them.

"According to police, ..." names a body and no person: nobody is named then, and
the outlet is not the speaker either. "X said the plan is \u201c\u2026,\u201d WXYZ
reported": the sentence's own speech verb names who spoke, not the outlet. Only with
the outlet's "reported" (or "reports") right after its name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .latin_clauses import Attr
from .lexicon import CONJUNCTIONS
from .names import name_forward

__all__ = ["relayed_source"]

_RELAY_VERBS = frozenset(("reported", "reports"))
#: Most tokens of "the <outlet> reported" read after a quote.
_MAX_OUTLET = 6
#: Most lower-case words of a body "according to" names ("the state police").
_MAX_ROLE_WORDS = 3


def relayed_source(
    pre: Sequence[str], post: Sequence[str], is_verb: Callable[[str], bool], attr: Attr | None
) -> Attr | None:
    """The attribution of a quote whose words after it (``post``) are an outlet's
    "<Name> reported": the person an "according to" clause opening ``pre`` (the
    sentence before the quote) names, nobody (``new-role``) for a body there, or None
    when ``pre`` has a speech verb (``is_verb``) of its own, so that the sentence's
    own subject is looked for. ``attr`` (what the words after the quote gave)
    otherwise."""
    if not pre or not any(token in _RELAY_VERBS for token in post[:_MAX_OUTLET]):
        return attr  # (the cheap test first: most quotes end otherwise)
    if not _outlet_reported(post):
        return attr
    if any(is_verb(token) for token in pre):
        return None  # "X said the plan is \u201c\u2026,\u201d WXYZ reported": X's words
    k = 1 if pre[0].lower() in CONJUNCTIONS else 0
    if len(pre) < k + 4 or pre[k].lower() != "according" or pre[k + 1].lower() != "to":
        return attr
    source, after = name_forward(pre, k + 2)
    if source is not None:
        return ("name", source) if after < len(pre) and pre[after] == "," else attr
    # "According to police, ...": a body or a role with no name; nobody is named, and
    # the outlet is not who said it.
    end = k + 2
    while end < len(pre) and end < k + 2 + _MAX_ROLE_WORDS and pre[end].isalpha():
        if not pre[end].islower():
            return attr
        end += 1
    if end == k + 2 or end >= len(pre) or pre[end] != ",":
        return attr
    return ("new-role", pre[end - 1])


def _outlet_reported(post: Sequence[str]) -> bool:
    """Are the words after a quote an outlet's "<Name> reported" ("KTHV-TV
    reported", "the Daily Ledger reports")?"""
    i = 1 if post[0].lower() == "the" else 0
    outlet, j = name_forward(post, i)
    return outlet is not None and j < len(post) and post[j].lower() in _RELAY_VERBS
