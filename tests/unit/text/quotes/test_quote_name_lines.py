# ruff: noqa: RUF001 -- French and German typography on purpose
"""Names on a line of their own and names reused by their first word
(``_text/quotes/name_lines``). The lines, names and quotations are real copy, none of
them a fixture's: Talamua's and the Samoa Observer's Samoan ministers, sport.msn.de's
photo captions, France Bleu's reaction page, dpa's matchday sayings (set under a name
line, as voices pages print them); each table has the near misses the rule must leave
alone."""

from __future__ import annotations

import pytest

import seedparse
from seedparse._text.quotes.name_lines import caption_start, first_word_name, name_line


def _speakers(text: str) -> list[str | None]:
    return [
        c.speaker
        for c in seedparse.parse(text, reader="article").citations
        if c.kind == "quotation"
    ]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Torsten Gütschow", "Torsten Gütschow"),  # sport.msn.de, a photo's name line
        ("Achim Hollerieth", "Achim Hollerieth"),
        ("Trainer Christian Streich", "Christian Streich"),  # an office before the name
        ("Cheftrainer Peter Stöger", "Peter Stöger"),
        # near misses: a label's comma, a credit, a byline, a heading, a club, one word
        ("Pascal Dupraz, entraîneur du SM Caen", None),
        ("L'entraîneur de Rodez Laurent Peyrelade © Radio France - Olivier Duc", None),
        ("By Lagi Keresoma/", None),
        ("Von Andreas Pahlmann", None),
        ("Foto: Jan Woitas", None),
        ("Latest statements", None),
        ("Lenatai million shake", None),
        ("Manchester City", None),
        ("Hertha", None),
        ("26.09., 15:00", None),
        ("Andreas Rettig Ich finde man muss zwischen Spielvorbereitung unterscheiden.", None),
    ],
)
def test_name_line(line: str, person: str | None) -> None:
    assert name_line(line) == person


@pytest.mark.parametrize(
    ("line", "after"),
    [
        # the text under the line writes a word of it in lower case: a common noun
        ("Related Searches", "Promoted By Zergnet. Related searches for the story."),
        ("Post-Match Press Conference", "The room was packed. The press sat in rows."),
        # the text writes it before a lower-case office noun: a body, not a person
        ("Sinn Féin", "Sinn Féin councillor Daniel Baker has called on Alliance."),
        ("Werder Bremen", "Werder Bremen coach Florian Kohfeldt spoke after the match."),
    ],
)
def test_name_line_read_against_the_text_under_it(line: str, after: str) -> None:
    assert name_line(line) is not None
    assert name_line(line, after) is None
    assert (
        name_line("Torsten Gütschow", "Gütschow sagte, die TSG sei bereit.") == "Torsten Gütschow"
    )


_OLO = (
    "The Minister of Works, Transport and Infrastructure, Olo Fiti Vaai gave the assurance "
    "when he delivered the keynote address to open multiple water projects in Falealupo "
    "on Friday.\nOlo told the guests in Falealupo that the government is steadfast."
)
_LAUTAFI = (
    "Apia, Samoa – 17 April 2025 – The Satupa’itea MP and former HRPP Cabinet Minister, "
    "Lautafi Selafi Purcell has hailed the positive social and economic impacts of the "
    "$1m District Development Project.\n“For me, there is no reason to stop the project,” "
    "said Lautafi."
)


@pytest.mark.parametrize(
    ("text", "word", "full"),
    [
        (_OLO, "Olo", "Olo Fiti Vaai"),
        (_LAUTAFI, "Lautafi", "Lautafi Selafi Purcell"),
        (_LAUTAFI.replace(" ", "  "), "Lautafi", None),  # (doubled spaces: no run, no crash)
        # a title inside the run is dropped ("Tuilaepa Dr Sailele Malielegaoi")
        (
            "Human Rights Protection Party Leader, Tuilaepa Dr Sailele Malielegaoi.\n"
            "Tuilaepa hit back.",
            "Tuilaepa",
            "Tuilaepa Sailele Malielegaoi",
        ),
        # near misses: an acronym's body before an office, two names start with the
        # word, a body's name, a two-word name
        # (the given-name rule's: "John said" after "John Gormley"), the word ending
        # another name, the word alone only
        (
            "During a press conference in Berlin on December 11, NATO Secretary General "
            "Mark Rutte bluntly stated that the member states are under threat.\nNATO said.",
            "NATO",
            None,
        ),
        (
            "During a press conference in Berlin, Nato Secretary General Mark Rutte "
            "bluntly stated that the member states are under threat.\nNato said.",
            "Nato",
            None,
        ),
        (
            "Minister of Finance, Mulipola Anarosa Molioo signed. Samoa's Minister, "
            "Mulipola Anarosa Molioo-Ale, heads the Ministry.\nMulipola said.",
            "Mulipola",
            None,
        ),
        (
            "Member of Parliament, Lautafi Selafi OPurcell with the Satupaitea District "
            "Development Committee representatives.\nSatupaitea said.",
            "Satupaitea",
            None,
        ),
        (
            "Sinn Féin Botanic Councillor John Gormley has announced he is stepping down.\n"
            "John said.",
            "John",
            None,
        ),
        (
            "The MP for Falealupo is Fuiono Tenina Crichton Olo Fiti Vaai and Olo Fiti "
            "Vaai.\nOlo said.",
            "Olo",
            None,
        ),
        (
            "Olo told the guests in Falealupo that the government is steadfast.\nOlo said.",
            "Olo",
            None,
        ),
    ],
)
def test_first_word_name(text: str, word: str, full: str | None) -> None:
    assert first_word_name(text, 0, word, text.rfind(word)) == full


