"""Words glued to a speaker that are not the speaker (issue 15): a pronominal verb's
"s'" read as the end of a role, a German noun before a given name, a party or body
after "von der"/"von den", an abstract noun read as a person's name.

The phrases are from real copy found with a search of stored public pages (names as
published): Lib\u00e9ration's front page as a blog quoted it ("Le ministre de l'Int\u00e9rieur
s'est dit choqu\u00e9"), TSA Alg\u00e9rie ("Le chef de la diplomatie fran\u00e7aise s\u2019est
dit"), the German interior ministry's gallery ("mit seinem franz\u00f6sischen Amtskollegen
G\u00e9rard Collomb"), the Hessische/Nieders\u00e4chsische Allgemeine ("Ingo Bernhardt von der
CDU"), the Green group of North Rhine-Westphalia's parliament ("Beifall von den
GR\u00dcNEN"), Kurier ("Ursula von der Leyen"), the SPD group of Leipzig's council ("von der
Deutschen Studentenschaft", "Erich Maria Remarque"). Near-misses: a nobiliary "von
der" between a given name and a surname, two given names, a name run with no noun.
"""

from __future__ import annotations

import pytest

from seedparse._text.quotes import SPEECH_VERBS
from seedparse._text.quotes.attribution import Attribution
from seedparse._text.quotes.german_nouns import abstract_noun, noun_before_given
from seedparse._text.quotes.german_von import von_phrase_after_name
from seedparse._text.quotes.names import name_forward, split_tokens, trim_name


def _tokens(text: str) -> list[str]:
    return split_tokens(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronominal verb's auxiliary is the verb's: no role "s'est"
        ("Le ministre de l'Int\u00e9rieur s'est dit choqu\u00e9", None),
        ("Le ministre s\u2019est dit", ("role", "ministre")),
        # near-miss: the same office before a plain verb
        ("Le ministre a dit", ("role", "ministre")),
    ],
)
def test_a_pronominal_verbs_s_is_no_role(text: str, expected: tuple[str, str] | None) -> None:
    tokens = _tokens(text)
    found = Attribution(SPEECH_VERBS).subject_of(tokens, tokens.index("dit"))
    assert found == expected
    assert found is None or not found[1].startswith(("s'", "s\u2019"))


def test_the_role_before_sest_dit_never_ends_in_the_auxiliary() -> None:
    tokens = _tokens("Le chef de la diplomatie fran\u00e7aise s\u2019est dit")
    found = Attribution(SPEECH_VERBS).subject_of(tokens, tokens.index("dit"))
    assert found is None or found[1] != "s\u2019est"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Ingo Bernhardt von der CDU .", "Ingo Bernhardt"),  # a party after a full name
        # near-misses: the nobiliary particles of one name
        ("Ursula von der Leyen nicht", "Ursula von der Leyen"),
        ("Alexander Van der Bellen sagte", "Alexander Van der Bellen"),
    ],
)
def test_von_phrase_after_a_name(words: str, name: str) -> None:
    assert name_forward(words.split(), 0)[0] == name


@pytest.mark.parametrize(
    ("words", "name_words", "j", "expected"),
    [
        (["Ingo", "Bernhardt", "von", "der", "CDU"], 2, 2, True),
        (["Beifall", "von", "den", "GR\u00dcNEN"], 1, 1, True),  # "von den": a preposition's
        (["Ursula", "von", "der", "Leyen"], 1, 1, False),
        (["Marielle", "de", "Sarnez"], 1, 1, False),
    ],
)
def test_von_phrase_after_name_reads_the_article(
    words: list[str], name_words: int, j: int, expected: bool
) -> None:
    assert von_phrase_after_name(words, name_words, j) is expected


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Amtskollegen", "G\u00e9rard", "Collomb"], "G\u00e9rard Collomb"),
        # near-misses: two given names, a given name that ends like a noun
        (["Erich", "Maria", "Remarque"], "Erich Maria Remarque"),
        (["Heather", "Anne", "Campbell"], "Heather Anne Campbell"),
        # an adjective and an abstract noun are nobody
        (["Deutschen", "Studentenschaft"], None),
    ],
)
def test_german_nouns_are_not_part_of_a_name(words: list[str], name: str | None) -> None:
    assert trim_name(words) == name


def test_noun_before_given_and_abstract_noun() -> None:
    assert noun_before_given("Amtskollegen", "Jan")
    assert noun_before_given("Kollege", "Peter")
    assert not noun_before_given("Heather", "Anne")  # a given name itself
    assert not noun_before_given("Amtskollegen", "Marielle")  # no given name the lists know
    assert not noun_before_given("NATO", "Jan")
    assert abstract_noun("Unzufriedenheit") and abstract_noun("Studentenschaft")
    assert not abstract_noun("Hartung") and not abstract_noun("Heit")
