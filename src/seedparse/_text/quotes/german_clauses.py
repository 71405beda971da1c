"""German clause shapes around a quote where the subject is not where the other
languages put it, and German role nouns that stand for nobody in view.

German orders a main clause verb-second: whatever opens it (a time, a place, a dative
object) comes before the verb and the subject after it. "Der Zeitung sagte eine
Sprecherin:" opens with the addressee ("der Zeitung", a dative) and the speaker is the
nominative after the verb; reading the capitalised words before the verb as a name
takes the newspaper for the speaker.

A spokesperson ("die Sprecherin", "der Polizeisprecher") speaks for a body, not as the
person the text has in view: the definite role stands for someone the text described
with that noun, never, as "der Minister" may, for the last person who spoke.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .german_words import GERMAN_COLON_OPENERS
from .speech_verbs import word_set as _words

__all__ = [
    "CONJUNCTION_OPENERS",
    "DATIVE_ARTICLES",
    "GERMAN_ARTICLES",
    "INDEFINITE_NOMINATIVE",
    "KONJUNKTIV_I",
    "SEPARABLE_PARTICLES",
    "according_to",
    "agent_noun",
    "colon_person",
    "coordinated_subject",
    "german_article_object",
    "impersonal_source",
    "infinitive_speaker",
    "inverted_subject",
    "new_subject_after_verb",
    "no_speaker_after_verb",
    "one_person",
    "opener_carries_on",
    "prepositional_object",
    "relative_clause_ends",
    "reported_speech_carries_on",
    "spokesperson",
    "statement_giver",
    "verb_second_subject",
    "wie_clause_subject",
]

#: German articles and possessives: the capitalised word right after one is a noun
#: ("sein Gegen\u00fcber Koschinat", "der Stadt Hans Berg"), not a given name.
GERMAN_ARTICLES = _words(
    "der die das dem den des ein eine einem einen einer eines sein seine seinem seinen "
    "seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer"
)

#: The indefinite article in the nominative (and neuter accusative): "ein Sprecher",
#: "eine Sprecherin". "einer", "einem", "einen" are other cases and open no subject.
INDEFINITE_NOMINATIVE = _words("ein eine")

#: What a German spokesperson noun ends with ("Sprecher", "Polizeisprecherin",
#: "Regierungssprecher"), lower case; and the English ones ("the spokeswoman said").
_SPOKESPERSON_ENDS = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson")


def german_article_object(particle: str, following: str) -> bool:
    """Is ``particle`` (a name particle written alone, before the capitalised word
    ``following``) a German article opening an object after a name ("sagte Weber der
    Zeitung", "sagte Weber den Journalisten"), not part of the name? "der" alone never
    joins a name (only after another particle: "von der Leyen", "van der Vaart"); "den"
    does in Dutch names ("Joop den Uyl"), but not before a plural in "-n"."""
    low = particle.lower()
    if particle != low:
        return False
    return low == "der" or (low == "den" and following.endswith("n"))


def new_subject_after_verb(tokens: Sequence[str], verb_at: int, reading: tuple[str, str]) -> bool:
    """Is ``reading`` (the attribution read after the verb at ``tokens[verb_at]``) a
    someone-new subject that the verb-second clause puts after its verb ("Der Zeitung
    sagte eine Sprecherin:", "Am Abend erklärte ein Sprecher der Polizei:"), so that
    the capitalised words before the verb are the opening phrase, not the speaker?"""
    return (
        reading[0] == "new-role"
        and verb_at >= 1
        and verb_at + 1 < len(tokens)
        and tokens[verb_at + 1] in INDEFINITE_NOMINATIVE
    )


def spokesperson(role_noun: str) -> bool:
    """Is ``role_noun`` (lower case) a German or English spokesperson noun: a role the
    last person quoted is not, unless the text described them with it?"""
    return role_noun.endswith(_SPOKESPERSON_ENDS) and role_noun.isalpha()


def verb_second_subject(
    named_after: Callable[[Sequence[str], int], str | None],
    tokens: Sequence[str],
    k: int,
    end: int,
) -> str | None:
    """The person named after the finite verb that opens the clause at ``tokens[k]``
    (after a comma, before a colon), German verb-second order after an opening clause:
    "Statt zu feiern, durfte sein Gegen\u00fcber David Wagner jubeln:". The verb is
    a lower-case word followed by an article or a possessive, then an office or a
    noun and a full name (``named_after`` reads that: :func:`~.offices.named_after_office`).
    None otherwise."""
    word = tokens[k]
    if (
        k == 0
        or tokens[k - 1] != ","
        or not word.isalpha()
        or not word.islower()
        or k + 2 >= end
        or tokens[k + 1].lower() not in GERMAN_ARTICLES
    ):
        return None
    named = named_after(tokens[:end], k + 2)
    return named if named is not None and " " in named else None


#: Konjunktiv I forms of the third person (singular and plural) that German reported
#: speech is written in ("Er sei zufrieden", "man d\u00fcrfe nicht", "sie habe"),
#: and that no indicative clause uses.
KONJUNKTIV_I = _words(
    "sei seien habe werde k\u00f6nne m\u00fcsse d\u00fcrfe solle wolle m\u00f6ge wisse "
    "gebe gehe komme stehe liege brauche"
)


def reported_speech_carries_on(tokens: Sequence[str], verbs: frozenset[str]) -> bool:
    """Does the sentence ``tokens`` before a colon report, in Konjunktiv I, what the
    person quoted last said ("Leute, die Mist gebaut h\u00e4tten, d\u00fcrfe man nicht
    belohnen, und \u00fcberhaupt:"), so that the quote after the colon is theirs too?
    It must have a Konjunktiv I verb and no speech verb (a speech verb gives its own
    subject)."""
    if len(tokens) < 4 or tokens[-1] != ":":
        return False
    if any(token in verbs for token in tokens):
        return False
    return any(token in KONJUNKTIV_I for token in tokens)


#: Copulas that equate a quote with a statement ("\u201e\u2026\u201c, ist die einzige
#: Auskunft, die X gab").
_COPULAS = _words("ist war lautet lautete")

#: German nouns for something said (lower case).
_STATEMENT_NOUNS = _words(
    "auskunft aussage antwort erkl\u00e4rung botschaft reaktion kommentar stellungnahme "
    "einsch\u00e4tzung ansage worte"
)

_RELATIVE_PRONOUNS = _words("die der den das welche welcher welches")


def statement_giver(
    named_after: Callable[[Sequence[str], int], str | None],
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]],
    tokens: Sequence[str],
) -> str | None:
    """The person who gave the statement a quote is equated with, in the words
    ``tokens`` after it: "\u201e\u2026\u201c, ist die einzige Auskunft, die
    Oberstaatsanwalt X gestern gab" (a copula, a statement noun, a relative clause
    whose subject is the person: ``named_after`` reads an office and a full name,
    ``name_at`` a full name alone).
    None otherwise."""
    if len(tokens) < 6 or tokens[0] != "," or tokens[1] not in _COPULAS:
        return None
    for k in range(2, min(len(tokens) - 3, 7)):
        if tokens[k].lower() in _STATEMENT_NOUNS and tokens[k][0].isupper():
            if tokens[k + 1] != "," or tokens[k + 2] not in _RELATIVE_PRONOUNS:
                return None
            named = named_after(tokens, k + 3) or name_at(tokens, k + 3)[0]
            return named if named is not None and " " in named else None
    return None


# Speech verbs in the infinitive, after "zu" ("wichtig zu betonen") or with it inside
# ("hinzuzuf\u00fcgen", "festzuhalten").
_INFINITIVES = _words(
    "betonen sagen erkl\u00e4ren erg\u00e4nzen versichern erw\u00e4hnen unterstreichen "
    "berichten erz\u00e4hlen warnen mahnen bekr\u00e4ftigen pr\u00e4zisieren"
)
_ZU_INFINITIVES = _words(
    "hinzuzuf\u00fcgen anzumerken festzuhalten klarzustellen hervorzuheben einzur\u00e4umen"
)


def infinitive_speaker(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]], tokens: Sequence[str]
) -> str | None:
    """The one person named in the clause after a quote that ends in a speech verb in
    the infinitive: "\u201e\u2026\u201c, ist es dem Leitenden Oberstaatsanwalt X Y
    wichtig zu betonen", "\u201e\u2026\u201c, verga\u00df X Y nicht
    hinzuzuf\u00fcgen". The verb that governs the infinitive ("ist es wichtig",
    "verga\u00df", "beeilte sich") takes the speaker as its subject or its dative;
    ``tokens`` stop at the sentence end, ``name_at`` reads a full name. None when
    no one or more than one person is named, or the clause ends otherwise."""
    if len(tokens) < 4 or tokens[0] != ",":
        return None
    last = tokens[-1].lower()
    if not (last in _ZU_INFINITIVES or (last in _INFINITIVES and tokens[-2] == "zu")):
        return None
    found: set[str] = set()
    k = 1
    while k < len(tokens) - 1:
        if tokens[k] == ",":
            return None  # another clause ("\u2026, als X kam, um zu sagen")
        name, after = name_at(tokens, k) if tokens[k][:1].isupper() else (None, k)
        if name is not None and " " in name:
            found.add(name)
        k = after if after > k else k + 1
    return next(iter(found)) if len(found) == 1 else None


def opener_carries_on(tokens: Sequence[str]) -> bool:
    """Is ``tokens``, the words of the sentence before a quote, one contrast or addition
    and a colon ("Nur: \u201e\u2026\u201c", "Allerdings: \u201e\u2026\u201c")? The quote
    then goes on with the paragraph's last quote, its speaker's."""
    return len(tokens) == 2 and tokens[1] == ":" and tokens[0] in GERMAN_COLON_OPENERS


def no_speaker_after_verb(tokens: Sequence[str], j: int, k: int) -> bool:
    """Are the lower-case words ``tokens[j:k]`` after a speech verb no office before
    its subject: a preposition and an article ("sagte nach dem Verfahren", the
    capitalised word at ``tokens[k]`` the phrase's noun), or adverbs and the verb's
    particle ending the clause ("stellte kleinlaut fest:")?"""
    if k <= j:
        return False
    return (k < len(tokens) and prepositional_object(tokens, k)) or tokens[
        k - 1
    ] in SEPARABLE_PARTICLES


def coordinated_subject(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]],
    is_verb: Callable[[str], bool],
    tokens: Sequence[str],
) -> str | None:
    """The one person named in the clause before "und" when a second verb, a speech
    verb, is joined to it before a colon: "Bei seiner Festrede gab B\u00fcrgermeister
    X Y einen R\u00fcckblick und stellte kleinlaut fest:" (the verbs share the
    subject). ``tokens`` are the sentence's words up to the colon. None when the
    clause names nobody or more than one person."""
    if len(tokens) < 6 or tokens[-1] != ":":
        return None
    for verb_at in range(len(tokens) - 2, 1, -1):
        if is_verb(tokens[verb_at]):
            break
    else:
        return None
    if tokens[verb_at - 1].lower() != "und" or "," in tokens[verb_at:]:
        return None
    start = verb_at - 1
    while start > 0 and tokens[start - 1] not in (",", ";"):
        start -= 1
    return one_person(name_at, tokens[start : verb_at - 1])


def one_person(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]], tokens: Sequence[str]
) -> str | None:
    """The one full name among ``tokens`` (read by ``name_at``), or None when they
    name nobody or more than one person."""
    found: set[str] = set()
    k = 0
    while k < len(tokens):
        name, after = name_at(tokens, k) if tokens[k][:1].isupper() else (None, k)
        if name is not None and " " in name:
            found.add(name)
        k = after if after > k else k + 1
    return next(iter(found)) if len(found) == 1 else None


def colon_person(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]], tokens: Sequence[str]
) -> str | None:
    """Who a pronoun after a quote stands for when the sentence before the quote,
    ``tokens``, ends in a colon and names one person: "Ein weniger kecker ist hier der
    B\u00fcrgermeister X Y: \u201e\u2026\u201c, lacht er." The colon hands the quote to
    that person, whoever was quoted before."""
    if len(tokens) < 3 or tokens[-1] != ":":
        return None
    return one_person(name_at, tokens[:-1])


# Words that may follow a quote and its comma but are no verb: conjunctions, which open
# another clause ("\u201e\u2026\u201c, als X kam"), in the languages that put the comma
# after the closing mark.
_NO_SECOND_VERB = _words(
    "und oder aber doch denn sondern als bevor bis da damit dass falls nachdem ob obwohl "
    "seit seitdem sobald solange während weil wenn wie wo auch nur "
    "et ou mais puis quand lorsque comme avant après où si and or but as while when"
)


def inverted_subject(
    named_after: Callable[[Sequence[str], int], str | None],
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]],
    tokens: Sequence[str],
) -> str | None:
    """The subject right after the verb that follows a quote and its comma, whatever
    the verb: "\u201e\u2026\u201c, war G\u00e4stetrainer X hochzufrieden", "\u201e\u2026\u201c,
    zeigte sich Trainerin X erleichtert", "\u201e\u2026\u201c, musste X zugeben". A quote
    standing first in a German sentence is its first part, so the finite verb comes
    second and its subject right after it ("sich" between for a reflexive verb): an
    office and a full name, or a full name (``named_after`` and ``name_at`` read them,
    as for :func:`statement_giver`). None for anything else: a pronoun or an article
    ("heißt es", "steht im Bericht"), a conjunction instead of the verb."""
    if len(tokens) < 4 or tokens[0] != ",":
        return None
    verb = tokens[1]
    if not (verb.isalpha() and verb.islower()) or verb in _NO_SECOND_VERB:
        return None
    if "\u0400" <= verb[0] <= "\u04ff":
        return None  # Russian and Ukrainian order their words freely: not this clause
    k = 3 if tokens[2] == "sich" else 2
    if k >= len(tokens) or not tokens[k][:1].isupper():
        return None  # (German capitalises the office and the name: "a déclaré à X" is no subject)
    named = named_after(tokens, k) or name_at(tokens, k)[0]
    return named if named is not None and " " in named else None


#: Particles of German separable speech verbs, which end the clause after the subject
#: ("teilte die Polizei mit", "f\u00fcgte der Sprecher hinzu"): not a role noun.
SEPARABLE_PARTICLES = _words("mit an hinzu fort ein zu fest klar hervor hin zusammen")

#: "hie\u00df es", "hei\u00dft es": the impersonal "it is said".
_IMPERSONAL_VERBS = _words("hie\u00df hei\u00dft")


def impersonal_source(tokens: Sequence[str], j: int) -> bool:
    """Is ``tokens[j]`` the "es" of "hie\u00df es" / "hei\u00dft es" ("\u201e\u2026\u201c,
    hie\u00df es aus dem Rathaus"): words credited to an unnamed source, someone new?"""
    return tokens[j] == "es" and j > 0 and tokens[j - 1] in _IMPERSONAL_VERBS


def wie_clause_subject(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]],
    tokens: Sequence[str],
    verb_at: int,
) -> tuple[str, str] | None:
    """The subject of a German "wie" clause, verb last ("Wie Keller gegen\u00fcber der
    Zeitung sagte, \u2026", "wie er am Montag mitteilte,"): the name or the pronoun right
    after "wie", however far the verb comes after it (``name_at`` is
    :func:`~.names.name_forward`). None when the verb does not end such a clause."""
    if verb_at + 1 < len(tokens) and tokens[verb_at + 1] not in (",", ".", ":"):
        return None
    for k in range(verb_at - 1, max(-1, verb_at - 10), -1):
        token = tokens[k]
        if token in (",", ".", ":", ";"):
            return None
        if token.lower() != "wie":
            continue
        if k + 1 >= verb_at:
            return None
        following = tokens[k + 1]
        if following in ("er", "sie"):
            return ("pronoun", "er" if following == "er" else "she")
        name, after = name_at(tokens, k + 1)
        if name is not None and after <= verb_at and following.lower() not in GERMAN_ARTICLES:
            return ("name", name)
        return None
    return None


