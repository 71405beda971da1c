"""The edge of the library: the only code that touches files.

``parse`` turns a str into a Document; ``load`` reads one file safely and parses it;
``iter_dir`` and ``load_dir`` walk a tree (iteratively, without following symlinks
unless asked, refusing anything that is not a regular file) and account for every
entry: each yields exactly one Document or one :class:`~seedparse.Failure`.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Literal, overload

import attrs

from ._decode import DecodedText, decode_bytes, normalize_text
from ._errors import (
    FileAccessError,
    LimitExceeded,
    LoadError,
    ParseError,
    ReaderError,
    SeedparseError,
)
from ._limits import Limits, current_limits, using_limits
from ._model import Document, Failure
from ._registry import Detection, Reader, ReaderRegistry

__all__ = [
    "LoadResult",
    "default_registry",
    "detect",
    "iter_dir",
    "load",
    "load_dir",
    "parse",
    "read_text",
]

Errors = Literal["raise", "skip", "collect"]
EncodingErrors = Literal["replace", "strict"]

#: The registry behind :func:`seedparse.readers` and :func:`seedparse.register_reader`.
default_registry = ReaderRegistry()

_READ_CHUNK = 1 << 20


# --------------------------------------------------------------------------- parse


def _pick_reader(text: str, reader: str | Reader | None) -> Reader:
    if reader is None:
        return default_registry.detect(text).reader
    if isinstance(reader, str):
        return default_registry.get(reader)
    if isinstance(reader, Reader):
        return reader
    raise ReaderError(f"reader must be a name, a Reader or None, not {type(reader).__name__}")


def detect(text: str) -> Detection:
    """Which reader would read ``text``, and every reader's score.

    .. versionadded:: 0.1.0
    """
    return default_registry.detect(normalize_text(text))


def _run_reader(reader: Reader, text: str, source: str) -> Document:
    try:
        document = reader.read(text, source)
    except SeedparseError:
        raise
    except RecursionError as error:
        raise LimitExceeded(
            f"input nested too deeply for reader {reader.name!r}", source=source, reader=reader.name
        ) from error
    except Exception as error:
        raise ParseError(
            f"reader {reader.name!r} failed: {type(error).__name__}: {error}",
            source=source,
            reader=reader.name,
        ) from error
    if not isinstance(document, Document):
        raise ReaderError(
            f"reader {reader.name!r} returned {type(document).__name__}, not a Document"
        )
    return document


def parse(
    text: str,
    *,
    source: str = "<string>",
    reader: str | Reader | None = None,
    limits: Limits | None = None,
) -> Document:
    """Parse a str into a Document.

    The text is normalised first (BOM removed, CRLF and CR to LF, NUL to U+FFFD), so
    spans index into ``seedparse.normalize_text(text)``. ``reader`` forces a reader by
    name or object; by default the content is sniffed.

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise ParseError(f"parse() takes a str, not {type(text).__name__}", source=source)
    with using_limits(limits) as active:
        if len(text) > active.max_bytes:
            raise LimitExceeded(
                f"text of {len(text)} characters exceeds max_bytes={active.max_bytes}",
                source=source,
            )
        text = normalize_text(text)
        chosen = _pick_reader(text, reader)
        return _run_reader(chosen, text, source)


# --------------------------------------------------------------------------- files


