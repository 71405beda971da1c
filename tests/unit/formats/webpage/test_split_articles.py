"""An article a page splits with charts, and the headline over a credited photo:
shapes of real news pages (a data story with two charts; a sticky bar that prints
the section and the headline), written for these tests."""

from __future__ import annotations

from seedparse import WebPageReader

READER = WebPageReader()

NAV = ["  \u2022 Home", "  \u2022 Economy", "  \u2022 World", "Log In", ""]
HEADLINE = "As Rates Rise, the City Will Soon Spend More on Interest Than on Parks"


def _para(n: int, words: str = "the council's budget office said on Tuesday") -> str:
    return f"Paragraph {n}: {words} that the cost of borrowing would keep rising for years. "


def _chart(label: str) -> list[str]:
    return [label, "$915", "million", "600", "300", "0", *[f"\u2019{y}" for y in range(10, 50)], ""]


def _page(lead: list[str], between: list[str], rest: list[str]) -> str:
    return "\n".join(
        [
            *NAV,
            f"Economy|{HEADLINE}",
            "",
            HEADLINE,
            "",
            "Higher rates and slower growth could make it harder to pay for the next crisis.",
            "",
            "Interest payments could pass the parks budget in 2027.CreditCreditAnna Roe/Pool",
            "",
            "By Nora Vance",
            "",
            *lead,
            *_chart("Interest payments on the city's debt"),
            *between,
            *_chart("Interest as a share of spending"),
            *rest,
        ]
    )


LEAD = [_para(n) * 3 + "\n" for n in range(1, 5)]
BETWEEN = [_para(n) * 3 + "\n" for n in range(5, 7)]
REST = [_para(n) * 3 + "\n" for n in range(7, 15)]


def test_the_article_before_two_charts_is_body() -> None:
    """The article's first paragraphs, a short run of two paragraphs between two
    charts and the long rest are one article: nothing before the second chart lost."""
    doc = READER.read(_page(LEAD, BETWEEN, REST), "page.txt")
    assert doc.passages[0].text.startswith("Paragraph 1:")
    assert "Paragraph 5:" in doc.text and "Paragraph 14:" in doc.text
    assert doc.authors == ("Nora Vance",)


def test_a_lone_line_between_charts_does_not_join_what_is_above() -> None:
    """One line between two charts (a dek, a teaser) is no part of a split article:
    the stretch above it stays out when it is a list of links."""
    links = [f"  \u2022 Another story about the city budget number {n}" for n in range(12)]
    doc = READER.read(_page([*links, ""], [_para(5) * 3 + "\n"], REST), "page.txt")
    assert "Another story" not in doc.text


def test_the_headline_printed_in_the_sticky_bar_beats_a_credited_caption() -> None:
    doc = READER.read(_page(LEAD, BETWEEN, REST), "page.txt")
    assert doc.title == HEADLINE
