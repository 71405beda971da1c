"""Direct quotations and who said them, shared by the article and web-page readers.

The entry point is :func:`find_quotations`: given a text and the body blocks
(paragraphs) to look at, in reading order, it returns one list of ``quotation``
:class:`~seedparse.Citation` objects per block. Each citation's ``text`` is the quoted
words without the marks, its ``span`` runs from the opening mark to the closing mark
(or to the end of the block for a quote left open, the typographic convention for a
quotation that continues in the next paragraph), and its ``speaker`` is the person the
text credits, or None.

How it works, in three steps, each linear in the size of the text:

1. **Pairing marks.** Typographic (\u201c\u2026\u201d, \u201e\u2026\u201c,
   \u201e\u2026\u201d, \u00ab\u2026\u00bb, \u00bb\u2026\u00ab, \u2039\u2026\u203a,
   \u2018\u2026\u2019, \u201a\u2026\u2018, \u300c\u2026\u300d), straight ``"`` and the
   same marks written as HTML entities (``&ldquo;``, ``&quot;``) are paired with a small
   stack, using the characters on either side of an ambiguous mark to tell whether it
   opens or closes. ``\u2019`` closes only a quote opened with ``\u2018``; everywhere
   else it is an apostrophe. Only the outermost quotes become citations.
2. **Attribution.** The words right after the quote (``\u201c\u2026,\u201d says X``,
   ``\u201c\u2026,\u201d X added``, ``\u201c\u2026,\u201d said X, a \u2026``,
   ``\u201c\u2026,\u201d he said``, ``\u201c\u2026,\u201d the officer said``,
   ``\u201c\u2026,\u201d X.``), or right before it (``X emphasized: \u201c\u2026``,
   ``as X put it, \u201c\u2026``, ``X, an expert, said: \u201c\u2026``), are read for a
   speaker: a name, a pronoun or a role noun next to a speech verb (:data:`SPEECH_VERBS`).
   Failing that, a speech verb with a subject elsewhere in the same sentence is used
   for quotes of four words or more.
3. **Resolution.** A surname alone resolves to the full name seen earlier in the
   blocks (also when spelled slightly differently: the given names are borrowed, the
   spelling of the attribution kept); a pronoun resolves to the last person credited
   with speech when no other person was introduced since; a role noun ("the officer")
   resolves to the most recent person that role was used for. A quote with no
   attribution that opens a sentence after another quote of the same paragraph, or
   continues a quotation left open at the end of the previous paragraph, keeps that
   speaker.

What is not a quotation: one or two characters between the marks (``\u201c.\u201d``);
scare quotes and titles, i.e. quotes of one to three words with no attribution of their
own (``a \u201clifeline\u201d for Russia``); short unattributed quotes inside a sentence
with no sentence punctuation of their own. Longer unattributed quotes are kept with
``speaker=None``: the text never invents a speaker.

Speech verbs are data, not code: :data:`SPEECH_VERBS` is the default set of word forms
(English inflections plus common forms in a few other languages). To recognise more,
build a :class:`QuoteFinder` with a larger set, e.g.
``QuoteFinder(speech_verbs=SPEECH_VERBS | verb_forms("grumble"))``, and call its
:meth:`~QuoteFinder.find`; the article reader accepts such a finder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ._model import Citation, Span
from ._text import decode_entities

__all__ = [
    "MAX_MARKS_PER_BLOCK",
    "PRONOUNS",
    "SPEECH_VERBS",
    "QuoteFinder",
    "find_quotations",
    "verb_forms",
]

#: At most this many quotation marks are examined in one block; marks beyond it are
#: treated as text (a real paragraph never comes near it; a pathological one stays fast).
MAX_MARKS_PER_BLOCK = 50_000
_MAX_STACK = 32
_WINDOW = 320  # characters of context read on each side of a quote


# ---------------------------------------------------------------------------
# Vocabulary (data, never names)
# ---------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps word lists compact)."""
    return frozenset(text.split())


def verb_forms(*bases: str) -> frozenset[str]:
    """The regular English forms of each base verb: ``verb_forms("note")`` gives
    ``{"note", "notes", "noted", "noting"}``. Irregular forms must be listed as they
    are (``said``, ``told``)."""
    forms: set[str] = set()
    for base in bases:
        base = base.lower()
        forms.add(base)
        if base.endswith("e"):
            forms.update((base + "s", base + "d", base[:-1] + "ing"))
        elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
            forms.update((base[:-1] + "ies", base[:-1] + "ied", base + "ing"))
        elif base.endswith(("s", "sh", "ch", "x", "z")):
            forms.update((base + "es", base + "ed", base + "ing"))
        else:
            forms.update((base + "s", base + "ed", base + "ing"))
    return frozenset(forms)


_REGULAR_VERBS = _words(
    "acknowledge add advise affirm agree announce answer argue ask assert assure boast "
    "caution claim comment complain conclude concede confirm contend continue counter "
    "declare deny emphasise emphasize estimate exclaim explain inform insist lament "
    "maintain mention note observe opine predict promise recall recount reiterate remark "
    "repeat reply report respond retort shout stress suggest summarise summarize testify "
    "tweet underline urge vow warn whisper"
)

