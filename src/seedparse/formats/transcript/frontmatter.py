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

import base64
import datetime as dt
import math
import re
from collections.abc import Hashable
from typing import Any

import attrs
import yaml
from frontmatter.default_handlers import YAMLHandler
from yaml.error import Mark
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..._errors import FrontmatterError, LimitExceeded, ParseError
from ..._limits import Limits, current_limits
from ..._text.lazyre import LazyPattern

__all__ = ["FrontMatter", "SafeYAMLHandler", "load_yaml", "split_frontmatter"]

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_MERGE_TAG = "tag:yaml.org,2002:merge"

# The opening fence must be the first line, followed by a newline. The closing fence is
# any later line that is exactly "---" or "..." (trailing blanks allowed). Both patterns
# are anchored at line starts and have no nested quantifiers: linear.
_OPEN = LazyPattern(r"---[ \t]*\r?\n")
_CLOSE = LazyPattern(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


@attrs.frozen
class FrontMatter:
    """What :func:`split_frontmatter` found at the top of a text."""

    data: dict[str, Any]
    """The front matter as a plain JSON tree (empty when there is none)."""
    raw: dict[str, str]
    """The source text of each top-level scalar value (``videoId: 0123`` keeps
    ``"0123"`` here even though YAML reads the int 83)."""
    present: bool
    """Whether the text had (terminated) front matter."""
    start: int
    """Offset of the opening fence (0), or 0 when there is none."""
    end: int
    """Offset just past the closing fence line (its newline included): the body start."""
    warnings: tuple[tuple[int, str], ...]
    """``(offset, message)`` for what was noticed and worked around."""


# --------------------------------------------------------------------------- loader


class _Refused(Exception):
    """Internal: the loader refused the input; carries the error class and position."""

    def __init__(self, error: type[ParseError], message: str, index: int) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
        self.index = index


def _too_many_values(limits: Limits, index: int) -> _Refused:
    return _Refused(
        LimitExceeded,
        f"front matter holds more than max_metadata_nodes={limits.max_metadata_nodes} values",
        index,
    )


def _mark_index(mark: Mark | None) -> int:
    return mark.index if mark is not None else 0


# Drop the implicit timestamp resolver; an explicit ``!!timestamp`` still works and becomes
# an ISO string afterwards.
_RESOLVERS: dict[Any, Any] = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FrontmatterLoader(yaml.SafeLoader):
    """A pure-Python SafeLoader with limits, no aliases and no implicit timestamps."""

    yaml_implicit_resolvers = _RESOLVERS

    def __init__(self, stream: str, limits: Limits) -> None:
        super().__init__(stream)
        self._limits = limits
        self._depth = 0
        self._values = 0
        self.duplicates: list[tuple[int, str]] = []
        self.current: Node | None = None

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        where = _mark_index(event.start_mark)
        if not self._limits.allow_yaml_aliases and (
            isinstance(event, AliasEvent)
            or (isinstance(event, NodeEvent) and event.anchor is not None)
        ):
            raise _Refused(
                FrontmatterError,
                "YAML anchors and aliases are not allowed in front matter "
                "(Limits.allow_yaml_aliases is off)",
                where,
            )
        if not (isinstance(parent, MappingNode) and index is None):  # keys are not values
            self._values += 1
            if self._values > self._limits.max_metadata_nodes:
                raise _too_many_values(self._limits, where)
        self._depth += 1
        try:
            if self._depth > self._limits.max_depth:
                raise _Refused(
                    FrontmatterError,
                    f"front matter is nested deeper than max_depth={self._limits.max_depth}",
                    where,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        self.current = node
        return super().construct_object(node, deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        if isinstance(node, MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE_TAG:
                    continue
                key = self.construct_object(key_node)
                if not isinstance(key, Hashable):
                    continue
                if key in seen:
                    self.duplicates.append(
                        (
                            _mark_index(key_node.start_mark),
                            f"duplicate front matter key {key_node.value!r}: the last one wins",
                        )
                    )
                seen.add(key)
        return super().construct_mapping(node, deep)


def _keep_float(loader: _FrontmatterLoader, node: ScalarNode) -> Any:
    value = loader.construct_yaml_float(node)
    if math.isfinite(value):
        return value
    loader.duplicates.append(
        (
            _mark_index(node.start_mark),
            f"front matter value {node.value!r} is not a finite number; kept as a string",
        )
    )
    return node.value


_FrontmatterLoader.add_constructor("tag:yaml.org,2002:float", _keep_float)


def _check_expanded(root: Node, limits: Limits) -> None:
    """With aliases allowed: refuse cycles, and shared nodes whose expansion is too big."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise _Refused(
                FrontmatterError,
                "front matter refers to itself (alias cycle)",
                _mark_index(node.start_mark),
            )
        if depth > limits.max_depth:
            raise _Refused(
                FrontmatterError,
                f"front matter is nested deeper than max_depth={limits.max_depth} "
                "once aliases are expanded",
                _mark_index(node.start_mark),
            )
        active.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += size(child, depth + 1)
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                total += size(key_node, depth + 1) + size(value_node, depth + 1)
        active.discard(key)
        if total > 2 * limits.max_metadata_nodes:
            raise _Refused(
                LimitExceeded,
                f"front matter expands to more than max_metadata_nodes="
                f"{limits.max_metadata_nodes} values",
                _mark_index(node.start_mark),
            )
        sizes[key] = total
        return total

    size(root, 1)


# --------------------------------------------------------------------------- to JSON


class _Jsonify:
    """Turn constructed YAML into a plain, finite JSON tree, counting values."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.count = 0
        self.warnings: list[str] = []
        self._active: set[int] = set()

    def key(self, key: Any) -> str:
        if isinstance(key, str):
            return key
        if key is None or isinstance(key, (bool, int, float)):
            return _scalar_text(key)
        if isinstance(key, (dt.date, dt.datetime)):
            return key.isoformat()
        return str(key)

    def value(self, value: Any, depth: int) -> Any:
        self.count += 1
        if self.count > self.limits.max_metadata_nodes:
            raise _too_many_values(self.limits, 0)
        if value is None or isinstance(value, (str, bool, int)):
            return value
        if isinstance(value, float):
            if math.isfinite(value):
                return value
            self.warnings.append(f"non-finite number {value!r} kept as a string")
            return _scalar_text(value)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, bytes):
            self.warnings.append("binary value kept as base64 text")
            return base64.b64encode(value).decode("ascii")
        if depth > self.limits.max_depth:
            raise _Refused(
                FrontmatterError,
                f"front matter is nested deeper than max_depth={self.limits.max_depth}",
                0,
            )
        ident = id(value)
        if ident in self._active:
            raise _Refused(FrontmatterError, "front matter refers to itself (alias cycle)", 0)
        self._active.add(ident)
        try:
            if isinstance(value, dict):
                out: dict[str, Any] = {}
                for key, item in value.items():
                    name = self.key(key)
                    if name in out:
                        self.warnings.append(f"front matter keys collide as {name!r}")
                    out[name] = self.value(item, depth + 1)
                return out
            if isinstance(value, (list, tuple)):
                return [self.value(item, depth + 1) for item in value]
            if isinstance(value, (set, frozenset)):
                return [self.value(item, depth + 1) for item in sorted(value, key=repr)]
        finally:
            self._active.discard(ident)
        raise _Refused(
            FrontmatterError, f"front matter holds a {type(value).__name__}, not JSON data", 0
        )


def _scalar_text(value: bool | int | float | None) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    return str(value)


# --------------------------------------------------------------------------- fast path

# Most front matter is a handful of ``key: plain words`` lines, maybe a date, a short
# ``[a, b]`` list or a quoted string without escapes. Those are read without PyYAML
# (which costs ~200 us even for two lines) when every line is provably read by YAML as a
# string (or a list of strings): an identifier key, a plain value that does not start
# with an indicator (``-x`` is fine) and holds no ": ", " #" or tab, and that none of the
# loader's own implicit resolvers (bool, int, float, null...) claims. Anything else
# goes through the full loader; a property test checks that both give the same result.
_SIMPLE_LINE = LazyPattern(r"([A-Za-z_][A-Za-z0-9_-]{0,63}):(?:[ ]+([^\n]*))?")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = LazyPattern(r"[\[\]{}#:'\"\t]")
_NON_PRINTABLE = LazyPattern(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _resolves_to_str(value: str) -> bool:
    """Whether YAML reads the plain scalar ``value`` (non-empty) as a string."""
    for _tag, regexp in _RESOLVERS.get(value[0], ()):
        if regexp.match(value):
            return False
    return all(not regexp.match(value) for _tag, regexp in _RESOLVERS.get(None, ()))


def _plain_str(value: str) -> bool:
    first = value[0]
    return (
        (first not in _INDICATORS or (first == "-" and len(value) > 1 and value[1] != " "))
        and not first.isspace()
        and ": " not in value
        and " #" not in value
        and "\t" not in value
        and not value.endswith(":")
        and _resolves_to_str(value)
    )


def _fast_simple(block: str) -> tuple[dict[str, Any], dict[str, str], list[tuple[int, str]]] | None:
    data: dict[str, Any] = {}
    raw: dict[str, str] = {}
    warnings: list[tuple[int, str]] = []
    if _NON_PRINTABLE.search(block) is not None:
        return None
    pos = 0
    for line in block.split("\n"):
        here = pos
        pos += len(line) + 1
        line = line.rstrip("\r ")
        if not line:
            continue
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None:
            return None
        key, value = match.group(1), match.group(2)
        if not _resolves_to_str(key):
            return None
        parsed: str | list[str] | None
        if value is None or value == "":
            parsed, value = None, ""
        elif value[0] == "[" and value[-1] == "]":
            inner = value[1:-1]
            if _FLOW_UNSAFE.search(inner) is not None:
                return None
            parsed = []
            if inner.strip(" "):
                for item in inner.split(","):
                    word = item.strip(" ")
                    if not word or not _plain_str(word):
                        return None
                    parsed.append(word)
        elif _plain_str(value):
            parsed = value
        elif len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            quote, parsed = value[0], value[1:-1]
            if quote in parsed or (quote == '"' and "\\" in parsed):
                return None
            value = parsed
        else:
            return None
        if key in data:
            warnings.append((here, f"duplicate front matter key {key!r}: the last one wins"))
            raw.pop(key, None)
        data[key] = parsed
        if not isinstance(parsed, list):
            raw[key] = value
    return data, raw, warnings


# --------------------------------------------------------------------------- loading


@attrs.frozen
class _Loaded:
    data: dict[str, Any]
    raw: dict[str, str]
    warnings: tuple[tuple[int, str], ...]  # offsets relative to the block


def _load_block(block: str, limits: Limits) -> _Loaded:
    """Load one front matter block. Every failure is a _Refused whose ``__cause__`` is the
    original exception (None for the loader's own refusals)."""
    fast = _fast_simple(block)
    if fast is not None:
        data, raw, warnings = fast
        if len(data) > limits.max_metadata_nodes:
            raise _Refused(
                LimitExceeded,
                f"front matter holds more than max_metadata_nodes="
                f"{limits.max_metadata_nodes} values",
                0,
            )
        return _Loaded(data, raw, tuple(warnings))
    loader: _FrontmatterLoader | None = None
    try:
        # The constructor already reads the stream (and rejects non-printable characters).
        loader = _FrontmatterLoader(block, limits)
        return _load_slow(loader, limits)
    except _Refused:
        raise
    except Exception as error:  # every YAML failure is wrapped and chained
        current = loader.current if loader is not None else None
        hint = _mark_index(current.start_mark) if current is not None else 0
        raise _Refused(FrontmatterError, _describe(error), _error_index(error, hint)) from error
    finally:
        if loader is not None:
            loader.dispose()


def _load_slow(loader: _FrontmatterLoader, limits: Limits) -> _Loaded:
    node = loader.get_single_node()
    if node is None:
        return _Loaded({}, {}, ())
    if not isinstance(node, MappingNode):
        kind = "a list" if isinstance(node, SequenceNode) else "a single value"
        raise _Refused(
            FrontmatterError,
            f"front matter must be a mapping of keys to values, not {kind}",
            _mark_index(node.start_mark),
        )
    if limits.allow_yaml_aliases:
        _check_expanded(node, limits)
    raw: dict[str, str] = {}
    for key, value in node.value:  # the last occurrence of a key decides, as in the data
        if isinstance(key, ScalarNode):
            if isinstance(value, ScalarNode):
                raw[key.value] = value.value
            else:
                raw.pop(key.value, None)
    constructed = loader.construct_document(node)
    jsonify = _Jsonify(limits)
    data = jsonify.value(constructed, 1)
    if not isinstance(data, dict):  # pragma: no cover - a MappingNode constructs a dict
        raise _Refused(FrontmatterError, "front matter must be a mapping", 0)
    warnings = list(loader.duplicates)
    warnings.extend((0, message) for message in jsonify.warnings)
    return _Loaded(data, raw, tuple(warnings))


def _error_index(error: BaseException, fallback: int) -> int:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if isinstance(mark, Mark):
        return mark.index
    position = getattr(error, "position", None)  # yaml.reader.ReaderError
    if isinstance(position, int):
        return position
    return fallback


def _describe(error: BaseException) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        parts = [p for p in (error.context, error.problem) if p]
        detail = ", ".join(parts) or type(error).__name__
        return f"invalid YAML front matter: {detail}"
    if isinstance(error, yaml.YAMLError):
        return f"invalid YAML front matter: {error}"
    if isinstance(error, RecursionError):
        return "front matter is nested too deeply to read"
    text = str(error)
    if len(text) > 160:
        text = text[:160] + "..."
    return f"front matter value cannot be read: {type(error).__name__}: {text}"


def load_yaml(
    block: str,
    *,
    text: str | None = None,
    offset: int = 0,
    source: str | None = None,
    limits: Limits | None = None,
) -> tuple[dict[str, Any], dict[str, str], tuple[tuple[int, str], ...]]:
    """Load a front matter block safely into ``(data, raw_scalars, warnings)``.

    ``text`` and ``offset`` say where ``block`` sits in the full text, so errors and
    warning offsets point into the original. Every failure is a
    :class:`~seedparse.FrontmatterError` (or :class:`~seedparse.LimitExceeded`),
    chained to the YAML exception that caused it.
    """
    active = limits if limits is not None else current_limits()
    full = text if text is not None else block
    if not block.strip():
        return {}, {}, ()
    try:
        loaded = _load_block(block, active)
    except _Refused as refused:
        raise refused.error.at(
            refused.message, full, offset + refused.index, source=source
        ) from refused.__cause__
    warnings = tuple((offset + where, message) for where, message in loaded.warnings)
    return loaded.data, loaded.raw, warnings


# --------------------------------------------------------------------------- framing


class SafeYAMLHandler(YAMLHandler):
    """A python-frontmatter handler with seedparse's framing and safe loader.

    ``split`` keeps the body exactly as it is in the text (no stripping) and ``load``
    goes through the limited, alias-free, timestamp-free loader. It can be passed to
    ``frontmatter.loads(text, handler=SafeYAMLHandler())``; seedparse itself calls
    :func:`split_frontmatter`, which also reports offsets.

    .. versionadded:: 0.1.0
    """

    def detect(self, text: str) -> bool:
        return _OPEN.match(text) is not None

    def split(self, text: str) -> tuple[str, str]:
        framed = _frame(text)
        if framed is None:
            return "", text
        fm_start, fm_end, body_start = framed
        return text[fm_start:fm_end], text[body_start:]

    def load(self, fm: str, **kwargs: object) -> dict[str, Any]:
        data, _raw, _warnings = load_yaml(fm)
        return data


def _frame(text: str) -> tuple[int, int, int] | None:
    """``(block_start, block_end, body_start)`` of terminated front matter, else None."""
    opening = _OPEN.match(text)
    if opening is None:
        return None
    block_start = opening.end()
    closing = _CLOSE.search(text, block_start)
    if closing is None:
        return None
    body_start = closing.end()
    if body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    return block_start, closing.start(), body_start


def split_frontmatter(text: str, *, source: str | None = None) -> FrontMatter:
    """Find and load the front matter at the top of ``text``, keeping offsets.

    See the module docstring for the framing rules. Raises
    :class:`~seedparse.FrontmatterError` or :class:`~seedparse.LimitExceeded`.
    """
    if not text.startswith("---"):
        return FrontMatter({}, {}, False, 0, 0, ())
    framed = _frame(text)
    if framed is None:
        if _OPEN.match(text) is None:
            return FrontMatter({}, {}, False, 0, 0, ())
        return FrontMatter(
            {},
            {},
            False,
            0,
            0,
            ((0, "front matter is not closed by a '---' line; it is read as body text"),),
        )
    block_start, block_end, body_start = framed
    limits = current_limits()
    size = block_end - block_start
    if size * 4 > limits.max_frontmatter_bytes:
        size = len(text[block_start:block_end].encode("utf-8", "surrogatepass"))
        if size > limits.max_frontmatter_bytes:
            raise LimitExceeded.at(
                f"front matter of {size} bytes exceeds "
                f"max_frontmatter_bytes={limits.max_frontmatter_bytes}",
                text,
                block_start,
                source=source,
            )
    data, raw, warnings = load_yaml(
        text[block_start:block_end], text=text, offset=block_start, source=source, limits=limits
    )
    return FrontMatter(data, raw, True, 0, body_start, warnings)
