"""The person a story's title names, for a quotation the body credits to nobody.

Reaction pieces, interview write-ups and round-ups under subheadings name their one
speaker in the title only ("Blaquart : une des pires soirées que j'ai vécue", "Ten
Hag lobt die Fans …", "Кучер: «…»") and print the body's quotations bare. Such a
quotation (one that opens its paragraph, with no attribution of its own) is the title
person's only when the construction says the story is theirs; otherwise it keeps no
speaker, since a wrong speaker is worse than none:

* the title opens a clause with the name (at its start, after its colon, after a
  leading "frustré," or an office): a name after a verb or a preposition ("Police
  arrest X", "цитата дня от X", "про X") is the object, not the story's speaker;
* a label ("X : …", "X (Club) : …") counts only when the title then gives the
  person's words (a quotation mark, a first-person word) or an office follows the
  name ("X, président de …"): "Ярославль: цитата дня" labels a place;
* the title names nobody else (another full name not after a preposition, an office
  and a name, "X et Y");
* the body before the quote names nobody else and credits nobody else, and the rest
  of the quote's paragraph names nobody (a credit after it is someone's);
* a one-word name (a surname, or a place, a body, a common noun: "Galtier", "Police")
  needs first-person words in the quote, and a body that never writes the word in
  lower case, after an article or after a preposition ("la police", "à Québec").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from .context_words import written_alone
from .headline_kicker import AMBIGUOUS, kicker_end
from .lexicon import CONJUNCTIONS, DETERMINERS
from .mark_sets import CLOSING_MARKS, OPENING_MARKS
from .names import (
    NAME_LOOKBACK,
    is_acronym,
    is_cyrillic,
    is_name_word,
    is_title,
    name_forward,
    split_tokens,
    trim_name,
)
from .slavic_words import SLAVIC_PREPOSITIONS
from .speech_verbs import word_set as _words


class _Context(Protocol):
    """What this module reads of :class:`~.context.Context` (not imported: the context
    holds a :class:`TitleSpeaker`)."""

    scanned: int
    events: list[tuple[int, str]]

    def _scan(self, pos: int) -> None: ...

    def complete(self, name: str, pos: int) -> str: ...


__all__ = ["TitleSpeaker", "first_person", "title_subject"]

_MAX_HEADLINE = 300  # characters of a title read (one line)
_MAX_NAME = 3  # name words of the title's person
_MIN_WORDS = 6  # words of a quotation credited so, at least
_MAX_NOTE = 15  # words of a heading or a note line above the quotes, at most
_TAIL = 300  # characters of the quote's paragraph read after it for another name
_CHUNK = 1400  # characters the context reads at once (under its own window)
_OPEN_BRACKET, _CLOSE_BRACKET = frozenset("(["), frozenset(")]")
# Prepositions before a name that make it a place, a body or an object ("à Québec",
# "von Selhurst Park", "про реформу"), Latin script; Cyrillic: SLAVIC_PREPOSITIONS.
_PREPOSITIONS = _words(
    "of in on at for to with by from about into after before against near "
    "de des du d' d\u2019 \u00e0 au aux en dans sur pour par chez contre avec sans vers "
    "von vom in im aus nach bei beim zu zum zur mit gegen \u00fcber f\u00fcr um "
    "gegen\u00fcber"
)
# Articles in every case ("dem Spitzenreiter", "des Vereins"), beyond DETERMINERS.
_ARTICLES = _words("dem den des einem einen einer eines les der die das")
# Cyrillic prepositions of a topic ("про реформу"; beyond SLAVIC_PREPOSITIONS).
_SLAVIC_TOPIC = frozenset(("\u043f\u0440\u043e", "\u043e", "\u043e\u0431", "\u043e\u0431\u043e"))
# First-person words (lower case) that make quoted words a person's own speech.
_FIRST_PERSON = _words(
    "i i'm i've i'd i'll me my mine we we're we've our us "
    "ich mir mich mein meine meinen meinem meiner wir uns unser unsere unseren unserem "
    "je j' j\u2019 moi me m' m\u2019 mon ma mes nous notre nos "
    "\u044f \u043c\u0435\u043d\u044f \u043c\u043d\u0435 \u043c\u043d\u043e\u0439 "
    "\u043c\u043e\u0439 \u043c\u043e\u044f \u043c\u043e\u0451 \u043c\u043e\u0438 "
    "\u043c\u044b \u043d\u0430\u0441 \u043d\u0430\u043c \u043d\u0430\u043c\u0438 "
    "\u043d\u0430\u0448 \u043d\u0430\u0448\u0430 \u043d\u0430\u0448\u0435 \u043d\u0430\u0448\u0438 "
    "\u043c\u0435\u043d\u0435 \u043c\u0435\u043d\u0456 \u043c\u0456\u0439 \u043c\u043e\u044f "
    "\u043c\u043e\u0454 \u043c\u043e\u0457 \u043c\u0438 \u043d\u0430\u0448\u0456 "
    "\u043d\u0430\u0448\u043e\u0433\u043e"
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_CREDIT, _UNNAMED = 2, 3  # the kinds of Context.events this module reads


def first_person(words: str) -> bool:
    """Do ``words`` have a first-person word ("je", "j'ai", "wir", "мы", "I")?"""
    for match in _WORD.finditer(words):
        word = match.group().lower()
        if word in _FIRST_PERSON:
            return True
        apostrophe = max(word.find("'"), word.find("\u2019"))
        if apostrophe > 0 and word[: apostrophe + 1] in _FIRST_PERSON:
            return True  # "j'ai", "m'a"
    return False


def _name_word(word: str) -> bool:
    """A name word whose every hyphenated part is capitalised ("Jean-Michel", not
    "Post-match")."""
    return (
        is_name_word(word)
        and not is_acronym(word)
        and all(part[:1].isupper() for part in word.split("-") if part)
    )


def _lead_off(word: str) -> bool:
    """Does ``word`` before a name make it a place, a body or an object?"""
    low = word.lower()
    return (
        low in _PREPOSITIONS
        or low in DETERMINERS
        or low in _ARTICLES
        or low in SLAVIC_PREPOSITIONS
        or low in _SLAVIC_TOPIC
    )


def _clause_starts(tokens: Sequence[str]) -> list[int]:
    """Where the title's clauses open: its start, and after its first colon (past a
    leading lower-case phrase and a comma: "OM-LOSC (1-1) : frustré, Galtier …")."""
    starts = [0]
    if ":" in tokens:
        k = tokens.index(":") + 1
        starts.append(k)
        j = k
        while j < len(tokens) and j - k < 3 and tokens[j][:1].islower():
            j += 1
        if j > k and j < len(tokens) and tokens[j] == ",":
            starts.append(j + 1)
    return starts


def _label_speaks(tokens: Sequence[str], colon: int) -> bool:
    """Do the title's words after its colon give the labelled person's own words (a
    quotation mark, or a first-person word)?"""
    rest = tokens[colon + 1 :]
    if rest and rest[0] in OPENING_MARKS:
        return True
    return first_person(" ".join(rest))


def _names_other(tokens: Sequence[str], start: int, end: int) -> bool:
    """Does the title name a person outside ``tokens[start:end]`` (its subject): a full
    name not after a preposition or an article, or an office and a name, or a
    conjunction joining another person to the subject ("X et Y")?"""
    if end < len(tokens) and tokens[end].lower() in CONJUNCTIONS:
        return True
    depth = 0
    k = 0
    n = len(tokens)
    while k < n:
        token = tokens[k]
        if token in OPENING_MARKS or token in _OPEN_BRACKET:
            depth += 1
        elif token in CLOSING_MARKS or token in _CLOSE_BRACKET:
            depth = max(0, depth - 1)
        lead = tokens[k - 1] if k else ""
        if (
            not depth
            and not start <= k + 1 < end
            and k + 1 < n
            and is_title(token)
            and is_name_word(tokens[k + 1])
            and not _lead_off(lead)
        ):
            return True  # "Trainer Hasenhüttl", "тренер Романов"
        if start <= k < end or depth or not is_name_word(token) or is_acronym(token):
            k += 1
            continue
        name, after = name_forward(tokens, k)
        if (
            name is not None
            and " " in name
            and not _lead_off(lead)
            and not (k == 0 or tokens[k - 1] in (":", ","))
        ):
            return True
        k = after if after > k else k + 1
    return False


def title_subject(
    title: str, alone: Callable[[str], bool] | None = None
) -> tuple[str, bool, int] | None:
    """The one person the title ``title`` makes the subject or the label of its
    clause: (the name, whether it is a label, its index of words), or None. The clause
    starts after a kicker ("Ligue 1 - …", headline_kicker; ``alone`` as there)."""
    tokens = split_tokens(title, 0, len(title))
    starts = _clause_starts(tokens)
    kicker = kicker_end(tokens, alone)
    if kicker == AMBIGUOUS:
        return None
    if kicker is not None:
        starts = [kicker[0]] + [s for s in starts if s > kicker[0]]
    for start in starts:
        k = start
        while k < len(tokens) and is_title(tokens[k]) and tokens[k][:1].isupper():
            k += 1  # "Sportdirektor", "Заступник міністра"
            while k < len(tokens) and tokens[k][:1].islower() and is_title(tokens[k]):
                k += 1
        run = k
        while run < len(tokens) and _name_word(tokens[run]):
            run += 1
        if run == k or run - k > _MAX_NAME or run == len(tokens):
            continue
        words = tokens[k:run]
        name = trim_name(words) if len(words) > 1 else words[0]  # (offices skipped above)
        if name is None or name.split()[-1] != words[-1]:
            continue
        after = tokens[run]
        label = False
        if after == "(":
            close = tokens.index(")", run) if ")" in tokens[run:] else -1
            if close < 0 or close + 1 >= len(tokens) or tokens[close + 1] != ":":
                continue
            label = _label_speaks(tokens, close + 1)
            if not label:
                continue
        elif after == ":":
            label = _label_speaks(tokens, run)
            if not label:
                continue
        elif after == ",":
            nxt = tokens[run + 1] if run + 1 < len(tokens) else ""
            if not nxt or not is_title(nxt):
                continue
            label = True
        elif not after[:1].islower() or after.lower() in CONJUNCTIONS:
            if after not in (
                "\u2014",
                "\u2013",
            ):  # ("X \u2014 \u043e \u043c\u0430\u0442\u0447\u0435")
                continue
        elif len(words) == _MAX_NAME:
            continue  # "Roy Hodgson Tottenham press conference": where does the name end?
        elif after.lower() in DETERMINERS or after.lower() in _ARTICLES:
            continue  # "Schont die Minister": a verb and its object, no subject
        if (
            not label
            and len(words) == 1
            and start
            and tokens[start - 1] == ":"
            and (
                kicker != (start, True)  # ("ASSE : Galtier est …": after a tag, a name)
            )
        ):
            continue  # "…: Spitzenreiter war …": a capital of sentence case, no name
        if _names_other(tokens, k, run):
            return None
        return name, label, k
    return None


def _common_word(word: str, body: str) -> bool:
    """Does ``body`` write ``word`` as a common noun or a place: in lower case, or
    after a preposition or an article ("сборная", "à Nantes", "la Ligue")?"""
    if written_alone(body, word.lower()):
        return True
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", body):
        before = body[max(0, match.start() - 20) : match.start()].split()
        if before and _lead_off(before[-1]):
            return True
    return False


def _never_alone(word: str, body: str) -> bool:
    """Does ``body`` never write the title's one-word name ``word`` again but as the
    last word of a full name ("Олександр Кучер" for "Кучер")? A place, a club or a
    common noun recurs alone ("à Québec", "die Polizei", "la police", "Динамо"), in
    any case form (a Cyrillic word by its stem); a person the body names again is
    named in full."""
    if written_alone(body, word.lower()):
        return False  # "la police": a common noun
    stem = word[: max(4, len(word) - 2)] if is_cyrillic(word) else word
    for match in re.finditer(rf"(?<!\w){re.escape(stem)}\w*", body):
        if match.group() != word and not is_cyrillic(word):
            continue  # ("Galtiers" is another word)
        before = body[max(0, match.start() - 40) : match.start()].split()
        if not before or not _name_word(before[-1]) or is_title(before[-1]):
            return False  # written alone: "à Québec", "київського Динамо"
    return True


class TitleSpeaker:
    """The title's person for the bare quotations of one text (see the module): the
    title is read once; the body before each quote is read once, in order."""

    def __init__(self, text: str, low: int) -> None:
        self.text = text
        self.low = low
        self._person: tuple[str | None] | None = None
        self._events_read = 0  # Context.events judged so far
        self._lines_read = low  # the body's lines judged so far end here
        self._blocked = False  # someone else was named or credited
        # The person last credited so: a quote left open that a later paragraph's
        # attribution closes is that speaker's, not the title's (finder's last pass).
        self.credited: str | None = None

    def _title_person(self) -> str | None:
        if self._person is None:
            self._person = (self._read_title(),)
        return self._person[0]

    def _read_title(self) -> str | None:
        text, low = self.text, self.low
        if not 0 < low <= _MAX_HEADLINE:
            return None
        title = text[:low].strip()
        if not title or "\n" in title:
            return None
        body = text[low : low + NAME_LOOKBACK]
        found = title_subject(title, lambda word: _common_word(word, body))
        if found is None:
            return None
        name = found[0]
        if " " not in name and not _never_alone(name, text[low : low + NAME_LOOKBACK]):
            return None
        return name

    def _lines_fit(self, name: str, pos: int) -> bool:
        """Are the body's lines before ``pos`` not read yet headings, notes,
        quotation paragraphs (opening or closing with a mark), or lines that name the
        title's person? A paragraph of
        narrative about something else ("The Kremlin's covert strategy, which …")
        breaks the story's tie to the title: a quote after it may be anyone's."""
        surname = name.rsplit(" ", 1)[-1]
        start, self._lines_read = self._lines_read, max(self._lines_read, pos)
        for line in self.text[start:pos].split("\n"):
            if len(line.split()) <= _MAX_NOTE or surname in line:
                continue
            bare = line.strip().rstrip(".,;!?\u2026 ")
            if bare[:1] not in OPENING_MARKS and bare[-1:] not in CLOSING_MARKS:
                return False  # (a scare quote inside is no quotation paragraph)
        return True

    def _same(self, who: str, name: str) -> bool:
        surname = name.rsplit(" ", 1)[-1]
        return who in (name, surname) or who.endswith(" " + surname)

    def speaker(
        self, context: _Context, quote_open: int, close: int, block_end: int, raw: str
    ) -> str | None:
        """The title's person for the bare quotation ``text[quote_open:close]`` (its
        words ``raw``), or None (see the module)."""
        if self._blocked:
            return None
        name = self._title_person()
        if name is None or len(raw.split()) < _MIN_WORDS:
            return None
        if not self._lines_fit(name, quote_open):
            self._blocked = True
            return None
        # The body before the quote, read by the context (within its window, in order).
        while context.scanned < quote_open - _CHUNK:
            context._scan(context.scanned + _CHUNK)
        context._scan(quote_open)
        full = None
        events = context.events
        for kind, who in events[self._events_read :]:
            if kind == _UNNAMED or not self._same(who, name):
                self._blocked = True
                return None
            if kind != _CREDIT and " " in who:
                full = who
        self._events_read = len(events)
        if full is None:
            full = context.complete(name, quote_open)
            if not self._same(full, name):
                full = name
        if " " not in full and not first_person(raw):
            return None  # a one-word name: only a person's own words are theirs
        tail_end = min(block_end, close + _TAIL)
        tail = split_tokens(self.text, close, tail_end)
        for k, token in enumerate(tail):
            if is_name_word(token) and not is_acronym(token):
                other, _ = name_forward(tail, k)
                if other is not None and " " in other and not self._same(other, name):
                    return None  # "(губернатор … Сергей Вахруков)": a credit after it
        self.credited = full
        self._lines_read = max(self._lines_read, block_end)
        return full
