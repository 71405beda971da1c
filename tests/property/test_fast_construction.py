"""The fast construction paths give exactly what the general ones give.

A Document's metadata is frozen by :func:`seedparse._model.freeze`, whose plain dicts
and lists freeze their plain items inline, and ``with_read_facts`` copies a reader's
Document slot by slot instead of through
``attrs.evolve``: for any metadata and any Document these check the result is equal,
hashable, picklable and evolvable as the general path's, and interned the same way.
"""

from __future__ import annotations

import pickle

import attrs
from hypothesis import given
from hypothesis import strategies as st

from seedparse import Document, FrozenDict, Passage, Span
from seedparse._model import _freeze_metadata, freeze, with_read_facts


class _Str(str):
    """A str subclass: freeze keeps it as it is, and interns it never."""


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=50),
    st.floats(allow_nan=False, allow_infinity=False),
    st.builds(_Str, st.text(max_size=5)),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(st.text(max_size=8), inner, max_size=3),
    ),
    max_leaves=8,
)
_metadata = st.dictionaries(
    st.one_of(st.text(max_size=45), st.builds(_Str, st.text(max_size=5))), _values, max_size=8
)


def _same_interning(a: object, b: object) -> bool:
    """Equal trees whose short strings are the same objects (both interned or not)."""
    if isinstance(a, str):
        return a is b if len(a) <= 40 else a == b
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return all(
            _same_interning(ka, kb) and _same_interning(a[ka], b[kb])
            for ka, kb in zip(a, b, strict=True)
        )
    if isinstance(a, tuple):
        assert isinstance(b, tuple)
        return all(_same_interning(x, y) for x, y in zip(a, b, strict=True))
    return a == b and type(a) is type(b)


@given(_metadata)
def test_metadata_freeze_is_freeze(metadata: dict[str, object]) -> None:
    expected = freeze(metadata)
    got = _freeze_metadata(metadata)
    assert type(got) is FrozenDict
    assert got == expected
    assert list(got) == list(expected)
    assert hash(got) == hash(expected)
    assert _same_interning(got, expected)


def test_metadata_freeze_of_what_readers_make() -> None:
    # A note's front matter: flat values, lists of str as tuples, keys interned.
    data = {"title": "T", "tags": ["a", "b"], "views": 3, "live": False, "x": None}
    got = _freeze_metadata(data)
    assert got == freeze(data)
    assert got["tags"] == ("a", "b")
    assert _same_interning(got, freeze(data))


_documents = st.builds(
    Document,
    source=st.text(max_size=10),
    reader=st.sampled_from(["transcript", "article"]),
    title=st.one_of(st.none(), st.text(max_size=10)),
    authors=st.lists(st.text(max_size=5), max_size=2).map(tuple),
    metadata=_metadata.filter(lambda m: all(type(k) is str for k in m)),
    passages=st.lists(
        st.builds(
            Passage,
            text=st.text(max_size=10),
            kind=st.just("paragraph"),
            span=st.builds(Span, start=st.just(0), end=st.integers(0, 9)),
        ),
        max_size=3,
    ).map(tuple),
)


@given(_documents, st.text(max_size=64), st.one_of(st.none(), _metadata))
def test_read_facts_copy_is_evolve(
    document: Document, digest: str, metadata: dict[str, object] | None
) -> None:
    changes: dict[str, object] = {"digest": digest}
    if metadata is not None:
        changes["metadata"] = metadata
    expected = attrs.evolve(document, **changes)
    got = with_read_facts(document, digest, metadata)
    assert got == expected
    assert hash(got) == hash(expected)
    assert pickle.loads(pickle.dumps(got)) == expected
    assert attrs.evolve(got, title="t") == attrs.evolve(expected, title="t")
    for field in attrs.fields(Document):
        assert getattr(got, field.name) == getattr(expected, field.name)
