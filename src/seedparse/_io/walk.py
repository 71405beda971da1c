"""Walking a directory tree: iterative, sorted, never following a symlink unless asked.

:func:`walk` yields one :class:`Entry` per matching path: a regular file to load (with
the inode the walk saw, so the file opened later must be the same one), or a
:class:`~seedparse.Failure` already known (a FIFO, a symlink not followed, a directory
that cannot be listed). Nothing is opened here; :mod:`seedparse._io.files` reads.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator

import attrs

from .._errors import ArgumentError, FileAccessError
from .._model import Failure
from .decode import scrub_surrogates
from .files import access_error, file_kind, identity

__all__ = ["Entry", "glob_to_regex", "walk"]


def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """Compile a glob over relative POSIX paths: ``*`` and ``?`` stay inside one
    component, ``**/`` spans any number of directories, ``[abc]`` is a class."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
            while pattern.startswith("**/", i):  # "**/**/" is "**/" (and stays linear)
                i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif ch == "*":
            out.append("[^/]*")
            i += 1
        elif ch == "?":
            out.append("[^/]")
            i += 1
        elif ch == "[":
            close = pattern.find("]", i + 2)
            if close < 0:
                out.append(re.escape(ch))
                i += 1
            else:
                body = pattern[i + 1 : close]
                negate = body.startswith("!")
                body = body[1:] if negate else body
                body = "".join("\\" + c if c in "\\[]^&~|" else c for c in body)
                out.append("[" + ("^" if negate else "") + body + "]")
                i = close + 1
        else:
            out.append(re.escape(ch))
            i += 1
    try:
        return re.compile("".join(out))
    except re.error as error:
        raise ArgumentError(f"invalid pattern {pattern!r}: {error}") from error


@attrs.frozen
class Entry:
    """One entry of a walk: a regular file to load, or a failure already known."""

    rel: str
    path: str
    """What to open (for a followed symlink: its target)."""
    source: str
    """How documents and failures name it: the path under the root, surrogate-free."""
    identity: tuple[int, int] | None = None
    """``(st_dev, st_ino)`` seen by the walk; the file opened must be the same."""
    failure: Failure | None = None

    def __reduce__(self) -> tuple[object, ...]:
        # The parent of load_dir(workers=N) pickles every entry it hands out: a tuple
        # costs a third of attrs' generic state dict.
        return (Entry, (self.rel, self.path, self.source, self.identity, self.failure))


def walk(root: str, pattern: re.Pattern[str], follow_symlinks: bool) -> Iterator[Entry]:
    """Depth-first, iterative, each directory's entries sorted by name, so files come
    out sorted by their relative path's components.

    Every non-directory entry whose relative path matches ``pattern`` yields one
    entry, and every directory that cannot be listed yields a failure. Symlinks are
    failures unless ``follow_symlinks``; then a target must lie inside the root, a
    link to one of its own ancestors is a loop, and a directory is walked through
    at most one link (so links cannot multiply the work).
    """
    shown_root = scrub_surrogates(root)
    try:
        root_info = os.stat(root)
    except (OSError, ValueError) as error:
        raise access_error(error, shown_root, "open directory") from error
    if not stat.S_ISDIR(root_info.st_mode):
        raise FileAccessError("not a directory", source=shown_root, reason="not a directory")
    root_real = os.path.realpath(root)
    root_id = identity(root_info)
    via_links: set[tuple[int, int]] = set()
    ancestors = {root_id}
    stack: list[tuple[Iterator[Entry | tuple[str, str]], tuple[int, int]]] = [
        (_list_dir(root, ""), root_id)
    ]
    while stack:
        items, directory = stack[-1]
        item = next(items, None)
        if item is None:
            stack.pop()
            ancestors.discard(directory)
            continue
        if isinstance(item, Entry):  # a directory that could not be listed
            yield item
            continue
        rel, path = item
        wanted = pattern.fullmatch(rel) is not None
        try:
            info = os.lstat(path)
        except OSError as error:
            if wanted:
                yield _failure(rel, path, f"vanished or unreadable: {error.strerror}")
            continue
        target = path
        linked = stat.S_ISLNK(info.st_mode)
        if linked:
            if not follow_symlinks:
                if wanted:
                    yield _failure(rel, path, "symlink (not followed)")
                continue
            target = os.path.realpath(path)
            if not _inside(root_real, target):
                if wanted:
                    yield _failure(rel, path, "symlink escapes the root")
                continue
            try:
                info = os.stat(target)
            except OSError as error:
                if wanted:
                    kind = "symlink loop" if error.errno == errno.ELOOP else "dangling symlink"
                    yield _failure(rel, path, f"{kind}: {error.strerror}")
                continue
        if stat.S_ISDIR(info.st_mode):
            key = identity(info)
            if key in ancestors:
                yield _failure(rel, path, "symlink loop" if linked else "directory loop")
            elif linked and key in via_links:
                if wanted:
                    yield _failure(rel, path, "symlink to a directory already walked")
            else:
                if linked:
                    via_links.add(key)
                ancestors.add(key)
                stack.append((_list_dir(path, rel + "/"), key))
        elif wanted:
            if stat.S_ISREG(info.st_mode):
                yield Entry(rel, target, scrub_surrogates(path), identity(info))
            else:
                yield _failure(rel, path, f"not a regular file ({file_kind(info.st_mode)})")


def _inside(root_real: str, target: str) -> bool:
    return target == root_real or target.startswith(root_real.rstrip(os.sep) + os.sep)


def _failure(rel: str, path: str, message: str) -> Entry:
    source = scrub_surrogates(path)
    return Entry(
        rel, path, source, None, Failure(path=source, error="FileAccessError", message=message)
    )


def _list_dir(path: str, prefix: str) -> Iterator[Entry | tuple[str, str]]:
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as error:
        rel = prefix.rstrip("/") or "."
        yield _failure(rel, path, f"cannot list directory: {error.strerror}")
        return
    for name in names:
        yield prefix + name, os.path.join(path, name)
