"""The JSON strings a page's label set is read from (pagemeta._walk_strings): the
walk that reads string items in their container's loop gives the set a plain
recursive walk gives, bounds included."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse._text.cleaning import fold_key
from seedparse.formats.webpage import pagemeta


def _reference(value: Any, out: set[str], depth: int = 0) -> None:
    """One call per value: the definition the walk must agree with."""
    if len(out) >= pagemeta._MAX_STRINGS or depth > pagemeta._MAX_WALK_DEPTH:
        return
    if isinstance(value, str):
        if len(value) <= pagemeta._MAX_LABEL_LEN and (clean := fold_key(value)):
            out.add(clean)
    elif isinstance(value, dict):
        for item in value.values():
            _reference(item, out, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _reference(item, out, depth + 1)


_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(alphabet=" aAbB\u00dfx\t", max_size=8),
    st.text(min_size=118, max_size=124, alphabet="ab "),
)
_json = st.recursive(
    _leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4)
    ),
    max_leaves=40,
)


def _nest(value: Any, levels: int) -> Any:
    for number in range(levels):
        value = [value] if number % 2 else {"k": value}
    return value


@settings(max_examples=300, deadline=None)
@given(_json, st.integers(min_value=0, max_value=10))
def test_walk_equals_the_recursive_definition(value: Any, levels: int) -> None:
    value = _nest(value, levels)
    got: set[str] = set()
    want: set[str] = set()
    pagemeta._walk_strings(value, got)
    _reference(value, want)
    assert got == want


def test_the_set_stops_at_its_bound() -> None:
    value = {"a": [f"label {n}" for n in range(pagemeta._MAX_STRINGS + 50)], "b": "late"}
    got: set[str] = set()
    pagemeta._walk_strings(value, got)
    want: set[str] = set()
    _reference(value, want)
    assert got == want
    assert len(got) == pagemeta._MAX_STRINGS
    assert "late" not in got


def test_depth_bound_and_long_strings() -> None:
    limit = pagemeta._MAX_WALK_DEPTH
    for value, want in [
        (_nest(" A  B ", limit), {"a b"}),  # a string at the deepest level read
        (_nest("deep", limit + 1), set()),  # one level further: not read
        ({"k": "x" * (pagemeta._MAX_LABEL_LEN + 1)}, set()),
        ({"k": "y" * pagemeta._MAX_LABEL_LEN}, {"y" * pagemeta._MAX_LABEL_LEN}),
        ([1, None, True, 2.5, "  "], set()),
    ]:
        got: set[str] = set()
        pagemeta._walk_strings(value, got)
        assert got == want
