"""Chunk invariants on generated documents, synthetic and parsed.

For any document and any options: the chunks' own text holds every passage's text in
order, no chunk is longer than max_chars unless it holds (part of) one passage, every
citation of a chunk lies inside one of its spans and every passage citation is in
exactly one chunk, chunks never cross a top-level section unless asked, and ids are
unique.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import seedparse
from seedparse import Chunk, Citation, Document, Passage, Span

WORDS = st.sampled_from(
    ["the", "talks", "Kremlin", "ceasefire", "négociations", "переговори", "a", "NATO", "x" * 60]
)
TERMINATORS = st.sampled_from([".", "!", "?", ".”", "…", ""])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=25))
    return " ".join(words) + draw(TERMINATORS)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A Document as a note reader would give it: the source is the passages' text
    with anchor markup after some sentences (timestamp citations) and some sentences
    quoted (quotation citations), one passage per block, under ##/### headings."""
    source: list[str] = []
    offset = 0
    passages: list[Passage] = []
    trail: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.integers(0, 4)) == 0:
            level = draw(st.sampled_from([1, 2]))
            title = draw(sentences()).rstrip(".!?…”")[:40] or "Part"
            trail = [*trail[: level - 1], title]
            raw = "#" * (level + 1) + " " + title
            passages.append(
                Passage(
                    text=title,
                    kind="heading",
                    span=Span(start=offset, end=offset + len(raw)),
                    section=tuple(trail[:-1]),
                )
            )
        else:
            kind = draw(st.sampled_from(["paragraph", "list_item", "quote", "code"]))
            text_parts: list[str] = []
            raw_parts: list[str] = []
            cites: list[Citation] = []
            position = offset
            for number, sentence in enumerate(draw(st.lists(sentences(), min_size=1, max_size=8))):
                if number:
                    text_parts.append(" ")
                    raw_parts.append(" ")
                    position += 1
                how = draw(st.sampled_from(["plain", "anchor", "quote"]))
                if how == "quote":
                    raw = "“" + sentence + "”"
                    cites.append(
                        Citation(
                            kind="quotation",
                            text="“" + sentence + "”",
                            span=Span(start=position, end=position + len(raw)),
                            speaker="Someone",
                        )
                    )
                    text_parts.append(raw)
                    raw_parts.append(raw)
                    position += len(raw)
                    continue
                text_parts.append(sentence)
                raw_parts.append(sentence)
                position += len(sentence)
                if how == "anchor":
                    anchor = '<a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>'
                    cites.append(
                        Citation(
                            kind="timestamp",
                            text=sentence,
                            span=Span(start=position, end=position + len(anchor)),
                            target="https://www.youtube.com/watch?v=v&t=62s",
                            seconds=62,
                        )
                    )
                    raw_parts.append(anchor)
                    position += len(anchor)
            raw = "".join(raw_parts)
            passages.append(
                Passage(
                    text="".join(text_parts),
                    kind=kind,
                    span=Span(start=offset, end=offset + len(raw)),
                    section=tuple(trail),
                    citations=tuple(cites),
                )
            )
        offset = passages[-1].span.end + 2
        source.append(raw)
    return Document(
        source="<generated>",
        reader="transcript-note",
        title="Generated",
        metadata={"video_id": "v", "tags": "one"},
        passages=tuple(passages),
        citations=tuple(c for p in passages for c in p.citations),
    )


def _squash(text: str) -> str:
    return "".join(text.split())


def check_invariants(
    doc: Document, chunks: tuple[Chunk, ...], max_chars: int, cross_sections: bool
) -> None:
    # Coverage: the chunks' own content is the body, in order.
    assert _squash("".join(c.text[c.overlap :] for c in chunks)) == _squash(doc.text)
    assert len({c.id for c in chunks}) == len(chunks)
    seen: list[Citation] = []
    for number, chunk in enumerate(chunks):
        assert chunk.index == number and chunk.document_id == doc.id
        # Size: over max_chars only for a part of a single passage.
        if len(chunk.text) > max_chars:
            assert len(chunk.passages) == 1, (len(chunk.text), chunk.passages)
        # Every citation inside one of the chunk's spans.
        for citation in chunk.citations:
            assert any(
                s.start <= citation.span.start and citation.span.end <= s.end for s in chunk.spans
            ), (citation, chunk.spans)
        seen.extend(chunk.citations)
        # Spans lie inside the passages they come from, in order.
        for span, index in zip(chunk.spans, chunk.passages, strict=True):
            passage = doc.passages[index]
            assert passage.span.start <= span.start <= span.end <= passage.span.end
        if not cross_sections:
            tops = set()
            for index in chunk.passages:
                passage = doc.passages[index]
                trail = (
                    (*passage.section, passage.text)
                    if passage.kind == "heading"
                    else passage.section
                )
                tops.add(trail[:1])
            assert len(tops) == 1, tops
    assert seen == [c for p in doc.passages for c in p.citations]


