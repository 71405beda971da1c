"""The packed Document (seedparse._packed) holds exactly the parts it was given.

Passages and citations are stored as records into one body string and built again
when read; these properties check, for any parts a user or a reader can make, that
what is read back equals what went in, and that the views behave as the tuples they
replaced: equal, hashable (as the tuple of their items), picklable, evolvable, and
round-tripped exactly by to_dict/from_dict.
"""

from __future__ import annotations

import copy
import pickle

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import texts

import seedparse
from seedparse import Citation, Document, Passage, Span

_words = st.sampled_from(["", "a", "claim", "the claim", "x-y", "é😀", "\n\n", "37s", "t=4"])
_text = st.one_of(_words, st.text(max_size=12))
_ints = st.one_of(
    st.integers(0, 100), st.integers(-5, -1), st.integers(2**31, 2**31 + 3), st.just(2**70)
)


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.one_of(st.integers(0, 50), st.just(2**40)))
    return Span(start=start, end=start + draw(st.integers(0, 20)))


@st.composite
def _citations(draw: st.DrawFn, claims: tuple[str, ...] = ()) -> Citation:
    seconds = draw(st.one_of(st.none(), _ints))
    prefix = draw(st.sampled_from(["https://v.example/watch?v=abc&t=", "p", "", "9"]))
    target = draw(
        st.one_of(
            st.none(),
            _text,
            st.just(f"{prefix}{seconds}s") if seconds is not None else st.none(),
        )
    )
    text = draw(st.one_of(_text, st.sampled_from(claims))) if claims else draw(_text)
    return Citation(
        kind=draw(st.sampled_from(["timestamp", "wikilink", "quotation", "link", "x-note"])),
        text=text,
        span=draw(_spans()),
        target=target,
        seconds=seconds,
        speaker=draw(st.one_of(st.none(), _text)),
    )


