"""What the remote tests compare: a remote LoadResult against the local one."""

from __future__ import annotations

from pathlib import Path

import attrs

import seedparse


def assert_same_result(
    remote: seedparse.LoadResult, url: str, local: seedparse.LoadResult, root: Path
) -> None:
    """Same items in the same order (by relative path), Documents equal in every field
    but the source, and the same failures."""
    assert [d.source[len(url) + 1 :] for d in remote] == [
        Path(d.source).relative_to(root).as_posix() for d in local
    ]
    assert [
        attrs.evolve(r, source=loc.source) for r, loc in zip(remote, local, strict=True)
    ] == list(local)
    assert [(f.path[len(url) + 1 :], f.error, f.message) for f in remote.failures] == [
        (Path(f.path).relative_to(root).as_posix(), f.error, f.message) for f in local.failures
    ]
