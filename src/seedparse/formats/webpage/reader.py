"""The ``web-page`` reader: the rendered text of a scraped page, boilerplate and all.

A scraped page is navigation, logos and share buttons, embedded JSON metadata, the
article (labels, title, dek, byline, date, body) and a tail of bios, tags,
disclaimers, related pieces and footers. The reader keeps the article as the body and
everything a user may want as metadata or citations:

``Document``
    ``title`` (the visible headline, else the JSON's), ``authors`` (the byline's names,
    spelled as the JSON spells them, else the JSON's authors, else the name opening a
    closing "Jane Doe is a ..." bio), ``published`` (the visible date, else the JSON's;
    a date-time when a time is printed or the JSON gives one for the same day),
    ``dateline`` (the date text as found on the page, else the JSON's date string).

``metadata``
    The keys of every embedded JSON object, verbatim (the first block to use a key
    wins), plus these derived keys:

    ``type``, ``publisher`` (a name), ``keywords`` (a list), ``article_section``, ``url``
        from the JSON (plain dialect or JSON-LD ``@type``, ``publisher.name`` ...);
        they replace a verbatim key of the same name.
    ``dek``
        the standfirst under the title (else the JSON's ``description``).
    ``kicker``
        a short label right above the title.
    ``bio``
        the author bio lines after the article (several authors: one line each,
        ``"Name: bio"``, joined by newlines).
    ``tags``
        the tag line after the article, split with the JSON's lists (``topics``,
        ``regions``, ``keywords`` ...) or where the words were glued together.
    ``disclaimer``, ``source_publication``
        the disclaimer sentence after the article; where the piece first ran
        (``Source: X``, ``Originally published in X``).
    ``related``
        the related pieces listed after the article, each
        ``{"type", "blog", "title", "summary", "author"}`` (None when absent).
    ``date_published_json``
        the JSON's publication date, when it disagrees with the visible one.
    ``warnings``
        JSON blocks that were not valid or too large, deep or strange to keep.

``passages``
    the body: ``paragraph``, ``heading`` (in-body subheadings) and ``list_item``
    passages whose spans cover the raw lines.

``citations``
    ``quotation`` citations from the body (the shared quotation extractor) and one
    ``link`` citation per related piece: ``text`` and ``target`` are its title (the
    rendered text has no URLs), ``speaker`` is its author, the span covers its lines.

Site profiles
    A downstream team adds a site's boilerplate without forking, with a
    :class:`SiteProfile`, and registers a specialised reader under its own name::

        import seedparse
        from seedparse.formats.webpage import SiteProfile, WebPageReader

        ACME = SiteProfile(
            name="acme-news",
            markers=("acme-news.example",),         # the pages this profile is for
            boilerplate=("Sponsored by Acme Bank",),  # exact lines that are never body
            boilerplate_patterns=(r"^Photo: .*Acme",),
            end_patterns=(r"^Comments \\([0-9]+\\)$",),   # the body ends before this
        )
        seedparse.register_reader(WebPageReader(name="acme-news", profiles=(ACME,)))

    On a page that matches one of its profiles such a reader sniffs 0.1 above the
    plain ``web-page`` reader (so it wins); on other pages 0.01 below it (so it
    yields). A plugin package can expose the same object through the
    ``seedparse.readers`` entry-point group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ..._errors import ArgumentError
from ..._gcpause import collector_paused
from ..._model import Document
from ..._protocol import SNIFF_CHARS
from ..._text.cleaning import fold_key
from ..._text.lazyre import LazyPattern

__all__ = ["SiteProfile", "WebPageReader"]

# The classes and the sniffer are all this module holds: detection imports every reader
# to sniff a text, and only the reader chosen needs the line model, the body and the
# JSON metadata (:mod:`.page`, imported by the first ``read``).


_NAV_BULLET = LazyPattern(r"^[ \t]*\u2022(?:[ \t\u00a0]+[^\n]{0,60})?$", re.MULTILINE)
_JSON_META_KEY = LazyPattern(
    r"\"(?:@context|@type|@graph|headline|datePublished|authors?|byline|articleSection"
    r"|publisher|keywords|topics|regions|blog)\"[ \t]*:"
)
_BYLINE_LINE = LazyPattern(
    r"^(?:By|BY|Written by|Published(?: on)?|Updated|Posted(?: on)?)[ :]", re.M
)
_FOOTER = LazyPattern(r"\u00a9|All rights reserved|Copyright [0-9]{4}", re.IGNORECASE)
# The sniffer tests these shapes in cheaper ways that give exactly what the patterns
# above give (the patterns stay the reference, and the fallback): a line start is the
# sample's start or a "\n", and IGNORECASE matching of ASCII text is a search in the
# lower-cased UTF-8 bytes, unless one of the four non-ASCII characters that fold to an
# ASCII letter is present.
_BYLINE_HEADS = tuple(
    word + end
    for word in ("By", "BY", "Written by", "Published", "Updated", "Posted")
    for end in " :"
)
_BYLINE_AFTER_NEWLINE = LazyPattern(r"\n(?:By|BY|Written by|Published|Updated|Posted)[ :]")
_FOLD_SPECIALS = ("\u0130", "\u0131", "\u017f", "\u212a")
_MAX_GENERIC = 0.9


# Constructor arguments are checked here, so that a wrong one raises ArgumentError
# (a SeedparseError, also a TypeError and a ValueError) naming the argument, and never
# a bare TypeError, AttributeError or re.error from deep inside.
def _strings(values: Iterable[object], what: str) -> tuple[str, ...]:
    if isinstance(values, str):
        raise ArgumentError(f"{what} must be a sequence of str, not a single str")
    try:
        result = tuple(values)
    except TypeError:
        raise ArgumentError(
            f"{what} must be a sequence of str, not {type(values).__name__}"
        ) from None
    strings: list[str] = []
    for value in result:
        if not isinstance(value, str):
            raise ArgumentError(f"{what} must hold str values, not {type(value).__name__}")
        strings.append(value)
    return tuple(strings)


def _line_set(lines: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_key(line) for line in _strings(lines, "boilerplate") if line.strip())


def _compile(pattern: object) -> re.Pattern[str]:
    if isinstance(pattern, re.Pattern):
        if not isinstance(pattern.pattern, str):
            raise ArgumentError("patterns must be str patterns, not bytes patterns")
        return pattern
    if not isinstance(pattern, str):
        raise ArgumentError(f"patterns must be str or re.Pattern, not {type(pattern).__name__}")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise ArgumentError(f"invalid pattern {pattern!r}: {error}") from error


def _patterns(patterns: Iterable[str | re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    if isinstance(patterns, (str, re.Pattern)):
        raise ArgumentError("patterns must be a sequence of regular expressions, not one")
    try:
        found = tuple(patterns)
    except TypeError:
        raise ArgumentError(
            f"patterns must be a sequence of regular expressions, not {type(patterns).__name__}"
        ) from None
    return tuple(_compile(p) for p in found)


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return _strings(values, "markers")


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentError(f"SiteProfile.name must be a str, not {type(value).__name__}")


def _check_predicate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not callable(value):
        raise ArgumentError(f"SiteProfile.matches must be callable or None, not {value!r}")


@attrs.frozen(kw_only=True)
class SiteProfile:
    """A site's own boilerplate rules, added to the reader's general signals.

    Patterns are matched with ``re.search`` against each line with its whitespace
    squashed (``boilerplate_patterns`` against the casefolded line); strings are
    compiled case-insensitively. Keep them linear (no nested quantifiers): they run on
    every line of every page the profile matches. Bad options raise
    :class:`~seedparse.ArgumentError`.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_check_name)
    """What the profile is for (shown in warnings and reprs)."""
    markers: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    """Substrings of which one must occur in the page for the profile to apply."""
    matches: Callable[[str], bool] | None = attrs.field(default=None, validator=_check_predicate)
    """Alternatively, a predicate on the page text (checked after ``markers``)."""
    boilerplate: frozenset[str] = attrs.field(default=frozenset(), converter=_line_set)
    """Exact lines that are never body (compared casefolded, whitespace squashed)."""
    boilerplate_patterns: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns)
    """Lines matching one of these are never body (they do not end it)."""
    start_patterns: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns)
    """The body starts after the first line matching one of these."""
    end_patterns: tuple[re.Pattern[str], ...] = attrs.field(default=(), converter=_patterns)
    """The body ends before the first line (after the start) matching one of these."""

    def applies_to(self, text: str) -> bool:
        """Whether this profile is for ``text`` (a page or the start of one)."""
        if self.markers and not any(marker in text for marker in self.markers):
            return False
        if self.matches is not None:
            try:
                return bool(self.matches(text))
            except Exception:  # noqa: BLE001 - a broken predicate must not break reading
                return False
        return bool(self.markers)


