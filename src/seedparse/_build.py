"""Unchecked constructors of model objects, for readers' hot loops.

A note of 8 KB holds about 50 citations and 30 passages; the checked ``__init__`` of
each would cost more than all the parsing around them. These are the model's own
trusted constructors (the ones unpickling uses), named for readers: positional, no
validation. Callers must pass exactly the types the checked constructors accept
(``int`` offsets with ``0 <= start <= end``, ``str`` text, tuples for collections).
"""

from __future__ import annotations

from ._model import _rebuild_citation, _rebuild_passage, _rebuild_span

__all__ = ["citation", "passage", "span"]

#: ``span(start, end)``; requires ``0 <= start <= end``.
span = _rebuild_span
#: ``citation(kind, text, span, target=None, seconds=None, speaker=None)``.
citation = _rebuild_citation
#: ``passage(text, kind, span, section, citations, depth=0)`` from tuples.
passage = _rebuild_passage
