"""Quotation shapes of issue 15 phase 2, in English, German, French, Ukrainian and
Russian: speakers resolved across sentences and paragraphs, continued quotes,
colon-introduced speech, offices stripped from names, and the quote marks of each
language.

Each case is a short news text whose lines are the blocks (paragraphs); the expected
value lists, in order, each quotation as ``(start of its text, speaker)``. The texts are
written for these tests in the style of wire copy; the names are made up, and none of
the sentences comes from the seeds or from the scored fixtures
(``tests/fixtures/quotes``). Precision cases expect ``None`` where the text names
nobody: a quote with the wrong speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

L, R = "\u201c", "\u201d"  # English
DL, DR = "\u201e", "\u201c"  # German, Ukrainian
GL, GR = "\u00ab", "\u00bb"  # French, Russian, Ukrainian

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # -- English --------------------------------------------------------------------
    (
        "en-continued-paragraph",
        f"{L}We will rebuild the bridge before winter,{R} said Mayor Joanna Fielding.\n"
        f"{L}The money is already in this year's budget.{R}",
        [("We will rebuild", "Joanna Fielding"), ("The money", "Joanna Fielding")],
    ),
    (
        "en-definite-role",
        "Harbour director Tomas Ekdahl met the unions on Tuesday.\n"
        f"{L}Nobody will lose their job this year,{R} the director said.",
        [("Nobody will lose", "Tomas Ekdahl")],
    ),
    (
        "en-indefinite-role-is-nobody",
        "Harbour director Tomas Ekdahl met the unions on Tuesday.\n"
        f"{L}The talks went on for far too long,{R} a union member said.",
        [("The talks went", None)],
    ),
    (
        "en-pronoun-to-the-person-introduced",
        "Senator Alma Reyes spent the morning at the shipyard.\n"
        f"{L}This yard has a future if we keep the orders coming,{R} she said.",
        [("This yard", "Alma Reyes")],
    ),
    (
        "en-surname-first-name",
        "Prime Minister Tanaka Hiroshi arrived in the capital on Friday.\n"
        f"{L}We share the same sea and the same worries,{R} Tanaka said.",
        [("We share", "Tanaka Hiroshi")],
    ),
    (
        "en-office-before-and-after-the-name",
        f"{L}We are looking at every lead we have,{R} said chief inspector Mark Dunmore "
        "from the county police.",
        [("We are looking", "Mark Dunmore")],
    ),
    (
        "en-interview-labels-without-names",
        f"Reporter: {L}Is the plant closing this year?{R}\n"
        f"Manager: {L}Not this year, and not next year either.{R}",
        [("Is the plant", None), ("Not this year", None)],
    ),
    (
        "en-interview-label-with-a-name",
        "The economist Ruth Okafor spoke to us after the vote.\n"
        f"Okafor: {L}Rates will stay where they are until the spring.{R}",
        [("Rates will stay", "Ruth Okafor")],
    ),
    # -- German ---------------------------------------------------------------------
    (
        "de-office-compound",
        f"{DL}Wir bauen die Br\u00fccke bis zum Herbst neu{DR}, sagte B\u00fcrgermeisterin "
        "Karin Vogt.",
        [("Wir bauen", "Karin Vogt")],
    ),
    (
        "de-so-surname",
        "B\u00fcrgermeisterin Karin Vogt stellte am Montag den Haushalt vor.\n"
        f"{DL}Das Geld reicht f\u00fcr alle geplanten Projekte{DR}, so Vogt.",
        [("Das Geld", "Karin Vogt")],
    ),
    (
        "de-singular-sie",
        "Bundesumweltministerin Petra Lindner reiste am Dienstag nach Kiel.\n"
        f"{DL}Der Hafen muss in den n\u00e4chsten Jahren sauberer werden{DR}, sagte sie.",
        [("Der Hafen", "Petra Lindner")],
    ),
    (
        "de-title-as-subject-colon",
        "Die Gr\u00fcnen-Politikerin Lena Hartmann besuchte am Montag das Werk.\n"
        f"Die Politikerin f\u00fcgte hinzu: {DL}Das Werk hat eine Zukunft, wenn alle "
        f"mitziehen.{DR}",
        [("Das Werk", "Lena Hartmann")],
    ),
    (
        "de-guillemets-swiss",
        f"{GL}Wir haben keine andere Wahl{GR}, erkl\u00e4rte Stadtpr\u00e4sident Urs Brunner.",
        [("Wir haben", "Urs Brunner")],
    ),
    # -- French ---------------------------------------------------------------------
    (
        "fr-inversion-pronoun",
        "Claire Dubois, \u00e9lue maire dimanche, a re\u00e7u la presse lundi.\n"
        f"{GL} C'est une victoire pour tout le quartier {GR}, a-t-elle affirm\u00e9.",
        [("C'est une victoire", "Claire Dubois")],
    ),
    (
        "fr-definite-role",
        "Claire Dubois, \u00e9lue maire dimanche, a re\u00e7u la presse lundi.\n"
        f"{GL} Le chantier commencera en mars {GR}, explique la nouvelle maire de la ville.",
        [("Le chantier", "Claire Dubois")],
    ),
    (
        "fr-selon",
        f"{GL} Le projet avance plus vite que pr\u00e9vu {GR}, selon Marc Lef\u00e8vre.",
        [("Le projet", "Marc Lef\u00e8vre")],
    ),
    (
        "fr-elided-verb-colon",
        f"Et Sophie Marchal d\u2019ajouter : {GL} Nous serons pr\u00eats pour la "
        f"rentr\u00e9e. {GR}",
        [("Nous serons", "Sophie Marchal")],
    ),
    # -- Ukrainian ------------------------------------------------------------------
    (
        "uk-intro-then-pronoun",
        "\u041f\u0440\u043e \u0446\u0435 \u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u0432 "
        "\u043c\u0456\u043d\u0456\u0441\u0442\u0440 \u0435\u043d\u0435\u0440\u0433\u0435\u0442"
        "\u0438\u043a\u0438 \u041e\u043b\u0435\u0433 \u0411\u043e\u043d\u0434\u0430\u0440.\n"
        '"\u0421\u0432\u0456\u0442\u043b\u043e \u0431\u0443\u0434\u0435 \u0432 \u0443\u0441\u0456'
        '\u0445 \u0431\u0443\u0434\u0438\u043d\u043a\u0430\u0445", - \u0441\u043a\u0430\u0437'
        "\u0430\u0432 \u0432\u0456\u043d.",
        [
            (
                "\u0421\u0432\u0456\u0442\u043b\u043e",
                "\u041e\u043b\u0435\u0433 \u0411\u043e\u043d\u0434\u0430\u0440",
            )
        ],
    ),
    (
        "uk-attribution-between-dashes",
        "\u041c\u0456\u043d\u0456\u0441\u0442\u0440 \u041e\u043b\u0435\u0433 \u0411\u043e\u043d"
        "\u0434\u0430\u0440 \u043f\u0440\u0438\u0457\u0445\u0430\u0432 \u0434\u043e "
        "\u041b\u044c\u0432\u043e\u0432\u0430.\n"
        f"{GL}\u041c\u0438 \u043d\u0435 \u0432\u0456\u0434\u0441\u0442\u0443\u043f\u0438\u043c"
        "\u043e \u0432\u0456\u0434 \u043f\u043b\u0430\u043d\u0443, - \u0437\u0430\u044f\u0432"
        "\u0438\u0432 \u0411\u043e\u043d\u0434\u0430\u0440. - \u0420\u043e\u0431\u043e\u0442"
        "\u0438 \u0442\u0440\u0438\u0432\u0430\u044e\u0442\u044c \u0446\u0456\u043b\u043e"
        f"\u0434\u043e\u0431\u043e\u0432\u043e{GR}",
        [
            (
                "\u041c\u0438 \u043d\u0435",
                "\u041e\u043b\u0435\u0433 \u0411\u043e\u043d\u0434\u0430\u0440",
            )
        ],
    ),
    # -- Russian --------------------------------------------------------------------
    (
        "ru-office-before-the-name",
        f"{GL}\u0420\u0435\u0448\u0435\u043d\u0438\u0435 \u0443\u0436\u0435 \u043f\u0440\u0438"
        f"\u043d\u044f\u0442\u043e{GR}, \u2013 \u0441\u043a\u0430\u0437\u0430\u043b\u0430 "
        "\u0433\u043b\u0430\u0432\u0430 \u043a\u043e\u043c\u0438\u0442\u0435\u0442\u0430 "
        "\u0410\u043d\u043d\u0430 \u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430.",
        [
            (
                "\u0420\u0435\u0448\u0435\u043d\u0438\u0435",
                "\u0410\u043d\u043d\u0430 \u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430",
            )
        ],
    ),
    (
        "ru-genitive-office-then-pronoun",
        "\u041e\u0431 \u044d\u0442\u043e\u043c \u0437\u0430\u044f\u0432\u0438\u043b "
        "\u043c\u0438\u043d\u0438\u0441\u0442\u0440 \u0444\u0438\u043d\u0430\u043d\u0441\u043e"
        "\u0432 \u0420\u043e\u0441\u0441\u0438\u0438 \u0418\u0433\u043e\u0440\u044c "
        "\u0412\u043e\u043b\u043a\u043e\u0432.\n"
        f"{GL}\u0411\u044e\u0434\u0436\u0435\u0442 \u0441\u0431\u0430\u043b\u0430\u043d\u0441"
        f"\u0438\u0440\u043e\u0432\u0430\u043d{GR}, \u2013 \u0434\u043e\u0431\u0430\u0432"
        "\u0438\u043b \u043e\u043d.",
        [
            (
                "\u0411\u044e\u0434\u0436\u0435\u0442",
                "\u0418\u0433\u043e\u0440\u044c \u0412\u043e\u043b\u043a\u043e\u0432",
            )
        ],
    ),
]


def test_every_language_is_in_the_table() -> None:
    languages = {case_id.split("-", 1)[0] for case_id, _, _ in CASES}
    assert languages == {"en", "de", "fr", "uk", "ru"}
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    for citation in check_quotes(text, expected):
        assert text[citation.span.start] in (L, DL, GL, '"'), citation
