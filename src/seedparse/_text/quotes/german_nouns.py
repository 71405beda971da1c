"""German common nouns that a run of capitalised words must not read as a person.

German writes every noun with a capital, so a capitalised word is no sign of a name:
* an abstract noun ends in a derivational suffix no surname ends in ("Leichte
  Unzufriedenheit schwang mit": the sentence opens with an adjective and a noun, not
  a person);
* a job, kinship or relation noun stands before a given name and a surname as an
  office does ("mit seinem Amtskollegen Jan Petersen", "Ehefrau Anna Berg"): a word
  that ends in a noun suffix or a case ending, is no given name itself and comes
  right before one the lists know is not part of the name.
"""

from __future__ import annotations

from .given_names_gender import given_name_gender

__all__ = ["abstract_noun", "noun_before_given"]

#: Suffixes of German abstract nouns ("-heit", "-keit", "-schaft", "-ismus", "-tät").
_ABSTRACT = ("heit", "keit", "schaft", "ismus", "it\u00e4t")
#: Endings of a German common noun before a name: agent and relation nouns ("-er",
#: "-in", "-ling", "-mann", "-frau") and the plural or weak-noun case endings ("-en",
#: "-e": "Amtskollegen", "Kollege").
_NOUN_ENDINGS = ("er", "in", "ling", "mann", "frau", "en", "e")


def _common_shape(word: str) -> bool:
    tail = word.rsplit("-", 1)[-1]
    return word[:1].isupper() and tail.isalpha() and tail[1:].islower() if tail else False


def abstract_noun(word: str) -> bool:
    """Is ``word`` a capitalised German abstract noun ("Unzufriedenheit",
    "Gemeinschaft", "Realit\u00e4t"), read off its suffix?"""
    return _common_shape(word) and len(word) >= 7 and word.lower().endswith(_ABSTRACT)


def noun_before_given(word: str, given: str) -> bool:
    """Is ``word`` a common noun written before the given name ``given`` ("Amtskollegen"
    before "Jan Petersen"): a noun ending, no known given name itself, and ``given``
    one the lists know?"""
    if not _common_shape(word) or len(word) < 6 or not word.lower().endswith(_NOUN_ENDINGS):
        return False
    return bool(given_name_gender(given)) and not given_name_gender(word)
