"""A surname alone completed to the full name the text gave before it.

"Collins said" after "Susan Collins" is Susan Collins; a variant spelling ("Witkoff" after
"Steve Witkov") borrows the given names; a Russian or Ukrainian surname in an oblique case
finds the nominative written before. Each surname's look-up reads only text it has not
read before and at most :data:`~.names.NAME_LOOKBACK` characters back, so the cost stays
linear in the text.
"""

from __future__ import annotations

import re

from .context_words import Followers, after_office_link, following_names, person_after
from .lexicon import SLAVIC_CASE_ENDINGS
from .name_apostrophes import full_name_elsewhere
from .name_lines import caption_surname, first_word_name
from .name_particles import capital_particle_surname
from .names import NAME_LOOKBACK, close_variant, given_names, is_cyrillic, trim_name
from .slavic_case import declines_to
from .slavic_forms import nominative_given, oblique_name
from .slavic_names import one_person, spelled_out

__all__ = ["Surnames"]

_MAX_SURNAMES = 1000  # distinct surnames completed per text (more are left as they are)
_MAX_OCCURRENCES = 200  # occurrences of a surname examined per look-up
# A character that is not a letter or a digit as str.isalnum() tests it (re's \w is
# exactly isalnum() plus "_"): where a word ends, found by one regex search instead of
# a Python loop over its characters.
_NOT_ALNUM = re.compile(r"[\W_]")


class Surnames:
    """The surnames of one text and the full names each stood for, searched lazily."""

    def __init__(self, text: str, low: int) -> None:
        self.text = text
        self.low = low
        # surname -> [searched up to, full names, given names of variant spellings,
        # full names of which the surname is the nominative (Russian and Ukrainian
        # "\u0423\u0448\u0430\u043a\u043e\u0432\u0430" after "\u042e\u0440\u0438\u0439
        # \u0423\u0448\u0430\u043a\u043e\u0432")]
        self.surnames: dict[str, tuple[list[int], set[str], set[str], set[str]]] = {}
        self.followers: dict[str, Followers] = {}  # (see context_words.person_after)

    def complete(self, name: str, pos: int) -> str:
        """A surname alone completed to the full name seen before ``pos``, when there
        is exactly one; a variant spelling ("Witkoff" after "Steve Witkov") borrows the
        given names and keeps its own spelling."""
        if " " in name:
            words = name.split()
            if capital_particle_surname(words):
                # "Ten Hag said" after "Erik ten Hag": the sentence's capital is the
                # particle's; the full name seen before, with the particle so written.
                whole = self.complete(words[-1], pos)
                if whole.lower().endswith(" " + name.lower()):
                    return whole
            return self._person_after(name, pos)
        if len(name) < 3:
            return name
        state = self.surnames.get(name)
        if state is None:
            if len(self.surnames) >= _MAX_SURNAMES:
                return name
            state = ([self.low], set(), set(), set())
            self.surnames[name] = state
        if state[0][0] < pos:
            self._search(name, state, pos)
        exact, variants, declined = state[1], state[2], state[3]
        if declined and (full := spelled_out(exact, declined)) is not None:
            return full  # (an initial, then the surname in the genitive)
        if exact:
            if len(exact) == 1:
                return next(iter(exact))
            return one_person(exact) or name  # (one person in several cases)
        if len(declined) == 1:
            # "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c
            # \u0423\u0448\u0430\u043a\u043e\u0432\u0430": the person named before, in the
            # nominative.
            return next(iter(declined))
        if len(variants) == 1:
            return f"{next(iter(variants))} {name}"
        if is_cyrillic(name):
            # "\u2014 \u0443\u0442\u043e\u0447\u043d\u0438\u043b \u043c\u044d\u0440
            # \u0421\u043c\u043e\u043b\u0435\u043d\u0441\u043a\u0430" after "\u043c\u044d\u0440
            # \u0421\u043c\u043e\u043b\u0435\u043d\u0441\u043a\u0430 X Y": a word no
            # full name ends with, written before one, is an office's complement.
            return self._person_after(name, pos)
        return (
            full_name_elsewhere(self.text, self.low, name, pos)  # "Collins said"
            or first_word_name(self.text, self.low, name, pos)  # "said Leota" (name_lines.py)
            or caption_surname(self.text, self.low, name)  # a caption under the title
            or name
        )

    def _person_after(self, name: str, pos: int) -> str:
        """``name`` itself, or the person it was written before: a genitive office read
        as a name ("Банка России" where the text said "Глава Банка России Эльвира
        Набиуллина") stands for the one full name that followed it earlier. Each
        place is read once per text (:func:`~.context_words.person_after`)."""
        if pos - NAME_LOOKBACK > self.low:
            return person_after(self.text, pos - NAME_LOOKBACK, name, pos, {}, _MAX_OCCURRENCES)
        return person_after(self.text, self.low, name, pos, self.followers, _MAX_OCCURRENCES)

    def _search(
        self, name: str, state: tuple[list[int], set[str], set[str], set[str]], pos: int
    ) -> None:
        text = self.text
        # A variant spelling shares all but two letters at the start (see
        # close_variant), so it shares at least this prefix.
        prefix = name[: max(4, len(name) - 4)]
        key = name.lower()
        find = text.find
        word_end = _NOT_ALNUM.search
        # (Bounds as conditionals, not max() and min(): they parse their arguments.)
        back = pos - NAME_LOOKBACK
        i = find(prefix, state[0][0] if state[0][0] > back else back, pos)
        count = 0
        while i >= 0 and count < _MAX_OCCURRENCES:
            count += 1
            if i == 0 or not text[i - 1].isalnum():
                j = i + len(prefix)
                limit = pos if pos < i + 40 else i + 40
                if j < limit:
                    stop = word_end(text, j, limit)
                    j = stop.start() if stop is not None else limit
                word = text[i:j]
                exact = word == name
                if exact or close_variant(word.lower(), key):
                    lead = i - 80
                    given, at_start = given_names(text, self.low if self.low > lead else lead, i)
                    following = following_names(text, j, pos if pos < j + 80 else j + 80)
                    full = None
                    if given or following:
                        # "Secretary of State Rex Tillerson": after "<title> of" the
                        # first capitalised words name the office, not the person.
                        office = bool(given) and after_office_link(text, i, len(given))
                        full = trim_name(
                            [*given, word, *following], at_start=at_start, office=office
                        )
                    if full is not None and " " in full and word in full.split():
                        if exact or following:
                            # A name written surname first ("Yoon Suk Yeol") or a
                            # given name used alone ("Eric" for "Eric Deyerler") is
                            # completed to the form the text gave.
                            if exact:
                                state[1].add(full)
                        elif (
                            is_cyrillic(word)
                            and (
                                (name.startswith(word) and name[len(word) :] in SLAVIC_CASE_ENDINGS)
                                # ("\u0428\u0435\u0432\u0435\u043b\u044f" for
                                # "\u0428\u0435\u0432\u0435\u043b\u044c")
                                or declines_to(word, name)
                            )
                            and full.endswith(" " + word)
                            and not oblique_name(full)
                        ):
                            state[3].add(full)  # the nominative of a declined surname
                        else:
                            given_part = full.rsplit(" ", 1)[0]
                            state[2].add(nominative_given(given_part, word, name))
            i = find(prefix, i + 1, pos)
        state[0][0] = pos
