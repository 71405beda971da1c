"""R19 to R21 as properties: on generated trees (files, binaries, FIFOs, links,
dangling links, directory links), load_dir accounts for every entry exactly once, in
sorted order, the same serially and in processes, and never leaves the root."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from hypothesis import given, settings
from strategies import trees

import seedparse
from seedparse import Limits

SECRET = "OUTSIDE-THE-ROOT"


def build(root: Path, spec: list[tuple[list[str], str, str]]) -> None:
    root.mkdir()
    outside = root.parent / "outside.md"
    outside.write_text(SECRET)
    for parts, kind, text in spec:
        path = root.joinpath(*parts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            continue  # a generated name clashes with a file: leave this entry out
        if os.path.lexists(path):
            continue
        if kind == "note":
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
        elif kind == "binary":
            path.write_bytes(b"\x89PNG\r\n\x1a\n\x00" + text.encode("utf-8", "replace"))
        elif kind == "bad-utf8":
            path.write_bytes(b"caf\xe9 " + text.encode("utf-8", "replace"))
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "link":
            path.symlink_to(outside if len(text) % 2 else root)
        elif kind == "dangling":
            path.symlink_to(root / "no-such-file")
        elif kind == "dir-link":
            path.symlink_to(path.parent)
        else:
            path.mkdir()


def entries(root: Path) -> list[str]:
    """Non-directory entries by lstat (what load_dir must account for), found
    independently of seedparse."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            if not stat.S_ISDIR(os.lstat(full).st_mode):
                found.append(full)
    return sorted(found)


@settings(max_examples=25)
@given(spec=trees)
def test_r19_r20_load_dir_accounts_for_every_entry(spec) -> None:  # type: ignore[no-untyped-def]
    base = Path(tempfile.mkdtemp(prefix="seedparse-tree-"))
    try:
        root = base / "root"
        build(root, spec)
        expected = entries(root)
        serial = seedparse.load_dir(root, errors="collect")
        seen = [d.source for d in serial] + [f.path for f in serial.failures]
        assert sorted(seen) == expected  # every entry once, nothing twice, nothing extra
        order = [
            getattr(x, "source", None) or x.path for x in seedparse.iter_dir(root, errors="collect")
        ]
        assert [p.split(os.sep) for p in order] == sorted(p.split(os.sep) for p in order)
        assert seedparse.load_dir(root, errors="collect", workers=2) == serial
        for failure in serial.failures:
            if os.path.islink(failure.path):
                assert "symlink" in failure.message
        followed = seedparse.load_dir(root, errors="collect", limits=Limits(follow_symlinks=True))
        for doc in followed:
            assert os.path.realpath(doc.source).startswith(str(root.resolve()))
            assert SECRET not in repr(doc.to_dict())
        assert len({d.source for d in followed} | {f.path for f in followed.failures}) == len(
            followed
        ) + len(followed.failures)
    finally:
        shutil.rmtree(base)
