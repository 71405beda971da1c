"""The speech verbs quotation attribution reads, in every language the readers meet: the
regular English bases expanded by :func:`verb_forms`, irregular forms as they are, and the
finite forms German, French, Russian and Ukrainian news copy puts next to a quotation.
"""

from __future__ import annotations

from .english_messages import MESSAGE_VERBS
from .english_verb_classes import CLASS_BASES, CLASS_PAST
from .french_verbs import FRENCH_CLASS_VERBS
from .german_words import GERMAN_EXTRA_VERBS
from .slavic_paradigms import speaker_verb_forms
from .slavic_words import SLAVIC_EXTRA_VERBS

__all__ = ["SPEECH_VERBS", "verb_forms", "word_set"]


def word_set(text: str) -> frozenset[str]:
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


_REGULAR_VERBS = word_set(
    "acknowledge add advise affirm agree announce answer argue ask assert assure boast "
    "caution claim comment complain conclude concede confirm contend continue counter "
    "declare deny emphasise emphasize estimate exclaim explain inform insist lament "
    "maintain mention note observe opine predict promise recall recount reiterate remark "
    "repeat reply report respond retort reveal shout state stress suggest summarise "
    "summarize testify tweet underline underscore urge vow warn whisper clarify highlight"
)

_IRREGULAR_VERBS = word_set(
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

# Finite forms of speech verbs in German, French, Russian and Ukrainian, as they stand
# next to a quotation ("sagte", "fügte hinzu", "a-t-il expliqué", "заявила", "наголосив").
_GERMAN_VERBS = word_set(
    "sagte sagt sagten sagen erkl\u00e4rte erkl\u00e4rt erkl\u00e4rten betonte betont "
    "betonten meinte meint meinten fordert forderte forderten f\u00fcgte f\u00fcgt "
    "erg\u00e4nzte erg\u00e4nzt berichtete berichtet schrieb schreibt warnte warnt "
    "kritisierte kritisiert sprach spricht antwortete antwortet erz\u00e4hlte "
    "erz\u00e4hlt versicherte versichert unterstrich unterstreicht bekr\u00e4ftigte "
    "bekr\u00e4ftigt mahnte mahnt verk\u00fcndete verk\u00fcndet r\u00e4umte "
    "r\u00e4umt klagte klagt rief ruft zitiert bilanzierte beklagte beklagt "
    "entgegnete entgegnet erinnerte erinnert sch\u00e4tzte sch\u00e4tzt "
    "monierte moniert erwiderte erwidert konterte kontert widersprach widerspricht "
    "argumentierte argumentiert beteuerte beteuert versprach verspricht "
    "best\u00e4tigte best\u00e4tigt kommentierte kommentiert lobte lobt "
    "bekannte bekennt pr\u00e4zisierte pr\u00e4zisiert appellierte appelliert "
    "nannte nennt bezeichnete bezeichnet k\u00fcndigte k\u00fcndigt analysierte "
    "analysiert gestand gesteht res\u00fcmierte res\u00fcmiert "
    # "\u00e4u\u00dferte er sich", "so \u00e4u\u00dfert sich X"
    "\u00e4u\u00dferte \u00e4u\u00dfert \u00e4u\u00dferten "
    # thanks spoken ("Die Ministerin dankte den Helfern: \u201e\u2026\u201c"), a
    # judgement given ("\u2026 \u201eenorm entwickelt\u201c, befand der Pr\u00e4sident")
    "dankte dankt dankten befand befindet befanden"
)
_FRENCH_VERBS = word_set(
    "dit d\u00e9clar\u00e9 affirm\u00e9 expliqu\u00e9 soulign\u00e9 ajout\u00e9 "
    "estim\u00e9 indiqu\u00e9 pr\u00e9cis\u00e9 d\u00e9clare affirme explique "
    "souligne ajoute estime indique pr\u00e9cise assur\u00e9 assure lanc\u00e9 lance "
    "confi\u00e9 confie racont\u00e9 raconte r\u00e9pondu r\u00e9pond insist\u00e9 "
    "insiste martel\u00e9 martel\u00e8 martele rappel\u00e9 rappelle poursuivi "
    "poursuit reconnu reconna\u00eet regrett\u00e9 regrette d\u00e9plor\u00e9 "
    "d\u00e9plore d\u00e9nonc\u00e9 d\u00e9nonce jug\u00e9 juge pr\u00e9venu "
    "pr\u00e9vient averti avertit comment\u00e9 commente \u00e9crit annonc\u00e9 "
    "annonce ajouter confirm\u00e9 confirme observ\u00e9 observe not\u00e9 "
    "expliquait affirmait disait soulignait d\u00e9clarait estimait s'exclame "
    "exclam\u00e9 t\u00e9moign\u00e9 t\u00e9moigne "
    "r\u00e9sum\u00e9 r\u00e9sume "
    "conclu conclut avou\u00e9 avoue glisse gliss\u00e9 l\u00e2ch\u00e9 l\u00e2che "
    "soutenu soutient demande demand\u00e9 r\u00e9agi r\u00e9agit r\u00e9torque "
    "r\u00e9torqu\u00e9 r\u00e9plique r\u00e9pliqu\u00e9 tranch\u00e9 "
    "ironise ironis\u00e9 nuanc\u00e9 martel\u00e9 mart\u00e8le "
    "interroge interrog\u00e9 poursuivait ajoutait pr\u00e9cisait indiquait "
    "expliquera d\u00e9clarera argument\u00e9 argumente plaid\u00e9 plaide "
    "f\u00e9licite f\u00e9licit\u00e9 t\u00e9moignait souffl\u00e9 relev\u00e9 "
    "rench\u00e9rit rench\u00e9ri insistait r\u00e9pondait reconnaissait regrettait "
    "continu\u00e9 encha\u00eene encha\u00een\u00e9 concluait raconte "
    "confiait racontait lan\u00e7ait assurait pr\u00e9venait r\u00e9sumait "
    "ajoutant pr\u00e9cisant estimant expliquant soulignant affirmant indiquant "
    # Present and past participle of reporting verbs news copy inverts ("atteste X",
    # "constate-t-il", "a-t-elle d\u00e9taill\u00e9").
    "atteste attest\u00e9 constate constat\u00e9 d\u00e9taille d\u00e9taill\u00e9 "
    "continue note signale signal\u00e9 rapporte rapport\u00e9 reprend repris "
    "ass\u00e8ne ass\u00e9n\u00e9 temp\u00e8re temp\u00e9r\u00e9 admet admis "
    "conc\u00e8de conc\u00e9d\u00e9 avance avanc\u00e9 clame clam\u00e9 souffle "
    "rel\u00e8ve pointe point\u00e9 r\u00e9p\u00e8te r\u00e9p\u00e9t\u00e9 "
    "d\u00e9crit t\u00e9moignent racontent expliquent"
) | frozenset(
    # Reflexive forms, with either apostrophe ("s\u2019indigne"): the bare word is
    # as often an adjective ("indigne de").
    f"s{mark}{verb}"
    for mark in "'\u2019"
    for verb in word_set(
        "indigne insurge interroge inqui\u00e8te \u00e9tonne emporte agace amuse "
        "exclame \u00e9crie alarme"
    )
)
_RUSSIAN_VERBS = word_set(
    "\u0433\u043e\u0432\u043e\u0440\u0438\u043b \u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0430 "
    "\u0433\u043e\u0432\u043e\u0440\u0438\u0442 \u0434\u043e\u0431\u0430\u0432\u0438\u043b "
    "\u0434\u043e\u0431\u0430\u0432\u0438\u043b\u0430 \u0437\u0430\u0432\u0435\u0440\u0438\u043b "
    "\u0437\u0430\u0432\u0435\u0440\u0438\u043b\u0430 \u0437\u0430\u043c\u0435\u0442\u0438\u043b "
    "\u0437\u0430\u043c\u0435\u0442\u0438\u043b\u0430 \u0437\u0430\u044f\u0432\u0438\u043b "
    "\u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0438 "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u0435\u0442 "
    "\u043a\u043e\u043d\u0441\u0442\u0430\u0442\u0438\u0440\u043e\u0432\u0430\u043b "
    "\u043d\u0430\u043f\u0438\u0441\u0430\u043b \u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430 "
    "\u043d\u0430\u043f\u043e\u043c\u043d\u0438\u043b "
    "\u043d\u0430\u043f\u043e\u043c\u043d\u0438\u043b\u0430 "
    "\u043e\u0442\u0432\u0435\u0442\u0438\u043b \u043e\u0442\u0432\u0435\u0442\u0438\u043b\u0430 "
    "\u043e\u0442\u043c\u0435\u0442\u0438\u043b \u043e\u0442\u043c\u0435\u0442\u0438\u043b\u0430 "
    "\u043e\u0442\u043c\u0435\u0447\u0430\u0435\u0442 \u043f\u0438\u0448\u0435\u0442 "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u0438\u0432\u0430\u0435\u0442 "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u043d\u0443\u043b "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u043d\u0443\u043b\u0430 "
    "\u043f\u043e\u0434\u0447\u0451\u0440\u043a\u0438\u0432\u0430\u0435\u0442 "
    "\u043f\u043e\u044f\u0441\u043d\u0438\u043b \u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430 "
    "\u043f\u0440\u0435\u0434\u0443\u043f\u0440\u0435\u0434\u0438\u043b "
    "\u043f\u0440\u0435\u0434\u0443\u043f\u0440\u0435\u0434\u0438\u043b\u0430 "
    "\u043f\u0440\u0438\u0437\u043d\u0430\u043b\u0430\u0441\u044c "
    "\u043f\u0440\u0438\u0437\u043d\u0430\u043b\u0441\u044f "
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u0430\u043b "
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u0430\u043b\u0430 "
    "\u0441\u043a\u0430\u0437\u0430\u043b \u0441\u043a\u0430\u0437\u0430\u043b\u0430 "
    "\u0441\u043a\u0430\u0437\u0430\u043b\u0438 \u0441\u043e\u043e\u0431\u0449\u0438\u043b "
    "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430 \u0441\u0447\u0438\u0442\u0430\u0435\u0442 "
    "\u0443\u0442\u043e\u0447\u043d\u0438\u043b \u0443\u0442\u043e\u0447\u043d\u0438\u043b\u0430"
)
_UKRAINIAN_VERBS = word_set(
    "\u0432\u0438\u0437\u043d\u0430\u0432 \u0432\u0438\u0437\u043d\u0430\u043b\u0430 "
    "\u0432\u0438\u0441\u043b\u043e\u0432\u0438\u0432\u0441\u044f "
    "\u0432\u0438\u0441\u043b\u043e\u0432\u0438\u043b\u0430\u0441\u044f "
    "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0432 "
    "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u043b\u0430 "
    "\u0433\u043e\u0432\u043e\u0440\u0438\u0442\u044c \u0434\u043e\u0434\u0430\u0432 "
    "\u0434\u043e\u0434\u0430\u043b\u0430 \u0434\u043e\u0434\u0430\u0454 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0430\u0454 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u0432 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u043b\u0430 "
    "\u0437\u0430\u043f\u0435\u0432\u043d\u0438\u0432 "
    "\u0437\u0430\u043f\u0435\u0432\u043d\u0438\u043b\u0430 \u0437\u0430\u044f\u0432\u0438\u0432 "
    "\u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0438 "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u0454 \u043a\u0430\u0436\u0435 "
    "\u043a\u0430\u0437\u0430\u0432 \u043a\u0430\u0437\u0430\u043b\u0430 "
    "\u043d\u0430\u0433\u0430\u0434\u0430\u0432 \u043d\u0430\u0433\u0430\u0434\u0430\u043b\u0430 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u0432 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u043b\u0430 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0448\u0443\u0454 "
    "\u043d\u0430\u043f\u0438\u0441\u0430\u0432 \u043d\u0430\u043f\u0438\u0441\u0430\u043b\u0430 "
    "\u043f\u0438\u0448\u0435 \u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0432 "
    "\u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u043b\u0430 "
    "\u043f\u043e\u044f\u0441\u043d\u0438\u0432 \u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430 "
    "\u043f\u0440\u043e\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u0432 "
    "\u043f\u0440\u043e\u043a\u043e\u043c\u0435\u043d\u0442\u0443\u0432\u0430\u043b\u0430 "
    "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u0438\u0432 "
    "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u0438\u043b\u0430 "
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0432 "
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u043b\u0430 \u0441\u043a\u0430\u0437\u0430\u0432 "
    "\u0441\u043a\u0430\u0437\u0430\u043b\u0430 \u0441\u043a\u0430\u0437\u0430\u043b\u0438 "
    "\u0443\u0442\u043e\u0447\u043d\u0438\u0432 \u0443\u0442\u043e\u0447\u043d\u0438\u043b\u0430"
)

# More Russian and Ukrainian speech verbs, as they stand next to a quotation: the past
# tense agrees with the speaker's gender (masculine "-л"/"-в", feminine
# "-ла"), so both forms are listed, and the present third person of the verbs
# news copy uses for a person's standing view ("считает",
# "вважає"). Not the verbs an outlet is the subject of
# ("\u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 \u0422\u0410\u0421\u0421",
# "цитує"): those credit no person.
_SLAVIC_MORE_VERBS = word_set(
    # Russian
    "\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430"
    "\u043b "
    "\u043f\u0440\u043e\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u0430"
    "\u043b\u0430 "
    "\u0437\u0430\u043a\u043b\u044e\u0447\u0438\u043b "
    "\u0437\u0430\u043a\u043b\u044e\u0447\u0438\u043b\u0430 "
    "\u0440\u0435\u0437\u044e\u043c\u0438\u0440\u043e\u0432\u0430\u043b "
    "\u0440\u0435\u0437\u044e\u043c\u0438\u0440\u043e\u0432\u0430\u043b\u0430 "
    "\u043f\u043e\u0434\u044b\u0442\u043e\u0436\u0438\u043b "
    "\u043f\u043e\u0434\u044b\u0442\u043e\u0436\u0438\u043b\u0430 "
    "\u043a\u043e\u043d\u0441\u0442\u0430\u0442\u0438\u0440\u043e\u0432\u0430\u043b\u0430 "
    "\u043e\u0431\u044a\u044f\u0441\u043d\u0438\u043b "
    "\u043e\u0431\u044a\u044f\u0441\u043d\u0438\u043b\u0430 "
    "\u043f\u0440\u0438\u0437\u043d\u0430\u043b "
    "\u043f\u0440\u0438\u0437\u043d\u0430\u043b\u0430 "
    "\u0443\u043a\u0430\u0437\u0430\u043b \u0443\u043a\u0430\u0437\u0430\u043b\u0430 "
    "\u0437\u0430\u0432\u0435\u0440\u0438\u043b\u0438 "
    "\u0437\u0430\u043c\u0435\u0447\u0430\u0435\u0442 "
    "\u043f\u0440\u043e\u0438\u0437\u043d\u0435\u0441 "
    "\u043f\u0440\u043e\u0438\u0437\u043d\u0451\u0441 "
    "\u043f\u0440\u043e\u0438\u0437\u043d\u0435\u0441\u043b\u0430 "
    "\u043f\u043e\u043e\u0431\u0435\u0449\u0430\u043b "
    "\u043f\u043e\u043e\u0431\u0435\u0449\u0430\u043b\u0430 "
    "\u0432\u043e\u0437\u0440\u0430\u0437\u0438\u043b "
    "\u0432\u043e\u0437\u0440\u0430\u0437\u0438\u043b\u0430 "
    "\u043f\u0430\u0440\u0438\u0440\u043e\u0432\u0430\u043b "
    "\u043f\u0430\u0440\u0438\u0440\u043e\u0432\u0430\u043b\u0430 "
    "\u0441\u043f\u0440\u043e\u0441\u0438\u043b "
    "\u0441\u043f\u0440\u043e\u0441\u0438\u043b\u0430 "
    "\u0432\u043e\u0441\u043a\u043b\u0438\u043a\u043d\u0443\u043b "
    "\u0432\u043e\u0441\u043a\u043b\u0438\u043a\u043d\u0443\u043b\u0430 "
    "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0438\u043b "
    "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0438\u043b\u0430 "
    "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u0442 "
    "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043b "
    "\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u043b\u0430 "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u043b "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u043b\u0430 "
    "\u043e\u0442\u043c\u0435\u0447\u0430\u043b "
    "\u043e\u0442\u043c\u0435\u0447\u0430\u043b\u0430 "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u0438\u0432\u0430\u043b "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u0438\u0432\u0430\u043b\u0430 "
    "\u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0435\u0442 "
    "\u043f\u043e\u044f\u0441\u043d\u044f\u0435\u0442 "
    "\u0443\u0442\u043e\u0447\u043d\u044f\u0435\u0442 "
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u044b\u0432\u0430\u0435\u0442 "
    "\u043d\u0430\u0441\u0442\u0430\u0438\u0432\u0430\u0435\u0442 "
    "\u0440\u0430\u0441\u0441\u043a\u0430\u0437\u0430\u043b\u0438 "
    "\u043e\u0442\u0432\u0435\u0442\u0438\u043b\u0438 "
    "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u043d\u0443\u043b\u0438 "
    # Ukrainian
    "\u0437\u0430\u0443\u0432\u0430\u0436\u0438\u0432 "
    "\u0437\u0430\u0443\u0432\u0430\u0436\u0438\u043b\u0430 "
    "\u0440\u0435\u0437\u044e\u043c\u0443\u0432\u0430\u0432 "
    "\u0440\u0435\u0437\u044e\u043c\u0443\u0432\u0430\u043b\u0430 "
    "\u043f\u0456\u0434\u0441\u0443\u043c\u0443\u0432\u0430\u0432 "
    "\u043f\u0456\u0434\u0441\u0443\u043c\u0443\u0432\u0430\u043b\u0430 "
    "\u043a\u043e\u043d\u0441\u0442\u0430\u0442\u0443\u0432\u0430\u0432 "
    "\u043a\u043e\u043d\u0441\u0442\u0430\u0442\u0443\u0432\u0430\u043b\u0430 "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u0432 "
    "\u0437\u0430\u044f\u0432\u043b\u044f\u043b\u0430 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0448\u0443\u0432\u0430\u0432 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0448\u0443\u0432\u0430\u043b\u0430 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0430\u0432 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0430\u043b\u0430 "
    "\u043f\u043e\u044f\u0441\u043d\u044e\u0432\u0430\u0432 "
    "\u043f\u043e\u044f\u0441\u043d\u044e\u0432\u0430\u043b\u0430 "
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0434\u0430\u0432 "
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0434\u0430\u043b\u0430 "
    "\u043f\u043e\u043f\u0435\u0440\u0435\u0434\u0438\u0432 "
    "\u043f\u043e\u043f\u0435\u0440\u0435\u0434\u0438\u043b\u0430 "
    "\u043f\u043e\u043e\u0431\u0456\u0446\u044f\u0432 "
    "\u043f\u043e\u043e\u0431\u0456\u0446\u044f\u043b\u0430 "
    "\u0437\u0456\u0437\u043d\u0430\u0432\u0441\u044f "
    "\u0437\u0456\u0437\u043d\u0430\u043b\u0430\u0441\u044f "
    "\u0430\u043a\u0446\u0435\u043d\u0442\u0443\u0432\u0430\u0432 "
    "\u0430\u043a\u0446\u0435\u043d\u0442\u0443\u0432\u0430\u043b\u0430 "
    "\u0432\u0456\u0434\u0437\u043d\u0430\u0447\u0438\u0432 "
    "\u0432\u0456\u0434\u0437\u043d\u0430\u0447\u0438\u043b\u0430 "
    "\u0437\u0430\u043f\u0435\u0440\u0435\u0447\u0438\u0432 "
    "\u0437\u0430\u043f\u0435\u0440\u0435\u0447\u0438\u043b\u0430 "
    "\u043f\u043e\u0432\u0442\u043e\u0440\u0438\u0432 "
    "\u043f\u043e\u0432\u0442\u043e\u0440\u0438\u043b\u0430 "
    "\u043f\u0440\u043e\u0434\u043e\u0432\u0436\u0438\u0432 "
    "\u043f\u0440\u043e\u0434\u043e\u0432\u0436\u0438\u043b\u0430 "
    "\u0437\u0430\u043f\u0438\u0442\u0430\u0432 "
    "\u0437\u0430\u043f\u0438\u0442\u0430\u043b\u0430 "
    "\u0443\u0442\u043e\u0447\u043d\u044e\u0454 "
    "\u043f\u043e\u044f\u0441\u043d\u044e\u0454 "
    "\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u0434\u0430\u0454 "
    "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u044e\u0454 "
    "\u0432\u0432\u0430\u0436\u0430\u0454 "
    "\u043f\u0456\u0434\u0441\u0443\u043c\u0443\u0432\u0430\u043b\u0438 "
    "\u0437\u0430\u0437\u043d\u0430\u0447\u0438\u043b\u0438 "
    "\u043d\u0430\u0433\u043e\u043b\u043e\u0441\u0438\u043b\u0438 "
    "\u0434\u043e\u0434\u0430\u043b\u0438 "
    "\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u043b\u0438"
)

#: Every word form read as a speech verb (lower case, matched case-sensitively: "Post" in a name
#: is no verb). Extend it with ``QuoteFinder(speech_verbs=SPEECH_VERBS | verb_forms(...))``.
SPEECH_VERBS: frozenset[str] = (
    verb_forms(*sorted(_REGULAR_VERBS | CLASS_BASES))
    | CLASS_PAST  # Levin's verb classes (english_verb_classes.py)
    | _IRREGULAR_VERBS
    | _GERMAN_VERBS
    | GERMAN_EXTRA_VERBS
    | _FRENCH_VERBS
    | FRENCH_CLASS_VERBS
    | _RUSSIAN_VERBS
    | _UKRAINIAN_VERBS
    | _SLAVIC_MORE_VERBS
    | SLAVIC_EXTRA_VERBS
    | speaker_verb_forms()  # Russian and Ukrainian verbs by lemma (slavic_paradigms.py)
    | MESSAGE_VERBS  # "texted", "messaged" (english_messages.py)
)
