"""Span, Citation and Passage: the parts of a Document. No I/O lives here.

Each is a frozen, slotted attrs class: hashable, comparable, picklable, safe to share
between threads. A :class:`~seedparse.Document` keeps its parts packed
(:mod:`seedparse._packed`) and builds these objects when they are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, NoReturn, TypeVar

import attrs

from ._errors import ArgumentError

_T = TypeVar("_T", "Span", "Citation", "Passage")

__all__ = [
    "CITATION_KINDS",
    "PASSAGE_KINDS",
    "Citation",
    "Passage",
    "Span",
    "str_tuple",
]

#: The passage kinds the built-in readers produce and downstream code can rely on.
PASSAGE_KINDS = frozenset({"heading", "paragraph", "list_item", "quote", "table", "code"})
#: The citation kinds the built-in readers produce.
CITATION_KINDS = frozenset({"timestamp", "wikilink", "quotation", "link"})
# A reader's own kinds carry the "x-" prefix (as in "x-footnote"), so they can never
# collide with a kind seedparse adds later, and a typo of a known kind is an error
# rather than a silently new kind that every consumer would then have to know about.
_EXTENSION_KIND = re.compile(r"x-[a-z0-9][a-z0-9_-]{0,62}")


def str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if type(value) is tuple:
        return value
    if isinstance(value, str):
        raise ArgumentError("expected a sequence of str, got a single str")
    try:
        return tuple(value)
    except TypeError as error:
        raise ArgumentError(f"expected a sequence of str, not {type(value).__name__}") from error


# Span, Citation and Passage are built tens of times per document. Each is a frozen,
# slotted attrs class whose fields are declared once and written once, by the
# ``__attrs_init__`` attrs generates (``init=False``). One way leads to it from outside
# the model: the checked, keyword-only ``__init__`` below, every field checked inline
# (about half the cost of per-field attrs validators); bad values raise ArgumentError
# (a SeedparseError that is also a TypeError/ValueError). Readers make no part objects:
# they write packed records (:class:`seedparse._packed.Builder`), and the parts are
# built from those records when a Document is read (``_packed.Core``), or from the
# fields a pickle holds (:func:`_restore`); both call ``__attrs_init__`` directly with
# values the records or the pickle hold exactly, already checked once.


def _fail(cls: str, field: str, expected: str, value: object) -> NoReturn:
    raise ArgumentError(f"{cls}.{field} must be {expected}, not {type(value).__name__}")


def _expect(cls: str, field: str, value: object, expected: type, *, optional: bool = False) -> None:
    """Refuse ``value`` unless its type is exactly ``expected`` (or it is None, where
    ``optional``): subclasses of str or int would not survive a round trip as such."""
    if type(value) is not expected and not (optional and value is None):
        name = expected.__name__
        _fail(cls, field, f"{name} or None" if optional else name, value)


def _check_kind(cls: str, kind: str, known: frozenset[str]) -> None:
    if kind not in known and _EXTENSION_KIND.fullmatch(kind) is None:
        raise ArgumentError(
            f"{cls}.kind {kind[:80]!r} is not one of {', '.join(sorted(known))}; a reader's "
            "own kinds start with 'x-' (e.g. 'x-footnote')"
        )


@attrs.frozen(init=False)
class Span:
    """Character offsets ``[start, end)`` into the decoded source text.

    The decoded source text is what :func:`seedparse.read_text` returns: the file
    decoded, a leading BOM removed and line endings normalised to ``\\n``.
    ``source_text[span.start:span.end]`` is the raw markup of the thing it locates.
    Like every model class it takes keyword arguments only: ``Span(start=0, end=5)``.

    .. versionadded:: 0.1.0
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __init__(self, *, start: int, end: int) -> None:
        if type(start) is not int or type(end) is not int:
            _fail("Span", "start/end", "int", start if type(start) is not int else end)
        if not 0 <= start <= end:
            raise ArgumentError(f"invalid span [{start}, {end}): 0 <= start <= end is required")
        self.__attrs_init__(start, end)

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"])


# The JSON keys of to_dict(), in their order (a Passage's differs from its fields').
_CITATION_KEYS = ("kind", "text", "span", "target", "seconds", "speaker")
_PASSAGE_KEYS = ("text", "kind", "section", "span", "citations", "depth")


class _Part:
    """What Citation and Passage share: pickling by trusted constructor, and a
    ``to_dict`` that follows the class's ``_KEYS`` (the JSON keys, in order)."""

    __slots__ = ()
    _KEYS: ClassVar[tuple[str, ...]] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self, self._KEYS)  # type: ignore[arg-type]


