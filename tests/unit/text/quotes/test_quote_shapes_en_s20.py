"""English shapes added in session 20 (qen20, issue 15), table-driven.

* An office of a school, company, county, court, police force or team capitalised
  before a full name ("Superintendent X Y", "Chief Executive X Y", "Coach X Y") is
  the person's description, not part of the name (english_offices.py).
* A firm or a place, a lower-case job noun, then a full name with no comma ("said
  Bernstein analyst X Y", "“…,” Seoul resident X Y said"): the person is
  the full name (english_apposition.job_noun_subject).
* A word capitalised inside ("KeyBanc", "McKinsey") opening a sentence is part of the
  name, not a common word capitalised for the sentence (names._trim_name).
* Words quoted from a writing a person signs are the writer's: "“…,” read
  X's message", "read a statement from X", "X's letter said" (english_documents.py).
* A quote opening its sentence with no attribution, after a sentence of reported
  speech opened by a pronoun ("He also said the county wastes money. “…”"),
  is the words of the person the pronoun stands for (reported_pronoun.py).
* "According to X, … “…,” <outlet> reported": the outlet relays X's
  words; "according to police" names nobody; a speech verb of the sentence names its
  own subject, not the outlet (english_relay.py).

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
        "en-office-superintendent-before-a-name",
        f"Title\n{EL}Classes resume on Monday,{ER} said Superintendent Maria Lopez.",
        [("Classes resume", "Maria Lopez")],
    ),
    (
        "en-office-chief-executive-before-a-name",
        f"Title\nProfits fell, and Chief Executive Omar Haddad said the plan holds. "
        f"{EL}We will be fine,{ER} Haddad said.",
        [("We will be fine", "Omar Haddad")],
    ),
    (
        "en-office-coach-before-a-name",
        f"Title\n{EL}We never stopped running,{ER} Coach Dana Whitfield said.",
        [("We never stopped running", "Dana Whitfield")],
    ),
    (
        "en-office-county-clerk-before-a-name",
        f"Title\nCounty Clerk Rosa Imbert said: {EL}Every ballot was counted.{ER}",
        [("Every ballot was counted", "Rosa Imbert")],
    ),
    (
        "en-job-noun-firm-analyst-name-after-the-verb",
        f"Title\n{EL}We will hold the price,{ER} said Halvorsen analyst Priya Natarajan, in reply.",
        [("We will hold the price", "Priya Natarajan")],
    ),
    (
        "en-job-noun-two-word-firm-strategist-before-the-verb",
        f"Title\n{EL}Sales are slow,{ER} Marlow Securities strategist Ken Abara said.",
        [("Sales are slow", "Ken Abara")],
    ),
    (
        "en-job-noun-place-resident-before-the-verb",
        f"Title\n{EL}The road floods every spring,{ER} Dunmore resident Lia Varga said.",
        [("The road floods", "Lia Varga")],
    ),
    (
        "en-job-noun-not-a-job-noun-keeps-the-first-name",
        f"Title\n{EL}We won,{ER} said Okafor yesterday.",
        [("We won", "Okafor")],
    ),
    (
        "en-job-noun-and-a-second-person-keeps-the-first-name",
        f"Title\n{EL}We won,{ER} said Okafor and teammate Jo Brandt.",
        [("We won", "Okafor")],
    ),
    (
        "en-inner-capital-opening-a-sentence-stays-in-the-name",
        f"Title\nMacLeod Harbour Trust called the deal {EL}a turning point for the whole "
        f"harbour,{ER} in a note.",
        [("a turning point", "MacLeod Harbour Trust")],
    ),
    (
        "en-inner-capital-rule-leaves-a-job-noun-opening-a-sentence",
        f"Title\nEconomist Anna Berg said: {EL}Prices will fall.{ER}",
        [("Prices will fall", "Anna Berg")],
    ),
    (
        "en-writing-read-possessive-message",
        f"Title\nMayor Ines Garvey wrote to residents after talks with Governor Paul "
        f"Okoye. {EL}The bridge reopens in May,{ER} "
        f"read Garvey's message. {EL}Thank you for your patience.{ER}",
        [("The bridge reopens", "Ines Garvey"), ("Thank you", "Ines Garvey")],
    ),
    (
        "en-writing-read-a-statement-from",
        f"Title\n{EL}We regret the delay,{ER} read a statement from Tomas Reed.",
        [("We regret the delay", "Tomas Reed")],
    ),
    (
        "en-writing-possessive-letter-said",
        f"Title\nTomas Reed resigned. {EL}It was time,{ER} Reed\u2019s letter said.",
        [("It was time", "Tomas Reed")],
    ),
    (
        "en-writing-office-and-adjective-before-the-writing",
        f"Title\n{EL}Doors open at eight,{ER} read Principal Ada Moss\u2019s latest note.",
        [("Doors open at eight", "Ada Moss")],
    ),
    (
        "en-writing-a-possessive-role-is-no-writing",
        f"Title\nTomas Reed was charged. {EL}He is innocent,{ER} Reed's lawyer said.",
        [("He is innocent", None)],
    ),
    (
        "en-reported-pronoun-she-also-said",
        "Title\nCouncil member Ana Ruiz spoke after the vote. She also said the city "
        f"wasted money on repairs. {EL}We paved the same road three times in a year.{ER}",
        [("We paved the same road", "Ana Ruiz")],
    ),
    (
        "en-reported-pronoun-after-a-conjunction",
        "Title\nCouncil member Ana Ruiz spoke after the vote and left early. But she "
        f"said the city wasted money on repairs. {EL}We paved the same road twice.{ER}",
        [("We paved the same road", "Ana Ruiz")],
    ),
    (
        "en-reported-pronoun-no-speech-verb-names-nobody",
        "Title\nCouncil member Ana Ruiz spoke after the vote. She left the hall before "
        f"the count. {EL}We paved the same road three times in a year.{ER}",
        [("We paved the same road", None)],
    ),
    (
        "en-reported-pronoun-an-opening-phrase-is-left-alone",
        "Title\nCouncil member Ana Ruiz spoke after the vote. Asked about it, she said the "
        f"city wasted money. {EL}We paved the same road three times in a year.{ER}",
        [("We paved the same road", None)],
    ),
    (
        "en-relay-according-to-a-person-then-an-outlet-reported",
        "Title\nAccording to County Coroner Ivy Lund, the results will be public "
        f"{EL}once the family has been told,{ER} WQRT-TV reported.",
        [("once the family has been told", "Ivy Lund")],
    ),
    (
        "en-relay-according-to-a-body-names-nobody",
        f"Title\nAccording to police, the driver was {EL}moving far too fast for the "
        f"snow,{ER} the Valley Courier reported.",
        [("moving far too fast", None)],
    ),
    (
        "en-relay-an-outlet-reported-after-a-speech-verb-gives-its-subject",
        f"Title\nIvy Lund said the results come {EL}once the family has been told,{ER} "
        "WQRT-TV reported.",
        [("once the family has been told", "Ivy Lund")],
    ),
    (
        "en-relay-according-to-with-a-speech-verb-of-its-own-is-left-alone",
        "Title\nAccording to Ivy Lund, the coroner's office told families the results "
        f"come {EL}once the tests are back in the lab,{ER} said Omar Haddad.",
        [("once the tests are back", "Omar Haddad")],
    ),
    # Near-misses: an office word after the name, or a three-word name with no office,
    # is left as it was.
    (
        "en-office-three-word-name-without-office-stays-whole",
        f"Title\n{EL}We will appeal,{ER} said Mary Ann Becker.",
        [("We will appeal", "Mary Ann Becker")],
    ),
    (
        "en-office-lower-case-office-after-the-name-is-no-title",
        f"Title\n{EL}We will appeal,{ER} said Rosa Imbert, the county clerk.",
        [("We will appeal", "Rosa Imbert")],
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
