"""Words in marks that a sentence mentions, not speech: names, titles, topics.

Four constructions put a name or a title in marks where nobody speaks:

* a body's name after its legal form or a type noun, nested, with the outer closing
  mark left out as Russian and Ukrainian typesetting does ("концерн «Калашников»"
  written inside the company's marks, their closing one dropped): the pairing leaves
  the outer quote open to the end of the paragraph, swallowing the quotations after
  it; :func:`nested_name_end` finds where the name really ends, so that the paragraph
  is paired again from there (:func:`split_nested_name`), and the attribution after a
  quote reads through a body's name in marks (:func:`tokens_through_body_name`);
* titles in a series, joined by nothing but a comma or a conjunction ("the classic
  opener “Tattoos Fade,” “Zen and the Art of ...” and “My ...”"): :func:`listed_title`;
* a capitalised title as the object of a preposition ("a vibré sur «This is a life»,
  le tube ultime"): :func:`title_after_preposition`;
* topics after a noun for questions and a word that brings in examples ("questions
  such as “…”", "Fragen wie „…“", "вопросы вроде «…»"): :func:`topic_question`.

The first three apply to a quote with no attribution of its own (the caller's check):
"called it “a disgrace” and “an insult”" is credited to its subject and stays a
quotation, and lower-case fragments are never titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .names import split_tokens

__all__ = [
    "listed_title",
    "split_nested_name",
    "title_after_preposition",
    "tokens_through_body_name",
    "topic_question",
]

Pair = tuple[int, int, int, int]

#: Legal forms written before a company's name (Russian and Ukrainian, and the German
#: and French ones of the same construction), matched as the whole word.
LEGAL_FORMS = frozenset(
    (
        *(
            "\u041e\u041e\u041e",
            "\u041e\u0410\u041e",
            "\u0417\u0410\u041e",
            "\u0410\u041e",
            "\u041f\u0410\u041e",
            "\u041d\u0410\u041e",
            "\u0413\u041a",
            "\u041d\u041f\u041e",
            "\u0424\u0413\u0423\u041f",
            "\u0413\u0423\u041f",
            "\u041c\u0423\u041f",
        ),
        *(
            "\u0422\u041e\u0412",
            "\u041f\u0440\u0410\u0422",
            "\u041f\u0410\u0422",
            "\u0410\u0422",
            "\u0412\u0410\u0422",
            "\u0417\u0410\u0422",
            "\u0422\u0414\u0412",
            "\u0414\u041f",
            "\u041a\u041f",
            "\u041f\u041f",
            "\u0424\u0413",
            "\u0421\u041f",
        ),
        *("GmbH", "AG", "SA", "SAS", "SARL"),
    )
)
#: Beginnings of type nouns for a body, any case ending (Russian "компании",
#: Ukrainian "підприємства", French "société", German "Firma").
TYPE_NOUN_STEMS: tuple[str, ...] = (
    *(
        "\u043a\u043e\u043c\u043f\u0430\u043d\u0438",
        "\u043a\u043e\u043c\u043f\u0430\u043d\u0456",
        "\u043a\u043e\u043d\u0446\u0435\u0440\u043d",
        "\u0437\u0430\u0432\u043e\u0434",
        "\u0444\u0430\u0431\u0440\u0438\u043a",
        "\u0433\u0440\u0443\u043f\u043f",
        "\u0433\u0440\u0443\u043f",
        "\u0445\u043e\u043b\u0434\u0438\u043d\u0433",
    ),
    *(
        "\u043a\u043e\u0440\u043f\u043e\u0440\u0430\u0446\u0438",
        "\u043a\u043e\u0440\u043f\u043e\u0440\u0430\u0446\u0456",
        "\u043e\u0431\u0449\u0435\u0441\u0442\u0432",
        "\u0442\u043e\u0432\u0430\u0440\u0438\u0441\u0442\u0432",
        "\u043f\u0456\u0434\u043f\u0440\u0438\u0454\u043c",
        "\u043f\u0440\u0435\u0434\u043f\u0440\u0438\u044f\u0442\u0438",
    ),
    *(
        "\u0431\u0430\u043d\u043a",
        "\u0444\u0438\u0440\u043c",
        "\u0444\u0456\u0440\u043c",
        "\u0430\u0433\u0440\u043e\u0444\u0438\u0440\u043c",
        "\u0430\u0433\u0440\u043e\u0444\u0456\u0440\u043c",
        "\u0433\u043e\u0441\u043f\u043e\u0434\u0430\u0440\u0441\u0442\u0432",
        "\u0445\u043e\u0437\u044f\u0439\u0441\u0442\u0432",
    ),
    *(
        "\u043a\u043e\u043c\u0431\u0438\u043d\u0430\u0442",
        "\u043a\u043e\u043c\u0431\u0456\u043d\u0430\u0442",
        "\u043e\u0431\u044a\u0435\u0434\u0438\u043d\u0435\u043d\u0438",
        "\u043e\u0431\u2019\u0454\u0434\u043d\u0430\u043d\u043d",
        "\u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438",
        "\u043e\u0440\u0433\u0430\u043d\u0456\u0437\u0430\u0446\u0456",
    ),
    *("soci\u00e9t\u00e9", "entreprise", "groupe", "firma", "unternehmen", "konzern"),
)
# The opening and closing marks of a nested name, by the outer opening mark.
_NESTED = {"\u00ab": ("\u00ab", "\u00bb"), "\u201e": ("\u201e", "\u201c")}
_MAX_NAME = 80  # characters of a nested name, at most
_SENTENCE_MARKS = frozenset(".!?\u2026;:")
_WORD_BEFORE = re.compile("([\\w\u2019'-]+)\\s*$")


def _names_a_body(text: str, open_: int) -> bool:
    """Is the word right before the mark at ``open_`` a legal form or a type noun?"""
    match = _WORD_BEFORE.search(text, max(0, open_ - 40), open_)
    if match is None:
        return False
    word = match.group(1)
    return word in LEGAL_FORMS or word.lower().startswith(TYPE_NOUN_STEMS)


def nested_name_end(text: str, pair: Pair, block_end: int) -> int | None:
    """Where the name the quote ``pair`` opens with ends: after the closing mark of a
    nested name, when a legal form or a type noun comes before the outer mark, the
    nested mark opens after a word or more, nothing of a sentence is inside, and the
    quote runs on to ``block_end`` or closes after another quote it swallowed. None
    for any other quote."""
    open_, inner_start, inner_end, close_end = pair
    marks = _NESTED.get(text[open_])
    if marks is None or not _names_a_body(text, open_):
        return None
    opener, closer = marks
    limit = min(block_end, inner_start + _MAX_NAME)
    close_at = text.find(closer, inner_start, limit)
    if close_at < 0:
        return None
    inside = text[inner_start:close_at]
    nested = inside.find(opener)
    if nested <= 0 or inside.count(opener) != 1 or not inside[:nested].strip():
        return None
    if any(c in _SENTENCE_MARKS for c in inside) or not inside[nested + 1 :].strip():
        return None
    if close_end != block_end and text.find(opener, close_at, inner_end) < 0:
        return None  # (closed after the name, no quote swallowed: the marks were right)
    return close_at + 1


def split_nested_name(
    text: str,
    pairs: list[Pair],
    block_end: int,
    repair: Callable[[int, int], list[Pair] | None],
) -> list[Pair]:
    """``pairs`` with a last quote that is a nested name whose outer mark is left out
    (:func:`nested_name_end`) dropped, and the rest of the block paired again by
    ``repair(start, end)``: the name is no quotation, the quotations after it are."""
    if not pairs:
        return pairs
    name_end = nested_name_end(text, pairs[-1], block_end)
    if name_end is None:
        return pairs
    return pairs[:-1] + (repair(name_end, block_end) or [])


# A series of quoted items: a comma, a conjunction or both between a closing mark and
# the next opening mark (the comma inside the closing mark, the American style, too).
_CONJUNCTIONS = (
    "(?:and|or|et|ou|und|oder|sowie"
    "|\u0438|\u0438\u043b\u0438|\u0456|\u0442\u0430|\u0439|\u0430\u0431\u043e)"  # (ru, uk)
)
_JOINED_BEFORE = re.compile(
    '(?:,[\u201d"]\\s*|[\u201d\u00bb\u201c"]\\s*,\\s*|[\u201d\u00bb\u201c"],?\\s*'
    + _CONJUNCTIONS
    + "\\s+)$"
)
_JOINED_AFTER = re.compile("(?:\\s*,\\s*|,?\\s*" + _CONJUNCTIONS + '\\s+)[\u201c\u00ab\u201e"]')
_OPENS_NEXT = re.compile('\\s*[\u201c\u00ab\u201e"]')


def _plain_title(stripped: str) -> bool:
    """Is ``stripped`` capitalised, with no sentence mark inside (one trailing comma,
    the American style, allowed)?"""
    words = stripped.rstrip(",")
    return bool(words) and words[0].isupper() and not any(c in _SENTENCE_MARKS for c in words)


def listed_title(text: str, open_: int, close_end: int, block_end: int, stripped: str) -> bool:
    """Is the quote a capitalised title joined to another quote by only a comma or a
    conjunction ("“Tattoos Fade,” “Zen and the Art of ...” and “My ...”")?"""
    if not _plain_title(stripped):
        return False
    if _JOINED_BEFORE.search(text, max(0, open_ - 12), open_) is not None:
        return True
    after = _OPENS_NEXT if stripped.endswith(",") else _JOINED_AFTER
    return after.match(text, close_end, min(block_end, close_end + 14)) is not None


#: Prepositions a title follows as their object ("sur", "avec", "on", "mit").
PREPOSITIONS = frozenset(
    (
        *("sur", "par", "avec", "dans", "pour"),
        *("on", "with", "from"),
        *("mit", "auf", "bei", "aus"),
    )
)


def title_after_preposition(pre: Sequence[str], stripped: str, n_words: int) -> bool:
    """Is the quote a capitalised title of two to eleven words with no sentence mark
    inside, right after a preposition ("a vibré sur «This is a life», le tube")?"""
    if not pre or pre[-1].lower() not in PREPOSITIONS or not 2 <= n_words <= 11:
        return False
    return _plain_title(stripped) and not stripped.endswith(",")


# A short name in marks with no sentence mark in it (the name of a body).
_BODY_NAME = re.compile(
    '[\u00ab\u201e\u201c"]([^\u00ab\u00bb\u201e\u201c\u201d"\n.!?\u2026;:]{1,60})[\u00bb\u201c\u201d"]'
)
_NEXT_MARK = re.compile('[\u00ab\u201e\u201c\u201d"]')


def tokens_through_body_name(text: str, start: int, next_open: int, limit: int) -> list[str] | None:
    """The tokens of ``text[start:limit]`` without a body's name in marks at
    ``next_open`` and the legal form or type noun before it ("… генеральный директор
    <legal form> «Калашников» Дмитрий Тарасов" reads "… директор Дмитрий Тарасов"), so
    that the attribution after a quote reads through it; None when the mark at
    ``next_open`` opens no such name."""
    if not _names_a_body(text, next_open):
        return None
    name = _BODY_NAME.match(text, next_open)
    if name is None or name.end() > limit:
        return None
    words = name.group(1).split()
    if not words or not words[0][:1].isupper() or len(words) > 5:
        return None
    following = _NEXT_MARK.search(text, name.end(), limit)
    stop = following.start() if following is not None else limit
    before = split_tokens(text, start, next_open)
    if before and (before[-1] in LEGAL_FORMS or before[-1].lower().startswith(TYPE_NOUN_STEMS)):
        before = before[:-1]
    return [*before, *split_tokens(text, name.end(), stop)]


# A noun for questions or topics followed by a word that brings in examples
# ("questions such as", "Fragen wie", "des questions comme", "вопросы вроде",
# "питання на кшталт"): the quoted items after it are what was asked about.
_TOPIC_LEAD = re.compile(
    "(?i)(?<!\\w)(?:questions?|issues|topics|fragen|frage|themen|sujets"
    "|\u0432\u043e\u043f\u0440\u043e\u0441\\w*"  # vopros-
    "|\u0442\u0435\u043c[\u0430\u0438\u044b\u0443\u0435](?!\\w)"  # tema, temy
    "|\u043f\u0438\u0442\u0430\u043d\u043d\\w*"  # pytannia
    "|\u0437\u0430\u043f\u0438\u0442\u0430\u043d\u043d\\w*)"  # zapytannia
    ",?\\s+(?:such\\s+as|like|wie|etwa|comme|tel(?:le)?s\\s+que"
    "|\u0432\u0440\u043e\u0434\u0435|\u0442\u0438\u043f\u0430"  # vrode, tipa
    "|\u043a\u0430\u043a"  # kak
    "|\u043d\u0430\\s+\u043a\u0448\u0442\u0430\u043b\u0442"  # na kshtalt
    "|\u043d\u0430\\s+\u0437\u0440\u0430\u0437\u043e\u043a"  # na zrazok
    "|\u044f\u043a-\u043e\u0442)\\s*$"  # iak-ot
)
_OPENERS = '\u201c\u00ab\u201e"'
_MAX_SERIES = 4  # quoted items walked back over, at most


def topic_question(text: str, open_: int, low: int) -> bool:
    """Does the quote at ``open_`` (or the series of quoted items it ends, joined by
    commas and conjunctions) follow a noun for questions or topics and a word that
    brings in examples ("questions such as “…” and “…”", "Fragen wie „…“")? Such
    items are what was asked about, nobody's words."""
    pos = open_
    for _ in range(_MAX_SERIES):
        if _TOPIC_LEAD.search(text, max(low, pos - 60), pos) is not None:
            return True
        joined = _JOINED_BEFORE.search(text, max(low, pos - 12), pos)
        if joined is None:
            return False
        reach = max(low, joined.start() - 200)
        previous = max(text.rfind(mark, reach, joined.start()) for mark in _OPENERS)
        if previous < low:
            return False
        pos = previous
    return False
