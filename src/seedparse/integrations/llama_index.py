"""A LlamaIndex reader: files to ``llama_index.core`` Documents or nodes.

    >>> from seedparse.integrations.llama_index import SeedparseReader
    >>> documents = SeedparseReader().load_data("seeds/")                   # doctest: +SKIP
    >>> nodes = SeedparseReader(mode="nodes").load_data("seeds/")           # doctest: +SKIP

``mode="documents"`` (default) gives one ``Document`` per file, for
``VectorStoreIndex.from_documents`` and its own splitting. ``mode="nodes"`` gives one
``TextNode`` per seedparse chunk, already split with its citations, linked to its
source document (``NodeRelationship.SOURCE``) and to its neighbours (``PREVIOUS`` /
``NEXT``), for ``VectorStoreIndex(nodes)``. Ids are seedparse's stable ids. Only the
title and section trail go into the text that is embedded; the citation lists stay
metadata for filtering and for showing where an answer came from.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Unpack

from .._errors import needs_extra

with needs_extra("seedparse.integrations.llama_index needs llama-index-core", "llama-index"):
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import (
        Document as LlamaDocument,
    )
    from llama_index.core.schema import (
        NodeRelationship,
        ObjectType,
        RelatedNodeInfo,
        TextNode,
    )

from .._model import Document
from .._records.adapters import (
    Adapter,
    AdapterArguments,
    chunk_metadata,
    document_metadata,
    flatten,
)

__all__ = ["SeedparseReader"]

# What the embedding model and the LLM see of the metadata (the rest is for filters).
_EMBED_KEYS = frozenset({"title", "section"})
_LLM_KEYS = frozenset({"title", "section", "source", "authors", "published", "speakers"})


class SeedparseReader(BaseReader, Adapter):
    """Read a file or a directory tree with seedparse, for LlamaIndex.

    ``mode="documents"`` (default) returns ``llama_index.core.schema.Document``s, one
    per file; ``mode="nodes"`` returns ``TextNode``s, one per :class:`seedparse.Chunk`
    (``max_chars``, ``overlap``, ``cross_sections`` as in
    :meth:`seedparse.Document.chunks`), each related to its source document.
    ``errors="skip"`` leaves out files that fail to load. Metadata values are
    strings, numbers, booleans or lists of those.

    .. versionadded:: 0.2.0
    """

    MODES = ("documents", "nodes")

    def __init__(
        self,
        *,
        mode: Literal["documents", "nodes"] = "documents",
        **options: Unpack[AdapterArguments],
    ) -> None:
        self._configure(mode, options)

    # LlamaIndex's signature is (*args, **kwargs) -> Iterable[Document]; this reader
    # takes the path, and in "nodes" mode returns TextNodes (what VectorStoreIndex takes).
    def lazy_load_data(  # type: ignore[override]
        self, path: str | os.PathLike[str], extra_info: Mapping[str, Any] | None = None
    ) -> Iterator[LlamaDocument | TextNode]:
        """Yield Documents (or nodes) one file at a time. ``extra_info`` is added to
        every item's metadata (flattened the same way)."""
        extra = flatten(extra_info or {})
        for document in self.options.documents(path):
            if self.mode == "documents":
                metadata = {**document_metadata(document), **extra}
                yield LlamaDocument(
                    id_=document.id,
                    text=document.text,
                    metadata=metadata,
                    excluded_embed_metadata_keys=sorted(set(metadata) - _EMBED_KEYS),
                    excluded_llm_metadata_keys=sorted(set(metadata) - _LLM_KEYS),
                )
            else:
                yield from self._nodes(document, extra)

    def load_data(  # type: ignore[override]
        self, path: str | os.PathLike[str], extra_info: Mapping[str, Any] | None = None
    ) -> list[LlamaDocument | TextNode]:
        """All of :meth:`lazy_load_data` as a list."""
        return list(self.lazy_load_data(path, extra_info))

    def _nodes(self, document: Document, extra: Mapping[str, Any]) -> Iterator[TextNode]:
        chunks = self.options.chunks(document)
        source = RelatedNodeInfo(
            node_id=document.id,
            node_type=ObjectType.DOCUMENT,
            metadata={"source": document.source},
        )
        for number, chunk in enumerate(chunks):
            metadata = {**chunk_metadata(chunk), **extra}
            relationships = {NodeRelationship.SOURCE: source}
            if number:
                relationships[NodeRelationship.PREVIOUS] = RelatedNodeInfo(
                    node_id=chunks[number - 1].id
                )
            if number + 1 < len(chunks):
                relationships[NodeRelationship.NEXT] = RelatedNodeInfo(
                    node_id=chunks[number + 1].id
                )
            yield TextNode(
                id_=chunk.id,
                text=chunk.text,
                metadata=metadata,
                relationships=relationships,
                excluded_embed_metadata_keys=sorted(set(metadata) - _EMBED_KEYS),
                excluded_llm_metadata_keys=sorted(set(metadata) - _LLM_KEYS),
            )
