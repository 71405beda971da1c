"""The ``html`` reader on small, realistic pages written for these tests.

Each page is a kind crawls store: a news article with a JSON-LD ``@graph``, a blog
without metadata, a documentation page with code and a table, broken markup, a
legacy-encoded page declaring its charset, and hostile markup (entity floods, deep
nesting, a tag with a million attributes). Every test also checks the span contract:
``text[span.start:span.end]`` is the element's markup.
"""

# ruff: noqa: E501  (HTML fixtures are written as pages are)
from __future__ import annotations

import datetime as dt
import json

import pytest

import seedparse
from seedparse import Document
from seedparse.formats.html import HtmlReader
from seedparse.formats.html.content import Block, Container, select_article
from seedparse.formats.html.meta import clean_title
from seedparse.formats.html.tree import MAX_DEPTH, decode_html, parse_html

READER = HtmlReader()

PARAGRAPH = (
    "The council met on Tuesday to discuss the harbour budget, which has grown by a "
    "third since the storms of last winter, and to hear from the engineers who surveyed "
    "the sea wall."
)


def nav(n: int = 8) -> str:
    items = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(n))
    return f'<nav class="site-nav"><ul>{items}</ul></nav>'


def footer() -> str:
    links = " | ".join(f'<a href="/about/{i}">About {i}</a>' for i in range(6))
    return f'<footer class="site-footer"><p>{links}</p><p>\u00a9 2025 Example Media</p></footer>'


def check_spans(doc: Document, text: str) -> None:
    """Every passage span is inside the text and starts at its element's markup;
    every citation lies inside its passage."""
    for passage in doc.passages:
        raw = text[passage.span.start : passage.span.end]
        assert 0 <= passage.span.start <= passage.span.end <= len(text)
        assert raw.lstrip().startswith("<") or raw.strip() == "" or raw[:1].strip(), raw[:40]
        for cited in passage.citations:
            assert passage.span.start <= cited.span.start <= cited.span.end <= passage.span.end


