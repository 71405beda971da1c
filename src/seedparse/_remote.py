"""Files where users keep them: fsspec URLs, read under the same rules as local paths.

``s3://``, ``gs://``, ``az://``, ``memory://``, ``https://`` (single files) and chained
URLs (``zip://notes::s3://bucket/notes.zip``) go through fsspec; local paths, and
plain ``file://`` URLs, keep the hardened walk and reader of :mod:`seedparse._io`
(FIFOs, devices and symlinks are refused there before anything is opened, which an
fsspec file object cannot promise). The remote edge keeps the local promises:

- the listing comes out sorted by relative path, component by component, exactly as
  the local walk orders a tree, and every object in it gives one Document or one
  :class:`~seedparse.Failure` that names the object's URL;
- ``Limits.max_bytes`` is checked against the size the listing reports before a byte
  of the object is requested, and no read asks for more than ``max_bytes + 1`` bytes:
  object stores get one ranged request (the server stops at the limit, and an object
  that grew since the listing is still caught), HTTP a stream that is read in bounded
  chunks and dropped (a web server may ignore ranges and send everything);
- retries and timeouts are fsspec's and the backend's own, configured through
  ``storage_options`` (s3fs's ``retries``, botocore's ``config_kwargs``...); seedparse
  adds none, so a job never retries twice over.

An object store answers each request after a round trip, so one object at a time
spends most of its time waiting. On asynchronous filesystems (s3fs, gcsfs, adlfs) the
reader fetches a window of small objects concurrently on fsspec's own event loop
while the previous window is parsed: at most two windows (64 objects, 16 MB of listed
size each) are in memory, and each fetch is the same bounded range request.

The objects travel to other processes (``workers=N``, :mod:`seedparse.dask`) as
names: each process opens the filesystem again from the URL and the options, and
reads the objects itself. fsspec is imported on first use, so that ``import
seedparse`` stays light and works without the ``remote`` extra.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future
from typing import Any

import attrs

from ._errors import ArgumentError, FileAccessError, LimitExceeded, SeedparseError
from ._io.walk import Entry as _Entry
from ._io.walk import _failure
from ._limits import Limits

__all__ = ["RemoteEntry", "fetch_url", "member_url", "prefetch", "walk"]

_REMOTE_EXTRA = "pip install 'seedparse[remote]'"
# fsspec's HTTP filesystem reads a whole body when a server ignores a Range header:
# these protocols are streamed instead (and have no listing to walk).
_STREAMED = frozenset({"http", "https"})
_CHUNK = 1 << 20
# Prefetch windows: objects and listed bytes fetched together; larger objects are read
# on their own when their turn comes.
_WINDOW = 64
_WINDOW_BYTES = 16 << 20
_PREFETCH_MAX = 1 << 20


# --------------------------------------------------------------------------- routing


def _options(storage_options: object) -> dict[str, Any]:
    if storage_options is None:
        return {}
    if not isinstance(storage_options, Mapping) or not all(
        isinstance(key, str) for key in storage_options
    ):
        raise ArgumentError(
            "storage_options must be a mapping of option names to values, not "
            f"{type(storage_options).__name__}"
        )
    return dict(storage_options)


def _scheme(url: str) -> str:
    return url.split(":", 1)[0].lower()


# --------------------------------------------------------------------------- filesystems


def _connect(url: str, options: Mapping[str, Any]) -> tuple[Any, str]:
    """``fsspec.url_to_fs``, with every way it can fail turned into a seedparse error:
    a missing extra or backend, an unknown protocol or bad options are the caller's
    to fix (:class:`ArgumentError`); anything else is an access failure."""
    try:
        import fsspec.core
    except ImportError as error:
        raise ArgumentError(
            f"{_scheme(url)}:// URLs are read through fsspec, which is not installed: "
            f"{_REMOTE_EXTRA}"
        ) from error
    try:
        return fsspec.core.url_to_fs(url, **options)  # type: ignore[no-any-return]
    except ImportError as error:  # fsspec knows the protocol; its backend is missing
        raise ArgumentError(
            f"{_scheme(url)}:// URLs need a package that is not installed ({error}); "
            f"{_REMOTE_EXTRA} brings s3fs, other stores need their fsspec backend"
        ) from error
    except (ValueError, TypeError) as error:  # unknown protocol, unexpected option
        raise ArgumentError(f"cannot use {url}: {error}") from error
    except MemoryError:
        raise
    except Exception as error:  # chains open their outer file now
        raise _access_error(error, url, "open") from error


def _access_error(error: BaseException, source: str, doing: str) -> FileAccessError:
    """A backend's exception as a :class:`FileAccessError` naming the URL. fsspec
    backends raise builtin ``OSError`` subclasses for the common cases and their own
    exceptions (HTTP client, cloud SDK) for the rest; the type name is kept."""
    detail = str(error).strip()
    if isinstance(error, FileNotFoundError):
        message = "no such file" + (f" ({detail})" if detail and detail not in source else "")
        return FileAccessError(message, source=source, reason="not found")
    if isinstance(error, PermissionError):
        message = "permission denied" + (f" ({detail})" if detail else "")
        return FileAccessError(message, source=source, reason="permission denied")
    shown = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return FileAccessError(f"cannot {doing}: {shown}", source=source, reason=f"cannot {doing}")


class _Store:
    """Where a walk's objects live: the URL and options, and the filesystem opened
    from them in this process.

    It pickles as the URL and options only. A process that unpickles it (a forked
    worker, a Dask worker) opens the filesystem again on first use, through fsspec's
    own instance cache, because a filesystem's connections and event loop belong to
    the process that made them.
    """

    __slots__ = ("_opened", "_pid", "options", "url")

    def __init__(self, url: str, options: dict[str, Any]) -> None:
        self.url = url
        self.options = options
        self._opened: tuple[Any, str] | None = None
        self._pid = 0

    def filesystem(self) -> tuple[Any, str]:
        """The filesystem and the root path inside it."""
        if self._opened is None or self._pid != os.getpid():
            self._opened = _connect(self.url, self.options)
            self._pid = os.getpid()
        return self._opened

    def __getstate__(self) -> tuple[str, dict[str, Any]]:
        return (self.url, self.options)

    def __setstate__(self, state: tuple[str, dict[str, Any]]) -> None:
        self.url, self.options = state
        self._opened = None
        self._pid = 0

    def __repr__(self) -> str:  # never the options: they may hold credentials
        return f"_Store({self.url!r})"


@attrs.frozen
class RemoteEntry(_Entry):
    """One object of a remote listing: its name in the filesystem (``path``), its URL
    (``source``), the size the listing gave, and the store to read it from."""

    size: int | None = None
    store: _Store | None = attrs.field(default=None, eq=False, repr=False)
    fetched: bytes | BaseException | None = attrs.field(default=None, eq=False, repr=False)
    """The object's bytes (or the error fetching them) when a prefetch got them."""

    def read(self, limits: Limits) -> bytes:
        """The object's bytes: the prefetched ones, or one bounded read now."""
        assert self.store is not None
        if isinstance(self.fetched, BaseException):
            raise _access_error(self.fetched, self.source, "read") from self.fetched
        if self.fetched is not None:
            return _within_limit(self.fetched, limits, self.source)
        fs, _ = self.store.filesystem()
        return _read_object(fs, self.path, self.size, limits, self.source)

    def __getstate__(self) -> dict[str, Any]:
        # Prefetched bytes stay in the process that fetched them.
        state = {name: getattr(self, name) for name in attrs.fields_dict(type(self))}
        state["fetched"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[object, ...]:
        # Entry's tuple form would come back as a local Entry: a remote one travels as
        # its class and its state (without the prefetched bytes).
        return (_blank_entry, (type(self),), self.__getstate__())


def _blank_entry(cls: type[RemoteEntry]) -> RemoteEntry:
    """An entry with no fields set, for unpickling (``__setstate__`` fills it)."""
    return cls.__new__(cls)


# --------------------------------------------------------------------------- reading


def _protocols(fs: Any) -> frozenset[str]:
    protocol = getattr(fs, "protocol", ())
    return frozenset((protocol,) if isinstance(protocol, str) else protocol)


def _read_object(fs: Any, path: str, size: int | None, limits: Limits, source: str) -> bytes:
    """The bytes of one object, never more than ``limits.max_bytes + 1`` of them read.

    ``size`` is what the listing (or ``info``) said; an object it puts over the limit
    is refused before any request for its content.
    """
    if size is not None and size > limits.max_bytes:
        raise LimitExceeded(
            f"file of {size} bytes exceeds max_bytes={limits.max_bytes}", source=source
        )
    if size == 0:  # nothing to fetch (and a range over an empty object is an error)
        return b""
    try:
        if _protocols(fs) & _STREAMED:
            data = _read_stream(fs, path, size, limits, source)
        else:
            # One ranged request: the store sends at most max_bytes + 1 bytes.
            data = fs.cat_file(path, start=0, end=limits.max_bytes + 1)
    except SeedparseError:
        raise
    except MemoryError:
        raise
    except Exception as error:  # each backend has errors of its own
        raise _access_error(error, source, "read") from error
    return _within_limit(data, limits, source)


def _within_limit(data: bytes, limits: Limits, source: str) -> bytes:
    if not isinstance(data, bytes):
        data = bytes(data)
    if len(data) > limits.max_bytes:
        raise LimitExceeded(
            f"file grew past max_bytes={limits.max_bytes} since it was listed",
            source=source,
        )
    return data


# --------------------------------------------------------------------------- prefetching


def prefetch(entries: Iterable[_Entry], limits: Limits) -> Iterator[_Entry]:
    """``entries`` again, the small remote objects among them already fetched: each
    window's requests run concurrently on the filesystem's event loop while the caller
    works through the window before it. Only asynchronous filesystems gain from this
    (and HTTP is left out: its ranged reads are not bounded); other entries pass
    through untouched, and any entry the prefetch could not fill is read as usual."""
    pending: tuple[list[_Entry], _Fetch | None] | None = None
    window: list[_Entry] = []
    listed = 0
    for entry in entries:
        window.append(entry)
        if _fetchable(entry, limits):
            assert isinstance(entry, RemoteEntry) and entry.size is not None
            listed += entry.size
        if len(window) >= _WINDOW or listed >= _WINDOW_BYTES:
            started = (window, _start(window, limits))
            if pending is not None:
                yield from _finish(*pending)
            pending, window, listed = started, [], 0
    if pending is not None:
        yield from _finish(*pending)
    yield from _finish(window, _start(window, limits))


def _fetchable(entry: _Entry, limits: Limits) -> bool:
    if not isinstance(entry, RemoteEntry) or entry.store is None or entry.size is None:
        return False
    return 0 < entry.size <= min(limits.max_bytes, _PREFETCH_MAX)


_Fetch = tuple[list[str], "Future[list[Any]]"]


def _start(window: list[_Entry], limits: Limits) -> _Fetch | None:
    wanted = [e for e in window if _fetchable(e, limits)]
    if not wanted:
        return None
    store = wanted[0].store  # type: ignore[attr-defined]
    fs, _ = store.filesystem()
    if not getattr(fs, "async_impl", False) or _protocols(fs) & _STREAMED:
        return None
    paths = [e.path for e in wanted]
    try:
        coroutine = fs._cat_ranges(paths, 0, limits.max_bytes + 1, on_error="return")
        return paths, asyncio.run_coroutine_threadsafe(coroutine, fs.loop)
    except Exception:  # noqa: BLE001 - no prefetch: every entry is read on its own
        return None


def _finish(window: list[_Entry], fetch: _Fetch | None) -> Iterator[_Entry]:
    fetched: dict[str, Any] = {}
    if fetch is not None:
        paths, future = fetch
        try:
            results = future.result()
        except Exception:  # noqa: BLE001 - the window is read object by object instead
            results = []
        if len(results) == len(paths):
            fetched = dict(zip(paths, results, strict=True))
    for entry in window:
        if isinstance(entry, RemoteEntry) and entry.path in fetched:
            result = fetched[entry.path]
            if isinstance(result, (bytes, BaseException)):
                entry = attrs.evolve(entry, fetched=result)
        yield entry


def _read_stream(fs: Any, path: str, size: int | None, limits: Limits, source: str) -> bytes:
    """Read a streamed object chunk by chunk, stopping one byte past the limit."""
    chunks: list[bytes] = []
    remaining = limits.max_bytes + 1
    with fs.open(path, "rb", block_size=0) as handle:  # block_size=0: a plain stream
        while remaining > 0:
            chunk = handle.read(min(remaining, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    return b"".join(chunks)


def _info(fs: Any, path: str, source: str) -> tuple[str, int | None]:
    try:
        info = fs.info(path)
    except MemoryError:
        raise
    except Exception as error:  # each backend has errors of its own
        raise _access_error(error, source, "open") from error
    return _kind_and_size(info)


def _kind_and_size(info: object) -> tuple[str, int | None]:
    if not isinstance(info, Mapping):
        return "file", None
    kind = info.get("type", "file")
    size = info.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        size = None
    return (kind if isinstance(kind, str) else "file"), size


def _check_file(kind: str, source: str) -> None:
    if kind != "file":
        raise FileAccessError(
            f"not a regular file ({kind})", source=source, reason="not a regular file"
        )


def fetch_url(url: str, storage_options: object, limits: Limits) -> bytes:
    """The bytes of the object at ``url`` for :func:`seedparse.load` and
    :func:`seedparse.read_text`: ``info`` first (type and size, so that a directory or
    an object over the limit is refused unread), then one bounded read."""
    fs, path = _connect(url, _options(storage_options))
    kind, size = _info(fs, path, url)
    _check_file(kind, url)
    return _read_object(fs, path, size, limits, url)


# --------------------------------------------------------------------------- walking


def walk(
    url: str,
    pattern: re.Pattern[str],
    storage_options: object,
    *,
    limits: Limits,
    fetch_ahead: bool = False,
) -> Iterator[_Entry]:
    """The objects under ``url`` whose relative path matches ``pattern``, in sorted
    relative-path order; ``fetch_ahead`` prefetches them for a reader in this process.

    The filesystem is opened now (a missing extra or a bad option raises at the
    call); the listing is taken on the first ``next()``, as a local walk does.
    """
    if _scheme(url) in _STREAMED:
        raise ArgumentError(
            f"{_scheme(url)}:// URLs name single files (load() reads one); a web server "
            "has no listing to walk"
        )
    store = _Store(url, _options(storage_options))
    store.filesystem()
    listed = _listed(store, pattern)
    return prefetch(listed, limits) if fetch_ahead else listed


def _listed(store: _Store, pattern: re.Pattern[str]) -> Iterator[_Entry]:
    fs, root = store.filesystem()
    for rel, name, kind, size in _listing(fs, root, store.url):
        if pattern.fullmatch(rel) is None:
            continue
        source = member_url(store.url, root, rel)
        if rel.endswith("/"):  # a "folder" placeholder object, as consoles create
            if not size:
                continue
            yield _failure(rel, source, "object name ends with '/' (a folder marker)")
        elif kind != "file":
            yield _failure(rel, source, f"not a regular file ({kind})")
        else:
            yield RemoteEntry(rel, name, source, size=size, store=store)


def _listing(fs: Any, root: str, url: str) -> list[tuple[str, str, str, int | None]]:
    """Every object under ``root`` as (relative path, name, type, size), sorted as the
    local walk sorts: by the tuple of path components."""
    try:
        # A listing cached by an earlier call may be stale; the one taken here is
        # dropped again once copied, so a long-lived filesystem does not keep it.
        fs.invalidate_cache(root)
        try:
            found = fs.find(root, withdirs=False, detail=True)
        finally:
            fs.invalidate_cache(root)
        exists = bool(found) or fs.isdir(root)
    except MemoryError:
        raise
    except Exception as error:  # each backend has errors of its own
        raise _access_error(error, url, "list directory") from error
    if not exists:
        raise FileAccessError("no such directory", source=url, reason="not found")
    bare = root.rstrip("/")
    rows: list[tuple[str, str, str, int | None]] = []
    for name, info in found.items():
        if name.rstrip("/") == bare:
            raise FileAccessError("not a directory", source=url, reason="not a directory")
        rel = name[len(root) :] if name.startswith(root) else name
        kind, size = _kind_and_size(info)
        rows.append((rel.lstrip("/"), name, kind, size))
    rows.sort(key=lambda row: row[0].split("/"))
    return rows


def member_url(url: str, root: str, rel: str) -> str:
    """The URL of ``rel`` under the directory URL ``url``, whose path in its filesystem
    is ``root``.

    In a chain the directory's path sits in one link: the first (the path inside an
    archive: ``zip://dir::s3://bucket/a.zip``) or a later one (a cache in front of a
    store: ``simplecache::s3://bucket/dir``). It is the first link whose own path is
    ``root``; ``rel`` is appended there.
    """
    links = url.split("::")
    bare = root.strip("/")
    at = 0
    for index, link in enumerate(links):
        if link.partition("://")[2].strip("/") == bare:
            at = index
            break
    scheme, marker, path = links[at].partition("://")
    if not marker:  # "zip::s3://..." is "zip://::s3://..."
        scheme, path = links[at], ""
    path = path.rstrip("/")
    links[at] = f"{scheme}://{path}/{rel}" if path else f"{scheme}://{rel}"
    return "::".join(links)
