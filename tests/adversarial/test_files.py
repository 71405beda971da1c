"""The file side: R1, R2, R19 to R23 (functional; the budgets are in test_budgets.py)."""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

import seedparse
from seedparse import FileAccessError, LimitExceeded, Limits

NOTE = "---\ntitle: {name}\n---\n\nA paragraph about {name}.\n"


def write_notes(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NOTE.format(name=name))


def finishes(call, seconds: float = 20.0):
    """Run ``call`` in a thread; fail (instead of hanging the suite) if it blocks."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as error:
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the call blocked"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def expected_entries(root: Path, *, follow: bool = False) -> list[str]:
    """Every non-directory entry under ``root`` (by lstat) and every unlistable
    directory, found independently of seedparse's walk."""
    found: list[str] = []
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            names = os.listdir(directory)
        except OSError:
            found.append(str(directory))
            continue
        for name in names:
            path = directory / name
            if stat.S_ISDIR(os.lstat(path).st_mode):
                stack.append(path)
            else:
                found.append(str(path))
    return sorted(found)


# --------------------------------------------------------------------------- R1


def test_r1_sparse_4gib_file_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "sparse.md"
    with open(path, "wb") as handle:
        handle.truncate(4 * 2**30)
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(LimitExceeded, match="exceeds max_bytes"):
        seedparse.load(path)
    assert reads == []


def test_r1_link_to_dev_zero_is_refused(tmp_path) -> None:
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileAccessError, match="character device"):
        finishes(lambda: seedparse.load(link))


def test_r1_a_file_that_grows_is_read_to_max_bytes_plus_one(tmp_path, monkeypatch) -> None:
    path = tmp_path / "growing.md"
    path.write_text("x" * 10_000)
    # The file claims to be small when checked, as if it grew after the fstat.
    real_stat, real_fstat, real_read = os.stat, os.fstat, os.read

    def small(info: os.stat_result) -> os.stat_result:
        fields = list(info)
        fields[stat.ST_SIZE] = 10
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: small(real_stat(p, *a, **k)))
    monkeypatch.setattr(os, "fstat", lambda fd: small(real_fstat(fd)))
    total = []
    monkeypatch.setattr(os, "read", lambda fd, n: total.append(n) or real_read(fd, n))
    with pytest.raises(LimitExceeded, match="grew"):
        seedparse.load(path, limits=Limits(max_bytes=100))
    assert sum(total) <= 101


def test_r1_parse_applies_max_bytes_too() -> None:
    with pytest.raises(LimitExceeded):
        seedparse.parse("x" * 101, limits=Limits(max_bytes=100))


# --------------------------------------------------------------------------- R2


def test_r2_fifo_is_refused_without_blocking(tmp_path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(FileAccessError, match="FIFO") as caught:
        finishes(lambda: seedparse.load(fifo))
    assert caught.value.reason == "not a regular file"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero", "/dev/urandom"])
def test_r2_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    with pytest.raises(FileAccessError, match="not a regular file"):
        finishes(lambda: seedparse.load(device))


def test_r2_directory_named_like_a_file_is_refused(tmp_path) -> None:
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(FileAccessError, match="directory"):
        seedparse.load(tmp_path / "x.txt")


def test_r2_load_dir_reports_special_files_without_opening_them(tmp_path, monkeypatch) -> None:
    write_notes(tmp_path, ["a.md", "z.md"])
    os.mkfifo(tmp_path / "fifo.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    device = tmp_path / "null.md"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        device = None
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k)
    )
    for follow in (False, True):
        result = finishes(
            lambda follow=follow: seedparse.load_dir(
                tmp_path, errors="collect", limits=Limits(follow_symlinks=follow)
            )
        )
        reasons = {Path(f.path).name: f.message for f in result.failures}
        assert reasons["fifo.md"] == "not a regular file (FIFO)"
        assert "symlink" in reasons["zero.md"]
        if device is not None:
            assert reasons["null.md"] == "not a regular file (character device)"
        assert [Path(d.source).name for d in result] == ["a.md", "z.md"]
    assert all(Path(p).name in ("a.md", "z.md") for p in opened), opened