def _read_bytes(path: str, limits: Limits) -> bytes:
    """Read a regular file, never blocking on FIFOs and never past ``max_bytes``."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as error:
        raise FileAccessError("no such file", source=path, reason="not found") from error
    except PermissionError as error:
        raise FileAccessError("permission denied", source=path, reason="permission") from error
    except OSError as error:
        raise FileAccessError(
            f"cannot open: {error.strerror or error}", source=path, reason="cannot open"
        ) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileAccessError(
                f"not a regular file ({_file_kind(info.st_mode)})",
                source=path,
                reason="not a regular file",
            )
        if info.st_size > limits.max_bytes:
            raise LimitExceeded(
                f"file of {info.st_size} bytes exceeds max_bytes={limits.max_bytes}",
                source=path,
            )
        chunks: list[bytes] = []
        remaining = limits.max_bytes + 1  # one byte more tells "too large"
        want = info.st_size + 1  # a regular file: usually one read does it
        while remaining > 0:
            chunk = os.read(fd, min(remaining, want))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
            want = _READ_CHUNK
        if remaining <= 0:
            raise LimitExceeded(
                f"file grew past max_bytes={limits.max_bytes} while being read", source=path
            )
        if not chunks:
            return b""
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as error:
        if isinstance(error, SeedparseError):
            raise
        raise FileAccessError(
            f"cannot read: {error.strerror or error}", source=path, reason="cannot read"
        ) from error
    finally:
        os.close(fd)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _decode_file(path: str, limits: Limits, encoding_errors: EncodingErrors) -> DecodedText:
    data = _read_bytes(path, limits)
    return decode_bytes(data, source=path, strict=encoding_errors == "strict")


def read_text(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
) -> str:
    """The decoded, normalised text of a file: what every span of its Document
    indexes into.

    .. versionadded:: 0.1.0
    """
    with using_limits(limits) as active:
        return _decode_file(os.fspath(path), active, encoding_errors).text


def load(
    path: str | os.PathLike[str],
    *,
    reader: str | Reader | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
) -> Document:
    """Read one file and parse it.

    Bytes are decoded explicitly (BOM, else UTF-8); invalid UTF-8 is replaced and
    recorded in ``metadata["encoding"]`` and ``metadata["warnings"]``, or raises
    :class:`DecodeError` with ``encoding_errors="strict"``. Only
    :class:`SeedparseError` subclasses escape.

    .. versionadded:: 0.1.0
    """
    source = os.fspath(path)
    with using_limits(limits) as active:
        decoded = _decode_file(source, active, encoding_errors)
        document = _run_reader(_pick_reader(decoded.text, reader), decoded.text, source)
        return _with_decoding_facts(document, decoded)


def _with_decoding_facts(document: Document, decoded: DecodedText) -> Document:
    if decoded.encoding == "utf-8" and not decoded.warnings:
        return document
    metadata = dict(document.metadata)
    if decoded.encoding != "utf-8" or decoded.warnings:
        metadata["encoding"] = decoded.encoding
    if decoded.warnings:
        metadata["warnings"] = tuple(metadata.get("warnings", ())) + decoded.warnings
    return attrs.evolve(document, metadata=metadata)


def _load_quietly(
    path: str, reader: str | None, limits: Limits, encoding_errors: EncodingErrors
) -> Document | SeedparseError:
    """``load`` for batch use: the error is returned, not raised."""
    try:
        return load(path, reader=reader, limits=limits, encoding_errors=encoding_errors)
    except SeedparseError as error:
        return error
    except MemoryError as error:
        return LimitExceeded("out of memory while parsing", source=path).with_traceback(
            error.__traceback__
        )


# --------------------------------------------------------------------------- walking


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
                out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
                i = close + 1
        else:
            out.append(re.escape(ch))
            i += 1
    return re.compile("".join(out))


@attrs.frozen
class _Entry:
    rel: str
    path: str
    failure: Failure | None = None


def _walk(root: str, pattern: re.Pattern[str], follow_symlinks: bool) -> Iterator[_Entry]:
    """Depth-first, iterative, each directory's entries sorted by name, so files come
    out sorted by their relative path's components."""
    try:
        root_info = os.stat(root)
    except OSError as error:
        raise FileAccessError(f"cannot open directory: {error.strerror}", source=root) from error
    if not stat.S_ISDIR(root_info.st_mode):
        raise FileAccessError("not a directory", source=root, reason="not a directory")
    root_real = os.path.realpath(root)
    visited = {(root_info.st_dev, root_info.st_ino)}
    stack: list[Iterator[_Entry | tuple[str, str]]] = [_list_dir(root, "")]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        if isinstance(item, _Entry):  # a directory that could not be listed
            yield item
            continue
        rel, path = item
        try:
            info = os.lstat(path)
        except OSError as error:
            if pattern.fullmatch(rel):
                yield _failure(rel, path, f"vanished or unreadable: {error.strerror}")
            continue
        if stat.S_ISLNK(info.st_mode):
            if not follow_symlinks:
                if pattern.fullmatch(rel):
                    yield _failure(rel, path, "symlink (not followed)")
                continue
            target = os.path.realpath(path)
            if os.path.commonpath([root_real, target]) != root_real:
                if pattern.fullmatch(rel):
                    yield _failure(rel, path, "symlink escapes the root")
                continue
            try:
                info = os.stat(target)
            except OSError as error:
                if pattern.fullmatch(rel):
                    yield _failure(rel, path, f"dangling symlink: {error.strerror}")
                continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in visited:
                if pattern.fullmatch(rel):
                    yield _failure(rel, path, "symlink loop")
                continue
            visited.add(key)
            stack.append(_list_dir(path, rel + "/"))
        elif pattern.fullmatch(rel):
            if stat.S_ISREG(info.st_mode):
                yield _Entry(rel, path)
            else:
                yield _failure(rel, path, f"not a regular file ({_file_kind(info.st_mode)})")


