"""Generic person nouns as speakers (issue 15, session 26): "the resident added",
"sagte die Zeugin", "s'exclame le prévenu", "— рассказала жительница Бехлевки".

Unlike an office ("the minister", "le maire"), such a noun names no post one person
holds: anyone may be a resident, a witness or a defendant. It stands for a named person
only when the text introduced that person with the noun or a synonym ("Dorothy Gordon,
a neighbor", "місцева жителька Олена Гуменюк", "односельчанин … Виктор" for "местный
житель"); otherwise it is someone the text does not name, and the last person named
(the judge, the official, the only woman) is not the speaker. A noun that only gives a
gender ("the woman", "die Frau", "женщина") is also the epithet a report uses for the
one it quoted just before ("«…», so Fischer. «…», sagt die Frau"): it may go on with
that speaker, never with someone merely named. Lower-case nominatives, both genders.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import is_cyrillic

__all__ = ["generic_of_place", "generic_person", "noun_gender", "synonyms"]

# Groups of nouns that stand for the same person (a synonym introduces as well as the
# noun itself: "Виктор, односельчанин" for "местный житель"). A Russian or Ukrainian
# role read from its first word keeps the adjective "local" of "местный житель".
_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        # English
        "resident inhabitant local villager homeowner tenant",
        "neighbour neighbor",
        "witness eyewitness bystander passer-by passerby",
        "victim",
        "defendant accused",
        "pensioner retiree",
        "driver motorist",
        "customer shopper",
        "fan supporter",
        "student pupil",
        "worker employee",
        "mother mum",
        "father dad",
        "parent",
        # German
        "anwohner anwohnerin bewohner bewohnerin hausbewohner hausbewohnerin",
        "nachbar nachbarin",
        "zeuge zeugin augenzeuge augenzeugin passant passantin",
        "opfer geschädigte geschädigter",
        "angeklagte angeklagter beschuldigte beschuldigter",
        "rentner rentnerin seniorin",
        "autofahrer autofahrerin fahrer fahrerin",
        "kunde kundin besucher besucherin",
        "schüler schülerin studentin",
        "bekannte bekannter",
        "mutter",
        "vater",
        # French
        "habitant habitante riverain riveraine locataire",
        "voisin voisine",
        "témoin passant passante",
        "victime",
        "prévenu prévenue accusé accusée",
        "retraité retraitée",
        "automobiliste conducteur conductrice",
        "client cliente",
        "étudiant étudiante élève lycéen lycéenne",
        "mère",
        "père",
        # Russian
        "житель жительница жилец односельчанин односельчанка горожанин горожанка "
        "сельчанин сельчанка местный местная",
        "сосед соседка",
        "свидетель свидетельница очевидец очевидица прохожий прохожая",
        "потерпевший потерпевшая",
        "обвиняемый обвиняемая подсудимый подсудимая",
        "пенсионер пенсионерка",
        "водитель",
        "покупатель покупательница",
        "болельщик болельщица",
        "студент студентка школьник школьница",
        "мать",
        "отец",
        # Ukrainian
        "мешканець мешканка житель жителька односельчанин односельчанка містянин містянка "
        "місцевий місцева",
        "сусід сусідка",
        "свідок свідка очевидець очевидиця перехожий перехожа",
        "потерпілий потерпіла",
        "обвинувачений обвинувачена підсудний підсудна",
        "пенсіонер пенсіонерка",
        "водій",
        "покупець покупниця",
        "вболівальник вболівальниця",
        "школяр школярка",
        "мати",
        "батько",
    )
)
_GROUP_OF: dict[str, frozenset[str]] = {}
for _group in _GROUPS:
    for _word in _group:
        _GROUP_OF[_word] = _GROUP_OF.get(_word, frozenset()) | _group

#: Nouns that give only a person's gender (and age): who they stand for is the one the
#: report quoted just before, when not someone introduced with them.
_GENDER_NOUNS: dict[str, str] = {
    **dict.fromkeys(["woman", "lady", "girl", "frau", "dame", "mädchen", "femme", "fille"], "f"),
    **dict.fromkeys(["man", "gentleman", "boy", "mann", "junge", "homme", "garçon"], "m"),
    **dict.fromkeys(
        [
            "женщина",
            "девушка",
            "девочка",
            "старушка",
            "бабушка",
            "жінка",
            "дівчина",
            "дівчинка",
            "бабуся",
            "бабця",
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            "мужчина",
            "парень",
            "мальчик",
            "старик",
            "дедушка",
            "чоловік",
            "хлопець",
            "хлопчик",
            "дідусь",
        ],
        "m",
    ),
}

# Endings of Russian and Ukrainian nouns of where one lives ("курянка",
# "кременчужанка", "киевлянин"): a demonym is a generic person too.
_DEMONYM_ENDINGS = (
    "чанка",
    "чанин",
    "янка",
    "янин",
    "жанка",
    "жанин",
)


def generic_person(noun: str) -> bool:
    """Is ``noun`` (lower case) a generic person noun or one that gives only a gender,
    not an office: one that stands for someone the text need not name?"""
    return (
        noun in _GROUP_OF
        or noun in _GENDER_NOUNS
        or (len(noun) > 6 and noun.endswith(_DEMONYM_ENDINGS) and noun.isalpha())
    )


def noun_gender(noun: str) -> str:
    """The gender ``noun`` gives when it gives only that ("woman": "f"), else ""."""
    return _GENDER_NOUNS.get(noun, "")


def synonyms(noun: str) -> frozenset[str]:
    """The nouns that introduce the same person as ``noun`` (``noun`` among them)."""
    return _GROUP_OF.get(noun, frozenset((noun,)))


# Endings of a Russian or Ukrainian place name in the genitive that no given name in
# the nominative has ("Москвы", "Бехлевки", "Бучі"; "Ростова" is left: "Анна").
_PLACE_GENITIVE = ("ы", "и", "\u0456")


def generic_of_place(words: Sequence[str], name: str) -> str | None:
    """The generic person noun among ``words`` (the lower-case words after a Russian or
    Ukrainian speech verb) when the one capitalised word ``name`` after them is where
    the person lives, not who they are: "жительница Бехлевки" (a genitive no given
    name has), "жительница села Бехлевка" (a lower-case genitive between). None
    otherwise ("пенсионерка Анна" names her)."""
    if " " in name or not is_cyrillic(name):
        return None
    for at in range(len(words) - 1, -1, -1):
        noun = words[at]
        if noun in _GROUP_OF or noun in _GENDER_NOUNS:
            between = at < len(words) - 1
            return noun if between or name.endswith(_PLACE_GENITIVE) else None
    return None
