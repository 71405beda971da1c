"""A LangChain document loader: files to ``langchain_core`` Documents.

    >>> from seedparse.integrations.langchain import SeedparseLoader
    >>> docs = list(SeedparseLoader("seeds/").lazy_load())      # doctest: +SKIP

By default each seedparse chunk is one LangChain Document (``mode="chunks"``), so
what gets embedded is seedparse's citation-aware chunking rather than a character
splitter's, and each carries its video moments, speakers and links as metadata;
``mode="documents"`` gives one Document per file for pipelines that split themselves.
Document ids are seedparse's stable ids, so re-loading the same files upserts.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Literal, Unpack

from .._errors import needs_extra

with needs_extra("seedparse.integrations.langchain needs langchain-core", "langchain"):
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document as LCDocument

from .._records.adapters import (
    Adapter,
    AdapterArguments,
    chunk_metadata,
    document_metadata,
)

__all__ = ["SeedparseLoader"]


class SeedparseLoader(BaseLoader, Adapter):
    """Load a file or a directory tree with seedparse, as LangChain Documents.

    ``mode="chunks"`` (default) yields one Document per :class:`seedparse.Chunk`
    (``max_chars``, ``overlap``, ``cross_sections`` as in
    :meth:`seedparse.Document.chunks`); ``mode="documents"`` one per file, its body
    text as ``page_content``. ``errors="skip"`` leaves out files that fail to load.
    Metadata values are strings, numbers, booleans or lists of those.

    .. versionadded:: 0.2.0
    """

    MODES = ("chunks", "documents")

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        mode: Literal["chunks", "documents"] = "chunks",
        **options: Unpack[AdapterArguments],
    ) -> None:
        self._configure(mode, options)
        self.path = path

    def lazy_load(self) -> Iterator[LCDocument]:
        """Yield the Documents one file at a time (memory holds one file's worth)."""
        for document in self.options.documents(self.path):
            if self.mode == "documents":
                yield LCDocument(
                    page_content=document.text,
                    metadata=document_metadata(document),
                    id=document.id,
                )
                continue
            for chunk in self.options.chunks(document):
                yield LCDocument(
                    page_content=chunk.text, metadata=chunk_metadata(chunk), id=chunk.id
                )
