"""Resource limits: one frozen object, overridable per call.

Readers keep the ``read(text, source)`` signature of the Reader protocol, so the
limits in force reach them through a context variable that :func:`seedparse.parse`,
:func:`seedparse.load` and friends set for the duration of the call.
"""

from __future__ import annotations

import contextvars
import math
from typing import Any

import attrs

from ._errors import ArgumentError

__all__ = ["Limits", "current_limits", "using_limits"]


def _positive_int(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ArgumentError(f"Limits.{attribute.name} must be a positive int, got {value!r}")


def _positive_seconds(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ArgumentError(
            f"Limits.{attribute.name} must be a positive, finite number, got {value!r}"
        )


def _optional_seconds(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _positive_seconds(instance, attribute, value)


def _flag(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise ArgumentError(f"Limits.{attribute.name} must be a bool, got {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds that keep hostile input from costing unbounded time or memory.

    Every field has a safe default; override the ones you need::

        seedparse.load_dir("corpus", limits=seedparse.Limits(max_bytes=8 * 2**20))

    .. versionadded:: 0.1.0
    """

    max_bytes: int = attrs.field(default=64 * 2**20, validator=_positive_int)
    """Largest file read, in bytes (checked before reading and while reading)."""
    max_frontmatter_bytes: int = attrs.field(default=256 * 2**10, validator=_positive_int)
    """Largest YAML front matter block, in bytes of text."""
    max_depth: int = attrs.field(default=64, validator=_positive_int)
    """Deepest nesting accepted in YAML front matter and embedded JSON."""
    max_metadata_nodes: int = attrs.field(default=10_000, validator=_positive_int)
    """Most values (scalars, lists, mappings) one metadata block may hold."""
    max_link_len: int = attrs.field(default=4096, validator=_positive_int)
    """Longest wiki-link or URL read as a link; longer ones stay text, with a warning."""
    max_anchor_attr_len: int = attrs.field(default=2048, validator=_positive_int)
    """Longest attribute value read in a timestamp anchor."""
    per_file_timeout: float | None = attrs.field(default=10.0, validator=_optional_seconds)
    """Seconds one file may take to decode and parse in :func:`seedparse.load`,
    :func:`seedparse.parse_bytes`, :func:`seedparse.load_dir` and
    :func:`seedparse.iter_dir`, with or without ``workers``; a file over it becomes a
    :class:`~seedparse.LimitExceeded` failure ("timeout: ...") and the batch goes on.
    None: no limit. In one process the limit interrupts Python code (and, in the main
    thread, blocking calls such as sleeps); a reader stuck inside one C call is stopped
    only when that call returns, and only ``workers=N`` (which kills the worker) stops C
    code that never returns. docs/files.md says where each mechanism applies."""
    follow_symlinks: bool = attrs.field(default=False, validator=_flag)
    """Whether :func:`seedparse.load_dir` follows symlinks (only to targets inside
    the root)."""
    allow_yaml_aliases: bool = attrs.field(default=False, validator=_flag)
    """YAML anchors and aliases are refused unless this is set (alias and merge bombs)."""

    @staticmethod
    def current() -> Limits:
        """The limits in force: those passed to the running :func:`seedparse.parse`,
        :func:`seedparse.load` or :func:`seedparse.load_dir` call, the defaults
        outside one.

        A reader's ``read(text, source)`` takes no options, so this is how a reader
        (a plugin's too) bounds what it does by the caller's limits.

        .. versionadded:: 0.2.0
        """
        return _current.get()


_DEFAULT = Limits()
_current: contextvars.ContextVar[Limits] = contextvars.ContextVar(
    "seedparse_limits", default=_DEFAULT
)


def current_limits() -> Limits:
    """The limits in force for the running parse (the defaults outside one)."""
    return _current.get()


def using_limits(limits: Limits | None) -> _UsingLimits:
    """Make ``limits`` the ones in force inside the ``with`` block (``with
    using_limits(x) as active``: ``active`` is the Limits in force)."""
    if limits is not None and not isinstance(limits, Limits):
        raise ArgumentError(f"limits must be a seedparse.Limits, not {type(limits).__name__}")
    return _UsingLimits(limits)


class _UsingLimits:
    """:func:`using_limits`' context manager (a class: ``load`` enters one per file, and
    setting the variable to the value it already holds is skipped)."""

    __slots__ = ("_limits", "_token")

    def __init__(self, limits: Limits | None) -> None:
        self._limits = limits
        self._token: contextvars.Token[Limits] | None = None

    def __enter__(self) -> Limits:
        limits = self._limits
        current = _current.get()
        if limits is None or limits is current:
            return current
        self._token = _current.set(limits)
        return limits

    def __exit__(self, *exc_info: object) -> None:
        token = self._token
        if token is not None:
            self._token = None
            _current.reset(token)
