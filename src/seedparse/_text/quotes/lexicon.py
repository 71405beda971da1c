"""The words quotation attribution reads: speech verbs, pronouns, titles, particles,
determiners and other function words. Data, never names; extend the speech verbs with
:func:`verb_forms` and a :class:`~seedparse.QuoteFinder` built with a larger set.
"""

from __future__ import annotations

from .court_roles import FRENCH_COURT_TITLES, GERMAN_COURT_SUFFIXES
from .english_offices import ENGLISH_OFFICES
from .french_verbs import FRENCH_AUXILIARIES
from .german_offices import GERMAN_OFFICE_SUFFIXES
from .latin_frames import PRONOMINAL_ADVERBS
from .name_particles import CYRILLIC_PARTICLES
from .slavic_words import (
    REPORTED_OPENINGS,
    SLAVIC_ACCORDING,
    SLAVIC_POSSESSIVES,
)
from .speech_verbs import SPEECH_VERBS, verb_forms
from .speech_verbs import word_set as _words

__all__ = [
    "ABBREVIATIONS",
    "AUX",
    "CLITICS",
    "CONJUNCTIONS",
    "CONTINUATIONS",
    "DEMONSTRATIVES",
    "DEMONSTRATIVE_ARTICLES",
    "DETERMINERS",
    "FOR_WORDS",
    "FUNCTION_WORDS",
    "IMPERSONAL",
    "INDEFINITE",
    "INSTITUTIONS",
    "LATTER",
    "LEADING_SEPARATORS",
    "OFFICE_LINKS",
    "OF_ROLE",
    "OF_WORDS",
    "OTHER_PRONOUNS",
    "PARTICLES",
    "PRONOUNS",
    "REPORTED_OPENINGS",
    "ROLE_ENDS",
    "SENTENCE_END",
    "SLAVIC_ACCORDING",
    "SLAVIC_CASE_ENDINGS",
    "SLAVIC_POSSESSIVES",
    "SLAVIC_TITLES",
    "SO_WORDS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "STOP",
    "THAT",
    "TITLES",
    "TITLE_SUFFIXES",
    "TRAILING_SEPARATORS",
    "verb_forms",
]


#: Subject pronouns that stand for one person (resolved to the last person credited
#: with speech) and ones that do not (``they``, ``we``, ``I``: left unresolved).
PRONOUNS: frozenset[str] = _words(
    "he she il elle er \u00e9l ella lui lei ele ela hij ona "
    "\u0432\u0456\u043d \u0432\u043e\u043d\u0430 \u043e\u043d \u043e\u043d\u0430"
)
# Words that carry a quote on to the speaker of the one before ("Und weiter:", "avant
# d\u2019ajouter :"), when they have no subject of their own.
CONTINUATIONS = _words("weiter ajouter poursuivre encore further d'ajouter d\u2019ajouter")
# Demonstratives that stand for the person named last ("Dieser nannte \u2026", "celui-ci
# a ajout\u00e9"): German and French use them for "the latter".
DEMONSTRATIVES = _words("dieser celui-ci celle-ci")
# French "on" and German "man" are impersonal ("dit-on", "sagt man im Rathaus"): no
# person, and the words next to them are no subject either.
IMPERSONAL = _words("on man")
OTHER_PRONOUNS = (
    _words(
        "they we i you it ils elles wir ich sie nous je ellos nosotros "
        "\u0432\u043e\u043d\u0438 \u043c\u0438 \u044f \u043e\u043d\u0438"
    )
    | IMPERSONAL
)