def _profile_tuple(profiles: Iterable[SiteProfile]) -> tuple[SiteProfile, ...]:
    if isinstance(profiles, SiteProfile):
        raise ArgumentError("profiles must be a sequence of SiteProfile objects, not one")
    try:
        result = tuple(profiles)
    except TypeError:
        raise ArgumentError(
            f"profiles must be a sequence of SiteProfile objects, not {type(profiles).__name__}"
        ) from None
    for profile in result:
        if not isinstance(profile, SiteProfile):
            raise ArgumentError(
                f"profiles must be SiteProfile objects, not {type(profile).__name__}"
            )
    return result


class WebPageReader:
    """Reads scraped web pages (see the module docstring for what comes out).

    ``profiles`` add site-specific boilerplate rules; ``name`` lets a specialised
    reader register beside the built-in one.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, name: str = "web-page", profiles: Iterable[SiteProfile] = ()) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ArgumentError(f"WebPageReader name must be a non-empty str, not {name!r}")
        self._name = name
        self._profiles = _profile_tuple(profiles)

    @property
    def name(self) -> str:
        """The reader's registered name (``"web-page"`` for the built-in)."""
        return self._name

    @property
    def max_score(self) -> float:
        """The highest score :meth:`sniff` gives (see :class:`~seedparse.Reader`): a
        profile adds 0.1 to the plain score."""
        return min(1.0, _MAX_GENERIC + 0.1) if self._profiles else _MAX_GENERIC

    @property
    def profiles(self) -> tuple[SiteProfile, ...]:
        """The site profiles this reader applies when they match a page."""
        return self._profiles

    def __repr__(self) -> str:
        names = ", ".join(profile.name for profile in self._profiles)
        return f"WebPageReader(name={self._name!r}, profiles=[{names}])"

    def sniff(self, sample: str) -> float:
        """Score ``sample``: nav bullets, JSON article metadata, bylines, footers."""
        score = _generic_sniff(sample)
        if not self._profiles:
            return score
        if any(profile.applies_to(sample) for profile in self._profiles):
            return min(1.0, score + 0.1)
        return max(0.0, score - 0.01)

    def read(self, text: str, source: str) -> Document:
        """Read one page: a pure function of ``text`` and ``source``."""
        from .page import read_page

        profiles = [p for p in self._profiles if p.applies_to(text)] if self._profiles else []
        with collector_paused():  # many line objects, no garbage (as the article reader)
            return read_page(text, source, self._name, profiles)


