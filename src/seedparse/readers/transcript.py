"""The ``transcript-note`` reader: markdown notes about a video with timestamp anchors."""

from __future__ import annotations

from .._model import Document, Passage, Span
from .._text import decode_entities, iter_lines, squash_spaces

__all__ = ["TranscriptNoteReader"]


class TranscriptNoteReader:
    """Reads transcript notes.

    .. versionadded:: 0.1.0
    """

    name = "transcript-note"

    def sniff(self, sample: str) -> float:
        score = 0.0
        if "yt-timestamp" in sample:
            score += 0.6
        if sample.startswith("---\n"):
            score += 0.2
        if "[[" in sample and "]]" in sample:
            score += 0.1
        if "\n## " in sample or sample.startswith("# "):
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
