"""The public surface: a sorted __all__ whose every name resolves, and a light import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import seedparse


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert seedparse.__all__ == sorted(seedparse.__all__)
    for name in seedparse.__all__:
        assert getattr(seedparse, name) is not None, name


def test_reader_classes_are_exported_lazily() -> None:
    code = (
        "import sys, seedparse; "
        "heavy = [m for m in ('yaml', 'frontmatter', 'lxml', 'json', 'seedparse.formats.webpage', "
        "'seedparse._text.quotes') if m in sys.modules]; "
        "print(heavy); "
        "seedparse.QuoteFinder; "
        "print('seedparse._text.quotes' in sys.modules, "
        "'seedparse.formats.webpage' in sys.modules); "
        "seedparse.SiteProfile; "
        "print('seedparse.formats.webpage' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "True False", "True"]


# What each built-in reader imports to read, beyond what it needs to sniff.
_MACHINERY = {
    "article": "seedparse.formats.article.page",
    "html": "seedparse.formats.html.page",
    "transcript-note": "seedparse.formats.transcript.reader",
    "web-page": "seedparse.formats.webpage.page",
}


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("A title\n\nA paragraph of plain prose, nothing else.\n", "article"),
        ("<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>", "html"),
        ("---\ntitle: A note\nvideoId: abc\n---\n\n## Part\n\nSaid [[x]].\n", "transcript-note"),
        ('{"@type": "NewsArticle", "headline": "H"}\n\nBody.\n', "web-page"),
    ],
)
def test_detection_imports_only_the_chosen_readers_machinery(text: str, reader: str) -> None:
    """Every reader is asked to sniff, but only the chosen one imports what it reads
    with (the first load of a format paid for all four before)."""
    code = (
        "import sys, seedparse\n"
        f"doc = seedparse.parse({text!r})\n"
        f"machinery = {_MACHINERY!r}\n"
        "print(doc.reader, sorted(n for n, m in machinery.items() if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [reader, f"['{reader}']"]


def test_subpackage_import_keeps_readers_callable() -> None:
    import seedparse.formats.webpage as webpage
    from seedparse.formats.article import ArticleReader

    assert seedparse.ArticleReader is ArticleReader
    assert seedparse.WebPageReader is webpage.WebPageReader
    assert callable(seedparse.readers)
    assert {i.name for i in seedparse.readers()} >= {"article", "transcript-note", "web-page"}


def test_dir_shows_the_public_names_only() -> None:
    shown = set(dir(seedparse))
    assert set(seedparse.__all__) <= shown
    assert not {"Any", "TYPE_CHECKING", "annotations", "_api", "_registry"} & shown
    assert not {name for name in shown if not name.startswith("__")} - set(seedparse.__all__)
