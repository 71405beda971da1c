"""Russian and Ukrainian names in their *named form* (the nominative a speaker is given
in): a full name the text wrote in the genitive after an office or a preposition
("\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f
\u0414\u043c\u0438\u0442\u0440\u0438\u044f \u041f\u0435\u0441\u043a\u043e\u0432\u0430",
"\u0437\u0430\u044f\u0432\u0430 \u0413\u0430\u043d\u043d\u0438
\u0417\u0430\u043c\u0430\u0437\u0454\u0454\u0432\u043e\u0457") is put back in the
nominative by ending rules, and a run of words that cannot be a person's name (an
outlet: "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0456
\u041d\u043e\u0432\u0438\u043d\u0438") is told apart. Pure functions of strings."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from .names import is_cyrillic, slavic_title
from .slavic_case import (
    ADJECTIVAL_GENITIVE,
    UKRAINIAN_LETTERS,
    feminine_given,
    genitive_nominative,
    masculine_surname,
    oblique_nominative,
)

__all__ = [
    "abbreviates",
    "expand_initial",
    "is_outlet_lead",
    "nominative_name",
    "not_a_person",
    "oblique_adjective",
    "of_a_person",
    "office_complement",
    "one_person",
    "spelled_out",
]

# Masculine surnames in "-\u043e\u0432", "-\u0435\u0432", "-\u0438\u043d" and the like,
# whose genitive ("-\u043e\u0432\u0430") is also a woman's nominative: the genitive
# is read only with evidence (see :func:`nominative_name`).
_POSSESSIVE_GENITIVE = (
    "\u043e\u0432\u0430",
    "\u0435\u0432\u0430",
    "\u0451\u0432\u0430",
    "\u0454\u0432\u0430",
    "\u0438\u043d\u0430",
    "\u044b\u043d\u0430",
    "\u0456\u043d\u0430",
)
# Prepositions that take the genitive right before a name
# ("\u0443 \u0414\u043c\u0438\u0442\u0440\u0438\u044f \u041f\u0435\u0441\u043a\u043e\u0432\u0430",
# "\u0432\u0456\u0434 \u0406\u0432\u0430\u043d\u0430 \u2026").
_GENITIVE_PREPOSITIONS = frozenset(
    (
        "\u0443",
        "\u043e\u0442",
        "\u0434\u043b\u044f",
        "\u0431\u0435\u0437",
        "\u0434\u043e",
        "\u0432\u0456\u0434",
        "\u0441\u043b\u043e\u0432\u0430\u043c",
        "\u0441\u043b\u043e\u0432\u0430\u043c\u0438",
        "\u043c\u043d\u0435\u043d\u0438\u044e",
        "\u0434\u0443\u043c\u043a\u0443",
    )
)


class _TextMemo:
    """Answers of :func:`nominative_name` for the one text last asked about: a text
    is asked about each name again for every quote after it, and each answer reads the
    whole text, so without this the cost would grow with the square of its length.
    Only that text is held (a new text replaces the memo)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[str | None, dict[str, str | None]] = (None, {})

    def answers_for(self, text: str) -> dict[str, str | None]:
        # (One tuple read and one written: a thread never gets another text's answers.)
        state = self.state
        if state[0] is not text:
            state = (text, {})
            self.state = state
        return state[1]


_MEMO = _TextMemo()
_MEMO_LIMIT = 1 << 12  # names per text remembered (beyond, answers are recomputed)


def nominative_name(name: str, text: str = "") -> str | None:
    """The nominative of a Russian or Ukrainian full name (given name and surname)
    written in the genitive, where the endings tell it (memoised per text: see
    :class:`_TextMemo`); None when ``name`` is not in the genitive or the endings
    leave doubt.

    * A man's surname declined as an adjective ("-\u0441\u043a\u043e\u0433\u043e",
      "-\u0446\u044c\u043a\u043e\u0433\u043e", ...) is certain.
    * A woman's: the given name in "-\u0438\u0438", "-\u0456\u0457", "-\u044b",
      "-\u0438" and the surname in "-\u043e\u0432\u043e\u0439",
      "-\u0438\u043d\u043e\u0457", "-\u0441\u043a\u043e\u0439", ... (or one not
      declined: "\u0413\u0443\u043c\u0435\u043d\u044e\u043a").
    * A man's surname in "-\u043e\u0432\u0430", "-\u0438\u043d\u0430" or a consonant and
      "-\u0430" (a consonant and "-\u043a\u0430" gives "-\u043a\u043e"), or one not
      declined, with the given name in
      the genitive is also a woman's nominative
      ("\u041c\u0430\u0440\u0438\u044f \u0417\u0430\u0445\u0430\u0440\u043e\u0432\u0430"):
      taken only when ``text`` writes the surname's nominative as a word of its own, or
      an office noun in an oblique case or a genitive preposition right before the
      name."""
    answers = _MEMO.answers_for(text)
    if name in answers:
        return answers[name]
    answer = _nominative_name(name, text)
    if len(answers) < _MEMO_LIMIT:
        answers[name] = answer
    return answer


