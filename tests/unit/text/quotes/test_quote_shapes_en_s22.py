"""English shapes added in session 22 (qen22, issue 15), table-driven.

* Speech verbs by class, from Levin's *English Verb Classes and Alternations* (1993):
  say verbs ("confided", "conveyed"), manner of speaking ("muttered"), and judgment
  verbs that are acts of speech ("praised", "thanked"), whose object is the person
  judged, never an inverted speaker (english_verb_classes.py, english_judgment.py).
* A name after a preposition inside an indefinite subject ("one official at City Hall
  told", "a source close to X said") is the place or the person the unnamed speaker
  belongs to, not the speaker (english_indefinites.py).
* A speech verb in the infinitive after a catenative verb ("X went on to say", "was
  quick to add") takes the chain's subject (english_catenatives.py).
* Two offices joined by "and" before a name are one office ("said X Growers CEO and
  President Y Z", "said founder and chief executive Y Z"; english_coordination.py).
* The civil, military and religious titles abbreviated before a name, written without
  the dot in British and Australian copy ("Prof Ann Ray", "Capt X", "Fr X"; Turabian's
  list) and "Mx", are offices, not name words (english_offices.py).

Each case is a headline line, then body lines (the blocks); the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names; none comes from the seeds or the scored fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes import find_quotations

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en-say-verb-confided-after-a-full-name",
        f"Title\n{EL}We kept the plan quiet for weeks,{ER} Tom Abara confided.",
        [("We kept the plan", "Tom Abara")],
    ),
    (
        "en-say-verb-conveyed-after-title-and-surname",
        f"Title\n{EL}The tests came back clean,{ER} Ms Mensah conveyed.",
        [("The tests came back", "Mensah")],
    ),
    (
        "en-manner-verb-muttered-after-a-pronoun",
        f"Title\nLina Cho left the hall early.\n{EL}This is not over yet,{ER} she muttered.",
        [("This is not over", "Lina Cho")],
    ),
    (
        "en-judgment-verb-praised-then-a-quote-paragraph",
        f"Title\nInspector Paul Rees praised the driver who stopped to help.\n"
        f"{EL}Her quick thinking saved a life tonight.{ER}",
        [("Her quick thinking", "Paul Rees")],
    ),
    (
        "en-judgment-verb-object-is-no-speaker",
        f"Title\nMayor Ana Lutz was asked why she would continue to criticize Dan Ode so often. "
        f"{EL}I am only looking at it,{ER} she told the paper.",
        [("I am only looking", "Ana Lutz")],
    ),
    (
        "en-judgment-verb-object-after-thanked-is-no-speaker",
        f"Title\nThe council thanked Dan Ode for his years of work.\n"
        f"{EL}He leaves a very big gap behind him.{ER}",
        [("He leaves a very big gap", None)],
    ),
    (
        "en-counsel-is-a-role-not-a-verb",
        f"Title\n{EL}The evidence against him is thin,{ER} counsel said.",
        [("The evidence against him", None)],
    ),
    (
        "en-indefinite-head-name-after-at-is-a-place",
        f"Title\n{EL}We will know more by Friday,{ER} one official at City Hall told reporters.",
        [("We will know more", None)],
    ),
    (
        "en-indefinite-head-body-of-several-words",
        f"Title\n{EL}The wards are full again,{ER} one official at the Ministry of Health said.",
        [("The wards are full", None)],
    ),
    (
        "en-indefinite-head-source-close-to-a-person",
        f"Title\n{EL}He will not stand again next year,{ER} a source close to Dan Ode said.",
        [("He will not stand", None)],
    ),
    (
        "en-indefinite-head-near-miss-definite-office-names-its-person",
        f"Title\n{EL}The trains will run on time from May,{ER} the mayor of Leeds Ana Ruiz said.",
        [("The trains will run", "Ana Ruiz")],
    ),
    (
        "en-indefinite-head-near-miss-a-writing-credits-its-writer",
        f"Title\n{EL}The car is fixed and back on the road,{ER} another text from Dan Ode said.",
        [("The car is fixed", "Dan Ode")],
    ),
    (
        "en-catenative-went-on-to-say",
        f"Title\nLamar Odom went on to say, {EL}We thank the council for its support.{ER}",
        [("We thank the council", "Lamar Odom")],
    ),
    (
        "en-catenative-was-quick-to-add-colon",
        f"Title\nAna Ruiz was quick to add: {EL}Nothing has been decided about the plan.{ER}",
        [("Nothing has been decided", "Ana Ruiz")],
    ),
    (
        "en-catenative-pronoun-subject",
        f"Title\n{EL}We are ready,{ER} said Ana Ruiz.\n"
        f"She then proceeded to tell reporters: {EL}The doors open at nine tomorrow.{ER}",
        [("We are ready", "Ana Ruiz"), ("The doors open", "Ana Ruiz")],
    ),
    (
        "en-catenative-near-miss-a-noun-phrase-is-no-chain",
        f"Title\nIn an attempt to explain, the firm wrote: {EL}We are closed all day.{ER}",
        [("We are closed", None)],
    ),
    (
        "en-coordinated-offices-capitalised-after-a-firm",
        f"Title\n{EL}Our members grow half of the produce,{ER} said Valley Growers CEO and "
        f"President Ana Ruiz.",
        [("Our members grow", "Ana Ruiz")],
    ),
    (
        "en-coordinated-offices-lower-case-after-the-verb",
        f"Title\n{EL}We will open two more stores,{ER} said founder and chief executive Dan Ode.",
        [("We will open", "Dan Ode")],
    ),
    (
        "en-coordinated-offices-after-a-firm-lower-case",
        f"Title\n{EL}Sales rose again,{ER} said Acme chairman and chief executive Lin Wu.",
        [("Sales rose", "Lin Wu")],
    ),
    (
        "en-coordinated-offices-near-miss-two-people-stay-the-first",
        f"Title\n{EL}We signed the deal today,{ER} said Ana Ruiz and Dan Ode.",
        [("We signed the deal", "Ana Ruiz")],
    ),
    (
        "en-title-prof-without-a-dot",
        f"Title\n{EL}The samples were clean,{ER} said Prof Ann Ray.",
        [("The samples were clean", "Ann Ray")],
    ),
    (
        "en-title-capt-without-a-dot-before-the-verb",
        f"Title\n{EL}We turned back at dawn,{ER} Capt Lin Wu said.",
        [("We turned back", "Lin Wu")],
    ),
    (
        "en-title-mx-beside-ms",
        f"Title\n{EL}The shelter is full tonight,{ER} said Mx Sam Ode.",
        [("The shelter is full", "Sam Ode")],
    ),
    (
        "en-title-fr-a-priest",
        f"Title\n{EL}The church stays open all night,{ER} said Fr John Byrne.",
        [("The church stays open", "John Byrne")],
    ),
    (
        "en-title-near-miss-gen-z-is-no-title",
        f"Title\n{EL}We want jobs, not promises,{ER} said Gen Kamau, a student leader.",
        [("We want jobs", "Gen Kamau")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    body_blocks: Callable[[str], list[tuple[int, int]]],
) -> None:
    found = [c for block in find_quotations(text, body_blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got
