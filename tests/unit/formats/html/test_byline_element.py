"""The names in a page's byline element (no JSON-LD, no author meta): read as the
web-page reader reads a byline line. Shapes of real news pages, written with made-up
names."""

from __future__ import annotations

import pytest

from seedparse import HtmlReader

READER = HtmlReader()

STORY = (
    "<p>The harbour wall will be rebuilt after the winter storms, the council said on "
    "Tuesday, and the work is to start in May and last two years.</p>"
    "<p>Residents will be consulted on the design at a series of meetings in the town "
    "hall, the first of them in April, with the engineers present.</p>"
)


def _page(byline: str) -> str:
    return (
        "<!doctype html><html><head><title>Harbour</title></head><body><article>"
        f"<h1>Harbour wall to be rebuilt after storms</h1>{byline}{STORY}{STORY}"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            '<p class="byline">Par <a class="auteur" href="/j/mu">Mara Ulm</a>'
            " (avec Tomas Ek et Aline Brooks)</p>",
            ("Mara Ulm", "Tomas Ek", "Aline Brooks"),
        ),
        (
            '<p class="byline"><span class="by">by</span> <a href="/a/mq">Mara Quinlan</a>'
            '<span class="bydate">22 Dec 2016</span></p>',
            ("Mara Quinlan",),
        ),
        ('<div class="author">By Mara Quinlan, MA<br>Harbour News Desk</div>', ("Mara Quinlan",)),
        ('<div class="author">NADIA OKAFOR</div>', ("Nadia Okafor",)),
        ('<div class="byline">Last Updated: January 7, 2025</div>', ()),
    ],
)
def test_names_of_the_byline_element(byline: str, authors: tuple[str, ...]) -> None:
    assert READER.read(_page(byline), "page.html").authors == authors


def test_a_user_handle_in_the_json_gives_way_to_the_byline() -> None:
    """A page whose JSON names its uploader's handle ("CC7567") and whose byline names
    the writer: the writer is the author; a JSON name without digits is kept."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": "%s"}</script>'
    page = _page('<div class="byline">By Mara Quinlan</div>')
    handle = page.replace("<title>", head % "CC7567" + "<title>")
    named = page.replace("<title>", head % "Tomas Ek" + "<title>")
    assert READER.read(handle, "page.html").authors == ("Mara Quinlan",)
    assert READER.read(named, "page.html").authors == ("Tomas Ek",)