def _failure(rel: str, path: str, message: str) -> _Entry:
    return _Entry(rel, path, Failure(path=path, error="FileAccessError", message=message))


def _list_dir(path: str, prefix: str) -> Iterator[_Entry | tuple[str, str]]:
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as error:
        rel = prefix.rstrip("/") or "."
        yield _failure(rel, path, f"cannot list directory: {error.strerror}")
        return
    for name in names:
        yield prefix + name, os.path.join(path, name)


# --------------------------------------------------------------------------- batches


@attrs.frozen(repr=False)
class LoadResult(Sequence[Document]):
    """The documents of a :func:`load_dir` call, in order, plus what failed.

    It is a sequence of Documents; ``failures`` lists the files that gave none
    (with ``errors="collect"``), and ``skipped`` counts them (also with ``"skip"``).

    .. versionadded:: 0.1.0
    """

    documents: tuple[Document, ...]
    failures: tuple[Failure, ...] = ()
    skipped: int = 0

    @overload
    def __getitem__(self, index: int) -> Document: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Document]: ...
    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        return self.documents[index]

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __repr__(self) -> str:
        shown = ", ".join(repr(d) for d in self.documents[:10])
        more = f", ... {len(self.documents) - 10} more" if len(self.documents) > 10 else ""
        return f"LoadResult([{shown}{more}], failures={len(self.failures)}, skipped={self.skipped})"


