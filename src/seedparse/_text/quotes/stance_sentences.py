"""A sentence that names a person and how they feel, right before a quotation that
opens its own sentence: "Fabian X, Captain der Young Boys, ist mit der Leistung seines
Teams zufrieden. «…»", "Trainerin Y zeigte sich enttäuscht. „…“". German news copy
introduces a speaker's words so, with no speech verb: the quote says why.

Only when the sentence opens with the full name (an office before it, an appositive
between commas after it), its verb is a copula ("ist", "war", "zeigte sich") and it
ends with an adjective of feeling or judgement (:data:`STANCE_WORDS`), holding no
quotation of its own: "X ist verletzt. „…“" (a state, not a stance) and "Die
Mannschaft ist zufrieden. „…“" (no person) are left alone.
"""

from __future__ import annotations

from .context import Context
from .mark_sets import QUOTE_MARKS_WITH_APOSTROPHE
from .names import is_title, name_forward, sentence_start, split_tokens

__all__ = ["STANCE_WORDS", "stance_speaker"]

#: Adjectives of a speaker's feeling or judgement that end such a sentence.
STANCE_WORDS = frozenset(
    (
        *("zufrieden", "unzufrieden", "hochzufrieden", "entt\u00e4uscht", "froh"),
        *("gl\u00fccklich", "stolz", "begeistert", "erleichtert", "zuversichtlich"),
        *("optimistisch", "skeptisch", "ver\u00e4rgert", "emp\u00f6rt", "entschlossen"),
        *("\u00fcberzeugt", "ersch\u00fcttert", "besorgt", "traurig", "dankbar"),
        *("selbstkritisch", "kritisch", "gelassen", "ern\u00fcchtert", "sauer"),
    )
)
_COPULAS = frozenset(("ist", "war", "zeigte", "zeigt", "gab", "gibt", "wirkte", "wirkt"))
_WINDOW = 320  # characters read back for the sentence
_MAX_PREDICATE = 8  # words between the copula and the adjective ("mit der Leistung …")
_SENTENCE_END = frozenset(".!")


def stance_speaker(context: Context, pos: int) -> str | None:
    """The person the sentence right before ``pos`` names with their stance ("X ist
    zufrieden."), completed from the text before; None when that sentence is not one."""
    text = context.text
    j = pos - 1
    while j > context.low and text[j].isspace():
        j -= 1
    if j <= context.low or text[j] not in _SENTENCE_END:
        return None
    # (A paragraph's first sentence starts after the line above: a heading there
    # ends in no period.)
    line = text.rfind("\n", context.low, j) + 1
    start = sentence_start(text, max(context.low, line, j - _WINDOW), j)
    tokens = split_tokens(text, start, j)
    if len(tokens) < 3 or tokens[-1].lower() not in STANCE_WORDS:
        return None
    if any(token in QUOTE_MARKS_WITH_APOSTROPHE for token in tokens):
        return None
    k = 1 if tokens[0][:1].isupper() and is_title(tokens[0]) else 0
    name, after = name_forward(tokens, k)
    if name is None or " " not in name:
        return None
    if after < len(tokens) and tokens[after] == ",":
        # "X, Captain der Young Boys, ist …": an appositive up to its closing comma.
        close = after + 1
        while close < len(tokens) and close < after + 10 and tokens[close] != ",":
            close += 1
        if close >= len(tokens) or tokens[close] != ",":
            return None
        after = close + 1
    if after >= len(tokens) or tokens[after].lower() not in _COPULAS:
        return None
    if len(tokens) - 1 - after > _MAX_PREDICATE or "," in tokens[after:]:
        return None
    return context.resolve(("name", name), start)
