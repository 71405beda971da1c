"""The registry that finds readers and picks one (the Reader protocol is in ``_protocol``).

Built-in readers and plugins take the same path: each is an entry point in the
group ``seedparse.readers`` (seedparse's own pyproject lists the three built-ins).
Entry points are loaded lazily, once, on first use. ``SEEDPARSE_NO_PLUGINS=1`` in
the environment keeps third-party readers out (built-ins still load). A plugin never
takes a built-in's name, and a name two plugins claim goes to neither (see
:class:`ReaderConflict`).
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections.abc import Iterable
from importlib import import_module

import attrs

from ._errors import ReaderError
from ._protocol import BUILTIN_READERS, ENTRY_POINT_GROUP, FALLBACK_READER, SNIFF_CHARS, Reader
from ._warnings import ReaderConflictWarning

__all__ = ["Detection", "ReaderConflict", "ReaderInfo", "ReaderRegistry"]

_NO_PLUGINS_ENV = "SEEDPARSE_NO_PLUGINS"
_BUILTIN_DIST = "seedparse"


@attrs.frozen
class ReaderInfo:
    """A registered reader and where it came from.

    .. versionadded:: 0.1.0
    """

    name: str
    reader: Reader
    origin: str
    """``"builtin"``, ``"entry point <dist> <version>"`` or ``"runtime"``."""


@attrs.frozen
class ReaderConflict:
    """A reader name that entry points claimed but did not get.

    The rule: a built-in reader keeps its name against any plugin (only an explicit
    ``register_reader(reader, replace=True)`` replaces it), and a name that two or
    more plugins claim is given to none of them. Each conflict is also issued as a
    :class:`~seedparse.ReaderConflictWarning` and listed by ``seedparse readers``.

    .. versionadded:: 0.2.0
    """

    name: str
    """The name claimed."""
    kept: str | None
    """The origin of the reader that keeps the name (``"builtin"``), or None when
    the name went to none of the plugins that claimed it."""
    dropped: tuple[str, ...]
    """The entry points left out: ``"entry point <dist> <version> (<module:object>)"``."""

    def __str__(self) -> str:
        left_out = "; ".join(self.dropped)
        if self.kept is not None:
            return (
                f"reader name {self.name!r} is taken by the {self.kept} reader, so "
                f"{left_out} was not registered (register_reader(reader, replace=True) "
                "replaces a reader explicitly)"
            )
        return (
            f"reader name {self.name!r} is claimed by {len(self.dropped)} plugins, so none "
            f"was registered: {left_out} (register the one you want with register_reader())"
        )


@attrs.frozen
class Detection:
    """The outcome of sniffing: the chosen reader and every reader's score.

    .. versionadded:: 0.1.0
    """

    reader: Reader
    scores: tuple[tuple[str, float], ...]
    """``(name, score)`` for every registered reader, best first."""


def _validate(reader: object) -> Reader:
    name = getattr(reader, "name", None)
    if not isinstance(name, str) or not name.strip():
        raise ReaderError(f"a reader needs a non-empty str name, got {name!r}")
    for method in ("sniff", "read"):
        if not callable(getattr(reader, method, None)):
            raise ReaderError(f"reader {name!r} has no callable {method}()")
    if not isinstance(reader, Reader):  # pragma: no cover - covered by the checks above
        raise ReaderError(f"{reader!r} does not satisfy the Reader protocol")
    return reader


class ReaderRegistry:
    """An explicit set of readers, with detection.

    Most code uses the default registry behind :func:`seedparse.readers` and
    :func:`seedparse.register_reader`; tests and embedders can make their own.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, entry_points: bool = True) -> None:
        self._readers: dict[str, ReaderInfo] = {}
        # pick()'s asking order, made on first use after a change (see _asking_order).
        self._order: tuple[tuple[str, Reader, float], ...] | None = None
        self._want_entry_points = entry_points
        self._loaded = not entry_points
        self._lock = threading.RLock()
        self.load_errors: list[str] = []
        """Entry points that failed to load, as messages (they are skipped)."""
        self.conflicts: list[ReaderConflict] = []
        """Names that entry points claimed but did not get (each also a warning)."""

    def register(self, reader: Reader, *, replace: bool = False, origin: str = "runtime") -> None:
        """Add ``reader``; a name already taken raises unless ``replace=True``."""
        self._ensure_loaded()
        self._add(reader, replace=replace, origin=origin)

    def _add(self, reader: object, *, replace: bool, origin: str) -> None:
        checked = _validate(reader)
        with self._lock:
            if checked.name in self._readers and not replace:
                raise ReaderError(
                    f"a reader named {checked.name!r} is already registered "
                    f"({self._readers[checked.name].origin}); pass replace=True to override"
                )
            self._readers[checked.name] = ReaderInfo(checked.name, checked, origin)
            self._order = None

    def unregister(self, name: str) -> None:
        """Remove the reader called ``name``."""
        self._ensure_loaded()
        with self._lock:
            if self._readers.pop(name, None) is None:
                raise ReaderError(f"no reader named {name!r}")
            self._order = None

    def infos(self) -> tuple[ReaderInfo, ...]:
        """Every registered reader with its origin, sorted by name."""
        self._ensure_loaded()
        return tuple(self._readers[name] for name in sorted(self._readers))

    def get(self, name: str) -> Reader:
        """The reader called ``name``; :class:`ReaderError` if there is none."""
        self._ensure_loaded()
        try:
            return self._readers[name].reader
        except KeyError:
            known = ", ".join(sorted(self._readers)) or "none"
            raise ReaderError(f"no reader named {name!r} (registered: {known})") from None

    def detect(self, text: str) -> Detection:
        """Score the start of ``text`` with every reader; the best wins.

        A tie for the best score, or no reader scoring above zero, goes to the
        fallback reader (``article``) when it is registered.
        """
        self._ensure_loaded()
        sample = text[:SNIFF_CHARS]
        scores: list[tuple[str, float]] = []
        for name in sorted(self._readers):
            scores.append((name, self._score(self._readers[name].reader, sample)))
        scores.sort(key=lambda item: -item[1])
        if not scores:
            raise ReaderError("no readers are registered")
        best_name, best = scores[0]
        tied = len(scores) > 1 and scores[1][1] == best
        if (best <= 0.0 or tied) and FALLBACK_READER in self._readers:
            best_name = FALLBACK_READER
        return Detection(self._readers[best_name].reader, tuple(scores))

    def pick(self, text: str) -> Reader:
        """``detect(text).reader``, without recording every score: what ``load`` and
        ``load_dir`` need once per file. The same choice (the best score; the first
        name in sorted order among equal scores; a tie for the best, or no score above
        zero, goes to the fallback reader).

        Readers are asked in the order of their ``max_score`` (highest first), and one
        whose ``max_score`` is below the best score so far is not asked: it could
        neither win nor tie. A reader without one is always asked."""
        self._ensure_loaded()
        sample = text[:SNIFF_CHARS]
        order = self._order if self._order is not None else self._asking_order()
        best_name: str | None = None
        best = 0.0
        tied = False
        for name, reader, most in order:
            if best_name is not None and most < best:
                break  # the order is by max_score: no reader after this one can reach it
            # (``_score`` inlined: two or three readers asked per file)
            try:
                score = reader.sniff(sample)
            except Exception:  # noqa: BLE001 - as in _score
                score = 0.0
            if type(score) is not float or not 0.0 <= score <= 1.0:
                score = _as_score(score)
            if best_name is None or score > best:
                best_name, best, tied = name, score, False
            elif score == best:
                tied = True
                best_name = min(best_name, name)
        if best_name is None:
            raise ReaderError("no readers are registered")
        readers = self._readers
        if (best <= 0.0 or tied) and FALLBACK_READER in readers:
            best_name = FALLBACK_READER
        return readers[best_name].reader

    def _asking_order(self) -> tuple[tuple[str, Reader, float], ...]:
        """``(name, reader, max_score)`` of every reader, highest ``max_score`` first
        (then by name), made once per change of the registered set."""
        with self._lock:
            order = tuple(
                sorted(
                    ((name, info.reader, _max_score(info.reader)) for name, info in
                     self._readers.items()),
                    key=lambda item: (-item[2], item[0]),
                )
            )  # fmt: skip
            self._order = order
            return order

    @staticmethod
    def _score(reader: Reader, sample: str) -> float:
        try:
            found = reader.sniff(sample)
        except Exception:  # noqa: BLE001 - a broken plugin sniffer must not break detection
            return 0.0
        return _as_score(found)

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            self._load_entry_points()
            self._loaded = True

    def _load_entry_points(self) -> None:
        from ._entrypoints import entry_points  # on first use: not part of the import

        skip_plugins = os.environ.get(_NO_PLUGINS_ENV, "").strip() not in ("", "0")
        plugins: list[tuple[Reader, str, str]] = []  # (reader, origin, entry point value)
        found_builtin = False
        for ep in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist_name = ep.dist_name if ep.dist_name is not None else "?"
            builtin = dist_name is not None and dist_name.lower() == _BUILTIN_DIST
            if skip_plugins and not builtin:
                continue
            if builtin and found_builtin and ep.name in self._readers:
                continue  # the same dist seen twice on sys.path
            try:
                loaded = ep.load()
                reader = _validate(loaded() if isinstance(loaded, type) else loaded)
            except Exception as error:  # noqa: BLE001 - one broken plugin must not break all
                self.load_errors.append(f"{ep.name} ({ep.value}): {type(error).__name__}: {error}")
                continue
            if builtin:
                if reader.name not in self._readers:
                    self._add(reader, replace=False, origin="builtin")
                found_builtin = True
            else:
                origin = f"entry point {dist_name} {ep.dist_version}".strip()
                plugins.append((reader, origin, ep.value))
        if not found_builtin:
            # Running from a source tree that was never installed: no entry points
            # for seedparse itself, so register the built-ins directly.
            for reader in _builtin_readers():
                if reader.name not in self._readers:
                    self._add(reader, replace=False, origin="builtin")
        # Plugins go in after every built-in, so that a plugin never takes a built-in's
        # name (the user can still replace one explicitly, with replace=True), and a
        # name that two plugins claim goes to neither: which one would win depends on
        # the order of sys.path, and nothing tells the user that it happened.
        claims: dict[str, list[tuple[Reader, str, str]]] = {}
        for plugin in plugins:
            claims.setdefault(plugin[0].name, []).append(plugin)
        for name in sorted(claims):
            found = claims[name]
            dropped = tuple(f"{origin} ({value})" for _, origin, value in found)
            if name in self._readers:
                self._conflict(ReaderConflict(name, self._readers[name].origin, dropped))
            elif len(found) > 1:
                self._conflict(ReaderConflict(name, None, dropped))
            else:
                self._add(found[0][0], replace=False, origin=found[0][1])

    def _conflict(self, conflict: ReaderConflict) -> None:
        self.conflicts.append(conflict)
        # stacklevel 1: the warning names this module; the caller that happened to
        # trigger discovery is arbitrary and would only mislead.
        warnings.warn(str(conflict), ReaderConflictWarning, stacklevel=1)


