"""Which ``<...>`` in a line of an article is stray markup and which is text.

Text copied from a page carries stray tags (``<br>``, ``</font>``, ``<b>…</b>``,
``<a href="…">``, ``<o:p>``): they are dropped. But an article may also be *about*
markup or code, and then the angle brackets are words of the story: a placeholder
(``Google "<noun>.js"``, ``'<insert api key here>'``), a tag named in prose (``the
<img> element``, ``Single <figure>``), a document's source (``<!DOCTYPE html> …``) or
a pun (``<<loosey-goosey>>``). Dropping those loses story text (issue 15). The tests
are on the tag's shape and on the names of HTML elements (a fact of HTML, not of any
site): a tag the text could carry as markup is dropped, as before; only one that
cannot be markup, or that stands as a word of a line that is about markup, is kept.
"""

from __future__ import annotations

import re

from ..._text.cleaning import HTML_TAG, clean_text
from ..._text.lazyre import LazyPattern

__all__ = ["clean_line"]


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Element names of HTML (current and obsolete) and the SVG shapes a page inlines.
_ELEMENTS = _names(
    "a abbr acronym address area article aside audio b base basefont bdi bdo big blink "
    "blockquote body br button canvas caption center cite code col colgroup data datalist "
    "dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font "
    "footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img "
    "input ins kbd label legend li link main map mark marquee menu meta meter nav nobr "
    "noembed noframes noscript object ol optgroup option output p param picture plaintext "
    "pre progress q rp rt ruby s samp script search section select slot small source span "
    "strike strong style sub summary sup table tbody td template textarea tfoot th thead "
    "time title tr track tt u ul var video wbr xmp "
    "svg path g rect circle ellipse line polyline polygon use defs symbol text tspan "
    "math"
)
#: Elements that do nothing without attributes (an ``<img>`` has a ``src``): without
#: any, the tag is a name written in the text.
_NEED_ATTRIBUTES = _names("img iframe embed source track link meta input param area base")
#: Tags scraped text carries loose, between words (``text <br> text``, ``<b> Breaking``):
#: never taken for words.
_LOOSE_MARKUP = _names("br hr wbr b i u s em strong font span small big sup sub tt center nobr")
_NAME = LazyPattern(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_SOURCE = LazyPattern(r"<!doctype\s|<\?xml\s", re.IGNORECASE)
_WORD_BEFORE = frozenset(" \t\"'(\u201c\u2018\u00ab")
_WORD_AFTER = frozenset(" \t\"'),.;:!?\u201d\u2019\u00bb")


def clean_line(raw: str) -> str:
    """The clean text of one line (:func:`~seedparse._text.cleaning.clean_text`), with
    the angle brackets that are text kept: see the module's docstring. Linear in the
    line: every test on a tag looks at the tag and its two neighbours only."""
    if "<" not in raw:
        return clean_text(raw)
    if _SOURCE.search(raw) is not None:
        return clean_text(raw, tags=False)  # the source of a document, shown as text
    tags = list(HTML_TAG.finditer(raw))
    if not tags:
        return clean_text(raw)
    names = [_name(m.group()) for m in tags]
    # A name that carries attributes somewhere in the line is markup in all its tags
    # (``<amp-img src="…"></amp-img>``); a name closed in the line is not a bare word.
    marked = {n for n, m in zip(names, tags, strict=True) if "=" in m.group()}
    closed = {n for n, m in zip(names, tags, strict=True) if m.group().startswith("</")}
    first = len(raw) - len(raw.lstrip())  # where the line's text starts and ends
    last = len(raw.rstrip())
    strong = [_cannot_be_markup(raw, m, n, marked) for m, n in zip(tags, names, strict=True)]
    bare = [
        n not in closed and _bare_word(raw, m, n, first, last)
        for m, n in zip(tags, names, strict=True)
    ]
    # A tag that cannot be markup, or a bare one after words of the line ("Single
    # <figure>"; a loose tag opening a line, "<p> The council ...", is markup left
    # behind), shows the line is about markup: then every bare tag standing as a word
    # in it is a name too ("<ul> List of <img>").
    if not any(s or (b and m.start() > first) for s, b, m in zip(strong, bare, tags, strict=True)):
        return clean_text(raw)
    parts: list[str] = []
    pos = 0
    for match, s, b in zip(tags, strong, bare, strict=True):
        if not (s or b):
            parts.append(raw[pos : match.start()])
            parts.append(" ")
            pos = match.end()
    parts.append(raw[pos:])
    return clean_text("".join(parts), tags=False)


def _name(tag: str) -> str:
    found = _NAME.match(tag)
    return found.group(1).lower() if found is not None else ""


def _cannot_be_markup(raw: str, match: re.Match[str], name: str, marked: set[str]) -> bool:
    """A tag that no page would carry as markup: a name that is no element and has
    no attributes (``<noun>``, ``<insert api key here>``), doubled brackets
    (``<<word>>``), or an element that needs attributes written without any."""
    start, end = match.start(), match.end()
    if raw[start - 1 : start] == "<" or raw[end : end + 1] == ">":
        return True
    if ":" in name or name in marked:
        return False  # namespaced (Word's <o:p>) or with attributes: markup
    if name not in _ELEMENTS:
        return True
    tag = match.group()
    return name in _NEED_ATTRIBUTES and tag[1:].rstrip("/> ").lower() == name


def _bare_word(raw: str, match: re.Match[str], name: str, first: int, last: int) -> bool:
    """An opening tag without attributes that stands as a word (spaces, quotes or the
    line's ends around it): ``Single <figure>``. (The caller checks that the line does
    not close it.)"""
    tag = match.group()
    if tag.startswith("</") or " " in tag:
        return False
    if name in _LOOSE_MARKUP or name not in _ELEMENTS:
        return False
    start, end = match.start(), match.end()
    before = raw[start - 1 : start]
    after = raw[end : end + 1]
    if (before and before not in _WORD_BEFORE) or (after and after not in _WORD_AFTER):
        return False
    # A tag alone on its line is a line of markup (counted as blank), not a word.
    return start > first or end < last
