"""The ``html`` reader: raw HTML pages (see :mod:`.reader`) and the content model
shared by the web-page front ends (:mod:`.content`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .reader import HtmlReader

if TYPE_CHECKING:
    from .content import Block, Container, Selection, select_article

__all__ = ["Block", "Container", "HtmlReader", "Selection", "select_article"]

# The content model is imported when asked for: detection imports this package to sniff
# a text, and only a page the html reader reads needs the model.
_CONTENT = frozenset(("Block", "Container", "Selection", "select_article"))


def __getattr__(name: str) -> Any:
    if name in _CONTENT:
        from . import content

        return getattr(content, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
