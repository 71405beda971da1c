"""Walking a directory tree: iterative, sorted, never following a symlink unless asked.

:func:`walk` yields one :class:`Entry` per matching path: a regular file to load (with
the inode the walk saw, so the file opened later must be the same one), or a
:class:`~seedparse.Failure` already known (a FIFO, a symlink not followed, a directory
that cannot be listed). Nothing is opened here; :mod:`seedparse._io.files` reads.

A name the directory listing itself says is a regular file (``d_type``, no system
call) is not ``lstat``-ed by the walk: its entry is ``unchecked``, and whoever loads it
calls :func:`checked` first, which does the ``lstat`` the walk would have done. With
``workers=N`` that puts the one system call per file in the workers rather than in the
parent, whose CPU per file is what caps them (docs/measuring.md); serial and parallel
runs take the same path, so they give the same outcomes. A file replaced by something
else between the listing and its load becomes a failure ("not a regular file", or
"vanished or unreadable") instead of being walked as what it became.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from operator import attrgetter

import attrs

from .._errors import ArgumentError, FileAccessError
from .._model import Failure
from .decode import scrub_surrogates
from .files import access_error, file_kind, identity

__all__ = ["Entry", "checked", "glob_to_regex", "walk"]


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


#: ``glob_to_regex("**/*")``: any run of components, each of any characters but ``/``
#: (a newline included), then one more: every string.
_EVERY_PATH = "(?:[^/]*/)*[^/]*"


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
    unchecked: bool = False
    """The listing said a regular file and nothing was ``lstat``-ed yet: load it
    through :func:`checked`."""

    def __reduce__(self) -> tuple[object, ...]:
        # The parent of load_dir(workers=N) pickles every entry it hands out: a tuple
        # costs a third of attrs' generic state dict.
        return (
            Entry,
            (self.rel, self.path, self.source, self.identity, self.failure, self.unchecked),
        )


def checked(entry: Entry) -> tuple[int, int] | Failure:
    """The identity of ``entry``'s file by the ``lstat`` the walk left to the loader
    (a regular file), or the failure the walk would have given. Not a new Entry: the
    loader needs only the identity, and it asks once per file."""
    rel, path = entry.rel, entry.path
    try:
        info = os.lstat(path)
    except OSError as error:
        return _failure_of(rel, path, f"vanished or unreadable: {error.strerror}")
    if not stat.S_ISREG(info.st_mode):
        return _failure_of(rel, path, f"not a regular file ({file_kind(info.st_mode)})")
    return (info.st_dev, info.st_ino)


def walk(root: str, pattern: re.Pattern[str], follow_symlinks: bool) -> Iterator[Entry]:
    """Depth-first, iterative, each directory's entries sorted by name, so files come
    out sorted by their relative path's components.

    Every non-directory entry whose relative path matches ``pattern`` yields one
    entry, and every directory that cannot be listed yields a failure. Symlinks are
    failures unless ``follow_symlinks``; then a target must lie inside the root, a
    link to one of its own ancestors is a loop, and a directory is walked through
    at most one link (so links cannot multiply the work).
    """
    # The default pattern, ``**/*``, matches every relative path: no match per file.
    every = pattern.pattern == _EVERY_PATH and not pattern.flags & ~re.UNICODE
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
    stack: list[tuple[Iterator[Entry | tuple[str, str, bool]], tuple[int, int]]] = [
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
        rel, path, regular = item
        wanted = every or pattern.fullmatch(rel) is not None
        if regular:  # the listing says so: the loader lstat-s it (see checked)
            if wanted:
                yield Entry(rel, path, scrub_surrogates(path), unchecked=True)
            continue
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
    failure = _failure_of(rel, path, message)
    return Entry(rel, path, failure.path, None, failure)


def _failure_of(rel: str, path: str, message: str) -> Failure:
    return Failure(path=scrub_surrogates(path), error="FileAccessError", message=message)


_NAME = attrgetter("name")


def _list_dir(path: str, prefix: str) -> Iterator[Entry | tuple[str, str, bool]]:
    """``(rel, path, regular)`` for each name in ``path``, sorted; ``regular`` when
    the listing says a regular file (for a type it does not give, ``is_file`` asks
    ``lstat``; on an error the walk's own ``lstat`` decides)."""
    try:
        with os.scandir(path) as listing:
            items = sorted(listing, key=_NAME)
    except OSError as error:
        rel = prefix.rstrip("/") or "."
        yield _failure(rel, path, f"cannot list directory: {error.strerror}")
        return
    for item in items:
        try:
            regular = item.is_file(follow_symlinks=False)
        except OSError:
            regular = False
        yield prefix + item.name, item.path, regular
