"""Walking a tree (seedparse._io.walk): the glob grammar, order, and what is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedparse import ArgumentError, Failure, FileAccessError
from seedparse._io.files import file_kind
from seedparse._io.walk import checked, glob_to_regex, walk


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
    identities = [checked(e) if e.unchecked else e.identity for e in regular]
    assert identities == [(os.stat(e.path).st_dev, os.stat(e.path).st_ino) for e in regular]


def test_the_walk_leaves_the_lstat_of_listed_regular_files_to_the_loader(
    tmp_path: Path,
) -> None:
    # A name the listing gives as a regular file is yielded without a system call of
    # its own (the parent of workers=N walks, the workers lstat); a directory, a
    # symlink or a FIFO is lstat-ed by the walk as before.
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.txt").write_text("x", encoding="utf-8")
    (tmp_path / "g.txt").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "p")
    os.symlink(tmp_path / "g.txt", tmp_path / "s")
    entries = {e.rel: e for e in walk(str(tmp_path), glob_to_regex("**/*"), False)}
    assert {rel for rel, e in entries.items() if e.unchecked} == {"d/f.txt", "g.txt"}
    assert all(e.identity is None for e in entries.values())
    assert entries["p"].failure is not None and entries["s"].failure is not None
    assert checked(entries["g.txt"]) == (
        os.stat(tmp_path / "g.txt").st_dev,
        os.stat(tmp_path / "g.txt").st_ino,
    )


def test_a_listed_file_that_changed_before_its_load_is_the_walks_failure(
    tmp_path: Path,
) -> None:
    for name in ("gone.txt", "now_dir.txt", "now_fifo.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    entries = list(walk(str(tmp_path), glob_to_regex("*"), False))
    os.remove(tmp_path / "gone.txt")
    os.remove(tmp_path / "now_dir.txt")
    (tmp_path / "now_dir.txt").mkdir()
    os.remove(tmp_path / "now_fifo.txt")
    os.mkfifo(tmp_path / "now_fifo.txt")
    messages = {}
    for entry in entries:
        failure = checked(entry)
        assert isinstance(failure, Failure) and failure.error == "FileAccessError"
        assert failure.path == entry.source
        messages[entry.rel] = failure.message
    assert messages == {
        "gone.txt": "vanished or unreadable: No such file or directory",
        "now_dir.txt": "not a regular file (directory)",
        "now_fifo.txt": "not a regular file (FIFO)",
    }


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