_IRREGULAR_VERBS = _words(
    # English irregular and doubled forms.
    "say says said saying tell tells told telling write writes wrote written writing "
    "speak speaks spoke spoken speaking admit admits admitted admitting quip quips quipped "
    "quipping "
    # German, French, Spanish, Italian, Portuguese, Dutch (forms as they appear).
    "sagte sagt erkl\u00e4rte erkl\u00e4rt betonte betont meinte sagten "
    "dit d\u00e9clar\u00e9 affirm\u00e9 expliqu\u00e9 soulign\u00e9 ajout\u00e9 "
    "estim\u00e9 indiqu\u00e9 pr\u00e9cis\u00e9 d\u00e9clare affirme explique souligne "
    "ajoute estime indique pr\u00e9cise "
    "dijo afirm\u00f3 explic\u00f3 se\u00f1al\u00f3 a\u00f1adi\u00f3 declar\u00f3 "
    "asegur\u00f3 indic\u00f3 subray\u00f3 dice afirma explica se\u00f1ala "
    "detto affermato spiegato aggiunto sottolineato dichiarato "
    "disse afirmou explicou acrescentou declarou zei zegt "
    # Ukrainian, Russian, Polish.
    "\u0441\u043a\u0430\u0437\u0430\u0432 \u0441\u043a\u0430\u0437\u0430\u043b\u0430 "
    "\u0437\u0430\u044f\u0432\u0438\u0432 \u0437\u0430\u044f\u0432\u0438\u043b\u0430 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0432 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u043b\u0430 "
    "\u0434\u043e\u0434\u0430\u0432 \u0434\u043e\u0434\u0430\u043b\u0430 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u0432 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u043b\u0430 "
    "\u043f\u043e\u044f\u0441\u043d\u0438\u0432 \u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430 "
    "\u043a\u0430\u0436\u0435 "
    "\u0441\u043a\u0430\u0437\u0430\u043b \u0437\u0430\u044f\u0432\u0438\u043b "
    "\u043e\u0442\u043c\u0435\u0442\u0438\u043b \u043e\u0442\u043c\u0435\u0442\u0438\u043b\u0430 "
    "\u0434\u043e\u0431\u0430\u0432\u0438\u043b \u0434\u043e\u0431\u0430\u0432\u0438\u043b\u0430 "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u043d\u0443\u043b "
    "\u0433\u043e\u0432\u043e\u0440\u0438\u0442 "
    "powiedzia\u0142 powiedzia\u0142a stwierdzi\u0142 doda\u0142 doda\u0142a "
    "podkre\u015bli\u0142 m\u00f3wi"
)

#: Every word form read as a speech verb (lower case, matched case-sensitively, so a
#: capitalised "Post" or "Report" in a name is not a verb). Extend it by building a
#: :class:`QuoteFinder` with ``speech_verbs=SPEECH_VERBS | {...}``; :func:`verb_forms`
#: makes the regular English forms of a base verb.
SPEECH_VERBS: frozenset[str] = verb_forms(*sorted(_REGULAR_VERBS)) | _IRREGULAR_VERBS

#: Subject pronouns that stand for one person (resolved to the last person credited
#: with speech) and ones that do not (``they``, ``we``, ``I``: left unresolved).
PRONOUNS: frozenset[str] = _words(
    "he she il elle er \u00e9l ella lui lei ele ela hij on ona "
    "\u0432\u0456\u043d \u0432\u043e\u043d\u0430 \u043e\u043d \u043e\u043d\u0430"
)
_OTHER_PRONOUNS = _words(
    "they we i you it ils elles wir ich sie nous je ellos nosotros "
    "\u0432\u043e\u043d\u0438 \u043c\u0438 \u044f \u043e\u043d\u0438"
)

# Function words that start a sentence with a capital but are never part of a name.
_STOP = _words(
    "The A An This That These Those It Its He She They We I You His Her Their Our My "
    "Your But And Or Nor So Yet However Meanwhile Still Also Then Now In On At For From "
    "With Without By As Of To Into After Before When Whenever While If Although Though "
    "Because Since Despite During According Nevertheless Nonetheless Moreover "
    "Furthermore Therefore Thus Hence Today Yesterday Tomorrow Tonight There Here What "
    "Why How Who Whom Whose Where Which Some Many Most All Both Each Every No Not Even "
    "Only Just Such Other Another Unlike Like Under Over Through Between Against Among "
    "Until Once Instead Indeed Finally First Second Third Last Later Earlier Recently "
    "Perhaps Maybe Yes Asked Speaking Le La Les Un Une Der Die Das Ein Eine El Los Las "
    "Il Lo Gli Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September "
    "October November December"
)

# Titles and roles written before a name ("President Donald Trump"): cut off the name
# and kept as words that describe the person.
_TITLES = _words(
    "president vice prime minister secretary general chancellor senator sen. governor "
    "gov. mayor director chief ambassador colonel col. captain capt. major lieutenant "
    "lt. sergeant sgt. admiral adm. gen. professor prof. dr. dr mr. mr mrs. mrs ms. ms "
    "sir dame lord lady king queen prince princess pope rev. reverend father judge "
    "justice commissioner chairman chairwoman chair spokesman spokeswoman spokesperson "
    "deputy foreign defence defense interior finance economy head speaker envoy special "
    "representative rep. attorney sheikh emir crown marshal field brigadier commander "
    "premier patriarch archbishop bishop cardinal senior former ex acting ceo cfo "
    "founder officer analyst expert"
)