def _as_score(found: object) -> float:
    """A sniffer's answer as a score: a float in [0, 1] (NaN and what is no number: 0)."""
    try:
        score = float(found)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a broken plugin sniffer must not break detection
        return 0.0
    if math.isnan(score):
        return 0.0
    return min(1.0, max(0.0, score))


def _max_score(reader: Reader) -> float:
    """The ``max_score`` a reader declares (see :class:`~seedparse.Reader`), in [0, 1];
    1.0 (always asked) when it declares none or no number, or when the ``sniff`` in use
    was defined after it: a subclass that sniffs anew does not inherit a bound that was
    written for another sniffer."""
    declared = getattr(reader, "max_score", None)
    if isinstance(declared, bool) or not isinstance(declared, (int, float)):
        return 1.0
    if math.isnan(declared) or _defined_at(reader, "sniff") < _defined_at(reader, "max_score"):
        return 1.0
    return min(1.0, max(0.0, float(declared)))


def _defined_at(reader: object, attribute: str) -> int:
    """Where ``attribute`` of ``reader`` is defined: -1 on the instance, else its
    class's place in the method resolution order (0 for the reader's own class)."""
    if attribute in getattr(reader, "__dict__", ()):
        return -1
    for place, klass in enumerate(type(reader).__mro__):
        if attribute in vars(klass):
            return place
    return len(type(reader).__mro__)


def _builtin_readers() -> Iterable[Reader]:
    """An instance of each built-in reader, imported from its ``"module:Class"`` name."""
    for name in sorted(BUILTIN_READERS):
        module, _, attribute = BUILTIN_READERS[name].partition(":")
        yield getattr(import_module(module), attribute)()
