"""Reading one file safely: the only place seedparse opens a file.

:func:`read_bytes` ``stat``-s a path before opening it (or takes the walk's
``lstat``), so FIFOs, devices and directories are refused without being opened and a
file larger than ``Limits.max_bytes`` without being read; it opens non-blocking,
checks the same inode again with ``fstat``, and reads at most ``max_bytes + 1`` bytes.
:func:`read_decoded` adds the decoding (:mod:`seedparse._io.decode`). Every failure is a
:class:`~seedparse.FileAccessError` or :class:`~seedparse.LimitExceeded` naming the file.
"""

from __future__ import annotations

import errno
import os
import stat

from .._errors import ArgumentError, FileAccessError, LimitExceeded, SeedparseError
from .._limits import Limits
from .decode import DecodedText, decode_bytes, scrub_surrogates
from .location import local_path

__all__ = ["access_error", "file_kind", "fspath", "identity", "read_bytes", "read_decoded"]

_READ_CHUNK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


def fspath(path: object) -> str:
    """``os.fspath`` for the public functions: a wrong type is a seedparse error. A
    plain ``file://`` URL is its local path (and takes the hardened local route)."""
    try:
        value = os.fspath(path)  # type: ignore[call-overload]
    except TypeError as error:
        raise ArgumentError(
            f"expected a path (str or os.PathLike), not {type(path).__name__}"
        ) from error
    if isinstance(path, str):
        return local_path(value)
    return os.fsdecode(value) if isinstance(value, bytes) else value


def identity(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def access_error(error: OSError | ValueError, source: str, doing: str) -> FileAccessError:
    if isinstance(error, FileNotFoundError):
        return FileAccessError("no such file", source=source, reason="not found")
    if isinstance(error, PermissionError):
        return FileAccessError("permission denied", source=source, reason="permission denied")
    if isinstance(error, OSError) and error.errno == errno.ELOOP:
        return FileAccessError("symlink loop", source=source, reason="symlink loop")
    if isinstance(error, ValueError):  # an embedded NUL in the path
        return FileAccessError(f"invalid path: {error}", source=source, reason="invalid path")
    what = error.strerror or str(error)
    return FileAccessError(f"cannot {doing}: {what}", source=source, reason=f"cannot {doing}")


def read_bytes(
    path: str,
    limits: Limits,
    *,
    source: str | None = None,
    expect: tuple[int, int] | None = None,
) -> bytes:
    """Read a regular file, never blocking on FIFOs and never past ``max_bytes``.

    The path is ``stat``-ed before it is opened, so FIFOs, devices and directories
    are refused without being opened, and a file larger than ``max_bytes`` without
    being read. It is opened non-blocking and checked again with ``fstat`` (the
    same inode as the ``stat``, and as ``expect`` when the walk passed one), so a
    file swapped between the check and the open is refused too. At most
    ``max_bytes + 1`` bytes are read, which also stops a file that grows.

    ``expect`` is the identity a ``stat`` or ``lstat`` of the caller found for a
    regular file (the walk's): that was the check before the open, so no second
    ``stat`` is made (the ``fstat`` after the open still checks the type, the size
    and that identity).
    """
    source = source if source is not None else scrub_surrogates(path)
    if expect is None:
        try:
            before = os.stat(path)
        except (OSError, ValueError) as error:
            raise access_error(error, source, "open") from error
        _check_regular(before, source, limits, None)
        expect = identity(before)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as error:
        raise access_error(error, source, "open") from error
    try:
        info = os.fstat(fd)
        _check_regular(info, source, limits, expect)
        remaining = limits.max_bytes + 1  # one byte more tells "too large"
        size = info.st_size  # (at most max_bytes: one byte more is asked for)
        chunk = os.read(fd, min(remaining, size + 1))
        if len(chunk) == size:
            # The whole file as fstat sized it, and a short read: the end of the file,
            # so no second read to hear it (half the read calls of a walk). A file
            # that grew since fstat filled the read and is read on.
            return chunk
        chunks = [chunk]
        remaining -= len(chunk)
        while chunk and remaining > 0:
            chunk = os.read(fd, min(remaining, _READ_CHUNK))
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:
            raise LimitExceeded(
                f"file grew past max_bytes={limits.max_bytes} while being read", source=source
            )
        return b"".join(chunks)
    except SeedparseError:
        raise
    except OSError as error:
        raise access_error(error, source, "read") from error
    finally:
        os.close(fd)


def _check_regular(
    info: os.stat_result, source: str, limits: Limits, expect: tuple[int, int] | None
) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise FileAccessError(
            f"not a regular file ({file_kind(info.st_mode)})",
            source=source,
            reason="not a regular file",
        )
    if expect is not None and identity(info) != expect:
        raise FileAccessError(
            "the file was replaced while being opened", source=source, reason="file changed"
        )
    if info.st_size > limits.max_bytes:
        raise LimitExceeded(
            f"file of {info.st_size} bytes exceeds max_bytes={limits.max_bytes}", source=source
        )


_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISLNK, "symlink"),
)


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, for messages ("FIFO", "directory")."""
    return next((name for test, name in _KINDS if test(mode)), "special file")


def read_decoded(
    path: str,
    limits: Limits,
    *,
    strict: bool,
    source: str,
    expect: tuple[int, int] | None = None,
    encoding: str | None = None,
) -> DecodedText:
    """:func:`read_bytes`, then :func:`~seedparse._io.decode.decode_bytes`."""
    data = read_bytes(path, limits, source=source, expect=expect)
    return decode_bytes(data, source=source, strict=strict, encoding=encoding)
