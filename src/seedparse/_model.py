"""The data model: immutable, typed, JSON round-trippable. No I/O lives here.

Every object is a frozen, slotted attrs class: hashable, comparable, and safe to
share between threads or send to another process. Collections are tuples and the
metadata mapping is a read-only :class:`FrozenDict`, so a Document cannot change
under the feet of an index built from it.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from typing import Any, NoReturn, TypeAlias

import attrs

from ._errors import ArgumentError
from ._packed import CitationView, PassageView, core_from_state, pack, views
from ._parts import (
    CITATION_KINDS,
    PASSAGE_KINDS,
    Citation,
    Passage,
    Span,
    str_tuple,
)

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
]

#: A JSON value as stored in :attr:`Document.metadata` (lists are stored as tuples).
JSON: TypeAlias = Any


_MAX_FREEZE_DEPTH = 200
# Strings up to this length are interned by freeze(): keys, "utf-8", channel names.
_INTERN_MAX = 40


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
    non-string keys, NaN, infinities). Keys and short strings are interned: every
    Document of a crawl repeats the same keys and many of the same values."""
    kind = type(value)
    if kind is str:
        return sys.intern(value) if len(value) <= _INTERN_MAX else value
    if value is None or kind is bool or kind is int:
        return value
    if kind is dict or kind is list:
        # The containers json.loads makes, the bulk of every page's metadata: their
        # plain items (a short string, an int, None) are frozen here, without a call.
        if _depth > _MAX_FREEZE_DEPTH:
            raise ArgumentError("metadata is nested too deeply")
        deeper = _depth + 1
        intern = sys.intern
        if kind is list:
            out = []
            for item in value:
                t = type(item)
                if t is str:
                    out.append(intern(item) if len(item) <= _INTERN_MAX else item)
                elif item is None or t is bool or t is int:
                    out.append(item)
                else:
                    out.append(freeze(item, deeper))
            return tuple(out)
        items = {}
        for key, item in value.items():
            if type(key) is not str:
                if not isinstance(key, str):
                    raise ArgumentError(f"metadata keys must be str, not {type(key).__name__}")
            else:
                key = intern(key)
            t = type(item)
            if t is str:
                items[key] = intern(item) if len(item) <= _INTERN_MAX else item
            elif item is None or t is bool or t is int:
                items[key] = item
            else:
                items[key] = freeze(item, deeper)
        return FrozenDict(items)
    return _freeze_other(value, _depth)


def _freeze_other(value: Any, _depth: int) -> Any:
    """:func:`freeze` of what is not a plain str, int, bool, None, dict or list."""
    if isinstance(value, (str, bool, int)):
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
            items[sys.intern(key) if type(key) is str else key] = freeze(item, _depth + 1)
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


def _parts_of(value: Iterable[Any]) -> Sequence[Any]:
    """A field value for ``passages``/``citations``: a view is kept as it is (so that
    ``attrs.evolve`` of other fields repacks nothing), anything else becomes a tuple,
    packed by ``Document.__attrs_post_init__``."""
    if type(value) is tuple or type(value) is PassageView or type(value) is CitationView:
        return value
    return tuple(value)


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, (dt.date, dt.datetime)):
        raise ArgumentError(f"{attribute.name} must be a date, a datetime or None")


def _str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentError(f"{attribute.name} must be a str, not {type(value).__name__}")


def _opt_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ArgumentError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


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

    ``passages`` and ``citations`` are held packed (:mod:`seedparse._packed`); ``text``
    is the packed body itself and ``headings`` is derived from ``passages``.

    .. versionadded:: 0.1.0
    """

    source: str = attrs.field(validator=_str)
    """Where the document came from: a path, a URL or ``"<string>"``."""
    reader: str = attrs.field(validator=_str)
    """The name of the reader that produced it."""
    title: str | None = attrs.field(default=None, validator=_opt_str)
    """The title, or None when the text has none (never invented)."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=str_tuple)
    """People or channels credited: byline, JSON authors, a note's channel."""
    published: dt.date | dt.datetime | None = attrs.field(default=None, validator=_check_date)
    """The publication date, only when the full date is known."""
    dateline: str | None = attrs.field(default=None, validator=_opt_str)
    """The date text as found, also when it has no year."""
    metadata: FrozenDict = attrs.field(
        factory=FrozenDict, converter=_freeze_metadata, repr=lambda m: f"<{len(m)} keys>"
    )
    """The source's own metadata (keys verbatim) plus derived snake_case facts."""
    passages: Sequence[Passage] = attrs.field(
        default=(), converter=_parts_of, repr=lambda p: f"<{len(p)} passages>"
    )
    """The body, in reading order: a read-only sequence whose Passage objects are
    built when read (see :doc:`/model`, "Packed documents").

    .. versionchanged:: 0.2.0 a ``Sequence[Passage]``, no longer a tuple.
    """
    citations: Sequence[Citation] = attrs.field(
        default=(), converter=_parts_of, repr=lambda c: f"<{len(c)} citations>"
    )
    """Every citation, in document order (a read-only sequence, as ``passages``).

    .. versionchanged:: 0.2.0 a ``Sequence[Citation]``, no longer a tuple.
    """
    digest: str | None = attrs.field(default=None, validator=_opt_str)
    """SHA-256 (hex) of the decoded text the document was read from, recorded by
    :func:`seedparse.parse` and :func:`seedparse.load`; None for a Document built by
    hand. :attr:`id` derives from it.

    .. versionadded:: 0.2.0
    """

    def __attrs_post_init__(self) -> None:
        # Both fields are views of one Core; one Core is made when either is new.
        passages, citations = self.passages, self.citations
        if (
            type(passages) is PassageView
            and type(citations) is CitationView
            and passages._core is citations._core
        ):
            return
        core = pack(tuple(passages), tuple(citations))
        object.__setattr__(self, "passages", PassageView(core))
        object.__setattr__(self, "citations", CitationView(core))

    def __reduce__(self) -> tuple[Any, ...]:
        # The fields were checked when the Document was made: unpickling (what a
        # worker process sends back) rebuilds it without checks, from the packed state.
        passages = self.passages
        assert type(passages) is PassageView
        return (
            _rebuild_document,
            (
                self.source,
                self.reader,
                self.title,
                self.authors,
                self.published,
                self.dateline,
                self.metadata,
                passages._core.state(),
                self.digest,
            ),
        )

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
        passages = self.passages
        if type(passages) is PassageView:
            return passages._core.text()
        return "\n\n".join(p.text for p in passages)  # pragma: no cover - always a view

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


