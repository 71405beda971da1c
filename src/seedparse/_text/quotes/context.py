"""Who a surname, a pronoun or a role noun stands for, from the text before a quote.

A surname alone resolves to the full name seen earlier (also when spelled slightly
differently); a pronoun to the last person credited with speech when no other person
was introduced since; a role noun ("the officer") to the most recent person that role
was used for. Every look-up is bounded, so the cost stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import compress
from itertools import count as _count

from .antecedents import agent_of_opening, office_opening_person
from .attribution import Attr, Attribution
from .context_words import (
    COMPLEMENT_ARTICLES,
    OF_LINKS,
    academic_title,
    is_word,
    name_goes_on,
    opening_epithet,
    written_alone,
)
from .exclusive_offices import court_side_otherwise, described_otherwise
from .french_clauses import given_name_introduced
from .generic_persons import generic_person, noun_gender, synonyms
from .german_clauses import spokesperson
from .headline_speaker import TitleSpeaker
from .headline_subject import headline_person
from .honorifics import COURTESY, opens_with_title
from .latin_clauses import role_keeps_subject
from .latin_gender import PRONOUN_GENDER, gender_in_text
from .lexicon import (
    ABBREVIATIONS,
    AUX,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    DETERMINERS,
    FUNCTION_WORDS,
    NOT_NAME_OPENERS,
    OF_ROLE,
    OFFICE_LINKS,
    PRONOUNS,
    SENTENCE_END,
)
from .line_breaks import scan_tokens
from .name_lines import caption_person
from .name_particles import body_of_named, capital_particle_surname
from .names import (
    NAME_LOOKBACK,
    is_cap,
    is_cyrillic,
    is_name_word,
    is_title,
    name_forward,
    ordinal_token_dot,
    slavic_title,
    trim_name,
)
from .office_bodies import names_a_body
from .offices import office_introduces, office_set_off, office_unclosed, person_lead, role_subject
from .opening_given import Places, given_at_opening
from .opening_phrases import phrase_subject
from .role_memory import RoleMemory
from .slavic import headline_speaker, is_body, mentioned_form, named_form, oblique_office_before
from .slavic_forms import gender_disagrees, nominative_of_genitive, oblique_name
from .slavic_names import not_a_person, oblique_adjective, of_a_person
from .slavic_words import SLAVIC_PREPOSITIONS, SLAVIC_PRONOUN_GENDER
from .speech_objects import acts_on_object
from .surnames import Surnames

__all__ = ["Context"]

_CONTEXT = 1500  # characters read back for a pronoun or role noun
_MAX_SURNAMES = 1000  # distinct surnames completed per text (more are left as they are)
_RECENT_SPEAKERS = 40  # speakers of earlier quotes a role noun may stand for
_CREDIT, _INTRODUCED, _MENTIONED = 2, 1, 0  # kinds of events (see Context.events)
_UNNAMED = 3  # someone not named was credited with a quote ("a spokesman said")
_UNNAMED_REACH = 600  # characters after such a quote in which "he" or "Et d'ajouter" is theirs


def _person_word(word: str) -> bool:
    """A word of a person's name: a name word that is no office ("Bürgermeister")."""
    return is_name_word(word) and not is_title(word)


_NOT_BEFORE_PERSON = DETERMINERS | FUNCTION_WORDS  # words before a name that is no person
_FRENCH_OF = frozenset(
    ("de", "la", "du", "des", "au", "aux", "l'", "l\u2019", "von", "vom")
)  # before an office's complement
# German articles of an object (accusative, dative): a noun phrase that opens with one
# is not the subject's office ("gratulierte X den Festspielen Y"), unlike a genitive
# complement ("Pr\u00e4sident des Vereins X").
_OBJECT_ARTICLES = frozenset(("dem", "den", "einem", "einen"))
# Words after a German speech verb that open its object, not an inverted subject.
_OBJECT_OPENERS = _OBJECT_ARTICLES | frozenset(("allen", "seinen", "seinem", "ihren", "ihrem"))
_ENDS = tuple(SENTENCE_END)
_IS_END = SENTENCE_END.__contains__


# Between an office and its complement that is an office too ("substitute du procureur").
_HEAD_LINKS = frozenset(("de", "du", "des", "of", "von", "vom"))


