"""The public surface: a sorted __all__ whose every name resolves, and a light import."""

from __future__ import annotations

import subprocess
import sys

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
