"""The ``article`` reader: plain news or analysis text, one paragraph per line.

It is also the fallback for any text no other reader claims.
"""

from __future__ import annotations

from .._model import Document, Passage, Span
from .._text import decode_entities, iter_lines, squash_spaces

__all__ = ["ArticleReader"]


class ArticleReader:
    """Reads plain-text articles.

    .. versionadded:: 0.1.0
    """

    name = "article"

    def sniff(self, sample: str) -> float:
        # Any text is an article, but only just: other readers win when they care.
        return 0.1 if sample.strip() else 0.05

    def read(self, text: str, source: str) -> Document:
        passages: list[Passage] = []
        for start, end, line in iter_lines(text):
            clean = squash_spaces(decode_entities(line))
            if clean:
                passages.append(
                    Passage(text=clean, kind="paragraph", span=Span(start=start, end=end))
                )
        return Document(source=source, reader=self.name, passages=tuple(passages))