_PARTICLES = _words("von van der den de del della da di du dos das la le bin ibn al el ten ter zu")
_DETERMINERS = _words(
    "the a an this that our their his her its le la les un une der die das ein eine el "
    "los las il lo gli"
)
# Words that may stand between a subject and its speech verb ("has said", "also noted",
# French "a d\u00e9clar\u00e9", Italian "ha detto").
_AUX = _words(
    "has had have was is also then later once again further a ha hat \u00e0 ont would will"
)
_THAT = _words("that que dass che \u0449\u043e \u0447\u0442\u043e \u017ce")
_SENTENCE_END = frozenset(".!?\u2026")
_LEADING_SEPARATORS = frozenset(",\u2014\u2013-(")
_TRAILING_SEPARATORS = frozenset(":,\u2014\u2013-")
_ABBREVIATIONS = _words(
    "mr mrs ms dr prof st sen rep gov gen col lt capt sgt adm rev jr sr mt no vs etc "
    "inc ltd co corp"
)


def _char_class(predicate: Callable[[str], bool], ranges: Iterable[tuple[int, int]]) -> str:
    """A regex character class of the code points in ``ranges`` that satisfy
    ``predicate``, written as escaped runs."""
    parts: list[str] = []
    for low, high in ranges:
        start = -1
        for code in range(low, high + 1):
            ok = code < high and predicate(chr(code))
            if ok and start < 0:
                start = code
            elif not ok and start >= 0:
                last = code - 1
                parts.append(
                    f"\\u{start:04x}" if start == last else f"\\u{start:04x}-\\u{last:04x}"
                )
                start = -1
    return "[" + "".join(parts) + "]"


# Upper-case and title-case letters of the cased scripts (Latin, Greek, Cyrillic,
# Armenian, Georgian capitals).
_UPPER = _char_class(
    lambda ch: ch.isupper() or ch.istitle(),
    ((0x41, 0x250), (0x370, 0x530), (0x531, 0x557), (0x10A0, 0x10D0), (0x1E00, 0x2000)),
)
_WORD_CHAR = r"(?:[^\W_]|['\u2019\-](?=[^\W\d_]{2}))"
_NAME_WORD = rf"(?:{_UPPER}\.|{_UPPER}{_WORD_CHAR}{{0,40}})"
_PARTICLE_RE = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# Two or more capitalised words in a row: candidate full names ("Alexander A. Dynakin").
_NAME_RUN = re.compile(
    rf"\b{_NAME_WORD}(?:[ \u00a0](?:{_PARTICLE_RE}[ \u00a0]){{0,2}}{_NAME_WORD}){{1,6}}(?![^\W_])"
)
_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['\u2019\-](?=[^\W\d_])){0,60}\.?|[0-9]{1,20}|\S")
_UPPER_RE = re.compile(_UPPER)


# ---------------------------------------------------------------------------
# Marks
# ---------------------------------------------------------------------------

_ENTITY_MARKS = {
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "&ldquo;": "\u201c",
    "&#8220;": "\u201c",
    "&#x201c;": "\u201c",
    "&#x201C;": "\u201c",
    "&rdquo;": "\u201d",
    "&#8221;": "\u201d",
    "&#x201d;": "\u201d",
    "&#x201D;": "\u201d",
    "&bdquo;": "\u201e",
    "&#8222;": "\u201e",
    "&laquo;": "\u00ab",
    "&#171;": "\u00ab",
    "&raquo;": "\u00bb",
    "&#187;": "\u00bb",
    "&lsquo;": "\u2018",
    "&#8216;": "\u2018",
    "&rsquo;": "\u2019",
    "&#8217;": "\u2019",
}
_ENTITY_ALT = "|".join(re.escape(e) for e in sorted(_ENTITY_MARKS, key=len, reverse=True))
_DOUBLE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f'
_SINGLE_CHARS = "\u2018\u2019\u201a"
_MARKS_DOUBLE = re.compile(f"[{_DOUBLE_CHARS}]|{_ENTITY_ALT}")
_MARKS_ALL = re.compile(f"[{_DOUBLE_CHARS}{_SINGLE_CHARS}]|{_ENTITY_ALT}")
_ANY_MARK = re.compile(f"[{_DOUBLE_CHARS}{_SINGLE_CHARS}]|&(?:quot|[lrb]dquo|[lr]aquo|#)")

# Which closing marks end a quote opened by each mark.
_CLOSERS: dict[str, str] = {
    "\u201c": "\u201d",  # English
    "\u201e": "\u201c\u201d",  # German, Polish, Ukrainian
    "\u201d": "\u201d",  # Swedish, Finnish
    "\u201f": "\u201d",
    '"': '"',
    "\u00ab": "\u00bb",  # French, Russian
    "\u00bb": "\u00ab\u00bb",  # German, Danish; Swedish
    "\u2039": "\u203a",
    "\u203a": "\u2039",
    "\u2018": "\u2019",
    "\u201a": "\u2018\u2019",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
}
_CAN_CLOSE = frozenset("".join(_CLOSERS.values()))
_OPEN_ONLY = frozenset("\u201e\u201f\u201a\u300c\u300e")
_LEFT_OK = frozenset("([{\u2014\u2013-/:;,\u2026" + _DOUBLE_CHARS + _SINGLE_CHARS)
_RIGHT_OK = frozenset(".,;:!?)]}\u2026\u2014\u2013-" + _DOUBLE_CHARS + _SINGLE_CHARS)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,400})?/?>")


