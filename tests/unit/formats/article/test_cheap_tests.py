"""The cheap tests the article reader runs before its costly ones decide only what
the costly ones would: a line without an ASCII digit is no dateline, a line whose
first word is no share word is no share line, a menu needs its separator."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse._text.dates import parse_dateline
from seedparse.formats.article import furniture, header

WORDS = st.sampled_from(
    [
        "Share",
        "share",
        "this",
        "article",
        "Tweet",
        "on",
        "Facebook",
        "Email",
        "|",
        "\u2022",
        "March",
        "3",
        "2025",
        "Roma,",
        "maggio",
        "Published",
        "Menu",
        "Home",
        "/",
        "x",
        " ",
        "\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f",
        "12:30",
        "Print",
        "-",
    ]
)
LINES = st.one_of(
    st.lists(WORDS, min_size=1, max_size=8).map(" ".join), st.text(min_size=1, max_size=30)
)


def _share_in_full(text: str) -> bool:
    """The share rule without its first-word test."""
    words = [w.lower() for w in furniture._WORD.findall(text)]
    rest = furniture._NUMBER.sub(" ", furniture._WORD.sub(" ", text)).strip(" |\u2022\u00b7,:()-")
    if not words or rest:
        return False
    return any(w in furniture._SHARE_CORE for w in words) and all(
        w in furniture._SHARE_CORE or w in furniture._SHARE_FILLER for w in words
    )


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_share_first_word(text: str) -> None:
    assert furniture._share(text) == _share_in_full(text)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_no_digit_no_dateline(text: str) -> None:
    if header._ASCII_DIGIT.search(text) is None:
        assert parse_dateline(text) is None
        assert header._dateline(text) is None


def test_share_and_dateline_lines() -> None:
    assert furniture._share("Share this article on Facebook")
    assert not furniture._share("Facebook said on Monday it would share data")
    assert header._dateline("Roma, 26 maggio 2025") == (
        "Roma, 26 maggio 2025",
        parse_dateline("26 maggio 2025")[1],
    )  # type: ignore[index]
    assert furniture._menu("Home | World | Sport") and not furniture._menu("Home and away")


PAYWALL_WORDS = st.sampled_from(
    [
        "Subscribers only",
        "subscriber-only",
        "SUBSCRIBER ONLY",
        "for subscribers",
        "Already a subscriber?",
        "Continue reading",
        "continue  reading",
        "View comments",
        "show Comments",
        "Lire la suite",
        "voir les commentaires",
        "Bereits Abonnent",
        "jetzt weiterlesen",
        "Kommentare anzeigen",
        "r\u00e9serv\u00e9 aux abonn\u00e9s",
        "Nur f\u00fcr Abonnenten",
        "\u0447\u0438\u0442\u0430\u0442\u044c \u0434\u0430\u043b\u0435\u0435",
        "subscribe",
        "reading",
        "the",
        " ",
        "x",
        "\u017f",
        "\u212a",
        "-",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PAYWALL_WORDS, st.text(max_size=3)), max_size=8).map("".join))
def test_paywall_words_decide_as_the_search(text: str) -> None:
    """An ASCII line is searched for the paywall pattern only when it holds one of its
    ASCII words (lower-cased); the answer is the search's."""
    assert furniture._paywall(text) == (furniture._PAYWALL.search(text) is not None)


@pytest.mark.parametrize(
    ("line", "paywalled"),
    [
        ("Subscribers only", True),
        ("Continue reading", True),
        ("Kommentare anzeigen", True),
        ("Continue the reading of it", False),  # near miss: the words apart
        ("A subscription drive", False),  # near miss: no "subscriber"
        ("Nur f\u00fcr Abonnenten", True),  # outside ASCII: the search decides
    ],
)
def test_paywall_lines(line: str, paywalled: bool) -> None:
    assert furniture._paywall(line) is paywalled
