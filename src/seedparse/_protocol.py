"""What a reader is, and the constants readers and the registry share.

A leaf module: it imports nothing of seedparse but the model, so readers, the registry
and the loader can all depend on it without depending on each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from ._model import Document

__all__ = [
    "BUILTIN_READERS",
    "ENTRY_POINT_GROUP",
    "FALLBACK_READER",
    "SNIFF_CHARS",
    "Reader",
]

#: The entry-point group readers are discovered through.
ENTRY_POINT_GROUP = "seedparse.readers"
#: The reader used when no other claims a text.
FALLBACK_READER = "article"
#: How much of a text (in characters) readers are shown to sniff.
SNIFF_CHARS = 8192
#: The built-in readers as entry-point values (``"module:Class"``), by reader name.
#: seedparse's own ``pyproject.toml`` declares the same entry points (a test checks
#: that the two agree); the registry imports these itself only when seedparse runs
#: from a source tree that was never installed, so it imports no reader statically.
BUILTIN_READERS: Mapping[str, str] = MappingProxyType(
    {
        "article": "seedparse.formats.article:ArticleReader",
        "html": "seedparse.formats.html:HtmlReader",
        "transcript-note": "seedparse.formats.transcript:TranscriptNoteReader",
        "web-page": "seedparse.formats.webpage:WebPageReader",
    }
)


@runtime_checkable
class Reader(Protocol):
    """What a reader is: a name, a sniffer, and a pure function of text to Document.

    ``sniff`` sees the first few KB of the decoded text and returns a score in
    [0, 1] (0: not mine, 1: certainly mine). ``read`` gets the whole decoded text
    (see :func:`seedparse.read_text`) and the source name, and must return a
    :class:`~seedparse.Document` or raise a :class:`~seedparse.ParseError`.

    Optionally, ``max_score`` (a float attribute, not part of the protocol's checks)
    is the highest score ``sniff`` can return. Detection for ``load`` and ``load_dir``
    then skips the sniffer when another reader already scored higher; a reader
    without it is always asked. It is read once after the registered readers change,
    and a subclass that overrides ``sniff`` without declaring its own is always asked
    (``docs/plugins.md``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 the optional ``max_score``.
    """

    @property
    def name(self) -> str: ...

    def sniff(self, sample: str) -> float: ...

    def read(self, text: str, source: str) -> Document: ...
