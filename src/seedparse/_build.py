"""Unchecked constructors of model objects, for readers' hot loops.

A note of 8 KB holds about 50 citations and 30 passages. attrs' generated ``__init__``
runs every validator and converter, which costs about 3 us per Citation and 1.3 us per
Span on the reference machine: more than all the parsing around them. The functions here
set the same slots directly, the way attrs' own ``__init__`` does for frozen classes,
without the checks. Callers must pass exactly the types the validators would accept
(``int`` offsets with ``0 <= start <= end``, ``str`` text, tuples for collections).

This is only done when the model's fields are exactly the ones listed here; if the model
changes (a field added, renamed or reordered), :data:`UNCHECKED` is False and every
function falls back to the validated constructor, so a stale fast path can never build
an object that lacks a field. The tests rebuild every object through ``from_dict`` (the
validated path) and compare.
"""

from __future__ import annotations

import attrs

from ._model import Citation, Passage, Span

__all__ = ["UNCHECKED", "citation", "passage", "span"]

_SPAN_FIELDS = ("start", "end")
_CITATION_FIELDS = ("kind", "text", "span", "target", "seconds", "speaker")
_PASSAGE_FIELDS = ("text", "kind", "span", "section", "citations", "depth")


def _names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls))


#: Whether the unchecked path is in use (the model has exactly the expected fields).
UNCHECKED = (
    _names(Span) == _SPAN_FIELDS
    and _names(Citation) == _CITATION_FIELDS
    and _names(Passage) == _PASSAGE_FIELDS
)

_new = object.__new__
_set = object.__setattr__


def _checked_span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _checked_citation(
    kind: str, text: str, made_span: Span, target: str | None = None, seconds: int | None = None
) -> Citation:
    return Citation(kind=kind, text=text, span=made_span, target=target, seconds=seconds)


def _checked_passage(
    text: str,
    kind: str,
    made_span: Span,
    section: tuple[str, ...],
    citations: tuple[Citation, ...],
    depth: int = 0,
) -> Passage:
    return Passage(
        text=text, kind=kind, span=made_span, section=section, citations=citations, depth=depth
    )


def _unchecked_span(start: int, end: int) -> Span:
    made = _new(Span)
    _set(made, "start", start)
    _set(made, "end", end)
    return made


def _unchecked_citation(
    kind: str, text: str, made_span: Span, target: str | None = None, seconds: int | None = None
) -> Citation:
    made = _new(Citation)
    _set(made, "kind", kind)
    _set(made, "text", text)
    _set(made, "span", made_span)
    _set(made, "target", target)
    _set(made, "seconds", seconds)
    _set(made, "speaker", None)
    return made


def _unchecked_passage(
    text: str,
    kind: str,
    made_span: Span,
    section: tuple[str, ...],
    citations: tuple[Citation, ...],
    depth: int = 0,
) -> Passage:
    made = _new(Passage)
    _set(made, "text", text)
    _set(made, "kind", kind)
    _set(made, "span", made_span)
    _set(made, "section", section)
    _set(made, "citations", citations)
    _set(made, "depth", depth)
    return made


#: ``Span(start=..., end=...)``; requires ``0 <= start <= end``.
span = _unchecked_span if UNCHECKED else _checked_span
#: ``Citation(kind, text, span, target, seconds)`` (no speaker).
citation = _unchecked_citation if UNCHECKED else _checked_citation
#: ``Passage(text, kind, span, section, citations, depth)`` from tuples.
passage = _unchecked_passage if UNCHECKED else _checked_passage
