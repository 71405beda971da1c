"""A quotation opening its sentence with no attribution, right after a sentence of
reported speech whose subject is a pronoun: "Abbott said that ... . He also said the
county wastes money. \u201c\u2026\u201d". The quote goes on with what the pronoun's
person was saying, as it goes on after "X said the county wastes money."; the pronoun
stands for whom it would stand for in "\u201c\u2026,\u201d he said" there.

Only when the sentence names nobody after its verb (no capitalised word but its
first), holds no quotation of its own and opens with the pronoun (after at most a
conjunction, or in Russian and Ukrainian an adverb of order: "Zatem on poiasnil
zhurnalistam: raboty prodliatsia do oseni. \u00ab\u2026\u00bb"): "He said Jane Doe
would answer. \u201c\u2026\u201d" and "Asked about it, he said ..." are left alone.
German "Er sagte, die Gemeinde werde \u2026 . \u201e\u2026\u201c" likewise, where a
person is two capitalised name words in a row (every German noun has a capital).
"""

from __future__ import annotations

from .context import Context
from .lexicon import CONJUNCTIONS, PRONOUNS, STOP
from .mark_sets import QUOTE_MARKS_WITH_APOSTROPHE
from .names import is_cyrillic, is_name_word, sentence_start, split_tokens
from .slavic_introductory import SLAVIC_INTRODUCTORY

__all__ = ["pronoun_reporter"]

#: Most words from the pronoun to its speech verb ("He also told reporters").
_MAX_TO_VERB = 3
#: Characters read back for the sentence before the quote, at most.
_WINDOW = 320
_SENTENCE_END = frozenset(".!")
_GERMAN_PRONOUNS = frozenset(("er", "sie"))


def pronoun_reporter(context: Context, pos: int) -> str | None:
    """The person the pronoun opening the sentence right before ``pos`` stands for,
    when that sentence credits the pronoun with speech and names nobody else; None
    otherwise."""
    text = context.text
    j = pos - 1
    while j > context.low and text[j].isspace():
        j -= 1
    if j <= context.low or text[j] not in _SENTENCE_END:
        return None
    start = sentence_start(text, max(context.low, j - _WINDOW), j)
    tokens = split_tokens(text, start, j)
    if len(tokens) < 4 or any(token in QUOTE_MARKS_WITH_APOSTROPHE for token in tokens):
        return None
    k = 1 if tokens[0].lower() in CONJUNCTIONS or _slavic_opener(tokens[0]) else 0
    if k and tokens[1] == ",":
        k = 2  # ("Vmeste s tem, on ...")
    pronoun = tokens[k].lower()
    if pronoun not in PRONOUNS or (k == 0) != tokens[k].istitle():
        return None  # (the pronoun opens the sentence, or follows its conjunction)
    grammar = context.grammar
    for verb_at in range(k + 1, min(len(tokens), k + 2 + _MAX_TO_VERB)):
        if grammar.is_verb(tokens[verb_at]):
            break
    else:
        return None
    subject = grammar.subject_of(tokens, verb_at)
    if subject is None or subject[0] != "pronoun":
        return None
    if _names_someone(tokens[k + 1 :], german=pronoun in _GERMAN_PRONOUNS):
        return None  # someone else named ("He said Jane Doe would answer")
    return context.resolve(subject, start)


def _slavic_opener(word: str) -> bool:
    """Is ``word`` a Russian or Ukrainian adverb of order or an introductory word that
    opens a sentence before its subject ("Zatem on poiasnil: ...", "Takozh vin
    nagolosyv: ...", in Cyrillic)? A closed class, none of them a name."""
    return is_cyrillic(word) and (word in STOP or word in SLAVIC_INTRODUCTORY)


def _names_someone(tokens: list[str], *, german: bool) -> bool:
    """Do the words after the pronoun name a person? Any capitalised word does in
    English; German writes every noun with a capital ("Er sagte, die Gemeinde werde
    das Urteil pr\u00fcfen"), so there only two capitalised name words in a row do
    ("Er sagte, Anna Bauer werde antworten")."""
    if not german:
        return any(token[:1].isupper() for token in tokens)
    return any(
        is_name_word(word) and is_name_word(tokens[i + 1]) for i, word in enumerate(tokens[:-1])
    )
