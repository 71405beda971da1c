"""English speakers given with honorifics, statement labels and less common speech
verbs (issue 15, session 26), table-driven.

Local and court reports name a person in full once, then by a courtesy or council title
and the surname ("Cllr Jones", "Coun Smith", "Mr Les", "Miss Brown told the court"): the
speaker is the full name given before, or the surname where there is none. A title and
a surname opening a sentence are its subject, for a pronoun after it. A statement's
label line ("Statement from Jane Doe, Director of Housing:", "Doe's statement:") names
the person whose words the paragraph under it quotes. "Shared", "mused", "joked",
"reflected", "elaborated" and the phrasal "pointed out", "chimed in" credit a quote.
The near misses: a sentence word after an abbreviation's period, two people in the
sentence before a pronoun, a body's statement, a statement that names no person, and
the verbs where they are not speech ("shared a photo", "pointed out of the window",
"weighed in at 90 kg").

The sentences are written for the tests after the constructions of the session's
fixtures (``en-s26e-*``: Nation.Cymru, The Star, the Sydney Morning Herald, Scilly
Today, the Harrogate Advertiser) and of press releases; the names are made up or
shortened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from seedparse import Citation
from seedparse._text.quotes.english_phrasal import one_word_verbs
from seedparse._text.quotes.honorifics import addressee_before_participle, courtesy_surname
from seedparse._text.quotes.names import name_backward, name_forward

L, R = "\u201c", "\u201d"
W = "We are aware of the reports and are working with the tenants to fix it."
Q = "We had a very hard year and the rain never came"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- honorifics and council titles before a surname
    (
        "cllr-surname-for-the-full-name-before",
        f"Title\nCouncillor Mary Jones spoke at the meeting.\n"
        f"{L}This is a bad decision for the town,{R} Cllr Jones said.",
        [("This is a bad decision", "Mary Jones")],
    ),
    (
        "coun-surname-for-the-full-name-before",
        f"Title\nCouncil leader John Smith defended the plan.\n"
        f"{L}We have listened to residents,{R} Coun Smith said.",
        [("We have listened", "John Smith")],
    ),
    (
        "coun-surname-alone",
        f"Title\n{L}We will appeal against the decision,{R} Coun Smith said.",
        [("We will appeal", "Smith")],
    ),
    (
        "mr-before-a-surname-that-is-a-function-word",
        f"Title\nCarl Les, leader of the county council, spoke on Monday.\n"
        f"And {L}government did not cave in often,{R} Mr Les added.",
        [("government did not cave in often", "Carl Les")],
    ),
    (
        "miss-told-the-court",
        f"Title\nThe court heard from Sarah Brown, 34, of Leeds.\n"
        f"Miss Brown told the court: {L}I did not know he had a knife.{R}",
        [("I did not know he had a knife.", "Sarah Brown")],
    ),
    (
        "magistrate-then-mr",
        f"Title\nThe woman appeared before Magistrate Ross Clugston on Tuesday.\n"
        f"{L}Police made inquiries at the branch,{R} Mr Clugston said.",
        [("Police made inquiries", "Ross Clugston")],
    ),
    (
        "title-and-surname-open-the-sentence-then-a-pronoun",
        f"Title\nRobert Williams wrote to Mark Pritchard on Monday.\n"
        f"There, Cllr Pritchard made a statement to the committee.\n"
        f"{L}I want to make it very clear here today,{R} he said.",
        [("I want to make it very clear", "Mark Pritchard")],
    ),
    (
        "title-and-surname-subject-before-an-office-noun-phrase",
        f"Title\nThe council met on Monday. Carl Les, leader of the county council, spoke.\n"
        f"Mr Les said the Sheffield proposal appeared to be a good deal.\n"
        f"He added: {L}It is up to the leaders of Barnsley to make up their minds.{R}",
        [("It is up to the leaders", "Carl Les")],
    ),
    (
        "possessive-ends-the-full-name-then-the-given-name",
        f"Title\nCllr Colin Daly\u2019s plan was not backed by other councillors.\n"
        f"Colin said, {L}This does nothing to lower the suspicion.{R}",
        [("This does nothing", "Colin Daly")],
    ),
    (
        "addressee-before-an-ing-verb-is-no-speaker",
        f"Title\nMark Pritchard chaired the meeting.\n"
        f"{L}I want it very clear,{R} Pritchard said.\n"
        f"Cllr Williams said it was an attack and wrote to Cllr Pritchard asking him "
        f"to step down.\n{L}I can hardly believe your comments,{R} he wrote.",
        [("I want it very clear", "Mark Pritchard"), ("I can hardly believe", "Williams")],
    ),
    (
        "with-a-name-and-an-ing-speech-verb-the-name-speaks",
        f"Title\nOn 3 May the country declared war with Prime Minister Jane Doe "
        f"proclaiming, {L}Where she goes, we go.{R} The treaty came later.",
        [("Where she goes", "Jane Doe")],
    ),
    # near misses: two people open the sentence; no title before the surname
    (
        "two-titled-people-give-the-pronoun-no-one",
        f"Title\nCllr Pritchard and Cllr Jones made a statement.\n"
        f"{L}We want to make it very clear here today,{R} he said.",
        [("We want to make it very clear", None)],
    ),
    # -- statement labels
    (
        "statement-from-a-person-with-an-office",
        f"Title\nTenants complained about the damp.\n"
        f"Statement from Jane Doe, Director of Housing:\n{L}{W}{R}",
        [("We are aware", "Jane Doe")],
    ),
    (
        "statement-by-a-person",
        f"Title\nTenants complained about the damp.\nStatement by Jane Doe:\n{L}{W}{R}",
        [("We are aware", "Jane Doe")],
    ),
    (
        "a-surname-statement-for-the-full-name-before",
        f"Title\nTenants complained about the damp. Jane Doe, the director, replied.\n"
        f"Doe\u2019s statement:\n{L}{W}{R}",
        [("We are aware", "Jane Doe")],
    ),
    (
        "a-full-name-statement",
        f"Title\nTenants complained about the damp.\nJane Doe's statement:\n{L}{W}{R}",
        [("We are aware", "Jane Doe")],
    ),
    # near misses: a body's statement, a statement that names no person
    (
        "a-body-statement-names-no-person",
        f"Title\nTenants complained about the damp.\nCouncil statement:\n{L}{W}{R}",
        [("We are aware", None)],
    ),
    (
        "statement-from-the-council-names-no-person",
        f"Title\nTenants complained about the damp.\nStatement from the council:\n{L}{W}{R}",
        [("We are aware", None)],
    ),
]

# -- speech verbs after a quote
_VERBS = ["shared", "mused", "joked", "reflected", "elaborated", "pointed out", "chimed in"]
CASES += [
    (
        f"after-a-quote-{verb.replace(' ', '-')}",
        f"Title\nJane Doe runs the farm.\n{L}{Q},{R} Doe {verb}.",
        [(Q, "Jane Doe")],
    )
    for verb in _VERBS
]
CASES += [
    # near misses: the same words where they are no speech
    (
        "shared-a-photo-is-no-speech",
        f"Title\nJane Doe shared a photo of the banner. The banner read {L}Welcome home{R}.",
        [],
    ),
    (
        "pointed-out-of-the-window-is-no-speech",
        f"Title\nJane Doe pointed out of the window at the {L}new{R} tower.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES]
)
def test_english_honorifics(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("tokens", "j", "surname"),
    [
        (["Mr", "Les", "added"], 1, True),  # French "les", a surname after a title
        (["Coun", "La", "Rosa"], 1, True),
        (["Cllr", "Van", "Dijk"], 1, True),
        (["Dr.", "The", "hospital"], 1, False),  # a sentence after an abbreviation
        (["Mrs", "NATO"], 1, False),  # an acronym
        (["Mr", "les", "enfants"], 1, False),  # lower case
        (["Les", "Mr"], 1, False),  # no title before
        (["the", "Les"], 1, False),
    ],
)
def test_courtesy_surname(tokens: list[str], j: int, surname: bool) -> None:
    assert courtesy_surname(tokens, j) is surname


@pytest.mark.parametrize(
    ("tokens", "name"),
    [
        (["Mr", "Les", "added"], "Les"),
        (["Carl", "Les", ","], "Carl"),  # no title: "Les" still ends the name
        (["Miss", "Brown", "told"], "Brown"),
        (["Coun", "Smith", "said"], "Smith"),
        (["Magistrate", "Ross", "Clugston", "said"], "Ross Clugston"),
    ],
)
def test_name_forward_after_titles(tokens: list[str], name: str) -> None:
    assert name_forward(tokens, 0)[0] == name


def test_name_backward_after_a_courtesy_title() -> None:
    assert name_backward(["said", "Mr", "Les"], 2) == "Les"
    assert name_backward(["said", "the", "Les"], 2) is None


@pytest.mark.parametrize(
    ("tokens", "verb_at", "start", "addressee"),
    [
        (["wrote", "to", "Cllr", "Pritchard", "asking"], 4, 2, True),
        (["spoke", "to", "Jane", "Doe", "saying"], 4, 2, True),
        (["with", "Jane", "Doe", "proclaiming"], 3, 1, False),  # an absolute phrase: Doe speaks
        (["a", "letter", "from", "Jane", "Doe", "saying"], 5, 3, False),  # the writer
        (["Jane", "Doe", "saying"], 2, 0, False),  # the subject opens the sentence
        (["and", "Jane", "Doe", "said"], 3, 1, False),  # no "-ing" verb
    ],
)
def test_addressee_before_participle(
    tokens: list[str], verb_at: int, start: int, addressee: bool
) -> None:
    assert addressee_before_participle(tokens, verb_at, start) is addressee


@pytest.mark.parametrize(
    ("tokens", "read"),
    [
        (["Doe", "pointed", "out", "."], ["Doe", "noted", "."]),
        (["she", "points", "out", "that"], ["she", "notes", "that"]),
        (["Doe", "chimed", "in", "."], ["Doe", "added", "."]),
        (["he", "weighed", "in", "."], ["he", "commented", "."]),
        (["pointed", "out", "of", "the", "window"], ["pointed", "out", "of", "the", "window"]),
        (["weighed", "in", "at", "90", "kg"], ["weighed", "in", "at", "90", "kg"]),
        (["went", "out", "."], ["went", "out", "."]),
    ],
)
def test_one_word_verbs(tokens: Sequence[str], read: list[str]) -> None:
    assert list(one_word_verbs(tokens)) == read
