"""The ``transcript-note`` reader's class and its sniffer; the reading is :mod:`.reader`,
imported by the first ``read`` (detection imports every reader to sniff a text, and only
the reader chosen needs the block model, the inline scanner and the front matter)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..._model import Document
from ..._text.lazyre import LazyPattern

__all__ = ["TranscriptNoteReader"]

_SNIFF_HEADING = LazyPattern(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_SNIFF_FROM = LazyPattern(r"^[Ff]rom:[ \t]*\[\[[^\[\]\n]{1,256}\]\]", re.MULTILINE)
_SNIFF_MARKER = LazyPattern(r"\[[0-9]{1,3}:[0-5][0-9](?::[0-5][0-9])?\]")
_SNIFF_VIDEO_ID = LazyPattern(r"^video_?id[ \t]*:", re.MULTILINE | re.IGNORECASE)


class TranscriptNoteReader:
    """Reads transcript notes: markdown about a video, claims tied to its moments.

    .. versionadded:: 0.1.0
    """

    name = "transcript-note"
    max_score = 0.95
    """The highest score :meth:`sniff` gives (see :class:`~seedparse.Reader`)."""

    def sniff(self, sample: str) -> float:
        """High for timestamp anchors, ``videoId`` front matter, a ``From: [[...]]``
        line, or markdown headings with wiki-links; about 0 for plain prose and pages."""
        if "yt-timestamp" in sample:
            return 0.95  # the highest score below: nothing else can raise it
        score = 0.0
        if sample.startswith("---") and _SNIFF_VIDEO_ID.search(sample, 0, 4096):
            score = max(score, 0.9)
        if _has_double_bracket(sample):
            if _SNIFF_FROM.search(sample):
                score = max(score, 0.85)
            elif _SNIFF_HEADING.search(sample) and "]]" in sample:
                score = max(score, 0.6)
        if score < 0.5 and len(_SNIFF_MARKER.findall(sample, 0, 4096)) >= 2:
            score = max(score, 0.6)
        if score == 0.0 and sample.startswith("---\n") and _SNIFF_HEADING.search(sample):
            score = 0.3
        return score

    def read(self, text: str, source: str) -> Document:
        """Parse one note. Raises :class:`~seedparse.FrontmatterError` or
        :class:`~seedparse.LimitExceeded` for front matter it must refuse.

        The cyclic garbage collector is paused while the note is walked in Python: the
        passages and citations of a long note are many objects and no garbage, and the
        collector's full passes over them cost half the time of a note with 100,000
        anchors. The native core's one call per note makes a handful of objects."""
        read_note = _read_note or _import_reader()
        return read_note(text, source)


#: ``reader.read_note`` once imported (see :func:`_import_reader`).
_read_note: Callable[[str, str], Document] | None = None


def _import_reader() -> Callable[[str, str], Document]:
    """Import :mod:`.reader` on the first read and keep its entry point: an ``import``
    statement in ``read`` would run the import machinery's look-up once per note."""
    global _read_note
    from .reader import read_note

    _read_note = read_note
    return read_note


def _has_double_bracket(sample: str) -> bool:
    """``"[[" in sample``, by single-character searches: a two-character needle takes
    the general substring search, several times slower on a text with few brackets."""
    at = sample.find("[")
    while at >= 0:
        if sample.startswith("[", at + 1):
            return True
        at = sample.find("[", at + 2)
    return False