def with_read_facts(
    document: Document, digest: str, metadata: Mapping[str, Any] | None = None
) -> Document:
    """``attrs.evolve(document, digest=digest[, metadata=metadata])`` for a Document a
    reader just returned: what ``parse`` and ``load`` add to every Document (the
    digest of the text read, the decoding facts). The other fields were checked and
    converted when the reader made it, so they are copied, not checked and packed
    again; ``metadata`` is frozen as the constructor freezes it. A subclass of
    Document goes through ``attrs.evolve`` (its own fields and checks)."""
    if type(document) is not Document:
        changes: dict[str, Any] = {"digest": digest}
        if metadata is not None:
            changes["metadata"] = metadata
        return attrs.evolve(document, **changes)
    if type(digest) is not str:
        raise ArgumentError(f"digest must be a str or None, not {type(digest).__name__}")
    return _assembled(
        document.source,
        document.reader,
        document.title,
        document.authors,
        document.published,
        document.dateline,
        document.metadata if metadata is None else _freeze_metadata(metadata),
        document.passages,
        document.citations,
        digest,
    )


def read_document(
    source: Any,
    reader: str,
    title: str | None,
    authors: tuple[str, ...],
    published: dt.date | dt.datetime | None,
    dateline: str | None,
    metadata: dict[str, Any],
    passages: PassageView,
    citations: CitationView,
) -> Document:
    """``Document(...)`` of these fields for a reader that made them: when each is of
    exactly the type the constructor's checks would pass as they are (a str, a tuple,
    None, the two views of one Core), the slots are set directly and only ``metadata``
    is frozen, as the constructor freezes it; anything else (a caller's ``source``
    that is no str) goes through the constructor, for its errors. Once per note."""
    if (
        type(source) is str
        and type(reader) is str
        and (title is None or type(title) is str)
        and type(authors) is tuple
        and (published is None or type(published) in _DATE_TYPES)
        and (dateline is None or type(dateline) is str)
        and type(passages) is PassageView
        and type(citations) is CitationView
        and passages._core is citations._core
    ):
        return _assembled(
            source,
            reader,
            title,
            authors,
            published,
            dateline,
            _freeze_metadata(metadata),
            passages,
            citations,
            None,
        )
    return Document(
        source=source,
        reader=reader,
        title=title,
        authors=authors,
        published=published,
        dateline=dateline,
        metadata=metadata,
        passages=passages,
        citations=citations,
    )


_DATE_TYPES = (dt.date, dt.datetime)


def _rebuild_document(
    source: str,
    reader: str,
    title: str | None,
    authors: tuple[str, ...],
    published: dt.date | dt.datetime | None,
    dateline: str | None,
    metadata: FrozenDict,
    state: tuple[Any, ...],
    digest: str | None,
) -> Document:
    """A Document from the values ``Document.__reduce__`` sent, without checks."""
    passages, citations = views(core_from_state(state))
    return _assembled(
        source, reader, title, authors, published, dateline, metadata, passages, citations, digest
    )


def _assembled(
    source: str,
    reader: str,
    title: str | None,
    authors: tuple[str, ...],
    published: dt.date | dt.datetime | None,
    dateline: str | None,
    metadata: FrozenDict,
    passages: Sequence[Passage],
    citations: Sequence[Citation],
    digest: str | None,
) -> Document:
    """A Document of fields already checked and converted, its slots set directly: the
    one path of the readers' fast construction, ``with_read_facts`` and unpickling."""
    document = object.__new__(Document)
    # Unrolled, not a loop over (setter, value) pairs: once per Document.
    _SET_SOURCE(document, source)
    _SET_READER(document, reader)
    _SET_TITLE(document, title)
    _SET_AUTHORS(document, authors)
    _SET_PUBLISHED(document, published)
    _SET_DATELINE(document, dateline)
    _SET_METADATA(document, metadata)
    _SET_PASSAGES(document, passages)
    _SET_CITATIONS(document, citations)
    _SET_DIGEST(document, digest)
    return document


# The slots' own setters, in field order: half the cost of ``object.__setattr__`` by
# name, and the parent of ``load_dir(workers=N)`` rebuilds every Document it receives.
(
    _SET_SOURCE,
    _SET_READER,
    _SET_TITLE,
    _SET_AUTHORS,
    _SET_PUBLISHED,
    _SET_DATELINE,
    _SET_METADATA,
    _SET_PASSAGES,
    _SET_CITATIONS,
    _SET_DIGEST,
) = (getattr(Document, field.name).__set__ for field in attrs.fields(Document))


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