def _nominative_name(name: str, text: str) -> str | None:
    words = name.split(" ")
    if len(words) != 2 or not all(words) or not all(map(is_cyrillic, words)):
        return None
    # (A text in Ukrainian reads "\u0414\u043c\u0438\u0442\u0440\u0430" as
    # "\u0414\u043c\u0438\u0442\u0440\u043e" whatever letters the name has.)
    ukrainian = not UKRAINIAN_LETTERS.isdisjoint(text[:2000].lower())
    nominative = genitive_nominative(name, certain=False, ukrainian=ukrainian)
    if nominative is None:
        return None
    given, surname = words
    low = surname.lower()
    if feminine_given(given) is not None or any(
        low.endswith(ending) for ending, _ in ADJECTIVAL_GENITIVE
    ):
        return nominative  # a woman's genitive, an adjectival surname: certain
    stem = nominative.rsplit(" ", 1)[1]
    certain = given.lower().endswith(("\u0435\u044f", "\u0430\u044f"))
    if stem == surname:
        # An undeclined surname: only the given name tells the case, and a man's
        # genitive in "-\u0430" is a woman's nominative
        # ("\u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u0430").
        return nominative if certain or _genitive_evidence(name, "", text) else None
    if not certain and not _genitive_evidence(name, stem, text):
        return None
    return nominative


def _genitive_evidence(name: str, stem: str, text: str) -> bool:
    """Does ``text`` show the full name ``name`` is a genitive: the surname's nominative
    ``stem`` written as a word of its own (not for ``stem`` ""), a genitive preposition
    among the two words before the name, or an office noun in an oblique case among the
    :data:`_OFFICE_REACH` words before it with nothing but the office's complement
    between (no punctuation: "\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0438
    \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430
    \u0437\u0434\u0440\u0430\u0432\u043e\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u044f
    \u0423\u043a\u0440\u0430\u0438\u043d\u044b X")?"""
    if not text:
        return False
    if stem and re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text):
        return True
    for before in _words_before(name, text):
        for k, word in enumerate(reversed(before)):
            low = word.lower().strip("()")
            if k > 0 and low[-1:] in ',.:;!?\u00bb\u201c\u201d"':
                break  # the clause before ends here
            low = low.strip(",.:;")
            if k < 2 and low in _GENITIVE_PREPOSITIONS:
                return True
            title = slavic_title(word)
            if title is None:
                continue
            if _in_nominative(title, low):
                break  # an office in the nominative: the name is its holder's
            # An oblique office that is the complement of one in the nominative
            # ("\u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044c
            # \u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440\u0430 \u2026 X"):
            # the name is the nominative office's holder.
            head = before[-k - 2] if k + 2 <= len(before) else ""
            head_title = slavic_title(head) if head else None
            head_low = head.lower().strip(",.:;()")
            if head_title is None or not _in_nominative(head_title, head_low):
                return True
            break
    return False


def office_complement(name: str, text: str) -> bool:
    """Does ``text`` write the name ``name`` after an office in an oblique case that
    is itself the complement of an office in the nominative
    ("\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c
    \u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u0430 X"): X holds the
    oblique office, and the nominative one is someone else's?"""
    for before in _words_before(name, text):
        for k, word in enumerate(reversed(before)):
            low = word.lower()
            if k > 0 and low[-1:] in ',.:;!?\u00bb\u201c\u201d"':
                break
            title = slavic_title(word)
            if title is None:
                continue
            if _in_nominative(title, low):
                break  # the first office back is in the nominative
            head = before[-k - 2] if k + 2 <= len(before) else ""
            head_title = slavic_title(head) if head else None
            head_low = head.lower()
            if head_title is not None and _in_nominative(head_title, head_low):
                return True
            break
    return False


#: Words before a name an oblique office noun may stand among (the office, then its
#: complement in the genitive: "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430
#: \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b
#: \u0423\u043a\u0440\u0430\u0438\u043d\u044b").
_OFFICE_REACH = 5


def _words_before(name: str, text: str) -> Iterator[list[str]]:
    """The last :data:`_OFFICE_REACH` words before each of the first eight places
    ``text`` writes ``name``."""
    i = text.find(name)
    count = 0
    while i >= 0 and count < 8:
        count += 1
        yield text[max(0, i - 120) : i].split()[-_OFFICE_REACH:]
        i = text.find(name, i + 1)