def _generic_sniff(sample: str) -> float:
    """The plain web-page score of ``sample`` in [0, 0.9]."""
    sample = sample[:SNIFF_CHARS]
    head = sample.lstrip()
    if head.startswith("---") or "yt-timestamp" in sample:
        return 0.0 if not _JSON_META_KEY.search(sample) else 0.3
    score = 0.0
    if head.startswith("{") or head.startswith("[{"):
        score = 0.7
    if _JSON_META_KEY.search(sample):
        score += 0.5
    if "\u2022" in sample and _has_nav_bullets(sample):
        score += 0.3
    signals = 0
    if _has_byline_line(sample):
        signals += 1
    # Without a score so far the signals count only both together: no byline, no need
    # to look for a footer (the costlier test). Nor when the score is at the cap already
    # (float addition is monotonic: one more signal cannot bring it below).
    if score > 0 and score + 0.1 * signals >= _MAX_GENERIC:
        return _MAX_GENERIC
    if (score > 0 or signals) and _has_footer(sample):
        signals += 1
    if score > 0 or signals == 2:
        score += 0.1 * signals
    return min(_MAX_GENERIC, score)


def _has_nav_bullets(sample: str) -> bool:
    """``len(_NAV_BULLET.findall(sample)) >= 2``, looking only at the lines that hold a
    bullet, and stopping at the second.

    The pattern matches a line that is spaces or tabs, the bullet, then either nothing
    or at least one of space, tab or no-break space and at most 60 characters more (the
    longest run of those leading spaces taken, which the backtracking finds). A line
    whose first bullet does not qualify has no other that does (the first is in its
    prefix), so the search goes on from the next line.
    """
    found = 0
    at = sample.find("\u2022")
    while at >= 0:
        start = sample.rfind("\n", 0, at) + 1
        end = sample.find("\n", at)
        if end < 0:
            end = len(sample)
        if not sample[start:at].strip(" \t"):
            rest = sample[at + 1 : end]
            if not rest or (rest[0] in " \t\u00a0" and len(rest.lstrip(" \t\u00a0")) <= 60):
                found += 1
                if found == 2:
                    return True
        at = sample.find("\u2022", end)
    return False


def _has_byline_line(sample: str) -> bool:
    """``_BYLINE_LINE.search(sample) is not None``, without a search at every position."""
    return sample.startswith(_BYLINE_HEADS) or _BYLINE_AFTER_NEWLINE.search(sample) is not None


def _has_footer(sample: str) -> bool:
    """``_FOOTER.search(sample) is not None``, without an IGNORECASE scan."""
    if not sample.isascii():
        # Single-character searches are the cheap ones.
        if "\u00a9" in sample:
            return True
        if any(ch in sample for ch in _FOLD_SPECIALS):
            return _FOOTER.search(sample) is not None
    low = sample.encode("utf-8", "surrogatepass").lower()
    if b"all rights reserved" in low:
        return True
    at = low.find(b"copyright ")
    while at >= 0:
        year = low[at + 10 : at + 14]
        if len(year) == 4 and year.isdigit():
            return True
        at = low.find(b"copyright ", at + 1)
    return False
