"""The ``html`` reader: web pages as crawlers store them (raw HTML).

``Document.reader`` is ``"html"``: the same kind of page as the ``web-page`` reader's
rendered text, read from its markup. See ``docs/formats/html.md`` for what it gives and
how the content model decides.

Pipeline (each step linear in the page):

1. :func:`.tree.parse_html`: tokenizer + lxml, every element with its source span;
2. :func:`.meta.read_meta`: JSON-LD, OpenGraph/Twitter, ``<meta>``, microdata,
   ``<time>``, canonical URL, language;
3. :func:`.blocks.page_blocks`: blocks with features;
4. :func:`.content.select_article`: the article's blocks, cross-checked with the
   JSON-LD ``articleBody`` when the page has one;
5. passages in reading order with section trails, ``link`` citations (absolute URLs)
   and ``quotation`` citations (the shared quotation finder).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ..._model import Document
from ..._protocol import SNIFF_CHARS
from ..._text.lazyre import LazyPattern

if TYPE_CHECKING:
    from ..._text.quotes import QuoteFinder

__all__ = ["HtmlReader"]

# The class and its sniffer are all this module holds: detection imports every reader
# to sniff a text, and only the reader chosen needs the tree, the content model and
# the quotation finder (:mod:`.page`, imported by the first ``read``).
_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9]{0,15}[\s/>]")
_STRUCTURE = LazyPattern(r"<(?:head|body|meta|title|div|p|script|link)[\s/>]", re.I)


class HtmlReader:
    """Reads raw HTML pages into Documents (see the module docstring).

    ``quote_finder`` lets a specialised reader use other speech verbs (see
    :class:`seedparse.QuoteFinder`).

    .. versionadded:: 0.1.0
    """

    name = "html"
    max_score = 0.97
    """The highest score :meth:`sniff` gives (see :class:`~seedparse.Reader`)."""

    def __init__(self, *, quote_finder: QuoteFinder | None = None) -> None:
        self._quote_finder = quote_finder

    def __repr__(self) -> str:
        return "HtmlReader()"

    def sniff(self, sample: str) -> float:
        """High for a doctype or an ``<html>`` start, fair for a dense run of tags with
        page structure (``<head>``, ``<body>``, ``<div>`` ...), else 0."""
        sample = sample[:SNIFF_CHARS]
        head = sample.lstrip()
        if not head.startswith("<") and (head.startswith("---") or "<" not in sample):
            return 0.0
        if _starts_as_html(head):
            return 0.97
        tags = _TAG.findall(sample)
        if len(tags) < 8:
            return 0.0
        markup = sum(len(tag) for tag in tags)
        structure = len(_STRUCTURE.findall(sample))
        if head.startswith("<") and structure >= 3 and markup * 20 >= len(sample):
            return 0.8
        if structure >= 5 and len(tags) >= 40 and markup * 8 >= len(sample):
            return 0.6
        return 0.0

    def read_bytes(self, data: bytes, source: str = "<bytes>") -> Document:
        """Decode a page's bytes (see :func:`.tree.decode_html`) and read it.

        ``metadata["encoding"]`` names the encoding when it is not UTF-8; spans index
        into the decoded text (:func:`.tree.decode_html` gives it).
        """
        from .tree import decode_html

        decoded = decode_html(data, source=source)
        document = self.read(decoded.text, source)
        if decoded.plain:
            return document
        metadata = dict(document.metadata)
        metadata["encoding"] = decoded.facts()
        if decoded.warnings:
            metadata["warnings"] = list(decoded.warnings) + list(metadata.get("warnings", ()))
        return attrs.evolve(document, metadata=metadata)

    def read(self, text: str, source: str) -> Document:
        """Read one page: a pure function of ``text`` and ``source``.

        The cyclic garbage collector is paused meanwhile: a long page is hundreds of
        thousands of nodes, blocks and spans, none of them in a cycle, and the
        collector's full passes over them made the time grow faster than the page
        (100,000 unclosed paragraphs: 14x the time of 10,000, 9x when paused)."""
        from .page import read_page

        return read_page(text, source, self)


def _starts_as_html(head: str) -> bool:
    """A doctype or ``<html`` first, after an XML declaration and comments if any."""
    pos = 0
    for _ in range(64):  # a few comments before the doctype are common; more are not
        rest = head[pos : pos + 16].lower()
        if rest.startswith("<?xml"):
            end = head.find(">", pos)
        elif rest.startswith("<!--"):
            end = head.find("-->", pos + 4)
            end = end + 2 if end >= 0 else -1
        else:
            return rest.startswith("<!doctype html") or (
                rest.startswith("<html") and rest[5:6] in (" ", ">", "\n", "\t", "\r")
            )
        if end < 0:
            return False
        pos = end + 1
        while pos < len(head) and head[pos].isspace():
            pos += 1
    return False
