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
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from ._build import citation, span
from ._errors import ArgumentError
from ._model import Citation
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
_WINDOW = 320  # characters read on each side of a quote, at most


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
    "repeat reply report respond retort reveal shout state stress suggest summarise "
    "summarize testify tweet underline underscore urge vow warn whisper clarify highlight"
)

_IRREGULAR_VERBS = _words(
    # English irregular and doubled forms.
    "say says said saying tell tells told telling write writes wrote written writing "
    "speak speaks spoke spoken speaking admit admits admitted admitting quip quips quipped "
    "quipping "
    # German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian (as they appear).
    "sagte sagt erkl\u00e4rte erkl\u00e4rt betonte betont meinte sagten "
    "dit d\u00e9clar\u00e9 affirm\u00e9 expliqu\u00e9 soulign\u00e9 ajout\u00e9 "
    "estim\u00e9 indiqu\u00e9 pr\u00e9cis\u00e9 d\u00e9clare affirme explique souligne "
    "ajoute estime indique pr\u00e9cise "
    "dijo afirm\u00f3 explic\u00f3 se\u00f1al\u00f3 a\u00f1adi\u00f3 declar\u00f3 "
    "asegur\u00f3 indic\u00f3 subray\u00f3 dice afirma explica se\u00f1ala "
    "detto affermato spiegato aggiunto sottolineato dichiarato "
    "disse afirmou explicou acrescentou declarou zei zegt sade s\u00e4ger sagde siger sier "
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
    "Il Lo Gli Monday Tuesday Wednesday Thursday Friday "
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

# "Secretary of State", "Minister for Europe": what follows names the office.
_OFFICE_LINKS = frozenset(("of", "for"))

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


_FUNCTION_WORDS = _words(
    "of in on at for to with by from and or as about into over after before between "
    "against that which who this these those its their his her our your met meet meets "
    "said says told"
)
_TOKEN = re.compile(r"[^\W_][\w'\u2019\-]*|\S")
_CONTEXT = 1500  # characters read back for a pronoun or role noun
_MAX_SURNAMES = 1000  # distinct surnames completed per text (more are left as they are)
_MAX_OCCURRENCES = 200  # occurrences of a surname examined per look-up
_NAME_LOOKBACK = 100_000  # characters searched back for the full name of a surname
_RECENT_SPEAKERS = 40  # speakers of earlier quotes a role noun may stand for


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
_ENTITY_RE = re.compile(
    "|".join(re.escape(e) for e in sorted(_ENTITY_MARKS, key=len, reverse=True))
)
_DOUBLE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f'
_SINGLE_CHARS = "\u2018\u2019\u201a"

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

# A mark: (position, length, the mark as a character).
_Mark = tuple[int, int, str]


def _clean(raw: str) -> str:
    """Quoted words as plain text: entities decoded once, tags dropped, spaces squashed."""
    if "<" in raw:
        raw = _TAG.sub(" ", raw)
    if "&" in raw:
        raw = decode_entities(raw)
    return " ".join(raw.split())


def _find_all(text: str, chars: str, start: int, end: int, out: list[_Mark], cap: int) -> None:
    """Append every occurrence of each of ``chars`` in ``text[start:end]`` (at most
    ``cap`` of each) to ``out``. ``str.find`` keeps this at C speed."""
    find = text.find
    for ch in chars:
        i = find(ch, start, end)
        count = 0
        while i >= 0 and count < cap:
            out.append((i, 1, ch))
            count += 1
            i = find(ch, i + 1, end)


def _collect_marks(text: str, start: int, end: int, cap: int) -> list[_Mark]:
    """The quotation marks of ``text[start:end]`` in order (single quotation marks
    only when an opening one occurs), at most ``cap`` of each kind."""
    marks: list[_Mark] = []
    _find_all(text, _DOUBLE_CHARS, start, end, marks, cap)
    if text.find("\u2018", start, end) >= 0 or text.find("\u201a", start, end) >= 0:
        _find_all(text, _SINGLE_CHARS, start, end, marks, cap)
    if text.find("&", start, end) >= 0:
        for count, match in enumerate(_ENTITY_RE.finditer(text, start, end)):
            if count >= cap:
                break
            marks.append((match.start(), match.end() - match.start(), _ENTITY_MARKS[match.group()]))
    marks.sort()
    return marks


def _pair_marks(
    text: str, start: int, end: int, marks: Sequence[_Mark]
) -> list[tuple[int, int, int, int]]:
    """Top-level quotes of ``text[start:end]`` as ``(open, inner_start, inner_end,
    close_end)``; a quote left open runs to ``end`` (``inner_end == close_end``)."""
    stack: list[_Mark] = []
    found: list[tuple[int, int, int, int]] = []
    for mark_at in marks:
        pos, length, mark = mark_at
        mark_end = pos + length
        prev = text[pos - 1] if pos > start else " "
        nxt = text[mark_end] if mark_end < end else " "
        left = not nxt.isspace() and (prev.isspace() or prev in _LEFT_OK)
        right = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_OK)
        match_at = -1
        if mark in _CAN_CLOSE and stack:
            for index in range(len(stack) - 1, -1, -1):
                if mark in _CLOSERS[stack[index][2]]:
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
            if match_at >= 0 and (right or not left or stack[match_at][2] != mark):
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u201c\u2018":
            # Opens, except where it closes a low opening mark (German \u201e\u2026\u201c).
            if match_at >= 0 and stack[match_at][2] in "\u201e\u201a" and (right or not left):
                action = "close"
            else:
                action = "open" if left or not right else "skip"
        elif mark in "\u300d\u300f":
            action = "close" if match_at >= 0 else "skip"
        elif match_at >= 0 and (right or not left):  # '"' and '\u201d': the sides decide
            action = "close"
        elif left:
            action = "open"
        else:
            action = "close" if match_at >= 0 else "skip"
        if action == "open":
            if len(stack) < _MAX_STACK:
                stack.append(mark_at)
        elif action == "close":
            opener = stack[match_at]
            del stack[match_at:]
            if not stack:
                found.append((opener[0], opener[0] + opener[1], pos, mark_end))
    if stack:
        opener = stack[0]
        found.append((opener[0], opener[0] + opener[1], end, end))
    return found


