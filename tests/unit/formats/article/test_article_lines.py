"""No body line lost: the harness of ``benchmarks/article_lines.py`` and its floors.

The corpus is built from Mozilla Readability's test pages in ``../shared`` (skipped
when that folder is not beside the project) and from the quotation fixtures (always
here). Today's counts are the floor; the target of issue 15 (no line lost, titles right
in 99 % of the files) is a strict xfail, so that it turns into a failure the day it is
met and the floor is raised.
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

#: Counts measured after issue 15 phase 3 (phase 1: 298 lines lost, titles 0.883; phase 2:
#: 184 and 0.951 when captions counted as lost and sections without a paragraph were in).
#: Lower the losses and raise the title accuracy as the reader gets better; never the
#: other way. (Files: 58 more when 29 Russian and Ukrainian quotation fixtures came in,
#: with no line lost.)
FLOOR_ALL = {"files": 962, "lines_lost": 24, "title_accuracy": 0.990}
#: The same reader counted the old way (``--strict --all-sections``): every caption and
#: byline line in metadata is lost, and lists under a heading are texts too. Kept so
#: that the accounting of captions cannot hide a story line sent there.
FLOOR_STRICT_ALL = {"files": 1048, "lines_lost": 160, "title_accuracy": 0.961}
FLOOR_QUOTES = {"files": 184, "lines_lost": 0, "title_accuracy": 1.0}


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


@needs_readability
def test_news_corpus_title_target(full_report: Any) -> None:
    """Issue 15: the title is right in 99 % of the news texts."""
    assert full_report.title_accuracy >= 0.99, full_report.title_misses()


@needs_readability
@pytest.mark.xfail(strict=True, reason="issue 15 phase 3: no body line lost")
def test_news_corpus_target(full_report: Any) -> None:
    assert full_report.lines_lost == 0


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
