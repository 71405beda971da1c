"""Walking a tree (seedparse._io.walk): the glob grammar, order, and what is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedparse import ArgumentError, FileAccessError
from seedparse._io.files import file_kind
from seedparse._io.walk import glob_to_regex, walk


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        ("*.txt", ["a.txt"], ["d/a.txt", "a.md"]),
        ("**/*.txt", ["a.txt", "d/a.txt", "d/e/a.txt"], ["a.md"]),
        ("d/**", ["d/a", "d/e/f"], ["a"]),
        ("?.md", ["a.md"], ["ab.md", "/.md"]),
        ("[ab].md", ["a.md", "b.md"], ["c.md"]),
        ("[!a].md", ["b.md"], ["a.md"]),
        ("[.md", ["[.md"], ["a.md"]),  # an unclosed class is a literal bracket
        ("**/**/x", ["x", "d/x", "d/e/x"], ["dx"]),
    ],
)
def test_glob(pattern: str, matches: list[str], misses: list[str]) -> None:
    regex = glob_to_regex(pattern)
    for path in matches:
        assert regex.fullmatch(path), (pattern, path)
    for path in misses:
        assert not regex.fullmatch(path), (pattern, path)


def test_a_long_run_of_double_stars_compiles_to_one() -> None:
    assert glob_to_regex("**/" * 500 + "x").pattern == glob_to_regex("**/x").pattern


def test_walk_is_sorted_by_components_and_accounts_for_every_entry(tmp_path: Path) -> None:
    for rel in ("b.txt", "a/z.txt", "a/b/c.txt", "a-b.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    os.symlink(tmp_path / "b.txt", tmp_path / "link.txt")
    entries = list(walk(str(tmp_path), glob_to_regex("**/*"), follow_symlinks=False))
    assert [e.rel for e in entries] == [
        "a/b/c.txt",
        "a/z.txt",
        "a-b.txt",
        "b.txt",
        "link.txt",
        "pipe",
    ]
    failures = {e.rel: e.failure.message for e in entries if e.failure is not None}
    assert failures == {"link.txt": "symlink (not followed)", "pipe": "not a regular file (FIFO)"}
    regular = [e for e in entries if e.failure is None]
    assert all(e.identity == (os.stat(e.path).st_dev, os.stat(e.path).st_ino) for e in regular)


def test_walk_refuses_a_file_as_root(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(FileAccessError, match="not a directory"):
        list(walk(str(tmp_path / "f"), glob_to_regex("*"), follow_symlinks=False))


def test_bad_glob_is_an_argument_error() -> None:
    with pytest.raises(ArgumentError):
        glob_to_regex("[z-a]")


def test_file_kinds(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p")
    assert file_kind(os.stat(tmp_path / "p").st_mode) == "FIFO"
    assert file_kind(os.stat(tmp_path).st_mode) == "directory"
    assert file_kind(os.lstat("/dev/null").st_mode) == "character device"
    assert file_kind(0) == "special file"
