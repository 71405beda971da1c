"""What the LangChain and LlamaIndex adapters share: the documents under a path, and
metadata flattened to what vector stores accept.

Vector stores take metadata values of a few kinds only (strings, numbers, booleans,
lists of those; several refuse None, empty lists or nested objects outright), so the
adapters give a flat mapping: None values and empty lists are left out (a missing
key means "none"), lists hold scalars of one kind, and a nested value becomes its
JSON text. The citations of a chunk become parallel lists (``timestamps`` with their
``deep_links``, ``speakers``, ``links``, ``wikilinks``) so that a hit still leads
back to the video moment, the speaker or the page.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal, TypedDict

import attrs

from .._api import iter_dir, load
from .._errors import ArgumentError, SeedparseError
from .._model import Document, thaw
from .chunks import Chunk, check_options, key_metadata

__all__ = [
    "Adapter",
    "AdapterArguments",
    "AdapterOptions",
    "Errors",
    "chunk_metadata",
    "document_metadata",
    "flatten",
]

Scalar = str | int | float | bool
FlatValue = Scalar | list[str] | list[int] | list[float] | list[bool]


def _flat(value: Any) -> FlatValue | None:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, tuple):
        items = [item for item in value if item is not None]
        if not items:
            return None
        if all(isinstance(item, str) for item in items):
            return list(items)
        if all(isinstance(item, bool) for item in items):
            return list(items)
        if all(isinstance(item, int) and not isinstance(item, bool) for item in items):
            return list(items)
        return [item if isinstance(item, str) else _json(item) for item in items]
    return _json(value)


def _json(value: Any) -> str:
    return json.dumps(thaw(value), ensure_ascii=False, allow_nan=False)


def flatten(mapping: Mapping[str, Any]) -> dict[str, FlatValue]:
    """``mapping`` with None and empty lists left out and every value flat."""
    out: dict[str, FlatValue] = {}
    for key, value in mapping.items():
        flat = _flat(value)
        if flat is not None:
            out[key] = flat
    return out


def document_metadata(document: Document) -> dict[str, FlatValue]:
    """The flat metadata of a whole document: its id, digest and key facts."""
    facts = {"document_id": document.id, "digest": document.digest, **key_metadata(document)}
    return flatten(facts)


def chunk_metadata(chunk: Chunk) -> dict[str, FlatValue]:
    """The flat metadata of a chunk: the document's key facts, where the chunk is, and
    its citations as parallel lists."""
    timestamps = [c for c in chunk.citations if c.kind == "timestamp"]
    facts: dict[str, Any] = {
        "document_id": chunk.document_id,
        "chunk_id": chunk.id,
        "chunk_index": chunk.index,
        **chunk.metadata,
        "section": chunk.section,
        "start": chunk.spans[0].start if chunk.spans else None,
        "end": chunk.spans[-1].end if chunk.spans else None,
        "timestamps": tuple(c.seconds for c in timestamps if c.seconds is not None),
        "deep_links": tuple(c.target for c in timestamps if c.target),
        "speakers": tuple(
            dict.fromkeys(c.speaker for c in chunk.citations if c.kind == "quotation" and c.speaker)
        ),
        "quotations": sum(1 for c in chunk.citations if c.kind == "quotation"),
        "links": tuple(c.target for c in chunk.citations if c.kind == "link" and c.target),
        "wikilinks": tuple(c.target for c in chunk.citations if c.kind == "wikilink" and c.target),
    }
    return flatten(facts)


Errors = Literal["raise", "skip"]


class AdapterArguments(TypedDict, total=False):
    """The keyword arguments both adapters take beside ``mode`` (``**options``), each
    as in :meth:`seedparse.Document.chunks` and :func:`seedparse.iter_dir`. Their
    defaults and checks are :class:`AdapterOptions`'s, so they are written once."""

    max_chars: int
    overlap: int
    cross_sections: bool
    pattern: str
    errors: Errors
    reader: str | None
    workers: int | None


@attrs.frozen(kw_only=True)
class AdapterOptions:
    """The options both adapters take, checked when the adapter is made (not at the
    first document)."""

    max_chars: int = 2000
    overlap: int = 0
    cross_sections: bool = False
    pattern: str = "**/*"
    errors: Errors = "raise"
    reader: str | None = None
    workers: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.errors not in ("raise", "skip"):
            raise ArgumentError(f"errors must be 'raise' or 'skip', not {self.errors!r}")
        check_options(self.max_chars, self.overlap, self.cross_sections)

    def documents(self, path: str | os.PathLike[str]) -> Iterator[Document]:
        """The documents of a file, or of every file under a directory (in
        ``load_dir`` order), streamed; with ``errors="skip"`` failing files are left out."""
        if os.path.isdir(path):
            for item in iter_dir(
                path,
                pattern=self.pattern,
                errors=self.errors,
                reader=self.reader,
                workers=self.workers,
            ):
                if isinstance(item, Document):
                    yield item
            return
        try:
            document = load(path, reader=self.reader)
        except SeedparseError:
            if self.errors == "raise":
                raise
            return
        yield document

    def chunks(self, document: Document) -> tuple[Chunk, ...]:
        return document.chunks(
            max_chars=self.max_chars, overlap=self.overlap, cross_sections=self.cross_sections
        )


class Adapter:
    """What the LangChain loader and the LlamaIndex reader are made of: one of two
    modes (``MODES``, named by the subclass) and the shared options, checked when the
    adapter is made. A subclass's docstring is given the sentence that lists the
    ``**options`` and their defaults, written from :class:`AdapterOptions` so that what
    ``help()`` and the API reference show cannot drift from what the code does."""

    MODES: ClassVar[tuple[str, str]]
    mode: str
    options: AdapterOptions

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = attrs.fields(AdapterOptions)
        defaults = ", ".join(f"``{f.name}={f.default!r}``" for f in fields)
        sentence = f"The other keyword arguments (``**options``) and their defaults: {defaults}."
        doc, marker, since = (cls.__doc__ or "").partition("\n    .. versionadded::")
        cls.__doc__ = f"{doc.rstrip()}\n\n    {sentence}\n{marker}{since}"

    def _configure(self, mode: str, options: AdapterArguments) -> None:
        if mode not in self.MODES:
            first, second = self.MODES
            raise ArgumentError(f"mode must be {first!r} or {second!r}, not {mode!r}")
        self.mode = mode
        self.options = AdapterOptions(**options)
        """The loading and chunking options (a frozen, checked record)."""