def _in_nominative(title: str, low: str) -> bool:
    """Is the office ``title`` (from :func:`slavic_title`) the word ``low`` itself, or
    its last part after a hyphen
    ("\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c"):
    an office in the nominative?"""
    return title in (low, low.rsplit("-", 1)[-1])


# Endings of a plural adjective: a word in a name that ends so is an outlet's or a
# body's ("\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0456
# \u041d\u043e\u0432\u0438\u043d\u0438", "\u0420\u0443\u0441\u0441\u043a\u0438\u0435
# \u0432\u0435\u0434\u043e\u043c\u043e\u0441\u0442\u0438"), never a person's given name.
_PLURAL_ADJECTIVE = (
    "\u044c\u043a\u0456",
    "\u0441\u044c\u043a\u0456",
    "\u043d\u0456",
    "\u0432\u0456",
    "\u0441\u043a\u0438\u0435",
    "\u043d\u044b\u0435",
    "\u043d\u0438\u0435",
    "\u044b\u0435",
)


def not_a_person(name: str) -> bool:
    """Is the Cyrillic run of words ``name`` no person's name: its first word a plural
    adjective (an outlet, a body)?"""
    first = name.split(" ", 1)[0].lower()
    return " " in name and first != "" and is_cyrillic(first) and first.endswith(_PLURAL_ADJECTIVE)


# A masculine or neuter adjective (or participle) in the genitive, the accusative or the
# dative singular, Russian and Ukrainian: "\u0443\u0431\u0438\u0442\u043e\u0433\u043e",
# "\u043a\u043e\u043b\u0438\u0448\u043d\u044c\u043e\u0433\u043e",
# "\u043f\u043e\u043a\u043e\u0439\u043d\u043e\u043c\u0443".
_OBLIQUE_ADJECTIVE = (
    "\u043e\u0433\u043e",
    "\u0435\u0433\u043e",
    "\u043e\u043c\u0443",
    "\u0435\u043c\u0443",
)
# Adverbs that end so ("\u043c\u043d\u043e\u0433\u043e", "\u0434\u043e\u043b\u0433\u043e").
_ADVERBS_IN_OGO = frozenset(
    (
        "\u043c\u043d\u043e\u0433\u043e",
        "\u043d\u0435\u043c\u043d\u043e\u0433\u043e",
        "\u0434\u043e\u043b\u0433\u043e",
        "\u043d\u0435\u0434\u043e\u043b\u0433\u043e",
        "\u0441\u0442\u0440\u043e\u0433\u043e",
    )
)


def oblique_adjective(word: str) -> bool:
    """Is ``word`` (lower case, the word before a name) a Russian or Ukrainian adjective
    in an oblique case ("\u043f\u043e \u0434\u0435\u043b\u0443
    \u0443\u0431\u0438\u0442\u043e\u0433\u043e X"): the name agrees with it, so it is
    someone talked about, not the sentence's subject?"""
    return (
        len(word) > 4
        and word.isalpha()
        and is_cyrillic(word)
        and word.endswith(_OBLIQUE_ADJECTIVE)
        and word not in _ADVERBS_IN_OGO
    )


def of_a_person(name: str, text: str) -> bool:
    """Is the Cyrillic run of two capitalised words ``name`` a noun and a man's
    surname in the genitive, a thing of a person's rather than a person
    ("\u0424\u0435\u043d\u043e\u043c\u0435\u043d
    \u041f\u043e\u0440\u043e\u0448\u0435\u043d\u043a\u0430",
    "\u0423\u0440\u044f\u0434 \u0428\u043c\u0438\u0433\u0430\u043b\u044f",
    "\u041e\u0444\u0456\u0441
    \u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u043e\u0433\u043e" at a
    sentence's start)? The surname is certainly a genitive (an adjectival ending, or
    ``text`` writes its nominative as a word of its own), and the first word
    is no given name in the genitive, nor one that may be a woman's nominative
    ("-\u0430", "-\u044f") beside a man's genitive surname."""
    words = name.split(" ")
    if len(words) != 2 or not all(map(is_cyrillic, words)):
        return False
    first, surname = words
    low = surname.lower()
    if not any(low.endswith(e) and len(low) > len(e) + 1 for e, _ in ADJECTIVAL_GENITIVE):
        stem = masculine_surname(surname, certain=True)
        if (
            stem is None
            or first.lower().endswith(("\u0430", "\u044f"))
            or not re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text)
        ):
            return False
    ukrainian = not UKRAINIAN_LETTERS.isdisjoint(text[:2000].lower())
    return genitive_nominative(name, certain=True, ukrainian=ukrainian) is None


