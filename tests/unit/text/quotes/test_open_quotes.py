# ruff: noqa: RUF001 -- French and German typography (guillemets, apostrophes) on purpose
"""A quotation open across paragraphs, closed by a mark set off by a space
(open_quotes.py, hooked in run_on): table tests from real text and near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse._text.quotes import find_quotations
from seedparse._text.quotes.open_quotes import closes_spaced

Blocks = Callable[[str], list[tuple[int, int]]]
Quotes = Callable[[str], list[list[tuple[str, str | None]]]]


@pytest.fixture
def quotes(line_blocks: Blocks) -> Quotes:
    """The (text, speaker) of the quotations in each line of a text."""

    def read(text: str) -> list[list[tuple[str, str | None]]]:
        found = find_quotations(text, line_blocks(text))
        return [[(c.text, c.speaker) for c in block] for block in found]

    return read


# A Corsican council's reaction to a court ruling (corsicainfurmazione.org), abridged:
# one quotation over three paragraphs, the closing guillemet after a space.
CORSICA = (
    "« Nous déposerons une requête devant la cour d’appel administrative. Nous "
    "introduirons également une deuxième requête pour obtenir le sursis à exécution du "
    "jugement du tribunal.\n"
    "Mais il faut quand même s’interroger sur l’entreprise de démolition mise en œuvre au "
    "cours des 7 derniers mois.\n"
    "Nous n’avons eu de cesse de défendre les intérêts de la Commune, notamment lorsqu’il "
    "s’agissait des contentieux antérieurs comme ce fut le cas pour le POS de nos "
    "prédécesseurs. »"
)


def test_a_spaced_guillemet_closes_a_quotation_over_three_paragraphs(quotes: Quotes) -> None:
    found = quotes(CORSICA)
    assert [len(block) for block in found] == [1, 1, 1]
    assert found[1][0][0].startswith("Mais il faut")
    assert found[2][0][0].startswith("Nous n’avons eu de cesse")
    # Nobody is named: the continuation's speaker stays unknown.
    assert {speaker for block in found for _, speaker in block} == {None}


def test_a_no_break_space_before_the_guillemet_closes_too(quotes: Quotes) -> None:
    text = CORSICA.replace(" »", "\u00a0»").replace("« ", "«\u00a0")
    assert [len(block) for block in quotes(text)] == [1, 1, 1]


def test_the_speaker_of_the_opening_paragraph_goes_on(quotes: Quotes) -> None:
    text = (
        "Le président du conseil, Jean-Paul Rossi, a déclaré : « Nous déposerons une "
        "requête devant la cour d’appel administrative, et une deuxième pour le sursis.\n"
        "Mais il faut quand même s’interroger sur l’entreprise de démolition mise en œuvre "
        "au cours des 7 derniers mois. »"
    )
    found = quotes(text)
    assert [s for block in found for _, s in block] == ["Jean-Paul Rossi", "Jean-Paul Rossi"]


@pytest.mark.parametrize(
    "second",
    [
        # A title in guillemets in the next paragraph: its opening mark comes first.
        "Le conseil a cité le rapport « Corse 2030 » lors de la séance de mardi soir.",
        # An opening mark after a space, a word glued to it: a quote of its own.
        "Le conseil a répondu mardi soir par un communiqué, « Nous verrons bien demain ».",
        # An English quote in the next paragraph (“ after “ opens, never closes).
        "The council answered on Tuesday night, “We will see what the court says.”",
    ],
)
def test_a_stray_open_mark_does_not_swallow_the_next_paragraph(
    second: str, quotes: Quotes, line_blocks: Blocks
) -> None:
    # A typing slip leaves the first paragraph's mark open; the next paragraph is the
    # story (or its own quote), so it is not read as the quotation going on.
    text = "« Nous déposerons une requête devant la cour d’appel administrative.\n" + second
    found = quotes(text)
    assert all(not text.startswith(q, line_blocks(text)[1][0]) for q, _ in found[1])
    assert all(not q.startswith("Le conseil a") for q, _ in found[1])
    assert all(not q.startswith("The council") for q, _ in found[1])


@pytest.mark.parametrize(
    ("text", "open_at", "close_at", "expected"),
    [
        ("« Texte … fin. »", 0, 15, True),  # French spacing
        ("« Texte … fin. », a-t-il dit.", 0, 15, True),  # then a comma and the verb
        ("“Text … end. ”", 0, 13, True),  # a curly closing mark after a space
        ("„Text … Ende. “", 0, 14, True),  # German low-high, spaced
        ("« Texte : « Titre", 0, 10, False),  # « after « opens a quote of its own
        ("“Text, “Hello", 0, 7, False),  # “ after “ opens: a word glued to it
        ("„Text, “Hallo", 0, 7, False),  # an English opening mark in German copy
        ('"Text 12 "', 0, 9, False),  # a straight mark: an inch sign as likely
        ("« Texte’ fin", 0, 7, False),  # an apostrophe closes nothing
    ],
)
def test_closes_spaced(text: str, open_at: int, close_at: int, expected: bool) -> None:
    assert closes_spaced(text, open_at, close_at, len(text)) is expected


_PIECES = st.lists(
    st.sampled_from(
        [
            "« ",
            " »",
            "»",
            "«",
            "“",
            "”",
            "„",
            '"',
            "'",
            "’",
            " ",
            "mot",
            "Mot.",
            "\u00a0",
            "\n",
            "—",
            ", ",
        ]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_stray_marks_across_paragraphs_never_raise(line_blocks: Blocks, pieces: list[str]) -> None:
    text = "".join(pieces)
    blocks = line_blocks(text)
    for (start, end), quotes in zip(blocks, find_quotations(text, blocks), strict=True):
        for quote in quotes:
            assert start <= quote.span.start <= quote.span.end <= end <= len(text)


# A coach's words after a defeat (after sport.ua, Russian; the attribution line as the
# outlet printed it, the second paragraph of his answer with no dash of its own).
_COACH = (
    "Главный тренер «Локомотива» Жозе Коусейру прокомментировал поражение.\n"
    "- В начале игры мы не смогли взять инициативу в свои руки, - сказал Коусейру. "
    "- Лишь после пропущенного гола заиграли активнее.\n"
)


def test_a_dash_line_answer_goes_on_in_a_paragraph_with_no_dash(quotes: Quotes) -> None:
    second = "Тем не менее соперник одержал заслуженную победу. А мы сыграли ниже возможностей."
    assert quotes(_COACH + second)[2] == [(second, "Жозе Коусейру")]


@pytest.mark.parametrize(
    "after",
    [
        # The author's formulas, in the first person plural of the story.
        "Напомним, что мы сообщали о матче в прошлом выпуске.",
        "Как мы писали ранее, команда проиграла три матча подряд.",
        # Third person: the story goes on.
        "Матч завершился со счетом 0:2, решающий мяч забил полузащитник гостей.",
        # The speaker named: a paragraph about him.
        "Коусейру также отметил, что нам нужно больше работать.",
        # A question.
        "Почему мы проиграли этот матч?",
    ],
)
def test_a_paragraph_after_a_dash_line_that_is_the_story(after: str, quotes: Quotes) -> None:
    assert quotes(_COACH + after)[2] == []


def test_no_continuation_after_a_dash_line_whose_speaker_is_unknown(quotes: Quotes) -> None:
    # (After znaj.org: the lead says only "the coach"; nobody to carry on.)
    text = (
        "Про свої відчуття після гри тренер зазначив:\n"
        "– Це була вкрай конкурентна зустріч, обидва колективи показали високий рівень гри.\n"
        "Ми завжди готові до будь-яких обставин, команда має єдність."
    )
    assert quotes(text)[2] == []


def test_no_continuation_after_a_quotation_in_guillemets(quotes: Quotes) -> None:
    # A paragraph in the first person after a quote in marks is not its second
    # paragraph: the marks would have said so (run_on reads them).
    text = (
        "Главный тренер Жозе Коусейру прокомментировал поражение.\n"
        "«Мы не смогли взять инициативу в свои руки. Так бывает», - сказал Коусейру.\n"
        "Мы связываемся с клубом каждую неделю, сообщил наш корреспондент."
    )
    assert quotes(text)[2] == []