# Russian and Ukrainian words that open a sentence (see STOP below): its first word is
# capitalised whatever it is, and an adverb, a conjunction, a preposition or a pronoun that opens a
# sentence
# ("Далі Олещук
# зазначив", "Также X
# сказал") is no given name. Prepositions and pronouns of
# one letter are left out: a capital letter alone may be an initial.
_CYRILLIC_STOP = _words(
    # Russian
    "\u0422\u0430\u043a\u0436\u0435 \u041a\u0440\u043e\u043c\u0435 "
    "\u041e\u0434\u043d\u0430\u043a\u043e \u0420\u0430\u043d\u0435\u0435 "
    "\u041f\u043e\u0437\u0436\u0435 \u0417\u0430\u0442\u0435\u043c "
    "\u041f\u043e\u0442\u043e\u043c \u0414\u0430\u043b\u0435\u0435 "
    "\u0422\u043e\u0433\u0434\u0430 \u041f\u043e\u044d\u0442\u043e\u043c\u0443 "
    "\u0412\u043f\u0440\u043e\u0447\u0435\u043c \u0417\u0430\u0442\u043e "
    "\u0421\u0435\u0439\u0447\u0430\u0441 \u0421\u0435\u0433\u043e\u0434\u043d\u044f "
    "\u0412\u0447\u0435\u0440\u0430 \u0417\u0430\u0432\u0442\u0440\u0430 "
    "\u0422\u0435\u043f\u0435\u0440\u044c \u0415\u0449\u0451 \u0415\u0449\u0435 "
    "\u0423\u0436\u0435 \u041b\u0438\u0448\u044c \u0422\u043e\u043b\u044c\u043a\u043e "
    "\u0414\u0430\u0436\u0435 \u0418\u043c\u0435\u043d\u043d\u043e \u0412\u043e\u0442 "
    "\u041f\u0440\u0438 \u041f\u043e \u041e\u0431 \u0412\u043e \u041d\u0430 \u0421\u043e "
    "\u041a\u043e \u041e\u0442 \u0414\u043e \u0418\u0437 \u0417\u0430 \u0414\u043b\u044f "
    "\u041f\u0440\u043e \u041f\u043e\u0434 \u041d\u0430\u0434 \u0411\u0435\u0437 "
    "\u0427\u0435\u0440\u0435\u0437 \u041f\u043e\u0441\u043b\u0435 "
    "\u041f\u0435\u0440\u0435\u0434 \u041c\u0435\u0436\u0434\u0443 \u042d\u0442\u043e "
    "\u042d\u0442\u043e\u0442 \u042d\u0442\u0430 \u042d\u0442\u0438 \u041e\u043d "
    "\u041e\u043d\u0430 \u041e\u043d\u0438 \u041c\u044b \u0412\u044b \u0415\u0433\u043e "
    "\u0415\u0435 \u0415\u0451 \u0418\u0445 \u041d\u043e \u0418\u043b\u0438 "
    "\u0415\u0441\u043b\u0438 \u041a\u043e\u0433\u0434\u0430 \u0425\u043e\u0442\u044f "
    "\u041a\u0430\u043a \u0427\u0442\u043e \u0427\u0442\u043e\u0431\u044b "
    "\u0413\u0434\u0435 \u041a\u0442\u043e \u0422\u043e\u0442 \u0412\u0441\u0435 "
    "\u0412\u0441\u0451 \u041d\u0430\u043f\u043e\u043c\u043d\u0438\u043c "
    "\u0412\u043c\u0435\u0441\u0442\u0435 \u041a\u0441\u0442\u0430\u0442\u0438 "
    "\u0418\u0442\u0430\u043a \u041d\u0430\u043a\u043e\u043d\u0435\u0446 "
    "\u041f\u043e\u043c\u0438\u043c\u043e "
    "\u041d\u0435\u0441\u043c\u043e\u0442\u0440\u044f \u0417\u0434\u0435\u0441\u044c "
    "\u0422\u0430\u043c \u0422\u0430\u043a \u041f\u0440\u0438\u0447\u0435\u043c "
    "\u0422\u0430\u043a\u0436\u0435 "
    # Ukrainian
    "\u0422\u0430\u043a\u043e\u0436 \u041a\u0440\u0456\u043c "
    "\u041e\u0434\u043d\u0430\u043a \u041f\u0440\u043e\u0442\u0435 \u0410\u043b\u0435 "
    "\u0420\u0430\u043d\u0456\u0448\u0435 \u041f\u0456\u0437\u043d\u0456\u0448\u0435 "
    "\u0417\u0433\u043e\u0434\u043e\u043c \u041f\u043e\u0442\u0456\u043c "
    "\u0414\u0430\u043b\u0456 \u0422\u043e\u0434\u0456 \u0422\u043e\u043c\u0443 "
    "\u0412\u0442\u0456\u043c \u0417\u0430\u0442\u0435 \u0417\u0430\u0440\u0430\u0437 "
    "\u0421\u044c\u043e\u0433\u043e\u0434\u043d\u0456 \u0412\u0447\u043e\u0440\u0430 "
    "\u0422\u0435\u043f\u0435\u0440 \u0429\u0435 \u0412\u0436\u0435 "
    "\u041b\u0438\u0448\u0435 \u0422\u0456\u043b\u044c\u043a\u0438 "
    "\u041d\u0430\u0432\u0456\u0442\u044c \u0421\u0430\u043c\u0435 \u041e\u0441\u044c "
    "\u0417\u0456 \u0406\u0437 \u0412\u0456\u0434 \u041f\u0456\u0434 "
    "\u041f\u0456\u0441\u043b\u044f \u041c\u0456\u0436 \u0426\u0435 \u0426\u0435\u0439 "
    "\u0426\u044f \u0426\u0456 \u0412\u0456\u043d \u0412\u043e\u043d\u0430 "
    "\u0412\u043e\u043d\u0438 \u041c\u0438 \u0412\u0438 \u0407\u0457 \u0407\u0445 "
    "\u0410\u0431\u043e \u042f\u043a\u0449\u043e \u041a\u043e\u043b\u0438 "
    "\u0425\u043e\u0447\u0430 \u042f\u043a \u0429\u043e \u0429\u043e\u0431 \u0414\u0435 "
    "\u0425\u0442\u043e \u0422\u043e\u0439 \u0423\u0441\u0456 \u0412\u0441\u0456 "
    "\u041d\u0430\u0433\u0430\u0434\u0430\u0454\u043c\u043e "
    "\u0412\u043e\u0434\u043d\u043e\u0447\u0430\u0441 "
    "\u041d\u0430\u0442\u043e\u043c\u0456\u0441\u0442\u044c "
    "\u0420\u0430\u0437\u043e\u043c \u0417\u043e\u043a\u0440\u0435\u043c\u0430 "
    "\u041e\u0442\u0436\u0435 \u041d\u0430\u0440\u0435\u0448\u0442\u0456 "
    "\u041e\u043a\u0440\u0456\u043c \u041f\u043e\u043f\u0440\u0438 "
    "\u041d\u0435\u0437\u0432\u0430\u0436\u0430\u044e\u0447\u0438 \u0422\u0443\u0442 "
    "\u041d\u0430\u0440\u0430\u0437\u0456 \u0412\u0456\u0434\u0442\u0430\u043a "
    "\u041d\u0430\u043f\u0435\u0440\u0435\u0434\u043e\u0434\u043d\u0456"
)

