"""The rendered-text content model: which lines of a page are its article.

Each case is a page built here from the shapes rendered pages have (navigation
bullets, a header, wrapped paragraphs, listings, charts, teasers), never a real site's
text, and checks what the body keeps and leaves out.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse import Document, SeedparseError, WebPageReader
from seedparse.formats.webpage.lines import Page, PageHints, Rules

READER = WebPageReader()

NAV = "\n".join(f"  \u2022 Section {n}" for n in range(1, 15))
FOOTER = "\n".join(f"  \u2022 Footer link {n}" for n in range(1, 10))
FOOTER += "\n\u00a9 2024 Example Media"


def paragraph(n: int, words: int = 40) -> str:
    """A sentence-ending paragraph of ``words`` words, distinct per ``n``."""
    body = " ".join(f"word{n}x{k}" for k in range(words - 1))
    return f"Paragraph {n} says {body}."


def read(text: str) -> Document:
    doc = READER.read(text, "page.txt")
    for passage in doc.passages:
        assert 0 <= passage.span.start < passage.span.end <= len(text)
    return doc


def test_body_is_the_stretch_of_prose_between_menus() -> None:
    text = "\n\n".join(
        [NAV, "A Headline Without Punctuation", *(paragraph(n) for n in range(1, 6)), FOOTER]
    )
    doc = read(text)
    assert [p.text for p in doc.passages] == [paragraph(n) for n in range(1, 6)]


def test_a_few_soft_lines_inside_the_article_stay() -> None:
    text = "\n\n".join(
        [NAV, paragraph(1), "A subheading", paragraph(2), "1. First\n2. Second", paragraph(3)]
    )
    doc = read(text)
    kept = [p.text for p in doc.passages]
    assert kept[0] == paragraph(1) and kept[-1] == paragraph(3)
    assert "A subheading" in doc.headings
    assert "Section 3" not in doc.text


def test_wrapped_paragraph_is_one_passage() -> None:
    lines = [
        "This paragraph was broken into lines by the renderer where the markup",
        "had line breaks, so no single line of it ends like a sentence does and",
        "none of them has twenty words, yet together they are one long paragraph",
        "of the article that a reader of lines alone must keep as a whole piece.",
    ]
    text = "\n\n".join([NAV, paragraph(1), "\n".join(lines), paragraph(2), FOOTER])
    doc = read(text)
    joined = " ".join(lines)
    assert joined in [p.text for p in doc.passages]
    wrapped = next(p for p in doc.passages if p.text == joined)
    assert text[wrapped.span.start : wrapped.span.end] == "\n".join(lines)


def test_code_listing_is_a_code_passage() -> None:
    listing = "function greet(name) {\n  if (!name) {\n    return null;\n  }\n  return name;\n}"
    text = "\n\n".join([NAV, paragraph(1), "Here is how:", listing, paragraph(2), FOOTER])
    doc = read(text)
    code = [p for p in doc.passages if p.kind == "code"]
    assert [p.text for p in code] == [listing]
    assert doc.passages[0].text == paragraph(1) and doc.passages[-1].text == paragraph(2)


def test_a_chart_of_short_lines_does_not_split_the_article() -> None:
    chart = "\n\n".join(["$900", "billion", *(f"'{n:02d}" for n in range(10, 40))])
    first = [paragraph(n) for n in range(1, 5)]
    second = [paragraph(n) for n in range(5, 12)]
    text = "\n\n".join([NAV, *first, chart, *second, FOOTER])
    doc = read(text)
    kept = [p.text for p in doc.passages if p.kind == "paragraph"]
    assert kept[: len(first)] == first
    assert kept[-len(second) :] == second


def test_a_related_heading_keeps_teasers_out() -> None:
    teasers = "\n\n".join(f"Teaser title {n}\n\n{paragraph(100 + n, 25)}" for n in range(3))
    text = "\n\n".join(
        [NAV, *(paragraph(n) for n in range(1, 9)), "Related articles", NAV, teasers]
    )
    doc = read(text)
    assert paragraph(8) in doc.text
    assert paragraph(100) not in doc.text


def test_ideographic_sentences_are_prose() -> None:
    sentences = [
        "这是第一句话\uff0c它描述了文章的主要内容和背景\uff0c读者可以从中了解事件的来龙去脉。",
        "第二句话继续说明细节\uff0c包括时间\u3001地点和参与的人物\uff0c以及他们各自的看法。",
        "最后一句话总结全文\uff0c并指出这件事情对未来可能产生的影响和意义。",
    ]
    nav = "\n".join(f"  \u2022 栏目{n}" for n in range(10))
    text = "\n\n".join([nav, *sentences, nav.replace("栏目", "链接")])
    doc = read(text)
    assert [p.text for p in doc.passages] == sentences


def test_page_without_a_sentence_keeps_what_is_not_furniture() -> None:
    doc = read("Test Case 1\n\nTest Case 2")
    assert doc.text == "Test Case 1\n\nTest Case 2"
    assert read("  \u2022 Home\n  \u2022 About").passages == ()


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_menu_between_two_articles_separates_them(blank: str) -> None:
    big = [paragraph(n) for n in range(1, 10)]
    small = [paragraph(n) for n in range(20, 22)]
    text = blank.join([*small, NAV, NAV.replace("Section", "Topic"), *big])
    doc = read(text)
    assert paragraph(1) in doc.text and paragraph(9) in doc.text
    assert paragraph(20) not in doc.text


LINE = st.one_of(
    st.sampled_from(["", "  \u2022 Home", "By Jane Doe", "Share", "}", "x = f(y);", "\u00a9 2020"]),
    st.builds(paragraph, st.integers(0, 50), st.integers(1, 45)),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=40))
def test_noisy_pages_give_documents_with_spans_inside(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        doc = READER.read(text, "noise.txt")
    except SeedparseError:
        return
    for passage in doc.passages:
        assert 0 <= passage.span.start <= passage.span.end <= len(text)
        for citation in passage.citations:
            assert passage.span.start <= citation.span.start <= citation.span.end
            assert citation.span.end <= passage.span.end
    assert Document.from_dict(doc.to_dict()) == doc


def test_comments_after_the_article_do_not_outweigh_it() -> None:
    article = [paragraph(n) for n in range(1, 5)]
    comments = "\n\n".join(
        f"Reader {n} \u00b7 March {n}, 2017\n\n{paragraph(50 + n, 60)}\n\n  \u2022 Reply"
        for n in range(1, 7)
    )
    text = "\n\n".join([NAV, *article, "There are 6 comments", comments, FOOTER])
    doc = read(text)
    assert [p.text for p in doc.passages] == article


# -- table layouts and lists of points ----------------------------------------------

SIDEBAR = ["Our shop", "Help desk", "Contact us", "Jobs", "Press room", "Status page"]
POINTS = [
    f"{marker} Changed the way step {n} handles slow storage volumes"
    for n, marker in zip(range(1, 13), "+" * 6 + "*" * 5 + "-", strict=True)
]


def test_a_list_of_points_without_final_punctuation_is_the_article() -> None:
    """Items of several words each, no sentence among them: a changelog, not a menu."""
    text = "\n\n".join([NAV, "Release Notes For Version Nine", "\n".join(POINTS), FOOTER])
    doc = read(text)
    body = "\n".join(p.text for p in doc.passages)
    for n in range(1, 13):
        assert f"step {n} handles" in body
    assert "Section 3" not in body
    assert "Footer link" not in body


def test_short_bullet_items_stay_navigation() -> None:
    """A run of bullets of one or two words is a menu, however long the run."""
    menu = "\n".join(f"+ Topic {n}" for n in range(1, 15))
    text = "\n\n".join([menu, *(paragraph(n) for n in range(1, 4)), FOOTER])
    body = "\n".join(p.text for p in read(text).passages)
    assert "Topic" not in body
    assert "Paragraph 2 says" in body


def test_cells_of_a_table_layout_are_read_as_separate_lines() -> None:
    """A sidebar cell padded onto the same line as the article's text is its own line."""
    rows = []
    for n, point in enumerate(POINTS):
        cell = SIDEBAR[n] if n < len(SIDEBAR) else ""
        rows.append(f"{point:<70}{' ' * 20}{cell}".rstrip())
    text = "\n\n".join([NAV, "Release Notes For Version Nine", "\n".join(rows), FOOTER])
    doc = read(text)
    body = "\n".join(p.text for p in doc.passages)
    for n in range(1, 13):
        assert f"step {n} handles" in body
    for cell in SIDEBAR:
        assert cell not in body
    for passage in doc.passages:
        assert text[passage.span.start : passage.span.end].strip() != ""


