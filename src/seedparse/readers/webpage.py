"""The ``web-page`` reader: the rendered text of a scraped page, boilerplate and all."""

from __future__ import annotations

from .._model import Document, Passage, Span
from .._text import decode_entities, iter_lines, squash_spaces

__all__ = ["WebPageReader"]


class WebPageReader:
    """Reads scraped web pages.

    .. versionadded:: 0.1.0
    """

    name = "web-page"

    def sniff(self, sample: str) -> float:
        score = 0.0
        if "\u2022 " in sample:
            score += 0.3
        if '"authors"' in sample or '"@context"' in sample:
            score += 0.4
        if "\n{" in sample or sample.startswith("{"):
            score += 0.1
        return min(score, 1.0)

    def read(self, text: str, source: str) -> Document:
        passages: list[Passage] = []
        for start, end, line in iter_lines(text):
            clean = squash_spaces(decode_entities(line))
            if clean:
                passages.append(
                    Passage(text=clean, kind="paragraph", span=Span(start=start, end=end))
                )
        return Document(source=source, reader=self.name, passages=tuple(passages))
