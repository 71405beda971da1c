"""An example seedparse reader plugin for ``key: value`` memo files.

A memo looks like this::

    MEMO
    title: Quarterly plan
    from: Operations
    date: 2025-03-13

    First paragraph of the memo.

    Second paragraph, see [ref: https://example.org/plan].

Header lines up to the first blank line are metadata; the rest is body text.
"""

from __future__ import annotations

import datetime as dt
import re

from seedparse import Citation, Document, Passage, Span

__all__ = ["MemoReader"]

_HEADER = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,40}):[ \t]*([^\n]{0,500})")
_REF = re.compile(r"\[ref: ([^\[\]\n]{1,2000})\]")


class MemoReader:
    """Reads memo files; a pure function of (text, source) like every reader."""

    name = "memo"

    def sniff(self, sample: str) -> float:
        """Certain when the text starts with a ``MEMO`` line, else not mine."""
        return 0.95 if sample.startswith("MEMO\n") else 0.0

    def read(self, text: str, source: str) -> Document:
        """Header lines become metadata, blank-line separated blocks paragraphs."""
        metadata: dict[str, str] = {}
        pos = text.find("\n") + 1 if text.startswith("MEMO\n") else 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            match = _HEADER.fullmatch(text, pos, end)
            if match is None:
                break
            metadata[match.group(1).lower()] = match.group(2).strip()
            pos = end + 1
        passages: list[Passage] = []
        citations: list[Citation] = []
        for block in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[pos:]):
            start, stop = pos + block.start(), pos + block.end()
            refs = [
                Citation(
                    kind="link",
                    text=m.group(1),
                    target=m.group(1),
                    span=Span(start=start + m.start(), end=start + m.end()),
                )
                for m in _REF.finditer(block.group())
            ]
            clean = " ".join(_REF.sub(lambda m: m.group(1), block.group()).split())
            passages.append(
                Passage(
                    text=clean, kind="paragraph", span=Span(start=start, end=stop), citations=refs
                )
            )
            citations.extend(refs)
        published = None
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", metadata.get("date", "")):
            try:
                published = dt.date.fromisoformat(metadata["date"])
            except ValueError:
                published = None
        return Document(
            source=source,
            reader=self.name,
            title=metadata.get("title") or None,
            authors=(metadata["from"],) if metadata.get("from") else (),
            published=published,
            metadata=metadata,
            passages=passages,
            citations=citations,
        )
