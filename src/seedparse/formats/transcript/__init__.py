"""The ``transcript-note`` reader: markdown notes about a video, with the helpers only it
uses (block structure, inline markup and timestamps, YAML front matter).
"""

from __future__ import annotations

from .entry import TranscriptNoteReader

__all__ = ["TranscriptNoteReader"]
