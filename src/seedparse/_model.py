"""The data model: immutable, typed, JSON round-trippable. No I/O lives here.

Every object is a frozen, slotted attrs class: hashable, comparable, and safe to
share between threads or send to another process. Collections are tuples and the
metadata mapping is a read-only :class:`FrozenDict`, so a Document cannot change
under the feet of an index built from it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from importlib import import_module
from typing import Any, NoReturn, TypeAlias

import attrs

from ._errors import ArgumentError

__all__ = [
    "CITATION_KINDS",
    "JSON",
    "PASSAGE_KINDS",
    "Chunk",
    "Citation",
    "Document",
    "Failure",
    "FrozenDict",
    "Passage",
    "Span",
    "freeze",
    "thaw",
    "trusted_citation",
    "trusted_passage",
    "trusted_span",
]

#: A JSON value as stored in :attr:`Document.metadata` (lists are stored as tuples).
JSON: TypeAlias = Any

#: The passage kinds the built-in readers produce and downstream code can rely on.
PASSAGE_KINDS = frozenset({"heading", "paragraph", "list_item", "quote", "table", "code"})
#: The citation kinds the built-in readers produce.
CITATION_KINDS = frozenset({"timestamp", "wikilink", "quotation", "link"})
# A reader's own kinds carry the "x-" prefix (as in "x-footnote"), so they can never
# collide with a kind seedparse adds later, and a typo of a known kind is an error
# rather than a silently new kind that every consumer would then have to know about.
_EXTENSION_KIND = re.compile(r"x-[a-z0-9][a-z0-9_-]{0,62}")

_MAX_FREEZE_DEPTH = 200


class FrozenDict(dict[str, Any]):
    """A read-only, hashable ``dict`` for metadata.

    It is a ``dict`` subclass so that ``json.dumps(doc.metadata)`` and
    ``isinstance(..., dict)`` work; every mutating method raises ``TypeError``.
    Build one with :func:`freeze`, which also freezes nested values.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_hash",)
    _hash: int

    def _readonly(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("Document metadata is read-only; use attrs.evolve() to make a variant")

    __setitem__ = _readonly
    __delitem__ = _readonly
    __ior__ = _readonly
    clear = _readonly
    pop = _readonly
    popitem = _readonly
    setdefault = _readonly
    update = _readonly

    def __hash__(self) -> int:  # type: ignore[override]
        try:
            return self._hash
        except AttributeError:
            value = hash(frozenset(self.items()))
            object.__setattr__(self, "_hash", value)
            return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self


_EMPTY = FrozenDict()


def freeze(value: Any, _depth: int = 0) -> Any:
    """Return ``value`` as an immutable JSON tree: dicts become :class:`FrozenDict`,
    lists and tuples become tuples. Raises :class:`~seedparse.ArgumentError` (also a
    ``TypeError`` and a ``ValueError``) for values JSON cannot hold (objects,
    non-string keys, NaN, infinities)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ArgumentError(f"metadata cannot hold a non-finite float: {value!r}")
        return value
    if _depth > _MAX_FREEZE_DEPTH:
        raise ArgumentError("metadata is nested too deeply")
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, Mapping):
        items = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ArgumentError(f"metadata keys must be str, not {type(key).__name__}")
            items[key] = freeze(item, _depth + 1)
        return FrozenDict(items)
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item, _depth + 1) for item in value)
    raise ArgumentError(f"metadata cannot hold a {type(value).__name__}")


def thaw(value: Any) -> Any:
    """The inverse of :func:`freeze`: plain ``dict`` and ``list`` for JSON output."""
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    return value


def _freeze_metadata(value: Mapping[str, Any] | None) -> FrozenDict:
    if value is None or (not value and not isinstance(value, FrozenDict)):
        return _EMPTY
    frozen = freeze(value)
    if not isinstance(frozen, FrozenDict):
        raise ArgumentError("metadata must be a mapping")
    return frozen


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if type(value) is tuple:
        return value
    if isinstance(value, str):
        raise ArgumentError("expected a sequence of str, got a single str")
    try:
        return tuple(value)
    except TypeError as error:
        raise ArgumentError(f"expected a sequence of str, not {type(value).__name__}") from error


def _citation_tuple(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return value if type(value) is tuple else tuple(value)


def _passage_tuple(value: Iterable[Passage]) -> tuple[Passage, ...]:
    return value if type(value) is tuple else tuple(value)


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, (dt.date, dt.datetime)):
        raise ArgumentError(f"{attribute.name} must be a date, a datetime or None")


def _str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentError(f"{attribute.name} must be a str, not {type(value).__name__}")


def _opt_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ArgumentError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


# Span, Citation and Passage are built tens of times per document. Each is a frozen,
# slotted attrs class whose fields are declared once and written once, by the
# ``__attrs_init__`` attrs generates (``init=False``). Two ways lead to it:
#
# * the checked, keyword-only ``__init__`` below: every field checked inline (about half
#   the cost of per-field attrs validators); bad values raise ArgumentError (a
#   SeedparseError that is also a TypeError/ValueError);
# * the ``trusted_*`` functions after the classes, for values already known to be right:
#   unpickling (process pools send every Document back to the parent, already checked)
#   and the readers' hot loops, which pass only ``int`` offsets with
#   ``0 <= start <= end``, ``str`` text, known kinds and tuples. Tests compare their
#   objects with checked ones.


def _fail(cls: str, field: str, expected: str, value: object) -> NoReturn:
    raise ArgumentError(f"{cls}.{field} must be {expected}, not {type(value).__name__}")


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
        return (trusted_span, (self.start, self.end))

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"])


@attrs.frozen(init=False)
class Citation:
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
        if type(kind) is not str:
            _fail("Citation", "kind", "str", kind)
        _check_kind("Citation", kind, CITATION_KINDS)
        if type(text) is not str:
            _fail("Citation", "text", "str", text)
        if type(span) is not Span:
            _fail("Citation", "span", "Span", span)
        if target is not None and type(target) is not str:
            _fail("Citation", "target", "str or None", target)
        if seconds is not None and type(seconds) is not int:
            _fail("Citation", "seconds", "int or None", seconds)
        if speaker is not None and type(speaker) is not str:
            _fail("Citation", "speaker", "str or None", speaker)
        self.__attrs_init__(kind, text, span, target, seconds, speaker)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            trusted_citation,
            (self.kind, self.text, self.span, self.target, self.seconds, self.speaker),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "span": self.span.to_dict(),
            "target": self.target,
            "seconds": self.seconds,
            "speaker": self.speaker,
        }

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
class Passage:
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
        if type(text) is not str:
            _fail("Passage", "text", "str", text)
        if type(kind) is not str:
            _fail("Passage", "kind", "str", kind)
        _check_kind("Passage", kind, PASSAGE_KINDS)
        if type(span) is not Span:
            _fail("Passage", "span", "Span", span)
        if type(depth) is not int:
            _fail("Passage", "depth", "int", depth)
        self.__attrs_init__(
            text,
            kind,
            span,
            section if type(section) is tuple else _str_tuple(section),
            citations if type(citations) is tuple else tuple(citations),
            depth,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            trusted_passage,
            (self.text, self.kind, self.span, self.section, self.citations, self.depth),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "section": list(self.section),
            "span": self.span.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "depth": self.depth,
        }

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


# The trusted constructors (see above): the same ``__attrs_init__``, no checks.
_new = object.__new__
_init_span = Span.__attrs_init__
_init_citation = Citation.__attrs_init__
_init_passage = Passage.__attrs_init__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` without the checks; needs ``0 <= start <= end``."""
    span = _new(Span)
    _init_span(span, start, end)
    return span


def trusted_citation(
    kind: str,
    text: str,
    span: Span,
    target: str | None = None,
    seconds: int | None = None,
    speaker: str | None = None,
) -> Citation:
    """:class:`Citation` from values of exactly its field types, without the checks."""
    citation = _new(Citation)
    _init_citation(citation, kind, text, span, target, seconds, speaker)
    return citation


def trusted_passage(
    text: str,
    kind: str,
    span: Span,
    section: tuple[str, ...],
    citations: tuple[Citation, ...],
    depth: int = 0,
) -> Passage:
    """:class:`Passage` from values of exactly its field types (tuples for the
    collections), without the checks."""
    passage = _new(Passage)
    _init_passage(passage, text, kind, span, section, citations, depth)
    return passage


def _date_to_json(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


@attrs.frozen(kw_only=True)
class Document:
    """A parsed document: metadata, body passages and citations.

    ``text`` and ``headings`` are derived from ``passages``, not stored.

    .. versionadded:: 0.1.0
    """

    source: str = attrs.field(validator=_str)
    """Where the document came from: a path, a URL or ``"<string>"``."""
    reader: str = attrs.field(validator=_str)
    """The name of the reader that produced it."""
    title: str | None = attrs.field(default=None, validator=_opt_str)
    """The title, or None when the text has none (never invented)."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    """People or channels credited: byline, JSON authors, a note's channel."""
    published: dt.date | dt.datetime | None = attrs.field(default=None, validator=_check_date)
    """The publication date, only when the full date is known."""
    dateline: str | None = attrs.field(default=None, validator=_opt_str)
    """The date text as found, also when it has no year."""
    metadata: FrozenDict = attrs.field(
        factory=FrozenDict, converter=_freeze_metadata, repr=lambda m: f"<{len(m)} keys>"
    )
    """The source's own metadata (keys verbatim) plus derived snake_case facts."""
    passages: tuple[Passage, ...] = attrs.field(
        default=(), converter=_passage_tuple, repr=lambda p: f"<{len(p)} passages>"
    )
    """The body, in reading order."""
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=_citation_tuple, repr=lambda c: f"<{len(c)} citations>"
    )
    """Every citation, in document order."""
    digest: str | None = attrs.field(default=None, validator=_opt_str)
    """SHA-256 (hex) of the decoded text the document was read from, recorded by
    :func:`seedparse.parse` and :func:`seedparse.load`; None for a Document built by
    hand. :attr:`id` derives from it.

    .. versionadded:: 0.2.0
    """

    @property
    def id(self) -> str:
        """A stable id (a UUID string): the same for the same input on every machine and
        process, and across releases of the same id format (see :doc:`/vector-index`).

        .. versionadded:: 0.2.0
        """
        from ._records.ids import document_id

        return document_id(self)

    @property
    def passage_ids(self) -> tuple[str, ...]:
        """The id of each passage, in order, derived from :attr:`id` and the index.

        .. versionadded:: 0.2.0
        """
        from ._records.ids import passage_ids

        return passage_ids(self.id, len(self.passages))

    def chunks(
        self, *, max_chars: int = 2000, overlap: int = 0, cross_sections: bool = False
    ) -> tuple[Chunk, ...]:
        """The body as :class:`~seedparse.Chunk`s of at most ``max_chars`` characters
        for embedding, each with its citations, spans and section trail.

        .. versionadded:: 0.2.0
        """
        # The chunking builds on the model, so the model reaches it by module name, the
        # way the registry reaches readers: no import points up (docs/architecture.md).
        chunk_document = import_module("seedparse._records.chunks").chunk_document
        chunks: tuple[Chunk, ...] = chunk_document(
            self, max_chars=max_chars, overlap=overlap, cross_sections=cross_sections
        )
        return chunks

    @property
    def text(self) -> str:
        """The body text: the passages' text joined by blank lines."""
        return "\n\n".join(p.text for p in self.passages)

    @property
    def headings(self) -> tuple[str, ...]:
        """The text of every heading passage, in order."""
        return tuple(p.text for p in self.passages if p.kind == "heading")

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader noticed and worked around (``metadata["warnings"]``)."""
        found = self.metadata.get("warnings", ())
        return tuple(found) if isinstance(found, tuple) else ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` gives back an equal Document."""
        return {
            "source": self.source,
            "reader": self.reader,
            "title": self.title,
            "authors": list(self.authors),
            "published": _date_to_json(self.published),
            "dateline": self.dateline,
            "metadata": thaw(self.metadata),
            "passages": [p.to_dict() for p in self.passages],
            "citations": [c.to_dict() for c in self.citations],
            "digest": self.digest,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            source=data["source"],
            reader=data["reader"],
            title=data.get("title"),
            authors=tuple(data.get("authors", ())),
            published=_date_from_json(data.get("published")),
            dateline=data.get("dateline"),
            metadata=data.get("metadata") or {},
            passages=tuple(Passage.from_dict(p) for p in data.get("passages", ())),
            citations=tuple(Citation.from_dict(c) for c in data.get("citations", ())),
            digest=data.get("digest"),
        )


@attrs.frozen(kw_only=True)
class Failure:
    """A file that :func:`seedparse.load_dir` could not turn into a Document.

    .. versionadded:: 0.1.0
    """

    path: str = attrs.field(validator=_str)
    """The file (or directory) concerned."""
    error: str = attrs.field(validator=_str)
    """The exception class name, e.g. ``"DecodeError"``."""
    message: str = attrs.field(validator=_str)
    """What went wrong, with the position where known."""

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Failure:
        return cls(path=data["path"], error=data["error"], message=data["message"])


# --------------------------------------------------------------------------- chunks
# Chunk is a model object like Passage (Document.chunks returns it), so it lives here;
# the chunking that makes it is in seedparse._records.chunks, above the model.


def _chunk_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int:
        raise ArgumentError(f"Chunk.{attribute.name} must be an int, not {type(value).__name__}")


def _chunk_items(value: Iterable[Any], kind: type, what: str) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        raise ArgumentError(f"Chunk.{what} must be a sequence, not a single {type(value).__name__}")
    items = value if type(value) is tuple else tuple(value)
    for item in items:
        if type(item) is not kind:
            raise ArgumentError(
                f"Chunk.{what} items must be {kind.__name__}, not {type(item).__name__}"
            )
    return items


def _section(value: Iterable[str]) -> tuple[str, ...]:
    return _chunk_items(value, str, "section")


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return _chunk_items(value, Span, "spans")


def _numbers(value: Iterable[int]) -> tuple[int, ...]:
    return _chunk_items(value, int, "passages")


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return _chunk_items(value, Citation, "citations")


def _chunk_metadata(value: Mapping[str, Any] | None) -> FrozenDict:
    if isinstance(value, FrozenDict):
        return value
    frozen = freeze(dict(value) if value is not None else {})
    if not isinstance(frozen, FrozenDict):  # pragma: no cover - freeze keeps mappings
        raise ArgumentError("Chunk.metadata must be a mapping")
    return frozen


@attrs.frozen(kw_only=True)
class Chunk:
    """A piece of a document's body sized for embedding, with its citations.

    Made by :meth:`Document.chunks` (the chunking itself lives in
    :mod:`seedparse._records.chunks`); round-trips through :meth:`to_dict` /
    :meth:`from_dict`.

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(validator=_str)
    """A stable UUID string from the document id, the chunking options and the index."""
    document_id: str = attrs.field(validator=_str)
    """The :attr:`Document.id` of the document it comes from."""
    index: int = attrs.field(validator=_chunk_int)
    """Its position among the document's chunks (0-based)."""
    text: str = attrs.field(validator=_str)
    """The text to embed: passages joined by blank lines (pieces of one cut passage by a
    space), after ``overlap`` characters repeated from the previous chunk."""
    overlap: int = attrs.field(default=0, validator=_chunk_int)
    """How many leading characters of ``text`` repeat the end of the previous chunk
    (separator included); ``text[overlap:]`` is the chunk's own content."""
    section: tuple[str, ...] = attrs.field(default=(), converter=_section)
    """The heading trail every passage of the chunk sits under (a heading counts as
    sitting under itself)."""
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """Where its own content is in the source text: one span per passage (for a cut
    passage, the part of the passage's span that holds the piece)."""
    passages: tuple[int, ...] = attrs.field(default=(), converter=_numbers)
    """Indices into :attr:`Document.passages` of the passages it holds (all or part)."""
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    """The citations inside its own content, in order: video moments with their deep
    links, quotations with their speakers, links, wiki-links."""
    metadata: FrozenDict = attrs.field(factory=FrozenDict, converter=_chunk_metadata)
    """The document's key facts: ``source``, ``reader``, ``title``, ``authors``,
    ``published`` (ISO text), ``dateline`` and the derived keys a chunk carries over
    (``video_id``, ``url``, ``keywords``... see :doc:`/vector-index`) that it has."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` gives back an equal Chunk."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "index": self.index,
            "text": self.text,
            "overlap": self.overlap,
            "section": list(self.section),
            "spans": [s.to_dict() for s in self.spans],
            "passages": list(self.passages),
            "citations": [c.to_dict() for c in self.citations],
            "metadata": thaw(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Chunk:
        return cls(
            id=data["id"],
            document_id=data["document_id"],
            index=data["index"],
            text=data["text"],
            overlap=data.get("overlap", 0),
            section=tuple(data.get("section", ())),
            spans=tuple(Span.from_dict(s) for s in data.get("spans", ())),
            passages=tuple(data.get("passages", ())),
            citations=tuple(Citation.from_dict(c) for c in data.get("citations", ())),
            metadata=data.get("metadata") or {},
        )