# Function words that start a sentence with a capital but are never part of a name.
STOP = (
    _words(
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
        "October November December "
        # German and French function words that open a sentence ("Gegen Ende ihrer Rede
        # sagte sie", "Dans un communiqu\u00e9, il a dit"): never the first word of a name.
        "Gegen Nach Vor Bei Mit Seit Laut Auch Doch Dann Denn Aber Und Als Wie Wenn Im "
        "Zum Zur Beim Vom F\u00fcr \u00dcber Unter Auf Aus Bis Durch Ohne W\u00e4hrend "
        "Wegen Trotz Dabei Dort Zudem Au\u00dferdem Jetzt Nun Er Wir Ich Dies Diese "
        "Dieser Dieses Pour Selon Dans Avec Sans Sur Sous Chez Apr\u00e8s Avant Depuis "
        "Pendant Mais Et Ou Donc Puis Ainsi Alors Aussi Enfin Ensuite Cependant Pourtant "
        "Toutefois N\u00e9anmoins Ce Cette Ces Cet Elle Ils Elles Nous Vous Je"
    )
    | _CYRILLIC_STOP
)

# Titles and roles written before a name ("President Donald Trump"): cut off the name
# and kept as words that describe the person.
TITLES = _words(
    "president vice prime minister secretary general chancellor senator sen. governor "
    "gov. mayor director chief ambassador colonel col. captain capt. major lieutenant "
    "lt. sergeant sgt. admiral adm. gen. professor prof. dr. dr mr. mr mrs. mrs ms. ms "
    "sir dame lord lady king queen prince princess pope rev. reverend father judge "
    "justice commissioner chairman chairwoman chair spokesman spokeswoman spokesperson "
    "deputy foreign defence defense interior finance economy head speaker envoy special "
    "representative rep. attorney sheikh emir crown marshal field brigadier commander "
    "premier patriarch archbishop bishop cardinal senior former ex acting ceo cfo "
    "founder officer analyst expert "
    # Local government: "Cllr Sarah Jones", "Council Member Keith Powers".
    "cllr cllr. coun coun. councillor councilor councilman councilwoman alderman "
    "alderwoman member "
    "assemblyman assemblywoman assemblymember congressman congresswoman supervisor "
    # Commonwealth press honorifics, often without a dot: "Advocate Jacob Mudenda",
    # "Adv Mudenda said", "Cde Nyasha Chikwinya", "Hon Chikwinya".
    "advocate adv adv. comrade cde cde. hon hon. honourable honorable "
    # Court reports: "Magistrate Ross Clugston", then "Mr Clugston"; "Miss Brown told
    # the court" (honorifics.py keeps the surname after a courtesy title).
    "magistrate miss mx "
    # French and other languages' titles that are capitalised before a name.
    "m. mme mlle me pr monsieur madame herr frau dr. prof. ministre maire "
    "pr\u00e4sident pr\u00e4sidentin kanzler kanzlerin minister ministerin "
    "pr\u00e9sident pr\u00e9sidente premi\u00e8re secr\u00e9taire g\u00e9n\u00e9ral "
    "g\u00e9n\u00e9rale directeur directrice porte-parole d\u00e9put\u00e9 "
    "d\u00e9put\u00e9e s\u00e9nateur s\u00e9natrice pr\u00e9fet pr\u00e9f\u00e8te "
    "procureur procureure chancelier chanceli\u00e8re commissaire"
)
TITLES |= ENGLISH_OFFICES  # offices of schools, firms, counties (english_offices.py)
TITLES |= FRENCH_COURT_TITLES  # "la substitute du procureur, X" (court_roles.py)

