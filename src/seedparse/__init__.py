"""seedparse: clean, typed, cited structure from scraped transcripts, articles and
web pages.

    >>> import seedparse
    >>> docs = seedparse.load_dir("seeds/")          # doctest: +SKIP
    >>> doc = seedparse.parse("Title\\n\\nBody text.")  # doctest: +SKIP

The public surface is what ``__all__`` lists; everything else is private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._api import LoadResult, detect, iter_dir, load, load_dir, parse, parse_bytes, read_text
from ._errors import (
    ArgumentError,
    DecodeError,
    FileAccessError,
    FrontmatterError,
    LimitExceeded,
    LoadError,
    MetadataError,
    ParseError,
    ReaderError,
    SeedparseError,
)
from ._io.decode import normalize_text
from ._limits import Limits
from ._model import Chunk, Citation, Document, Failure, FrozenDict, Passage, Span
from ._protocol import Reader
from ._registry import Detection, ReaderConflict, ReaderInfo, ReaderRegistry
from ._warnings import ReaderConflictWarning, SeedparseWarning

if TYPE_CHECKING:
    from ._records.arrow import arrow_schema, infer_metadata_columns, to_arrow, write_parquet
    from ._text.quotes import QuoteFinder
    from .formats.article import ArticleReader
    from .formats.html import HtmlReader
    from .formats.transcript import TranscriptNoteReader
    from .formats.webpage import SiteProfile, WebPageReader

__all__ = [
    "ArgumentError",
    "ArticleReader",
    "Chunk",
    "Citation",
    "DecodeError",
    "Detection",
    "Document",
    "Failure",
    "FileAccessError",
    "FrontmatterError",
    "FrozenDict",
    "HtmlReader",
    "LimitExceeded",
    "Limits",
    "LoadError",
    "LoadResult",
    "MetadataError",
    "ParseError",
    "Passage",
    "QuoteFinder",
    "Reader",
    "ReaderConflict",
    "ReaderConflictWarning",
    "ReaderError",
    "ReaderInfo",
    "ReaderRegistry",
    "SeedparseError",
    "SeedparseWarning",
    "SiteProfile",
    "Span",
    "TranscriptNoteReader",
    "WebPageReader",
    "__version__",
    "arrow_schema",
    "detect",
    "infer_metadata_columns",
    "iter_dir",
    "load",
    "load_dir",
    "native_available",
    "normalize_text",
    "parse",
    "parse_bytes",
    "read_text",
    "readers",
    "register_reader",
    "to_arrow",
    "write_parquet",
]


def readers() -> tuple[ReaderInfo, ...]:
    """Every registered reader (built-in, entry point or run time) and its origin.

    .. versionadded:: 0.1.0
    """
    from ._api import default_registry

    return default_registry.infos()


def register_reader(reader: Reader, *, replace: bool = False) -> None:
    """Register a reader at run time; ``replace=True`` overrides one of the same name.

    This is the one way to replace a built-in reader: a plugin found through an
    entry point never displaces one (see :class:`ReaderConflict`).

    .. versionadded:: 0.1.0
    """
    from ._api import default_registry

    default_registry.register(reader, replace=replace)


# The built-in reader classes and their options (to subclass or configure, e.g. a
# web-page reader with a site profile, an article reader with other speech verbs) are
# imported on first use: they pull in YAML, JSON and word tables that a plain
# `import seedparse` should not pay for. The records functions (seedparse._records) load
# on first use too; pyarrow only when a table is actually built.
_LAZY = {
    "ArticleReader": "seedparse.formats.article",
    "HtmlReader": "seedparse.formats.html",
    "QuoteFinder": "seedparse._text.quotes",
    "SiteProfile": "seedparse.formats.webpage",
    "TranscriptNoteReader": "seedparse.formats.transcript",
    "WebPageReader": "seedparse.formats.webpage",
    "arrow_schema": "seedparse._records.arrow",
    "infer_metadata_columns": "seedparse._records.arrow",
    "native_available": "seedparse._native",
    "to_arrow": "seedparse._records.arrow",
    "write_parquet": "seedparse._records.arrow",
}


def __dir__() -> list[str]:
    # What tab completion and dir() show: the public names, not the helpers this
    # module happens to import (Any, TYPE_CHECKING, annotations) nor its submodules.
    return sorted({*__all__, "__doc__", "__file__", "__name__", "__package__", "__path__"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    # The version comes from the installed package metadata, looked up on demand so
    # that importing seedparse stays cheap.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("seedparse")
        except PackageNotFoundError:  # pragma: no cover - a source tree never installed
            return "0.0.0+unknown"
    raise AttributeError(f"module 'seedparse' has no attribute {name!r}")
