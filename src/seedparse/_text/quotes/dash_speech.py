"""Russian and Ukrainian direct speech in dash lines, with no quotation marks.

Both languages' rules for direct speech (Rosenthal's handbook; "Ukrainskyi pravopys"
2019, on direct speech and dialogue) write each line of it as a paragraph that opens
with a dash, an en dash or a hyphen-minus standing in for the em dash (examples below
transliterated):

* ``- Tekst, - skazav X. - Shche tekst.``: the attribution between dashes
  (:meth:`DashSpeech.attributed`);
* the line after an attributed one, or after a paragraph that introduces the speech
  and ends with a colon (``Holova hromady zaznachyv:``): the same speaker;
* an interview: the journalist's question in one dash line (``- ...?``, or a line
  that says "you"), the answer in the next; the answer is the interviewee's, whom the
  question addresses by name and patronymic (the Ukrainian vocative ``Petre
  Ivanovychu``) or the headline labels (``Surname: ...``, ``Given Surname, office``);
  an answer with neither is not taken;
* a lone dash paragraph of two sentences or more: speech whose speaker the text does
  not give there: the headline's label, else ``None``, never the last person named.

A list item (a phrase, a Latin line), a dash used as a parenthesis inside a sentence,
a score or a date range never opens a speech line (:func:`..dash_lines.speech_line`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..cleaning import clean_text
from ..dash_lines import DASHES, answer_line, dash_body, question_line, speech_line
from .attribution import Attribution
from .context import Context
from .dash_paragraphs import closing_attribution
from .latin_clauses import Attr
from .names import NAME_LOOKBACK, is_cyrillic, is_name_word, split_tokens
from .quote_state import Quote

__all__ = ["DashSpeech"]

_DC = "\u2014\u2013\\-"  # (in a character class)
_S = " \u00a0"
_CAPITAL = "[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]"
# A line of dash dialogue: "- words, - attribution. - more words" (bounded, linear).
# The dashes around the attribution stand between spaces, so a hyphen inside a word
# ("16-17", "Sankt-Peterburg") is none of them. Some outlets glue them: "-Tekst!-
# skazav X." (the opening dash to a Cyrillic capital, the closing one to the comma,
# "!", "?" or "\u2026" before it, or to a period: "...- hovoryt X").
_DASH_LINE = re.compile(
    f"[{_DC}](?:[{_S}]+|(?={_CAPITAL}))"
    f"([^\\n]{{2,2000}}?(?:[,!?\u2026]|\\.(?=[{_DC}])))[{_S}]?[{_DC}][{_S}]"
    f"([^\\n{_DC}.!?]{{3,120}})"
    f"(?:[.,:]?[{_S}]?$|[.,:][{_S}][{_DC}][{_S}]+([^\\n]{{2,2000}})$)",
    re.MULTILINE,
)
_SENTENCE_END = re.compile(r"[.!?\u2026][\u00bb\u201c\"')]*(?:\s|$)")
_CLOSERS = "\u00bb\u201c\u201d\"') "
# A Ukrainian vocative address opening a question: given name, patronymic, comma
# ("Petre Ivanovychu,", "Olho Petrivno,"; in Cyrillic).
_VOCATIVE = re.compile(
    r"([\u0400-\u04ff\u2019']{2,20})[\u0435\u044e\u043e\u0454] "
    r"([\u0400-\u04ff\u2019']{2,20}(?:\u0432\u0438\u0447|\u0456\u0447|\u0432\u043d))([\u0443\u043e]),"
)
_GIVEN_ENDINGS = {"\u0435": "", "\u044e": "\u0439", "\u043e": "\u0430", "\u0454": "\u044f"}
_MAX_MENTIONS = 8  # mentions of a name and patronymic read for the surname after them
_HEADLINE_MAX = 200
#: Most blocks from one answer to the next in a dialogue (answer, question, answer).
_DIALOGUE_GAP = 4
_WORD = re.compile(r"\w+")
# The polite and familiar "you" of Ukrainian and Russian, in their case forms.
_SECOND_PERSON = frozenset(
    (
        "\u0432\u0438",
        "\u0432\u0430\u0441",
        "\u0432\u0430\u043c",
        "\u0432\u0430\u043c\u0438",
        "\u0432\u0430\u0448",
        "\u0432\u0430\u0448\u0430",
        "\u0432\u0430\u0448\u0435",
        "\u0432\u0430\u0448\u0456",
        "\u0432\u044b",
        "\u0432\u0430\u0448\u0438",
        "\u0442\u0438",
        "\u0442\u044b",
        "\u0442\u0435\u0431\u0435",
        "\u0442\u0435\u0431\u044f",
        "\u0442\u043e\u0431\u0456",
    )
)


class DashSpeech:
    """The dash lines of one text, read block by block in order (see the module)."""

    def __init__(
        self,
        grammar: Attribution,
        context: Context,
        colon_before: Callable[[int, int, int], str | None],
    ) -> None:
        self._grammar = grammar
        self._context = context
        self._colon_before = colon_before
        self._last: tuple[int, str | None] | None = None  # block index, speaker
        self._question: tuple[int, str | None] | None = None  # block index, addressee
        self._headline: tuple[str | None] | None = None  # (not read yet: None)
        # The paragraph after a dash line that closes its speech: index, quote.
        self._tail: tuple[int, Quote] | None = None
        # Who last answered in the dialogue (a line that asks nothing): index, speaker.
        self._answerer: tuple[int, str] | None = None

    def block(
        self, index: int, start: int, end: int, following: tuple[int, int] | None = None
    ) -> Quote | None:
        """The quotation of the block ``text[start:end]`` that opens with a dash, or
        None (a question, a list item, a line with no speaker and one sentence).
        ``following`` is the next block, which may go on with the speech and close it
        (:mod:`.dash_paragraphs`)."""
        text = self._context.text
        quote = self.attributed(start, end)
        if quote is not None:
            self._last = (index, quote.speaker)
            if quote.text.endswith("?"):
                self._question = (index, None)  # ("- ...? - utochniuie X.")
            else:
                self._answered(index, quote.speaker)
            return quote
        line = text[start:end]
        body = start + dash_body(line)
        if not speech_line(line):
            if answer_line(line) and self._follows_question(index):
                return self._answer(index, start, body, end)  # ("- Zvisno.")
            return None
        if following is not None and (quote := self._runs_on(index, start, body, end, following)):
            return quote
        sentences = len(_SENTENCE_END.findall(line))
        if question_line(line) or (sentences < 2 and _addresses(line)):
            self._question = (index, self._addressee(body, end))
            return None
        follows = index - 1
        if self._follows_question(index):
            return self._answer(index, start, body, end)
        if self._last is not None and self._last[0] == follows:
            speaker = self._last[1]
        else:
            speaker = self._colon_before(start, body, len(line.split()))
            if speaker is None:
                if sentences < 2:
                    return None
                speaker = self._interviewee()  # (an interview's answer, or nobody)
        quote = self._quote(start, body, end)
        if quote is None:
            return None
        quote.speaker = speaker
        if speaker is not None:
            self._context.note(end, speaker)
        self._last = (index, speaker)
        self._answered(index, speaker)
        return quote

    def _follows_question(self, index: int) -> bool:
        return self._question is not None and self._question[0] == index - 1

    def _answer(self, index: int, start: int, body: int, end: int) -> Quote | None:
        """The answer line after a question: the addressee's, the headline's
        interviewee's, or who answered the questions before in the same dialogue
        (:data:`_DIALOGUE_GAP` blocks back at most); None when none of them is known."""
        assert self._question is not None
        speaker = self._question[1] or self._interviewee()
        answerer = self._answerer
        if speaker is None and answerer is not None and index - answerer[0] <= _DIALOGUE_GAP:
            speaker = answerer[1]
        if speaker is None:
            return None  # an answer, but whose the text does not say here
        quote = self._quote(start, body, end)
        if quote is None:
            return None
        quote.speaker = speaker
        self._context.note(end, speaker)
        self._last = (index, speaker)
        self._answered(index, speaker)
        return quote

    def _answered(self, index: int, speaker: str | None) -> None:
        if speaker is not None:
            self._answerer = (index, speaker)

    def tail(self, index: int) -> Quote | None:
        """The quotation of block ``index`` when it is the paragraph that closes the
        speech of the dash line before it (see :meth:`block`), else None."""
        if self._tail is None or self._tail[0] != index:
            return None
        return self._tail[1]

    def _runs_on(
        self, index: int, start: int, body: int, end: int, following: tuple[int, int]
    ) -> Quote | None:
        """The dash line's quotation when the next paragraph goes on with its speech
        and closes it with an attribution (:func:`.dash_paragraphs.closing_attribution`);
        that paragraph's quotation waits in ``_tail``."""
        closing = closing_attribution(self._context.text, *following)
        if closing is None:
            return None
        inner_end, attribution = closing
        found = self._speaker_of(attribution, following[0])
        if found is None:
            return None
        speaker = found[0]
        quote = self._quote(start, body, end)
        second = self._quote(following[0], following[0], inner_end)
        if quote is None or second is None:
            return None
        quote.speaker = second.speaker = speaker
        if speaker is not None:
            self._context.note(inner_end, speaker)
        self._tail = (index + 1, second)
        self._last = (index + 1, speaker)
        return quote

    def _speaker_of(self, attribution: str, pos: int) -> tuple[str | None] | None:
        """The speaker an attribution after a dash names, as a 1-tuple (its one item
        None when it names nobody the text knows), or None when the words are no
        attribution: a Cyrillic speech verb first or second in them."""
        attr = self._attribution(attribution)
        if attr is None:
            return None
        return (self._completed(self._context.resolve(attr, pos)),)

    def _attribution(self, words: str) -> Attr | None:
        """The attribution the words after a dash give, or None when they are none: a
        Cyrillic speech verb must be first or second in them ("- ..., - on skazal.")."""
        tokens = split_tokens(words, 0, len(words))
        is_verb = self._grammar.is_verb
        verb = tokens[0] if tokens and is_verb(tokens[0]) else ""
        if not verb and len(tokens) > 1 and is_verb(tokens[1]):
            verb = tokens[1]
        if not verb or not is_cyrillic(verb):
            return None
        return self._grammar.after(tokens, False)

    def _completed(self, speaker: str | None) -> str | None:
        """A surname alone, completed with the given name of the headline's label when
        the label ends with it ("Given Surname: ..." over "- ..., - skazal Surname."):
        the body may never write the name in full."""
        if speaker is None or " " in speaker:
            return speaker
        label = self._interviewee()
        return label if label is not None and label.endswith(" " + speaker) else speaker

    def attributed(self, start: int, end: int) -> Quote | None:
        """A line with its attribution after the words between dashes ("- My
        gotovy, - skazal on. - ..."): only with a Cyrillic speech verb first or second
        in it ("- ..., - on skazal."), so that a dash-led list item or an English line
        is never taken. None otherwise."""
        text = self._context.text
        if text[start : start + 1] not in DASHES:
            return None
        match = _DASH_LINE.match(text, start, end)
        if match is None:
            return None
        attr = self._attribution(match.group(2))
        if attr is None:
            return None
        inner_end = end if match.group(3) else match.end(1)
        quote = self._quote(match.start(), match.start(1), inner_end)
        if quote is None:
            return None
        quote.speaker = self._completed(self._context.resolve(attr, quote.open))
        if quote.speaker is not None:
            self._context.note(inner_end, quote.speaker)
        return quote

    def _quote(self, open_: int, inner_start: int, inner_end: int) -> Quote | None:
        quote = Quote(open_, inner_start, inner_end, inner_end)
        quote.closed = True
        quote.text = clean_text(self._context.text[inner_start:inner_end]).rstrip(" ,;")
        return quote if quote.text else None

    def _addressee(self, body: int, end: int) -> str | None:
        """The person a question addresses by given name and patronymic, in the
        vocative ("Petre Ivanovychu, ...?"): the nominative, completed with the surname
        the text wrote after the same two words before, when it did."""
        text = self._context.text
        match = _VOCATIVE.match(text, body, end)
        if match is None:
            return None
        stem, patronymic, case = match.group(1), match.group(2), match.group(3)
        vocative_end = text[match.end(1)]
        patronymic += "" if case == "\u0443" else "\u0430"
        low = max(self._context.low, body - NAME_LOOKBACK)
        pair = f"{stem}{_GIVEN_ENDINGS[vocative_end]} {patronymic}"
        at = text.find(pair, low, body)
        for _ in range(_MAX_MENTIONS):  # (the first mentions: a name is written in full first)
            if at < 0:
                break
            after = text[at + len(pair) : at + len(pair) + 40].split()
            surname = after[0].rstrip(".,;:") if after else ""
            if surname and is_name_word(surname) and is_cyrillic(surname):
                return f"{pair} {surname}"
            at = text.find(pair, at + len(pair), body)
        return pair

    def _interviewee(self) -> str | None:
        """The person the headline over the body labels: a name run in Cyrillic, then
        a colon ("Surname: ...") or, two words or more, a comma ("Given Surname, ...")."""
        if self._headline is None:
            self._headline = (_headline_name(self._context.text, self._context.low),)
        return self._headline[0]


def _addresses(line: str) -> bool:
    """Does the line speak to someone ("Pro vas kazhut, shcho vy ...", "you"): a
    journalist's turn in an interview, though it ends with no question mark?"""
    return any(word in _SECOND_PERSON for word in _WORD.findall(line.lower()))


def _headline_name(text: str, low: int) -> str | None:
    if not 0 < low <= _HEADLINE_MAX:
        return None
    headline = text[:low].strip()
    if not headline or "\n" in headline:
        return None
    run: list[str] = []
    for word in headline.split()[:4]:
        bare = word.rstrip(":,")
        if not is_name_word(bare) or not is_cyrillic(bare):
            return None
        run.append(bare)
        if word.endswith(":") or (word.endswith(",") and len(run) >= 2):
            return " ".join(run)
        if bare != word:
            return None
    return None
