"""Quotation extraction (seedparse._text.quotes): a table of sentence shapes, and the
find_quotations contract the article and web-page readers rely on.

Every case is a text whose lines are the blocks; the expected value lists, in order,
each quotation found as ``(start of its text, speaker)``. Names in the cases are made
up; none come from the seed documents.
"""

from __future__ import annotations

import pytest

from seedparse import Citation, QuoteFinder
from seedparse._text.quotes import (
    MAX_MARKS_PER_BLOCK,
    PRONOUNS,
    SPEECH_VERBS,
    find_quotations,
    verb_forms,
)

L, R = "\u201c", "\u201d"  # typographic double quotes

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- attribution after the quote ---------------------------------------------
    (
        "says-name",
        f"{L}We will win,{R} says Yevhen Kovalenko.",
        [("We will win", "Yevhen Kovalenko")],
    ),
    ("name-said", f"{L}We will win,{R} Kovalenko said.", [("We will win", "Kovalenko")]),
    ("name-added", f"{L}Time is short,{R} Maria Silva added.", [("Time is short", "Maria Silva")]),
    (
        "said-name-appositive",
        f"{L}Time is short,{R} said Maria Silva, a senior analyst at the institute.",
        [("Time is short", "Maria Silva")],
    ),
    (
        "bare-name",
        f"{L}Time is short for all of us,{R} Maria Silva.",
        [("Time is short", "Maria Silva")],
    ),
    (
        "name-appositive-said",
        f"{L}The plan will fail,{R} Anna Berg, a senior fellow at the institute, said.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "adverb",
        f"{L}The plan will fail,{R} Anna Berg bluntly stated.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "role-comma-name",
        f"{L}The plan will fail,{R} the minister in charge, Anna Berg, said.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "title-trimmed",
        f"{L}The plan will fail,{R} said Foreign Minister Anna Berg.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "acronym-and-titles-trimmed",
        f"{L}The plan will fail,{R} said NATO Secretary General Mark Rutte.",
        [("The plan will fail", "Mark Rutte")],
    ),
    (
        "role-words-before-name",
        f"{L}The plan will fail,{R} said council member Anna Berg.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "told-object",
        f"{L}The plan will fail,{R} Anna Berg told reporters on Monday.",
        [("The plan will fail", "Anna Berg")],
    ),
    (
        "question-asked",
        f"{L}Is this the end?{R} asked Anna Berg.",
        [("Is this the end?", "Anna Berg")],
    ),
    (
        "according-to-after",
        f"{L}The plan will fail without money,{R} according to Anna Berg.",
        [("The plan will fail without money", "Anna Berg")],
    ),
    (
        "initial-in-name",
        f"{L}Trump likes fast deals,{R} said Pavel K. Orlov, an adviser to the ministry.",
        [("Trump likes fast deals", "Pavel K. Orlov")],
    ),
    # -- attribution before the quote --------------------------------------------
    ("name-said-colon", f"Mark Rutte said: {L}We are ready.{R}", [("We are ready.", "Mark Rutte")]),
    (
        "name-emphasized-colon",
        f"Maria Silva emphasized: {L}Time is short for all of us.{R}",
        [("Time is short for all of us.", "Maria Silva")],
    ),
    (
        "as-put-it",
        f"As Maria Silva put it, {L}time is short for all of us.{R}",
        [("time is short for all of us.", "Maria Silva")],
    ),
    (
        "as-put-it-office-before-name",
        f"Now, as Secretary of State Maria Silva put it, {L}time is short for all of us.{R}",
        [("time is short for all of us.", "Maria Silva")],
    ),
    (
        "said-title-of-office-name",
        f"{L}We will not stop here,{R} said Minister of Foreign Affairs Anna Berg.",
        [("We will not stop here", "Anna Berg")],
    ),
    (
        "said-title-of-office-no-name",
        f"{L}We will not stop here,{R} said the Minister of Defence.",
        [("We will not stop here", None)],
    ),
    (
        "according-to-before",
        f"According to Anna Berg, {L}the plan will fail without money.{R}",
        [("the plan will fail without money.", "Anna Berg")],
    ),
    (
        "said-that",
        f"Anna Berg said that {L}the plan is dead and buried now.{R}",
        [("the plan is dead and buried now.", "Anna Berg")],
    ),
    (
        "appositive-participle",
        f"Anna Berg, an officer of the border guard, spoke in Kyiv, emphasizing: "
        f"{L}We hold the line.{R}",
        [("We hold the line.", "Anna Berg")],
    ),
    (
        "interview-colon",
        f"Anna Berg: {L}Nobody recycles batteries because it is cheap.{R}",
        [("Nobody recycles batteries", "Anna Berg")],
    ),
    (
        "partial-quote-in-sentence",
        f"Anna Berg said the plan was {L}doomed from the very start.{R}",
        [("doomed from the very start.", "Anna Berg")],
    ),
    # -- continuation ------------------------------------------------------------
    (
        "continues-in-paragraph",
        f"{L}A is true,{R} Silva added. {L}B is also true, and it matters.{R}",
        [("A is true", "Silva"), ("B is also true", "Silva")],
    ),
    (
        "split-by-attribution",
        f"{L}Detox like this,{R} she said, {L}it might help.{R}",
        [("Detox like this", None), ("it might help.", None)],
    ),
    (
        "open-paragraph-then-attributed",
        f"Anna Berg said: {L}First part of the quote goes on.\n"
        f"{L}Second part ends here,{R} she added.",
        [("First part of the quote goes on.", "Anna Berg"), ("Second part ends here", "Anna Berg")],
    ),
    (
        "open-paragraph-attributed-later",
        f"{L}First part goes on and on without any attribution.\n"
        f"{L}Second part,{R} said Anna Berg.",
        [("First part goes on and on", "Anna Berg"), ("Second part", "Anna Berg")],
    ),
    # -- pronouns, roles, surnames -----------------------------------------------
    (
        "pronoun-resolved",
        f"Maria Silva, an economist, said prices would rise.\n"
        f"{L}It will be a hard year,{R} she said.",
        [("It will be a hard year", "Maria Silva")],
    ),
    (
        "pronoun-after-who-clause",
        f"Anna Berg, who chairs the committee, said the vote was close.\n"
        f"{L}We needed every single vote,{R} she said.",
        [("We needed every single vote", "Anna Berg")],
    ),
    (
        "pronoun-ambiguous",  # two men in view
        f"Mario Silva said prices would rise. He later met envoy Tom Baker in Rome.\n"
        f"{L}It will be a hard year,{R} he said.",
        [("It will be a hard year", None)],
    ),
    (
        "pronoun-the-one-of-its-gender",  # a woman and a man in view: "he" is the man
        f"Maria Silva said prices would rise. She later met envoy Tom Baker in Rome.\n"
        f"{L}It will be a hard year,{R} he said.",
        [("It will be a hard year", "Tom Baker")],
    ),
    (
        "pronoun-new-subject",  # one person came in since the last speaker, as a subject
        f"Maria Silva said prices would rise. Tom Baker arrived in Rome on Monday.\n"
        f"{L}We came to listen,{R} he said.",
        [("We came to listen", "Tom Baker")],
    ),
    (
        "pronoun-new-subject-de",
        "Anna Berg sagte, die Preise würden steigen. Tom Baker reiste am Montag nach Rom.\n"
        "\u201eWir wollen zuhören\u201c, sagte er.",
        [("Wir wollen zuhören", "Tom Baker")],
    ),
    (
        "role-not-a-new-subject",  # a role noun is not the newcomer's unless it says so
        f"Maria Silva said prices would rise. Tom Baker, a farmer, arrived in Rome.\n"
        f"{L}We came to listen to everyone,{R} the officer emphasized.",
        [("We came to listen to everyone", None)],
    ),
    (
        "pronoun-after-a-question",  # "Is Ukraine ...?" opens no person
        f"How will it end? Is Ukraine able to hold out?\n"
        f"{L}Many cities have no fuel left at all,{R} he said.",
        [("Many cities have no fuel left at all", None)],
    ),
    (
        "pronoun-name-inside-a-quote",  # a name the speaker says is nobody introduced
        f"{L}Prices went up,{R} said Maria Silva, who runs a farm. "
        f"{L}It paid off. Green Valley saw that early.{R}\n"
        f"The label costs money. It promises {L}that someone checks every farm,{R} she said.",
        [
            ("Prices went up", "Maria Silva"),
            ("It paid off. Green Valley saw that early.", "Maria Silva"),
            ("that someone checks every farm", "Maria Silva"),
        ],
    ),
    (
        "pronoun-no-antecedent",
        f"{L}It will be a hard year,{R} he said.",
        [("It will be a hard year", None)],
    ),
    (
        "pronoun-plural",
        f"{L}We are not going anywhere,{R} they said.",
        [("We are not going anywhere", None)],
    ),
    ("short-but-attributed", f"{L}Absolutely not,{R} he said.", [("Absolutely not", None)]),
    (
        "role-resolved",
        f"Reserve officer Dan Amir said the line held.\n"
        f"{L}We held the line for years,{R} the officer emphasized.",
        [("We held the line for years", "Dan Amir")],
    ),
    (
        "role-unresolved",
        f"{L}We held the line for years,{R} the spokesman said.",
        [("We held the line for years", None)],
    ),
    (
        "possessive-role",
        f"{L}We will see,{R} Putin\u2019s spokesman said.",
        [("We will see", None)],
    ),
    (
        "surname-completed",
        f"Economist Anna Berg said growth would slow.\n{L}Growth will slow down,{R} Berg said.",
        [("Growth will slow down", "Anna Berg")],
    ),
    (
        "variant-spelling",
        f"Envoy Steve Witkov met the president.\n"
        f"{L}It was a very elegant moment,{R} Witkoff told reporters.",
        [("It was a very elegant moment", "Steve Witkoff")],
    ),
    (
        "surname-ambiguous",
        f"Anna Berg and Lars Berg both spoke.\n{L}Growth will slow down,{R} Berg said.",
        [("Growth will slow down", "Berg")],
    ),
    # -- not quotations ----------------------------------------------------------
    ("noise", f"The conflict could spread: {L}.{R}", []),
    ("scare-quote", f"China is a {L}lifeline{R} for the regime.", []),
    (
        "scare-quote-comma",
        f"Allies must adopt a {L}warrior mentality,{R} as security is at stake.",
        [],
    ),
    ("title-mid-sentence", f"He read {L}The Art of War{R} on the train.", []),
    ("apostrophes-only", "It\u2019s the Kremlin\u2019s view, said Anna Berg.", []),
    ("inch-mark", 'The pipe is 12" wide and the valve is 3" across.', []),
    # -- unattributed but kept ---------------------------------------------------
    (
        "unattributed-sentence",
        f"{L}Nobody expected the talks to last this long, and nobody expected them to fail.{R}",
        [("Nobody expected the talks", None)],
    ),
    # -- other marks and languages -----------------------------------------------
    ("straight-quotes", '"We are ready," said Anna Berg.', [("We are ready", "Anna Berg")]),
    ("entity-quotes", "&quot;We are ready,&quot; said Anna Berg.", [("We are ready", "Anna Berg")]),
    (
        "nested-single",
        f"{L}He told me \u2018never again,\u2019 and I believed him,{R} said Anna Berg.",
        [("He told me \u2018never again,\u2019 and I believed him", "Anna Berg")],
    ),
    (
        "nested-double",
        f"{L}The {L}Web{R} operation is not over yet,{R} Dan Amir said.",
        [(f"The {L}Web{R} operation is not over yet", "Dan Amir")],
    ),
    (
        "german-low-high",
        "\u201eWir wollen p\u00fcnktlicher werden\u201c, sagte Markus Vogel.",
        [("Wir wollen p\u00fcnktlicher werden", "Markus Vogel")],
    ),
    (
        "french-guillemets",
        "\u00ab Nous voulons des usines partout \u00bb, a d\u00e9clar\u00e9 Bruno Martin.",
        [("Nous voulons des usines partout", "Bruno Martin")],
    ),
    (
        "french-inversion",
        "Claire Dubois a d\u00e9clar\u00e9 que le plan \u00e9tait bon.\n"
        "\u00ab Nous jugerons sur pi\u00e8ces \u00bb, a-t-elle ajout\u00e9.",
        [("Nous jugerons sur pi\u00e8ces", "Claire Dubois")],
    ),
    (
        "ukrainian-dash",
        "\u00ab\u041c\u0438 \u043f\u0440\u043e\u0439\u0434\u0435\u043c\u043e "
        "\u0437\u0438\u043c\u0443 "
        "\u0440\u0430\u0437\u043e\u043c\u00bb, \u2013 \u0441\u043a\u0430\u0437\u0430\u0432 "
        "\u041e\u043b\u0435\u0433 \u041a\u043e\u0432\u0430\u043b\u044c.",
        [
            (
                "\u041c\u0438 \u043f\u0440\u043e\u0439\u0434\u0435\u043c\u043e",
                "\u041e\u043b\u0435\u0433 \u041a\u043e\u0432\u0430\u043b\u044c",
            )
        ],
    ),
    (
        "swedish-same-marks",
        "\u201dVi \u00e4r redo f\u00f6r allt nu\u201d, sade Anna Berg.",
        [("Vi \u00e4r redo", "Anna Berg")],
    ),
    (
        "cjk-brackets",
        "\u300c\u6211\u4eec\u5df2\u7ecf\u51c6\u5907\u597d\u4e86\uff0c\u8c22\u8c22\u5927\u5bb6\u300d",
        [("\u6211\u4eec\u5df2\u7ecf", None)],
    ),
]


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks = []
    pos = 0
    for line in text.split("\n"):
        blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return blocks


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 40
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [c for block in find_quotations(text, _blocks(text)) for c in block]
    got = [(c.text, c.speaker) for c in found]
    assert len(found) == len(expected), got
    for citation, (start, speaker) in zip(found, expected, strict=True):
        assert citation.text.startswith(start), got
        assert citation.speaker == speaker, got
        assert citation.kind == "quotation"


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spans_cover_the_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    blocks = _blocks(text)
    for (start, end), citations in zip(blocks, find_quotations(text, blocks), strict=True):
        for citation in citations:
            assert start <= citation.span.start < citation.span.end <= end
            raw = text[citation.span.start : citation.span.end]
            # The span starts at the opening mark; the quoted words are inside it.
            assert not raw[0].isalnum()
            assert citation.text.split()[0].strip(",") in raw


