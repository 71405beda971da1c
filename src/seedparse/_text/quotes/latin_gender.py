"""The gender a French, German or English text gives a person where it names them:
"la ministre X", "Mme X", "Finanzministerin X", "Mrs X" (a woman), "le maire X",
"Herr X", "Bundeskanzler X" (a man). A pronoun ("elle", "er", "she") then stands only
for a person of its gender, as Russian and Ukrainian names tell theirs by their
endings (:func:`~seedparse._text.quotes.slavic_forms.name_gender`).
"""

from __future__ import annotations

from .lexicon import TITLE_SUFFIXES
from .names import is_title

__all__ = ["PRONOUN_GENDER", "gender_in_text", "given_name_gender"]

# The gender of each Latin-script pronoun that marks one ("sie" is read as "she" only
# with a singular verb, see attribution_words.person_at).
PRONOUN_GENDER = {"il": "m", "elle": "f", "er": "m", "he": "m", "she": "f"}

_WOMAN = frozenset(("mme", "mme.", "madame", "frau", "mrs", "mrs.", "ms", "ms.", "miss"))
_MAN = frozenset(("m.", "monsieur", "herr", "mr", "mr."))
_FEMININE_ARTICLES = frozenset(("la", "une", "cette"))
_MASCULINE_ARTICLES = frozenset(("le", "un", "ce"))
_LOOK_BACK = 7  # words read before a name for the title or courtesy word