# ---------------------------------------------------------------------------
# Tokens and names
# ---------------------------------------------------------------------------


def _keeps_dot(word: str) -> bool:
    """Is the period after ``word`` part of it (an initial or an abbreviation)?"""
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def _tokens(text: str, start: int, end: int) -> list[str]:
    """Words and single punctuation marks of ``text[start:end]``. A period stays on
    initials and abbreviations ("A.", "Dr."), so a lone "." always ends a sentence."""
    out: list[str] = _TOKEN.findall(text, start, end)
    index = 0
    try:
        while True:
            index = out.index(".", index + 1)
            if _keeps_dot(out[index - 1]):
                out[index - 1] += "."
                del out[index]
                index -= 1
    except ValueError:
        return out


def _is_cap(token: str) -> bool:
    """Could ``token`` be part of a name?"""
    if not token[0].isupper() or token in _STOP:
        return False
    return not token.endswith(("\u2019s", "'s"))


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _is_name_word(word: str) -> bool:
    """A capitalised word with nothing glued after it (or an initial)."""
    return _is_cap(word) and (word[-1].isalpha() or _is_initial(word))


def _trim_name(words: Sequence[str], *, at_start: bool = False, office: bool = False) -> str | None:
    """A speaker name from a run of capitalised words: leading function words, titles
    and acronyms dropped ("NATO Secretary General Mark Rutte" gives "Mark Rutte").
    ``at_start``: the run opens a sentence, so its first word may be capitalised only
    for that ("Economist Anna Berg"); it is dropped when two name words remain.
    ``office``: the run follows "<title> of" ("Secretary of State Marco Rubio"), so its
    first words name the office and only the last two name words can be the person."""
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
    if at_start and len(cores) >= 3 and cores[0] == 0 and len(items) == len(words):
        items = items[cores[1] :]
        cores = [i - cores[1] for i in cores[1:]]
    if not cores:
        return None
    if len(cores) > 3 or (office and len(cores) > 2):
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
    if (
        j + 1 < n
        and tokens[j - 1].lower() in _TITLES
        and tokens[j].lower() in _OFFICE_LINKS
        and tokens[j + 1][0].isalpha()
        and _is_cap(tokens[j + 1])
    ):
        # "Minister of Foreign Affairs Sergey Lavrov": read on past the office.
        k = j + 1
        while k < n and tokens[k][0].isalpha() and _is_cap(tokens[k]):
            k += 1
        name = _trim_name(tokens[j + 1 : k], office=True)
        if name is not None:
            return name, k
    if tokens[j - 1].endswith(("\u2019s", "'s")) or (
        j < n and tokens[j] in ("\u2019s", "'s", "\u2019", "'")
    ):
        return None, j  # a possessive: "Putin's spokesman"
    return _trim_name(tokens[i:j], at_start=i == 0), j


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
    office = i >= 2 and tokens[i - 1].lower() in _OFFICE_LINKS and tokens[i - 2].lower() in _TITLES
    return _trim_name(tokens[i : j + 1], at_start=i == 0, office=office)


