"""Where a path points: a local path (plain or ``file://``) or a URL for fsspec.

A few string rules with no dependencies, so that the file reader
(:mod:`seedparse._io.files`), the public functions and the remote edge
(:mod:`seedparse._remote`) can all ask without importing one another.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .._errors import ArgumentError

__all__ = ["is_url", "local_path", "uses_url"]

# A scheme followed by "://" (s3://b/k) or by "::" (a chain: simplecache::s3://b/k).
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*(?:://|::)")


def is_url(path: str) -> bool:
    """Whether ``path`` is a URL for fsspec (a ``scheme://`` or a ``scheme::`` chain).

    A Windows drive (``C:\\``) has no ``//`` and stays a path; so does any
    ``os.PathLike``, which the callers never pass here.
    """
    return _URL.match(path) is not None


def local_path(path: str) -> str:
    """The local path a plain ``file://`` URL names, as fsspec reads it (no percent
    decoding; ``file://localhost/x`` is ``/x``). Other strings come back unchanged."""
    if path[:7].lower() != "file://" or "::" in path:
        return path
    rest = path[7:]
    if rest.lower().startswith("localhost/"):
        rest = rest[len("localhost") :]
    if not rest.startswith("/"):
        raise ArgumentError(f"a file:// URL names an absolute local path, not {path!r}")
    return rest


def uses_url(path: str, storage_options: object, *, may_be_url: bool = True) -> bool:
    """Route a path: True for a URL (fsspec), False for a local path (``may_be_url``
    is False for an ``os.PathLike``). Options meant for a remote store make no sense
    for a local path, and are refused rather than silently ignored."""
    if may_be_url and is_url(path):
        return True
    if storage_options is not None and (
        not isinstance(storage_options, Mapping) or storage_options
    ):
        raise ArgumentError(
            f"storage_options apply to fsspec URLs (s3://, gs://, ...), not to the local "
            f"path {path!r}"
        )
    return False