# --------------------------------------------------------------------------- R19


def make_mixed_tree(root: Path) -> None:
    write_notes(root, ["b.md", "a/one.md", "a/two.txt", "a/deep/er/three.md", "c d/é.md"])
    (root / "empty").mkdir()
    (root / "bin.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "dir.txt").mkdir()
    (root / "dir.txt" / "inside.md").write_text("inside\n")
    os.mkfifo(root / "a" / "fifo")
    (root / "link.md").symlink_to("b.md")
    (root / "dangling.md").symlink_to("missing.md")
    (root / "loop").symlink_to(".")
    (root / "bad-utf8.txt").write_bytes(b"caf\xe9\n")
    (root / "huge.md").write_text("y" * 5000)


def test_r19_every_entry_has_exactly_one_verdict(tmp_path) -> None:
    make_mixed_tree(tmp_path)
    expected = expected_entries(tmp_path)
    for workers in (None, 2):
        result = seedparse.load_dir(
            tmp_path, errors="collect", workers=workers, limits=Limits(max_bytes=4000)
        )
        seen = [d.source for d in result] + [f.path for f in result.failures]
        assert len(result) + len(result.failures) == len(expected)
        assert sorted(seen) == expected  # nothing lost, nothing twice
        assert result.skipped == len(result.failures)
        for failure in result.failures:
            assert failure.error and failure.message


def test_r19_order_is_sorted_and_deterministic(tmp_path) -> None:
    make_mixed_tree(tmp_path)
    runs = [
        [
            getattr(x, "source", None) or x.path
            for x in seedparse.iter_dir(tmp_path, errors="collect")
        ]
        for _ in range(2)
    ]
    parallel = [
        getattr(x, "source", None) or x.path
        for x in seedparse.iter_dir(tmp_path, errors="collect", workers=2)
    ]
    assert runs[0] == runs[1] == parallel
    keys = [os.path.relpath(p, tmp_path).split(os.sep) for p in runs[0]]
    assert keys == sorted(keys)


def test_r19_skip_and_raise_account_for_the_same_entries(tmp_path) -> None:
    make_mixed_tree(tmp_path)
    collected = seedparse.load_dir(tmp_path, errors="collect")
    skipped = seedparse.load_dir(tmp_path, errors="skip")
    assert skipped.documents == collected.documents
    assert skipped.skipped == len(collected.failures) and skipped.failures == ()
    with pytest.raises(seedparse.LoadError) as caught:
        seedparse.load_dir(tmp_path)
    assert len(caught.value.exceptions) == len(collected.failures)
    assert all(isinstance(e, seedparse.SeedparseError) for e in caught.value.exceptions)


def test_r19_pattern_filters_without_losing_unlistable_directories(tmp_path, monkeypatch) -> None:
    write_notes(tmp_path, ["a.md", "b.txt", "sub/c.md", "locked/d.md"])
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = seedparse.load_dir(tmp_path, pattern="**/*.md", errors="collect")
    assert [os.path.basename(d.source) for d in result] == ["a.md", "c.md"]
    assert [(Path(f.path).name, f.message) for f in result.failures] == [
        ("locked", "cannot list directory: Permission denied")
    ]


def test_r19_undecodable_file_names_give_utf8_sources(tmp_path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.md"
    with open(raw, "wb") as handle:
        handle.write(b"Title\n\nBody.\n")
    result = seedparse.load_dir(tmp_path, errors="collect")
    assert len(result) == 1
    result[0].source.encode("utf-8")
    assert result[0].source.endswith("caf\ufffd.md")
    doc = seedparse.load(os.fsdecode(raw))
    assert doc.source.endswith("caf\ufffd.md")


def test_r23_empty_directory_gives_an_empty_result(tmp_path) -> None:
    for workers in (None, 2):
        result = seedparse.load_dir(tmp_path, errors="collect", workers=workers)
        assert (len(result), result.failures, result.skipped) == (0, (), 0)
        assert list(seedparse.iter_dir(tmp_path, workers=workers)) == []


def test_load_dir_on_a_missing_root_or_a_file_raises(tmp_path) -> None:
    with pytest.raises(FileAccessError):
        seedparse.load_dir(tmp_path / "missing", errors="collect")
    (tmp_path / "f.md").write_text("x")
    with pytest.raises(FileAccessError, match="not a directory"):
        seedparse.load_dir(tmp_path / "f.md", errors="collect")


# --------------------------------------------------------------------------- R20


def test_r20_symlinks_are_not_followed_by_default(tmp_path) -> None:
    outside = tmp_path / "outside"
    root = tmp_path / "root"
    write_notes(outside, ["secret.md"])
    write_notes(root, ["real.md", "dir/x.md"])
    (root / "to-file.md").symlink_to(root / "real.md")
    (root / "to-dir").symlink_to(root / "dir")
    (root / "escape.md").symlink_to(outside / "secret.md")
    result = seedparse.load_dir(root, errors="collect")
    assert sorted(os.path.relpath(d.source, root) for d in result) == ["dir/x.md", "real.md"]
    assert {Path(f.path).name: f.message for f in result.failures} == {
        "escape.md": "symlink (not followed)",
        "to-dir": "symlink (not followed)",
        "to-file.md": "symlink (not followed)",
    }


def test_r20_followed_symlinks_stay_inside_the_root_and_do_not_loop(tmp_path) -> None:
    outside = tmp_path / "outside"
    root = tmp_path / "root"
    write_notes(outside, ["secret.md"])
    (outside / "secret.md").write_text("SECRET-OUTSIDE-THE-ROOT\n")
    write_notes(root, ["real.md", "dir/x.md", "dir/sub/y.md"])
    (root / "to-file.md").symlink_to("real.md")
    (root / "alias").symlink_to("dir")
    (root / "alias2").symlink_to("dir")
    (root / "dir" / "sub" / "up").symlink_to("..")  # a loop
    (root / "self").symlink_to(".")  # a loop at the root
    (root / "chain").symlink_to("chain")  # a link to itself
    (root / "escape.md").symlink_to(outside / "secret.md")
    (root / "escape-dir").symlink_to(outside)
    (root / "sneaky.md").symlink_to("dir/../../outside/secret.md")
    limits = Limits(follow_symlinks=True)
    result = finishes(lambda: seedparse.load_dir(root, errors="collect", limits=limits))
    sources = sorted(os.path.relpath(d.source, root) for d in result)
    assert sources == [
        "alias/sub/y.md",
        "alias/x.md",
        "dir/sub/y.md",
        "dir/x.md",
        "real.md",
        "to-file.md",
    ]
    reasons = {os.path.relpath(f.path, root): f.message for f in result.failures}
    assert reasons["escape.md"] == reasons["escape-dir"] == reasons["sneaky.md"]
    assert reasons["escape.md"] == "symlink escapes the root"
    assert reasons["self"] == "symlink loop"
    assert reasons["alias/sub/up"] == reasons["dir/sub/up"] == "symlink loop"
    assert reasons["alias2"] == "symlink to a directory already walked"
    assert reasons["chain"].startswith("symlink loop")
    for doc in result:
        assert "SECRET" not in repr(doc.to_dict())
    assert len(result) + len(result.failures) == len(set(sources) | set(reasons))


def test_r20_a_link_swapped_after_the_walk_is_refused(tmp_path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("SECRET\n")
    root = tmp_path / "root"
    write_notes(root, ["a.md", "b.md"])
    stream = seedparse.iter_dir(root, errors="collect")
    first = next(stream)
    assert first.source.endswith("a.md")
    (root / "b.md").unlink()
    (root / "b.md").symlink_to(outside)  # swapped in after the walk saw a regular file
    rest = list(stream)
    assert len(rest) == 1 and isinstance(rest[0], seedparse.Failure)
    assert "SECRET" not in repr(rest)


# --------------------------------------------------------------------------- R21


def test_r21_unreadable_file_and_directory_as_an_unprivileged_user(shared_tmp, as_nobody) -> None:
    write_notes(shared_tmp, ["ok.md", "closed.md", "locked/inner.md", "open/fine.md"])
    os.chmod(shared_tmp / "closed.md", 0)
    os.chmod(shared_tmp / "locked", 0)

    def run() -> tuple[list[str], list[tuple[str, str, str]], str]:
        result = seedparse.load_dir(shared_tmp, errors="collect")
        try:
            seedparse.load(shared_tmp / "closed.md")
        except seedparse.FileAccessError as error:
            single = error.reason
        return (
            [os.path.relpath(d.source, shared_tmp) for d in result],
            [(os.path.relpath(f.path, shared_tmp), f.error, f.message) for f in result.failures],
            single,
        )

    docs, failures, single = as_nobody(run)
    assert docs == ["ok.md", "open/fine.md"]
    assert failures == [
        ("closed.md", "FileAccessError", "permission denied"),
        ("locked", "FileAccessError", "cannot list directory: Permission denied"),
    ]
    assert single == "permission denied"


def test_r21_dangling_link_and_vanished_file(tmp_path) -> None:
    write_notes(tmp_path, ["a.md", "b.md", "c.md"])
    (tmp_path / "dangling.md").symlink_to("nowhere.md")
    stream = seedparse.iter_dir(tmp_path, errors="collect", limits=Limits(follow_symlinks=True))
    assert next(stream).source.endswith("a.md")
    (tmp_path / "b.md").unlink()  # deleted between the listing and the open
    rest = list(stream)
    assert [(Path(x.path).name, x.message) for x in rest if isinstance(x, seedparse.Failure)] == [
        ("b.md", "vanished or unreadable: No such file or directory"),
        ("dangling.md", "dangling symlink: No such file or directory"),
    ]
    with pytest.raises(FileAccessError, match="no such file"):
        seedparse.load(tmp_path / "b.md")


def test_r21_directory_replaced_by_a_file_is_a_failure(tmp_path, monkeypatch) -> None:
    write_notes(tmp_path, ["a.md", "sub/b.md"])
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("sub"):
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = seedparse.load_dir(tmp_path, errors="collect")
    assert [f.message for f in result.failures] == ["cannot list directory: Not a directory"]


def test_r21_odd_paths_are_file_access_errors(tmp_path) -> None:
    for path in ("bad\x00name.md", "x" * 5000, str(tmp_path / ("y" * 300))):
        with pytest.raises(FileAccessError):
            seedparse.load(path)


# --------------------------------------------------------------------------- R22


def test_r22_walk_of_a_1200_level_tree_is_iterative(tmp_path) -> None:
    (tmp_path / "top.md").write_text("Top\n\nAt the top.\n")
    levels = [str(tmp_path)]
    for _ in range(1200):
        levels.append(os.path.join(levels[-1], "d"))
        os.mkdir(levels[-1])
    bottom = os.path.join(levels[-1], "bottom.md")
    with open(bottom, "w") as handle:
        handle.write("Bottom\n\nAt the bottom.\n")
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)  # well under the depth: a recursive walk would fail
    try:
        result = seedparse.load_dir(tmp_path, errors="collect")
    finally:
        sys.setrecursionlimit(old)
        # shutil.rmtree (pytest's clean-up) recurses per level: take the tree down here.
        os.remove(bottom)
        for level in reversed(levels[1:]):
            os.rmdir(level)
    assert [Path(d.source).name for d in result] == ["bottom.md", "top.md"]
    assert result.failures == ()


# --------------------------------------------------------------------------- R23


def _open_fd_count() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else -1


def test_r23_no_file_descriptor_leak(tmp_path, monkeypatch) -> None:
    write_notes(tmp_path, [f"n{i:03}.md" for i in range(200)])
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    os.mkfifo(tmp_path / "fifo.md")
    before = _open_fd_count()
    for workers in (None, 2):
        result = seedparse.load_dir(tmp_path, errors="collect", workers=workers)
        assert len(result) == 200 and len(result.failures) == 2
        stream = seedparse.iter_dir(tmp_path, workers=workers, errors="collect")
        next(stream)
        stream.close()  # abandoned early: workers and files are closed too
    assert _open_fd_count() == before