def _sentence_start(text: str, low: int, pos: int) -> int:
    """Where the sentence that ``pos`` is in starts (not before ``low``): after the
    last ``.``, ``?``, ``!`` or ``\u2026`` followed by a space that does not end an
    initial or an abbreviation."""
    rfind = text.rfind
    i = pos
    while i > low:
        j = max(rfind(".", low, i), rfind("?", low, i), rfind("!", low, i), rfind("\u2026", low, i))
        if j < 0:
            return low
        if j + 1 < pos and text[j + 1].isspace():
            if text[j] != ".":
                return j + 1
            k = j
            while k > low and k > j - 8 and text[k - 1].isalpha():
                k -= 1
            if not _keeps_dot(text[k:j]):
                return j + 1
        i = j
    return low


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


def _inverted_pronoun(word: str) -> str | None:
    """The pronoun of a French inverted verb ("a-t-elle", "ajoute-t-il"), or None."""
    if word.endswith("-il") or word.endswith("-elle"):
        return word.rsplit("-", 1)[1]
    return None


def _starts_block(text: str, block_start: int, pos: int) -> bool:
    return not text[block_start:pos].strip()


def _close_variant(a: str, b: str) -> bool:
    """Are two surnames (lower case) spellings of one name ("witkoff", "witkov")? Same
    first four letters, lengths within two, and all but two letters in common at the
    start."""
    if a == b or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return a == b
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 2


# An attribution: (kind, value) with kind "name", "pronoun" or "role".
_Attr = tuple[str, str]


class _Quote:
    """A top-level pair of marks found in a block (internal)."""

    __slots__ = ("close_end", "closed", "inner_end", "inner_start", "open", "speaker", "text")

    def __init__(self, open_: int, inner_start: int, inner_end: int, close_end: int) -> None:
        self.open = open_
        self.inner_start = inner_start
        self.inner_end = inner_end
        self.close_end = close_end
        self.closed = close_end > inner_end
        self.text = ""
        self.speaker: str | None = None