#: Russian and Ukrainian office and job nouns, in the nominative (lower case): written
#: before a name ("\u043c\u0438\u043d\u0438\u0441\u0442\u0440
#: \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445
#: \u0434\u0435\u043b \u0420\u043e\u0441\u0441\u0438\u0438 X") and in its place
#: ("\u2026, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u0433\u043b\u0430\u0432\u0430
#: \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0433\u043e \u041c\u0418\u0414"). The
#: other cases are found by their endings (:data:`SLAVIC_CASE_ENDINGS`).
SLAVIC_TITLES = _words(
    # Russian
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0440 "
    "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
    "\u043f\u0440\u0435\u043c\u044c\u0435\u0440 "
    "\u043f\u0440\u0435\u043c\u044c\u0435\u0440-\u043c\u0438\u043d\u0438\u0441\u0442\u0440 "
    "\u0433\u043b\u0430\u0432\u0430 \u0441\u043f\u0438\u043a\u0435\u0440 "
    "\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c "
    "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c "
    "\u043f\u043e\u0441\u043e\u043b "
    "\u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440 \u043c\u044d\u0440 "
    "\u043a\u043e\u043c\u0430\u043d\u0434\u0443\u044e\u0449\u0438\u0439 "
    "\u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044c "
    "\u0434\u0435\u043f\u0443\u0442\u0430\u0442 "
    "\u0441\u0435\u043d\u0430\u0442\u043e\u0440 "
    "\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440 "
    "\u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c "
    "\u043b\u0438\u0434\u0435\u0440 \u043a\u0430\u043d\u0446\u043b\u0435\u0440 "
    "\u0441\u043e\u0432\u0435\u0442\u043d\u0438\u043a "
    "\u043f\u043e\u043c\u043e\u0449\u043d\u0438\u043a "
    "\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c "
    "\u043f\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043b\u044c "
    "\u0432\u0438\u0446\u0435-\u043f\u0440\u0435\u043c\u044c\u0435\u0440 "
    "\u0432\u0438\u0446\u0435-\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
    "\u044d\u043a\u0441\u043f\u0435\u0440\u0442 "
    "\u0430\u043d\u0430\u043b\u0438\u0442\u0438\u043a "
    "\u043f\u043e\u043b\u0438\u0442\u043e\u043b\u043e\u0433 "
    "\u0447\u0438\u043d\u043e\u0432\u043d\u0438\u043a "
    "\u0434\u0438\u043f\u043b\u043e\u043c\u0430\u0442 "
    "\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a "
    "\u043f\u0440\u043e\u043a\u0443\u0440\u043e\u0440 "
    "\u0433\u0435\u043d\u0435\u0440\u0430\u043b "
    "\u043f\u043e\u043b\u043a\u043e\u0432\u043d\u0438\u043a "
    "\u043f\u043e\u0441\u0442\u043f\u0440\u0435\u0434 "
    "\u0433\u043b\u0430\u0432\u043d\u043e\u043a\u043e\u043c\u0430\u043d\u0434\u0443\u044e\u0449"
    "\u0438\u0439 "
    "\u0433\u0440\u0430\u0434\u043e\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a "
    "\u0443\u043f\u043e\u043b\u043d\u043e\u043c\u043e\u0447\u0435\u043d\u043d\u044b\u0439 "
    "\u0441\u0443\u0434\u044c\u044f "
    "\u0430\u0434\u0432\u043e\u043a\u0430\u0442 "
    "\u0437\u0430\u043c\u0433\u043b\u0430\u0432\u044b "  # (\u0437\u0430\u043c-: not declined)
    "\u0437\u0430\u043c\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430 "
    "\u0437\u0430\u043c\u043c\u044d\u0440\u0430 "
    "\u0437\u0430\u043c\u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440\u0430 "
    "\u0432\u0438\u0446\u0435-\u043c\u044d\u0440 "
    # Ukrainian
    "\u043c\u0456\u043d\u0456\u0441\u0442\u0440 "
    "\u043c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u043a\u0430 "
    "\u043f\u0440\u0435\u043c'\u0454\u0440 \u043f\u0440\u0435\u043c\u2019\u0454\u0440 "
    "\u043f\u0440\u0435\u043c'\u0454\u0440-\u043c\u0456\u043d\u0456\u0441\u0442\u0440 "
    "\u043f\u0440\u0435\u043c\u2019\u0454\u0440-\u043c\u0456\u043d\u0456\u0441\u0442\u0440 "
    "\u0433\u043e\u043b\u043e\u0432\u0430 \u0440\u0435\u0447\u043d\u0438\u043a "
    "\u0440\u0435\u0447\u043d\u0438\u0446\u044f \u0441\u043f\u0456\u043a\u0435\u0440 "
    "\u0441\u043f\u0456\u043a\u0435\u0440\u043a\u0430 "
    "\u043f\u0440\u0435\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440 "
    "\u043f\u0440\u0435\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u043a\u0430 "
    "\u043f\u0440\u0435\u0441\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440 "
    "\u043f\u0440\u0435\u0441\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u043a\u0430 "
    "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043d\u0438\u043a "
    "\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043d\u0438\u0446\u044f "
    "\u043f\u043e\u0441\u043e\u043b "
    "\u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440 \u043c\u0435\u0440 "
    "\u043a\u043e\u043c\u0430\u043d\u0434\u0443\u0432\u0430\u0447 "
    "\u0437\u0430\u0441\u0442\u0443\u043f\u043d\u0438\u043a "
    "\u0437\u0430\u0441\u0442\u0443\u043f\u043d\u0438\u0446\u044f "
    "\u0434\u0435\u043f\u0443\u0442\u0430\u0442 \u043d\u0430\u0440\u0434\u0435\u043f "
    "\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440 "
    "\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u043a "
    "\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u0446\u044f "
    "\u043e\u0447\u0456\u043b\u044c\u043d\u0438\u043a "
    "\u043e\u0447\u0456\u043b\u044c\u043d\u0438\u0446\u044f "
    "\u043b\u0456\u0434\u0435\u0440 \u0440\u0430\u0434\u043d\u0438\u043a "
    "\u0440\u0430\u0434\u043d\u0438\u0446\u044f "
    "\u043f\u043e\u043c\u0456\u0447\u043d\u0438\u043a "
    "\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440 "
    "\u0432\u0456\u0446\u0435-\u043f\u0440\u0435\u043c'\u0454\u0440 "
    "\u0432\u0456\u0446\u0435-\u043f\u0440\u0435\u043c\u2019\u0454\u0440 "
    "\u0432\u0456\u0446\u0435-\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
    "\u0435\u043a\u0441\u043f\u0435\u0440\u0442 "
    "\u0435\u043a\u0441\u043f\u0435\u0440\u0442\u043a\u0430 "
    "\u0430\u043d\u0430\u043b\u0456\u0442\u0438\u043a "
    "\u043f\u043e\u043b\u0456\u0442\u043e\u043b\u043e\u0433 "
    "\u043f\u043e\u0441\u0430\u0434\u043e\u0432\u0435\u0446\u044c "
    "\u0434\u0438\u043f\u043b\u043e\u043c\u0430\u0442 "
    "\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a "
    "\u043f\u0440\u043e\u043a\u0443\u0440\u043e\u0440 "
    "\u0433\u0435\u043d\u0435\u0440\u0430\u043b "
    "\u043f\u043e\u043b\u043a\u043e\u0432\u043d\u0438\u043a "
    "\u0433\u043e\u043b\u043e\u0432\u043d\u043e\u043a\u043e\u043c\u0430\u043d\u0434\u0443\u0432"
    "\u0430\u0447 "
    "\u0435\u043a\u0441\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
    "\u0443\u043f\u043e\u0432\u043d\u043e\u0432\u0430\u0436\u0435\u043d\u0438\u0439 "
    "\u043e\u043c\u0431\u0443\u0434\u0441\u043c\u0430\u043d "
    # (women's offices and the courts': \u0434\u0435\u043f\u0443\u0442\u0430\u0442\u043a\u0430,
    # \u0432\u0456\u0446\u0435\u043f\u0440\u0435\u043c\u2019\u0454\u0440\u043a\u0430,
    # \u0441\u0443\u0434\u0434\u044f)
    "\u0434\u0435\u043f\u0443\u0442\u0430\u0442\u043a\u0430 "
    "\u0432\u0456\u0446\u0435\u043f\u0440\u0435\u043c'\u0454\u0440\u043a\u0430 "
    "\u0432\u0456\u0446\u0435\u043f\u0440\u0435\u043c\u2019\u0454\u0440\u043a\u0430 "
    "\u0432\u0456\u0446\u0435-\u043f\u0440\u0435\u043c'\u0454\u0440\u043a\u0430 "
    "\u0432\u0456\u0446\u0435-\u043f\u0440\u0435\u043c\u2019\u0454\u0440\u043a\u0430 "
    "\u043f\u0440\u043e\u043a\u0443\u0440\u043e\u0440\u043a\u0430 "
    "\u0441\u0443\u0434\u0434\u044f "
    "\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u043a\u0430 "
    "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u043a\u0430 "
    "\u0430\u0434\u0432\u043e\u043a\u0430\u0442\u043a\u0430 "
    "\u0430\u0434\u0432\u043e\u043a\u0430\u0442 "
    "\u0443\u043f\u043e\u0432\u043d\u043e\u0432\u0430\u0436\u0435\u043d\u0430"
)
#: Case endings of Russian and Ukrainian nouns and names (genitive, dative, instrumental,
#: prepositional; singular, and the plural of role nouns): what is cut off a word to
#: find the nominative it is a form of ("\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430",
#: "\u0423\u0448\u0430\u043a\u043e\u0432\u0430", "\u0433\u043b\u0430\u0432\u044b").
SLAVIC_CASE_ENDINGS = _words(
    "\u0430 \u044f \u0443 \u044e \u0435 \u0438 \u044b \u0456 \u0457 \u043e\u043c "
    "\u0435\u043c \u0451\u043c \u0454\u043c \u043e\u044e \u0435\u044e \u0454\u044e "
    "\u043e\u0439 \u0435\u0439 \u043e\u0432\u0456 \u0435\u0432\u0456 \u0454\u0432\u0456 "
    "\u044b\u043c \u0438\u043c"
)
# German offices and job nouns are capitalised and glued into compounds
# ("Bundesumweltministerin", "Grünen-Chefin", "Bahnchef"): a capitalised word that ends
# with one of these (lower case) is a title, not part of the name.
_TITLE_ENDINGS: tuple[str, ...] = tuple(
    _words(
        "minister ministerin kanzler kanzlerin pr\u00e4sident pr\u00e4sidentin chef chefin "
        "sprecher sprecherin politiker politikerin vorsitzende vorsitzender direktor "
        "direktorin leiter leiterin kandidat kandidatin experte expertin sekret\u00e4r "
        "sekret\u00e4rin b\u00fcrgermeister b\u00fcrgermeisterin abgeordnete "
        "abgeordneter botschafter botschafterin beauftragte beauftragter "
        "gesch\u00e4ftsf\u00fchrer gesch\u00e4ftsf\u00fchrerin trainer trainerin "
        "reporter reporterin korrespondent korrespondentin f\u00fchrer f\u00fchrerin "
        "kapit\u00e4n kapit\u00e4nin schatzmeister schatzmeisterin kommissar kommissarin "
        "richter richterin anwalt anw\u00e4ltin staatsanwalt staatsanw\u00e4ltin "
        "landrat landr\u00e4tin stadtrat stadtr\u00e4tin intendant intendantin "
        # Austrian offices ("SP\u00d6-Obmann", "Landeshauptfrau", "Bezirksvorsteher")
        "obmann obfrau landeshauptmann landeshauptfrau vorsteher vorsteherin landesrat "
        "landesr\u00e4tin "
        "dekan dekanin rektor rektorin professor professorin "
        # Fire service, police, municipal and church offices and sport positions
        # ("Ortsbrandmeister", "Feuerwehrkommandant", "Kreisbeigeordnete",
        # "Baudezernentin", "Polizeiinspektor", "Stadtk\u00e4mmerer", "Nationalspieler",
        # the Swiss "FCL-Goalie")
        "brandmeister brandmeisterin kommandant kommandantin beigeordnete beigeordneter "
        "dezernent dezernentin inspektor inspektorin k\u00e4mmerer k\u00e4mmerin "
        "ermittler ermittlerin koordinator koordinatorin referent referentin pfarrer "
        "pfarrerin polizist polizistin torh\u00fcter torh\u00fcterin spieler spielerin "
        "manager managerin goalie keeper torwart torwartin st\u00fcrmer st\u00fcrmerin"
    )
)
TITLE_SUFFIXES = (  # Swiss, Austrian (german_offices.py); court jobs (court_roles.py)
    _TITLE_ENDINGS + GERMAN_OFFICE_SUFFIXES + GERMAN_COURT_SUFFIXES
)