@attrs.frozen(init=False)
class Citation(_Part):
    """A pointer from the text back to its source.

    ``kind`` is ``"timestamp"`` (a moment of a video), ``"wikilink"`` (another note),
    ``"quotation"`` (attributed direct speech) or ``"link"`` (a related piece or URL);
    a reader's own kinds start with ``"x-"`` (``"x-footnote"``). Any other kind, and a
    field of the wrong type, raises :class:`~seedparse.ArgumentError`.

    .. versionadded:: 0.1.0
    """

    kind: str
    """What sort of citation this is."""
    text: str
    """What it backs or shows: the claim, the label, the quoted words, the title."""
    span: Span
    """Where the citation's own markup is in the source text."""
    target: str | None = None
    """Where it points: a video deep link, a note name, a URL or a title."""
    seconds: int | None = None
    """For a timestamp: the moment of the video, in seconds."""
    speaker: str | None = None
    """For a quotation: who said it, when the text tells."""

    def __init__(
        self,
        *,
        kind: str,
        text: str,
        span: Span,
        target: str | None = None,
        seconds: int | None = None,
        speaker: str | None = None,
    ) -> None:
        _expect("Citation", "kind", kind, str)
        _check_kind("Citation", kind, CITATION_KINDS)
        _expect("Citation", "text", text, str)
        _expect("Citation", "span", span, Span)
        _expect("Citation", "target", target, str, optional=True)
        _expect("Citation", "seconds", seconds, int, optional=True)
        _expect("Citation", "speaker", speaker, str, optional=True)
        self.__attrs_init__(kind, text, span, target, seconds, speaker)

    _KEYS: ClassVar[tuple[str, ...]] = _CITATION_KEYS

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Citation:
        return cls(
            kind=data["kind"],
            text=data["text"],
            span=Span.from_dict(data["span"]),
            target=data.get("target"),
            seconds=data.get("seconds"),
            speaker=data.get("speaker"),
        )


@attrs.frozen(init=False)
class Passage(_Part):
    """One block of the body, in reading order.

    .. versionadded:: 0.1.0
    """

    text: str
    """Clean plain text: no markup, entities decoded, whitespace normalised."""
    kind: str
    """``"heading"``, ``"paragraph"``, ``"list_item"``, ``"quote"``, ``"table"``,
    ``"code"``, or a reader's own kind starting with ``"x-"`` (``"x-callout"``)."""
    span: Span
    """Where the passage's raw text (markup included) is in the source text."""
    section: tuple[str, ...] = ()
    """The trail of headings above the passage (a heading's own trail excludes it)."""
    citations: tuple[Citation, ...] = ()
    """The citations inside the passage, in order."""
    depth: int = 0
    """Nesting depth for list items (0 for top level); 0 for other kinds."""

    def __init__(
        self,
        *,
        text: str,
        kind: str,
        span: Span,
        section: Iterable[str] = (),
        citations: Iterable[Citation] = (),
        depth: int = 0,
    ) -> None:
        _expect("Passage", "text", text, str)
        _expect("Passage", "kind", kind, str)
        _check_kind("Passage", kind, PASSAGE_KINDS)
        _expect("Passage", "span", span, Span)
        _expect("Passage", "depth", depth, int)
        self.__attrs_init__(
            text,
            kind,
            span,
            section if type(section) is tuple else str_tuple(section),
            citations if type(citations) is tuple else tuple(citations),
            depth,
        )

    _KEYS: ClassVar[tuple[str, ...]] = _PASSAGE_KEYS

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Passage:
        return cls(
            text=data["text"],
            kind=data["kind"],
            section=tuple(data.get("section", ())),
            span=Span.from_dict(data["span"]),
            citations=tuple(Citation.from_dict(c) for c in data.get("citations", ())),
            depth=data.get("depth", 0),
        )


def _to_dict(part: Citation | Passage, keys: tuple[str, ...]) -> dict[str, Any]:
    """``part`` as JSON: spans as dicts, tuples as lists (of dicts, or of str)."""
    out: dict[str, Any] = {}
    for key in keys:
        value = getattr(part, key)
        if type(value) is Span:
            value = value.to_dict()
        elif type(value) is tuple:
            value = [item if type(item) is str else item.to_dict() for item in value]
        out[key] = value
    return out


def _reduce(part: Span | Citation | Passage) -> tuple[Any, ...]:
    """Pickle a part as its class and its fields: already checked, so unpickling
    (:func:`_restore`) does not check them again."""
    cls = type(part)
    return (_restore, (cls, tuple(getattr(part, field.name) for field in attrs.fields(cls))))


def _restore(cls: type[_T], values: tuple[Any, ...]) -> _T:
    """The part a pickle made by :func:`_reduce` holds."""
    part = object.__new__(cls)
    part.__attrs_init__(*values)
    return part