class QuoteFinder:
    """Finds quotations and their speakers; see the module docstring.

    ``speech_verbs`` is the set of word forms read as speech verbs (default
    :data:`SPEECH_VERBS`); ``max_marks`` bounds the quotation marks of each kind read
    in one block (default :data:`MAX_MARKS_PER_BLOCK`).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        *,
        speech_verbs: Iterable[str] = SPEECH_VERBS,
        max_marks: int = MAX_MARKS_PER_BLOCK,
    ) -> None:
        if isinstance(speech_verbs, str):
            raise ArgumentError("speech_verbs must be a set of words, not a single str")
        try:
            verbs = frozenset(speech_verbs)
        except TypeError:
            raise ArgumentError(
                f"speech_verbs must be a set of words, not {type(speech_verbs).__name__}"
            ) from None
        if not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
            raise ArgumentError("speech_verbs must be a non-empty set of non-empty strings")
        if not isinstance(max_marks, int) or isinstance(max_marks, bool) or max_marks < 2:
            raise ArgumentError(f"max_marks must be an int of at least 2, not {max_marks!r}")
        self.speech_verbs: frozenset[str] = verbs
        self.max_marks = max_marks

    # -- public -------------------------------------------------------------------

    def find(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
        """Quotations in the body blocks ``text[start:end]`` (given in reading order);
        one list per block, spans index into ``text``."""
        per_block = self._quotes(text, blocks)
        return [
            [
                citation(
                    "quotation",
                    quote.text,
                    span(quote.open, quote.close_end),
                    None,
                    None,
                    quote.speaker,
                )
                for quote in quotes
            ]
            for quotes in per_block
        ]

    def _quotes(self, text: str, blocks: Sequence[tuple[int, int]]) -> list[list[_Quote]]:
        per_block: list[list[_Quote]] = [[] for _ in blocks]
        if not blocks:
            return per_block
        low = min(start for start, _ in blocks)
        high = max(end for _, end in blocks)
        marks = _collect_marks(text, low, high, self.max_marks * len(blocks))
        if not marks:
            return per_block
        positions = [mark[0] for mark in marks]
        context = _Context(self, text, low)
        previous_open: _Quote | None = None  # a quote left open at the end of a block
        for index, (start, end) in enumerate(blocks):
            first = bisect_left(positions, start)
            last_mark = bisect_left(positions, end, first)
            if first == last_mark:
                previous_open = None
                continue
            block_marks = marks[first : min(last_mark, first + 3 * self.max_marks)]
            quotes = per_block[index]
            last: _Quote | None = None
            pairs = _pair_marks(text, start, end, block_marks)
            for number, (open_, inner_start, inner_end, close_end) in enumerate(pairs):
                quote = _Quote(open_, inner_start, inner_end, close_end)
                prev_close = pairs[number - 1][3] if number else start
                next_open = pairs[number + 1][0] if number + 1 < len(pairs) else end
                carried = previous_open if number == 0 else None
                if self._judge(context, quote, (start, end), prev_close, next_open, last, carried):
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
        return per_block

    # -- one quote ----------------------------------------------------------------

    def _judge(
        self,
        context: _Context,
        quote: _Quote,
        block: tuple[int, int],
        prev_close: int,
        next_open: int,
        last: _Quote | None,
        carried: _Quote | None,
    ) -> bool:
        """Fill in ``quote.text`` and ``quote.speaker``; False when it is not a quotation."""
        text = context.text
        block_start, block_end = block
        raw = text[quote.inner_start : quote.inner_end]
        stripped = raw.strip()
        if len(stripped) <= 2:
            return False
        n_words = stripped.count(" ") + 1 if len(stripped) < 200 else len(stripped.split())
        if n_words <= 3 and len(stripped) > 8 and any(ch >= "\u2e80" for ch in stripped):
            n_words = max(n_words, len(stripped) // 2)  # scripts written without spaces
        ends_punct = stripped.rstrip("\"'\u2019\u201d\u00bb)").endswith(
            (",", ".", "!", "?", "\u2026", ";")
        )
        pre_start = _sentence_start(text, max(prev_close, quote.open - _WINDOW), quote.open)
        if n_words <= 3 and not ends_punct:
            # A scare quote or a title unless a speech verb or a colon leads into it.
            before = text[pre_start : quote.open].split()
            lead = before[-1] if before else ""
            if not lead or not (lead[-1] in ":," or lead in self.speech_verbs):
                return False
        pre = _tokens(text, pre_start, quote.open) if pre_start < quote.open else []
        post: list[str] = []
        bare_end = False
        post_end = quote.close_end
        if quote.closed:
            post_end = min(next_open, quote.close_end + 100, block_end)
            post = _tokens(text, quote.close_end, post_end)
            stop = _first_sentence_end(post)
            bare_end = stop >= 0 or post_end in (next_open, block_end)
            if stop >= 0:
                post = post[:stop]
        attr: _Attr | None = None
        adjacent = True
        if post:
            attr = self._after(post, ends_punct and bare_end)
            if attr is not None and n_words <= 3 and not ends_punct:
                attr = None  # a scare quote followed by a verb: not clearly attributed
        if attr is None and pre:
            attr = self._before(pre, n_words)
        if attr is None and n_words >= 4:
            adjacent = False
            if quote.closed and not bare_end:
                wider = min(next_open, quote.close_end + _WINDOW, block_end)
                if wider > post_end:
                    post = _tokens(text, quote.close_end, wider)
                    stop = _first_sentence_end(post)
                    post = post[:stop] if stop >= 0 else post
            attr = self._in_sentence(pre, post)
        speaker: str | None = None
        if attr is not None:
            speaker = context.resolve(attr, quote.open)
        elif not pre and last is not None and last.speaker is not None:
            # A new sentence that carries on the previous quote of the paragraph.
            speaker, adjacent, attr = last.speaker, True, ("name", last.speaker)
        elif (
            carried is not None
            and carried.speaker is not None
            and _starts_block(text, block_start, quote.open)
        ):
            speaker, attr = carried.speaker, ("name", carried.speaker)
        if attr is None:
            if n_words <= 3:
                return False
            mid_sentence = bool(pre) and pre[-1] not in (":", ",")
            if mid_sentence and not ends_punct and n_words < 8:
                return False
        elif not adjacent and n_words <= 3:
            return False
        quote.text = _clean(raw).rstrip(" ,;")
        if not quote.text:
            return False
        quote.speaker = speaker
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
        if token.endswith(("\u2019s", "'s")) and token[0].isupper():
            # "Putin's spokesman said": a role of the named person's side, not the person.
            j = i + 1
            while j < n and j < i + 4 and tokens[j].isalpha() and tokens[j].islower():
                if self._is_verb(tokens[j]):
                    break
                j += 1
            if j > i + 1 and self._verb_follows(tokens, j):
                return ("role", tokens[j - 1].lower())
            return None
        inverted = _inverted_pronoun(low)
        if inverted is not None:
            # French inversion: "a-t-elle ajout\u00e9", "ajoute-t-il", "d\u00e9clare-t-elle"
            verb = low.rsplit("-", 2)[0] if low.endswith(("-t-il", "-t-elle")) else ""
            if self._is_verb(verb) or self._verb_follows(tokens, i + 1):
                return ("pronoun", inverted)
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
            # "the officer in charge of \u2026, Colonel X, said"
            comma = j
            while comma < n and comma < i + 14 and tokens[comma] != ",":
                comma += 1
            if comma < n and tokens[comma] == ",":
                name, k = _name_forward(tokens, comma + 1)
                if name is not None and k < n and tokens[k] == ",":
                    k += 1
                if name is not None and self._verb_follows(tokens, k):
                    return ("name", name)
        return None

    def _verb_follows(self, tokens: Sequence[str], j: int) -> bool:
        """Is there a speech verb at ``tokens[j]``, after at most two adverbs or
        auxiliaries ("bluntly stated", "has also said")?"""
        for k in range(j, min(j + 3, len(tokens))):
            word = tokens[k]
            if self._is_verb(word):
                return True
            low = word.lower()
            if not (low in _AUX or (low.endswith("ly") and len(low) > 3 and word.islower())):
                return False
        return False

    def _speaker_after_verb(self, tokens: Sequence[str], j: int) -> _Attr | None:
        """The speaker named after a speech verb: "says X", "said he", "said the officer"."""
        n = len(tokens)
        if j >= n:
            return None
        word = tokens[j]
        low = word.lower()
        if low in PRONOUNS or low in _OTHER_PRONOUNS:
            return ("pronoun", low)
        if word[0].isalpha() and _is_cap(word):
            name, _ = _name_forward(tokens, j)
            return ("name", name) if name else None
        if word.islower() and low not in _DETERMINERS:
            # Role words before the name: "said council member X", "said former minister X".
            k = j
            while k < n and k < j + 4 and tokens[k].isalpha() and tokens[k].islower():
                if tokens[k] in _FUNCTION_WORDS or tokens[k] in _THAT:
                    return None
                k += 1
            if k < n and k > j and tokens[k][0].isalpha() and _is_cap(tokens[k]):
                name, _ = _name_forward(tokens, k)
                return ("name", name) if name else None
            return None
        if low in _DETERMINERS:
            k = j + 1
            while k < n and k < j + 5 and tokens[k][0].isalpha():
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
            return ("name", name) if name is not None else None
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
        if gap > 10 or (n_words <= 3 and gap > 1):
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
        for k, word in enumerate(post):
            if self._is_verb(word):
                found = self._subject_of(post, k)
                if found is not None and found[0] != "role":
                    return found
        return None


class _Context:
    """What the text before a quote says about people, looked up lazily and within
    bounds: the full name a surname stands for, who was last credited with speech (for
    pronouns) and which person a role noun was used for ("the officer"). Every look-up
    reads only text it has not read before, from the last quote with a speaker and at
    most :data:`_CONTEXT` characters back, so the cost stays linear."""

    def __init__(self, finder: QuoteFinder, text: str, low: int) -> None:
        self.finder = finder
        self.text = text
        self.low = low
        # surname -> [searched up to, full names, given names of variant spellings]
        self.surnames: dict[str, tuple[list[int], set[str], set[str]]] = {}
        # In reading order: (True, name) when a person is credited with speech (a quote
        # or "X said"), (False, name) when a person is introduced ("envoy X", "X, a ...").
        # Scans never go back past the last noted speaker, so appending keeps the order.
        self.events: list[tuple[bool, str]] = []
        self.scanned = low
        self.descriptors: dict[str, frozenset[str]] = {}

    def note(self, pos: int, speaker: str) -> None:
        """Record that ``speaker`` was credited with the quote at ``pos``."""
        self.events.append((True, speaker))
        self.scanned = max(self.scanned, pos)

    def resolve(self, attr: _Attr, pos: int) -> str | None:
        """The speaker an attribution stands for at ``pos``, or None."""
        kind, value = attr
        if kind == "name":
            return self.complete(value, pos)
        if kind == "pronoun" and value not in PRONOUNS:
            return None
        self._scan(pos)
        events = self.events
        if kind == "pronoun":
            introduced: set[str] = set()
            for count, (credit, who) in enumerate(reversed(events)):
                if count > _RECENT_SPEAKERS:
                    return None
                if not credit:
                    introduced.add(who.rsplit(" ", 1)[-1])
                    continue
                surname = who.rsplit(" ", 1)[-1]
                if introduced - {surname}:
                    return None  # another person came in since: ambiguous
                return who
            return None
        seen: set[str] = set()
        for credit, who in reversed(events[-4 * _RECENT_SPEAKERS :]):
            if credit and who not in seen:
                seen.add(who)
                if value in self._descriptor(who, pos):
                    return who
        return None

    def _scan(self, pos: int) -> None:
        """Read the text not read yet before ``pos`` (at most :data:`_CONTEXT`
        characters back) for "X said" credits and introductions of people."""
        start = max(self.scanned, pos - _CONTEXT)
        if start >= pos:
            return
        self.scanned = pos
        tokens = _tokens(self.text, start, pos)
        finder = self.finder
        verbs = finder.speech_verbs
        n = len(tokens)
        found: list[tuple[int, bool, str]] = []
        hits = verbs.intersection(tokens)
        if hits:
            ends = [k for k, word in enumerate(tokens) if word in _SENTENCE_END]
            for k in [k for k, word in enumerate(tokens) if word in hits]:
                first = bisect_left(ends, k)
                sentence_start = ends[first - 1] + 1 if first else 0
                stop = ends[first] if first < len(ends) else n
                sentence = tokens[sentence_start:stop]
                local = k - sentence_start
                attr = finder._subject_of(sentence, local)
                if attr is None or attr[0] != "name":
                    attr = finder._speaker_after_verb(sentence, local + 1)
                if attr is not None and attr[0] == "name":
                    found.append((k, True, self.complete(attr[1], pos)))
        starts = [
            k
            for k in range(n - 1)
            if tokens[k][0].isupper()
            and tokens[k + 1][0].isupper()
            and (k == 0 or not tokens[k - 1][0].isupper())
        ]
        for k in starts:
            if not (_is_name_word(tokens[k]) and _is_name_word(tokens[k + 1])):
                continue
            full, after = _name_forward(tokens, k)
            if full is None or " " not in full:
                continue
            lead = tokens[k - 1] if k > 0 else ""
            role_before = (
                lead.isalpha()
                and lead.islower()
                and lead not in _DETERMINERS
                and lead not in _FUNCTION_WORDS
                and lead not in verbs
            )
            appositive = (
                after + 1 < n
                and tokens[after] == ","
                and tokens[after + 1].lower() in ("a", "an", "the", "who")
            )
            if role_before or appositive:
                found.append((k, False, full))
        found.sort()
        self.events.extend((credit, who) for _, credit, who in found)

    # -- surnames -----------------------------------------------------------------

    def complete(self, name: str, pos: int) -> str:
        """A surname alone completed to the full name seen before ``pos``, when there
        is exactly one; a variant spelling ("Witkoff" after "Steve Witkov") borrows the
        given names and keeps its own spelling."""
        if " " in name or len(name) < 3:
            return name
        state = self.surnames.get(name)
        if state is None:
            if len(self.surnames) >= _MAX_SURNAMES:
                return name
            state = ([self.low], set(), set())
            self.surnames[name] = state
        if state[0][0] < pos:
            self._search(name, state, pos)
        exact, variants = state[1], state[2]
        if exact:
            return next(iter(exact)) if len(exact) == 1 else name
        if len(variants) == 1:
            return f"{next(iter(variants))} {name}"
        return name

    def _search(self, name: str, state: tuple[list[int], set[str], set[str]], pos: int) -> None:
        text = self.text
        # A variant spelling shares all but two letters at the start (see
        # _close_variant), so it shares at least this prefix.
        prefix = name[: max(4, len(name) - 4)]
        key = name.lower()
        find = text.find
        i = find(prefix, max(state[0][0], pos - _NAME_LOOKBACK), pos)
        count = 0
        while i >= 0 and count < _MAX_OCCURRENCES:
            count += 1
            if i == 0 or not text[i - 1].isalnum():
                j = i + len(prefix)
                limit = min(pos, i + 40)
                while j < limit and text[j].isalnum():
                    j += 1
                word = text[i:j]
                exact = word == name
                if exact or _close_variant(word.lower(), key):
                    given, at_start = _given_names(text, max(self.low, i - 80), i)
                    full = _trim_name([*given, word], at_start=at_start) if given else None
                    if full is not None and " " in full:
                        if exact:
                            state[1].add(full)
                        else:
                            state[2].add(full.rsplit(" ", 1)[0])
            i = find(prefix, i + 1, pos)
        state[0][0] = pos

    # -- who spoke last, who was introduced ------------------------------------------

    def _descriptor(self, who: str, pos: int) -> frozenset[str]:
        """The words used about ``who`` where the name appears before ``pos``: role
        words before it ("IDF reserve officer X") and an appositive after it ("X, an
        officer of \u2026,")."""
        cached = self.descriptors.get(who)
        if cached is not None:
            return cached
        text = self.text
        words: set[str] = set()
        i = text.find(who, max(self.low, pos - _NAME_LOOKBACK), pos)
        count = 0
        while i >= 0 and count < 20:
            count += 1
            for word in reversed(text[max(self.low, i - 60) : i].split()[-4:]):
                low = word.lower()
                if not word.isalnum() or low in _DETERMINERS or low in _FUNCTION_WORDS:
                    break
                words.add(low)
            after = text[i + len(who) : i + len(who) + 160]
            if after.startswith(", "):
                segment = after[2:].split(",", 1)[0].split(".", 1)[0]
                words.update(w.lower() for w in segment.split()[:10])
            i = text.find(who, i + 1, pos)
        result = frozenset(words)
        self.descriptors[who] = result
        return result


def _given_names(text: str, start: int, end: int) -> tuple[list[str], bool]:
    """The capitalised words right before ``end`` (given names, initials, particles),
    and whether they open a sentence."""
    chunk = text[start:end]
    if not chunk or chunk[-1] not in " \u00a0":
        return [], False
    words = chunk.split()
    if start > 0 and not text[start - 1].isspace() and words:
        words = words[1:]  # cut in the middle of a word
    run: list[str] = []
    index = len(words)
    for word in reversed(words):
        if len(run) >= 4:
            break
        if _is_name_word(word) or (run and word.lower() in _PARTICLES):
            run.append(word)
            index -= 1
        else:
            break
    run.reverse()
    while run and run[0].lower() in _PARTICLES:
        run.pop(0)
    before = words[index - 1] if index > 0 else ""
    at_start = not before or before[-1] in '.!?\u2026:\u201d"'
    return run, at_start


_DEFAULT_FINDER = QuoteFinder()


def find_quotations(text: str, blocks: Sequence[tuple[int, int]]) -> list[list[Citation]]:
    """Quotations in the body blocks ``text[start:end]`` (given in reading order); one
    list per block, spans index into ``text``.

    Uses the default :class:`QuoteFinder` (speech verbs :data:`SPEECH_VERBS`). Never
    raises for odd text: marks that pair with nothing are ignored.

    .. versionadded:: 0.1.0
    """
    return _DEFAULT_FINDER.find(text, blocks)
