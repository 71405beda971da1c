"""English speech verbs by class, from a grammar rather than from the fixtures.

The classes are Beth Levin's, *English Verb Classes and Alternations* (1993): the say
verbs (37.7), the complain verbs (37.8), the advise verbs (37.9), the verbs of manner
of speaking (37.3), of transfer of a message (37.1) and of instrument of communication
(37.4), and those judgment verbs (33) that are acts of speech ("praised", "thanked",
"condemned": Austin's behabitives). News copy credits quotations with any of them
("\u201c\u2026,\u201d Ms Mwenda conveyed", "X praised the volunteers. \u201c\u2026\u201d").

A member that is as often a noun or an adjective next to a quote ("object", "counsel",
"proposed", "related", "crab", "cry", "call", "snap", "quote") is left out, or given
in its past form only, which is a verb: a noun read as a verb makes a subject of the
words before it.
"""

from __future__ import annotations

__all__ = ["CLASS_BASES", "CLASS_PAST", "JUDGMENT_BASES", "JUDGMENT_PAST"]

#: Bases whose every regular form is a verb next to a quote (37.7, 37.8, 37.9, 37.1, 33).
_ALL_FORMS = (
    # 37.7 say verbs (the rest are in the lexicon already)
    "articulate blurt confess confide convey proclaim "
    # 37.8 complain verbs
    "brag grumble "
    # 37.9 advise verbs
    "admonish "
    # 37.1 transfer of a message
    "dictate narrate recite "
)

#: Levin's judgment verbs (33) that are acts of speech. They take the person judged as
#: their object ("to criticize Sessions"), never an inverted speaker: see
#: :func:`~.english_judgment.object_not_speaker`.
_JUDGMENT = (
    "acclaim applaud castigate censure chide commend compliment condemn congratulate "
    "criticize criticise decry denounce deride disparage extol lambaste laud praise "
    "rebuke reprimand reproach scold thank upbraid"
)
JUDGMENT_BASES: frozenset[str] = frozenset(_JUDGMENT.split())

#: Past forms only: the base or its "-s" form is as often a noun ("an object", "a
#: growl", "the alert", "counsel said").
_PAST_ONLY = (
    # 37.8, 37.9
    "objected griped groused alerted counselled counseled instructed "
    # 37.1, 37.4
    "relayed phoned telephoned radioed faxed cabled "
    # 37.3 manner of speaking
    "babbled bawled bellowed cackled croaked drawled groaned growled grunted hissed "
    "hollered howled moaned mumbled murmured muttered rasped roared screamed screeched "
    "shrieked snapped snarled spluttered squealed stammered stuttered thundered wailed "
    "wheezed whimpered whined yelled yelped cried "
    # 37.7 and 37.1 again, past forms that news copy puts after a quote ("\u201c\u2026,\u201d
    # she shared."); the base is a noun or an adjective as often ("a share", "a joke",
    # "the Muses", "an elaborate plan"), and "reflects" is said of figures
    "shared joked mused reflected elaborated"
)

#: Past forms of judgment verbs whose base is as often a noun ("a welcome", "a salute").
JUDGMENT_PAST: frozenset[str] = frozenset(("hailed", "welcomed", "saluted"))

#: Base verbs whose regular forms the lexicon joins into SPEECH_VERBS, and past forms
#: it joins as they are.
CLASS_BASES: frozenset[str] = frozenset(_ALL_FORMS.split()) | JUDGMENT_BASES
CLASS_PAST: frozenset[str] = frozenset(_PAST_ONLY.split()) | JUDGMENT_PAST
