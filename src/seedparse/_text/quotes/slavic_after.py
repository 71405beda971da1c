"""Russian and Ukrainian verbs that credit a quote to their subject only in the place
right after it, past the dash ("\u201c\u2026\u201d, \u2014
\u043f\u0456\u0434\u043f\u0438\u0441\u0430\u043b\u0430 X \u0432\u0456\u0434\u0435\u043e":
she captioned her video with the words). Elsewhere the same verbs take a document
("\u043f\u0456\u0434\u043f\u0438\u0441\u0430\u0432 \u0437\u0430\u043a\u043e\u043d
\u00ab\u041f\u0440\u043e \u2026\u00bb" signs the law of that title), so they are not in
the speech verbs the finder reads on both sides of a quote."""

from __future__ import annotations

from collections.abc import Sequence

from ..dash_lines import DASHES

__all__ = ["DASH_ONLY_VERBS", "dash_verb"]


#: Past-tense forms of "to caption, to sign (a post) with": Russian
#: "\u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b(\u0430, \u0438)", Ukrainian
#: "\u043f\u0456\u0434\u043f\u0438\u0441\u0430\u0432 (\u043b\u0430, \u043b\u0438)".
DASH_ONLY_VERBS: frozenset[str] = frozenset(
    {
        "\u043f\u043e\u0434\u043f\u0438\u0441\u0430" + end
        for end in ("\u043b", "\u043b\u0430", "\u043b\u0438")
    }
    | {
        "\u043f\u0456\u0434\u043f\u0438\u0441\u0430" + end
        for end in ("\u0432", "\u043b\u0430", "\u043b\u0438")
    }
)


def dash_verb(tokens: Sequence[str], i: int) -> bool:
    """Is ``tokens[i]``, the first word after a quote, one of :data:`DASH_ONLY_VERBS`
    with the dash of the Russian and Ukrainian attribution right before it
    (``tokens`` being the words after the closing mark: ", \u2014 verb X")?"""
    return i > 0 and tokens[i - 1] in DASHES and tokens[i] in DASH_ONLY_VERBS
