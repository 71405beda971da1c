"""Regular expressions compiled on first use, for the readers' module-level patterns.

Importing the built-in readers compiled about 160 patterns (some 40 ms: a third of
the first ``load`` of a format), most of which a given document never reaches: the
date grammar, the web-page furniture, the front-matter fast path. A
:class:`LazyPattern` is written where ``re.compile`` was, and used the same way; it
compiles on the first call and then hands out the compiled pattern's own bound
methods, so a pattern in a hot loop costs what a compiled one does.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern"]

#: The methods a LazyPattern takes from the compiled pattern on first use.
_METHODS = (
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "scanner",
    "search",
    "split",
    "sub",
    "subn",
)


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use.

    The methods below run only once per pattern: the first call compiles it and
    stores the compiled pattern's bound methods on the instance, where attribute
    look-up finds them before these (functions are non-data descriptors).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        """The source of the pattern, as given (``re.Pattern.pattern``)."""
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, on the first call)."""
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
        return found

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    @property
    def flags(self) -> int:
        """The compiled flags (``re.UNICODE`` included, as ``re.Pattern.flags``)."""
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def scanner(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self.compiled().scanner(string, pos, endpos)  # type: ignore[attr-defined]
