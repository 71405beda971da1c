"""Lines that stand alone around a story (issue 15): lone numbers, a list of related
headlines at the end, and stray tags. Each shape is a table of texts written for
these tests in the style of copied news pages (nothing comes from the seeds or the
benchmark's pages), with where every line must go: the body, or a record of it in
``metadata`` (``leftovers``, ``dropped_markup``). A line of the story is never lost.
"""

from __future__ import annotations

import pytest

import seedparse
from seedparse.formats.article import lines as _lines
from seedparse.formats.article.lines import is_stray

P1 = "The ferry company cancelled every crossing on Friday as the storm reached the coast."
P2 = "Harbour officials said the first boats could sail again on Sunday if the wind drops."
P3 = "Passengers with tickets for the weekend will be offered a refund or a later crossing."


def _read(text: str) -> seedparse.Document:
    return seedparse.parse(text, reader="article")


def _body_lines(doc: seedparse.Document) -> list[str]:
    return [p.text for p in doc.passages]


# --------------------------------------------------------------------------- numbers

NUMBER_SHAPES: list[tuple[str, bool, bool]] = [
    # (line, is_stray, is_bare_number)
    ("87", True, True),
    ("2019", True, True),
    ("4.5", True, True),
    ("1,250", True, True),
    ("1 / 5", True, False),  # a gallery's counter
    ("3/12", True, False),
    ("8:09", True, False),  # a video's running time
    ("1:02:33", True, False),
    ("+3", True, False),
    ("12%", True, False),
    ("#4", True, False),
    ("Chapter 4", False, False),
]


@pytest.mark.parametrize(
    ("line", "stray", "bare"), NUMBER_SHAPES, ids=[x[0] for x in NUMBER_SHAPES]
)
def test_number_shapes(line: str, stray: bool, bare: bool) -> None:
    assert is_stray(line) is stray
    assert _lines.is_bare_number(line) is bare


NUMBER_TEXTS: list[tuple[str, str, str, str]] = [
    # (case, text, the lone line, where it goes: body or leftovers)
    ("chapter number under the title", f"Storm closes the harbour\n12\n{P1}\n{P2}\n", "12", "body"),
    (
        "score among short lines",
        f"Storm closes the harbour\n{P1}\nRating\n87\n{P2}\n",
        "87",
        "body",
    ),
    (
        "list number between paragraphs",
        f"Storm closes the harbour\n{P1}\n2\n{P2}\n{P3}\n",
        "2",
        "body",
    ),
    ("year alone after the story", f"Storm closes the harbour\n{P1}\n{P2}\n1998\n", "1998", "body"),
    (
        "blank-line layout, year after the story",
        f"Storm closes the harbour\n\n{P1}\n\n{P2}\n\n1998\n",
        "1998",
        "body",
    ),
    (
        "gallery counter under the title",
        f"Storm closes the harbour\n2 / 7\n{P1}\n{P2}\n",
        "2 / 7",
        "leftovers",
    ),
    (
        "counter between paragraphs",
        f"Storm closes the harbour\n{P1}\n3 / 12\n{P2}\n",
        "3 / 12",
        "leftovers",
    ),
    (
        "video time after the story",
        f"Storm closes the harbour\n{P1}\n{P2}\n4:35\n",
        "4:35",
        "leftovers",
    ),
    (
        "share count among share lines",
        f"Storm closes the harbour\n{P1}\n{P2}\nShare this article\n14\n",
        "14",
        "leftovers",
    ),
    ("number above the title", f"31\nStorm closes the harbour\n{P1}\n{P2}\n", "31", "leftovers"),
]


@pytest.mark.parametrize(
    ("text", "line", "where"),
    [x[1:] for x in NUMBER_TEXTS],
    ids=[x[0] for x in NUMBER_TEXTS],
)
def test_lone_number_goes_to_the_body_or_on_record(text: str, line: str, where: str) -> None:
    doc = _read(text)
    assert doc.title == "Storm closes the harbour"
    leftovers = doc.metadata.get("leftovers", ())
    if where == "body":
        assert line in _body_lines(doc)
        assert line not in leftovers
    else:
        assert line in leftovers
        assert line not in _body_lines(doc)
    for paragraph in (P1, P2):
        assert paragraph in _body_lines(doc)


def test_a_bare_number_under_the_title_leaves_the_header_alone() -> None:
    """A number over a dateline is still header furniture: the dateline is read."""
    doc = _read(f"Storm closes the harbour\n12\n14 March 2025\n{P1}\n{P2}\n")
    assert doc.dateline == "14 March 2025"
    assert doc.metadata["leftovers"] == ("12",)


# --------------------------------------------------------------------------- related headlines