def _clean(raw: str) -> str:
    """Quoted words as plain text: entities decoded once, tags dropped, spaces squashed."""
    if "<" in raw:
        raw = _TAG.sub(" ", raw)
    if "&" in raw:
        raw = decode_entities(raw)
    return " ".join(raw.split())


class _Quote:
    """A top-level pair of marks found in a block (internal)."""

    __slots__ = (
        "attributed",
        "block",
        "close_end",
        "closed",
        "inner_end",
        "inner_start",
        "open",
        "speaker",
        "text",
    )

    def __init__(
        self, block: int, open_: int, inner_start: int, inner_end: int, close_end: int
    ) -> None:
        self.block = block
        self.open = open_
        self.inner_start = inner_start
        self.inner_end = inner_end
        self.close_end = close_end
        self.closed = close_end > inner_end
        self.text = ""
        self.speaker: str | None = None
        self.attributed = False


def _pair_marks(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Top-level quotes of ``text[start:end]`` as ``(open, inner_start, inner_end,
    close_end)``; a quote left open runs to ``end`` (``inner_end == close_end``)."""
    block_has_single = text.find("\u2018", start, end) >= 0 or text.find("\u201a", start, end) >= 0
    marks = (_MARKS_ALL if block_has_single else _MARKS_DOUBLE).finditer(text, start, end)
    stack: list[tuple[str, int, int]] = []  # (mark, position, length)
    found: list[tuple[int, int, int, int]] = []
    seen = 0
    for match in marks:
        seen += 1
        if seen > MAX_MARKS_PER_BLOCK:
            break
        pos = match.start()
        mark_end = match.end()
        mark = match.group()
        if len(mark) > 1:
            mark = _ENTITY_MARKS[mark]
        prev = text[pos - 1] if pos > start else " "
        nxt = text[mark_end] if mark_end < end else " "
        left = not nxt.isspace() and (prev.isspace() or prev in _LEFT_OK)
        right = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_OK)
        match_at = -1
        if mark in _CAN_CLOSE and stack:
            for index in range(len(stack) - 1, -1, -1):
                if mark in _CLOSERS[stack[index][0]]:
                    match_at = index
                    break
        if mark == "\u2019":
            # An apostrophe unless it closes a quote opened with a single mark.
            if match_at < 0 or not right or nxt.isalpha():
                continue
            action = "close"
        elif mark in _OPEN_ONLY:
            action = "open"
        elif mark in "\u00ab\u2039":
            action = "close" if match_at >= 0 else "open"
        elif mark in "\u00bb\u203a":
            if match_at >= 0 and (right or not left or stack[match_at][0] != mark):
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u201c\u2018":
            # Opens, except where it closes a low opening mark (German \u201e\u2026\u201c).
            if match_at >= 0 and stack[match_at][0] in "\u201e\u201a" and (right or not left):
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u300d\u300f":
            action = "close" if match_at >= 0 else "skip"
        else:  # '"' and '\u201d': the sides decide
            if match_at >= 0 and (right or not left):
                action = "close"
            elif left:
                action = "open"
            elif match_at >= 0:
                action = "close"
            else:
                action = "skip"
        if action == "open":
            if len(stack) < _MAX_STACK:
                stack.append((mark, pos, mark_end - pos))
        elif action == "close":
            opener = stack[match_at]
            del stack[match_at:]
            if not stack:
                found.append((opener[1], opener[1] + opener[2], pos, mark_end))
    if stack:
        opener = stack[0]
        found.append((opener[1], opener[1] + opener[2], end, end))
    return found


# ---------------------------------------------------------------------------
# Tokens and names
# ---------------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[str]:
    """Words, numbers and single punctuation marks of ``text[start:end]``. A trailing
    period stays on initials and known abbreviations ("A.", "Dr.") and is split off
    elsewhere, so that a lone "." token always ends a sentence."""
    out: list[str] = []
    for token in _TOKEN.findall(text, start, end):
        if len(token) > 1 and token[-1] == ".":
            word = token[:-1]
            if not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREVIATIONS:
                out.append(word)
                out.append(".")
                continue
        out.append(token)
    return out


def _is_cap(token: str) -> bool:
    """Could ``token`` be part of a name?"""
    first = token[0]
    if not first.isupper() or token in _STOP:
        return False
    return not (len(token) > 1 and token[-2:] in ("\u2019s", "'s"))


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _trim_name(words: Sequence[str]) -> str | None:
    """A speaker name from a run of capitalised words: leading function words, titles
    and acronyms dropped ("NATO Secretary General Mark Rutte" gives "Mark Rutte")."""
    items = list(words)
    last_title = -1
    for index, word in enumerate(items):
        if word.lower() in _TITLES:
            last_title = index
    if last_title >= 0:
        items = items[last_title + 1 :]
    while items and (items[0] in _STOP or items[0].lower() in _PARTICLES):
        items = items[1:]
    while len(items) > 1 and items[0].isupper() and len(items[0]) > 1 and "." not in items[0]:
        items = items[1:]  # a leading acronym: "IDF", "NATO"
    while items and items[-1].lower() in _PARTICLES:
        items.pop()
    if not items:
        return None
    cores = [i for i, w in enumerate(items) if not _is_initial(w) and w.lower() not in _PARTICLES]
    if not cores:
        return None
    if len(cores) > 3:
        items = items[cores[-2] :]
    return " ".join(items)


def _name_forward(tokens: Sequence[str], i: int) -> tuple[str | None, int]:
    """The name starting at ``tokens[i]`` (or None) and the index after it."""
    j = i
    n = len(tokens)
    while j < n:
        token = tokens[j]
        particle = token.lower() in _PARTICLES and j > i and j + 1 < n
        if (token[0].isalpha() and _is_cap(token)) or (particle and _is_cap(tokens[j + 1])):
            j += 1
        else:
            break
    if j == i:
        return None, i
    if j < n and tokens[j] in ("\u2019s", "'s"):
        return None, j
    return _trim_name(tokens[i:j]), j


def _name_backward(tokens: Sequence[str], j: int) -> str | None:
    """The name ending at ``tokens[j]`` (inclusive), or None."""
    if j < 0 or not tokens[j][0].isalpha() or not _is_cap(tokens[j]):
        return None
    i = j
    while i > 0:
        token = tokens[i - 1]
        particle = token.lower() in _PARTICLES and i - 1 > 0
        if (token[0].isalpha() and _is_cap(token)) or (particle and _is_cap(tokens[i - 2])):
            i -= 1
        else:
            break
    return _trim_name(tokens[i : j + 1])


# An attribution: (kind, value) with kind "name", "pronoun", "role" or "other".
_Attr = tuple[str, str]


class QuoteFinder:
    """Finds quotations and their speakers; see the module docstring.

    ``speech_verbs`` is the set of word forms read as speech verbs (default
    :data:`SPEECH_VERBS`).

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, speech_verbs: Iterable[str] = SPEECH_VERBS) -> None:
        verbs = frozenset(speech_verbs)
        if not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
            raise ValueError("speech_verbs must be a non-empty set of non-empty strings")
        self.speech_verbs: frozenset[str] = verbs
        alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        self._verb_re = re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])")

    # -- public -------------------------------------------------------------------

    def find(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
        """Quotations in the body blocks ``text[start:end]`` (given in reading order);
        one list per block, spans index into ``text``."""
        context = _Context(self, text, blocks)
        per_block: list[list[_Quote]] = []
        previous_open: _Quote | None = None  # a quote left open at the end of a block
        for index, (start, end) in enumerate(blocks):
            quotes: list[_Quote] = []
            per_block.append(quotes)
            if _ANY_MARK.search(text, start, end) is None:
                previous_open = None
                continue
            last: _Quote | None = None
            pairs = _pair_marks(text, start, end)
            for number, (open_, inner_start, inner_end, close_end) in enumerate(pairs):
                quote = _Quote(index, open_, inner_start, inner_end, close_end)
                prev_close = pairs[number - 1][3] if number else start
                next_open = pairs[number + 1][0] if number + 1 < len(pairs) else end
                if self._judge(
                    context,
                    quote,
                    start,
                    end,
                    prev_close,
                    next_open,
                    last,
                    previous_open if number == 0 else None,
                ):
                    quotes.append(quote)
                    last = quote
            previous_open = quotes[-1] if quotes and not quotes[-1].closed else None
        # A quote left open at the end of a paragraph, with no attribution of its own,
        # belongs to the speaker of the quote that continues it in the next paragraph.
        for index in range(len(per_block) - 1, 0, -1):
            here, before = per_block[index], per_block[index - 1]
            if (
                here
                and before
                and before[-1].speaker is None
                and not before[-1].closed
                and here[0].speaker is not None
                and _starts_block(text, blocks[index][0], here[0].open)
            ):
                before[-1].speaker = here[0].speaker
        return [
            [
                Citation(
                    kind="quotation",
                    text=quote.text,
                    span=Span(start=quote.open, end=quote.close_end),
                    speaker=quote.speaker,
                )
                for quote in quotes
            ]
            for quotes in per_block
        ]

    # -- one quote ----------------------------------------------------------------

    def _judge(
        self,
        context: _Context,
        quote: _Quote,
        block_start: int,
        block_end: int,
        prev_close: int,
        next_open: int,
        last: _Quote | None,
        continued: _Quote | None,
    ) -> bool:
        """Fill in ``quote.text`` and ``quote.speaker``; False when it is not a quotation."""
        text = context.text
        raw = text[quote.inner_start : quote.inner_end]
        stripped = raw.strip()
        if len(stripped) <= 2:
            return False
        n_words = len(stripped.split())
        ends_punct = stripped.rstrip("\"'\u2019\u201d\u00bb)").endswith(
            (",", ".", "!", "?", "\u2026", ";")
        )
        pre = _tokens(text, max(prev_close, quote.open - _WINDOW, block_start), quote.open)
        cut = _last_sentence_end(pre)
        pre_sentence = pre[cut + 1 :]
        post: list[str] = []
        if quote.closed:
            post = _tokens(text, quote.close_end, min(next_open, quote.close_end + _WINDOW))
            stop = _first_sentence_end(post)
            bare_end = stop >= 0 or next_open >= block_end or len(post) < 40
            post = post[:stop] if stop >= 0 else post
        else:
            bare_end = False
        attr: _Attr | None = None
        adjacent = True
        if post:
            attr = self._after(post, ends_punct and bare_end)
            if attr is not None and n_words <= 3 and not ends_punct:
                attr = None  # a scare quote followed by a verb: not clearly attributed
        if attr is None and pre_sentence:
            attr = self._before(pre_sentence, n_words)
        if attr is None and n_words >= 4:
            adjacent = False
            attr = self._in_sentence(pre_sentence, post)
        speaker: str | None = None
        if attr is not None:
            speaker = context.resolve(attr, quote.open)
        elif not pre_sentence and last is not None and last.speaker is not None:
            # A new sentence that carries on the previous quote of the paragraph.
            speaker, adjacent, attr = last.speaker, True, ("name", last.speaker)
        elif (
            continued is not None
            and continued.speaker is not None
            and _starts_block(text, block_start, quote.open)
        ):
            speaker, attr = continued.speaker, ("name", continued.speaker)
        if attr is None:
            if n_words <= 3:
                return False
            mid_sentence = bool(pre_sentence) and pre_sentence[-1] not in (":", ",")
            if mid_sentence and not ends_punct and n_words < 8:
                return False
        elif not adjacent and n_words <= 3:
            return False
        quote.text = _clean(raw).rstrip(" ,;")
        if not quote.text:
            return False
        quote.speaker = speaker
        quote.attributed = attr is not None
        if speaker is not None:
            context.note(quote.open, speaker)
        return True

    def _is_verb(self, token: str) -> bool:
        return token in self.speech_verbs

    def _after(self, tokens: Sequence[str], bare_ok: bool) -> _Attr | None:
        """Attribution in the words after a quote."""
        n = len(tokens)
        i = 0
        while i < n and i < 2 and tokens[i] in _LEADING_SEPARATORS:
            i += 1
        if i >= n:
            return None
        token = tokens[i]
        low = token.lower()
        if low == "according" and i + 1 < n and tokens[i + 1].lower() == "to":
            name, _ = _name_forward(tokens, i + 2)
            return ("name", name) if name else None
        verb_at = -1
        if self._is_verb(token):
            verb_at = i
        elif low in _AUX and i + 1 < n and self._is_verb(tokens[i + 1]):
            verb_at = i + 1
        if verb_at >= 0:
            return self._speaker_after_verb(tokens, verb_at + 1)
        if low in PRONOUNS or low in _OTHER_PRONOUNS:
            if self._verb_follows(tokens, i + 1):
                return ("pronoun", low)
            return None
        if token[0].isalpha() and _is_cap(token):
            name, j = _name_forward(tokens, i)
            if name is None:
                return None
            if j < n and tokens[j] == ",":
                # An appositive: "X, a senior analyst, said".
                k = j + 1
                while k < n and k < j + 16 and tokens[k] != ",":
                    k += 1
                if k < n and tokens[k] == "," and self._verb_follows(tokens, k + 1):
                    return ("name", name)
            if self._verb_follows(tokens, j):
                return ("name", name)
            if j >= n and bare_ok:
                return ("name", name)  # a bare name after the quote: "\u201c\u2026,\u201d X."
            return None
        if low in _DETERMINERS:
            j = i + 1
            while j < n and j < i + 5 and tokens[j][0].isalpha() and not self._is_verb(tokens[j]):
                j += 1
            if j > i + 1 and self._verb_follows(tokens, j):
                return ("role", tokens[j - 1].lower())
        return None

    def _verb_follows(self, tokens: Sequence[str], j: int) -> bool:
        """Is there a speech verb at ``tokens[j]``, after at most two adverbs or
        auxiliaries ("bluntly stated", "has also said")?"""
        n = len(tokens)
        for k in range(j, min(j + 3, n)):
            token = tokens[k]
            if self._is_verb(token):
                return True
            low = token.lower()
            if not (low in _AUX or (low.endswith("ly") and len(low) > 3 and token.islower())):
                return False
        return False

    def _speaker_after_verb(self, tokens: Sequence[str], j: int) -> _Attr | None:
        """The speaker named after a speech verb: "says X", "said he", "said the officer"."""
        n = len(tokens)
        if j >= n:
            return None
        token = tokens[j]
        low = token.lower()
        if low in PRONOUNS or low in _OTHER_PRONOUNS:
            return ("pronoun", low)
        if token[0].isalpha() and _is_cap(token):
            name, _ = _name_forward(tokens, j)
            return ("name", name) if name else None
        if low in _DETERMINERS:
            k = j + 1
            while k < n and k < j + 5 and tokens[k][0].isalpha() and tokens[k] not in _THAT:
                if tokens[k].lower() in ("who", "which", "that"):
                    break
                k += 1
            if k > j + 1:
                return ("role", tokens[k - 1].lower())
        return None

    def _subject_of(self, tokens: Sequence[str], verb_at: int) -> _Attr | None:
        """The subject of the speech verb at ``tokens[verb_at]``."""
        j = verb_at - 1
        skipped = 0
        while j >= 0 and skipped < 2:
            low = tokens[j].lower()
            if low in _AUX or (low.endswith("ly") and len(low) > 3 and tokens[j].islower()):
                j -= 1
                skipped += 1
            else:
                break
        if j < 0:
            return None
        word = tokens[j]
        low = word.lower()
        if low in PRONOUNS or low in _OTHER_PRONOUNS:
            return ("pronoun", low)
        if word[0].isalpha() and _is_cap(word):
            name = _name_backward(tokens, j)
            if name is not None:
                return ("name", name)
            return None
        if word == ",":
            # "X, an officer of \u2026, stated": the sentence opens with the subject.
            first = 0
            while first < j and tokens[first] in _LEADING_SEPARATORS:
                first += 1
            low0 = tokens[first].lower() if first < j else ""
            if low0 in PRONOUNS or low0 in _OTHER_PRONOUNS:
                return ("pronoun", low0)
            name, after = _name_forward(tokens, first)
            if name is not None and after < j and tokens[after] == ",":
                return ("name", name)
            return None
        if word[0].isalpha() and word.islower():
            # "the officer said", "a spokesman for the ministry said"
            k = j - 1
            while k >= 0 and k > j - 5 and tokens[k][0].isalpha():
                if tokens[k].lower() in _DETERMINERS:
                    return ("role", low)
                k -= 1
        return None

    def _before(self, tokens: Sequence[str], n_words: int) -> _Attr | None:
        """Attribution in the words of the sentence before a quote."""
        n = len(tokens)
        end = n
        while end > 0 and tokens[end - 1] in _TRAILING_SEPARATORS:
            end -= 1
        separated = end < n
        if end == 0:
            return None
        # "as X put it, \u201c\u2026" and "according to X, \u201c\u2026"
        if end >= 3 and tokens[end - 2] == "put" and tokens[end - 1] == "it":
            name = _name_backward(tokens, end - 3)
            return ("name", name) if name else None
        if tokens[0].lower() == "according" and end > 2 and tokens[1].lower() == "to":
            name, after = _name_forward(tokens, 2)
            if name is not None and after == end:
                return ("name", name)
        verb_at = -1
        for k in range(end - 1, max(-1, end - 12), -1):
            if self._is_verb(tokens[k]):
                verb_at = k
                break
        if verb_at < 0:
            if separated and tokens[n - 1] == ":":
                # "Rutte: \u201c\u2026\u201d" (interview style)
                name, after = _name_forward(tokens, 0)
                if name is not None and after == end:
                    return ("name", name)
            return None
        gap = end - verb_at - 1
        if not separated and gap > (1 if tokens[end - 1].lower() in _THAT else 0):
            return None
        if separated and gap > 10:
            return None
        if n_words <= 3 and gap > 1:
            return None
        subject = self._subject_of(tokens, verb_at)
        if subject is not None:
            return subject
        return self._speaker_after_verb(tokens, verb_at + 1)

    def _in_sentence(self, pre: Sequence[str], post: Sequence[str]) -> _Attr | None:
        """A speech verb with a subject anywhere in the sentence around the quote."""
        for k in range(len(pre) - 1, -1, -1):
            if self._is_verb(pre[k]):
                found = self._subject_of(pre, k)
                if found is not None:
                    return found
        for k in range(len(post)):
            if self._is_verb(post[k]):
                found = self._subject_of(post, k)
                if found is not None and found[0] != "role":
                    return found
        return None


def _starts_block(text: str, block_start: int, pos: int) -> bool:
    return not text[block_start:pos].strip()


def _last_sentence_end(tokens: Sequence[str]) -> int:
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k] in _SENTENCE_END:
            return k
    return -1