def test_one_list_per_block() -> None:
    text = f"No quotes here.\n\n{L}Here is one at last,{R} said Anna Berg.\nNone here either."
    blocks = _blocks(text)
    result = find_quotations(text, blocks)
    assert [len(r) for r in result] == [0, 0, 1, 0]
    assert find_quotations(text, []) == []
    assert find_quotations("", [(0, 0)]) == [[]]


def test_blocks_are_independent_of_text_outside_them() -> None:
    # Marks outside the blocks (a title, say) are not read.
    text = f"{L}Title{R} words\n{L}Time is short,{R} said Anna Berg."
    result = find_quotations(text, [(len("\u201cTitle\u201d words\n"), len(text))])
    assert [(c.text, c.speaker) for c in result[0]] == [("Time is short", "Anna Berg")]


def test_citations_are_model_objects() -> None:
    text = f"{L}Time is short,{R} said Anna Berg."
    (citation,) = find_quotations(text, _blocks(text))[0]
    assert isinstance(citation, Citation)
    assert Citation.from_dict(citation.to_dict()) == citation
    assert text[citation.span.start : citation.span.end] == f"{L}Time is short,{R}"


def test_speech_verbs_can_be_extended() -> None:
    text = f"{L}This is not what we agreed on,{R} Anna Berg sniffed."
    assert "sniffed" not in SPEECH_VERBS
    (default,) = find_quotations(text, _blocks(text))[0]
    assert default.speaker is None
    finder = QuoteFinder(speech_verbs=SPEECH_VERBS | verb_forms("sniff"))
    (extended,) = finder.find(text, _blocks(text))[0]
    assert extended.speaker == "Anna Berg"


