"""Stable identifiers for documents, passages and chunks.

Why content-addressed: an index built from seedparse output is rebuilt again and
again (new files, a new release, another machine, a different mount point). An id
that comes from the text a document was read from stays the same through all of
that, so re-indexing replaces entries instead of piling up copies, and the same
file found in two folders is recognised as one document.

The derivation (format 1), reproducible in any language:

* ``digest`` = SHA-256 of the decoded source text (what :func:`seedparse.read_text`
  returns: BOM removed, line endings ``\\n``) encoded as UTF-8, in lowercase hex.
  :func:`seedparse.parse` and :func:`seedparse.load` record it on the Document.
* ``Document.id`` = UUID version 5 in the namespace :data:`NAMESPACE` of the name
  ``"document/<reader>/<digest>"``. The reader name is part of it because the same
  text read by another reader is another document (other passages, other spans).
* passage ``i``: UUID 5 in the namespace of the document id, name ``"passage/<i>"``.
* chunk ``i`` of ``chunks(max_chars=m, overlap=o, cross_sections=x)``: UUID 5 in the
  namespace of the document id, name ``"chunk/<m>/<o>/<0|1>/<i>"``, so two chunkings
  of one document never share an id.

The source path is not part of any id: identical bytes give identical ids wherever
they are stored. Key on ``(id, source)`` to tell the copies apart.

A Document built by hand (no ``digest``) gets an id from its content instead: the
name ``"content/<sha256 of its canonical JSON without source and digest>"``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Protocol

from .digest import content_digest, digest_utf8

__all__ = [
    "FORMAT_VERSION",
    "NAMESPACE",
    "chunk_id",
    "chunk_ids",
    "content_digest",
    "digest_utf8",
    "document_id",
    "passage_id",
    "passage_ids",
]

#: The version of the id derivation. A release that changed any id for the same
#: input would have to bump it (and the namespace with it).
FORMAT_VERSION = 1

#: ``uuid5(NAMESPACE_URL, "https://github.com/seedparse/seedparse/ids/1")``.
NAMESPACE = uuid.UUID("e7c605d0-923c-51aa-a937-509c16dcd66f")


class _Identified(Protocol):
    # What document_id reads of a Document. A protocol, not the class: the model's
    # Document.id calls this module, which therefore must not import the model.
    @property
    def reader(self) -> str: ...
    @property
    def digest(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...


def document_id(document: _Identified) -> str:
    """The id of ``document``: from its source digest, else from its content."""
    digest = document.digest
    if digest is None:
        data = document.to_dict()
        del data["source"], data["digest"]
        canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        name = "content/" + content_digest(canonical)
    else:
        name = f"document/{document.reader}/{digest}"
    return str(uuid.uuid5(NAMESPACE, name))


def passage_id(doc_id: str, index: int) -> str:
    """The id of passage ``index`` of the document whose id is ``doc_id``."""
    return str(uuid.uuid5(uuid.UUID(doc_id), f"passage/{index}"))


def passage_ids(doc_id: str, count: int) -> tuple[str, ...]:
    """The ids of passages ``0 .. count - 1`` (one namespace parse for all)."""
    space = uuid.UUID(doc_id)
    return tuple(str(uuid.uuid5(space, f"passage/{i}")) for i in range(count))


def chunk_id(doc_id: str, index: int, *, max_chars: int, overlap: int, cross_sections: bool) -> str:
    """The id of chunk ``index`` of one chunking of the document ``doc_id``."""
    name = _chunk_prefix((max_chars, overlap, cross_sections)) + str(index)
    return str(uuid.uuid5(uuid.UUID(doc_id), name))


def chunk_ids(doc_id: str, count: int, chunking: tuple[int, int, bool]) -> tuple[str, ...]:
    """The ids of chunks ``0 .. count - 1`` of the chunking ``(max_chars, overlap,
    cross_sections)``: :func:`chunk_id` of each, with one namespace parse for all."""
    space = uuid.UUID(doc_id)
    prefix = _chunk_prefix(chunking)
    return tuple(str(uuid.uuid5(space, f"{prefix}{i}")) for i in range(count))


def _chunk_prefix(chunking: tuple[int, int, bool]) -> str:
    max_chars, overlap, cross_sections = chunking
    return f"chunk/{max_chars}/{overlap}/{int(cross_sections)}/"