options = st.tuples(
    st.integers(1, 700),
    st.floats(0, 0.9),
    st.booleans(),
).map(lambda t: (t[0], int(t[0] * t[1]), t[2]))


@given(documents(), options)
def test_chunks_of_generated_documents_keep_the_invariants(
    doc: Document, opts: tuple[int, int, bool]
) -> None:
    max_chars, overlap, cross = opts
    chunks = doc.chunks(max_chars=max_chars, overlap=overlap, cross_sections=cross)
    check_invariants(doc, chunks, max_chars, cross)
    for chunk in chunks:
        assert Chunk.from_dict(chunk.to_dict()) == chunk


@st.composite
def note_texts(draw: st.DrawFn) -> str:
    """A transcript note's source text, for the real reader."""
    lines = ["---", "title: Generated note", "videoId: abcDEF12345", "---", ""]
    lines.append("From: [[some_channel]] <br/>")
    for _ in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            lines += ["", "#" * draw(st.sampled_from([2, 3])) + " " + draw(sentences())[:30], ""]
        sentences_ = draw(st.lists(sentences(), min_size=1, max_size=6))
        seconds = draw(
            st.lists(st.integers(0, 7200), min_size=len(sentences_), max_size=len(sentences_))
        )
        body = " ".join(
            f'{s} <a class="yt-timestamp" data-t="{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}">'
            f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}]</a>"
            for s, t in zip(sentences_, seconds, strict=True)
        )
        lines.append(("*   " if draw(st.booleans()) else "") + body)
    return "\n".join(lines) + "\n"


@given(note_texts(), options)
def test_chunks_of_parsed_notes_keep_the_invariants(text: str, opts: tuple[int, int, bool]) -> None:
    doc = seedparse.parse(text, reader="transcript-note")
    max_chars, overlap, cross = opts
    chunks = doc.chunks(max_chars=max_chars, overlap=overlap, cross_sections=cross)
    check_invariants(doc, chunks, max_chars, cross)
    for chunk in chunks:
        for citation in chunk.citations:
            assert citation.kind in ("timestamp", "wikilink")
            if citation.kind == "timestamp":
                assert citation.target is not None and "abcDEF12345" in citation.target


def test_the_seeds_keep_the_invariants_for_many_sizes() -> None:
    for doc in seedparse.load_dir("seeds"):
        for max_chars in (1, 7, 40, 120, 300, 800, 2000, 10_000):
            for overlap in {0, max_chars // 4, max_chars - 1}:
                for cross in (False, True):
                    chunks = doc.chunks(max_chars=max_chars, overlap=overlap, cross_sections=cross)
                    check_invariants(doc, chunks, max_chars, cross)


NOISE = st.sampled_from(
    [
        "---\n", "title: t\n", "videoId: v1\n", "[[", "]]", "|", "## ", "### ", "> ", "*   ",
        '<a class="yt-timestamp" data-t="00:01:02">', "[00:01:02]</a>", "[00:00:07]",
        "\u201c", "\u201d", ", said Ann Lee.", "&amp;", ". ", "\n", "\n\n", "word ", "{", "}",
        '"authors": ["A"]', "x" * 90, "<p>", "</p>", "<html><body>",
    ]
)  # fmt: skip


@given(
    st.lists(st.one_of(NOISE, st.text(max_size=8)), max_size=80).map("".join),
    st.sampled_from([None, "transcript-note", "article", "web-page"]),
    options,
)
def test_chunks_of_noisy_input_keep_the_invariants(
    text: str, reader: str | None, opts: tuple[int, int, bool]
) -> None:
    try:
        doc = seedparse.parse(text, reader=reader)
    except seedparse.ParseError:
        return
    max_chars, overlap, cross = opts
    chunks = doc.chunks(max_chars=max_chars, overlap=overlap, cross_sections=cross)
    check_invariants(doc, chunks, max_chars, cross)
