"""Furniture shapes of issue 15, phase 6: weather tickers, breadcrumbs, skip links,
French credits, a caption over a credit between paragraphs, a link under the tag line.

Three tables, written for these tests in the style of copied news pages in English,
German, French, Ukrainian and Russian (nothing from the seeds): lines and the
furniture kind they are at the top of a page (or None: story); whole texts and where
each of their lines must go (title, body, ``captions``, ``leftovers``); and the
fixture articles of ``tests/fixtures/article`` added with these rules, each of whose
lines must be accounted for (nothing of the story lost).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import seedparse
from seedparse.formats.article.furniture import furniture_kind, is_caption

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "article" / "docs"

HEAD_LINES: list[tuple[str, str | None]] = [
    ("Weather  London 7\u00b0C  Manchester 5\u00b0C  Edinburgh 3\u00b0C", "ticker"),
    (
        "\u041f\u043e\u0433\u043e\u0434\u0430  \u041c\u043e\u0441\u043a\u0432\u0430 \u22123\u00b0  "
        "\u041a\u0430\u0437\u0430\u043d\u044c \u22127\u00b0",
        "ticker",
    ),
    ("Inflation 2.4%  Unemployment 4.1%", "ticker"),
    ("Temperatures rose to 30\u00b0C and then 35\u00b0C", None),  # a clause, not labels
    ("Startseite > Wirtschaft > Verkehr", "menu"),
    ("News \u203a World \u203a Europe", "menu"),
    ("Zum Inhalt springen", "menu"),
    ("Aller au contenu", "menu"),
    (
        "\u041f\u0435\u0440\u0435\u0439\u0442\u0438 \u0434\u043e "
        "\u0432\u043c\u0456\u0441\u0442\u0443",
        "menu",
    ),
    ("Prices > costs for a third year", None),
    ("Anzeige", "advert"),
]


@pytest.mark.parametrize(("line", "kind"), HEAD_LINES, ids=[x[0][:30] for x in HEAD_LINES])
def test_head_furniture_kind(line: str, kind: str | None) -> None:
    assert furniture_kind(line, position="head") == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cr\u00e9dit photo : Jean Moreau / AFP", True),
        ("Cr\u00e9dits photos : Mairie de Lyon", True),
        ("Photo credit: Ann Lee", True),
        ("Bildquelle: Stadtarchiv", True),
        ("Cr\u00e9dit immobilier : les taux baissent encore", False),
    ],
)
def test_more_credit_labels(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


BODY = (
    "Dock workers walked out on Monday after talks on pay broke down late on Sunday night.\n"
    "The union said the strike would last until the port authority made a new offer.\n"
)
TITLE = "Dock workers strike for a third day"

# (id, text, title, captions, leftovers, body lines that must stay)
TEXTS: list[tuple[str, str, str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "weather-ticker-and-breadcrumb",
        "Weather  Hull 6\u00b0C  Leeds 4\u00b0C\nHome > News > Business\n" + TITLE + "\n" + BODY,
        TITLE,
        (),
        ("Weather Hull 6\u00b0C Leeds 4\u00b0C", "Home > News > Business"),
        (),
    ),
    (
        "title-bar-over-a-lower-case-line",
        "Gallery: Harbour strike | 12 Photos\nfrom the north gate\n" + BODY,
        "Gallery: Harbour strike | 12 Photos",
        (),
        (),
        ("from the north gate",),
    ),
    (
        "lower-case-title-over-a-credit-line",
        "harbour notes\nharbour walks, or why I keep going. \u00a9 2019, 2020 Ann Lee\n" + BODY,
        "harbour notes",
        (),
        (),
        ("harbour walks, or why I keep going. \u00a9 2019, 2020 Ann Lee",),
    ),
    (
        "lower-case-line-over-its-continuation-is-no-title",
        "harbour walks along the\nnorth gate are closed. \u00a9 notice\n" + BODY,
        None,
        (),
        (),
        ("harbour walks along the north gate are closed.",),
    ),
    (
        "skip-link-and-advert",
        "Zum Inhalt springen\nAnzeige\n" + TITLE + "\n" + BODY,
        TITLE,
        (),
        ("Zum Inhalt springen", "Anzeige"),
        (),
    ),
    (
        "french-credit-under-title",
        TITLE + "\nLes dockers devant le port, lundi matin.\n"
        "Cr\u00e9dit photo : Jean Moreau / AFP\n" + BODY,
        TITLE,
        ("Les dockers devant le port, lundi matin.", "Cr\u00e9dit photo : Jean Moreau / AFP"),
        (),
        (),
    ),
    (
        "caption-over-credit-between-paragraphs",
        TITLE + "\n\n" + BODY.replace("\n", "\n\n") + "Pickets at the north gate on Monday.\n"
        "Photo: Ann Lee/Harbour Agency\n\n"
        "Ferries were diverted to the southern terminal for the rest of the week.\n",
        TITLE,
        ("Pickets at the north gate on Monday.", "Photo: Ann Lee/Harbour Agency"),
        (),
        ("Ferries were diverted to the southern terminal for the rest of the week.",),
    ),
    (
        "paragraph-over-credit-without-blank-lines-stays",
        TITLE
        + "\n"
        + BODY
        + "Pickets at the north gate on Monday.\nPhoto: Ann Lee/Harbour Agency\n"
        "Ferries were diverted to the southern terminal for the rest of the week.\n",
        TITLE,
        ("Photo: Ann Lee/Harbour Agency",),
        (),
        ("Pickets at the north gate on Monday.",),
    ),
    (
        "heading-over-credit-stays",
        TITLE + "\n" + BODY + "What happens next\nPhoto: Ann Lee/Harbour Agency\n"
        "Ferries were diverted to the southern terminal for the rest of the week.\n",
        TITLE,
        ("Photo: Ann Lee/Harbour Agency",),
        (),
        ("What happens next",),
    ),
    (
        "link-under-the-tag-line",
        TITLE + "\n" + BODY + "Sign up to the morning briefing\nTopics: Ports, Unions\n"
        "Port traffic falls for a second month\n",
        TITLE,
        (),
        (
            "Sign up to the morning briefing",
            "Topics: Ports, Unions",
            "Port traffic falls for a second month",
        ),
        (),
    ),
    (
        "last-line-under-a-story-line-stays",
        TITLE + "\n" + BODY + "New signup rules for agency staff\nWhat the offer means for pay\n",
        TITLE,
        (),
        (),
        ("New signup rules for agency staff", "What the offer means for pay"),
    ),
    (
        "list-inside-the-story-stays",
        TITLE + "\n" + BODY + "The gates closed on Monday:\nNorth gate\nEast gate\nFerry terminal\n"
        "Talks are due to resume on Thursday at the port authority's offices.\n"
        "Tags: ports, unions\n",
        TITLE,
        (),
        ("Tags: ports, unions",),
        ("The gates closed on Monday:", "North gate", "East gate", "Ferry terminal"),
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "captions", "leftovers", "kept"),
    [x[1:] for x in TEXTS],
    ids=[x[0] for x in TEXTS],
)
def test_where_each_line_goes(
    text: str,
    title: str | None,
    captions: tuple[str, ...],
    leftovers: tuple[str, ...],
    kept: tuple[str, ...],
) -> None:
    doc = seedparse.parse(text, reader="article")
    assert doc.title == title
    assert tuple(doc.metadata.get("captions", ())) == captions
    assert tuple(doc.metadata.get("leftovers", ())) == leftovers
    body = " ".join(doc.text.split())
    for line in kept + tuple(BODY.splitlines()):
        assert line in body
    for line in captions + leftovers:
        assert line not in body


NEW_FIXTURES = [
    "de-bahnstreik",
    "de-landtag-wahl",
    "en-headphones-affiliate",
    "en-marathon-schedule",
    "en-storm-ticker",
    "fr-budget-municipal",
    "fr-vendanges-captions",
    "ru-bridge-opening",
    "ru-festival-nominees",
    "uk-football-lineup",
    "uk-metro-kyiv",
]


@pytest.mark.parametrize("name", NEW_FIXTURES)
def test_fixture_lines_are_all_accounted_for(name: str) -> None:
    """Every line of the fixture is the title, the dateline, the byline, a caption,
    a leftover, dropped markup or in the body: nothing is lost, nothing doubled."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    doc = seedparse.parse(text, reader="article")
    body = " ".join(doc.text.split())
    placed = [
        *(doc.metadata.get("captions", ())),
        *(doc.metadata.get("leftovers", ())),
        *(doc.metadata.get("dropped_markup", ())),
    ]
    header = {doc.title, doc.dateline, *(f"By {a}" for a in doc.authors)}
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        in_meta = line in placed or line in header
        assert in_meta != (line in body), line
