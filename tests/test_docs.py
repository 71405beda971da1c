"""The repository stands on its own: what code and tests cite is in ``docs/``, and the
documentation builds (the API page documents what it should, at a readable size)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
RELIABILITY = DOCS / "reliability.md"


def _sources() -> list[Path]:
    found = [*sorted((ROOT / "src").rglob("*.py")), *sorted((ROOT / "tests").rglob("*.py"))]
    return [path for path in found if path.resolve() != Path(__file__).resolve()]


def test_no_code_cites_documents_the_repository_does_not_have() -> None:
    outside = re.compile(r"\bSPEC\b|\bRELIABILITY\b|RELIABILITY\.md")
    cited = re.compile(r"docs/[A-Za-z0-9_./-]+\.md")
    problems = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        problems += [f"{rel}: cites {m[0]!r}" for m in outside.finditer(text)]
        problems += [
            f"{rel}: cites {m[0]} which does not exist"
            for m in cited.finditer(text)
            if not (ROOT / m[0]).is_file()
        ]
    assert problems == []


def test_every_reliability_promise_cited_is_written_down() -> None:
    written = set(re.findall(r"^\*\*R([0-9]+) —", RELIABILITY.read_text(encoding="utf-8"), re.M))
    assert written == {str(n) for n in range(1, 27)}
    cited: set[str] = set()
    for path in _sources():
        # Promise numbers appear in docstrings, comments and section rules: "R15",
        # "R7, R8", "R10 to R13", "R6-R11".
        cited |= set(re.findall(r"(?<![A-Za-z0-9\"'])R([0-9]{1,2})\b", path.read_text("utf-8")))
    assert cited and cited <= written, sorted(cited - written, key=int)


@pytest.mark.slow
def test_the_docs_build_and_the_api_page_stays_small(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    subprocess.run(
        [*command, str(DOCS), str(tmp_path / "html")],
        check=True,
        capture_output=True,
    )
    api = (tmp_path / "html" / "api.html").read_text(encoding="utf-8")
    assert len(api) < 400_000, "the API page renders something huge (GARBAGE's value?)"
    for name in (
        "seedparse.ArgumentError",
        "seedparse.ReaderConflict",
        "seedparse.ReaderConflictWarning",
        "seedparse.SeedparseWarning",
        "seedparse.Limits.current",
        "seedparse.testing.GARBAGE",
    ):
        assert f'id="{name}"' in api, name
    assert (tmp_path / "html" / "reliability.html").is_file()


def test_every_test_file_the_docs_name_exists() -> None:
    # The docs point at the tests that hold a promise; a moved test must move the pointer.
    named = re.compile(r"tests/[A-Za-z0-9_/]+\.py")
    missing = [
        f"{page.relative_to(ROOT)}: {match[0]}"
        for page in sorted(DOCS.rglob("*.md"))
        if "_build" not in page.parts
        for match in named.finditer(page.read_text(encoding="utf-8"))
        if not (ROOT / match[0]).is_file()
    ]
    assert not missing, missing