def _names(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


# Frequent French, German and English given names of one gender (lower case; names
# given to either, "Claude", "Dominique", "Andrea", "Kim", "Jean", "Simone", are left
# out). The text's own words ("la ministre X", "Herr X") come first; the given name
# tells when the text says nothing ("Anne Hidalgo a re\u00e7u Pierre Martin.
# \u00ab\u2026\u00bb, a-t-elle dit").
_FEMININE_GIVEN = _names(
    # French
    "marie anne catherine isabelle nathalie sylvie christine martine fran\u00e7oise "
    "monique val\u00e9rie sandrine sophie c\u00e9line st\u00e9phanie v\u00e9ronique "
    "nicole julie aur\u00e9lie caroline sarah laura \u00e9milie emilie \u00e9lisabeth "
    "elisabeth h\u00e9l\u00e8ne florence brigitte patricia chantal jacqueline laurence "
    "virginie audrey delphine agn\u00e8s sabine corinne karine m\u00e9lanie claire "
    "pauline l\u00e9a manon chlo\u00e9 emma in\u00e8s juliette louise alice "
    "s\u00e9gol\u00e8ne marine marion mathilde annick fabienne janine jeanne "
    "genevi\u00e8ve odile danielle mich\u00e8le michelle aurore cl\u00e9mentine "
    # German
    "angela ursula annalena ricarda steffi saskia manuela petra claudia susanne birgit "
    "monika gabriele heike katja katrin kathrin anja julia stefanie christina "
    "christiane barbara renate karin ingrid elke margarete franziska svenja lisa lena "
    "anna hannah eva maria martina silke ute jutta doris dorothee henriette kirstin "
    "kerstin tanja melanie sandra nadja elena alexandra carolin "
    # English
    "mary jennifer linda elizabeth susan jessica karen nancy betty margaret ashley "
    "kimberly emily donna carol amanda melissa deborah rebecca sharon cynthia kathleen "
    "amy helen brenda pamela samantha katherine rachel carolyn janet ruth heather diane "
    "joyce victoria olivia lauren joan evelyn judith megan hillary kamala theresa"
)
_MASCULINE_GIVEN = _names(
    # French
    "pierre jacques michel philippe alain bernard patrick nicolas fran\u00e7ois "
    "christophe \u00e9ric laurent fr\u00e9d\u00e9ric st\u00e9phane olivier thierry "
    "julien s\u00e9bastien christian g\u00e9rard marc antoine alexandre emmanuel bruno "
    "didier yves gilles vincent denis serge luc louis henri herv\u00e9 franck fabien "
    "guillaume maxime romain mathieu matthieu beno\u00eet j\u00e9r\u00f4me xavier "
    "arnaud c\u00e9dric damien lionel gabriel rapha\u00ebl hugo lucas l\u00e9o arthur "
    "jules manuel g\u00e9rald \u00e9douard edouard bertrand fabrice pascal sylvain "
    "r\u00e9mi r\u00e9my yannick jo\u00ebl marcel ren\u00e9 roger georges andr\u00e9 "
    # German
    "peter andreas stefan wolfgang klaus j\u00fcrgen frank uwe hans werner g\u00fcnter "
    "horst dieter bernd j\u00f6rg ralf markus martin matthias tobias florian jan "
    "sebastian olaf friedrich karl heinz helmut gerhard joachim johannes lars jens sven "
    "dirk holger torsten thorsten kai felix lukas jonas max moritz philipp simon "
    "winfried hubert norbert rainer reinhard manfred ulrich armin hendrik "
    # English
    "john james robert michael william david richard joseph charles thomas christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george edward ronald timothy jason jeffrey ryan gary eric stephen jonathan larry "
    "justin scott brandon benjamin samuel gregory raymond jack dennis jerry tyler "
    "aaron henry joe bill mike tom bob jim ted barack boris rishi keir vladimir"
)
_MAX_OCCURRENCES = 20  # places of a name examined


def gender_in_text(text: str, low: int, who: str, pos: int) -> str:
    """ "f", "m" or "" (unknown, or the text says both) for the person ``who`` from
    the words before the places the text names them, between ``low`` and ``pos``."""
    found: set[str] = set()
    first = who.split(" ", 1)[0]
    i = text.find(first, low, pos)
    count = 0
    while i >= 0 and count < _MAX_OCCURRENCES:
        count += 1
        if i == low or not text[i - 1].isalnum():
            gender = _gender_before(text[max(low, i - 120) : i].split()[-_LOOK_BACK:])
            if gender:
                found.add(gender)
        i = text.find(first, i + 1, pos)
    if not found and " " in who:
        return given_name_gender(first)
    return next(iter(found)) if len(found) == 1 else ""


def given_name_gender(given: str) -> str:
    """ "f" or "m" for a frequent given name of one gender (the first part of a compound:
    "Jean-Luc", "Marie-H\u00e9l\u00e8ne"), else ""."""
    low = given.lower().split("-", 1)[0]
    if low in _FEMININE_GIVEN:
        return "f"
    if low in _MASCULINE_GIVEN:
        return "m"
    return ""


def _gender_before(words: list[str]) -> str:
    """The gender the words right before a name give it: a courtesy word right before
    ("Mme", "Herr"), else the nearest office noun ("Ministerin", "la maire de Paris")."""
    if not words:
        return ""
    last = words[-1].lower()
    if last in _WOMAN:
        return "f"
    if last in _MAN:
        return "m"
    for k in range(len(words) - 1, -1, -1):
        word = words[k].rstrip(",")
        if word != words[k] or word.endswith((".", "!", "?", ":")):
            return ""  # another clause or sentence
        if not is_title(word):
            continue
        if word[0].isupper() and word[-1].isalpha():
            return _german_office_gender(word.lower())
        article = words[k - 1].lower() if k else ""
        if article in _FEMININE_ARTICLES:
            return "f"
        if article in _MASCULINE_ARTICLES:
            return "m"
        return ""
    return ""


def _german_office_gender(low: str) -> str:
    """A capitalised office's gender when it is a German compound ("Finanzministerin"
    a woman's, "Bundeskanzler" a man's); "" for any other ("Senator", "Minister" and
    "Captain" are English as often, "Vorsitzende" is either)."""
    tail = low.rsplit("-", 1)[-1]
    for suffix in TITLE_SUFFIXES:
        if tail.endswith(suffix) and len(low) > len(suffix) + 2:
            if suffix.endswith("in") and not suffix.endswith("ain"):
                return "f"
            return "" if suffix.endswith("e") else "m"
    return ""
