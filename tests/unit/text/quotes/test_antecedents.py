"""Antecedents of pronoun and role speakers across clauses (issue 15, qante26): the
sentence that brings the person in sets them apart from its plain subject by a relative
clause, a day between subject and verb, a participle phrase with a "by" agent, or an
office with "and" in its complement before the name. Each shape has a near miss that
keeps the answer it had before (see :mod:`seedparse._text.quotes.antecedents`).

The texts are written for these tests with made-up names, in the style of news copy;
none comes from the seeds or the scored fixtures. The expected value lists, in order,
each quotation as ``(start of its text, speaker)``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.antecedents import (
    agent_of_opening,
    day_before_verb,
    office_opening_words,
    relative_subject,
)

EL, ER = "\u201c", "\u201d"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- a relative clause between the subject and its speech verb ----------------------
    (
        "role-subject-set-off-by-a-relative-clause",
        "Mayor Tom Hill opened the bridge in March.\n"
        f"The mayor, who took office in May, said: {EL}We will pay for the repairs.{ER}",
        [("We will pay", "Tom Hill")],
    ),
    (
        "role-subject-after-a-reporting-pronoun",
        "Prime Minister Ravi Mehta met the party's lawmakers on Monday.\n"
        "Aide Nora Bell told reporters the meeting went well. She said the prime minister, "
        f"who also introduced his new team, said, {EL}We have to protect the budget.{ER}",
        [("We have to", "Ravi Mehta")],
    ),
    (
        "surname-subject-set-off-by-a-relative-clause-after-an-opening-phrase",
        "New chief executive Alma Reyes took questions on Thursday.\n"
        "Speaking after Brightway reported its results, Reyes, who has been in the job "
        f"for ten weeks, said the loss was a {EL}low point we can climb from{ER}.",
        [("low point", "Alma Reyes")],
    ),
    (
        # near miss: the relative clause is on an object ("wrote to X, who ..."): the
        # writer, not X, goes on speaking
        "relative-clause-on-an-object-keeps-the-writer",
        "Tom Hill wrote to Jane Doe, who chairs the committee, saying: "
        f"{EL}The bridge must reopen.{ER}",
        [("The bridge", "Tom Hill")],
    ),
    (
        # near miss: "which" is a body's clause, no person's
        "which-clause-on-a-body-names-nobody",
        f"The council, which met on Monday, said: {EL}Repairs start next week.{ER}",
        [("Repairs start", None)],
    ),
    # -- a day between the subject and its verb ----------------------------------------
    (
        "day-between-named-subject-and-verb-before-a-colon",
        f"Health Minister Jane Doe on Monday said: {EL}We will act quickly.{ER}",
        [("We will act", "Jane Doe")],
    ),
    (
        # near miss: a document with a day before the verb is no person
        "day-after-a-document-names-nobody",
        f"The report on Monday said: {EL}Waiting lists are too long.{ER}",
        [("Waiting lists", None)],
    ),
    # -- the "by" agent of a participle phrase on the opening subject -------------------
    (
        "agent-of-a-participle-phrase-is-who-she-means",
        "The plan, announced by Health Minister Jane Doe on Monday, sets out new rules "
        f"for clinics.\nShe said: {EL}We will act quickly.{ER}",
        [("We will act", "Jane Doe")],
    ),
    (
        # near miss: the participle phrase is on an object; the subject is the person
        "agent-after-an-object-leaves-the-subject",
        "Tom Hill welcomed the plan, announced by Health Minister Jane Doe on Monday.\n"
        f"{EL}It is a good day,{ER} he said.",
        [("It is a good", "Tom Hill")],
    ),
    (
        # near miss: the agent is a body, so no person is brought in
        "agent-that-is-a-body-brings-in-nobody",
        "The plan, announced by the ministry on Monday, sets out new rules.\n"
        f"{EL}We will act quickly,{ER} she said.",
        [("We will act", None)],
    ),
    # -- an office with "and" in its complement, opening the sentence before the name ---
    (
        "office-with-and-opening-the-sentence-is-the-role",
        "Housing row\n"
        "The Minister for Housing, Local Government and Heritage and local TD, Darragh "
        "Kane (FF) has responded to criticisms from Deputy Sean Ward (SF).\n"
        f"Deputy Ward said: {EL}The plan has failed.{ER}\n"
        f"The Minister responded: {EL}The plan is working.{ER}",
        [("The plan has", "Sean Ward"), ("The plan is", "Darragh Kane")],
    ),
    (
        # near miss: the role asked for is the other person's office
        "office-opening-the-sentence-is-not-another-role",
        "Housing row\n"
        "The Minister for Housing and local TD, Darragh Kane (FF) met Deputy Sean Ward.\n"
        f"Deputy Ward said: {EL}The plan has failed.{ER}\n"
        f"The deputy added: {EL}Families are waiting.{ER}",
        [("The plan has", "Sean Ward"), ("Families are", "Sean Ward")],
    ),
    (
        # the office after the name, with "and" in it, is no second person
        "office-with-and-after-the-name-is-no-second-person",
        "Jane Doe, minister of health and social care, opened the clinic.\n"
        f"{EL}We will act quickly,{ER} the minister said.",
        [("We will act", "Jane Doe")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_antecedent_shapes(
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
    name: str,
    text: str,
    expected: list[tuple[str, str | None]],
) -> None:
    check_quotes(text, expected)


def test_relative_subject_reads_back_to_the_clause_opening() -> None:
    tokens = ["the", "mayor", ",", "who", "took", "office", ",", "said"]
    assert relative_subject(tokens, 6) == ("role", "mayor")
    assert relative_subject(["X", ",", "said"], 1) is None  # (no clause)
    assert relative_subject(["Doe", ",", "who", ",", "however", ",", "said"], 5) is None


def test_day_before_verb_needs_on_and_a_day() -> None:
    assert day_before_verb(["Doe", "on", "Monday", "said"], 2) == 2
    assert day_before_verb(["Doe", "in", "Monday", "said"], 2) == 0
    assert day_before_verb(["Doe", "on", "May", "said"], 2) == 0


def test_agent_of_opening_needs_the_opening_noun_phrase() -> None:
    tokens = ["The", "plan", ",", "announced", "by", "Jane", "Doe"]
    assert agent_of_opening(tokens, 5)
    tokens = ["Hill", "welcomed", "the", "plan", ",", "announced", "by", "Jane", "Doe"]
    assert not agent_of_opening(tokens, 7)


def test_office_opening_words_stop_at_a_clause() -> None:
    text = "The Minister for Housing and local TD, Darragh Kane"
    assert "minister" in office_opening_words(text, 0, text.index("Darragh"))
    text = "The Minister said it was late and the TD, Darragh Kane"
    assert office_opening_words(text, 0, text.index("Darragh")) == set()
