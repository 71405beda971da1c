"""German speech verbs the lexicon's first list lacks (word forms as they stand next
to a quotation; kept apart so that :mod:`~.lexicon` stays a list of lists).

Separable verbs are listed by their finite part, which stands next to the quote while
the particle ends the clause: "teilte X mit", "fuhr X fort", "hob X hervor", "wies X
darauf hin", "stellte X klar"; reflexive ones likewise ("freute sich X", "\u00e4rgerte
sich X"). "hie\u00df es" / "hei\u00dft es" credit no one ("es" is no person), which is
what they say: a quote so attributed is not the last speaker's.
"""

from __future__ import annotations

__all__ = ["GERMAN_COLON_OPENERS", "GERMAN_EXTRA_VERBS"]

_FORMS = (
    "teilte teilt teilten hie\u00df hei\u00dft verriet verr\u00e4t fuhr twitterte "
    "schilderte schildert freute freut \u00e4rgerte \u00e4rgert haderte hadert stellte "
    "stellt hob hebt wies weist erg\u00e4nzten f\u00e4hrt "
    # an announcement ("informiert Organisator X"), and words said laughing
    # ("lacht er", "schmunzelte die Ministerin", "scherzt X")
    "informiert informierte lacht lachte schmunzelt schmunzelte scherzt scherzte "
    # verb last, as a "wie" clause has it ("wie X am Montag mitteilte,")
    "mitteilte mitteilt hinzuf\u00fcgte ank\u00fcndigte einr\u00e4umte fortfuhr "
    # More verbs of saying (verba dicendi) that German grammars list as introducing
    # direct and reported speech, in the present and past third person: asking,
    # asserting, explaining, judging, advising, and the manner of the voice (jubilant,
    # sighing, scolding, whispering).
    "fragt fragte fragten behauptet behauptete bemerkt bemerkte merkt merkte "
    "erl\u00e4utert erl\u00e4uterte begr\u00fcndet begr\u00fcndete beschreibt beschrieb "
    "folgert folgerte urteilt urteilte bedauert bedauerte vermutet vermutete "
    "prophezeit prophezeite prognostiziert prognostizierte r\u00e4t riet empfiehlt "
    "empfahl bittet bat hofft hoffte jubelt jubelte schw\u00e4rmt schw\u00e4rmte "
    "witzelt witzelte seufzt seufzte st\u00f6hnt st\u00f6hnte jammert jammerte "
    "schimpft schimpfte poltert polterte wettert wetterte fl\u00fcstert "
    "fl\u00fcsterte murmelt murmelte schreit schrie"
)
GERMAN_EXTRA_VERBS: frozenset[str] = frozenset(_FORMS.split())

# One word before a colon that goes on with the paragraph's last quote: a contrast or
# an addition opening the sentence ("Nur: \u201e\u2026\u201c", "Allerdings:
# \u201e\u2026\u201c"), capitalised as a sentence's first word.
_OPENERS = "Nur Aber Doch Allerdings Immerhin Trotzdem Dennoch Zudem Au\u00dferdem"
GERMAN_COLON_OPENERS: frozenset[str] = frozenset(_OPENERS.split(" "))
