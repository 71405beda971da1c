"""French reporting verbs as a class, conjugated: the forms news copy puts next to a
quotation, made from the infinitive rather than listed one by one.

A French incise inverts a reporting verb in any tense the writer chose: the passé
composé ("a martelé le ministre"), the present ("tonne le maire"), the imperfect
("confiait-il"), the passé simple of narrative copy ("souligna le président",
"prévint-elle"), the future of the same narrative ("dira le ministre", "ajoutera-t-il")
and the reflexive verbs of emotion ("s'impatiente X", "se réjouit la maire"); the
compound tenses take "avoir" in any third-person form (:data:`FRENCH_AUXILIARIES`:
"avait indiqué le ministre", "aura souligné X"). Listing forms seen in one text left
the other tenses of the same verbs unread; :func:`conjugated` gives every
third-person form of each verb of the class, so a verb of the class is read in
whatever tense it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FRENCH_AUXILIARIES", "FRENCH_BE_FORMS", "FRENCH_CLASS_VERBS", "conjugated", "reformed"]

# The last vowel of a first-group stem and the consonants after it ("martel",
# "répét"): in the present its "e"/"é" is an "è" ("martèle", "répète").
_LAST_VOWEL = re.compile("([e\u00e9])([^aeiouy\u00e9\u00e8\u00ea])$")


def _soft(stem: str, ending: str) -> str:
    """``stem + ending`` with the spelling that keeps the stem's sound before "a" and
    "o": "nuan\u00e7a" (nuancer), "interrogea" (interroger)."""
    if ending[:1] in ("a", "o"):
        if stem.endswith("c"):
            return stem[:-1] + "\u00e7" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


def _first_group(infinitive: str) -> set[str]:
    """The third-person forms of an "-er" verb: present, imperfect, passé simple,
    past participle (all agreements) and present participle."""
    stem = infinitive[:-2]
    forms = {_soft(stem, ending) for ending in ("a", "ait", "aient", "ant", "\u00e8rent")}
    forms.update((infinitive + "a", infinitive + "ont"))  # the future: "ajoutera", "lanceront"
    # The participle of the passé composé, which agrees with no subject ("a-t-elle
    # martelé"); an agreeing one is passive or an adjective ("la mission confiée à
    # X"), and the reflexive past ("s'est emportée") is read as a construction.
    forms.add(stem + "\u00e9")
    presents = {stem}
    match = _LAST_VOWEL.search(stem)
    if match is not None:
        # The stressed stem: "répète", "relève"; "martèle" and "rappelle" (both
        # spellings of an "-eler" verb, one of which is no word and never matches).
        head, consonant = stem[: match.start()], match.group(2)
        presents = {head + "\u00e8" + consonant}
        if match.group(1) == "e" and consonant in ("l", "t"):
            presents.add(stem + consonant)
    for present in presents:
        forms.update((present + "e", present + "ent"))
    return forms


def _second_group(infinitive: str) -> set[str]:
    """The third-person forms of a second-group "-ir" verb ("avertir", "rench\u00e9rir")."""
    stem = infinitive[:-2]
    endings = ("it", "i", "issait", "issaient", "issant", "irent", "issent", "ira", "iront")
    return {stem + ending for ending in endings}


#: Endings of the participles (the reflexive forms leave them out; see conjugated).
_PARTICIPLE_ENDINGS = ("\u00e9", "i", "ant", "issant")


def conjugated(infinitives: Iterable[str], *, reflexive: bool = False) -> frozenset[str]:
    """Every third-person form of each verb (first group "-er", second group "-ir"),
    in lower case. With ``reflexive``, the present forms a reflexive pronoun stands
    before: joined to it with either apostrophe for a verb that opens with a vowel
    ("s'impatiente"), alone for one the pronoun "se" stands before as a word ("se
    r\u00e9jouit": the finder reads "se" as a clitic), and no participle (the reflexive
    past, "s'est impatient\u00e9e", is read as a construction)."""
    forms: set[str] = set()
    for infinitive in infinitives:
        own = _first_group(infinitive) if infinitive.endswith("er") else _second_group(infinitive)
        if reflexive:
            stem = infinitive[:-2]
            finite = own - {stem + ending for ending in _PARTICIPLE_ENDINGS}
            if infinitive[0] in "aeiouh\u00e9\u00e8\u00ea":
                forms.update(f"s{mark}{word}" for word in finite for mark in "'\u2019")
            else:
                forms.update(finite)
            continue
        forms |= own
    return frozenset(forms)


def _split(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text`` (keeps the verb lists compact)."""
    return tuple(text.split())