NEWS = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour wall to be rebuilt after storms | The Coastal Times</title>
<link rel="canonical" href="https://news.example.org/2025/03/harbour-wall">
<meta property="og:title" content="Harbour wall to be rebuilt (OG)">
<meta name="description" content="The council agreed to rebuild the sea wall.">
<script type="application/ld+json">
{
    json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "name": "The Coastal Times",
                    "url": "https://news.example.org",
                },
                {"@type": "Organization", "@id": "#org", "name": "Coastal Media Group"},
                {"@type": "Person", "@id": "#p1", "name": "Mara Quinlan"},
                {
                    "@type": "NewsArticle",
                    "headline": "Harbour wall to be rebuilt after storms",
                    "datePublished": "2025-03-13T09:30:00+02:00",
                    "dateModified": "2025-03-14T10:00:00+02:00",
                    "author": [
                        {"@id": "#p1"},
                        {"@type": "Person", "name": "Tomas Ek"},
                        {"@type": "Organization", "name": "Coastal Desk"},
                    ],
                    "publisher": {"@id": "#org", "name": "Coastal Media Group"},
                    "keywords": "harbour, storms, council",
                    "articleSection": "Local",
                },
            ],
        }
    )
}
</script>
<style>p {{ color: red }}</style>
</head>
<body>
{nav()}
<div class="cookie-banner"><p>We use cookies to improve your experience on this site. Accept?</p></div>
<main>
<article class="article-body">
<h1>Harbour wall to be rebuilt after storms</h1>
<p class="byline">By <a rel="author" href="/authors/mq">Mara Quinlan</a> and Tomas Ek</p>
<p>{PARAGRAPH} The plan, approved unanimously, will cost &pound;4.2m &amp; take two years.</p>
<p>\u201cWe cannot wait for another winter like the last one,\u201d said Aline Brooks, the council\u2019s engineer, adding that the work would start in May.</p>
<h2>What happens next</h2>
<p>Residents will be consulted on the design at a series of meetings, details of which are
<a href="/events/harbour">on the council website</a> and in the library.</p>
<ul><li>First meeting: 2 April, in the town hall, with the engineers present.</li>
<li>Second meeting: 9 April, at the harbour office, for the fishing crews.</li></ul>
<blockquote><p>The harbour is the reason this town exists at all, and it must be protected.</p></blockquote>
<p>{PARAGRAPH}</p>
</article>
<aside class="related-articles"><h3>Related</h3><ul>
<li><a href="/a">Storm damage in pictures</a></li><li><a href="/b">Council budget explained</a></li>
</ul></aside>
</main>
{footer()}
</body>
</html>
"""


def test_news_page_with_json_ld_graph() -> None:
    doc = READER.read(NEWS, "news.html")
    assert doc.reader == "html"
    assert doc.title == "Harbour wall to be rebuilt after storms"
    assert doc.authors == ("Mara Quinlan", "Tomas Ek")  # persons only, @id resolved
    assert doc.published == dt.datetime(
        2025, 3, 13, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert doc.dateline == "2025-03-13T09:30:00+02:00"
    meta = doc.metadata
    assert meta["url"] == "https://news.example.org/2025/03/harbour-wall"
    assert meta["language"] == "en-GB"
    assert meta["publisher"] == "Coastal Media Group"
    assert meta["keywords"] == ("harbour", "storms", "council")
    assert meta["article_section"] == "Local"
    assert meta["type"] == "NewsArticle"
    assert meta["dek"] == "The council agreed to rebuild the sea wall."
    assert meta["date_modified"] == "2025-03-14T10:00:00+02:00"
    assert "Mara Quinlan" in meta["byline"]

    kinds = [p.kind for p in doc.passages]
    text = doc.text
    # The body: article blocks only, the title heading and the byline left out.
    assert kinds[0] == "paragraph"
    assert "cookies" not in text and "Section 3" not in text and "About 2" not in text
    assert "Storm damage in pictures" not in text
    assert "\u00a32.4m" not in text and "\u00a34.2m & take two years." in text
    assert "heading" in kinds and "list_item" in kinds and "quote" in kinds
    heading = next(p for p in doc.passages if p.kind == "heading")
    assert heading.text == "What happens next"
    after = doc.passages[kinds.index("heading") + 1]
    assert after.section == ("What happens next",)
    # Links: absolute URLs resolved against the canonical URL, inside their passage.
    links = [c for c in doc.citations if c.kind == "link"]
    assert [(c.text, c.target) for c in links] == [
        ("on the council website", "https://news.example.org/events/harbour")
    ]
    assert NEWS[links[0].span.start : links[0].span.end].startswith('<a href="/events/harbour">')
    # Quotations: the shared quote finder, mapped back onto the raw HTML.
    quotes = [c for c in doc.citations if c.kind == "quotation"]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Aline Brooks"
    assert quotes[0].text.startswith("We cannot wait")
    raw_quote = NEWS[quotes[0].span.start : quotes[0].span.end]
    assert raw_quote.startswith("\u201cWe cannot wait") and raw_quote.endswith("\u201d")
    check_spans(doc, NEWS)
    for passage in doc.passages:
        raw = NEWS[passage.span.start : passage.span.end]
        assert raw.startswith("<"), raw[:30]
    first = doc.passages[0]
    assert NEWS[first.span.start : first.span.end].startswith("<p>The council met")
    assert NEWS[first.span.start : first.span.end].endswith("</p>")


BLOG = f"""<html><head><title>Notes from the allotment - Greenfinger blog</title></head>
<body><div id="header"><a href="/">Greenfinger</a> <a href="/archive">Archive</a></div>
<div id="wrapper"><div class="sidebar"><h3>Archive</h3><ul>
{"".join(f'<li><a href="/{y}">{y}</a></li>' for y in range(2010, 2025))}</ul></div>
<div class="post">
<h2>Notes from the allotment</h2>
<div class="entry">
<p>It rained for most of the week, so the beans went in late, but the soil was warm enough, and the first shoots came up within ten days.</p>
<p>The tomatoes, on the other hand, sulked in the greenhouse until I moved them to the sunny side of the shed, where they finally began to flower.</p>
<p>Next month I will try the old trick of planting marigolds between the rows, which my neighbour swears keeps the whitefly away from everything.</p>
</div></div>
<div class="comments"><h3>3 comments</h3><p>Great post! Thanks for sharing, I will try it, really.</p></div>
</div></body></html>"""


def test_blog_without_metadata() -> None:
    doc = READER.read(BLOG, "blog.html")
    # A cut of four words or fewer is not trusted to be the headline: <title> stays.
    assert doc.title == "Notes from the allotment - Greenfinger blog"
    assert doc.authors == ()
    assert doc.published is None and doc.dateline is None
    texts = [p.text for p in doc.passages]
    assert len([t for t in texts if t.startswith(("It rained", "The tomatoes", "Next month"))]) == 3
    assert not any("Great post" in t or t == "2015" for t in texts)
    check_spans(doc, BLOG)


DOCS = """<!doctype html><html><head><title>Installing the tool &mdash; Widget docs</title>
<meta name="author" content="Docs Team"></head><body>
<div class="toc"><ul><li><a href="#a">Install</a></li><li><a href="#b">Configure</a></li></ul></div>
<div class="document"><div class="body" role="main">
<h1>Installing the tool</h1>
<p>Install the package from the index with the usual installer, then check that the command runs, as the example below shows for a fresh environment.</p>
<pre><code>$ pip install widget
$ widget --version
widget 1.2.0</code></pre>
<p>The options below can be set in the configuration file, and each has a default that suits a small project, so most users never change them.</p>
<table><thead><tr><th>Option</th><th>Default</th><th>Meaning</th></tr></thead>
<tbody><tr><td>jobs</td><td>2</td><td>How many worker processes run at once</td></tr>
<tr><td>cache</td><td>on</td><td>Whether results are kept between runs</td></tr></tbody></table>
<p>See <a href="config.html#jobs">the configuration page</a> for every option, including the ones that only matter on large machines.</p>
</div></div></body></html>"""


def test_docs_page_with_code_and_table() -> None:
    doc = READER.read(DOCS, "docs.html")
    kinds = [p.kind for p in doc.passages]
    assert "code" in kinds and "table" in kinds
    code = next(p for p in doc.passages if p.kind == "code")
    assert code.text == "$ pip install widget\n$ widget --version\nwidget 1.2.0"
    assert DOCS[code.span.start : code.span.end].startswith("<pre>")
    assert DOCS[code.span.start : code.span.end].endswith("</pre>")
    table = next(p for p in doc.passages if p.kind == "table")
    assert table.text.split("\n")[0] == "Option | Default | Meaning"
    assert "cache | on | Whether results are kept between runs" in table.text
    assert DOCS[table.span.start : table.span.end].startswith("<table>")
    assert doc.authors == ("Docs Team",)
    assert doc.title == "Installing the tool \u2014 Widget docs"
    link = next(c for c in doc.citations if c.kind == "link")
    assert link.target == "config.html#jobs"  # no base URL known: kept as written
    check_spans(doc, DOCS)


BROKEN = """<html><head><title>Broken page</title><body>
<div class=content><p>First paragraph with <b>bold <i>nested</b> text</i> and an unclosed link
<a href="http://example.org/x">here, which runs on for a while so that it is a long paragraph
<p>Second paragraph, opened without closing the first, which the parser must close itself, with some words.
<p>Third paragraph &amp; an entity, &#8220;quoted words that go on,&#8221; she said, &notanentity; end.
</div></span></td></table>
<div><p>Trailing <p>paragraphs <li>after stray closers, and an attribute with no end <a href="x
"""


def test_broken_markup_still_gives_a_document() -> None:
    doc = READER.read(BROKEN, "broken.html")
    texts = [p.text for p in doc.passages]
    assert any(
        t.startswith("First paragraph with bold nested text and an unclosed link") for t in texts
    )
    assert any(t.startswith("Second paragraph, opened") for t in texts)
    third = next(t for t in texts if t.startswith("Third paragraph"))
    assert "& an entity, \u201cquoted words that go on,\u201d she said, &notanentity; end." in third
    check_spans(doc, BROKEN)
    assert json.dumps(doc.to_dict(), allow_nan=False)


def test_cp1252_bytes_with_meta_charset(tmp_path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\u00e9 society</title></head><body><article><p>"
        + "The caf\u00e9 on the corner serves cr\u00e8me br\u00fbl\u00e9e \u2013 \u201cthe best in town\u201d. "
        * 8
        + "</p></article></body></html>"
    )
    data = page.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_html(data)
    assert decoded.encoding == "cp1252" and decoded.method == "declared"
    assert decoded.text == page
    doc = READER.read_bytes(data, "cafe.html")
    assert doc.title == "Caf\u00e9 society" and doc.metadata["encoding"]["name"] == "cp1252"
    assert "cr\u00e8me br\u00fbl\u00e9e" in doc.text and "\ufffd" not in doc.text
    path = tmp_path / "cafe.txt"  # the extension says nothing: content decides
    path.write_bytes(data)
    loaded = seedparse.load(path)
    assert loaded.reader == "html"
    assert loaded.metadata["encoding"]["name"] == "cp1252"
    assert loaded.metadata["encoding"]["method"] == "declared"
    assert "\ufffd" not in loaded.text and "cr\u00e8me" in loaded.text


def test_undeclared_legacy_bytes_are_detected() -> None:
    page = (
        "<html><body><p>"
        + "Les cr\u00e8mes br\u00fbl\u00e9es du caf\u00e9 \u00e9taient d\u00e9licieuses. " * 20
        + "</p></body></html>"
    )
    decoded = decode_html(page.encode("cp1252"))
    assert decoded.encoding != "utf-8"
    assert decoded.method == "detected"
    assert "caf\u00e9" in decoded.text and "d\u00e9licieuses" in decoded.text


def test_entity_flood_is_decoded_once() -> None:
    flood = "&amp;amp;" * 20000
    page = f"<html><body><article><p>{PARAGRAPH}</p><p>{flood}</p></article></body></html>"
    doc = READER.read(page, "flood.html")
    assert "&amp;" * 20000 in doc.text  # one level of decoding, never two
    check_spans(doc, page)


def test_deep_nesting_keeps_the_text_after_it() -> None:
    depth = 5000
    page = (
        "<html><body>"
        + "<div>" * depth
        + f"<p>{PARAGRAPH} Deep.</p>"
        + "</div>" * depth
        + f"<p>{PARAGRAPH} After.</p></body></html>"
    )
    tree = parse_html(page)
    assert any("nested deeper than" in w for w in tree.warnings)
    doc = READER.read(page, "deep.html")
    assert doc.text.count(PARAGRAPH) == 2
    assert "Deep." in doc.text and "After." in doc.text
    assert any("nested deeper than" in w for w in doc.metadata["warnings"])
    check_spans(doc, page)
    assert MAX_DEPTH < 256  # lxml (libxml2) stops reading at 256


def test_a_million_attributes_do_not_reach_lxml() -> None:
    attrs = " ".join(f"data-a{i}=1" for i in range(1_000_000))
    page = f"<html><body><article><p {attrs}>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p></article></body></html>"
    doc = READER.read(page, "attrs.html")
    assert doc.text.count(PARAGRAPH) == 2


def test_huge_text_node_is_not_lost() -> None:
    # libxml2 drops a text node over 10 MB without an error; text never reaches it.
    words = "word " * 2_200_000
    page = f"<html><body><p>{words}</p><p>After the long one.</p></body></html>"
    doc = READER.read(page, "huge.html")
    assert len(doc.passages[0].text) == len(words.strip())
    assert doc.passages[-1].text == "After the long one."


def test_hidden_and_script_content_is_not_body() -> None:
    page = f"""<html><body><article>
    <p>{PARAGRAPH}</p>
    <div style="display: none"><p>Hidden words that nobody can see on the page at all.</p></div>
    <p hidden>Also hidden from every reader of the page, by the attribute.</p>
    <script>var p = "<p>not text</p>";</script>
    <noscript><p>Enable scripts to see this page properly, please.</p></noscript>
    <p>{PARAGRAPH} Visible.</p></article></body></html>"""
    doc = READER.read(page, "hidden.html")
    assert "Hidden words" not in doc.text and "Also hidden" not in doc.text
    assert "not text" not in doc.text and "Enable scripts" not in doc.text
    assert "Visible." in doc.text


def test_javascript_links_are_not_citations() -> None:
    page = f'<html><body><article><p>{PARAGRAPH} <a href="javascript:void(0)">Click</a> <a href="mailto:x@example.org">mail</a></p></article></body></html>'
    doc = READER.read(page, "js.html")
    assert [c.target for c in doc.citations if c.kind == "link"] == ["mailto:x@example.org"]


@pytest.mark.parametrize("before", ["<br>", "<br>\n", "<br><br>\n  ", '<img src="/logo.gif"><br>'])
def test_a_loose_link_in_body_is_cited_from_its_start_tag(before: str) -> None:
    """Old and hand-written pages put text straight into ``<body>``: a line break, then
    a link that opens the text. The passage spans the ``<a>`` element it read, and the
    link citation is the element, not its anchor text."""
    page = f"""<html><head><title>Harbour notes</title></head>