class Context:
    """What the text before a quote says about people, looked up lazily and within
    bounds: the full name a surname stands for, who was last credited with speech (for
    pronouns) and which person a role noun was used for ("the officer"). Every look-up
    reads only text it has not read before, from the last quote with a speaker and at
    most :data:`_CONTEXT` characters back, so the cost stays linear."""

    def __init__(self, grammar: Attribution, text: str, low: int) -> None:
        self.grammar = grammar
        self.text = text
        self.low = low
        # A surname alone -> the full name it stands for (see surnames.Surnames).
        self.complete: Callable[[str, int], str] = Surnames(text, low).complete
        # In reading order: (CREDIT, name) when a person is credited with speech (a
        # quote or "X said"), (INTRODUCED, name) when a person is introduced as one
        # ("envoy X", "President X", "X, a ..."), (MENTIONED, name) for any other full
        # name (a person, or perhaps a place or a body); (UNNAMED, "") when a quote is
        # credited to someone new the text does not name ("assure un animateur").
        # Scans never go back past the last noted speaker, so appending keeps the order.
        self.events: list[tuple[int, str]] = []
        self.scanned = low
        self.descriptors: dict[str, frozenset[str]] = {}
        # The last sentence read by the latest scan (see :meth:`_in_last_sentence`):
        # the people it credits or introduces, those of them that are its subject
        # (credited with speech, or opening it), and those credited with speech.
        self.recent: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        # The office noun the last sentence read opens with ("Le pr\u00e9sident
        # am\u00e9ricain a menac\u00e9 \u2026"), if any (see offices.role_subject).
        self.recent_role: str | None = None
        # The first words of the last sentence read (see _epithet_speaker).
        self.recent_opening: list[str] = []
        # person -> the gender the text's words give them ("" unknown; _disagrees)
        self.genders: dict[str, str] = {}
        # word (lower-cased) -> whether the text writes it so (see _written_lower)
        self.lowered: dict[str, bool] = {}
        self.openings: dict[str, Places] = {}  # (see opening_given)
        # The end of the last quote credited to someone unnamed, whether the look-up
        # under way is near it, and whether _last_person passed someone over for gender.
        self.unnamed_at = -_UNNAMED_REACH
        self.unnamed_near = self.passed_over = False
        # The person the headline labels or makes its subject (see headline_subject),
        # read once per text: every role quote before anyone is named asks for it.
        self.headline: tuple[str | None] | None = None
        self.unnamed_roles = RoleMemory()  # roles met for someone not named (role_memory)
        self.story = TitleSpeaker(text, low)  # the title's person for bare quotes

    def note(self, pos: int, speaker: str) -> None:
        """Record that ``speaker`` was credited with the quote at ``pos``."""
        self.events.append((_CREDIT, speaker))
        if pos > self.scanned:  # (max() parses its arguments: dearer than this)
            self.scanned = pos

    def note_unnamed(self, pos: int) -> None:
        """Record that someone new and unnamed was credited with the quote at ``pos``:
        a pronoun or "Et d\u2019ajouter" after it is theirs, not the last person named."""
        self._scan(pos)  # (the text before it is read first, so the order stays)
        self.events.append((_UNNAMED, ""))
        self.unnamed_at = pos
        if pos > self.scanned:
            self.scanned = pos

    def resolve(self, attr: Attr, pos: int) -> str | None:
        """The speaker an attribution stands for at ``pos``, or None; a Russian or
        Ukrainian one in its named form (:func:`~.slavic.named_form`)."""
        found = self._resolve(attr, pos)
        if found is None and attr[0] in ("pronoun", "role") and is_cyrillic(attr[1]):
            surname = headline_speaker(self.text, self.low, attr)
            found = self.complete(surname, pos) if surname is not None else None
        if found is None or not is_cyrillic(found):
            return found and given_at_opening(
                self.text, self.low, found, pos, self._written_lower, self.openings
            )
        return named_form(found, attr, self.complete, self.text, pos)

    def _resolve(self, attr: Attr, pos: int) -> str | None:
        kind, value = attr
        self.unnamed_near = pos - self.unnamed_at <= _UNNAMED_REACH
        if kind == "name":
            full = self.complete(value, pos)
            if full != value or " " in value or not generic_person(value.lower()):
                return full
            kind, value = "role", value.lower()  # "Односельчанин подчеркнул": no name
        if kind == "genitive":
            # "according to X" with X in the genitive: the person named before (found by
            # the surname's case ending), else the nominative the endings give, else the
            # name as written.
            surname = value.rsplit(" ", 1)[-1]
            full = self.complete(surname, pos)
            if " " in full and not full.endswith(" " + surname):
                return full  # (one ending in the same form is this genitive again)
            return nominative_of_genitive(value) or self.complete(value, pos)
        if kind == "label":
            full = self.complete(value, pos)
            return full if " " in full else None
        if kind == "surname-role":
            # "so der frustrierte H\u00e4rtel": the person named in full before, else
            # the capitalised word is a German role noun ("der Coach").
            full = self.complete(value, pos)
            if " " in full:
                return full
            kind, value = "role", value.lower()
        if kind == "previous":
            self._scan(pos)
            return self._last_person()  # the last speaker, when no one came in since
        if kind == "pronoun" and value in DEMONSTRATIVES:
            self._scan(pos)
            return self._named_last()
        if kind == "pronoun" and value not in PRONOUNS:
            return None
        if kind not in ("pronoun", "role", "side-role"):
            if kind == "new-role":  # "a spokesman said" is someone not named
                self.unnamed_roles.remember(value)
            return None
        self._scan(pos)
        if kind == "side-role":  # "Burke's lawyer said": only one the text described so
            return self._with_role(value, pos)
        if kind == "pronoun":
            gender = SLAVIC_PRONOUN_GENDER.get(value, "")
            latin = PRONOUN_GENDER.get(value, "")
            if gender:
                # A Russian or Ukrainian pronoun agrees with the person's gender:
                # people of the other one are not who it stands for.
                found = self._last_person(gender, cyrillic=True)
                return found or self._in_last_sentence(credited=False, gender=gender)
            if self.recent_role is not None and not self.recent[0]:
                # "Le ministre a publi\u00e9 une vid\u00e9o. Il y dit : \u00ab\u2026\u00bb": the
                # pronoun stands for the office the sentence before opens with, so
                # for the person the text named with that office, when there is one.
                found = self._with_role(self.recent_role, pos, latin)
                if found is not None:
                    return found
            found = self._last_person(latin) or self._in_last_sentence(credited=False, gender=latin)
            return found or (None if self.events else caption_person(self.text, self.low))
        if kind == "role":
            # "\u0433\u043b\u0430\u0432\u0430|f": the verb's gender
            value, _, gender = value.partition("|")
            found = self._with_role(value, pos, gender)
            if found is None and generic_person(value):
                return self._generic_speaker(value, pos, gender or noun_gender(value))
            if found is not None or spokesperson(value) or self.unnamed_roles.unnamed(value):
                return found  # (a spokesperson speaks for a body, not as the last speaker)
            found = office_opening_person(self.text, self.low, pos, value)
            if found is not None and not self._disagrees(found, gender):
                return self.complete(found, pos)  # "The Minister for \u2026, X has \u2026"
            # "the new mayor", "the head of the agency": a definite role not tied
            # to a name stands, like a pronoun, for the one person in view (before
            # anyone is named, the one a "<Full Name>: ..." headline labels).
            found = self._last_person(gender, office=(value, pos))
            found = found if found or self.events else self._headline_person()
            if found is None:
                self.unnamed_roles.remember(value)
            return found
        return self._last_person()

    def _generic_speaker(self, noun: str, pos: int, gender: str) -> str | None:
        """Who a generic person noun ("the resident", "die Zeugin", "жительница") stands
        for (generic_persons.py): the person introduced with a synonym, else the one
        subject the last sentence names with no office, else (for "the woman") the one
        quoted just before; None otherwise, not the last person named."""
        for synonym in synonyms(noun) - {noun}:
            found = self._with_role(synonym, pos, gender)
            if found is not None:
                return found
        people, subjects, speakers = self.recent
        if len(people) == 1 and people <= subjects and not people & speakers:
            # The one subject of the sentence before, described with no office ("In her
            # speech X thanked everyone. - ..., said the resident").
            person = next(iter(people))
            if (
                " " in person
                and not self._disagrees(person, gender)
                and not self._has_office(person, pos)
            ):
                return person
        if noun_gender(noun) or gender:
            return self._quoted_before(gender, known=not noun_gender(noun), pos=pos)
        return None

    def _quoted_before(self, gender: str, *, known: bool, pos: int) -> str | None:
        """The person credited with the last quote, when nobody else was introduced
        since and they are not known to be of the other ``gender``; with ``known`` (a
        generic noun that gives no gender itself, "возмущалась пенсионерка"), only one
        known to be of the verb's gender and described with no office."""
        other = {"f": "m", "m": "f"}.get(gender, "")
        for count, (kind_of, who) in enumerate(reversed(self.events)):
            if count > _RECENT_SPEAKERS or kind_of == _UNNAMED:
                return None
            if kind_of == _INTRODUCED and not (known and who == self._last_credit()):
                return None  # someone came in since: the epithet may be theirs
            if kind_of == _CREDIT:
                if self._disagrees(who, gender) or (known and not self._disagrees(who, other)):
                    return None
                if known and self._has_office(who, pos):
                    return None  # "глава района X заявила …": an office holder is no "жительница"
                return who
        return None

    def _has_office(self, who: str, pos: int) -> bool:
        """Does the text describe ``who`` with an office ("Richter", "глава")?"""
        return any(is_title(w) or is_title(w.capitalize()) for w in self._descriptor(who, pos))

    def _last_credit(self) -> str | None:
        """The person credited with the last quote or speech verb, if any (bounded)."""
        for kind_of, who in reversed(self.events[-_RECENT_SPEAKERS:]):
            if kind_of == _CREDIT:
                return who
        return None

    def _headline_person(self) -> str | None:
        """:func:`~.headline_subject.headline_person` of this text, memoised."""
        if self.headline is None:
            self.headline = (headline_person(self.text, self.low),)
        return self.headline[0]

    def _with_role(self, value: str, pos: int, gender: str = "") -> str | None:
        """The most recent person (credited or introduced) the text described with the
        role noun ``value`` before ``pos``, and not known to be of the other ``gender``
        than the verb's, or None."""
        seen: set[str] = set()
        for kind_of, who in reversed(self.events[-4 * _RECENT_SPEAKERS :]):
            if kind_of != _MENTIONED and kind_of != _UNNAMED and who not in seen:
                seen.add(who)
                if self._disagrees(who, gender):
                    continue
                described = self._descriptor(who, pos)
                if value in described or (
                    # German compounds: "der Kanzler" for "Bundeskanzler X".
                    len(value) > 4 and any(word.endswith(value) for word in described)
                ):
                    return who
        return None

    def speaker_of_last_sentence(self, pos: int) -> str | None:
        """The person the sentence right before ``pos`` credits with speech ("X
        admitted that ..."), when it names no other person: who a paragraph that is
        only a quotation, with no attribution of its own, goes on quoting."""
        if not self.text[max(self.low, pos - 200) : pos].rstrip().endswith(_ENDS):
            return None  # a heading or a line cut short is no sentence to go on from
        self._scan(pos)
        found = self._in_last_sentence(credited=True)
        if found is None:
            found = self._epithet_speaker(pos)
        return found

    def _epithet_speaker(self, pos: int) -> str | None:
        """The person a definite epithet stands for when it opens the last sentence as
        the subject of its speech verb ("Der geb\u00fcrtige Nieder\u00f6sterreicher
        erinnerte sich an \u2026. \u201e\u2026\u201c"): the person named in full with
        that word, else the one the role was used for, else the one person introduced
        since the last speaker (an epithet, unlike a pronoun, names someone the text
        has just brought in). None when the sentence opens otherwise."""
        word = opening_epithet(self.recent_opening, self.recent[2])
        if word is None:
            return None
        full = self.complete(word, pos)
        if " " in full:
            return full
        return self._with_role(word.lower(), pos) or self._introduced_since_speaker()

    def _introduced_since_speaker(self) -> str | None:
        """The one person introduced (named in full as a subject or with an office)
        since the last person credited with speech, or None."""
        introduced: set[str] = set()
        for count, (kind_of, who) in enumerate(reversed(self.events)):
            if count > _RECENT_SPEAKERS or kind_of == _UNNAMED:
                return None
            if kind_of == _CREDIT:
                if " " in who:
                    break
                continue  # (the epithet itself, credited as a one-word name)
            if kind_of == _INTRODUCED:
                introduced.add(who)
        return next(iter(introduced)) if len(introduced) == 1 else None

    def _in_last_sentence(self, *, credited: bool, gender: str = "") -> str | None:
        """The one person credited with speech or introduced in the last sentence read
        (the subject a pronoun of the next sentence most often stands for: "X issued
        a plea. \u201c\u2026,\u201d she said"); None when that sentence names two people
        or none (or, with ``credited``, credits nobody with speech)."""
        people, subjects, speakers = self.recent
        if credited:
            # "X noted that he thanks colonel Y": the one credited, whoever else the
            # reported speech names.
            if len(speakers) != 1:
                return None
            people = speakers
        elif len(people) != 1 or not subjects:
            return None  # two people, or one who is not the subject ("she met X")
        # One word ("NATO", "Kremlin", "Ukraine says") is as often a body or a place
        # as a person: only a full name is taken from the sentence before.
        person = next(iter(people))
        if " " not in person or self._disagrees(person, gender):
            return None
        # A sentence's first word is capitalised whatever it is: one the text also
        # writes in lower case ("Is Ukraine able ...?", "Далі Олещук зазначив") is no
        # given name, and the run is no full name to take.
        first = person.split(" ", 1)[0]
        return None if self._written_lower(first) else person

    def _written_lower(self, word: str) -> bool:
        """Does the text also write ``word`` in lower case, as a word of its own?
        Memoised per word, and at most :data:`_MAX_SURNAMES` words are looked up per
        text (the rest count as written so, which takes no name): each look-up reads
        the whole text, so the cost stays linear however many quotes ask."""
        low = word.lower()
        if low == word:
            return False
        known = self.lowered.get(low)
        if known is None:
            if len(self.lowered) >= _MAX_SURNAMES:
                return True
            known = written_alone(self.text, low)
            self.lowered[low] = known
        return known

    def _disagrees(self, who: str, gender: str) -> bool:
        """Is ``who`` known to be of the other gender than ``gender``: by a Russian or
        Ukrainian name's ending, else by the words the text names them with ("la
        ministre X", "Finanzministerin X", "Mme X"; memoised per person)?"""
        if not gender:
            return False
        if gender_disagrees(who, gender):
            return True
        known = self.genders.get(who)
        if known is None:
            known = (
                "" if is_cyrillic(who) else gender_in_text(self.text, self.low, who, self.scanned)
            )
            self.genders[who] = known
        return bool(known) and known != gender

    def _named_last(self) -> str | None:
        """The person credited or introduced last: who "dieser" or "celui-ci" (the
        latter) stands for."""
        for kind_of, who in reversed(self.events[-_RECENT_SPEAKERS:]):
            if kind_of != _MENTIONED and kind_of != _UNNAMED:
                return who
        return None

    def _last_person(
        self, gender: str = "", *, cyrillic: bool = False, office: tuple[str, int] = ("", 0)
    ) -> str | None:
        """The person a pronoun (or a definite role) stands for: the last one credited
        with speech when nobody was introduced since, the one introduced since, or,
        before anyone spoke, the one person introduced (or else mentioned). With a
        ``gender`` ("f", "m"), people known to be of the other are passed over; with
        ``cyrillic`` (a Russian or Ukrainian pronoun), names in another script too (an
        outlet, a site: "The Moscow Post", "Facebook"; the text writes a person's
        name in its own letters). With an ``office`` (a role noun and where it stands),
        people introduced since with another office are passed over too
        (:func:`~.exclusive_offices.described_otherwise`)."""
        found = self._last_person_of(gender, cyrillic, office)
        if found is None or not self.passed_over or is_cyrillic(found):
            return found
        # A Latin-script person passed over for their gender ("Pierre Martin" for
        # "elle"): the one taken instead must be known to be of the pronoun's.
        return found if self.genders.get(found) == gender else None

    def _last_person_of(self, gender: str, cyrillic: bool, office: tuple[str, int]) -> str | None:
        introduced: dict[str, str] = {}
        mentioned: dict[str, str] = {}
        self.passed_over = False
        for count, (kind_of, who) in enumerate(reversed(self.events)):
            if count > _RECENT_SPEAKERS:
                return None
            if kind_of == _UNNAMED:
                if self.unnamed_near:
                    break  # someone unnamed spoke just before: only people named since count
                continue
            if gender and self._disagrees(who, gender):
                self.passed_over = self.passed_over or not is_cyrillic(who)
                continue
            if cyrillic and not is_cyrillic(who):
                continue
            if kind_of != _CREDIT and described_otherwise(self._descriptor, who, office):
                continue  # "le ministre": not "le Président X" named since
            if kind_of == _CREDIT and court_side_otherwise(self._descriptor, who, office):
                continue  # "le prévenu X" spoke; "la substitute du procureur" is another
            surname = who.rsplit(" ", 1)[-1]
            if kind_of == _INTRODUCED:
                introduced.setdefault(surname, who)
            elif kind_of == _MENTIONED:
                mentioned.setdefault(surname, who)
            elif set(introduced) - {surname} and next(iter(introduced)) != surname:
                return None  # another came in since, the speaker not named after: ambiguous
            else:
                return who
        if len(introduced) == 1:
            return next(iter(introduced.values()))
        if not introduced and len(mentioned) == 1:
            return next(iter(mentioned.values()))
        return None

    def _scan(self, pos: int) -> None:
        """Read the text not read yet before ``pos`` (at most :data:`_CONTEXT`
        characters back) for "X said" credits and introductions of people."""
        start = max(self.scanned, pos - _CONTEXT)
        if start >= pos:
            return
        self.scanned = pos
        tokens = scan_tokens(self.text, start, pos)  # (a heading line ends a sentence)
        grammar = self.grammar
        verbs = grammar.speech_verbs
        n = len(tokens)
        found: list[tuple[int, int, str, bool]] = []
        # (By map() and compress(), C loops: a third faster than a comprehension.)
        ends = list(compress(_count(), map(_IS_END, tokens)))
        if "." in tokens:  # ("vom 1. FC Union": an ordinal's period ends no sentence)
            ends = [e for e in ends if tokens[e] != "." or not ordinal_token_dot(tokens, e)]
        # The last sentence read starts after the last sentence end that is not the
        # window's last token (a window that stops at "." ends a whole sentence).
        inner_ends = ends[:-1] if ends and ends[-1] == n - 1 else ends
        last_sentence = inner_ends[-1] + 1 if inner_ends else 0
        hits = verbs.intersection(tokens)
        if hits:
            for k in compress(_count(), map(hits.__contains__, tokens)):
                first = bisect_left(ends, k)
                sentence_start = ends[first - 1] + 1 if first else 0
                stop = ends[first] if first < len(ends) else n
                sentence = tokens[sentence_start:stop]
                local = k - sentence_start
                attr = grammar.subject_of(sentence, local)
                if (attr is None or attr[0] != "name" or " " not in attr[1]) and not (
                    # "Mr Les said the Sheffield City Region proposal …": a surname
                    # after a courtesy title is the subject (honorifics.py)
                    attr is not None and local >= 2 and sentence[local - 2].lower() in COURTESY
                ):
                    # A full name after the verb ("заявил глава МИД Сергей Лавров")
                    # is its subject rather than one word before it (a genitive,
                    # "на заседании Госдумы заявил").
                    inverted = grammar.speaker_after_verb(sentence, local + 1)
                    if (
                        inverted is not None
                        and inverted[0] == "name"
                        and (attr is None or attr[0] != "name" or " " in inverted[1])
                        and not role_keeps_subject(attr, inverted, tokens[k])
                        # "\u043e\u043d\u0430 \u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430
                        # \u043d\u0430 \u0441\u0432\u043e\u0435\u0439
                        # \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0435 Facebook": a
                        # Russian or Ukrainian pronoun before the verb is its subject.
                        and not (attr is not None and attr[1] in SLAVIC_PRONOUN_GENDER)
                        and not (
                            # "X lobte den Plan", "Dieser nannte einen Grund", "sagte
                            # dem Blatt", "dankte allen Helfern": the accusative or
                            # dative opens an object
                            local + 1 < len(sentence)
                            and (
                                sentence[local + 1].lower() in _OBJECT_OPENERS
                                or (
                                    attr is not None
                                    and attr[0] == "pronoun"
                                    and sentence[local + 1].lower() in DETERMINERS
                                )
                            )
                        )
                    ):
                        attr = inverted
                if attr is not None and attr[0] == "name" and not acts_on_object(sentence, local):
                    found.append((k, _CREDIT, self.complete(attr[1], pos), True))
        # Every full name (two name words or more, titles and offices trimmed) is a
        # person introduced: a pronoun after it may stand for that person.
        # A name starts a run of capitalised words; the runs are found in one list
        # comprehension, and the loop visits only them (the text between is skipped).
        upper = [token[0].isupper() for token in tokens]
        runs = [k for k in range(1, n - 1) if upper[k] and not upper[k - 1]]
        if n > 1 and upper[0]:
            runs.insert(0, 0)
        k = 0
        for run in runs:
            if run < k:
                continue  # inside the name read last
            k = run
            m = k
            if tokens[k].lower() in AUX and (k == 0 or tokens[k - 1] in SENTENCE_END):
                m = k + 1  # "Is Ukraine able ...?": a question's auxiliary opens no name
            elif tokens[k].lower() in SLAVIC_PREPOSITIONS and (k + 1 == n or tokens[k + 1] != "."):
                m = k + 1  # "\u0412 \u041a\u0440\u0435\u043c\u043b\u0435 \u2026" (not an initial)
            while (
                m < n
                and upper[m]
                and (
                    not is_cap(tokens[m])
                    or tokens[m].lower() in NOT_NAME_OPENERS
                    or tokens[m][:-1].lower() in ABBREVIATIONS  # "Dr.", "Prof."
                )
            ):
                m += 1  # "The", "Die", "Am": capitalised words that are never names
            if m >= n:
                break  # ("… The The “": words that never open a name end the text)
            lead = tokens[k - 1].lower() if k > 0 else ""
            if m + 1 < n and is_name_word(tokens[m]) and name_goes_on(tokens, m + 1):
                full, after = name_forward(tokens, m)
                if names_a_body(tokens, m, after) and k >= 2 and is_title(tokens[k - 2]):
                    full = None  # "des FC Hansa Rostock": an office's body, no person
                elif (
                    lead in _FRENCH_OF
                    and after - m >= 3
                    and k >= 2
                    and tokens[k - 2][:1].isalpha()
                    # (and "d\u2019\u00c9tat au Budget X"; German offices are
                    # capitalised: "Oberb\u00fcrgermeisterin von K\u00f6ln X")
                    and (
                        tokens[k - 2][:1].islower()
                        or tokens[k - 2][1:3].islower()  # "L'\u00e9chevine des Finances X"
                        or is_title(tokens[k - 2])
                        # "procureur de la R\u00e9publique de Pontoise X": a capitalised
                        # complement after its article, then the place
                        or (k >= 3 and tokens[k - 3].lower() in COMPLEMENT_ARTICLES)
                    )
                ):
                    # "le ministre de la Justice Vincent Van Quickenborne": the office's
                    # complement, then the person.
                    full = trim_name(tokens[m + 1 : after])
                    lead = tokens[k - 2].lower()
                head = k
                if lead in OFFICE_LINKS and k >= 2 and is_title(tokens[k - 2]) and after - m >= 3:
                    # "Secretary of State Rex Tillerson held \u2026": the office, then the
                    # person (who opens the sentence, with the office).
                    full = trim_name(tokens[m:after], office=True)
                    head = k - 2
                    lead = tokens[k - 3].lower() if k >= 3 else ""
                if full is not None and body_of_named(tokens, k, _person_word):
                    full = None  # "Urs Fischer vom 1. FC Union Berlin" (name_particles.py)
                # "the Foreign Ministry", "of the Security Council": a name after an
                # article or a preposition is more often an organisation than a person.
                agent = agent_of_opening(tokens, k)  # "The plan, announced by X, \u2026"
                if full is not None and (
                    agent or person_lead(full, lead, tokens, k, _NOT_BEFORE_PERSON)
                ):
                    role_before = (
                        is_word(lead)
                        and tokens[k - 1][0].islower()
                        and lead not in verbs
                        and lead not in _NOT_BEFORE_PERSON
                        # "la destitution du maire X": a role in a complement is
                        # someone talked about, not a new subject for "il".
                        and (k < 2 or tokens[k - 2].lower() not in OF_ROLE)
                    )
                    appositive = (
                        after + 1 < n
                        and tokens[after] == ","
                        and (
                            tokens[after + 1].lower() in ("a", "an", "the", "who")
                            or office_set_off(tokens, k - 1)  # "La maire, X, est venue"
                        )
                    )
                    titled = full != " ".join(tokens[m:after])
                    # The subject: the name opens its sentence, after role words at
                    # most ("Deputy governor X toured ...").
                    j = head - 1
                    while j >= max(0, head - 5) and tokens[j] not in SENTENCE_END:
                        word = tokens[j]
                        if not word.isalpha() or word.lower() in _NOT_BEFORE_PERSON:
                            break
                        if word in verbs:
                            break
                        j -= 1
                    # "X and Y flew in": a subject of two people is no one person.
                    shared = after < n and tokens[after].lower() in CONJUNCTIONS
                    opens = (j < 0 or tokens[j] in SENTENCE_END) and not shared
                    opens = opens or agent
                    strong = role_before or appositive or titled or opens
                    strong = strong or office_unclosed(tokens, k, after)  # "la maire, X a dit"
                    if (
                        oblique_name(" ".join(tokens[m:after]))
                        or oblique_office_before(tokens, k)
                        or oblique_adjective(lead)
                    ):
                        # "\u0437 \u043c\u0456\u043d\u0456\u0441\u0442\u0440\u043e\u043c
                        # \u0421\u0435\u0440\u0433\u0456\u0454\u043c
                        # \u041b\u0430\u0432\u0440\u043e\u0432\u0438\u043c": a person in the
                        # instrumental or the dative is not who the next pronoun means.
                        strong = opens = False
                    if not of_a_person(full, self.text) and not (
                        is_cyrillic(full) and (not_a_person(full) or is_body(full))
                    ):
                        if capital_particle_surname(full.split()):
                            full = self.complete(full, pos)  # "Ten Hag has …"
                        full = mentioned_form(full, self.text)
                        found.append((m, _INTRODUCED if strong else _MENTIONED, full, opens))
                elif (
                    full is not None
                    and after - m == 2
                    and is_title(tokens[m])
                    and office_introduces(tokens, k, full)
                ):
                    # "Trainer Alonso", "Bahnchef Grube": an office and a surname
                    # introduce the person as surely as a full name does; after a
                    # courtesy title opening the sentence ("Cllr Pritchard made a
                    # statement."), as its subject (honorifics.py).
                    subject = tokens[m].lower() in COURTESY and opens_with_title(
                        tokens, k, phrase_subject
                    )
                    found.append((m, _INTRODUCED, self.complete(full, pos), subject))
                k = max(after, m + 1)
            else:
                if (
                    is_name_word(tokens[m])
                    and k == m
                    and is_word(lead)
                    and tokens[k - 1][0].islower()
                    and is_title(lead)
                    and office_introduces(tokens, k - 1, tokens[m])
                ):
                    # "le ministre Darmanin", "the coach Alonso": an office and a surname.
                    found.append((m, _INTRODUCED, self.complete(tokens[m], pos), False))
                elif k == m and given_name_introduced(tokens, m):  # "L\u00e9na, 9 ans, \u2026"
                    found.append((m, _INTRODUCED, self.complete(tokens[m], pos), True))
                elif (  # "Spitzer wird \u2026": a sentence opens with one named before
                    k == m
                    and (k == 0 or tokens[k - 1] in SENTENCE_END or phrase_subject(tokens, k))
                    and " " in (full := self.complete(tokens[m], pos))
                ):
                    found.append((m, _INTRODUCED, full, True))
                k = m + 1
        found.sort()
        people: set[str] = set()
        subjects: set[str] = set()
        speakers: set[str] = set()
        for k, kind_of, who, subject in found:
            if k >= last_sentence and kind_of != _MENTIONED:
                people.add(who)
                if kind_of == _CREDIT:
                    speakers.add(who)
                if subject:
                    subjects.add(who)
        self.recent = (people, subjects, speakers)
        self.recent_opening = tokens[last_sentence : last_sentence + 6]
        self.recent_role = role_subject(tokens, last_sentence)
        if self.recent_role is None and inner_ends and inner_ends is ends and not people:
            # "Le ministre a publi\u00e9 une vid\u00e9o. Il y dit : \u00ab\u2026": the
            # sentence before the one the attribution opens (when the text read
            # stops inside a sentence: the attribution before the quote).
            before = inner_ends[-2] + 1 if len(inner_ends) >= 2 else 0
            self.recent_role = role_subject(tokens, before)
        self.events.extend((kind_of, who) for _, kind_of, who, _ in found)

    # -- surnames -----------------------------------------------------------------

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
        i = text.find(who, max(self.low, pos - NAME_LOOKBACK), pos)
        count = 0
        while i >= 0 and count < 20:
            count += 1
            # (Russian and Ukrainian offices run longer, the body in the genitive:
            # "\u0440\u0435\u0447\u043d\u0438\u043a
            # \u041c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430
            # \u0437\u0430\u043a\u043e\u0440\u0434\u043e\u043d\u043d\u0438\u0445
            # \u0441\u043f\u0440\u0430\u0432 \u0423\u043a\u0440\u0430\u0457\u043d\u0438 X")
            cyrillic = is_cyrillic(who)
            before = text[max(self.low, i - (100 if cyrillic else 80)) : i].split()
            before = before[-7:] if cyrillic else before[-6:]
            for k in range(len(before) - 1, -1, -1):
                word = before[k]
                if k == len(before) - 1 and word.endswith(","):
                    word = word[:-1]  # "La ministre de la Culture, X": an appositive name
                low = word.lower()
                if low in DETERMINERS and k and before[k - 1].lower() in OF_LINKS:
                    continue  # "ministre de la Sant\u00e9 X": the office goes on before it
                if academic_title(word) and k == len(before) - 1:
                    continue  # "Kultusministerin Dr. X": the office is before the title
                if not is_word(word) or low in DETERMINERS or low in FUNCTION_WORDS:
                    break
                if low in _OBJECT_ARTICLES:
                    break  # "hat Ministerin X den Festspielen Y": Y's phrase opens here
                words.add(low)
                title = slavic_title(word)
                if title is not None:
                    words.add(title)
                if not cyrillic and is_title(word):
                    if k >= 2 and before[k - 1].lower() in _HEAD_LINKS and is_title(before[k - 2]):
                        # "la substitute du procureur, X": the office heads its complement
                        words.add(before[k - 2].lower())
                    break  # "Bundeskanzler X traf Finanzminister Y": Y's office only
            after = text[i + len(who) : i + len(who) + 160]
            if after.startswith(", "):
                segment = after[2:].split(",", 1)[0].split(".", 1)[0]
                words.update(w.lower() for w in segment.split()[:10])
            i = text.find(who, i + 1, pos)
        result = frozenset(words)
        self.descriptors[who] = result
        return result