#: The dative articles ("sagte dem Blatt", "erkl\u00e4rte einem Reporter"): the
#: addressee follows, never the subject.
DATIVE_ARTICLES = _words("dem einem")


def relative_clause_ends(tokens: Sequence[str], k: int, end: int) -> bool:
    """Does the clause opening at ``tokens[k]`` (an article or a relative pronoun after
    a comma: German writes both "der", "die", "das") end, at the next comma, in a
    lower-case word, the finite verb a German relative clause puts last (", die seit
    Jahren \u00dcberstunden machten,")? Then it is a relative clause, with no subject
    of the sentence's own."""
    stop = k + 1
    while stop < end and tokens[stop] not in (",", ";"):
        stop += 1
    if stop >= end or stop - k < 3:
        return False
    last = tokens[stop - 1]
    return last.isalpha() and last.islower()


def agent_noun(word: str) -> bool:
    """Is ``word`` a German feminine agent noun ("Pendlerin", "Anwohnerin",
    "Lehrerin", "Kita-Leiterin"): a job or a description written before a name, as an
    office is ("Pendlerin Lisa Brandt")? Read off the "-erin" ending of a long word
    (a given name such as "Severin" is shorter), so that nouns no list names count."""
    tail = word.rsplit("-", 1)[-1]
    return word[:1].isupper() and tail.isalpha() and len(tail) >= 8 and tail.endswith("erin")


