"""Which scanning core runs: the native one (``seedparse._core``, Rust) or pure Python.

The native core is an optional extension module built from ``native/`` when a Rust
toolchain is present at install time (``docs/native.md``). It is used when it imports
and ``SEEDPARSE_PURE_PYTHON`` is not set to a true value (``1``, ``true``, ``yes``,
``on``); otherwise the readers run their pure-Python scanners, silently. The pure path
is the reference: the native functions give the same results, and where they cannot
answer exactly (entities, HTML tags, warnings) they return None and the Python code
runs. A differential test holds the two paths to equal Documents.

The choice is read once, at import; :func:`set_native` switches it at run time (the
differential tests and the benchmarks compare both paths in one process). Worker
processes inherit the environment variable, not a :func:`set_native` call.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any, Protocol, cast

from ._errors import ParseError

__all__ = [
    "NativeCore",
    "NativeQuoteMarks",
    "NativeQuoteScanner",
    "active",
    "describe",
    "native_available",
    "parse_error",
    "set_native",
]

_TRUE = frozenset({"1", "true", "yes", "on"})


class NativeQuoteMarks(Protocol):
    """``seedparse._core.QuoteMarks``: the quotation marks of a document's blocks, kept
    native for :meth:`NativeQuoteScanner.pair_block`."""

    def __len__(self) -> int: ...

    def first(self, start: int, end: int, /) -> tuple[int, int, str] | None: ...


class NativeQuoteScanner(Protocol):
    """``seedparse._core.QuoteScanner``: the quotation finder's tokeniser and mark
    pairing (``native/src/quotes.rs``); None where the text has lone surrogates."""

    def split_tokens(self, text: str, /) -> list[str] | None: ...

    def collect_marks(self, text: str, low: int, cap: int, /) -> NativeQuoteMarks | None: ...

    def pair_block(
        self, marks: NativeQuoteMarks, start: int, end: int, limit: int, carry: str, /
    ) -> list[tuple[int, int, int, int]] | None: ...


class NativeCore(Protocol):
    """The functions of ``seedparse._core`` (see ``native/src/python.rs``)."""

    NativeError: type[Exception]
    __version__: str
    #: Whether sha256_hex runs on the CPU's SHA instructions (native/src/digest.rs).
    SHA256_ACCELERATED: bool

    def classify_lines(self, text: str, body_start: int) -> list[tuple[int, int, int]] | None: ...

    # The article reader's line split (formats/article/lines.py): (start, end, raw,
    # clean, after_blank, terminal, spaces, caps), clean None where Python computes it
    # (and terminal and spaces with it).
    def article_lines(
        self, text: str
    ) -> (
        tuple[
            list[int],
            list[int],
            list[str],
            list[str | None],
            list[bool],
            list[bool],
            list[int],
            list[bool],
        ]
        | None
    ): ...

    def page_lines(
        self, text: str, blocks: list[tuple[int, int]]
    ) -> (
        tuple[
            list[str],
            list[int],
            list[int],
            list[int],
            list[bool],
            list[bool],
            list[bool],
            list[bool],
            list[str | None],
            list[str | None],
            list[int],
            list[int] | None,
            list[int] | None,
        ]
        | None
    ): ...

    def scan_block(
        self, block: str, base: int, ts_target: str | None, max_link_len: int
    ) -> tuple[str, list[tuple[str, str, int, int, str | None, int | None]]] | None: ...

    # The transcript reader's one call per note (formats/transcript/reader.py).
    def read_note_body(
        self,
        text: str,
        body_start: int,
        ts_target: str | None,
        max_link_len: int,
        state_version: int,
    ) -> tuple[tuple[Any, ...], list[str], str | None] | None: ...

    # The flat front matter of a note (formats/transcript/frontsplit.py).
    def read_front(self, block: str) -> tuple[dict[str, Any], dict[str, str]] | None: ...

    # The Document digest (_records/digest.py): hashlib.sha256(data).hexdigest().
    def sha256_hex(self, data: bytes) -> str: ...

    # The plain decode's sniff (_io/decode.py): a C0 control byte other than
    # tab, LF, FF, CR and ESC in data[:limit].
    def has_control(self, data: bytes, limit: int) -> bool: ...

    def QuoteScanner(  # the class, called to make one
        self, abbreviations: frozenset[str], keeps_dot: Callable[[str], bool], /
    ) -> NativeQuoteScanner: ...


def _load() -> NativeCore | None:
    try:
        # By name: the module is optional and has no Python source. Relative, so a copy
        # of the package under another name (benchmarks/reader_ab.py) loads its own core.
        module = importlib.import_module("._core", __package__)
    except ImportError:
        return None
    return cast(NativeCore, module)


_CORE: NativeCore | None = _load()
_active: NativeCore | None = (
    None if os.environ.get("SEEDPARSE_PURE_PYTHON", "").strip().lower() in _TRUE else _CORE
)


def native_available() -> bool:
    """True when the native core is installed and in use (not disabled by
    ``SEEDPARSE_PURE_PYTHON`` or :func:`set_native`).

    .. versionadded:: 0.1.0
    """
    return _active is not None


def describe() -> str:
    """Which core runs and why, for ``seedparse readers``."""
    if _active is not None:
        return f"native (seedparse._core {_active.__version__})"
    if _CORE is not None:
        return "pure Python (the native core is installed but switched off)"
    return "pure Python (the native core is not installed)"


def active() -> NativeCore | None:
    """The native core the readers should use now, or None for the pure path."""
    return _active


def set_native(enabled: bool) -> bool:
    """Use the native core (when installed) or the pure path from now on, in this
    process; returns whether the native core is now in use."""
    global _active
    _active = _CORE if enabled else None
    return _active is not None


def parse_error(what: str, source: str | None, offset: int, error: Exception) -> ParseError:
    """The ``ParseError`` a reader raises for a failure of the native core (a Rust
    panic, caught at the boundary as ``NativeError``), naming the file and the offset:
    bad input never escapes as another exception type. Callers keep the ``try`` on
    their side, which costs nothing on the hot path until something fails."""
    return ParseError(
        f"native {what} failed at offset {offset}: {error}", source=source, offset=offset
    )
