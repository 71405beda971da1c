"""The one text-cleaning helper and the one key-folding helper (seedparse._text.cleaning)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from seedparse._text.cleaning import HTML_TAG, clean_text, decode_entities, fold_key


@pytest.mark.parametrize(
    ("raw", "tags", "clean"),
    [
        ("plain words", True, "plain words"),
        ("  two   spaces\tand a tab ", True, "two spaces and a tab"),
        ("<b>bold</b> and <a href='x'>link</a>", True, "bold and link"),
        ("<b>bold</b>", False, "<b>bold</b>"),
        ("a &amp; b &amp;amp; c", True, "a & b &amp; c"),  # entities decoded once
        ("&notes stay", True, "&notes stay"),  # unterminated references are text
        ("x&nbsp;&nbsp;y", True, "x y"),
        ("&#32;edge&#32;", False, "edge"),  # spaces made by entities are squashed too
        ("a < b and c > d", True, "a < b and c > d"),  # not tags
        ("\u200bzero width\u200b", True, "\u200bzero width\u200b"),  # kept verbatim
        ("", True, ""),
        # A tag left behind when the tags inside it are dropped is a tag too.
        ("x <a<i>>", True, "x"),
        ('Read <a title="the <b>new</b> rules">this</a> first', True, "Read this first"),
        ("if a < b <i>and</i> c > d", True, "if a < b and c > d"),  # "< b" opens no tag
        ("<span" + " " * 500 + "class=x>word", True, "word"),  # read in squashed text
    ],
)
def test_clean_text(raw: str, tags: bool, clean: str) -> None:
    assert clean_text(raw, tags=tags) == clean


def _reference(raw: str, tags: bool) -> str:
    # Tags dropped from squashed text until none is left (quadratic, fine for a test).
    if tags:
        raw = " ".join(raw.split())
        while (dropped := " ".join(HTML_TAG.sub(" ", raw).split())) != raw:
            raw = dropped
    return " ".join(decode_entities(raw).split())


# Pieces of raw text: letters, every kind of blank, tag and entity fragments.
PIECES = [*"ab <>/&#;x1 \t\n\u00a0\u2009\u200b\u3000", "&amp;", "&#32;", "<i>", "</b>"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(TEXT, st.booleans())
@example("<a<i>>", True)
@example("x <a<b<i>>>> y", True)
def test_the_fast_path_gives_what_splitting_gives(raw: str, tags: bool) -> None:
    assert clean_text(raw, tags=tags) == _reference(raw, tags)


@given(TEXT)
@example("<a \n>")  # a tag with a newline inside: it was kept as "<a >", then dropped
@example("<a<i>>")  # dropping <i> left the tag "<a >": it was kept, then dropped
def test_cleaning_is_idempotent_without_entities(raw: str) -> None:
    once = clean_text(raw.replace("&", ""))
    assert clean_text(once) == once


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jane  DOE", "jane doe"),
        (" Stra\u00dfe\u00a0Nord ", "strasse nord"),
        ("\tA\nB ", "a b"),
    ],
)
def test_fold_key(text: str, key: str) -> None:
    assert fold_key(text) == key