@st.composite
def _passage_lists(draw: st.DrawFn) -> tuple[tuple[Passage, ...], tuple[Citation, ...]]:
    passages: list[Passage] = []
    all_citations: list[Citation] = []
    for _ in range(draw(st.integers(0, 5))):
        text = draw(_text)
        pieces = (text, text[:3], text[1:]) if text else ()
        own = draw(st.lists(_citations(pieces), max_size=3))
        passages.append(
            Passage(
                text=text,
                kind=draw(st.sampled_from(["paragraph", "heading", "list_item", "x-callout"])),
                span=draw(_spans()),
                section=tuple(draw(st.lists(_words, max_size=2))),
                citations=tuple(own),
                depth=draw(st.one_of(st.just(0), _ints)),
            )
        )
        all_citations.extend(own)
    shape = draw(st.sampled_from(["runs", "shuffled", "extra", "fewer"]))
    if shape == "shuffled":
        all_citations = draw(st.permutations(all_citations))
    elif shape == "extra":
        all_citations += draw(st.lists(_citations(), max_size=3))
    elif shape == "fewer":
        all_citations = all_citations[: len(all_citations) // 2]
    return tuple(passages), tuple(all_citations)


def _document(parts: tuple[tuple[Passage, ...], tuple[Citation, ...]]) -> Document:
    passages, citations = parts
    return Document(
        source="s.md",
        reader="x",
        title="T",
        metadata={"k": [1, {"a": None}]},
        passages=passages,
        citations=citations,
    )


@settings(max_examples=300, deadline=None)
@given(_passage_lists())
def test_what_is_read_back_is_what_went_in(
    parts: tuple[tuple[Passage, ...], tuple[Citation, ...]],
) -> None:
    passages, citations = parts
    document = _document(parts)
    assert tuple(document.passages) == passages
    assert tuple(document.citations) == citations
    assert document.passages == passages and document.citations == citations
    assert [document.passages[i] for i in range(-len(passages), 0)] == list(passages)
    assert document.passages[1:3] == passages[1:3]
    assert document.text == "\n\n".join(p.text for p in passages)
    assert document.headings == tuple(p.text for p in passages if p.kind == "heading")


@settings(max_examples=200, deadline=None)
@given(_passage_lists())
def test_equal_hashable_picklable_evolvable(
    parts: tuple[tuple[Passage, ...], tuple[Citation, ...]],
) -> None:
    document = _document(parts)
    twin = _document(parts)
    assert document == twin and hash(document) == hash(twin)
    assert hash(document.passages) == hash(tuple(parts[0]))
    assert hash(document.citations) == hash(tuple(parts[1]))
    for copied in (
        pickle.loads(pickle.dumps(document)),
        copy.deepcopy(document),
        copy.copy(document),
    ):
        assert copied == document and hash(copied) == hash(document)
        assert copied.to_dict() == document.to_dict()
    renamed = attrs.evolve(document, title="Other")
    assert renamed != document and renamed.title == "Other"
    assert renamed.passages == document.passages and renamed.citations == document.citations
    fewer = attrs.evolve(document, passages=document.passages[:1])
    assert tuple(fewer.passages) == parts[0][:1]
    assert tuple(fewer.citations) == parts[1]
    again = Document.from_dict(document.to_dict())
    assert again == document and again.to_dict() == document.to_dict()


@settings(max_examples=150, deadline=None)
@given(texts)
def test_parsed_documents_keep_the_contract(text: str) -> None:
    try:
        document = seedparse.parse(text)
    except seedparse.SeedparseError:
        return
    passages, citations = tuple(document.passages), tuple(document.citations)
    rebuilt = attrs.evolve(document, passages=passages, citations=citations)
    assert rebuilt == document and hash(rebuilt) == hash(document)
    copied = pickle.loads(pickle.dumps(document))
    assert copied == document and copied.to_dict() == document.to_dict()
    assert Document.from_dict(document.to_dict()) == document
    source = seedparse.normalize_text(text)
    for passage in passages:
        assert 0 <= passage.span.start <= passage.span.end <= len(source)
        for citation in passage.citations:
            assert citation in citations


def test_views_are_not_tuples_but_compare_like_them() -> None:
    document = seedparse.parse("Title\n\nA paragraph.\n\nAnother one.\n")
    assert document.passages != list(document.passages)  # as a tuple: never a list
    assert document.passages[0] == document.passages[0]
    assert document.passages[0] is not document.passages[0]
    assert document.passages.index(document.passages[1]) == 1
    assert document.passages[-1] in document.passages
    assert Document(source="s", reader="r").passages == ()
    assert Document(source="s", reader="r").citations == ()


# --------------------------------------------------------------------------- Builder


def _record(citation: Citation) -> tuple[object, ...]:
    return (
        citation.kind,
        citation.text,
        citation.span.start,
        citation.span.end,
        citation.target,
        citation.seconds,
        citation.speaker,
    )


def _built(passages: tuple[Passage, ...], order: str | None = None) -> Document:
    from seedparse._packed import Builder

    builder = Builder()
    for passage in passages:
        builder.passage(
            passage.text,
            passage.kind,
            passage.span.start,
            passage.span.end,
            passage.section,
            passage.depth,
            [_record(c) for c in passage.citations],  # type: ignore[misc]
        )
    views = builder.views(order)
    return Document(source="s.md", reader="x", passages=views[0], citations=views[1])


_packable = _passage_lists().filter(
    lambda parts: all(
        0 <= p.depth < 2**63
        and p.span.end < 2**63
        and all(c.seconds is None or 0 <= c.seconds < 2**63 for c in p.citations)
        for p in parts[0]
    )
)


@settings(max_examples=300, deadline=None)
@given(_packable, st.sampled_from([None, "start", "span"]))
def test_a_built_document_equals_the_one_made_of_its_parts(
    parts: tuple[tuple[Passage, ...], tuple[Citation, ...]], order: str | None
) -> None:
    """The Builder (what readers write to) and pack() (what Document() calls with part
    objects) make the same records: equal Documents, and the same Core, so equality
    is proven without building parts."""
    passages = parts[0]
    citations = tuple(c for p in passages for c in p.citations)
    if order == "start":
        citations = tuple(sorted(citations, key=lambda c: c.span.start))
    elif order == "span":
        citations = tuple(sorted(citations, key=lambda c: (c.span.start, c.span.end)))
    built = _built(passages, order)
    made = Document(source="s.md", reader="x", passages=passages, citations=citations)
    assert tuple(built.passages) == passages and tuple(built.citations) == citations
    assert built == made and hash(built) == hash(made)
    if order is None:
        # The same records, so equality is proven without building parts. (Sorted,
        # two passages holding equal citations may share a run in one Core and not
        # in the other: equal Documents all the same.)
        assert built.passages._core.same_records(made.passages._core)  # type: ignore[attr-defined]
    assert built.text == made.text and built.to_dict() == made.to_dict()
    for copied in (pickle.loads(pickle.dumps(built)), copy.deepcopy(built)):
        assert copied == built and hash(copied) == hash(built)
    renamed = attrs.evolve(built, title="Other")
    assert renamed.passages == built.passages and renamed.title == "Other"
    assert attrs.evolve(built, citations=()).citations == ()


@settings(max_examples=200, deadline=None)
@given(_packable)
def test_passages_in_one_call_write_the_records_of_passage_by_passage(
    parts: tuple[tuple[Passage, ...], tuple[Citation, ...]],
) -> None:
    """Builder.passages (the article reader's one loop) writes, state for state, what
    Builder.passage writes called once per passage (depth 0)."""
    from seedparse._packed import Builder

    rows = [
        (p.text, p.kind, p.span.start, p.span.end, p.section, [_record(c) for c in p.citations])
        for p in parts[0]
    ]
    one, many = Builder(), Builder()
    for text, kind, start, end, section, cited in rows:
        one.passage(text, kind, start, end, section, 0, cited)  # type: ignore[arg-type]
    half = len(rows) // 2  # two calls: the second continues the first's offsets
    many.passages(rows[:half])  # type: ignore[arg-type]
    many.passages(rows[half:])  # type: ignore[arg-type]
    assert many.views()[0]._core.state() == one.views()[0]._core.state()  # type: ignore[attr-defined]


def test_a_built_passage_whose_citations_sorting_splits_keeps_them() -> None:
    from seedparse._packed import Builder

    builder = Builder()
    builder.passage(
        "one two",
        "paragraph",
        0,
        30,
        (),
        0,
        [
            ("link", "one", 20, 25, "u", None, None),
            ("link", "two", 0, 5, "v", None, None),
        ],
    )
    builder.passage(
        "three",
        "paragraph",
        40,
        50,
        (),
        0,
        [
            ("link", "three", 10, 12, "w", None, None),
        ],
    )
    builder.citation(("link", "related", 60, 70, "r", None, "Ann"))
    passages, citations = builder.views(order="start")
    assert [c.text for c in citations] == ["two", "three", "one", "related"]
    assert [c.text for c in passages[0].citations] == ["one", "two"]
    assert [c.text for c in passages[1].citations] == ["three"]
    assert citations[3].speaker == "Ann" and citations[3].span == Span(start=60, end=70)
