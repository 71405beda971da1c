"""Document.chunks(): what each chunk carries, how passages are packed and cut."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import attrs
import pytest

import seedparse
from seedparse import ArgumentError, Chunk, Citation, Document, Passage, Span

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {Path(d.source).name[:3]: d for d in seedparse.load_dir(SEEDS)}


def test_a_transcript_chunk_knows_its_video_moments_and_deep_links(
    seeds: dict[str, Document],
) -> None:
    doc = seeds["000"]
    chunk = doc.chunks(max_chars=600)[0]
    moments = [c for c in chunk.citations if c.kind == "timestamp"]
    assert moments
    for moment in moments:
        assert moment.target == (
            f"https://www.youtube.com/watch?v={doc.metadata['video_id']}&t={moment.seconds}s"
        )
        assert moment.text and moment.text[:20] in chunk.text
    assert chunk.metadata["video_id"] == doc.metadata["video_id"]
    assert chunk.metadata["title"] == doc.title
    assert chunk.metadata["authors"] == doc.authors


def test_an_article_chunk_knows_its_quotations_and_speakers(seeds: dict[str, Document]) -> None:
    doc = seeds["002"]
    quotes = [c for chunk in doc.chunks(max_chars=800) for c in chunk.citations]
    assert quotes and {c.kind for c in quotes} == {"quotation"}
    assert any(c.speaker for c in quotes)
    for chunk in doc.chunks(max_chars=800):
        for quote in chunk.citations:
            assert quote.text.strip('“”"')[:15] in chunk.text


def test_chunks_pack_consecutive_passages_and_never_cut_one_that_fits(
    seeds: dict[str, Document],
) -> None:
    doc = seeds["003"]
    chunks = doc.chunks(max_chars=1000)
    assert len(chunks) < len(doc.passages)  # passages were merged
    whole = {p.text for p in doc.passages}
    for chunk in chunks:
        assert len(chunk.text) <= 1000
        for part in chunk.text.split("\n\n"):
            assert part in whole  # no passage shorter than max_chars was cut
        assert chunk.passages == tuple(range(chunk.passages[0], chunk.passages[-1] + 1))


def test_top_level_sections_are_not_crossed_unless_asked(seeds: dict[str, Document]) -> None:
    doc = seeds["000"]
    for chunk in doc.chunks(max_chars=100_000):
        assert len(chunk.section) >= 1
        assert doc.passages[chunk.passages[0]].kind == "heading"  # each starts its section
    sections = [p.text for p in doc.passages if p.kind == "heading" and not p.section]
    assert len(doc.chunks(max_chars=100_000)) == len(sections)
    (whole,) = doc.chunks(max_chars=100_000, cross_sections=True)
    assert whole.section == () and whole.passages == tuple(range(len(doc.passages)))


def test_a_heading_is_kept_with_what_follows(seeds: dict[str, Document]) -> None:
    doc = seeds["000"]
    for max_chars in (200, 400, 700):
        for chunk in doc.chunks(max_chars=max_chars, overlap=max_chars // 5):
            kinds = [doc.passages[i].kind for i in chunk.passages]
            # a heading ends a chunk only when nothing after it fits with it
            assert kinds[-1] != "heading" or set(kinds) == {"heading"}


def _long_passage_doc() -> Document:
    sentences = [f"Sentence number {i} says something about the talks." for i in range(40)]
    text = " ".join(sentences)
    anchor = '<a class="yt-timestamp" data-t="00:00:10">[00:00:10]</a>'
    raw_parts, cites, offset = [], [], 0
    for i, sentence in enumerate(sentences):
        raw_parts.append(sentence)
        offset += len(sentence)
        if i % 3 == 0:
            cites.append(
                Citation(
                    kind="timestamp",
                    text=sentence,
                    span=Span(start=offset, end=offset + len(anchor)),
                    target="https://www.youtube.com/watch?v=v&t=10s",
                    seconds=10,
                )
            )
            raw_parts.append(anchor)
            offset += len(anchor)
        raw_parts.append(" ")
        offset += 1
    passage = Passage(
        text=text, kind="paragraph", span=Span(start=0, end=offset - 1), citations=tuple(cites)
    )
    return Document(source="<test>", reader="t", passages=(passage,), citations=tuple(cites))


def test_a_passage_longer_than_max_chars_is_cut_at_sentence_ends() -> None:
    doc = _long_passage_doc()
    chunks = doc.chunks(max_chars=300)
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk.text) <= 300
        assert chunk.text.endswith(".") and chunk.text[0].isupper()
        assert chunk.passages == (0,)
    # the pieces' spans tile the passage's span
    edges = [(c.spans[0].start, c.spans[0].end) for c in chunks]
    assert edges[0][0] == 0 and edges[-1][1] == doc.passages[0].span.end
    assert all(a[1] == b[0] for a, b in pairwise(edges))
    assert sum(len(c.citations) for c in chunks) == len(doc.citations)


def test_a_sentence_longer_than_max_chars_is_cut_between_words_then_characters() -> None:
    text = "word " * 50 + "x" * 120
    doc = Document(
        source="<t>",
        reader="t",
        passages=(Passage(text=text.strip(), kind="paragraph", span=Span(start=0, end=len(text))),),
    )
    chunks = doc.chunks(max_chars=50)
    assert all(len(c.text) <= 50 for c in chunks)
    assert all(c.text.endswith("word") for c in chunks[:5])
    assert "".join(c.text.replace(" ", "") for c in chunks).replace("word", "") == "x" * 120
    assert [len(c.text) for c in chunks[-3:]] == [50, 50, 20]  # the 120-character word


def test_overlap_repeats_the_end_of_the_previous_chunk() -> None:
    doc = _long_passage_doc()
    chunks = doc.chunks(max_chars=300, overlap=80)
    assert chunks[0].overlap == 0
    for previous, chunk in pairwise(chunks):
        assert 0 < chunk.overlap <= 80
        context = chunk.text[: chunk.overlap].rstrip()
        assert previous.text.endswith(context)
        assert len(chunk.text) <= 300


def test_no_overlap_across_a_top_level_section(seeds: dict[str, Document]) -> None:
    doc = seeds["000"]
    chunks = doc.chunks(max_chars=300, overlap=60)
    assert any(c.overlap for c in chunks)
    for chunk in chunks:
        first = doc.passages[chunk.passages[0]]
        if first.kind == "heading" and not first.section:  # it opens a top-level section
            assert chunk.overlap == 0 and chunk.text.startswith(first.text)
    crossed = doc.chunks(max_chars=300, overlap=60, cross_sections=True)
    # every chunk after the first repeats context, unless its own text leaves no room
    assert all(c.overlap or len(c.text) > 300 - 60 for c in crossed[1:])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_chars": 0}, "max_chars"),
        ({"max_chars": 10.5}, "max_chars"),
        ({"max_chars": True}, "max_chars"),
        ({"overlap": -1}, "overlap"),
        ({"max_chars": 100, "overlap": 100}, "overlap"),
        ({"cross_sections": "yes"}, "cross_sections"),
    ],
)
def test_bad_options_raise_argument_error(
    seeds: dict[str, Document], options: dict[str, object], message: str
) -> None:
    with pytest.raises(ArgumentError, match=message):
        seeds["001"].chunks(**options)  # type: ignore[arg-type]


def test_chunks_are_frozen_and_round_trip(seeds: dict[str, Document]) -> None:
    for doc in seeds.values():
        for chunk in doc.chunks(max_chars=500, overlap=40):
            assert Chunk.from_dict(chunk.to_dict()) == chunk
            assert hash(chunk) == hash(Chunk.from_dict(chunk.to_dict()))
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                chunk.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Chunk(id="a", document_id="b", index=0, text="t", spans=("not a span",))  # type: ignore[arg-type]


def test_an_empty_document_has_no_chunks() -> None:
    assert Document(source="x", reader="y").chunks() == ()


def test_chunking_imports_neither_pyarrow_nor_the_adapters() -> None:
    code = (
        "import sys, seedparse; d = seedparse.load_dir('seeds')[0]; d.chunks(); d.id; "
        "print([m for m in ('pyarrow', 'langchain_core', 'llama_index') if m in sys.modules])"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"


def test_text_without_spaces_is_cut_at_full_stops() -> None:
    text = "今天天气很好。我们去公园散步吧\uff01你觉得怎么样\uff1f" * 10
    passage = Passage(text=text, kind="paragraph", span=Span(start=0, end=len(text)))
    chunks = Document(source="<t>", reader="t", passages=(passage,)).chunks(max_chars=50)
    assert len(chunks) > 1
    assert all(c.text[-1] in "\u3002\uff01\uff1f" and len(c.text) <= 50 for c in chunks)
    assert "".join(c.text for c in chunks) == text
