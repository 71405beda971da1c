"""The ``article`` reader: news or analysis copied as plain text.

It is also the fallback for any text no other reader claims, so when it is unsure it
leaves a field empty rather than invent it.

What it reads, top to bottom:

* **Header.** Among the first lines, before the first body paragraph: the title (the
  first line that reads as a headline: short, no sentence-final punctuation, followed
  by body text), a dateline (see :func:`seedparse._text.dates.parse_dateline`; ``published``
  is set only when the year is given), a byline (``By A and B`` gives ``authors``), and
  a kicker (a short label line in capitals or in another script than the body).
* **Kicker glued to the body.** A run of one to four words in capitals before the
  first sentence of the first paragraph is cut off and kept as ``metadata["kicker"]``
  when it is in another script than the sentence
  (``\u0420\u041e\u0417\u0411\u0406\u0420 \u0412\u0406\u0414 Russia is \u2026``), is
  followed by a separator (``ANALYSIS: \u2026``; before a colon only a genre label, so
  that a dateline, ``MUMBAI: \u2026``, stays in the lede), or is too long to be an acronym (seven
  letters or more: ``EXCLUSIVE Russia \u2026``). Later paragraphs only lose a kicker in
  another script.
* **Body.** One paragraph per line, or paragraphs separated by blank lines; lines of a
  paragraph broken across lines (hard-wrapped text, or a line that stops mid-sentence
  before a lower-case continuation) are joined back. A short line without final
  punctuation between paragraphs is a ``heading`` passage and opens a section
  (``Passage.section``); ``#`` headings and bullet or numbered list items are read too.
  A run-in label such as ``Outcomes:`` stays in its paragraph.
* **Leftovers.** Lines around the body that are page furniture rather than text (a
  stray number, short share or "related" lines after the last paragraph) are kept out
  of the body and listed, in order, in ``metadata["leftovers"]``.
* **Dropped markup.** Stray HTML tags are dropped from the text (see
  :mod:`~seedparse.formats.article.markup`); each tag dropped is listed once, as
  written, in ``metadata["dropped_markup"]``: the text the source held and the
  Document does not is on record.
* **Quotations.** Direct quotations in the paragraphs become ``quotation`` citations
  with their speaker (:func:`seedparse._text.quotes.find_quotations`). Headings are
  not searched, except a subheading that is a speaker's label and a quotation
  ("Koschinat: \u201eCoachen war nicht mehr m\u00f6glich\u201c"): it is the speaker's
  words, and the paragraph under it goes on quoting them.

Passage text is clean: entities decoded once, stray HTML tags removed, whitespace
squashed, typographic characters kept. Every span slices the text given to
:meth:`ArticleReader.read` at the passage's raw text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._errors import ArgumentError
from ..._gcpause import collector_paused
from ..._model import Document

if TYPE_CHECKING:
    from ..._text.quotes import QuoteFinder

__all__ = ["ArticleReader"]

# The class and its sniffer are all this module holds: detection imports every reader
# to sniff a text, and only the reader chosen needs the line model, the header and the
# quotation finder (:mod:`.page`, imported by the first ``read``).


class ArticleReader:
    """Reads plain-text articles; the fallback reader for any text.

    ``quote_finder`` lets a specialised reader use other speech verbs (a
    :class:`~seedparse.QuoteFinder`); anything else raises
    :class:`~seedparse.ArgumentError`.

    .. versionadded:: 0.1.0
    """

    name = "article"
    max_score = 0.1
    """The highest score :meth:`sniff` gives (see :class:`~seedparse.Reader`)."""

    def __init__(self, *, quote_finder: QuoteFinder | None = None) -> None:
        if quote_finder is not None:
            from ..._text.quotes import QuoteFinder

            if not isinstance(quote_finder, QuoteFinder):
                raise ArgumentError(
                    f"quote_finder must be a seedparse.QuoteFinder or None, "
                    f"not {type(quote_finder).__name__}"
                )
        self._quote_finder = quote_finder

    def sniff(self, sample: str) -> float:
        """Any text is an article, but only just: other readers win when they claim it."""
        return 0.1 if sample.strip() else 0.05

    def read(self, text: str, source: str) -> Document:
        """Read ``text`` (already decoded and normalised) into a Document."""
        from .page import read_article

        # A line, block and passage object per line of a long text, none garbage: the
        # collector's full passes over them made t(10n) about 15.5 t(n) (10 paused).
        with collector_paused():
            return read_article(text, source, self)
