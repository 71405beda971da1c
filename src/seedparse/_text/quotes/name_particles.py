# ruff: noqa: RUF001, RUF002 -- Russian and Ukrainian words on purpose
"""Names with particles, and the words around names that are not part of them.

Surname particles written in Cyrillic ("Урсула фон дер Ляйен", "Кевін де Брюйне",
"Ерік тен Гаг") join a name as their Latin forms do; a Spanish double surname written
in Cyrillic ("Хосе Луис Родригес Сапатеро") is one person, not an office's genitive
before a name; "Urs Fischer von Union Berlin" is a person and the club he is from. These pieces are
read by :mod:`.names`; they depend on their words alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = [
    "CYRILLIC_PARTICLES",
    "body_after_name",
    "body_of_named",
    "capital_particle_surname",
    "cyrillic_double_surname",
    "lone_particle_opens_name",
]

#: Surname particles as Russian and Ukrainian write them, always in lower case inside
#: a name: "фон дер Ляйен", "ван Дейк", "де Брюйне", "тен Гаг", "да Сілва", "бін
#: Салман", "аль-". "де" is also Ukrainian "where" and "да" Russian "yes": a particle
#: joins a name only between two capitalised words (see :mod:`.names`), or, alone
#: before a surname, only when it is one of :data:`_LEADING`.
CYRILLIC_PARTICLES = frozenset(
    [
        "фон",
        "ван",
        "фан",
        "дер",
        "ден",
        "де",
        "ді",
        "ди",
        "да",
        "ду",
        "дос",
        "дас",
        "дель",
        "делла",
        "ла",
        "ле",
        "тен",
        "тер",
        "бін",
        "бен",
        "ибн",
        "ібн",
        "аль",
        "эль",
        "ель",
        "цу",
    ]
)

#: Particles that never stand for a common word, so may open a surname written without
#: its given name ("подчеркнула фон дер Ляйен", "сказав ван Дейк").
_LEADING = frozenset(["фон", "ван", "фан", "тен"])


def lone_particle_opens_name(tokens: Sequence[str], i: int) -> int:
    """How many particles open a surname at ``tokens[i]`` ("фон дер Ляйен": 2), or 0.
    The first particle must be one of :data:`_LEADING`, in lower case, and a
    capitalised word must follow the particles."""
    if i >= len(tokens) or tokens[i] not in _LEADING:
        return 0
    k = i + 1
    while k < len(tokens) and tokens[k] in CYRILLIC_PARTICLES and k - i < 3:
        k += 1
    if k < len(tokens) and tokens[k][:1].isupper() and tokens[k][:1].isalpha():
        return k - i
    return 0


# Spanish surnames made from a given name ("Родригес", "Санчес", "Гонсалес", "Перес",
# "Фернандес", "Мартінес"): in Cyrillic they end so, and Russian and Ukrainian
# surnames and given names almost never do.
_SPANISH_ENDINGS = ("ес", "ез", "іс")
# The genitive or locative of an office's complement ("Испании", "Франции",
# "Украины", "Італії") ends so; a Spanish given name does not.
_GENITIVE_ENDINGS = ("и", "ы", "і", "ї")


def cyrillic_double_surname(words: Sequence[str]) -> int:
    """Where the person starts in three to five Cyrillic name words that end in a
    Spanish name with two surnames ("Педро Санчес Перес-Кастехон", "Испании Хосе Луис
    Родригес Сапатеро": 1), all the person's, rather than an office's complement in
    the genitive before a name ("России Сергей Лавров"); -1 when they do not. The word
    before the last surname ends as a Spanish patronymic surname; a first word that is
    a genitive is the complement's, and is left out."""
    start = 1 if len(words) > 3 and words[0].lower().endswith(_GENITIVE_ENDINGS) else 0
    person = words[start:]
    if len(person) not in (3, 4) or person[0].lower().endswith(_GENITIVE_ENDINGS):
        return -1
    return start if person[-2].lower().rstrip(".").endswith(_SPANISH_ENDINGS) else -1


#: Capitalised particles that open a surname written without its given name ("De
#: Bruyne", "Van Dijk", "Ten Hag", "Фон дер Ляйен"); the articles that are also
#: particles ("Der", "Le", "La", "El", "Al") open a noun or a body's name as often.
_CAPITAL_LEADING = frozenset(
    ["van", "von", "de", "da", "di", "ten", "ter", "bin", "фон", "ван", "де", "тен"]
)


def capital_particle_surname(words: Sequence[str]) -> bool:
    """Are ``words`` a capitalised particle, optionally more particles in lower case,
    and one surname ("De Bruyne", "Von der Leyen", "Фон дер Ляйен")?"""
    if len(words) < 2 or len(words) > 4 or not words[0][:1].isupper():
        return False
    if words[0].lower() not in _CAPITAL_LEADING or not words[-1][:1].isupper():
        return False
    middle = words[1:-1]
    return all(w.islower() and (w in CYRILLIC_PARTICLES or w in _LATIN_INNER) for w in middle)


_LATIN_INNER = frozenset(["der", "den", "de", "la", "le"])  # "Van der Bellen", "De la Fuente"


def body_after_name(tokens: Sequence[str], name_words: int, j: int) -> bool:
    """Does "von" or "de" at ``tokens[j]`` open the body a person is from ("Urs Fischer
    von Union Berlin", "Didier Deschamps de l'Olympique Lyon") rather than a particle of
    the name? Only after a full name (two words at least) and before two capitalised
    words or more: a particle is followed by one surname ("Karl Theodor von
    Guttenberg")."""
    if name_words < 2 or tokens[j] not in ("von", "de", "of"):
        return False
    k = j + 1
    while k < len(tokens) and tokens[k][:1].isupper() and tokens[k][:1].isalpha():
        k += 1
    return k - (j + 1) >= 2


def body_of_named(tokens: Sequence[str], k: int, name_word: Callable[[str], bool]) -> bool:
    """Is the capitalised run at ``tokens[k]`` the club or body after a person's full
    name and "von"/"vom" ("Trainer Urs Fischer vom 1. FC Union Berlin hat …"), so no
    second person of the sentence? ``name_word`` tells a name's word from an office
    or an article ("Der Bürgermeister von Lindau Peter Brandl": the place, then the
    person). An ordinal before the run ("1.") is passed over."""
    j = k - 1
    if j >= 2 and tokens[j] == "." and tokens[j - 1].isdigit():
        j -= 2
    return (
        j >= 2
        and tokens[j] in ("von", "vom")
        and name_word(tokens[j - 1])
        and name_word(tokens[j - 2])
    )
