"""No body line lost: the harness of ``benchmarks/article_lines.py`` and its floors.

The corpus is built from Mozilla Readability's test pages in ``../shared`` (skipped
when that folder is not beside the project) and from the quotation fixtures (always
here). Today's counts are the floor; the target of issue 15 (no line lost, titles right
in 99 % of the files) is met and held.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[4]


def _load_harness() -> ModuleType:
    path = ROOT / "benchmarks" / "article_lines.py"
    spec = importlib.util.spec_from_file_location("article_lines", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["article_lines"] = module
    spec.loader.exec_module(module)
    return module


al = _load_harness()

needs_readability = pytest.mark.skipif(
    not al.READABILITY.is_dir(), reason="../shared/corpora/readability is not beside the project"
)

#: Counts measured after issue 15 phase 5 (phase 1: 298 lines lost, titles 0.883; phase 2:
#: 184 and 0.951 when captions counted as lost and sections without a paragraph were in;
#: phase 3: 24 and 0.991). Lower the losses and raise the title accuracy as the reader
#: gets better; never the other way.
#: (1952 files with qante26's 18; 1968 with qverbs26's 16; 2024 with qeval26's 56; 2042
#: with qnames26's 18; 2058 with qen26's 16; 2074 with qprec26's 16; 2098 with qlatin26's
#: 24; 2120 with qrole26's 22; 2138 with qdash26's 18, 2 lines lost before its change,
#: none after, see FLOOR_QUOTES.)
FLOOR_ALL = {"files": 2138, "lines_lost": 0, "title_accuracy": 0.990}
#: The same reader counted the old way (``--strict --all-sections``): every line in
#: metadata (captions, bylines, furniture, dropped markup) is lost, and lists under a
#: heading are texts too. Kept so that the accounting cannot hide a story line sent
#: there. (Files: 904 news texts and quotation fixtures; 934 with the 30 files of the
#: 15 quotation fixtures added in phase 6; 992 with the 58 files of the 29 Russian and
#: Ukrainian ones; 1032 with the 40 files of the 20 Russian and Ukrainian ones of qslav;
#: 1082 with the 50 files of the 25 English, French and German ones of qlatin; 1148
#: with the 66 files of the 20 Russian/Ukrainian and 13 French/German held-out ones of
#: qslav and qlatin in session 8; 1182 with the 34 files of the 17 French and German
#: held-out ones of qlatin's third round; 1210 with the 28 files of qslav's 14
#: Russian/Ukrainian held-out ones of session 10; 1228 with the 18 files of qen's 9
#: English ones; 1248 with the 20 files of qslav's 10 Russian/Ukrainian ones of session 12;
#: 1268 with the 20 files of qfr's 10 French ones; 1280 with the 12 files of qde's 6 German
#: ones of session 13;
#: 1292 with the 12 files of qen's 6 English ones of session 13;
#: 1298 with the 6 files of qfr's 3 French ones of session 13;
#: 1304 with the 6 files of qshape's 3 English ones of session 14;
#: 1310 with the 6 files of qde's 3 German ones of session 15;
#: 1318 with the 8 files of qde2's 4 German ones of session 16;
#: 1326 with the 8 files of qfr2's 4 French ones of session 16;
#: 1336 with the 10 files of the lead's 5 German ones of session 18;
#: 1356 with the 20 files of qen20's 10 English ones of session 20;
#: 1376 with the 20 files of qen20's 10 French ones of session 20;
#: 1396 with the 20 files of qslav20's 10 Ukrainian ones of session 20;
#: 1416 with the 20 files of its 10 Russian ones;
#: 1436 with the 20 files of qde20's 10 German ones of session 20;
#: 1458 with the 22 files of qfr20's 11 French ones of session 20;
#: 1478 with the 20 files of qen21's 10 English ones of session 21;
#: 1498 with the 20 files of qde21's 10 German ones of session 21;
#: 1518 with the 20 files of qfr21's 10 French ones of session 21;
#: 1538 with the 20 files of qslav21's 5 Russian and 5 Ukrainian ones of session 21;
#: 1560 with the 22 files of qslav22's 5 Russian and 6 Ukrainian ones of session 22;
#: 1580 with the 20 files of qen22's 10 English ones of session 22;
#: 1600 with the 20 files of qfr22's 10 French ones of session 22;
#: 1618 with the 18 files of qde22's 9 German ones of session 22;
#: 1670 with the 52 files of qeval23's 26 measurement cases (all languages) of session 23;
#: 1690 with the 20 files of qdash23's 10 Russian and Ukrainian ones of session 23, which
#: lost 16 lines until a dash line of direct speech was no list item;
#: 1744 with the 54 files of qeval24's 27 measurement cases (all languages) of session
#: 24, which lose no line, in either layout; 1802 with the 16 files of qvoice24's 8;
#: 1922 -> 1976 (all texts 1836 -> 1890) with the 54 files of qeval25's 27 measurement
#: cases of session 25, which lose no line, in either layout; 1994 (all 1908) with the 18
#: files of qsingle25's 9; 2010 (all 1924) with the 16 of qhead25's 8; 2020 (all 1934)
#: with the 10 of qincise25's 5.)
#: (2038 files with the 18 of qante26's 9 cases; 2054 with the 16 of qverbs26's 8; 2110
#: with the 56 files of qeval26's 28 measurement cases of session 26, which lose no line,
#: in either layout; 2128 with the 18 of qnames26's 9; 2144 with the 16 of qen26's 8;
#: 2160 with the 16 of qprec26's 8; 2184 with the 24 of qlatin26's 12; 2206 with the 22
#: of qrole26's 11.)
#: (Strict losses 148 -> 152 in session 18: a caption ending in its credit, "Fernando
#: Caudevilla, AKA DoctorX. Photo: Joseph Cox", and the credit line under it, in both
#: layouts, went from the body to metadata["captions"], where the page marks them.)
#: (Strict losses 152 -> 154 in session 24: qvoice24's byline line 'By Lanuola Tusani
#: Tupufia 04 March 2016, 12:00AM', in both layouts, goes to metadata, as it should.)
#: (Session 26: 2224 files with qdash26's 18; 156 lost before its change, 154 after, see
#: FLOOR_QUOTES.)
FLOOR_STRICT_ALL = {"files": 2224, "lines_lost": 154, "title_accuracy": 0.961}
#: (Session 20: the ru-s20 cases, scored before any rule, included a headline 'Name:
#: "A quoted headline".' that the reader took for no title, in both layouts: 596/598;
#: a name's label before the quoted headline now lets its last period be: 598/598.)
#: (Session 21: the fr-s21 cases, scored before any rule, included a headline opening
#: with a quotation, '« … » : le comportement polémique …', that the reader took for
#: no title, in both layouts: 738/740; the space inside French guillemets is passed
#: over since: 740/740, and 760/760 with qslav21's cases, 782/782 with qslav22's,
#: 802/802 with qen22's, 822/822 with qfr22's, 840/840 with qde22's, 892/892 with
#: qeval23's 26 measurement cases; qdash23's 20 files of session 23 lost 16 lines (an
#: en-dash line of direct speech read as a list item, its dash dropped) until
#: dash_lines.speech_line kept it a paragraph: 912/912; 966/966 with qeval24's 27
#: measurement cases of session 24; 1008 with qhead24's 22 files; 1024 with qprec24's 16.)
#: (Session 24: qnext24's 20 files, read before any change, include a title over a
#: one-word topic line ending in a colon, 'Virginia head coach Al Groh quotes' /
#: 'Opening statement:': the reader took the short line for the broken tail of a
#: sentence and found no title: 931/932. The lead's fix (header._title_like: a short
#: line ending in a colon opens what follows): 1008/1008; 1042 files with qopen24's 18;
#: 1058 with qvoice24's 16; 1112 with qeval25's 54; 1130 with qsingle25's 18; 1146 with
#: qhead25's 16; 1156 with qincise25's 10; 1174 with qante26's 18; 1190 with qverbs26's
#: 16; 1246 with qeval26's 56; 1264 with qnames26's 18; 1280 with qen26's 16; 1296 with
#: qprec26's 16; 1320 with qlatin26's 24; 1342 with qrole26's 22, all titles found.)
#: (Session 26: qdash26's 18 files, read before any change, lost 2 lines: a one-word
#: answer in dash dialogue, "\u2013 Zvisno." in Cyrillic, read as a list item, its dash
#: dropped, in both layouts. A short dash line right after a dash line that asks is the
#: answer, a paragraph (lines.py, dash_lines.answer_line): all found, 1360 files.)
FLOOR_QUOTES = {"files": 1360, "lines_lost": 0, "title_accuracy": 1.0}


# --------------------------------------------------------------------------- pieces


def test_article_blocks_reads_leaf_blocks_rows_and_outer_text() -> None:
    html = (
        "<div><h2>Head</h2><p>One <b>bold</b> line.</p>"
        "<ul><li>Item with <ul><li>inner</li></ul> tail</li></ul>"
        "<table><tr><th>Year</th><th>Film</th></tr><tr><td>1947</td><td>Repeat</td></tr>"
        "</table><blockquote><p>Quoted.</p></blockquote></div>"
    )
    assert al.article_blocks(html) == [
        ("h2", "Head"),
        ("p", "One bold line."),
        ("li", "Item with tail"),
        ("li", "inner"),
        ("tr", "Year\tFilm"),
        ("tr", "1947\tRepeat"),
        ("p", "Quoted."),
    ]


def test_sections_need_a_short_heading_and_two_blocks() -> None:
    blocks = [
        ("p", "intro"),
        ("h2", "First part"),
        ("p", "a"),
        ("p", "b"),
        ("h3", "Too short"),
        ("p", "c"),
        ("h2", " ".join(["word"] * 20)),
        ("p", "d"),
        ("p", "e"),
    ]
    sections = list(al._sections("page", blocks, need_paragraph=False))
    assert [(s.name, s.title, s.lines) for s in sections] == [("page#1", "First part", ("a", "b"))]
    assert sections[0].tags == ("p", "p")


def test_sections_need_a_paragraph_to_be_news_texts() -> None:
    """A table of contents or a "See also" list under a heading is not a news text."""
    long = "The council met on Monday and agreed the budget for the coming year after a debate."
    blocks = [
        ("h2", "Contents"),
        ("li", "1 History"),
        ("li", "2 Values"),
        ("h2", "History"),
        ("p", long),
        ("li", "A list item under it"),
    ]
    names = [s.name for s in al._sections("page", blocks)]
    assert names == ["page#2"]  # numbered as with --all-sections
    assert [s.name for s in al._sections("page", blocks, need_paragraph=False)] == [
        "page#1",
        "page#2",
    ]


def test_both_layouts_render_title_then_lines() -> None:
    item = al.NewsText("n", "quotes", "Title", ("One.", "Two."))
    assert item.render("lines") == "Title\nOne.\nTwo.\n"
    assert item.render("blank") == "Title\n\nOne.\n\nTwo.\n"


def test_check_accounts_for_every_line() -> None:
    body = (
        "The council met on Monday and agreed the budget for the coming year after a long debate.",
        "Members said the plan would protect services while keeping taxes where they are now.",
    )
    kept = al.check(al.NewsText("ok", "quotes", "Council agrees budget", body), "blank")
    assert kept.title_ok and kept.lost == () and kept.lines == 2
    # A list or heading marker may be dropped: the rest of the line is what counts.
    assert al._kept("1. Take the blankets off", "x Take the blankets off y", None)
    assert not al._kept("1. Take the blankets off", "x Take the blankets y", None)
    assert al._kept("Council agrees budget", "", "Council agrees budget")
    # A trailing stray number: wherever the reader puts it, the harness accounts for it.
    item = al.NewsText("x", "quotes", "Council agrees budget", (*body, "87"))
    stray = al.check(item, "lines")
    doc = al.seedparse.parse(item.render("lines"), reader="article")
    if "87" in doc.text.split():
        assert stray.lost == ()
    else:
        assert "87" in doc.metadata["leftovers"]
        assert stray.lost == (("leftovers", "87"),)


def test_blocks_inside_a_figure_are_caption_lines() -> None:
    html = (
        "<div><p>Story.</p><figure><div><p><img src='a.jpg'></p><p>Ann Lee/Agency</p>"
        "</div><figcaption>The harbour</figcaption></figure></div>"
    )
    assert al.article_blocks(html) == [
        ("p", "Story."),
        ("figure", "Ann Lee/Agency"),
        ("figcaption", "The harbour"),
    ]
    item = al.NewsText("n", "readability", "T", ("Story.", "Ann Lee/Agency"), ("p", "figure"))
    assert item.is_caption(1) and not item.is_caption(0)


BODY_LINES = (
    "The ferry company cancelled every crossing on Friday as the storm reached the coast.",
    "Harbour officials said the first boats could sail again on Sunday if the wind drops.",
)


def test_entities_are_compared_decoded() -> None:
    """The reader decodes character references (the spec): ``&percnt;`` is ``%``."""
    line = "Bookings rose 40&percnt; in the week before the storm, the company said."
    result = al.check(
        al.NewsText("e", "quotes", "Storm closes the harbour", (*BODY_LINES, line)), "lines"
    )
    assert result.lost == ()
    assert al._kept(
        line, "x Bookings rose 40% in the week before the storm, the company said. y", None
    )
    assert not al._kept(line, "Bookings rose 40 in the week", None)


def test_dropped_markup_counts_only_when_on_record() -> None:
    line = "The wind rose</font> by noon, and the last ferry turned back to the harbour."
    item = al.NewsText("m", "quotes", "Storm closes the harbour", (*BODY_LINES, line))
    result = al.check(item, "lines")
    assert result.lost == () and result.markup == (line,)
    strict = al.check(item, "lines", strict=True)
    assert strict.lost == (("markup", line),)
    doc = al.seedparse.parse(item.render("lines"), reader="article")
    text = al.squash(doc.text)
    assert al._markup_recorded(line, doc, text)
    unrecorded = al.attrs.evolve(doc, metadata={})
    assert not al._markup_recorded(line, unrecorded, text)


def test_lines_judged_furniture_count_only_in_leftovers() -> None:
    item = al.NewsText("page#2", "section", "Storm closes the harbour", (*BODY_LINES, "2 / 9"))
    judged = {"page": frozenset({"2 / 9"})}
    doc = al.seedparse.parse(item.render("lines"), reader="article")
    assert doc.metadata["leftovers"] == ("2 / 9",)
    assert al.check(item, "lines", furniture=judged).furniture == ("2 / 9",)
    assert al.check(item, "lines", furniture=judged).lost == ()
    assert al.check(item, "lines", furniture={}).lost == (("leftovers", "2 / 9"),)
    assert al.check(item, "lines", furniture=judged, strict=True).lost == (("leftovers", "2 / 9"),)
    # A judged line the reader keeps in the body is simply kept.
    kept = al.NewsText("page", "section", "Storm closes the harbour", (*BODY_LINES, "Ahoy"))
    assert al.check(kept, "lines", furniture={"page": frozenset({"Ahoy"})}).furniture == ()


def test_the_furniture_file_gives_a_reason_for_every_line() -> None:
    data = al.yaml.safe_load(al.FURNITURE.read_text(encoding="utf-8"))
    assert data
    for page, entries in data.items():
        assert "#" not in page
        for entry in entries:
            assert set(entry) == {"line", "why"} and len(entry["why"]) > 20, (page, entry)
    assert al.page_furniture()["yahoo-2"] == frozenset({"1 / 5"})


# --------------------------------------------------------------------------- floors


@pytest.fixture(scope="module")
def quotes_report() -> Any:
    return al.evaluate(al.quote_fixture_texts())


@pytest.fixture(scope="module")
def full_report() -> Any:
    return al.evaluate(al.corpus())


def _assert_floor(report: Any, floor: dict[str, Any]) -> None:
    summary = report.as_dict()
    assert report.files == floor["files"], summary
    assert report.lines_lost <= floor["lines_lost"], summary
    assert report.title_accuracy >= floor["title_accuracy"], summary


def test_quote_fixture_texts_floor(quotes_report: Any) -> None:
    _assert_floor(quotes_report, FLOOR_QUOTES)


@needs_readability
def test_news_corpus_floor(full_report: Any) -> None:
    assert full_report.texts >= 300
    _assert_floor(full_report, FLOOR_ALL)


@needs_readability
def test_news_corpus_floor_counted_strictly() -> None:
    report = al.evaluate(al.corpus(all_sections=True), strict=True)
    _assert_floor(report, FLOOR_STRICT_ALL)
    assert report.lines_captioned == report.lines_bylined == 0
    assert report.lines_furniture == report.lines_markup == 0


@needs_readability
def test_news_corpus_title_target(full_report: Any) -> None:
    """Issue 15: the title is right in 99 % of the news texts."""
    assert full_report.title_accuracy >= 0.99, full_report.title_misses()


@needs_readability
def test_news_corpus_target(full_report: Any) -> None:
    """Issue 15: no body line lost (every line in the body, the title, or recorded in
    metadata where the page marks it, or a person judged it, as not story text)."""
    assert full_report.lines_lost == 0, full_report.lost_by_place()


def test_the_harness_runs_as_a_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert al.main(["--no-sections", "--write", str(tmp_path / "corpus")]) == 0
    out = capsys.readouterr().out
    assert "ALL" in out and "lines lost by place" in out
    written = sorted((tmp_path / "corpus").iterdir())
    assert written and all(p.read_text(encoding="utf-8").strip() for p in written)


def test_untitled_counts_body_lines_taken_for_titles() -> None:
    body = (
        "The council met on Monday and agreed the budget for the coming year after a debate.",
        "Members said the plan would protect services while keeping taxes where they are now.",
        "Work starts in the spring.",
    )
    item = al.NewsText("ok", "quotes", "Council agrees budget", body)
    files, found = al.untitled([item])
    assert files == 2 and found == []
    headed = al.NewsText("h", "quotes", "Budget", ("Council agrees budget", *body))
    files, found = al.untitled([headed])
    assert files == 2 and [t for _, _, t in found] == ["Council agrees budget"] * 2
