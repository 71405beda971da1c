"""Page furniture around an article (issue 15): what is cut from the body, what stays.

Two tables: lines and the kind of furniture they are (or None: story), in English,
German, French, Ukrainian and Russian; and whole texts, where leading junk and
trailing furniture must reach ``metadata`` while every line of the story stays in
``Document.text``. The texts are written for these tests in the style of copied news
pages; nothing comes from the seeds.
"""

from __future__ import annotations

import pytest

import seedparse
from seedparse.formats.article.furniture import furniture_kind, is_caption

LINES: list[tuple[str, str, str | None]] = [
    # (position, line, kind)
    ("head", "USD 41,20 \u25b2 EUR 44,95 \u25bc", "ticker"),
    ("head", "Kyiv +12\u00b0C  Lviv +9\u00b0C", "ticker"),
    ("head", "Home | News | Sport | Weather", "menu"),
    ("head", "Startseite \u2022 Politik \u2022 Wirtschaft \u2022 Kultur", "menu"),
    ("head", "Search", "menu"),
    ("head", "\u041f\u043e\u0448\u0443\u043a", "menu"),
    ("head", "https://cdn.example.net/img/2025/harbour-strike.jpg", "image"),
    ("head", "![Dock workers](https://example.net/a.png)", "image"),
    ("head", "https://www.example.org/news/2025/04/harbour", "url"),
    ("head", "Share on Facebook", "share"),
    ("head", "Dock workers strike for a third day", None),
    ("head", "Spending rises 3% in March, 2% in April", None),
    ("tail", "Share this article", "share"),
    ("tail", "Teilen", "share"),
    ("tail", "Partager sur Facebook", "share"),
    ("tail", "Sign up for our morning newsletter", "signup"),
    ("tail", "Newsletter abonnieren", "signup"),
    ("tail", "Abonnez-vous \u00e0 notre newsletter", "signup"),
    (
        "tail",
        "\u041f\u0456\u0434\u043f\u0438\u0441\u0443\u0439\u0442\u0435\u0441\u044c \u043d\u0430 "
        "\u043d\u0430\u0448 Telegram",
        "signup",
    ),
    ("tail", "We may earn a commission from links on this page", "signup"),
    ("tail", "Tags: harbour, strike, unions", "tags"),
    (
        "tail",
        "\u0422\u0435\u0433\u0438: \u043f\u043e\u0440\u0442, "
        "\u0437\u0430\u0431\u0430\u0441\u0442\u043e\u0432\u043a\u0430",
        "tags",
    ),
    ("tail", "Read more: Unions vote on the offer", "related"),
    ("tail", "Lesen Sie auch", "related"),
    ("tail", "\u00c0 lire aussi", "related"),
    (
        "tail",
        "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u043e\u0436",
        "related",
    ),
    ("tail", "UKR-2025-0412", "code"),
    ("tail", "\u00a9 2025 The Harbour Gazette", "copyright"),
    ("tail", "Advertisement", "advert"),
    # paywall and comments boxes (session 18), and date labels whose date is elsewhere
    ("tail", "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s", "paywall"),
    ("tail", "Continue reading", "paywall"),
    ("tail", "Already a subscriber? Log in", "paywall"),
    ("tail", "Jetzt weiterlesen", "paywall"),
    ("tail", "Voir les commentaires", "paywall"),
    ("tail", "\u0427\u0438\u0442\u0430\u0442\u0438 \u0434\u0430\u043b\u0456", "paywall"),
    ("head", "Abonn\u00e9s", "paywall"),
    ("head", "Premium", "paywall"),
    ("head", "Publi\u00e9 le", "date-label"),
    ("head", "Aktualisiert am", "date-label"),
    ("head", "Updated", "date-label"),
    ("tail", "Le club compte d\u00e9sormais 3 000 abonn\u00e9s.", None),
    ("tail", "Les abonn\u00e9s du club liront la suite du dossier lundi.", None),
    ("head", "Published reports differ", None),
    ("tail", "Reporting by Ann Lee; editing by Tom Hart", None),
    ("tail", "Monday: harbour closed", None),
    ("tail", "Nominees: Ann Lee, Tom Hart, Eva Gray", None),
    ("tail", "The newsletter reached 40,000 readers last year.", None),
]


@pytest.mark.parametrize(("position", "line", "kind"), LINES, ids=[x[1][:30] for x in LINES])
def test_furniture_kind(position: str, line: str, kind: str | None) -> None:
    assert furniture_kind(line, position=position) == kind


CAPTIONS: list[tuple[str, bool]] = [
    ("Photo: Ann Lee/Harbour Agency", True),
    ("Foto: Karin Vogt", True),
    (
        "\u0424\u043e\u0442\u043e: \u041e\u043b\u0435\u0433 \u0411\u043e\u043d\u0434\u0430\u0440",
        True,
    ),
    ("Photo by Tom Hart", True),
    ("Ann Lee/Harbour Agency/Pictures", True),
    ("annlee/iStock/Stock Images", True),
    ("CreditAnn Lee for the Gazette", True),
    ("Images", False),
    ("Imagine the harbour without ships", False),
    ("and/or", False),
    ("Wages rose 3/4 of a point", False),
    ("Install/update the app from the store", False),
    ("Photography is his second career.", False),
    # a caption ending in its credit (session 18), and sentences that only look so
    ("Dock workers at the gate on Monday morning. Photo: Ann Lee", True),
    ("Die Streikenden vor dem Tor am Montagmorgen. \u2013 Foto: Karin Vogt", True),
    ("Les grévistes devant le port, lundi matin. Photo : AFP", True),
    ("Die Kinder beim Sommerfest der Grundschule. Foto: privat", True),
    ("Er zeigte den Richtern ein Foto: Darauf war der Fahrer zu sehen", False),
    ("Das Foto: ein Beweis f\u00fcr die Anklage, sagte der Richter.", False),
]