def test_caption_start_reads_back_over_one_name_line_only() -> None:
    body = "Mit Jo Stock hat die TSG Neustrelitz seit dieser Woche einen neuen Torwarttrainer."
    text = "Torsten Gütschow\n" + body
    assert caption_start(text, text.index("Mit")) == 0
    # (one line above it is the title; more is not the caption under the title)
    titled = "Regionalliga\n" + text
    assert caption_start(titled, titled.index("Mit")) == titled.index("Torsten")
    for above in (
        "Regionalliga\n26.09., 15:00\nTorsten Gütschow\n",
        "© imago images\n",
        "TSG-Coach\n",
    ):
        text = above + body
        assert caption_start(text, text.index("Mit")) == text.index("Mit")


_STREICH = "„Wir wollten alles holen und jetzt haben wir nur das Meiste geholt.“"
_WAGNER = "„Derby-Niederlagen sind prinzipiell unangenehm - auch in dieser skurrilen Atmosphäre.“"


def test_a_name_line_above_a_quotation_names_its_speaker() -> None:
    text = (
        "Die besten Sprüche zum Spieltag\n\n"
        "Die Deutsche Presse-Agentur hat die besten Sprüche vom Spieltag gesammelt.\n\n"
        f"Trainer Christian Streich\n\n{_STREICH}\n\n"
        f"David Wagner\n\n{_WAGNER}\n"
    )
    assert _speakers(text) == ["Christian Streich", "David Wagner"]


def test_stacked_name_lines_and_a_quotation_credited_in_its_paragraph() -> None:
    stacked = (
        "Die besten Sprüche zum Spieltag\n\n"
        "Die Deutsche Presse-Agentur hat die besten Sprüche vom Spieltag gesammelt.\n\n"
        f"Christian Streich\n\nDavid Wagner\n\n{_STREICH}{_WAGNER}\n"
    )
    assert _speakers(stacked) == [None, None]
    labels = stacked.replace("Christian Streich\n", "Christian Streich (Freiburg)\n").replace(
        "David Wagner\n", "David Wagner (Schalke)\n"
    )
    assert _speakers(labels) == [None, None]  # (labels stacked: label_lines.py's, too)
    own = (
        "Locker ins Kölner Top-Spiel\n\n"
        "Neun Spiele ungeschlagen - die U 21 des 1. FC Köln ist die Mannschaft der Stunde.\n\n"
        "Torsten Gütschow\n\n"
        "„Wir freuen uns sehr. Die Jungs haben sich das durch ihre harte Arbeit verdient“, "
        "sagt Stephan Engels.\n"
    )
    assert _speakers(own) == ["Stephan Engels"]


def test_a_byline_or_a_credit_above_a_quotation_credits_nobody() -> None:
    for line in ("By Lagi Keresoma/", "© Radio France - Olivier Duc", "Pascal Dupraz, entraîneur"):
        text = (
            "Reaction after the match\n\n"
            "The coaches spoke to reporters after the final whistle on Saturday evening.\n\n"
            f"{line}\n\n"
            "“We earned it. That's all that matters, and we look forward to next week.”\n"
        )
        assert _speakers(text) == [None], line


_DAIL = (
    "“District court waiting times for family law domestic violence victims published by "
    "the Examiner today paint a shocking picture for victims of domestic abuse.”"
)


@pytest.mark.parametrize(
    ("caption", "lead", "speaker"),
    [
        # sinnfein.ie's newsroom (its "Teachta McDonald" as "McDonald"; the caption line
        # as photo pages print it)
        (
            "Mary Lou McDonald",
            "Speaking today in the Dáil, McDonald said:",
            "Mary Lou McDonald",
        ),
        ("Mary Lou McDonald", "Speaking today in the Dáil, she said:", "Mary Lou McDonald"),
        # near misses: someone named before the pronoun, a byline, a credit
        (
            "Mary Lou McDonald",
            "Finance Minister Conor Murphy confirmed the funding. Speaking today, he said:",
            "Conor Murphy",
        ),
        ("By Lagi Keresoma", "Speaking today in the Dáil, she said:", None),
        ("© Jan Woitas", "Speaking today in the Dáil, she said:", None),
    ],
)
def test_a_caption_under_the_title_is_the_story_person(
    caption: str, lead: str, speaker: str | None
) -> None:
    text = f"Scandalous delay of supports for survivors\n\n{caption}\n\n{lead}{_DAIL}\n"
    assert _speakers(text) == [speaker]