def one_person(forms: Collection[str]) -> str | None:
    """The one full name the forms a text wrote a surname's person in come to, when
    every other form is that name in the genitive, the dative or the instrumental
    ("\u0418\u0433\u043e\u0440\u044c
    \u0427\u0435\u0440\u0435\u0434\u043d\u0438\u0447\u0435\u043d\u043a\u043e",
    then "\u0418\u0433\u043e\u0440\u044f
    \u0427\u0435\u0440\u0435\u0434\u043d\u0438\u0447\u0435\u043d\u043a\u043e":
    one man, in the nominative); None when two of them are no case of one another."""
    left = set(forms)
    for form in forms:
        oblique = oblique_nominative(form)
        readings = (genitive_nominative(form, certain=True), oblique and oblique[0])
        if any(reading and reading != form and reading in left for reading in readings):
            left.discard(form)
    for form in forms:
        # "\u0418. \u0426\u0435\u0446\u0435\u0440\u0441\u043a\u0438\u0439" after
        # "\u0418\u0432\u0430\u043d \u0426\u0435\u0446\u0435\u0440\u0441\u043a\u0438\u0439":
        # the initial abbreviates the given name of the one full name.
        if abbreviates(form, left):
            left.discard(form)
    return next(iter(left)) if len(left) == 1 else None


def spelled_out(exact: Collection[str], declined: Collection[str]) -> str | None:
    """The one full name a surname written in an oblique case after an initial stands
    for ("\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u0412.
    \u0421\u0430\u0440\u0430\u0442\u043e\u0432\u0430" after
    "\u0412\u0430\u043b\u0435\u0440\u0438\u0439 \u0421\u0430\u0440\u0430\u0442\u043e\u0432"):
    ``exact`` are the forms the text wrote that case in, ``declined`` the nominatives
    found for it; every form with an initial must have the given name's initial. None
    otherwise."""
    full = [name for name in declined if expand_initial(name) is None]
    if len(full) != 1 or not exact:
        return None
    letter = full[0][0]
    for form in (*exact, *declined):
        initial = expand_initial(form)
        if form != full[0] and (initial is None or initial[0] != letter):
            return None
    return full[0]


def abbreviates(form: str, names: Collection[str]) -> bool:
    """Is ``form`` an initial and a surname ("\u0412. \u0421\u0430\u0440\u0430\u0442\u043e\u0432")
    that abbreviates one of ``names``: a full name with that surname whose given name
    has that initial?"""
    initial = expand_initial(form)
    if initial is None:
        return False
    letter, surname = initial
    return any(
        name[0] == letter and name.endswith(" " + surname) and expand_initial(name) is None
        for name in names
        if name != form
    )


_INITIAL = re.compile(
    "([\u0410-\u042f\u0401\u0406\u0407\u0404\u0490])\\.\\s*"
    "([\u0410-\u042f\u0401\u0406\u0407\u0404\u0490][\\w'\u2019-]+)"
)


def expand_initial(speaker: str) -> tuple[str, str] | None:
    """The initial and the surname of a speaker written with an initial
    ("\u0414.\u041f\u0435\u0441\u043a\u043e\u0432",
    "\u0410. \u0413\u0440\u0438\u0446\u0435\u043d\u043a\u043e"), or None."""
    match = _INITIAL.fullmatch(speaker)
    return (match.group(1), match.group(2)) if match else None


# The present tense of the verbs a report credits an outlet with ("\u043a\u0430\u043a
# \u043f\u0435\u0440\u0435\u0434\u0430\u0435\u0442
# \u00ab\u0418\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441\u00bb",
# "\u043f\u0438\u0448\u0435 \u00ab\u2026\u00bb"): a short capitalised quote after one
# is the outlet's name, not a quotation.
_OUTLET_LEADS = frozenset(
    (
        "\u043f\u0435\u0440\u0435\u0434\u0430\u0435\u0442",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u044e\u0442",
        "\u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442",
        "\u0441\u043e\u043e\u0431\u0449\u0430\u044e\u0442",
        "\u043f\u0438\u0448\u0435\u0442",
        "\u043f\u0438\u0448\u0443\u0442",
        "\u0446\u0438\u0442\u0438\u0440\u0443\u0435\u0442",
        "\u0443\u0442\u043e\u0447\u043d\u044f\u0435\u0442",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u0454",
        "\u043f\u0435\u0440\u0435\u0434\u0430\u044e\u0442\u044c",
        "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u0454",
        "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u043b\u044f\u044e\u0442\u044c",
        "\u043f\u0438\u0448\u0435",
        "\u043f\u0438\u0448\u0443\u0442\u044c",
        "\u0446\u0438\u0442\u0443\u0454",
        "\u0456\u043d\u0444\u043e\u0440\u043c\u0443\u0454",
    )
)


def is_outlet_lead(before: str, quoted: str) -> bool:
    """Is ``quoted`` (a short quoted stretch) the name of an outlet: capitalised, and
    the last word of ``before`` (the text before its mark) a present-tense report verb?"""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _OUTLET_LEADS and quoted[:1].isupper()