<body bgcolor="#ffffff">
<h1>Harbour notes</h1>
{before}<a href="/news/harbour-wall.html">The council met on Tuesday, and it agreed to rebuild the harbour wall</a>, after a winter of storms that broke it in three places and flooded the fish market twice.
<br><br>
<p>{PARAGRAPH}</p>
</body></html>"""
    doc = READER.read(page, "notes.html")
    check_spans(doc, page)
    (link,) = [c for c in doc.citations if c.kind == "link"]
    assert page[link.span.start : link.span.end] == (
        '<a href="/news/harbour-wall.html">The council met on Tuesday, and it agreed to'
        " rebuild the harbour wall</a>"
    )
    assert link.text == "The council met on Tuesday, and it agreed to rebuild the harbour wall"
    (passage,) = [p for p in doc.passages if link in p.citations]
    assert passage.span.start == link.span.start
    assert passage.text.startswith("The council met on Tuesday") and passage.text.endswith(
        "flooded the fish market twice."
    )
    assert doc.passages[-1].text == PARAGRAPH


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour wall to be rebuilt | The Coastal Times", "Harbour wall to be rebuilt"),
        ("The Coastal Times | Harbour", "The Coastal Times | Harbour"),
        ("Short | Site", "Short | Site"),
        ("Lorem ipsum dolor sit amet \u2013 My website", "Lorem ipsum dolor sit amet"),
        ("Breaking: the harbour wall will be rebuilt", "the harbour wall will be rebuilt"),
        ("A long title with a colon: here it is now", "A long title with a colon: here it is now"),
    ],
)
def test_title_without_site_name(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_title_with_colon_kept_when_a_heading_repeats_it() -> None:
    title = "A long title with a colon: Hello there"
    assert clean_title(title, (title,)) == title


def test_sniff_by_content_not_name() -> None:
    assert READER.sniff("<!DOCTYPE html><html><head>") > 0.9
    assert READER.sniff("  \n<html lang=en><body>") > 0.9
    assert READER.sniff("<?xml version='1.0'?>\n<html xmlns='x'>") > 0.9
    fragment = "<div><p>a</p><p>b</p></div>" * 10 + "<head></head><body></body><title></title>"
    assert READER.sniff(fragment) >= 0.6
    assert READER.sniff("Plain text about <b>bold</b> things.\nMore text.") == 0.0
    assert READER.sniff("---\ntitle: x\n---\n<a class='yt-timestamp'>") == 0.0
    assert seedparse.detect("<!doctype html><title>t</title><p>x").reader.name == "html"


def test_front_end_neutral_model_keeps_prose_and_drops_link_lists() -> None:
    """The content model on blocks a text front end could build: no HTML at all."""
    containers = [
        Container(index=0, parent=-1, tag="body"),
        Container(index=1, parent=0, tag="div", start=0, end=100),
        Container(index=2, parent=0, tag="div", start=100, end=900),
    ]
    blocks = [
        Block(
            index=i,
            kind="list_item",
            text=f"Menu entry {i}",
            start=i * 10,
            end=i * 10 + 9,
            path=(0, 1),
            tag="li",
            link_chars=12,
        )
        for i in range(6)
    ]
    blocks += [
        Block(
            index=6 + i,
            kind="paragraph",
            text=PARAGRAPH,
            start=100 + i * 200,
            end=290 + i * 200,
            path=(0, 2),
            tag="p",
        )
        for i in range(4)
    ]
    chosen = select_article(blocks, containers)
    assert chosen.top == 2
    assert chosen.blocks == (6, 7, 8, 9)
    assert select_article([], []).blocks == ()


def test_detection_leaves_the_other_formats_alone() -> None:
    """Seeds and the other readers' fixtures are never claimed as HTML (they hold
    stray tags: timestamp anchors, ``<br/>``, entities)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[4]
    paths = sorted((root / "seeds").glob("*.txt"))
    paths += sorted((root / "tests" / "fixtures").glob("*/*.*"))
    paths += sorted((root / "tests" / "fixtures").glob("*/*/*.txt"))
    assert len(paths) >= 20
    for path in paths:
        text = seedparse.read_text(path)
        assert READER.sniff(text[:8192]) == 0.0, path.name
        assert seedparse.detect(text).reader.name != "html", path.name


def test_external_entities_never_load(tmp_path) -> None:
    """XXE and entity bombs in a doctype stay text: lxml never sees the page, and
    entities are decoded from the HTML5 table only."""
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        f"<html><body><article><p>{PARAGRAPH} &xxe; &lol2;</p></article></body></html>"
    )
    path = tmp_path / "xxe.html"
    path.write_text(page, encoding="utf-8")
    doc = seedparse.load(path)
    assert doc.reader == "html"
    dumped = json.dumps(doc.to_dict())
    assert "root:x:0:0" not in dumped and "lollol" not in dumped
    assert "&xxe; &lol2;" in doc.text