def test_verb_forms() -> None:
    assert verb_forms("note") == {"note", "notes", "noted", "noting"}
    assert verb_forms("reply") == {"reply", "replies", "replied", "replying"}
    assert verb_forms("stress") == {"stress", "stresses", "stressed", "stressing"}
    assert verb_forms("warn") == {"warn", "warns", "warned", "warning"}


def test_vocabulary_is_verbs_not_names() -> None:
    assert {"said", "says", "added", "mentioned", "informed", "emphasized", "told"} <= SPEECH_VERBS
    assert all(v == v.lower() for v in SPEECH_VERBS)
    assert {"he", "she"} <= PRONOUNS and "they" not in PRONOUNS


def test_a_finder_is_a_frozen_option() -> None:
    finder = QuoteFinder(speech_verbs={"grumbled"})
    assert finder == QuoteFinder(speech_verbs=frozenset({"grumbled"}))
    assert "1 word forms" in repr(finder)
    with pytest.raises(AttributeError):
        finder.max_marks = 5  # type: ignore[misc]


def test_mark_cap_keeps_a_huge_paragraph_cheap() -> None:
    text = L * (3 * MAX_MARKS_PER_BLOCK)
    assert find_quotations(text, [(0, len(text))]) == [[]]


@pytest.mark.parametrize(
    "text",
    [
        "",
        L,
        R,
        R + L,
        '"',
        "\u2019" * 50,
        "\u2018" + "x" * 10,
        "&quot;" * 7,
        "\u00bb\u00ab" * 5,
        f"{L}{L}{L}{R}",
        "\u201e" * 40 + "\u201c" * 40,
    ],
)
def test_odd_marks_never_raise(text: str) -> None:
    result = find_quotations(text, [(0, len(text))])
    assert len(result) == 1
    for citation in result[0]:
        assert 0 <= citation.span.start <= citation.span.end <= len(text)


def test_records_are_what_find_gives_as_citations() -> None:
    from seedparse._text.quotes import find_quotations, quotation_records

    text = (
        '"We will build it," said Jane Doe. She added: \u201cNot this year.\u201d\n\n'
        "No quotes here.\n\n'Short,' he said."
    )
    blocks = [(0, 68), (70, 85), (87, len(text))]
    found = find_quotations(text, blocks)
    records = quotation_records(text, blocks)
    assert sum(map(len, found)) >= 2
    as_records = [
        [(c.kind, c.text, c.span.start, c.span.end, c.target, c.seconds, c.speaker) for c in block]
        for block in found
    ]
    assert records == as_records
    assert QuoteFinder().records(text, blocks) == as_records
