"""The html reader's fast paths give the answers of the plain ones they stand in for.

Each speed-up of the reader (issue 14) replaced a general step by a faster one for the
common case; these tests hold the fast step to the general one on the cases where they
could part: non-ASCII class names, full caches, attribute lists on both sides of the
``findall`` span, the tree's node list against a walk of the tree, and the character
map of a quotation's block against the source.
"""

from __future__ import annotations

import re

import pytest

from seedparse.formats.html import HtmlReader, blocks, tree
from seedparse.formats.html.tree import parse_html

NAMES = [
    "article-body",
    "ARTICLE-BODY",
    "Sidebar Widget",
    "comment-list",
    "post hid",
    "hid",
    "xhid",
    "",
    # Non-ASCII: re.IGNORECASE folds these and lower() does not (or differently).
    "\u212aomment",  # KELVIN SIGN for "k" is not in the words; "omment" is not either
    "comm\u0130nt",  # LATIN CAPITAL I WITH DOT ABOVE: lower() gives two characters
    "\u017fhare",  # LONG S folds to "s" under re.IGNORECASE: "share"
    "SHARE-\u00e9",
    "s\u0131debar",  # DOTLESS I
]


@pytest.mark.parametrize("name", NAMES)
def test_vocabulary_matches_ignorecase_search(name: str) -> None:
    for vocabulary in (
        blocks._UNLIKELY,
        blocks._MAYBE,
        blocks._POSITIVE,
        blocks._NEGATIVE,
        blocks._BYLINE,
    ):
        pattern = vocabulary._folded.pattern
        expected = re.search(pattern, name, re.IGNORECASE) is not None
        assert vocabulary.search(name) is expected, (pattern, name)


def test_long_s_is_folded_as_ignorecase_folds_it() -> None:
    # The one case where the ASCII shortcut would differ: it is not taken.
    assert blocks._UNLIKELY.search("\u017fhare")
    assert not re.search(blocks._UNLIKELY._folded.pattern, "\u017fhare".lower())


def test_full_cache_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    cache: dict[str, bool] = {f"filler-{i}": False for i in range(blocks._CACHE_SIZE)}
    monkeypatch.setattr(blocks, "_UNLIKELY_NAMES", cache)
    assert blocks._names_unlikely("sidebar ") is True
    # The new name is cached: a full cache used to stop taking names for good.
    assert blocks._UNLIKELY_NAMES == {"sidebar ": True}
    assert blocks._names_unlikely("sidebar ") is True


TAGS = [
    " class=\"a\" id=b data-x='1 > 2' hidden>",
    ' A="1" a="2" B=3>',
    " v=&amp;x w='&lt;' x=\"\" y= z>",
    ' a="unclosed >',
    " / x / y=1/>",
    " " + " ".join(f"k{i}=v{i}" for i in range(300)) + ">",
    ' data="' + "x" * 9000 + '" after=1>',
    " " + "n" * 9000 + " tail=2>",
]


@pytest.mark.parametrize("body", TAGS)
def test_attribute_paths_agree(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "<div" + body + "text"
    short = tree._read_attrs(text, 4, 2048)
    monkeypatch.setattr(tree, "_FINDALL_SPAN", 0)  # every list one match at a time
    long = tree._read_attrs(text, 4, 2048)
    monkeypatch.setattr(tree, "_FINDALL_SPAN", 10**9)  # every list in one findall
    assert short == long == tree._read_attrs(text, 4, 2048)
    assert len(short[0]) <= tree.MAX_ATTRIBUTES


def test_attribute_values_read_as_before() -> None:
    attrs, end, closing = tree._read_attrs('<a href="/x?a=1&amp;b=2" REL=author/>', 2, 2048)
    assert attrs == {"href": "/x?a=1&b=2", "rel": "author/"}
    assert end == 37 and closing
    attrs, _, _ = tree._read_attrs("<a x='' y=\"\" z>", 2, 2048)
    assert attrs == {"x": "", "y": "", "z": ""}


def test_tokens_of_each_opening() -> None:
    text = "a < b <p>c</p><!-- d --><?pi?></ bogus></>e<3 </P >"
    tokens = tree._tokenize(text, 2048)
    pieces = [
        (kind, text[s:e]) for kind, s, e in zip(tokens.kind, tokens.start, tokens.end, strict=True)
    ]
    assert pieces == [
        (0, "a < b "),
        (1, "<p>"),
        (0, "c"),
        (2, "</p>"),
        (3, "<!-- d -->"),
        (3, "<?pi?>"),
        (3, "</ bogus>"),
        (0, "e<3 "),
        (2, "</P >"),
    ]
    assert tokens.name[-1] == "p"


PAGES = [
    "<p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table>",
    "<!doctype html><html lang=en><head><title>T</title><script>var a = '</p>';</script>"
    "</head><body><div class=main><h1>H</h1><!-- c --><p>a <b>b <i>c</b> d</i></p>"
    "<svg><path d='M0'/><circle/></svg><a href=/x><div>block in link</div></a></body>"
    "</html><p>after the end</p>",
    "<div>" * (tree.MAX_DEPTH + 20) + "deep" + "</div>" * (tree.MAX_DEPTH + 20),
    "<dl><dt>a<dd>b<dt>c</dl><select><option>1<option>2</select><pre>x\n y</pre>",
    "just text, no markup",
    "   ",
    "",
]


@pytest.mark.parametrize("text", PAGES)
def test_node_list_is_the_walk_of_the_tree(text: str) -> None:
    parsed = parse_html(text)
    assert parsed.nodes == list(parsed.root.iter())
    assert parsed.nodes[0] is parsed.root
    assert list(parsed.find_all("p")) == [n for n in parsed.root.iter() if n.tag == "p"]


def test_quotation_spans_point_at_the_source_words() -> None:
    text = (
        "<html><body><article>"
        + "<p>The harbour budget grew by a third since the storms of last winter.</p>" * 3
        + "<p>&ldquo;We will  rebuild\n the&nbsp;wall before the winter,&rdquo; said "
        "Mayor <b>Ann</b> Lee, who chairs the council &amp; its budget committee.</p>"
        "</article></body></html>"
    )
    document = HtmlReader().read(text, "quote.html")
    quotes = [c for c in document.citations if c.kind == "quotation"]
    assert quotes
    for quote in quotes:
        source = text[quote.span.start : quote.span.end]
        assert source.startswith(("&ldquo;", "We")), source
        assert "rebuild" in source and "wall" in source
