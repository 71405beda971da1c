"""YAML front matter: framed by hand so offsets survive, loaded by a loader that cannot hurt.

python-frontmatter is the plug point (:class:`SafeYAMLHandler` is one of its handlers), but
seedparse never lets it pick a handler or frame the text: its auto-detection reads a page
whose first line is ``{`` as JSON, and its ``loads`` strips whitespace, so every offset
into the original text would be lost. :func:`split_frontmatter` finds the ``---`` fences
itself and reports where the body starts in the *original* text.

The YAML goes through :class:`_FrontmatterLoader`, a pure-Python ``SafeLoader`` subclass
(never libyaml's ``CSafeLoader``, which segfaults on deep nesting) that

* refuses anchors and aliases unless ``Limits.allow_yaml_aliases`` (alias bombs,
  exponential merge keys);
* counts nesting depth and nodes while composing (``Limits.max_depth``,
  ``Limits.max_metadata_nodes``), before anything is constructed;
* resolves no implicit timestamps (``title: 2024-01-01`` stays a string), and has no
  constructor for python tags (``!!python/object/apply`` is an error, never a call);
* reports duplicate keys as warnings.

Every exception out of YAML (``YAMLError``, ``ValueError`` for 5000-digit ints or
impossible dates, ``OverflowError``, ``RecursionError``...) becomes a
:class:`~seedparse.FrontmatterError` with the source and the line, chained with ``from``.
The result is a finite JSON tree: dates become ISO strings, non-finite floats and
``!!binary`` values become strings (with a warning), sets become sorted lists.

Framing rules (documented behaviour):

* Front matter opens only when the text's first line is ``---`` (trailing blanks allowed)
  followed by a newline, and closes at the next line that is ``---`` or ``...``.
* Unterminated (no closing line): there is no front matter; the whole text is body and a
  warning says so.
* Front matter only (nothing after the closing line): an empty body.
* Empty front matter (``---`` twice): an empty mapping.
* Not a mapping (a list, a scalar): :class:`~seedparse.FrontmatterError`.
* Larger than ``Limits.max_frontmatter_bytes``: :class:`~seedparse.LimitExceeded`.
"""

from __future__ import annotations

from typing import Any

from frontmatter.default_handlers import YAMLHandler

from .frontbase import OPEN, frame
from .frontsplit import FrontMatter, load_yaml, split_frontmatter

__all__ = ["FrontMatter", "SafeYAMLHandler", "load_yaml", "split_frontmatter"]

# The reader imports :mod:`.frontsplit`, not this module: python-frontmatter (and so
# PyYAML) is imported only by code that asks for the handler.


class SafeYAMLHandler(YAMLHandler):
    """A python-frontmatter handler with seedparse's framing and safe loader.

    ``split`` keeps the body exactly as it is in the text (no stripping) and ``load``
    goes through the limited, alias-free, timestamp-free loader. It can be passed to
    ``frontmatter.loads(text, handler=SafeYAMLHandler())``; seedparse itself calls
    :func:`split_frontmatter`, which also reports offsets.

    .. versionadded:: 0.1.0
    """

    def detect(self, text: str) -> bool:
        return OPEN.match(text) is not None

    def split(self, text: str) -> tuple[str, str]:
        framed = frame(text)
        if framed is None:
            return "", text
        fm_start, fm_end, body_start = framed
        return text[fm_start:fm_end], text[body_start:]

    def load(self, fm: str, **kwargs: object) -> dict[str, Any]:
        data, _raw, _warnings = load_yaml(fm)
        return data