#: Reporting verbs of the first group: saying, stressing, warning, replying,
#: conceding, summing up, joking, confiding; the verbs an incise inverts.
_FIRST_GROUP = _split(
    "affirmer ajouter annoncer argumenter assurer attester avancer avouer clamer "
    "commenter confier confirmer conseiller constater continuer d\u00e9clarer "
    "d\u00e9plorer d\u00e9noncer d\u00e9tailler encha\u00eener esp\u00e9rer estimer "
    "exhorter expliquer glisser indiquer insister interroger ironiser juger "
    "l\u00e2cher lancer marteler noter nuancer observer plaider plaisanter pointer "
    "pr\u00e9ciser raconter rappeler rapporter rassurer recommander regretter relever "
    "r\u00e9pliquer r\u00e9p\u00e9ter r\u00e9sumer r\u00e9torquer signaler souffler "
    "souligner soupirer t\u00e9moigner temp\u00e9rer temp\u00eater tonner "
    "trancher ass\u00e9ner conc\u00e9der fulminer objecter protester "
    # The classes of "verbes de parole" school grammars list (a statement, a question,
    # a reply, an order, the voice and the mood of the speaker; e.g. the lesson "Les
    # verbes de parole" of espacefrancais.com, maxicours' "verbes introducteurs"),
    # those not above.
    "r\u00e9v\u00e9ler d\u00e9voiler questionner riposter r\u00e9criminer ordonner exiger "
    "marmonner bougonner grommeler bredouiller hurler chuchoter murmurer crier "
    "acquiescer approuver"
)

#: Second-group reporting verbs ("avertit", "rench\u00e9rit", "r\u00e9agit").
_SECOND_GROUP = _split("avertir rench\u00e9rir r\u00e9agir rugir")

#: Reflexive verbs of emotion and comment that invert after a quote as reporting verbs
#: do ("s'impatiente X", "se d\u00e9sole le maire", "s'interroge-t-elle").
_REFLEXIVE = _split(
    "impatienter enthousiasmer \u00e9tonner inqui\u00e9ter indigner insurger alarmer "
    "exclamer \u00e9crier emporter agacer amuser \u00e9nerver interroger exasp\u00e9rer "
    "r\u00e9jouir d\u00e9soler f\u00e9liciter lamenter d\u00e9fendre justifier "
    "demander f\u00e2cher r\u00e9crier"
)

#: Irregular reporting verbs, their third-person forms as they are (present,
#: imperfect, passé simple, participles): "pr\u00e9vint", "poursuivit", "reprit".
_IRREGULAR = _split(
    "pr\u00e9vient pr\u00e9venait pr\u00e9vint pr\u00e9venu pr\u00e9venant "
    "poursuit poursuivait poursuivit poursuivi poursuivant "
    "reprend reprenait reprit repris reprenant "
    "conclut concluait conclu concluant "
    "admet admettait admit admis admettant "
    "reconna\u00eet reconnaissait reconnut reconnu reconnaissant "
    "r\u00e9pond r\u00e9pondait r\u00e9pondit r\u00e9pondu r\u00e9pondant "
    "soutient soutenait soutint soutenu soutenant "
    "\u00e9crit \u00e9crivait \u00e9crivit \u00e9crivant "
    "d\u00e9crit d\u00e9crivait d\u00e9crivit d\u00e9crivant "
    "promet promettait promit promis promettant "
    "dit disait disant "
    "sourit souriait "
    "r\u00e9agit r\u00e9agissait "
    # Their futures, as narrative copy writes them ("dira-t-il", "conclura le maire").
    "pr\u00e9viendra poursuivra reprendra conclura admettra reconna\u00eetra "
    "r\u00e9pondra soutiendra \u00e9crira d\u00e9crira promettra dira diront sourira"
)

#: The third-person forms of "avoir" that make the compound tenses of a reporting verb:
#: passé composé, plus-que-parfait, futur antérieur, conditionnel passé, passé
#: antérieur ("a déclaré", "avait indiqué", "aura souligné", "aurait affirmé", "eut dit").
FRENCH_AUXILIARIES = frozenset(
    ("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent")
)

#: The third-person forms of "être", the auxiliary of a reflexive verb's compound tenses
#: ("s'est félicité", "s'était emporté", "se serait vanté", "se sera réjoui").
FRENCH_BE_FORMS = frozenset(
    (
        "est",
        "sont",
        "\u00e9tait",
        "\u00e9taient",
        "sera",
        "seront",
        "serait",
        "seraient",
        "fut",
        "furent",
    )
)


def reformed(forms: Iterable[str]) -> frozenset[str]:
    """The forms with an "\u00ee" as the 1990 spelling reform writes them, without the
    circumflex ("reconnait", "apparait"): news copy uses both spellings. (Not "\u00fb",
    whose reformed forms are other words: "d\u00fb" and "du".)"""
    return frozenset(form.replace("\u00ee", "i") for form in forms if "\u00ee" in form)


#: The reporting verbs of the class in every third-person form (see the module), in
#: both spellings.
_CLASS_FORMS: frozenset[str] = (
    conjugated(_FIRST_GROUP)
    | conjugated(_SECOND_GROUP)
    | conjugated(_REFLEXIVE, reflexive=True)
    | frozenset(_IRREGULAR)
)
FRENCH_CLASS_VERBS: frozenset[str] = _CLASS_FORMS | reformed(_CLASS_FORMS)