RELATED_ENDINGS: list[tuple[str, str, list[str]]] = [
    # (case, the lines after the story, which of them stay in the body)
    (
        "Spanish",
        "Te puede interesar\nLos puertos del norte cierran por el temporal\n"
        "Cómo pedir el reembolso de un billete cancelado",
        [],
    ),
    (
        "Portuguese",
        "Leia também\nTempestade deixa milhares sem eletricidade no litoral\n"
        "Governo promete apoio aos pescadores afetados",
        [],
    ),
    (
        "Dutch, three headlines",
        "Lees ook\nVeerdienst naar de eilanden ligt het hele weekend stil\n"
        "Wat je moet weten over je rechten als reiziger\n"
        "Storm houdt de kust nog twee dagen in zijn greep",
        [],
    ),
    (
        "Polish",
        "Czytaj także\nSztorm zamknął porty na całym wybrzeżu\n"
        "Promy wrócą na morze dopiero w niedzielę",
        [],
    ),
    # The story's own lists stay.
    (
        "names in title case",
        "Shortlisted crews\nThe Northern Star of Aberdeen\nMary Anne Of The Isles",
        ["Shortlisted crews", "The Northern Star of Aberdeen", "Mary Anne Of The Isles"],
    ),
    (
        "a schedule with times",
        "Sailings on Sunday\nFirst boat leaves the harbour at 7 am\n"
        "Last boat returns from the island at 9 pm",
        [
            "Sailings on Sunday",
            "First boat leaves the harbour at 7 am",
            "Last boat returns from the island at 9 pm",
        ],
    ),
    (
        "a list introduced by a colon",
        "Closed until Sunday:\nThe crossing to the northern islands\n"
        "The night ferry to the mainland",
        [
            "Closed until Sunday:",
            "The crossing to the northern islands",
            "The night ferry to the mainland",
        ],
    ),
    (
        "a long heading",
        "What the harbour master told the crews\nStay in port until the warning is lifted\n"
        "Check the moorings of every boat twice a day",
        [
            "What the harbour master told the crews",
            "Stay in port until the warning is lifted",
            "Check the moorings of every boat twice a day",
        ],
    ),
    (
        "one line under the heading",
        "Useful advice\nKeep your ticket until the company confirms the refund",
        ["Useful advice", "Keep your ticket until the company confirms the refund"],
    ),
]


@pytest.mark.parametrize(
    ("ending", "kept"),
    [x[1:] for x in RELATED_ENDINGS],
    ids=[x[0] for x in RELATED_ENDINGS],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["lines", "blank"])
def test_related_headlines_at_the_end(ending: str, kept: list[str], sep: str) -> None:
    text = sep.join(["Storm closes the harbour", P1, P2, *ending.split("\n")]) + "\n"
    doc = _read(text)
    lines = ending.split("\n")
    body = _body_lines(doc)
    leftovers = doc.metadata.get("leftovers", ())
    assert P1 in body and P2 in body
    for line in lines:
        if line in kept:
            assert line in doc.text, line
        else:
            assert line in leftovers and line not in doc.text, line


def test_related_headlines_only_at_the_end() -> None:
    """The same lines with the story going on after them are the story's."""
    ending = (
        "Te puede interesar\nLos puertos del norte cierran por el temporal\n"
        "Cómo pedir el reembolso de un billete cancelado"
    )
    doc = _read(f"Storm closes the harbour\n{P1}\n{ending}\n{P3}\n")
    assert "leftovers" not in doc.metadata
    assert "Cómo pedir el reembolso de un billete cancelado" in doc.text


def test_related_headlines_above_trailing_furniture() -> None:
    doc = _read(
        f"Storm closes the harbour\n{P1}\n{P2}\nLeia também\n"
        "Tempestade deixa milhares sem eletricidade no litoral\n"
        "Governo promete apoio aos pescadores afetados\nShare this article\n"
    )
    assert doc.metadata["leftovers"] == (
        "Leia também",
        "Tempestade deixa milhares sem eletricidade no litoral",
        "Governo promete apoio aos pescadores afetados",
        "Share this article",
    )


# --------------------------------------------------------------------------- stray tags

MARKUP: list[tuple[str, str, tuple[str, ...]]] = [
    # (line, its text, the tags on record)
    ("The wind rose</font> by noon.", "The wind rose by noon.", ("</font>",)),
    ("The wind rose by noon.<br>", "The wind rose by noon.", ("<br>",)),
    (
        "<p>The wind rose by <b>noon</b> today.</p>",
        "The wind rose by noon today.",
        ("<p>", "<b>", "</b>", "</p>"),
    ),
    (
        'Read the <a href="https://example.org/x">warning</a> first.',
        "Read the warning first.",
        ('<a href="https://example.org/x">', "</a>"),
    ),
    ("The wind<br>rose<br>by noon.", "The wind rose by noon.", ("<br>",)),  # each tag once
    ("Write <noun>.js in the box.", "Write <noun>.js in the box.", ()),  # text, not markup
]


@pytest.mark.parametrize(("line", "clean", "tags"), MARKUP, ids=[x[0][:30] for x in MARKUP])
def test_dropped_tags_are_on_record(line: str, clean: str, tags: tuple[str, ...]) -> None:
    doc = _read(f"Storm closes the harbour\n{P1}\n{line}\n{P2}\n")
    assert clean in _body_lines(doc)
    assert doc.metadata.get("dropped_markup", ()) == tags


def test_dropped_markup_is_listed_once_per_tag_and_bounded() -> None:
    lines = "\n".join(f'The wind rose <a href="/n{i}">here</a> by noon.' for i in range(300))
    doc = _read(f"Storm closes the harbour\n{P1}\n{lines}\n")
    recorded = doc.metadata["dropped_markup"]
    assert recorded[:3] == ('<a href="/n0">', "</a>", '<a href="/n1">')
    assert len(recorded) == len(set(recorded)) == 100


RECLEANED: list[tuple[str, str, str]] = [
    # (case, text, the body text that must keep its angle brackets)
    (
        "paragraph after a glued kicker",
        "Storm closes the harbour\nEXCLUSIVE The <noun> field is left blank on every form.\n"
        f"{P2}\n",
        "The <noun> field is left blank on every form.",
    ),
    ("markdown heading", f"# The <noun> field\n\n{P1}\n", "The <noun> field"),
]


@pytest.mark.parametrize(
    ("text", "kept"), [x[1:] for x in RECLEANED], ids=[x[0] for x in RECLEANED]
)
def test_text_in_angle_brackets_survives_a_second_cleaning(text: str, kept: str) -> None:
    """A kicker cut off a paragraph, or a ``#`` heading, is cleaned again from its raw
    text: the same rules apply, so a placeholder that is text is not dropped."""
    doc = _read(text)
    assert kept in _body_lines(doc)
    assert "dropped_markup" not in doc.metadata