# "Secretary of State", "Minister for Europe": what follows names the office.
OFFICE_LINKS = frozenset(("of", "for"))
# Words that open a capitalised run at a sentence start and are never part of a name:
# German prepositions fused with an article and demonstratives ("Am Ende war X
# zufrieden", "Statt den Sprung zu feiern", "Diesen Glauben der Spieler"), the
# adjectives of a time phrase that opens a sentence ("Kommende Woche startet ...",
# "Vergangenes Jahr"), French "au"/"aux" and their kin, English demonstratives.
NOT_NAME_OPENERS = _words(
    "am im vom zum zur beim ins ans aufs statt trotz laut dieser diese dieses diesen "
    "diesem jener jene jenes kommende kommenden kommendes vergangene vergangenen "
    "vergangenes letzte letzten letztes n\u00e4chste n\u00e4chsten n\u00e4chstes "
    "vorige vorigen voriges au aux ce cet cette ces this these those "
    # German possessive determiners ("Sein Amt habe er \u2026 ausge\u00fcbt", "Ihre
    # Partei", "Unser Ziel"): a noun's, never a person's name
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser "
    "unsere unseren unserem unserer mein meine meinen meinem meiner euer eure "
    "nur aber doch allerdings immerhin trotzdem dennoch zudem au\u00dferdem"  # ("Nur:")
)
NOT_NAME_OPENERS |= PRONOMINAL_ADVERBS  # "Dazu erkl\u00e4rt der \u2026, X:" (latin_frames.py)

