"""Front matter read without PyYAML when it is simple, with it (:mod:`.yamlload`,
imported then) when it is not; the framing rules and the loader's guarantees are in
:mod:`.frontmatter`, which re-exports what this module defines.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from ... import _native
from ..._errors import LimitExceeded, ParseError
from ..._limits import Limits, current_limits
from ..._text.lazyre import LazyPattern
from .frontbase import OPEN, Loaded, Refused, frame

__all__ = ["FrontMatter", "load_yaml", "split_frontmatter"]


class FrontMatter(NamedTuple):
    """What :func:`split_frontmatter` found at the top of a text (a named tuple: one
    is made per note, and an attrs class cost several times a tuple to make and, on
    the first note, a millisecond to build)."""

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
# Line breaks to YAML 1.1 (NEL, LS, PS, and a CR not before LF) though not to
# ``str.split("\n")``: ``0\x85`` is the int 0 to PyYAML, the string "0\x85" to a
# line-by-line reading.
_YAML_BREAKS = LazyPattern("[\x85\u2028\u2029]|\r(?!\n)")
_NON_PRINTABLE = LazyPattern(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


# The implicit resolvers of the loader (PyYAML's YAML 1.1 ``SafeLoader`` table without the
# timestamp one, see :mod:`.yamlload`), by the first character they apply to: the fast
# path asks them whether a plain scalar stays a string without importing PyYAML. A unit
# test checks that this table has PyYAML's tags for every first character, and the
# fast-path property test that both paths read the same values.
_BOOL = LazyPattern(
    r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"
)
_FLOAT = LazyPattern(
    r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?"
    r"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
    r"|[-+]?\.(?:inf|Inf|INF)"
    r"|\.(?:nan|NaN|NAN))$"
)
_INT = LazyPattern(
    r"^(?:[-+]?0b[0-1_]+"
    r"|[-+]?0[0-7_]+"
    r"|[-+]?(?:0|[1-9][0-9_]*)"
    r"|[-+]?0x[0-9a-fA-F_]+"
    r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"
)
_MERGE = LazyPattern(r"^(?:<<)$")
_NULL = LazyPattern(r"^(?:~|null|Null|NULL|)$")
_VALUE = LazyPattern(r"^(?:=)$")
_YAML = LazyPattern(r"^(?:!|&|\*)$")
_RESOLVERS: dict[str, tuple[tuple[str, LazyPattern], ...]] = {}
for _tag, _pattern, _firsts in (
    ("bool", _BOOL, "yYnNtTfFoO"),
    ("float", _FLOAT, "-+0123456789."),
    ("int", _INT, "-+0123456789"),
    ("merge", _MERGE, "<"),
    ("null", _NULL, ["~", "n", "N", ""]),
    ("value", _VALUE, "="),
    ("yaml", _YAML, "!&*"),
):
    for _first in _firsts:
        _RESOLVERS[_first] = (*_RESOLVERS.get(_first, ()), (f"tag:yaml.org,2002:{_tag}", _pattern))
del _tag, _pattern, _firsts, _first


def _resolves_to_str(value: str) -> bool:
    """Whether YAML reads the plain scalar ``value`` (non-empty) as a string (a loop,
    not ``all()`` over a generator: most values start with a letter no resolver has)."""
    resolvers = _RESOLVERS.get(value[0])
    if resolvers is not None:
        for _tag, regexp in resolvers:
            if regexp.match(value) is not None:
                return False
    return True


@functools.lru_cache(maxsize=4096)
def _key_is_str(key: str) -> bool:
    """:func:`_resolves_to_str` for a key, memoised: notes repeat a handful of keys
    (``title``, ``videoId``...)."""
    return _resolves_to_str(key)


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
    if _NON_PRINTABLE.search(block) is not None or _YAML_BREAKS.search(block) is not None:
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
        if not _key_is_str(key):
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


def _native_simple(
    block: str,
) -> tuple[dict[str, Any], dict[str, str], list[tuple[int, str]]] | None:
    """:func:`_fast_simple` by the native core (``read_front``) for flat ``key: value``
    lines, or None: the core is not in use, or it leaves the block to Python (a
    duplicate key, a value only the resolvers' patterns can type...). It accepts a
    subset of what :func:`_fast_simple` does and reads it the same (a property test)."""
    core = _native.active()
    if core is None:
        return None
    try:
        found = core.read_front(block)
    except core.NativeError as error:
        raise Refused(ParseError, f"native front matter reader failed: {error}", 0) from error
    if found is None:
        return None
    data, raw = found
    return data, raw, []


# --------------------------------------------------------------------------- loading


def _load_block(block: str, limits: Limits) -> Loaded:
    """Load one front matter block. Every failure is a Refused whose ``__cause__`` is the
    original exception (None for the loader's own refusals)."""
    fast = _native_simple(block)
    if fast is None:
        fast = _fast_simple(block)
    if fast is not None:
        data, raw, warnings = fast
        if len(data) > limits.max_metadata_nodes:
            raise Refused(
                LimitExceeded,
                f"front matter holds more than max_metadata_nodes="
                f"{limits.max_metadata_nodes} values",
                0,
            )
        return Loaded(data, raw, tuple(warnings))
    from .yamlload import load_slow_block

    return load_slow_block(block, limits)


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
    if not block or block.isspace():  # (not block.strip(): no copy of the block)
        return {}, {}, ()
    try:
        loaded = _load_block(block, active)
    except Refused as refused:
        raise refused.error.at(
            refused.message, full, offset + refused.index, source=source
        ) from refused.__cause__
    if not loaded.warnings:
        return loaded.data, loaded.raw, ()
    warnings = tuple((offset + where, message) for where, message in loaded.warnings)
    return loaded.data, loaded.raw, warnings


def split_frontmatter(text: str, *, source: str | None = None) -> FrontMatter:
    """Find and load the front matter at the top of ``text``, keeping offsets.

    See the module docstring for the framing rules. Raises
    :class:`~seedparse.FrontmatterError` or :class:`~seedparse.LimitExceeded`.
    """
    if not text.startswith("---"):
        return FrontMatter({}, {}, False, 0, 0, ())
    framed = frame(text)
    if framed is None:
        if OPEN.match(text) is None:
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
