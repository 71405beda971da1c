"""The speaker of a quotation that opens its sentence, or its paragraph, with no
attribution, from what ends the words before it: a speech tag after a comma ("\u2026,
she adds. \u201c\u2026\u201d") or a colon ending the paragraph before
("\u2026 he stressed that:" / "\u201c\u2026\u201d"). Each reads one sentence back
(at most ``_WINDOW`` characters).
"""

from __future__ import annotations

from .attribution import Attribution
from .context import Context
from .mark_sets import QUOTE_MARKS
from .names import sentence_start, split_tokens

__all__ = ["colon_before", "tag_before"]

_WINDOW = 320  # characters read back for the sentence, at most
_DASHES = frozenset("\u2014\u2013")
# Most words of a speech tag that ends a sentence of reported speech (", she adds.",
# ", said Dana Cole.", ", the mayor said.").
_MAX_TAG = 4


def tag_before(grammar: Attribution, context: Context, pos: int) -> str | None:
    """The speaker of a quote at ``pos`` that opens its sentence with no
    attribution, when the sentence before it, with no quotation and no other
    speech verb of its own, ends in a speech tag after a comma ("Older weavers
    counted rows with knots, she adds. \u201c\u2026\u201d", "\u2026, Cole
    explains."): reported speech the quote goes on with. A name is that
    person; a pronoun, the one quoted last when nobody came in since. None
    otherwise."""
    text = context.text
    low = context.low
    j = pos - 1
    while j > low and text[j].isspace():
        j -= 1
    if j <= low or text[j] != ".":
        return None
    start = sentence_start(text, low if low > j - _WINDOW else j - _WINDOW, j)
    tokens = split_tokens(text, start, j)
    if "," not in tokens or any(
        not token[0].isalnum() and token in QUOTE_MARKS for token in tokens
    ):
        return None
    comma = len(tokens) - 1 - tokens[::-1].index(",")
    if any(grammar.is_verb(token) for token in tokens[:comma]):
        return None  # "X announced a meeting, Y replied": two people's clauses
    tail = [token for token in tokens[comma + 1 :] if token not in _DASHES]
    if not 2 <= len(tail) <= _MAX_TAG:
        return None
    attr = grammar.after(tail, True)
    if attr is None or attr[0] not in ("name", "pronoun"):
        return None
    if attr[0] == "pronoun":
        # The one quoted last, when nobody came in since (not a person the
        # reported sentence names: "Omar sells the cloth, she adds").
        attr = ("previous", "")
    return context.resolve(attr, start)


def colon_before(
    grammar: Attribution, context: Context, block_start: int, pos: int, n_words: int
) -> str | None:
    """The speaker of a paragraph that is only a quotation, when the paragraph
    before it ends with a colon ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 X
    \u043f\u0440\u043e \u2026:", "he stressed that ...:"):
    that sentence introduces the speech, as one that ends in a colon in the same
    paragraph does."""
    text = context.text
    j = block_start - 1
    while j > context.low and text[j].isspace():
        j -= 1
    if j <= context.low or text[j] != ":":
        return None
    start = sentence_start(text, max(context.low, j - _WINDOW), j)
    start = max(start, text.rfind("\n", context.low, j) + 1)  # (that paragraph's)
    tokens = split_tokens(text, start, j + 1)
    attr = grammar.before(tokens, n_words)
    if attr is None:
        attr = grammar.in_sentence(tokens[:-1], [])
    return context.resolve(attr, pos) if attr is not None else None