PARTICLES = _words("von van der den de del della da di du dos das la le bin ibn al el ten ter zu")
PARTICLES |= CYRILLIC_PARTICLES  # (name_particles.py: "фон дер Ляйен", "де Брюйне")
DETERMINERS = _words(
    "the a an this that our their his her its le la les un une der die das ein eine el "
    "los las il lo gli l' l\u2019 "
    # French and German possessives ("ajoute son voisin, X", "sagte seine Sprecherin").
    "son sa ses leur leurs sein seine seiner ihre ihrer "
    # French demonstratives ("confie cette m\u00e8re de famille", "ce t\u00e9moin").
    "ce cet cette"
)
CONJUNCTIONS = _words(
    "and or but und oder aber et ou mais \u0438 \u0456 \u0442\u0430 \u0430 "
    "\u0430\u043b\u0435 \u043d\u043e"
)
OF_WORDS = _words("of de des du von vom")
INDEFINITE = _words("a an un une ein eine einer einem einen uno una")
# A French demonstrative before a role noun after a speech verb brings in someone new
# and unnamed ("affirme cette m\u00e8re de famille", "glisse cette habitante"), as an
# indefinite article does; "cette derni\u00e8re" (the latter) is someone in view.
DEMONSTRATIVE_ARTICLES = _words("ce cet cette")
LATTER = _words("dernier derni\u00e8re")
# Words that may stand between a subject and its speech verb ("has said", "also noted",
# French "a d\u00e9clar\u00e9", Italian "ha detto").
AUX = FRENCH_AUXILIARIES | _words(
    "has had have was is also then later once again further a ha hat \u00e0 ont would will "
    # French adverbs between the auxiliary and the participle ("a encore affirm\u00e9 X",
    # "a-t-il ensuite pr\u00e9cis\u00e9", "X a \u00e9galement soulign\u00e9").
    "encore aussi \u00e9galement ensuite enfin d\u00e9j\u00e0 toutefois cependant pourtant "
    "simplement notamment donc alors finalement "
    # Russian and Ukrainian adverbs that stand between a speaker and the verb
    # ("\u043c\u0456\u043d\u0456\u0441\u0442\u0440 \u0442\u0430\u043a\u043e\u0436
    # \u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u0432",
    # "\u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f X").
    "\u0442\u0430\u043a\u0436\u0435 \u0442\u043e\u0436\u0435 \u0435\u0449\u0435 "
    "\u0435\u0449\u0451 \u0443\u0436\u0435 \u0441\u043d\u043e\u0432\u0430 "
    "\u0432\u043d\u043e\u0432\u044c \u0442\u0430\u043a\u043e\u0436 \u0442\u0435\u0436 "
    "\u0449\u0435 \u0432\u0436\u0435 \u0437\u043d\u043e\u0432\u0443 "
    "\u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0441\u044c\u043e\u0433\u043e\u0434\u043d\u0456 "
    "\u0432\u0447\u0435\u0440\u0430 \u0432\u0447\u043e\u0440\u0430 "
    "\u0440\u0430\u043d\u0435\u0435 \u0440\u0430\u043d\u0456\u0448\u0435 "
    "\u0437\u0430\u0442\u0435\u043c \u043f\u043e\u0442\u0456\u043c "
    "\u0434\u0430\u043b\u0435\u0435 \u0434\u0430\u043b\u0456 "
    "\u043d\u0435\u043e\u0434\u043d\u043e\u043a\u0440\u0430\u0442\u043d\u043e "
    "\u043d\u0435\u043e\u0434\u043d\u043e\u0440\u0430\u0437\u043e\u0432\u043e "
    "\u0442\u043e\u0433\u0434\u0430 \u0442\u043e\u0434\u0456"
)
# Words that credit the quote before them to the speaker after them, with no verb
# (German "\u201e\u2026\u201c, so Merkel", French "\u00ab\u2026\u00bb, selon le ministre").
SO_WORDS = _words("so selon d'après d\u2019après")
# Words that open a clause crediting the quote after it to a person, with no verb
# (French "Pour X, \u00ab\u2026\u00bb", "Selon elle, \u00ab\u2026\u00bb").
FOR_WORDS = _words("pour selon d'après d\u2019après")
# Words that end a role phrase after an article ("the officer in charge", "la maire de
# la capitale", "die Chefin der Gr\u00fcnen"): prepositions and relative pronouns.
ROLE_ENDS = _words(
    "of in on at for to with by from who which that de du des d' von vom aus bei im am "
    "zu pour par sur dans en qui que der des dem"
)
# Nouns for a body, not a person: "selon le minist\u00e8re", "so die Polizei", "the
# ministry said" credit an institution, which is no person a pronoun stands for.
INSTITUTIONS = _words(
    "minist\u00e8re gouvernement parquet pr\u00e9fecture police gendarmerie mairie "
    "organisation association "
    "ministerium regierung polizei staatsanwaltschaft beh\u00f6rde verwaltung "
    "ministry government police office department agency s\u00edoch\u00e1na"
)
# Nouns for what a person said: "La d\u00e9claration d\u2019Anne Hidalgo est la suivante :
# \u00ab\u2026\u00bb", "Seine Antwort: \u201e\u2026\u201c" credit the person they belong to.
SPEECH_NOUNS = _words(
    "d\u00e9claration message r\u00e9ponse r\u00e9action propos explication "
    "commentaire erkl\u00e4rung botschaft antwort reaktion statement response reaction"
)
# French object clitics that stand between a subject and its verb ("il y dit", "il
# lui r\u00e9pond") or open an inverted attribution ("lui r\u00e9pond le ministre").
CLITICS = _words(
    "y en lui leur ne n' n\u2019 se s' s\u2019"  # "se demande-t-elle"
    " nous vous me m' m\u2019"  # "\u00bb, nous confiait le directeur", "m\u2019a dit X"
)
THAT = _words("qu' qu\u2019 that que dass che \u0449\u043e \u0447\u0442\u043e \u017ce")
SENTENCE_END = frozenset(".!?\u2026")
LEADING_SEPARATORS = frozenset(",\u2014\u2013-(")
TRAILING_SEPARATORS = frozenset(":,\u2014\u2013-")
ABBREVIATIONS = _words(
    "mr mrs ms dr prof st sen rep gov gen col lt capt sgt adm rev jr sr mt no vs etc supt insp "
    "inc ltd co corp"
)


FUNCTION_WORDS = _words(
    "of in on at for to with by from and or as about into over after before between "
    "against that which who this these those its their his her our your met meet meets "
    "said says told"
)

# "of the" before a role noun ("le porte-parole du minist\u00e8re", "of the council")
OF_ROLE = frozenset(("du", "des", "of", "vom"))