def according_to(
    name_at: Callable[[Sequence[str], int], tuple[str | None, int]], tokens: Sequence[str]
) -> tuple[str, str] | None:
    """The person a German sentence credits with what it reports by "laut X" or "X
    zufolge" at its opening ("Laut Ebner werde \u201eniemand schlechter gestellt\u201c",
    "Moser zufolge sei die Reform \u201e\u2026\u201c"): a name (``name_at`` is
    :func:`~.names.name_forward`; a label, kept only as a full name or a surname the
    text gave in full: "laut Polizei" is a body) or a pronoun ("ihm zufolge")."""
    if len(tokens) < 3:
        return None
    k = 1 if tokens[0] in CONJUNCTION_OPENERS else 0
    if tokens[k].lower() == "laut":
        name, _ = name_at(tokens, k + 1)
        return ("label", name) if name is not None else None
    if tokens[k].lower() in ("ihm", "ihr") and k + 1 < len(tokens) and tokens[k + 1] == "zufolge":
        return ("pronoun", "er" if tokens[k].lower() == "ihm" else "she")
    name, after = name_at(tokens, k)
    if name is not None and after < len(tokens) and tokens[after] == "zufolge":
        return ("label", name)
    return None


#: Conjunctions that may open a sentence before "laut X" ("Und laut X \u2026").
CONJUNCTION_OPENERS = _words("Und Aber Doch")


# Prepositions that open a German noun phrase ("f\u00fcr die Einladung", "mit dem Team").
_PREPOSITIONS = _words(
    "f\u00fcr mit an auf bei von zu nach \u00fcber in aus gegen um ohne durch unter vor "
    "hinter neben zwischen seit wegen trotz"
)


def prepositional_object(tokens: Sequence[str], j: int) -> bool:
    """Is the capitalised word ``tokens[j]`` right before a verb the noun of a
    prepositional phrase ("in der er dem Gast f\u00fcr die Einladung dankte"): a verb-last
    clause's object, not its subject (which a preposition never opens)?"""
    return (
        j >= 2
        and tokens[j - 1].lower() in GERMAN_ARTICLES
        and tokens[j - 2].lower() in _PREPOSITIONS
    )
