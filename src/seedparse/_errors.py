"""The one error tree of seedparse.

Every exception seedparse raises derives from :class:`SeedparseError`. Bad input
raises :class:`ParseError` (or one of its narrower subclasses), which also is a
``ValueError`` so that code written against the builtin keeps working. Each error
carries the source it came from and, where known, the position in the decoded text,
and survives a pickle round trip (process pools send errors between processes).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = [
    "ArgumentError",
    "DecodeError",
    "FileAccessError",
    "FrontmatterError",
    "LimitExceeded",
    "LoadError",
    "MetadataError",
    "ParseError",
    "ReaderError",
    "SeedparseError",
    "missing_extra",
    "needs_extra",
]


class SeedparseError(Exception):
    """Root of every error seedparse raises.

    Every error has ``source`` (also readable as ``path``) and the position
    attributes ``offset``, ``line`` and ``column``, which are None where no
    position applies (a missing file, an unknown reader).

    .. versionadded:: 0.1.0
    """

    offset: int | None = None
    line: int | None = None
    column: int | None = None

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    @property
    def path(self) -> str | None:
        """The file (or other source) the error is about, when known."""
        return self.source

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields would be lost by the default BaseException reduce,
        # and a subclass of OSError would be rebuilt with the wrong arguments.
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


def _rebuild(cls: type[SeedparseError], message: str, state: dict[str, Any]) -> SeedparseError:
    error = cls.__new__(cls, message)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class ParseError(SeedparseError, ValueError):
    """The input could not be turned into a Document.

    ``offset`` is a character offset into the decoded text (a byte offset for
    :class:`DecodeError`); ``line`` and ``column`` are 1-based. When the line's text
    is known, ``str()`` shows it with a caret under the position.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        offset: int | None = None,
        line: int | None = None,
        column: int | None = None,
        line_text: str | None = None,
        reader: str | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self._caret_column: int | None = None
        self.offset = offset
        self.line = line
        self.column = column
        self.line_text = line_text
        self.reader = reader

    @classmethod
    def at(
        cls,
        message: str,
        text: str,
        offset: int,
        *,
        source: str | None = None,
        reader: str | None = None,
    ) -> ParseError:
        """Build the error for ``offset`` in ``text``, working out line and column."""
        offset = max(0, min(offset, len(text)))
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        if line_end < 0:
            line_end = len(text)
        line_text = text[line_start:line_end]
        if len(line_text) > 200:  # keep messages short on huge single-line inputs
            lo = max(line_start, offset - 80)
            line_text = text[lo : min(line_end, lo + 160)]
            column_in_shown = offset - lo
        else:
            column_in_shown = offset - line_start
        error = cls(
            message,
            source=source,
            offset=offset,
            line=text.count("\n", 0, offset) + 1,
            column=offset - line_start + 1,
            line_text=line_text,
            reader=reader,
        )
        error._caret_column = column_in_shown
        return error

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        elif self.offset is not None:
            where += f" at offset {self.offset}"
        text = f"{where}: {self.message}"
        if self.line_text is not None:
            caret = self._caret_column
            if caret is None:
                caret = (self.column or 1) - 1
            shown = self.line_text.replace("\t", " ")
            text += f"\n    {shown}\n    {' ' * caret}^"
        return text


class DecodeError(ParseError):
    """The bytes are not text: binary content, or invalid UTF-8 in strict mode.

    ``offset`` is the byte offset of the first bad byte.

    .. versionadded:: 0.1.0
    """


class FrontmatterError(ParseError):
    """The YAML front matter is unsafe or malformed (tags, aliases, depth, framing).

    .. versionadded:: 0.1.0
    """


class MetadataError(ParseError):
    """Embedded metadata (a JSON block) is too large or too deep to read safely.

    .. versionadded:: 0.1.0
    """


class LimitExceeded(ParseError):
    """The input is larger than a configured :class:`seedparse.Limits` bound.

    .. versionadded:: 0.1.0
    """


class FileAccessError(SeedparseError, OSError):
    """The path cannot be read as a regular file (missing, FIFO, device, directory,
    permission denied, symlink not followed).

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, source: str | None = None, reason: str = "") -> None:
        SeedparseError.__init__(self, message, source=source)
        self.reason = reason or message

    def __str__(self) -> str:
        return SeedparseError.__str__(self)


class ArgumentError(SeedparseError, ValueError, TypeError):
    """An argument has a wrong type or value: an option (``errors="bogus"``,
    ``Limits(max_bytes=0)``), a reader's constructor argument, or a field of a model
    object (``Span(start=5, end=2)``, ``Passage(kind="weird", ...)``).

    It is also a ``ValueError`` and a ``TypeError``, so code that catches the builtin
    a wrong value or a wrong type would raise keeps working.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Also a ``TypeError``; raised by the model's and the readers' constructors.
    """


class ReaderError(SeedparseError, LookupError):
    """A reader is unknown, invalid, or registered twice.

    .. versionadded:: 0.1.0
    """


class LoadError(ExceptionGroup, SeedparseError):  # type: ignore[override]
    """Several files of a :func:`seedparse.load_dir` call failed with ``errors="raise"``.

    An ``ExceptionGroup`` of the per-file errors, so ``except*`` picks them apart.

    .. versionadded:: 0.1.0
    """

    def __new__(cls, message: str, exceptions: Sequence[Exception]) -> LoadError:
        self = super().__new__(cls, message, exceptions)
        return self

    def __init__(self, message: str, exceptions: Sequence[Exception]) -> None:
        ExceptionGroup.__init__(self, message, exceptions)
        self.source = None

    def derive(self, excs: Sequence[Exception]) -> LoadError:  # type: ignore[override]
        return LoadError(self.message, excs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LoadError, (self.message, list(self.exceptions)))

    def __str__(self) -> str:
        return ExceptionGroup.__str__(self)


def missing_extra(what: str, extra: str) -> ArgumentError:
    """The error for a feature whose optional dependencies are not installed: ``what``
    says who needs which package, and the same words for every extra say what to install
    (raise it ``from`` the ImportError)."""
    return ArgumentError(f"{what}: pip install 'seedparse[{extra}]'")


@contextlib.contextmanager
def needs_extra(what: str, extra: str) -> Iterator[None]:
    """Guard the imports of an optional dependency: an ImportError inside the block
    becomes :func:`missing_extra`'s error (chained to it), so that every extra is
    imported, and reported missing, the same way."""
    try:
        yield
    except ImportError as error:
        raise missing_extra(what, extra) from error