class _Progress:
    """A one-line progress display on a terminal; silent when not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0
        self.failed = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def step(self, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown >= 0.1:
            self.shown = now
            rate = self.count / max(now - self.started, 1e-9)
            sys.stderr.write(
                f"\rseedparse: {self.count} files, {self.failed} failed, {rate:,.0f} files/s"
            )
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self.shown = 0.0
            self.step(False)
            self.count -= 1
            sys.stderr.write("\n")
            sys.stderr.flush()


def _results(
    root: str,
    *,
    pattern: str,
    workers: int | None,
    reader: str | None,
    limits: Limits,
    encoding_errors: EncodingErrors,
) -> Iterator[tuple[_Entry, Document | SeedparseError | Failure]]:
    root = os.fspath(root)
    entries = _walk(root, glob_to_regex(pattern), limits.follow_symlinks)
    if workers is not None and workers > 1:
        from ._parallel import parse_in_processes

        yield from parse_in_processes(  # type: ignore[misc]
            entries, workers, reader, limits, encoding_errors
        )
        return
    for entry in entries:
        if entry.failure is not None:
            yield entry, entry.failure
        else:
            yield entry, _load_quietly(entry.path, reader, limits, encoding_errors)


def _as_failure(path: str, outcome: SeedparseError | Failure) -> Failure:
    if isinstance(outcome, Failure):
        return outcome
    return Failure(path=path, error=type(outcome).__name__, message=outcome.message)


def _as_error(path: str, outcome: SeedparseError | Failure) -> SeedparseError:
    if isinstance(outcome, SeedparseError):
        return outcome
    return FileAccessError(outcome.message, source=path, reason=outcome.message)


def _check_options(errors: str, workers: int | None, pattern: str) -> None:
    if errors not in ("raise", "skip", "collect"):
        raise SeedparseError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise SeedparseError(f"workers must be a positive int or None, not {workers!r}")
    if not isinstance(pattern, str) or not pattern:
        raise SeedparseError("pattern must be a non-empty glob string")


def iter_dir(
    path: str | os.PathLike[str],
    *,
    pattern: str = "**/*",
    workers: int | None = None,
    errors: Errors = "raise",
    progress: bool = False,
    reader: str | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
) -> Iterator[Document | Failure]:
    """Stream the files under ``path`` as Documents, in sorted relative-path order.

    Memory does not grow with the number of files. With ``errors="raise"`` the first
    bad file raises; ``"skip"`` leaves bad files out; ``"collect"`` yields a
    :class:`Failure` in their place. ``workers=N`` (N > 1) parses in N processes and
    yields the same items in the same order.

    .. versionadded:: 0.1.0
    """
    _check_options(errors, workers, pattern)
    active = limits if limits is not None else current_limits()
    meter = _Progress(progress)
    try:
        for entry, outcome in _results(
            os.fspath(path),
            pattern=pattern,
            workers=workers,
            reader=reader,
            limits=active,
            encoding_errors=encoding_errors,
        ):
            meter.step(not isinstance(outcome, Document))
            if isinstance(outcome, Document):
                yield outcome
            elif errors == "raise":
                raise _as_error(entry.path, outcome)
            elif errors == "collect":
                yield _as_failure(entry.path, outcome)
    finally:
        meter.close()


def load_dir(
    path: str | os.PathLike[str],
    *,
    pattern: str = "**/*",
    workers: int | None = None,
    errors: Errors = "raise",
    progress: bool = False,
    reader: str | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
) -> LoadResult:
    """Load every file under ``path`` whose relative path matches ``pattern``.

    Returns a :class:`LoadResult` (a sequence of Documents) in sorted relative-path
    order, whatever ``workers`` is. Every entry is accounted for: with
    ``errors="raise"`` all bad files are raised together as a :class:`LoadError`
    (an ``ExceptionGroup``) after the walk; ``"skip"`` counts them in ``skipped``;
    ``"collect"`` also lists them in ``failures``.

    .. versionadded:: 0.1.0
    """
    _check_options(errors, workers, pattern)
    active = limits if limits is not None else current_limits()
    documents: list[Document] = []
    failures: list[Failure] = []
    problems: list[SeedparseError] = []
    meter = _Progress(progress)
    try:
        for entry, outcome in _results(
            os.fspath(path),
            pattern=pattern,
            workers=workers,
            reader=reader,
            limits=active,
            encoding_errors=encoding_errors,
        ):
            meter.step(not isinstance(outcome, Document))
            if isinstance(outcome, Document):
                documents.append(outcome)
            elif errors == "raise":
                problems.append(_as_error(entry.path, outcome))
            else:
                failures.append(_as_failure(entry.path, outcome))
    finally:
        meter.close()
    if problems:
        raise LoadError(f"{len(problems)} file(s) under {os.fspath(path)} failed", problems)
    return LoadResult(
        documents=tuple(documents),
        failures=tuple(failures) if errors == "collect" else (),
        skipped=len(failures),
    )
