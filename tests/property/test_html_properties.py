"""The ``html`` reader on generated markup: spans, citations and errors (Hypothesis).

Pages are built from real tags (blocks, inline elements, links with and without
``href``, tables, lists, scripts, comments), attributes, entities, quotation marks,
stray ``<`` and ``&``, unclosed and misnested tags. Whatever comes out:

* every passage span and every citation span lies inside the source text;
* every citation lies inside the span of the passage that holds it, and the
  document's citations are exactly the passages' citations, in source order;
* a passage built from an element starts at that element's markup (``<``);
* reading twice gives the same Document, and only ``SeedparseError`` ever escapes,
  for any text at all.
"""

# ruff: noqa: E501  (HTML fixtures are written as pages are)
from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import Document
from seedparse.formats.html import HtmlReader

READER = HtmlReader()

TAGS = [
    "p",
    "div",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "code",
    "table",
    "tr",
    "td",
    "th",
    "span",
    "b",
    "i",
    "em",
    "nav",
    "footer",
    "aside",
    "header",
    "main",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "font",
    "center",
]
ATTRS = [
    "",
    ' class="content"',
    ' class="sidebar"',
    ' id="main"',
    " hidden",
    ' style="display:none"',
    ' aria-hidden="true"',
    ' class="byline"',
    ' rel="author"',
    ' itemprop="articleBody"',
    " class='a\"b'",
    " data-x=1/",
    ' class="comment share"',
]
TEXT = st.sampled_from(
    [
        "The council met on Tuesday, and it agreed to rebuild the harbour wall. ",
        "\u201cWe cannot wait,\u201d said Aline Brooks. ",
        '"Straight quotes," he said. ',
        "&amp; &lt;b&gt; &#8220;x&#8221; &#0; &#xD800; &notanentity; &amp",
        "words ",
        "\u00a0",
        "\n",
        "  ",
        "<",
        "&",
        ">",
        "\u202e",
        "\u200b",
        "caf\u00e9 cr\u00e8me",
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ",
    ]
)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.integers(0, 9))
        if choice <= 3 or depth > 4:
            parts.append(draw(TEXT))
        elif choice <= 6:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(ATTRS))
            inner = draw(markup(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</div>", "</p>"]))
            parts.append(f"<{tag}{attrs}>{inner}{close}")
        elif choice == 7:
            href = draw(
                st.sampled_from(
                    [
                        "/x",
                        "http://example.org/a?b=1&amp;c=2",
                        "#top",
                        "javascript:void(0)",
                        "",
                        "x\u202ey",
                    ]
                )
            )
            inner = draw(markup(depth + 1))
            parts.append(f'<a href="{href}">{inner}</a>')
        elif choice == 8:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "<script>var a = '<p>x</p>';</script>",
                            "<style>p{}</style>",
                            "<!-- c -->",
                            "<!--",
                            "<br>",
                            "<br/>",
                            "<img src=x alt=y>",
                            "<hr>",
                            "</span>",
                            "<p",
                            "<a",
                            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
                            ' "author": {"name": "Jane Doe"}}</script>',
                            '<script type="application/ld+json">{broken</script>',
                            '<meta property="og:title" content="OG">',
                            "<title>T &amp; t</title>",
                            '<time datetime="2025-03-13">13 March</time>',
                            '<base href="http://b.example/">',
                        ]
                    )
                )
            )
        else:
            parts.append(
                "<table><tr><td>" + draw(markup(depth + 1)) + "</td><td>c</td></tr></table>"
            )
    return "".join(parts)


PAGES = st.builds(
    lambda head, body, tail: head + body + tail,
    st.sampled_from(
        [
            "<!DOCTYPE html><html><head><title>A page</title></head><body>",
            "<html><body>",
            "<!doctype html>",
            "",
        ]
    ),
    markup(),
    st.sampled_from(["</body></html>", "", "</html><p>after the end</p>"]),
)


def check(doc: Document, text: str) -> None:
    inside: list[seedparse.Citation] = []
    for passage in doc.passages:
        assert 0 <= passage.span.start <= passage.span.end <= len(text)
        if passage.kind == "code":  # a listing keeps its lines and indentation
            assert passage.text.strip() and passage.text == passage.text.strip("\n")
        else:
            assert passage.text == passage.text.strip()
        for cited in passage.citations:
            assert passage.span.start <= cited.span.start <= cited.span.end <= passage.span.end
        inside.extend(passage.citations)
    assert sorted(inside, key=lambda c: (c.span.start, c.span.end)) == list(doc.citations)
    for cited in doc.citations:
        assert 0 <= cited.span.start <= cited.span.end <= len(text)
        if cited.kind == "link":
            assert text[cited.span.start : cited.span.start + 2] == "<a"
    json.dumps(doc.to_dict(), allow_nan=False)
    for value in (doc.title or "", doc.text, *doc.authors):
        value.encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(PAGES)
# A <br> before a link that opens an anonymous block: the block started at the anchor's
# text, and the link citation was clamped to it instead of starting at its <a.
@example(
    '<!DOCTYPE html><html><head><title>A page</title></head><body><br><a href="/x">The council met on Tuesday, and it agreed to rebuild the harbour wall. </a>Other words follow here in the same block of text. </html><p>after the end</p>'
)
def test_spans_and_citations_lie_inside_the_source(page: str) -> None:
    text = seedparse.normalize_text(page)
    doc = READER.read(text, "<generated>")
    check(doc, text)
    assert READER.read(text, "<generated>") == doc


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"'&;#!?-ap bdivx\n\u00a0\ud7ff")), max_size=300))
def test_any_text_gives_a_document_or_a_seedparse_error(text: str) -> None:
    try:
        doc = seedparse.parse("<html>" + text, reader="html")
    except seedparse.SeedparseError:
        return
    check(doc, seedparse.normalize_text("<html>" + text))