def _first_sentence_end(tokens: Sequence[str]) -> int:
    for k, token in enumerate(tokens):
        if token in _SENTENCE_END:
            return k
    return -1


class _Context:
    """What the blocks read so far say about people: full names (to complete a
    surname), who was last credited with speech (for pronouns) and the roles each
    person was described with (for "the officer said"). Filled lazily, in order, up to
    the quote being resolved, so the cost stays linear."""

    def __init__(self, finder: QuoteFinder, text: str, blocks: Sequence[tuple[int, int]]) -> None:
        self.finder = finder
        self.text = text
        self.blocks = blocks
        self.block_index = 0
        self.scanned = blocks[0][0] if blocks else 0
        # last name (lower case) -> full names, first seen first
        self.full_names: dict[str, list[str]] = {}
        # first four letters of the last name -> full names (for variant spellings)
        self.by_prefix: dict[str, list[str]] = {}
        # (position, end, full name) of each full-name run
        self.runs: list[tuple[int, int, str]] = []
        # (position, speaker) of each person credited with speech, in order
        self.mentions: list[tuple[int, str]] = []
        self.descriptors: dict[str, frozenset[str]] = {}

    # -- scanning -----------------------------------------------------------------

    def scan_to(self, pos: int) -> None:
        """Read the blocks up to ``pos`` for names and speech verbs."""
        blocks = self.blocks
        while self.block_index < len(blocks):
            start, end = blocks[self.block_index]
            start = max(start, self.scanned)
            stop = min(end, pos)
            if start < stop:
                self._scan(start, stop, blocks[self.block_index][0])
                self.scanned = stop
            if pos < end:
                return
            self.block_index += 1
            if self.block_index < len(blocks):
                self.scanned = blocks[self.block_index][0]

    def _scan(self, start: int, stop: int, block_start: int) -> None:
        text = self.text
        for match in _NAME_RUN.finditer(text, start, stop):
            full = _trim_name(match.group().split())
            if full is None or " " not in full:
                continue
            self._register(full)
            self.runs.append((match.start(), match.end(), full))
        finder = self.finder
        for match in finder._verb_re.finditer(text, start, stop):
            window_start = max(block_start, match.start() - _WINDOW)
            tokens = _tokens(text, window_start, match.start())
            verb_at = len(tokens)
            tokens += _tokens(text, match.start(), min(stop, match.end() + 120))
            cut = _last_sentence_end(tokens[:verb_at])
            sentence = tokens[cut + 1 :]
            local = verb_at - cut - 1
            attr = finder._subject_of(sentence, local)
            if attr is None:
                attr = finder._speaker_after_verb(sentence, local + 1)
            if attr is None or attr[0] != "name":
                continue
            name = self.complete(attr[1])
            if " " in name or self._known_speaker(name):
                self.mentions.append((match.start(), name))

    def _register(self, full: str) -> None:
        last = full.rsplit(" ", 1)[-1].lower()
        names = self.full_names.setdefault(last, [])
        if full not in names:
            names.append(full)
            prefixed = self.by_prefix.setdefault(last[:4], [])
            prefixed.append(full)

    def _known_speaker(self, name: str) -> bool:
        return any(speaker == name for _, speaker in self.mentions[-50:])

    # -- resolution ---------------------------------------------------------------

    def complete(self, name: str) -> str:
        """A surname alone completed to the full name seen earlier, when there is
        exactly one; a variant spelling borrows the given names and keeps its own."""
        if " " in name:
            return name
        key = name.lower()
        exact = self.full_names.get(key)
        if exact:
            return exact[0] if len(exact) == 1 else name
        candidates = []
        for full in self.by_prefix.get(key[:4], ()):
            last = full.rsplit(" ", 1)[-1].lower()
            if _close_variant(key, last):
                candidates.append(full)
        if len(candidates) == 1:
            given = candidates[0].rsplit(" ", 1)[0]
            return f"{given} {name}"
        return name

    def resolve(self, attr: _Attr, pos: int) -> str | None:
        """The speaker an attribution stands for at ``pos``, or None."""
        kind, value = attr
        self.scan_to(pos)
        if kind == "name":
            return self.complete(value)
        if kind == "pronoun":
            if value not in PRONOUNS or not self.mentions:
                return None
            when, who = self.mentions[-1]
            if self._introduced_since(when, pos, who):
                return None
            return who
        if kind == "role":
            return self._by_role(value)
        return None

    def note(self, pos: int, speaker: str) -> None:
        """Record that ``speaker`` was credited with speech at ``pos``."""
        self.scan_to(pos)
        self.mentions.append((pos, speaker))

    def _introduced_since(self, since: int, pos: int, who: str) -> bool:
        """Was another person introduced between ``since`` and ``pos``? A full name
        with a role noun before it ("envoy Steve Witkov") or an appositive after it
        ("X, a senior analyst") counts."""
        surname = who.rsplit(" ", 1)[-1]
        text = self.text
        for start, end, full in reversed(self.runs):
            if start < since:
                break
            if start >= pos or full.rsplit(" ", 1)[-1] == surname:
                continue
            before = text[max(0, start - 30) : start].split()
            word = before[-1] if before else ""
            if (
                word.isalpha()
                and word.islower()
                and word not in _DETERMINERS
                and word not in _FUNCTION_WORDS
            ):
                return True
            after = text[end : end + 6]
            if after.startswith((", a ", ", an ", ", the ", ", who ")):
                return True
        return False

    def _by_role(self, role: str) -> str | None:
        """The most recent person described with ``role`` ("officer"), or None."""
        seen: set[str] = set()
        for _, who in reversed(self.mentions[-200:]):
            if who in seen:
                continue
            seen.add(who)
            if role in self._descriptor(who):
                return who
        return None

    def _descriptor(self, who: str) -> frozenset[str]:
        """The words used to describe ``who`` where the full name appears."""
        cached = self.descriptors.get(who)
        if cached is not None:
            return cached
        words: set[str] = set()
        text = self.text
        pattern = re.compile(
            r"((?:[^\W\d_]{1,40}[ \u00a0]){0,4})" + re.escape(who) + r"(, [^,.;]{1,120})?"
        )
        for start, end, full in self.runs:
            if full != who:
                continue
            match = pattern.search(text, max(0, start - 120), min(len(text), end + 140))
            if match is None:
                continue
            before = match.group(1).split()
            for word in reversed(before):
                low = word.lower()
                if low in _DETERMINERS or low in _FUNCTION_WORDS:
                    break
                words.add(low)
            if match.group(2):
                words.update(w.lower().strip(".,") for w in match.group(2)[2:].split()[:10])
        result = frozenset(words)
        self.descriptors[who] = result
        return result


_FUNCTION_WORDS = _words(
    "of in on at for to with by from and or as about into over after before between "
    "against that which who this these those its their his her our your met meet "
    "meets said says told"
)


def _close_variant(a: str, b: str) -> bool:
    """Are two surnames spellings of one name ("witkoff", "witkov")? Same first four
    letters, lengths within two, and a common prefix of all but two letters."""
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 2


_DEFAULT_FINDER = QuoteFinder()


def find_quotations(text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
    """Quotations in the body blocks ``text[start:end]`` (given in reading order); one
    list per block, spans index into ``text``.

    Uses the default :class:`QuoteFinder` (speech verbs :data:`SPEECH_VERBS`). Never
    raises for odd text: marks that pair with nothing are ignored.

    .. versionadded:: 0.1.0
    """
    return _DEFAULT_FINDER.find(text, blocks)
