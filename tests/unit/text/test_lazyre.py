"""LazyPattern: compiled on first use, then the same answers as ``re.compile``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedparse._text.lazyre import LazyPattern

SOURCE = r"(?P<word>[a-z]+)(?:-(\d{1,3}))?"


def test_nothing_is_compiled_before_the_first_use() -> None:
    lazy = LazyPattern(r"(unclosed")  # an invalid pattern: compiling it would raise
    assert lazy.pattern == "(unclosed"
    assert "unclosed" in repr(lazy)
    with pytest.raises(re.error):
        lazy.search("x")


def test_after_the_first_use_the_compiled_methods_are_used() -> None:
    lazy = LazyPattern(SOURCE, re.IGNORECASE)
    assert lazy.search("ABC-12") is not None
    compiled = lazy.compiled()
    assert compiled is re.compile(SOURCE, re.IGNORECASE)  # re's cache: the same object
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        assert getattr(lazy, name) == getattr(compiled, name), name
    assert lazy.compiled() is compiled


def test_the_attributes_of_a_pattern() -> None:
    lazy = LazyPattern(SOURCE, re.IGNORECASE)
    compiled = re.compile(SOURCE, re.IGNORECASE)
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )


TEXT = st.text(alphabet="ab-0123 Z\n", max_size=40)


@given(TEXT, st.integers(0, 10), st.integers(0, 50))
def test_every_method_answers_as_the_compiled_pattern(text: str, pos: int, end: int) -> None:
    compiled = re.compile(SOURCE, re.IGNORECASE)

    def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
        return None if found is None else found.span()

    # A fresh LazyPattern per call, so that each method is also tried as the first use.
    def fresh() -> LazyPattern:
        return LazyPattern(SOURCE, re.IGNORECASE)

    assert spans(fresh().search(text, pos, end)) == spans(compiled.search(text, pos, end))
    assert spans(fresh().match(text, pos, end)) == spans(compiled.match(text, pos, end))
    assert spans(fresh().fullmatch(text, pos)) == spans(compiled.fullmatch(text, pos))
    assert [m.span() for m in fresh().finditer(text, pos)] == [
        m.span() for m in compiled.finditer(text, pos)
    ]
    assert fresh().findall(text, pos, end) == compiled.findall(text, pos, end)
    assert fresh().split(text, 2) == compiled.split(text, 2)
    assert fresh().sub(r"<\g<word>>", text, 3) == compiled.sub(r"<\g<word>>", text, 3)
    assert fresh().subn(lambda m: m.group(0).upper(), text) == compiled.subn(
        lambda m: m.group(0).upper(), text
    )
