"""Properties: on generated trees (odd names, text, binary, invalid UTF-8, empty files,
sizes around a limit), an fsspec URL gives exactly the local result: the same items in
the same order, the same Documents, the same failures."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedparse

from .helpers import assert_same_result

fsspec = pytest.importorskip("fsspec", reason="the remote extra is not installed")

names = st.text(alphabet="abcXYZ019-_. \u00e9", min_size=1, max_size=6).filter(
    lambda n: n not in (".", "..")
)
bodies = st.one_of(
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=300),
    st.just(b""),
    st.text(max_size=80).map(lambda t: b"\x89PNG\r\n\x1a\n\x00" + t.encode("utf-8", "replace")),
    st.text(max_size=80).map(lambda t: b"caf\xe9 " + t.encode("utf-8", "replace")),
)
trees = st.lists(st.tuples(st.lists(names, min_size=1, max_size=3), bodies), max_size=12)


def _build(root: Path, spec: list[tuple[list[str], bytes]]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for parts, body in spec:
        path = root.joinpath(*parts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            continue  # a name clashes with a file: leave this one out
        if path.exists():
            continue
        path.write_bytes(body)
        files[path.relative_to(root).as_posix()] = body
    return files


@given(
    spec=trees,
    max_bytes=st.sampled_from([64 * 2**20, 40]),
    pattern=st.sampled_from(["**/*", "*", "**/*.txt", "a*/**"]),
)
def test_a_memory_tree_reads_as_the_same_local_tree(
    spec: list[tuple[list[str], bytes]], max_bytes: int, pattern: str
) -> None:
    with tempfile.TemporaryDirectory(prefix="seedparse-") as scratch:
        root = Path(scratch) / "tree"
        root.mkdir()
        files = _build(root, spec)
        fs = fsspec.filesystem("memory")
        prefix = f"/prop-{uuid.uuid4().hex}"
        for rel, body in files.items():
            fs.pipe_file(f"{prefix}/{rel}", body)
        url = f"memory://{prefix}"
        try:
            limits = seedparse.Limits(max_bytes=max_bytes)
            local = seedparse.load_dir(root, errors="collect", limits=limits, pattern=pattern)
            if files:
                remote = seedparse.load_dir(url, errors="collect", limits=limits, pattern=pattern)
            else:  # nothing uploaded: the prefix does not exist in the store
                with pytest.raises(seedparse.FileAccessError):
                    seedparse.load_dir(url, errors="collect", limits=limits, pattern=pattern)
                return
        finally:
            if files:
                fs.rm(prefix, recursive=True)
        assert len(remote) + len(remote.failures) == len(local) + len(local.failures)
        assert_same_result(remote, url, local, root)