def test_a_wide_gap_splits_cells_with_exact_spans() -> None:
    """Each cell keeps its own span in the source: no blanks of the gap inside it."""
    text = "Left cell words here" + " " * 30 + "Right cell words\nA lone line\nAnother one\n"
    page = Page(text, [], PageHints(), Rules())
    assert page.strip == [
        "Left cell words here",
        "Right cell words",
        "A lone line",
        "Another one",
    ]
    assert page.is_side_cell(1)
    assert not page.is_side_cell(2)
    for i in range(page.count):
        start, end = page.span(i)
        assert text[start:end] == page.strip[i]


def test_rows_of_a_data_table_stay_whole_lines() -> None:
    """Most lines of the paragraph have several cells: a table's rows, read as rows."""
    rows = [f"{f'state {n}':<20}{f'next step {n}':<30}{f'note {n} on the row'}" for n in range(4)]
    text = "Intro line\n\n" + "\n".join(f"{row[:20]}{' ' * 12}{row[20:]}" for row in rows) + "\n"
    page = Page(text, [], PageHints(), Rules())
    assert page.count == 5
    assert page.strip[1].startswith("state 0") and page.strip[1].endswith("note 0 on the row")
    assert not any(page.is_side_cell(i) for i in range(page.count))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet="ab .+*-\u2022", min_size=0, max_size=12), max_size=3),
        max_size=8,
    ),
    st.integers(min_value=1, max_value=30),
)
def test_cell_spans_are_exact_whatever_the_gaps(rows: list[list[str]], gap: int) -> None:
    """Lines split at wide gaps or not, every line's span holds exactly its text."""
    text = "\n".join((" " * gap).join(row) for row in rows)
    page = Page(text, [], PageHints(), Rules())
    previous = -1
    for i in range(page.count):
        start, end = page.span(i)
        assert 0 <= start < end <= len(text)
        assert start > previous
        assert text[start:end] == page.strip[i]
        previous = end - 1
    assert "".join("".join(line.split()) for line in page.strip) == "".join(text.split())


def test_teasers_nested_under_a_menu_entry_are_not_a_list_of_points() -> None:
    """Long items indented under a short bullet are a menu's teasers, not the article."""
    teasers = "\n".join(
        f"      \u2022 Teaser headline number {n} about a thing that happened today"
        for n in range(6)
    )
    text = "\n\n".join(
        ["  \u2022 Topics\n" + teasers, *(paragraph(n) for n in range(1, 4)), FOOTER]
    )
    body = "\n".join(p.text for p in read(text).passages)
    assert "Teaser headline" not in body
    assert "Paragraph 3 says" in body
