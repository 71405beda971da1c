"""The public functions: ``parse``, ``detect``, ``load``, ``read_text``, ``iter_dir``,
``load_dir``, and the default registry behind them.

``parse`` turns a str into a Document; ``load`` reads one file safely
(:mod:`seedparse._io.files`) and parses it; ``iter_dir`` and ``load_dir`` walk a tree
(:mod:`seedparse._io.walk`), in worker processes when asked (:mod:`seedparse._io.parallel`),
and account for every entry: each yields exactly one Document or one
:class:`~seedparse.Failure`. Options are checked here, when the call is made.
``parse_bytes`` parses bytes decoded exactly as a file's; URLs (``s3://``,
``memory://``...) are handed to :mod:`seedparse._remote`, which keeps the same
rules over fsspec.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, overload

import attrs

from ._errors import (
    ArgumentError,
    FileAccessError,
    LimitExceeded,
    LoadError,
    ParseError,
    ReaderError,
    SeedparseError,
)
from ._gcpause import collector_paused, paused_steps
from ._io.decode import (
    DecodedText,
    check_encoding,
    decode_bytes,
    normalize_text,
    scrub_surrogates,
)
from ._io.files import fspath, read_bytes, read_decoded
from ._io.location import uses_url
from ._io.progress import Progress, shows_progress
from ._io.walk import Entry, checked, glob_to_regex, walk
from ._io.watchdog import Expired, time_limit, time_limits
from ._limits import Limits, current_limits, using_limits
from ._model import Document, Failure, with_read_facts
from ._protocol import Reader
from ._registry import Detection, ReaderRegistry

__all__ = [
    "LoadResult",
    "default_registry",
    "detect",
    "iter_dir",
    "load",
    "load_dir",
    "parse",
    "parse_bytes",
    "read_text",
]

Errors = Literal["raise", "skip", "collect"]
EncodingErrors = Literal["replace", "strict"]

# How many outcomes load_dir takes between two collections of the young generation.
_YOUNG_EVERY = 256
# How many files load_dir reads in this process per run of outcomes (see _results).
_RUN = 64

#: The registry behind :func:`seedparse.readers` and :func:`seedparse.register_reader`.
default_registry = ReaderRegistry()


# --------------------------------------------------------------------------- parse


def _pick_reader(text: str, reader: str | Reader | None) -> Reader:
    if reader is None:
        return default_registry.pick(text)
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


def _run_reader(
    reader: Reader, text: str, source: str, decoded: DecodedText | None = None
) -> Document:
    """``reader.read(text, source)`` with its errors named, plus what the caller knows:
    the digest of ``text`` and, for ``decoded`` bytes, the decoding facts (one copy of
    the reader's Document for both)."""
    try:
        document = reader.read(text, source)
    except ArgumentError as error:
        # Not the input's fault nor the caller's: the reader built a model object
        # with a bad field (an unknown kind, a span out of order).
        raise ParseError(
            f"reader {reader.name!r} built an invalid Document: {error}",
            source=source,
            reader=reader.name,
        ) from error
    except SeedparseError as error:
        if error.source is None:
            # Raised below the reader by code that knows no file (the quotation
            # finder's native scanner): the error names the file all the same.
            error.source = source
        raise
    except RecursionError as error:
        raise LimitExceeded(
            f"input nested too deeply for reader {reader.name!r}", source=source, reader=reader.name
        ) from error
    except MemoryError as error:
        raise LimitExceeded(
            f"out of memory in reader {reader.name!r}", source=source, reader=reader.name
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
    digest = _digest(text, decoded)
    metadata = None if decoded is None or decoded.plain else _decoding_metadata(document, decoded)
    if metadata is None and document.digest == digest:
        return document
    return with_read_facts(document, digest, metadata)


def _digest(text: str, decoded: DecodedText | None) -> str:
    """The digest of the text read, which Document.id derives from
    (:mod:`seedparse._records.ids`): from the UTF-8 bytes decoding kept, when it kept
    them, so that the text is not encoded again."""
    content_digest, digest_utf8 = _digesters or _import_digesters()
    utf8 = None if decoded is None else decoded.utf8
    return content_digest(text) if utf8 is None else digest_utf8(utf8)


#: ``content_digest`` and ``digest_utf8`` once imported (see :func:`_import_digesters`).
_digesters: tuple[Callable[[str], str], Callable[[bytes], str]] | None = None


def _import_digesters() -> tuple[Callable[[str], str], Callable[[bytes], str]]:
    """``content_digest`` and ``digest_utf8`` (``seedparse._records.digest``, which the
    ids derive from), imported on first use (``import seedparse`` imports nothing of
    ``_records``) and then kept in a global, not looked up per file."""
    global _digesters
    from ._records.digest import content_digest, digest_utf8

    _digesters = (content_digest, digest_utf8)
    return _digesters


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
        source = scrub_surrogates(source) if isinstance(source, str) else source
        chosen = _pick_reader(text, reader)
        return _run_reader(chosen, text, source)


# --------------------------------------------------------------------------- files


def _is_url(path: object, fs_path: str, storage_options: object) -> bool:
    """Whether ``path`` goes to fsspec (a str URL; an ``os.PathLike`` is always local)."""
    return uses_url(fs_path, storage_options, may_be_url=isinstance(path, str))


def _check_encoding_errors(encoding_errors: object) -> None:
    if encoding_errors not in ("replace", "strict"):
        raise ArgumentError(
            f"encoding_errors must be 'replace' or 'strict', not {encoding_errors!r}"
        )


def read_text(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
    encoding: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> str:
    """The decoded, normalised text of a file (or of the object at an fsspec URL):
    what every span of its Document indexes into (decoded as :func:`load` decodes it).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``encoding`` forces a codec; fsspec URLs and
       ``storage_options``.
    """
    _check_encoding_errors(encoding_errors)
    check_encoding(encoding)
    fs_path = fspath(path)
    if _is_url(path, fs_path, storage_options):
        from ._remote import fetch_url

        with using_limits(limits) as active:
            data = fetch_url(fs_path, storage_options, active)
            return decode_bytes(
                data, source=fs_path, strict=encoding_errors == "strict", encoding=encoding
            ).text
    with using_limits(limits) as active:
        return read_decoded(
            fs_path,
            active,
            strict=encoding_errors == "strict",
            source=scrub_surrogates(fs_path),
            encoding=encoding,
        ).text


def load(
    path: str | os.PathLike[str],
    *,
    reader: str | Reader | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
    encoding: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> Document:
    """Read one file and parse it.

    Bytes are decoded explicitly: a BOM, else ``encoding`` when given (any codec
    Python knows, e.g. ``"cp1252"``), else UTF-8; bytes that are not UTF-8 go to the
    legacy-encoding detector (charset-normalizer). Unless the text was clean UTF-8,
    ``metadata["encoding"]`` records the codec, how it was chosen, how sure that is
    and how many undecodable sequences became U+FFFD, with a warning in
    ``metadata["warnings"]``. ``encoding_errors="strict"`` guesses nothing and
    replaces nothing: it raises :class:`DecodeError` at the first bad byte instead.
    FIFOs, devices and directories raise :class:`FileAccessError` without being
    read, files larger than ``limits.max_bytes`` raise :class:`LimitExceeded`
    without being read, and a file whose decoding and parsing take longer than
    ``limits.per_file_timeout`` raises :class:`LimitExceeded` ("timeout: ...").
    Only :class:`SeedparseError` subclasses escape.

    ``path`` may be an fsspec URL (``s3://bucket/key``, ``https://...``,
    ``memory://...``, a chained URL); ``storage_options`` go to fsspec. The object's
    type and size are looked up first, so a directory or an object over ``max_bytes``
    is refused unread, and at most ``max_bytes + 1`` bytes are read.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``encoding`` forces a codec; legacy encodings are
       detected; fsspec URLs and ``storage_options``.
    """
    fs_path = fspath(path)
    if _is_url(path, fs_path, storage_options):
        from ._remote import fetch_url

        _check_encoding_errors(encoding_errors)
        check_encoding(encoding)
        with using_limits(limits) as active:
            data = fetch_url(fs_path, storage_options, active)
            return _decode_and_read(data, fs_path, reader, active, encoding_errors, encoding)
    return _load(
        fs_path, scrub_surrogates(fs_path), None, reader, limits, encoding_errors, encoding
    )


def _load(
    path: str,
    source: str,
    expect: tuple[int, int] | None,
    reader: str | Reader | None,
    limits: Limits | None,
    encoding_errors: EncodingErrors,
    encoding: str | None = None,
) -> Document:
    _check_encoding_errors(encoding_errors)
    with using_limits(limits) as active:
        data = read_bytes(path, active, source=source, expect=expect)
        return _decode_and_read(data, source, reader, active, encoding_errors, encoding)


def _decode_and_read(
    data: bytes,
    source: str,
    reader: str | Reader | None,
    limits: Limits,
    encoding_errors: EncodingErrors,
    encoding: str | None,
) -> Document:
    """Decode and parse one file's bytes within ``limits.per_file_timeout``.

    The time limit (see :mod:`seedparse._io.watchdog`) covers decoding and the reader,
    not the bounded read of the file before them.
    """
    timeout = limits.per_file_timeout
    try:
        with time_limit(timeout):
            decoded = decode_bytes(
                data, source=source, strict=encoding_errors == "strict", encoding=encoding
            )
            return _run_reader(_pick_reader(decoded.text, reader), decoded.text, source, decoded)
    except Expired:
        raise LimitExceeded(
            f"timeout: parsing took longer than {timeout:g} s (per_file_timeout)", source=source
        ) from None


def parse_bytes(
    data: bytes,
    *,
    source: str = "<bytes>",
    reader: str | Reader | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
    encoding: str | None = None,
) -> Document:
    """Decode bytes exactly as :func:`load` decodes a file, and parse them.

    For bytes that come from elsewhere than a local file (a database, an object
    store, a web response). ``encoding`` forces a codec, ``encoding_errors`` is as
    for :func:`load`, and ``limits.max_bytes`` bounds ``len(data)``.

    .. versionadded:: 0.2.0
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ArgumentError(f"parse_bytes() takes bytes, not {type(data).__name__}")
    _check_encoding_errors(encoding_errors)
    source = scrub_surrogates(source) if isinstance(source, str) else source
    check_encoding(encoding)
    with using_limits(limits) as active:
        if len(data) > active.max_bytes:
            raise LimitExceeded(
                f"{len(data)} bytes exceed max_bytes={active.max_bytes}", source=source
            )
        return _decode_and_read(bytes(data), source, reader, active, encoding_errors, encoding)


def _decoding_metadata(document: Document, decoded: DecodedText) -> dict[str, Any]:
    """The reader's metadata plus the facts of a decoding that was not plain UTF-8."""
    metadata = dict(document.metadata)
    metadata["encoding"] = decoded.facts()
    if decoded.warnings:
        # Decoding happened first, so its warnings come first. A "warnings" key the
        # reader left that is not a tuple of messages is not ours to extend.
        found = metadata.get("warnings", ())
        metadata["warnings"] = decoded.warnings + (found if isinstance(found, tuple) else ())
    return metadata


def _load_entry(
    entry: Entry,
    *,
    reader: str | None,
    limits: Limits,
    encoding_errors: EncodingErrors,
    encoding: str | None = None,
) -> Document | SeedparseError | Failure:
    """``load`` for batch use: the error is returned, not raised (and an entry the
    walk left unchecked that is no regular file is its Failure, as from the walk)."""
    expect = entry.identity
    if entry.unchecked:
        found = checked(entry)
        if isinstance(found, Failure):
            return found
        expect = found
    try:
        if type(entry) is not Entry:  # an object of an fsspec listing
            from ._remote import RemoteEntry

            if isinstance(entry, RemoteEntry):
                with using_limits(limits) as active:
                    data = entry.read(active)
                    return _decode_and_read(
                        data, entry.source, reader, active, encoding_errors, encoding
                    )
        # (not _load: the walk checked encoding_errors once, see _check_walk)
        source = entry.source
        with using_limits(limits) as active:
            data = read_bytes(entry.path, active, source=source, expect=expect)
            return _decode_and_read(data, source, reader, active, encoding_errors, encoding)
    except SeedparseError as error:
        return error
    except MemoryError:
        return LimitExceeded("out of memory while parsing", source=entry.source)


# --------------------------------------------------------------------------- walking


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


#: Runs of outcomes in walk order: one per file in this process, one per batch that
#: came back from the workers with ``workers=N``.
Outcomes = Generator[list[tuple[Entry, Document | SeedparseError | Failure]], None, None]


def _results(
    entries: Iterable[Entry],
    *,
    workers: int | None,
    reader: str | None,
    limits: Limits,
    encoding_errors: EncodingErrors,
    encoding: str | None,
    run: int = 1,
) -> Outcomes:
    """The outcome of each entry, in runs: one per file (``run=1``, what a stream
    yields as it goes), or up to ``run`` files in this process (what ``load_dir``,
    whose caller sees nothing before the end, takes at once); one per batch that
    came back from the workers with ``workers=N``."""
    load_one = functools.partial(
        _load_entry,
        reader=reader,
        limits=limits,
        encoding_errors=encoding_errors,
        encoding=encoding,
    )
    if workers is not None and workers > 1 and hasattr(os, "fork"):
        # (where there is no fork, as on Windows, the files are parsed in this process:
        # the same outcomes in the same order, one core)
        from ._io.parallel import runs_in_processes

        default_registry.infos()  # load the entry points once, before forking
        yield from runs_in_processes(entries, workers, load_one, limits.per_file_timeout)
        return
    if run == 1:
        for entry in entries:
            yield [(entry, entry.failure if entry.failure is not None else load_one(entry))]
        return
    # Runs of files under one installation of the timer's handler (each file still has
    # its own limit: see time_limits), yielded between the runs, never inside one.
    timeout = limits.per_file_timeout
    pending = iter(entries)
    while True:
        with time_limits(timeout):
            outcomes = [
                (entry, entry.failure if entry.failure is not None else load_one(entry))
                for entry in itertools.islice(pending, run)
            ]
        if not outcomes:
            return
        yield outcomes


def _describe(error: SeedparseError) -> str:
    """The error's message with its line and column when known, for a Failure."""
    if error.line is None:
        return error.message
    where = f"line {error.line}" + (f", column {error.column}" if error.column else "")
    return f"{error.message} ({where})"


def _as_failure(entry: Entry, outcome: SeedparseError | Failure) -> Failure:
    if isinstance(outcome, Failure):
        return outcome
    return Failure(path=entry.source, error=type(outcome).__name__, message=_describe(outcome))


def _as_error(entry: Entry, outcome: SeedparseError | Failure) -> SeedparseError:
    if isinstance(outcome, SeedparseError):
        return outcome
    return FileAccessError(outcome.message, source=entry.source, reason=outcome.message)


def _check_options(
    path: object, errors: object, workers: object, pattern: object, reader: object
) -> str:
    if errors not in ("raise", "skip", "collect"):
        raise ArgumentError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    if workers is not None and (
        not isinstance(workers, int) or isinstance(workers, bool) or workers < 1
    ):
        raise ArgumentError(f"workers must be a positive int or None, not {workers!r}")
    if not isinstance(pattern, str) or not pattern:
        raise ArgumentError("pattern must be a non-empty glob string")
    if reader is not None and not isinstance(reader, str):
        raise ArgumentError(
            f"load_dir() and iter_dir() take a reader name, not {type(reader).__name__}"
        )
    return fspath(path)


def _check_walk(
    path: object,
    errors: object,
    workers: object,
    pattern: object,
    reader: object,
    limits: object,
    encoding_errors: object,
) -> tuple[str, Limits]:
    """Every option of a walk checked at once: the root path and the limits in force."""
    root = _check_options(path, errors, workers, pattern, reader)
    _check_encoding_errors(encoding_errors)
    active = limits if limits is not None else current_limits()
    if not isinstance(active, Limits):
        raise ArgumentError(f"limits must be a seedparse.Limits, not {type(limits).__name__}")
    if isinstance(reader, str):
        default_registry.get(reader)  # an unknown name fails once, not once per file
    return root, active


def _outcomes(
    path: object,
    pattern: str,
    workers: int | None,
    errors: Errors,
    reader: str | None,
    limits: Limits | None,
    encoding_errors: EncodingErrors,
    encoding: str | None,
    storage_options: Mapping[str, Any] | None = None,
    run: int = 1,
) -> Outcomes:
    """Check every option of ``iter_dir``/``load_dir`` now (not on the first ``next``),
    then walk lazily. The arguments are theirs, in their order (``run``: see
    :func:`_results`)."""
    root, active = _check_walk(path, errors, workers, pattern, reader, limits, encoding_errors)
    check_encoding(encoding)
    return _results(
        _entries(
            path,
            root,
            glob_to_regex(pattern),
            active,
            storage_options,
            fetch_ahead=workers is None or workers == 1,
        ),
        workers=workers,
        reader=reader,
        limits=active,
        encoding_errors=encoding_errors,
        encoding=encoding,
        run=run,
    )


def _entries(
    path: object,
    root: str,
    pattern: re.Pattern[str],
    limits: Limits,
    storage_options: Mapping[str, Any] | None,
    *,
    fetch_ahead: bool = False,
) -> Iterator[Entry]:
    """The walk: the hardened local one, or an fsspec listing for a URL (whose objects
    are prefetched when ``fetch_ahead``: they are read in this process)."""
    if _is_url(path, root, storage_options):
        from ._remote import walk as walk_url

        return walk_url(root, pattern, storage_options, limits=limits, fetch_ahead=fetch_ahead)
    return walk(root, pattern, limits.follow_symlinks)


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
    encoding: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> Iterator[Document | Failure]:
    """Stream the files under ``path`` as Documents, in sorted relative-path order.

    Memory does not grow with the number of files. With ``errors="raise"`` the first
    bad file raises; ``"skip"`` leaves bad files out; ``"collect"`` yields a
    :class:`Failure` in their place. ``workers=N`` (N > 1) parses in N processes and
    yields the same items in the same order. Each file is held to
    ``limits.per_file_timeout`` either way (see :func:`load_dir`). ``encoding`` forces
    a codec for every file (see :func:`load`). Bad options raise at the call, not at
    the first ``next()``. ``path`` may be an fsspec URL (see :func:`load_dir`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``per_file_timeout`` also without ``workers``;
       ``encoding``; a tqdm progress bar; fsspec URLs and ``storage_options``.
    """
    outcomes = _outcomes(
        path, pattern, workers, errors, reader, limits, encoding_errors, encoding, storage_options
    )
    return _stream(outcomes, errors, functools.partial(_meter, progress, path, pattern))


def _meter(progress: bool, path: object, pattern: str) -> Progress:
    """The progress bar (drawn only on a terminal), after the options were checked."""
    return Progress(shows_progress(progress), root=fspath(path), pattern=glob_to_regex(pattern))


def _metered(outcomes: Outcomes, make_meter: Callable[[], Progress]) -> Outcomes:
    """``outcomes`` counted on the progress bar; the walk and any worker processes
    are stopped when this generator is closed (use it in ``contextlib.closing``).
    The bar starts with the first ``next()``, so a stream never iterated draws nothing."""
    meter = make_meter()
    finished = False
    try:
        for run in outcomes:
            failed = sum(not isinstance(outcome, Document) for _, outcome in run)
            meter.steps(len(run), failed)
            yield run
        finished = True
    finally:
        meter.close(finished=finished)
        outcomes.close()  # stop worker processes now, not when the generator is collected


def _classified(
    outcomes: Outcomes, errors: Errors, make_meter: Callable[[], Progress]
) -> Iterator[list[Document | Failure | SeedparseError]]:
    """Each run of outcomes as the caller of a walk sees them: Documents, Failures
    (with ``errors="collect"`` or ``"skip"``) or the errors to raise (``"raise"``).

    The cyclic collector is paused while each run is made (reading, parsing,
    unpickling a worker's results) and restored in between, so the caller's code runs
    with the collector as the caller left it (:mod:`seedparse._gcpause`).
    """
    with contextlib.closing(_metered(outcomes, make_meter)) as metered:
        for run in paused_steps(metered):
            yield [
                outcome
                if isinstance(outcome, Document)
                else _as_error(entry, outcome)
                if errors == "raise"
                else _as_failure(entry, outcome)
                for entry, outcome in run
            ]


def _stream(
    outcomes: Outcomes, errors: Errors, make_meter: Callable[[], Progress]
) -> Iterator[Document | Failure]:
    for run in _classified(outcomes, errors, make_meter):
        for item in run:
            if isinstance(item, SeedparseError):
                raise item
            if errors != "skip" or not isinstance(item, Failure):
                yield item


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
    encoding: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> LoadResult:
    """Load every file under ``path`` whose relative path matches ``pattern``.

    Returns a :class:`LoadResult` (a sequence of Documents) in sorted relative-path
    order, whatever ``workers`` is. Every entry is accounted for: each file, FIFO,
    device or symlink matching ``pattern``, and each directory that cannot be listed,
    gives exactly one Document or one failure. With ``errors="raise"`` all bad files
    are raised together as a :class:`LoadError` (an ``ExceptionGroup``) after the
    walk; ``"skip"`` counts them in ``skipped``; ``"collect"`` also lists them in
    ``failures``. Each file is decoded and parsed within
    ``limits.per_file_timeout``, in this process or, with ``workers=N`` (N > 1), in N
    processes; a file that times out (or kills its worker) becomes a failure and the
    other files are still read. ``encoding`` forces a codec for every file (see
    :func:`load`). ``progress=True`` draws a progress bar when standard error is a
    terminal.

    ``path`` may be an fsspec URL (``s3://bucket/prefix``, ``gs://...``,
    ``memory://...``, a chained URL such as ``zip://::s3://bucket/a.zip``), with
    ``storage_options`` passed to fsspec: one listing, the same order and accounting,
    ``max_bytes`` checked against the listed size before an object is read, and
    failures that name the object's URL. Workers read the objects themselves.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``per_file_timeout`` also without ``workers``;
       ``encoding``; a tqdm progress bar; fsspec URLs and ``storage_options``.
    """
    outcomes = _outcomes(
        path,
        pattern,
        workers,
        errors,
        reader,
        limits,
        encoding_errors,
        encoding,
        storage_options,
        run=_RUN,
    )
    documents: list[Document] = []
    failures: list[Failure] = []
    problems: list[SeedparseError] = []
    make_meter = functools.partial(_meter, progress, path, pattern)
    # The whole walk runs with the collector paused (restored however it ends): the
    # result grows by every Document, and full collections would walk all of it again
    # and again. Young objects are still collected every _YOUNG_EVERY outcomes, so
    # reference cycles made while parsing (a failure's traceback) stay bounded.
    with collector_paused():
        count = 0
        for run in _classified(outcomes, errors, make_meter):
            for item in run:
                if isinstance(item, Document):
                    documents.append(item)
                elif isinstance(item, Failure):
                    failures.append(item)
                else:
                    problems.append(item)
            before, count = count, count + len(run)
            if count // _YOUNG_EVERY != before // _YOUNG_EVERY:
                gc.collect(0)
    if problems:
        shown = scrub_surrogates(fspath(path))
        raise LoadError(f"{len(problems)} file(s) under {shown} failed", problems)
    return LoadResult(
        documents=tuple(documents),
        failures=tuple(failures) if errors == "collect" else (),
        skipped=len(failures),
    )
