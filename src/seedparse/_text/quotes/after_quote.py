"""Speakers given after a quotation, outside its own sentence, in three shapes the
attribution grammar does not read:

* **A caption.** Quote-of-the-week columns and sayings pages print each quotation as a
  paragraph and its speaker under it, or after it in parentheses or after a dash, with
  no speech verb: "\u201c\u2026\u201d" / "Manchester City manager Pep Guardiola after
  the game", "\u00ab\u2026\u00bb (Bayern-Trainer Hansi Flick)", "\"\u2026\" - Ivan
  Rakitic, milieu de terrain du FC Barcelone". The caption is an optional office or
  affiliation, one person's full name, then nothing, an apposition after a comma, or a
  phrase opened by a preposition (a present-tense verb only when an office introduced
  the name, as headlines write). A line that is a sentence of its own ("Police said the
  man \u2026", "Manchester City won \u2026": a name and a verb), a topic line ending in
  a colon, a line opening with an article or a preposition, and a caption that names a
  second person credit nobody.
* **An anaphoric sentence in the next paragraph.** "\u00ab\u2026\u00bb" / "\u041f\u0440\u043e
  \u0446\u0435 \u0441\u043a\u0430\u0437\u0430\u0432 X \u2026", "Das sagte X", "C'est ce
  qu'a d\u00e9clar\u00e9 X", "So said X", "That was the message from X": the paragraph
  after a paragraph that is only a quotation opens by crediting it. Only a named person
  is taken (not an office, an outlet or a document: "\u041f\u0440\u043e \u0446\u0435
  \u0439\u0434\u0435\u0442\u044c\u0441\u044f \u0432 \u0443\u043a\u0430\u0437\u0456").
* **A dash and a verb outside the list.** In Russian and Ukrainian the author's words
  after direct speech follow a comma and a dash and open with the verb (Rosenthal;
  the Ukrainian orthography of 2019 on direct speech):
  "\u00ab\u2026\u00bb, \u2013 \u0436\u0430\u0440\u0442\u0443\u0454
  \u041c\u0430\u0439\u043a\u043b \u0429\u0443\u0440." The construction says it is an
  attribution whatever the verb, so a finite verb form (by its ending) there takes its
  subject after it; a noun phrase after the dash ("\u2013 \u0441\u043b\u043e\u0432\u0430
  \u2026") is no verb.

Pure functions of the text; each reads one line or one sentence after a quotation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..dash_lines import DASHES
from .label_lines import label_line
from .latin_clauses import Attr
from .lexicon import CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, OF_WORDS
from .mark_sets import QUOTE_MARKS
from .names import first_sentence_end, is_acronym, is_cap, is_cyrillic, name_forward, split_tokens
from .offices import named_after_office
from .quote_state import Quote
from .slavic_words import SLAVIC_PREPOSITIONS
from .speech_verbs import word_set

if TYPE_CHECKING:
    from .attribution import Attribution
    from .context import Context

__all__ = [
    "after_quote_speaker",
    "anaphoric_speaker",
    "caption_speaker",
    "dash_verb_speaker",
    "inverted_verb_speaker",
]

_MAX_CAPTION = 240  # characters of a caption (a name, an office, a short phrase)
_MAX_WORDS = 36
_MAX_SENTENCE = 400  # characters of the next paragraph read for its first sentence
_COMPOUND_OFFICE = 7  # letters of an office after a hyphen ("-Trainer"; "Jean-Marie": a name)
# Words that open the phrase after the name in a caption: prepositions, and the
# subordinators of a caption's circumstance ("after his side won", "nach dem 3:0").
_LINKS = word_set(
    "after on about at before during following when as with against over for in nach "
    "\u00fcber zu zum zur vor beim bei auf im mit gegen apr\u00e8s sur \u00e0 au aux avant "
    "lors en contre pour \u00e0-propos \u043f\u0456\u0441\u043b\u044f \u043f\u0440\u043e "
    "\u043d\u0430 \u0432 \u0443 \u043f\u043e\u0441\u043b\u0435 \u043e \u043e\u0431 "
    "\u0432\u043e"
)
# Articles and their French contractions: a capitalised run after one names a thing
# ("the FA Cup", "au The Best"), not a second person.
# (German contractions too: "zur Bedeutung von Platz eins", "zum Dribbling".)
_ARTICLES = DETERMINERS | word_set("au aux du des the der die das dem den le la les zum zur vom am")
# Prepositions of the place or the opponent of a match ("nach dem 3:0 bei Eintracht
# Frankfurt", "against Real Madrid"): a capitalised run after one is a team or a place.
_PLACE_LINKS = word_set("bei gegen beim im in at against vs versus contre face")
# Finite verbs and copulas that make a caption a sentence of its own.
_SENTENCE_VERBS = word_set(
    "is was were are has had have will would said told says tells ist war waren sind hat "
    "hatte wird wurde sagte sagt est \u00e9tait sont ont avait dit won lost came went made "
    "got took gave left"
)
# The last words of a sports club's name ("Manchester City", "Hertha BSC" has an
# acronym): a caption's name ending in one is the club, not a person.
_CLUB_HEADS = word_set("club fc sc united city town rovers athletic wanderers albion")
# The ending of English past tenses: a caption's name followed by one is a sentence.
_PAST = ("ed",)


def _stop_word(word: str) -> bool:
    low = word.lower()
    return low in FUNCTION_WORDS or low in _ARTICLES or low in OF_WORDS or low in CONJUNCTIONS


def _caption_tokens(tokens: Sequence[str]) -> list[str]:
    """A caption's words without its final period and without a trailing source in
    parentheses ("(FIFA.com)", "(TSN)"); empty when a sentence ends inside it."""
    body = list(tokens[:-1] if tokens and tokens[-1] == "." else tokens)
    if len(body) > 3 and body[-1] == ")" and "(" in body[1:]:
        at = len(body) - 1 - body[::-1].index("(")
        if at > 1:
            body = body[:at]
    return [] if any(t in (".", "!", "?") for t in body) else body


def _lower_word(token: str) -> bool:
    return token[0].isalpha() and token.islower() and all(c.isalpha() or c in "-'" for c in token)


def _office_word(token: str) -> bool:
    """A lowercase word of an office or a job ("coach", "co-coach"), not a link."""
    return _lower_word(token) and not _stop_word(token) and token not in _LINKS


def _name_at(tokens: Sequence[str], k: int) -> tuple[str | None, int]:
    """The name at ``tokens[k]`` and the index after it, an office glued before it cut
    off ("Bayern-Trainer Hansi Flick", "Gladbachs Mittelfeldakteur X": German
    capitalises the office's nouns too)."""
    name, after = name_forward(tokens, k)
    if name is None or name.count(" ") < 2:
        return name, after
    first, rest = name.split(" ", 1)
    if "-" in first and len(first.rsplit("-", 1)[1]) >= _COMPOUND_OFFICE and " " in rest:
        return rest, after  # "Eintracht-Sportvorstand Fredi Bobic": a club's office
    for j in range(k, after - 2):
        office = named_after_office(tokens, j)
        if office is not None and office != name and name.endswith(office):
            return office, after
    return name, after


def quote_caption_person(tokens: Sequence[str], is_verb: Callable[[str], bool]) -> str | None:
    """The one person a caption names (see the module docstring); "" when it names
    a second one too; None when it is no caption."""
    n = len(tokens)
    if not n or n > _MAX_WORDS or not is_cap(tokens[0]) or _stop_word(tokens[0]):
        return None
    if any(t in QUOTE_MARKS or t in _SENTENCE_VERBS or is_verb(t) for t in tokens):
        return None
    person: str | None = None
    office = False  # an office's word before the name ("manager Pep Guardiola")
    k = 0
    while k < n:
        token = tokens[k]
        if token[0].isalpha() and is_cap(token):
            name, after = _name_at(tokens, k)
            if name is None:
                return None
            person, k = name, max(after, k + 1)
            m = k
            while m < n and m < k + 3 and _office_word(tokens[m]):
                m += 1
            if k < m < n and is_cap(tokens[m]) and tokens[m][0].isalpha():
                # "Ohio State football coach Woody Hayes": an affiliation, the words of
                # an office, then the name.
                k, office = m, True
                continue
            break
        if _office_word(token):
            k, office = k + 1, True  # an office before the name ("co-coach", "entra\u00eeneur")
            continue
        return None
    if person is None or person.rsplit(" ", 1)[-1].lower() in _CLUB_HEADS:
        return None
    rest = tokens[k:]
    if rest:
        head = rest[0]
        if head in (",", "(") or head.lower() in _LINKS:
            pass
        elif _lower_word(head) and office and not head.endswith(_PAST):
            pass  # "manager Pep Guardiola plays down his influence": a headline's verb
        else:
            return None
    for token in rest:  # "Jane Doe, 45, of Springfield, died on Sunday": a sentence
        if token.lower() in _LINKS:
            break
        if _lower_word(token) and token.endswith(_PAST):
            return None
    return "" if _second_person(rest) else person


def _second_person(tokens: Sequence[str]) -> bool:
    """Does the rest of a caption name another person: a run of two capitalised name
    words or more, not after an article or a preposition of place and with no acronym
    in it?"""
    n = len(tokens)
    k = 0
    while k < n:
        token = tokens[k]
        if token[0].isalpha() and is_cap(token):
            name, after = name_forward(tokens, k)
            after = max(after, k + 1)
            if (
                name is not None
                and " " in name
                and not (k and tokens[k - 1].lower() in _ARTICLES)
                and not (k and tokens[k - 1].lower() in _PLACE_LINKS)
                and not any(is_acronym(w) for w in tokens[k:after])
            ):
                return True
            k = after
        else:
            k += 1
    return False


def _unbracketed(tokens: list[str]) -> list[str]:
    """A caption in parentheses without them ("(Bayern-Trainer X)", "(X \u2026.)")."""
    if not tokens or tokens[0] != "(":
        return tokens
    inner = tokens[1:]
    if inner and inner[-1] == ".":
        inner = inner[:-1]
    if not inner or inner[-1] != ")":
        return []
    inner = inner[:-1]
    return [] if ")" in inner or "(" in inner else inner


def caption_speaker(
    text: str, close_end: int, block_end: int, high: int, is_verb: Callable[[str], bool]
) -> str | None:
    """The person named by the caption of a quotation that opens its block and ends at
    ``close_end``: the rest of the block ("\u00bb (Trainer X)", "\" - X, role",
    "\u201d X, a former receiver") or, when the quotation is all of its block, the
    next line before ``high`` ("\u201d" / "Manchester City manager X after \u2026")."""
    rest = text[close_end:block_end].strip()
    if rest and rest not in (".", ","):
        if len(rest) > _MAX_CAPTION or rest[0] == ",":
            return None  # (", said X": an attribution; a comma opens no caption)
        tokens = split_tokens(text, close_end, block_end)
        marked = bool(tokens) and (tokens[0] in DASHES or tokens[0] == "(")
        if tokens and tokens[0] in DASHES:
            tokens = tokens[1:]  # (", \u2013 verb X" opens with a comma: no caption)
        tokens = _caption_tokens(_unbracketed(tokens))
        person = quote_caption_person(tokens, is_verb)
        if person is None and marked and _second_person(tokens):
            return ""  # a caption naming someone the rules cannot read: not the last one
        return person
    start = block_end
    while start < high and text[start].isspace():
        start += 1
    end = text.find("\n", start, high)
    end = high if end < 0 else end
    line = text[start:end].strip()
    if not line or len(line) > _MAX_CAPTION or line.endswith(":"):
        return None
    if label_line(text, start, end) is not None:
        return None  # "X (coach of Y)": the label of the paragraph under it
    tokens = _caption_tokens(_unbracketed(split_tokens(text, start, end)))
    if all(is_cap(t) for t in tokens) and text[end : end + _MAX_CAPTION].strip():
        return None  # a name alone over more text: the heading of what follows
    return quote_caption_person(tokens, is_verb)


# ---------------------------------------------------------------- the next paragraph

_GERMAN_PRONOUNS = frozenset(("das", "dies", "dieses"))
_FRENCH_OPENING = ("c'est", "c\u2019est")
_FRENCH_RELATIVE = ("qu'a", "qu\u2019a")
# Nouns of the medium a person spoke in or to ("in an interview with X"): a name after
# one is the outlet's.
_MEDIA = frozenset(
    [
        "interview",
        "\u0456\u043d\u0442\u0435\u0440\u0432'\u044e",
        "\u0456\u043d\u0442\u0435\u0440\u0432\u2019\u044e",
        "\u0438\u043d\u0442\u0435\u0440\u0432\u044c\u044e",
        "\u0435\u0444\u0456\u0440\u0456",
        "\u044d\u0444\u0438\u0440\u0435",
        "\u0442\u0435\u043b\u0435\u043a\u0430\u043d\u0430\u043b\u0443",
        "\u0432\u0438\u0434\u0430\u043d\u043d\u044e",
        "\u0438\u0437\u0434\u0430\u043d\u0438\u044e",
        "\u0433\u0430\u0437\u0435\u0442\u0456",
        "\u0433\u0430\u0437\u0435\u0442\u0435",
    ]
)
_ENGLISH_MESSAGES = frozenset(("message", "messages", "words", "word", "verdict", "view"))


def anaphoric_speaker(
    tokens: Sequence[str],
    is_verb: Callable[[str], bool],
    speaker_after_verb: Callable[[Sequence[str], int], Attr | None],
    reported_next: Callable[[Sequence[str]], Attr | None],
) -> str | None:
    """The person the first sentence ``tokens`` of a paragraph credits with the
    quotation that was all of the paragraph before it (see the module docstring)."""
    n = len(tokens)
    if n < 3:
        return None
    first, second = tokens[0].lower(), tokens[1].lower()
    found: Attr | None = None
    if is_cyrillic(tokens[0]):
        found = reported_next(tokens)
    elif first in _GERMAN_PRONOUNS and is_verb(tokens[1]):
        found = speaker_after_verb(tokens, 2)  # "Das sagte X", "Dies erkl\u00e4rte X"
    elif first == "so" and is_verb(tokens[1]):
        found = speaker_after_verb(tokens, 2)  # "So said X"
    elif first in _FRENCH_OPENING and second == "ce" and n > 4:
        if tokens[2].lower() in _FRENCH_RELATIVE and is_verb(tokens[3]):
            found = speaker_after_verb(tokens, 4)  # "C'est ce qu'a d\u00e9clar\u00e9 X"
    elif first in ("that", "this", "those", "such") and second in ("was", "is", "were"):
        k = 2
        while k < n and k < 6 and tokens[k].lower() not in ("from", "of"):
            k += 1
        if k < n - 1 and any(t.lower() in _ENGLISH_MESSAGES for t in tokens[2:k]):
            name, _ = name_forward(tokens, k + 1)
            found = ("name", name) if name else None
    if found is None or found[0] != "name" or " " not in found[1]:
        return None
    first_word = found[1].split(" ", 1)[0]
    at = tokens.index(first_word) if first_word in tokens else -1
    if at > 0 and (
        tokens[at - 1].lower() in _MEDIA or tokens[at - 1].lower() in SLAVIC_PREPOSITIONS
    ):
        # "\u2026 X \u0432 \u0456\u043d\u0442\u0435\u0440\u0432\u2019\u044e Y": Y is the outlet; the
        # speaker is the full name closing the office phrase before it, if any.
        k = at
        while k > 3 and (tokens[k - 1].lower() in _MEDIA or tokens[k - 1] in SLAVIC_PREPOSITIONS):
            k -= 1
        j = k - 1
        while j > 3 and is_cap(tokens[j - 1]):
            j -= 1
        name, after = name_forward(tokens, j)
        return name if name is not None and " " in name and after == k else None
    return found[1]


# ---------------------------------------------------------------- the dash and verb

# Endings of Russian and Ukrainian finite verbs: present third person singular
# ("\u0436\u0430\u0440\u0442\u0443\u0454", "\u0448\u0443\u0442\u0438\u0442",
# "\u0443\u0442\u043e\u0447\u043d\u044f\u0435\u0442"), reflexive
# ("\u0443\u0441\u043c\u0456\u0445\u0430\u0454\u0442\u044c\u0441\u044f",
# "\u0441\u043c\u0435\u0451\u0442\u0441\u044f"), past
# ("\u043f\u043e\u0436\u0430\u0440\u0442\u0443\u0432\u0430\u0432",
# "\u0443\u0442\u043e\u0447\u043d\u0438\u043b\u0430",
# "\u0443\u043b\u044b\u0431\u043d\u0443\u043b\u0441\u044f").
_VERB_ENDINGS = tuple(
    [
        "\u0454",
        "\u0438\u0442\u044c",
        "\u044f\u0442\u044c",
        "\u0430\u0442\u044c",
        "\u0435\u0442",
        "\u0451\u0442",
        "\u0438\u0442",
        "\u0430\u0435\u0442",
        "\u0442\u044c\u0441\u044f",
        "\u0442\u0441\u044f",
        "\u0430\u0432",
        "\u044f\u0432",
        "\u0438\u0432",
        "\u0456\u0432",
        "\u0443\u0432",
        "\u0430\u043b",
        "\u044f\u043b",
        "\u0438\u043b",
        "\u0435\u043b",
        "\u043b\u0430",
        "\u0432\u0441\u044f",
        "\u043b\u0441\u044f",
        "\u043b\u0430\u0441\u044f",
        "\u043b\u0430\u0441\u044c",
    ]
)


def inverted_verb_speaker(tokens: Sequence[str]) -> Attr | None:
    """The speaker after "\u00bb analyse X, \u2026" (``tokens``: the words after the
    closing mark, with no comma before them): a French verb of the present outside the
    list, inverted as incises are, then a full name closing the sentence or followed
    by an apposition. Not a preposition ("\u00bb contre X"), not an article's name."""
    if len(tokens) < 3 or is_cyrillic(tokens[0]):
        return None
    verb = tokens[0]
    if not (_lower_word(verb) and len(verb) > 4 and verb.endswith("e")) or _stop_word(verb):
        return None
    if verb in _LINKS or _stop_word(tokens[1]):
        return None
    name, after = name_forward(tokens, 1)
    if name is None or " " not in name or not (after == len(tokens) or tokens[after] == ","):
        return None
    return ("name", name)


def dash_verb_speaker(
    tokens: Sequence[str], speaker_after_verb: Callable[[Sequence[str], int], Attr | None]
) -> Attr | None:
    """The speaker after "\u00bb, \u2013 <verb> X." (``tokens``: the words after the
    closing mark, to the end of the sentence) when the word after the dash is a
    lowercase Cyrillic finite verb form and a named person follows it."""
    if len(tokens) < 5 or tokens[0] != "," or tokens[1] not in DASHES:
        return None
    verb = tokens[2]
    if not (verb.isalpha() and verb.islower() and is_cyrillic(verb) and len(verb) > 4):
        return None
    if not verb.endswith(_VERB_ENDINGS):
        return None
    for j in (3, 4):  # the name right after the verb, or after one office word
        if j == 4 and not (_lower_word(tokens[3]) and tokens[3] not in SLAVIC_PREPOSITIONS):
            break
        name, after = name_forward(tokens, j)
        if name is not None and " " in name and (after == len(tokens) or tokens[after] == ","):
            found = speaker_after_verb(tokens, 3)
            return found if found is not None and found[0] == "name" else ("name", name)
    return None


def after_quote_speaker(
    context: Context,
    grammar: Attribution,
    quote: Quote,
    blocks: Sequence[tuple[int, int]],
    index: int,
) -> str | None:
    """The person a caption or the next paragraph's anaphoric sentence names for
    ``quote``, the first quotation of block ``index`` (resolved by ``context``; a full
    name only), or None."""
    text = context.text
    start, end = blocks[index]
    if not quote.closed or text[start : quote.open].strip():
        return None
    if label_line(text, context.low, start) is not None:
        return None  # labels over the quotations: a line under one is the next label
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    high = nxt[1] if nxt is not None else len(text)
    name = caption_speaker(text, quote.close_end, end, high, grammar.is_verb)
    if (
        name is None
        and nxt is not None
        and not text[quote.close_end : end].strip(" .,\n")
        and not text[end : nxt[0]].strip()
        and text.count(" ", quote.inner_start, quote.inner_end) >= 3
    ):
        tokens = split_tokens(text, nxt[0], min(nxt[1], nxt[0] + _MAX_SENTENCE))
        stop = first_sentence_end(tokens)
        name = anaphoric_speaker(
            tokens[:stop] if stop >= 0 else tokens,
            grammar.is_verb,
            grammar.speaker_after_verb,
            grammar.reported_next,
        )
    if not name:
        return name
    speaker = context.resolve(("name", name), quote.open)
    return speaker if speaker and " " in speaker else ""
