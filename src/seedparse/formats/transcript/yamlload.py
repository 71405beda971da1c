"""The PyYAML side of front matter: the limited loader, imported only for a block that
the fast path of :mod:`.frontmatter` does not read (anchors, nesting, numbers, escapes...).

PyYAML and python-frontmatter cost about 20 ms to import; most notes' front matter is a
few ``key: words`` lines that never need them. See :mod:`.frontmatter` for the rules
both paths follow.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
from collections.abc import Hashable
from typing import Any

import yaml
from yaml.error import Mark
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..._errors import FrontmatterError, LimitExceeded
from ..._limits import Limits
from .frontbase import Loaded, Refused, too_many_values

__all__ = ["load_slow_block"]

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_MERGE_TAG = "tag:yaml.org,2002:merge"

# Drop the implicit timestamp resolver; an explicit ``!!timestamp`` still works and becomes
# an ISO string afterwards. (The fast path of :mod:`.frontmatter` holds the same table.)
_RESOLVERS: dict[Any, Any] = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mark_index(mark: Mark | None) -> int:
    return mark.index if mark is not None else 0


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
            raise Refused(
                FrontmatterError,
                "YAML anchors and aliases are not allowed in front matter "
                "(Limits.allow_yaml_aliases is off)",
                where,
            )
        if not (isinstance(parent, MappingNode) and index is None):  # keys are not values
            self._values += 1
            if self._values > self._limits.max_metadata_nodes:
                raise too_many_values(self._limits, where)
        self._depth += 1
        try:
            if self._depth > self._limits.max_depth:
                raise Refused(
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
            raise Refused(
                FrontmatterError,
                "front matter refers to itself (alias cycle)",
                _mark_index(node.start_mark),
            )
        if depth > limits.max_depth:
            raise Refused(
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
            raise Refused(
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
            raise too_many_values(self.limits, 0)
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
            raise Refused(
                FrontmatterError,
                f"front matter is nested deeper than max_depth={self.limits.max_depth}",
                0,
            )
        ident = id(value)
        if ident in self._active:
            raise Refused(FrontmatterError, "front matter refers to itself (alias cycle)", 0)
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
        raise Refused(
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


# --------------------------------------------------------------------------- loading


def load_slow_block(block: str, limits: Limits) -> Loaded:
    """Load a block the fast path declined, with the limited PyYAML loader. Every
    failure is a Refused whose ``__cause__`` is the original exception (None for the
    loader's own refusals)."""
    loader: _FrontmatterLoader | None = None
    try:
        # The constructor already reads the stream (and rejects non-printable characters).
        loader = _FrontmatterLoader(block, limits)
        return _load_slow(loader, limits)
    except Refused:
        raise
    except Exception as error:  # every YAML failure is wrapped and chained
        current = loader.current if loader is not None else None
        hint = _mark_index(current.start_mark) if current is not None else 0
        raise Refused(FrontmatterError, _describe(error), _error_index(error, hint)) from error
    finally:
        if loader is not None:
            loader.dispose()


def _load_slow(loader: _FrontmatterLoader, limits: Limits) -> Loaded:
    node = loader.get_single_node()
    if node is None:
        return Loaded({}, {}, ())
    if not isinstance(node, MappingNode):
        kind = "a list" if isinstance(node, SequenceNode) else "a single value"
        raise Refused(
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
        raise Refused(FrontmatterError, "front matter must be a mapping", 0)
    warnings = list(loader.duplicates)
    warnings.extend((0, message) for message in jsonify.warnings)
    return Loaded(data, raw, tuple(warnings))


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