@pytest.mark.parametrize(("line", "expected"), CAPTIONS, ids=[x[0][:30] for x in CAPTIONS])
def test_is_caption(line: str, expected: bool) -> None:
    assert is_caption(line) is expected


BODY = (
    "Dock workers walked out on Monday after talks on pay broke down late on Sunday.\n"
    "The union said the strike would last until the port authority made a new offer.\n"
)


def _read(text: str) -> seedparse.Document:
    return seedparse.parse(text, reader="article")


def test_title_found_under_leading_junk() -> None:
    doc = _read(
        "USD 41,20 \u25b2 EUR 44,95 \u25bc\n"
        "Home | News | Sport | Weather\n"
        "https://cdn.example.net/img/2025/harbour-strike.jpg\n"
        "Dock workers strike for a third day\n" + BODY
    )
    assert doc.title == "Dock workers strike for a third day"
    assert doc.metadata["leftovers"][:3] == (
        "USD 41,20 \u25b2 EUR 44,95 \u25bc",
        "Home | News | Sport | Weather",
        "https://cdn.example.net/img/2025/harbour-strike.jpg",
    )
    assert "Sport" not in doc.text


def test_trailing_furniture_goes_short_story_lines_stay() -> None:
    doc = _read(
        "Harbour schedule for the strike week\n" + BODY + "Monday: harbour closed\n"
        "Tuesday: night shift only\n"
        "Share this article\n"
        "Tags: harbour, strike, unions\n"
        "Read more\n"
        "Unions vote on the offer\n"
        "Port traffic falls in March\n"
    )
    assert "Monday: harbour closed" in doc.text
    assert "Tuesday: night shift only" in doc.text
    assert doc.metadata["leftovers"] == (
        "Share this article",
        "Tags: harbour, strike, unions",
        "Read more",
        "Unions vote on the offer",
        "Port traffic falls in March",
    )


def test_captions_are_not_subheadings() -> None:
    doc = _read(
        "Dock workers strike for a third day\n"
        + BODY
        + "Photo: Ann Lee/Harbour Agency\n"
        + BODY.replace("Monday", "Tuesday")
    )
    assert doc.metadata["captions"] == ("Photo: Ann Lee/Harbour Agency",)
    assert doc.headings == ()
    assert "Ann Lee" not in doc.text


def test_a_text_of_short_lines_keeps_them_all() -> None:
    doc = _read("Share\nTweet\nNext")
    assert [p.text for p in doc.passages] == ["Share", "Tweet", "Next"]


def test_paywall_box_and_its_lines_go_to_leftovers() -> None:
    doc = _read(
        "Le port reste ferm\u00e9 pour la troisi\u00e8me journ\u00e9e\n"
        "Abonn\u00e9s\n"
        "Publi\u00e9 le\n" + BODY + "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s\n"
        "Acc\u00e9dez imm\u00e9diatement \u00e0 cet article\n"
        "2 semaines offertes\n"
        "Voir les commentaires\n"
        "R\u00e9agir\n"
    )
    assert doc.title == "Le port reste ferm\u00e9 pour la troisi\u00e8me journ\u00e9e"
    assert doc.metadata["leftovers"] == (
        "Abonn\u00e9s",
        "Publi\u00e9 le",
        "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s",
        "Acc\u00e9dez imm\u00e9diatement \u00e0 cet article",
        "2 semaines offertes",
        "Voir les commentaires",
        "R\u00e9agir",
    )
    assert doc.text.strip().endswith(BODY.strip().rsplit("\n", 1)[-1])


def test_a_paywall_line_above_a_paragraph_cuts_nothing() -> None:
    last = (
        "Die Gewerkschaft will am Montag \u00fcber das Angebot abstimmen, das die "
        "Hafenbetreiber am Freitag vorgelegt haben, und dann \u00fcber weitere Schritte "
        "entscheiden."
    )
    doc = _read("Hafenarbeiter streiken weiter\n" + BODY + "Jetzt weiterlesen\n" + last + "\n")
    assert last in doc.text
    assert "Jetzt weiterlesen" in doc.text  # inside the story: not the end of the page


def test_lead_caption_written_twice_under_the_title_is_a_caption() -> None:
    caption = "Hafenarbeiter vor dem Tor am Montagmorgen."
    doc = _read("Hafenarbeiter streiken weiter\n\u2022 " + caption + "\n" + caption + "\n" + BODY)
    assert doc.metadata["captions"] == ("\u2022 " + caption, caption)
    assert caption not in doc.text


def test_lead_caption_with_its_credit_after_its_alternative_text() -> None:
    caption = "Hafenarbeiter vor dem Tor am Montagmorgen, kurz vor Schichtbeginn."
    doc = _read(
        "Hafenarbeiter streiken weiter\nStreik\n"
        + caption
        + "\n"
        + caption
        + " \u2013 Foto: Karin Vogt\n\n"
        + BODY
    )
    assert doc.metadata["captions"] == (caption, caption + " \u2013 Foto: Karin Vogt")
    assert "Karin Vogt" not in doc.text and caption not in doc.text
    assert BODY.split("\n")[0] in doc.text
