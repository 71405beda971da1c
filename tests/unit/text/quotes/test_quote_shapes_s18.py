"""Shapes added in session 18 (issue 15): a speaker's label on a line of its own above
a paragraph that is only a quotation (reaction pages of sports clubs and amateur
football sites, interviews, minutes): "Name (Role)", "Name (Role):" or "Name:" names
the speaker of the paragraph under it, whoever was quoted before, in every language the
readers meet. A relative clause right before a colon ("die Stimmung von X, der keine
Erklärung fand:", "Jane Doe, who had waited all night:") is about the full name before
its comma, who speaks after the colon. A German quote that opens its sentence, then a
comma, a finite verb and an office with a full name ("„…“, war Gästetrainer X
hochzufrieden", "„…“, zeigte sich Kapitänin X enttäuscht"): the verb is second, the
name its subject and the speaker, whatever the verb.

Each case is a short text whose lines are the blocks; the expected value lists, in
order, each quotation as ``(start of its text, speaker)``. The texts are written for
these tests with made-up names; none comes from the seeds or from the scored fixtures.
Precision cases keep the speaker the text gives and name nobody else (a line between
the quotes that is no label leaves the second one without a speaker, as before).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation
from seedparse._text.quotes.label_lines import label_line
from seedparse._text.quotes.latin_clauses import relative_antecedent
from seedparse._text.quotes.names import split_tokens

LO, HI = "\u201e", "\u201c"  # „ “
EN_OPEN, EN_CLOSE = "\u201c", "\u201d"  # “ ”

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "de-labels-with-roles-in-parentheses",
        "Die Stimmen nach dem Derby:\n"
        "Jonas Feldmann (Trainer SV Oberau)\n"
        '"Wir haben in der ersten Halbzeit alles investiert. Am Ende hat die Kraft gefehlt."\n'
        "Lena Hartwig (Kapit\u00e4nin TSV Unterau)\n"
        '"Ich bin stolz auf die Mannschaft, wir haben nie aufgegeben."',
        [("Wir haben in der ersten", "Jonas Feldmann"), ("Ich bin stolz", "Lena Hartwig")],
    ),
    (
        "de-labels-with-role-and-colon-after-a-quote-paragraph",
        "Der Verein verliert in Hamburg.\n"
        "Max Brenner (Chef-Trainer):\n"
        f"{LO}Wir haben schlecht gespielt, und das wissen wir auch.{HI}\n"
        "Erik Sommer (Sportdirektor):\n"
        f"{LO}Wir kommen wieder, am Samstag zu Hause gegen Kiel.{HI}",
        [("Wir haben schlecht", "Max Brenner"), ("Wir kommen wieder", "Erik Sommer")],
    ),
    (
        "en-label-with-role-above-the-quote",
        "Reaction after the final whistle.\n"
        "Tom Ashby (head coach)\n"
        f"{EN_OPEN}We defended well for ninety minutes and deserved the point.{EN_CLOSE}\n"
        "Megan Cole (captain)\n"
        f"{EN_OPEN}It was a hard night, but the team never stopped running.{EN_CLOSE}",
        [("We defended", "Tom Ashby"), ("It was a hard", "Megan Cole")],
    ),
    (
        "fr-label-with-role-above-the-quote",
        "Les r\u00e9actions apr\u00e8s le match.\n"
        "Julien Marchand (entra\u00eeneur du FC Rive)\n"
        "\u00ab Nous avons manqu\u00e9 de r\u00e9alisme devant le but, c'est frustrant. \u00bb",
        [("Nous avons", "Julien Marchand")],
    ),
    (
        "de-relative-clause-before-colon",
        "Ganz anders war die Stimmung von Peter Kranz, der keine Erkl\u00e4rung f\u00fcr "
        f"die Niederlage finden konnte: {LO}Was heute passiert ist, ist schwer zu "
        f"verstehen.{HI}",
        [("Was heute passiert", "Peter Kranz")],
    ),
    (
        "en-relative-clause-before-colon",
        "The loudest cheer went to Jane Doe, who had waited at the finish all night: "
        f"{EN_OPEN}I never thought I would see this day, not in my lifetime.{EN_CLOSE}",
        [("I never thought", "Jane Doe")],
    ),
    (
        "de-verb-second-after-quote-with-office",
        f"{LO}Wir haben das Ziel erreicht und den Klassenerhalt geschafft{HI}, war "
        "G\u00e4stetrainer Jan Roth hochzufrieden.\n"
        f"{LO}Das war heute einfach zu wenig von uns allen{HI}, zeigte sich Kapit\u00e4nin "
        "Lea Berg entt\u00e4uscht.",
        [("Wir haben das Ziel", "Jan Roth"), ("Das war heute", "Lea Berg")],
    ),
    # -- precision ---------------------------------------------------------------------
    (
        "de-conjunction-after-quote-is-no-verb",
        f"{LO}Wir geben nicht auf, das verspreche ich euch{HI}, als Peter Kranz das Feld betrat.",
        [("Wir geben nicht auf", None)],
    ),
    (
        "de-impersonal-verb-after-quote-names-nobody",
        f"{LO}Das war heute einfach zu wenig von uns allen{HI}, hei\u00dft es in der "
        "Mitteilung des Vereins.",
        [("Das war heute", None)],
    ),
    (
        "de-heading-that-names-nobody-is-no-label",
        f"{LO}Wir sind sehr zufrieden mit der Saison{HI}, sagte Trainerin Anna Roth.\n"
        "Die Stimmen (Auswahl)\n"
        f"{LO}Es war ein langes Jahr mit vielen Verletzten und wenig Gl\u00fcck.{HI}",
        [("Wir sind sehr", "Anna Roth"), ("Es war ein langes", None)],
    ),
    (
        "de-own-attribution-beats-the-label",
        "Jonas Feldmann (Trainer SV Oberau)\n"
        f"{LO}Das war ein verdienter Sieg f\u00fcr die G\u00e4ste{HI}, "
        "sagte Schiedsrichter Paul Kern.",
        [("Das war ein verdienter", "Paul Kern")],
    ),
    (
        "en-label-line-with-more-than-a-name-is-no-label",
        f"{EN_OPEN}We played well,{EN_CLOSE} said coach Tom Ashby.\n"
        "The club thanked its fans (all 3,000 of them)\n"
        f"{EN_OPEN}Without the crowd we would not have won this game tonight.{EN_CLOSE}",
        [("We played well", "Tom Ashby"), ("Without the crowd", None)],
    ),
]


def test_cases_are_unique() -> None:
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kai Berger (Cheftrainer FC Nord)", "Kai Berger"),
        ("Kai Berger (Cheftrainer):", "Kai Berger"),
        ("Kai Berger:", "Kai Berger"),
        ("Dr. Ines Vogt (Landr\u00e4tin)", "Ines Vogt"),
        ("Kai (Trainer)", None),  # one word: no full name
        ("Die Stimmen:", None),
        ("Reaktionen (Auswahl)", None),
        ("Kai Berger sagte nach dem Spiel (sichtlich entt\u00e4uscht):", None),
        ("Kai Berger (Trainer) sagte:", None),
    ],
)
def test_label_line(line: str, expected: str | None) -> None:
    text = f"Vorher.\n{line}\n\u201eDas Zitat.\u201c"
    assert label_line(text, 0, text.index("\u201e")) == expected


def test_label_line_reads_no_further_back_than_low() -> None:
    text = "Kai Berger (Trainer)\n\u201eDas Zitat.\u201c"
    start = text.index("\u201e")
    assert label_line(text, 0, start) == "Kai Berger"
    assert label_line(text, start, start) is None


@pytest.mark.parametrize(
    ("before_colon", "expected"),
    [
        ("Anders war die Stimmung von Peter Kranz, der keine Erkl\u00e4rung fand", "Peter Kranz"),
        ("Applaus gab es f\u00fcr Anna Roth, die sich bei allen bedankte", "Anna Roth"),
        ("The cheer went to Jane Doe, who had waited all night", "Jane Doe"),
        ("On a salu\u00e9 Paul Martin, qui a pris la parole", "Paul Martin"),
        # a list, not a clause: a German relative clause ends in its verb
        ("Sie dankte Anna Roth, die Fans und alle Helfer", None),
        # an object relative pronoun: the clause is about someone else
        ("Er traf Peter Kranz, den er seit Jahren kennt", None),
        # another comma between the clause and the colon
        ("Er sah Peter Kranz, der lachte, und sagte dann", None),
        # a surname alone before the comma
        ("Die Stimmung von Kranz, der nichts sagte", None),
    ],
)
def test_relative_antecedent(before_colon: str, expected: str | None) -> None:
    text = before_colon + ":"
    tokens = split_tokens(text, 0, len(text))
    found = relative_antecedent(tokens, len(tokens) - 1)
    assert (found[1] if found is not None else None) == expected
