"""The ``html`` reader: raw HTML pages (see :mod:`.reader`) and the content model
shared by the web-page front ends (:mod:`.content`)."""

from __future__ import annotations

from .content import Block, Container, Selection, select_article
from .reader import HtmlReader

__all__ = ["Block", "Container", "HtmlReader", "Selection", "select_article"]
