"""The data model: frozen, validated, hashable, exact JSON round trips."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import pytest

from seedparse import ArgumentError, Citation, Document, Failure, FrozenDict, Passage, Span
from seedparse._model import freeze, thaw


def _document(**overrides: object) -> Document:
    anchor = Citation(
        kind="timestamp",
        text="Prices rose.",
        span=Span(start=20, end=70),
        target="https://www.youtube.com/watch?v=abc&t=61s",
        seconds=61,
    )
    quote = Citation(
        kind="quotation", text="We act now", span=Span(start=80, end=95), speaker="A B"
    )
    passages = (
        Passage(text="Economy", kind="heading", span=Span(start=0, end=10)),
        Passage(
            text="Prices rose.",
            kind="paragraph",
            span=Span(start=12, end=72),
            section=("Economy",),
            citations=(anchor,),
        ),
        Passage(
            text="We act now, she said.",
            kind="quote",
            span=Span(start=74, end=110),
            section=("Economy",),
            citations=(quote,),
        ),
    )
    fields: dict[str, object] = {
        "source": "notes/a.md",
        "reader": "transcript-note",
        "title": "A title",
        "authors": ("someone",),
        "published": dt.date(2025, 3, 13),
        "dateline": "Mar 13, 2025",
        "metadata": {"videoId": "abc", "tags": ["x", "y"], "nested": {"k": [1, 2.5, None, True]}},
        "passages": passages,
        "citations": (anchor, quote),
    }
    fields.update(overrides)
    return Document(**fields)  # type: ignore[arg-type]


def test_document_round_trips_exactly_through_json() -> None:
    doc = _document()
    data = json.loads(json.dumps(doc.to_dict(), allow_nan=False))
    assert Document.from_dict(data) == doc
    assert hash(Document.from_dict(data)) == hash(doc)


@pytest.mark.parametrize(
    "published",
    [
        None,
        dt.date(2024, 1, 2),
        dt.datetime(2024, 1, 2, 18, 16),
        dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    ],
)
def test_dates_keep_their_type_through_json(published: dt.date | None) -> None:
    doc = _document(published=published)
    back = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert back.published == published
    assert type(back.published) is type(published)


def test_document_is_frozen_and_metadata_read_only() -> None:
    doc = _document()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.metadata["videoId"] = "other"  # type: ignore[index]
    with pytest.raises(TypeError):
        doc.metadata.update({"a": 1})
    with pytest.raises(TypeError):
        doc.metadata["nested"]["k"] = 1
    assert isinstance(doc.metadata["tags"], tuple)


def test_metadata_serialises_with_json_dumps_directly() -> None:
    doc = _document()
    assert json.loads(json.dumps(doc.metadata)) == {
        "videoId": "abc",
        "tags": ["x", "y"],
        "nested": {"k": [1, 2.5, None, True]},
    }


def test_derived_text_and_headings() -> None:
    doc = _document()
    assert doc.text == "Economy\n\nPrices rose.\n\nWe act now, she said."
    assert doc.headings == ("Economy",)
    assert "text" not in doc.to_dict()


def test_evolve_makes_variants() -> None:
    doc = _document()
    other = attrs.evolve(doc, title=None, metadata={"a": 1})
    assert other.title is None and other.metadata == {"a": 1}
    assert doc.title == "A title"


def test_documents_pickle() -> None:
    doc = _document()
    assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (Span, {"start": -1, "end": 2}),
        (Span, {"start": 5, "end": 2}),
        (Span, {"start": "0", "end": 2}),
        (Citation, {"kind": 1, "text": "", "span": Span(start=0, end=0)}),
        (Citation, {"kind": "timestamp", "text": "", "span": (0, 1)}),
        (Citation, {"kind": "timestamp", "text": "", "span": Span(start=0, end=0), "seconds": "5"}),
        (Passage, {"text": None, "kind": "paragraph", "span": Span(start=0, end=0)}),
        (
            Passage,
            {"text": "", "kind": "paragraph", "span": Span(start=0, end=0), "section": "abc"},
        ),
        (Document, {"source": "s", "reader": "r", "published": "2024-01-01"}),
        (Document, {"source": "s", "reader": "r", "authors": "one"}),
        (Document, {"source": "s", "reader": "r", "metadata": {"x": float("nan")}}),
        (Document, {"source": "s", "reader": "r", "metadata": {"x": object()}}),
        (Document, {"source": "s", "reader": "r", "metadata": {1: "x"}}),
    ],
)
def test_validators_reject_bad_values(cls: type, kwargs: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        cls(**kwargs)


def test_freeze_and_thaw_are_inverse() -> None:
    value = {"a": [1, {"b": ["c", None]}], "d": 1.5, "e": False}
    frozen = freeze(value)
    assert isinstance(frozen, FrozenDict)
    assert thaw(frozen) == value
    assert hash(frozen) == hash(freeze(value))
    assert pickle.loads(pickle.dumps(frozen)) == frozen


class _Key(str):
    """A str subclass: kept as it is, not interned."""


class _Mapping(dict):  # type: ignore[type-arg]
    """A dict subclass: frozen by the general path, not the plain-dict one."""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"a": "x", "b": 1, "c": None, "d": True}, {"a": "x", "b": 1, "c": None, "d": True}),
        ({"a": [1, "two", None, 2.5, [False]]}, {"a": (1, "two", None, 2.5, (False,))}),
        ([{"k": "v"}, ("t", 1)], ({"k": "v"}, ("t", 1))),
        (_Mapping(a=[1]), {"a": (1,)}),
        ({_Key("k"): _Key("v")}, {"k": "v"}),
        ({"big": "y" * 100}, {"big": "y" * 100}),
    ],
)
def test_freeze_shapes(value: object, expected: object) -> None:
    """Plain dicts and lists (what json.loads makes) and any other mapping or
    sequence freeze to the same tree: FrozenDicts and tuples all the way down."""
    frozen = freeze(value)
    assert frozen == expected
    stack = [frozen]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            assert isinstance(node, FrozenDict)
            stack.extend(node.values())
        else:
            assert not isinstance(node, list)
            if isinstance(node, tuple):
                stack.extend(node)


def test_freeze_interns_short_strings_only() -> None:
    short, long = "".join(["sh", "ort"]), "".join(["l", "o" * 60])
    frozen = freeze({"".join(["ke", "y"]): [short, long], "x": short})
    (key,) = [k for k in frozen if k.startswith("ke")]
    assert key is "key"  # noqa: F632 (interned: the same object as the literal)
    assert frozen["key"][0] is frozen["x"] is "short"  # noqa: F632
    assert frozen["key"][1] is long


@pytest.mark.parametrize(
    "value",
    [
        {"a": float("nan")},
        [float("inf")],
        {1: "a"},
        {"a": [{2: "b"}]},
        {"a": object()},
        [{"a": {1, 2}}],
        _Mapping({3: "c"}),
    ],
)
def test_freeze_refuses_what_json_cannot_hold(value: object) -> None:
    with pytest.raises(ArgumentError):
        freeze(value)


def test_freeze_refuses_deep_nesting_in_plain_and_other_containers() -> None:
    plain: object = "leaf"
    other: object = "leaf"
    for _ in range(300):
        plain = [{"a": plain}]
        other = (_Mapping(a=other),)
    for value in (plain, other):
        with pytest.raises(ArgumentError, match="nested too deeply"):
            freeze(value)


def test_failure_round_trip() -> None:
    failure = Failure(path="a/b.txt", error="DecodeError", message="binary content")
    assert Failure.from_dict(json.loads(json.dumps(failure.to_dict()))) == failure


def test_repr_is_short() -> None:
    text = repr(_document())
    assert "<3 passages>" in text and "<2 citations>" in text and len(text) < 400


# --------------------------------------------------------------------------- construction


def test_parts_read_from_a_packed_document_and_unpickled_equal_checked_ones() -> None:
    # The parts are built without checks in two places only: from a Core's records
    # and from a pickle. Both must give what the checked constructors give.
    span = Span(start=3, end=9)
    citation = Citation(kind="timestamp", text="claim", span=span, target="T&t=5s", seconds=5)
    passage = Passage(
        text="the claim", kind="paragraph", span=span, section=("A",), citations=(citation,)
    )
    document = Document(source="s", reader="r", passages=(passage,), citations=(citation,))
    read = document.passages[0]
    assert read == passage and hash(read) == hash(passage) and read is not passage
    assert document.citations[0] == citation and read.citations[0].speaker is None
    for obj in (span, citation, passage, read, read.citations[0], read.span):
        again = pickle.loads(pickle.dumps(obj))
        assert again == obj and hash(again) == hash(obj) and type(again) is type(obj)
        assert attrs.evolve(obj) == obj


def test_no_unchecked_constructors_are_exported() -> None:
    import seedparse._model as model
    import seedparse._parts as parts

    for module in (model, parts):
        assert not [name for name in dir(module) if name.startswith("trusted_")]


@pytest.mark.parametrize("cls", [Span, Citation, Passage])
def test_checked_init_fills_every_field_through_attrs(cls: type) -> None:
    """One construction path: the checked __init__ hands every field to the
    __attrs_init__ attrs generated, so no field can be left unset or set twice."""
    span = Span(start=0, end=4)
    values = {
        Span: {"start": 0, "end": 4},
        Citation: {
            "kind": "link",
            "text": "t",
            "span": span,
            "target": "u",
            "seconds": 3,
            "speaker": "s",
        },
        Passage: {
            "text": "t",
            "kind": "paragraph",
            "span": span,
            "section": ("A",),
            "citations": (),
            "depth": 2,
        },
    }[cls]
    obj = cls(**values)
    assert attrs.asdict(obj, recurse=False) == values
    assert [field.name for field in attrs.fields(cls)] == list(values)


def test_checked_init_refuses_wrong_types() -> None:
    with pytest.raises(TypeError, match=r"Span\.start/end must be int"):
        Span(start="0", end=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid span"):
        Span(start=5, end=1)
    with pytest.raises(TypeError, match=r"Citation\.seconds"):
        Citation(kind="link", text="y", span=Span(start=0, end=0), seconds=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single str"):
        Passage(text="t", kind="paragraph", span=Span(start=0, end=0), section="A")
