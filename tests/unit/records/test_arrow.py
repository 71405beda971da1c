"""to_arrow / write_parquet with real pyarrow: fixed schema, typed metadata, round
trips through Parquet, streaming, the CLI's Parquet output.

pyarrow is imported by fixtures, not at module level: pytest imports every test
module before running any test, and a parent process grown by pyarrow would be
charged to the children of the resource-budget tests (Linux keeps the peak RSS of a
forked child across exec)."""

from __future__ import annotations

import datetime as dt
import gc
import json
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import seedparse
from seedparse import ArgumentError, Document, Failure
from seedparse._cli import main

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
GEN = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
TABLES = ("documents", "passages", "chunks")


@pytest.fixture(scope="module")
def seeds() -> seedparse.LoadResult:
    return seedparse.load_dir(SEEDS)


@pytest.fixture(scope="module")
def pa() -> Any:
    import pyarrow

    return pyarrow


@pytest.fixture(scope="module")
def pq() -> Any:
    import pyarrow.parquet

    return pyarrow.parquet


def _note(tags: str, extra: str = "") -> str:
    return (
        f"---\ntitle: A note\nvideoId: abcdefghijk\n{tags}\n{extra}---\n\n"
        "From: [[chan]] <br/>\n\n## Part\n\n"
        'A claim. <a class="yt-timestamp" data-t="00:01:05">[00:01:05]</a>\n'
    )


@pytest.mark.parametrize("table", TABLES)
def test_seed_tables_build_and_read_back_from_parquet(
    seeds: seedparse.LoadResult, table: str, tmp_path: Path, pq: Any
) -> None:
    arrow = seedparse.to_arrow(seeds, table)  # type: ignore[arg-type]
    assert arrow.schema.equals(seedparse.arrow_schema(table))  # type: ignore[arg-type]
    expected = {
        "documents": len(seeds),
        "passages": sum(len(d.passages) for d in seeds),
        "chunks": sum(len(d.chunks()) for d in seeds),
    }[table]
    assert arrow.num_rows == expected
    path = tmp_path / f"{table}.parquet"
    pq.write_table(arrow, path)
    back = pq.read_table(path)
    assert back.equals(arrow) and back.schema.equals(arrow.schema)
    assert back.to_pylist() == arrow.to_pylist()
    streamed = tmp_path / f"{table}-streamed.parquet"
    assert seedparse.write_parquet(iter(seeds), streamed, table) == expected  # type: ignore[arg-type]
    assert pq.read_table(streamed).equals(arrow)


def test_rows_hold_what_the_objects_hold(seeds: seedparse.LoadResult) -> None:
    documents = seedparse.to_arrow(seeds, "documents").to_pylist()
    for row, doc in zip(documents, seeds, strict=True):
        assert row["id"] == doc.id and row["digest"] == doc.digest
        assert row["text"] == doc.text and row["title"] == doc.title
        assert row["authors"] == list(doc.authors)
        assert json.loads(row["metadata_json"]) == json.loads(json.dumps(doc.to_dict()["metadata"]))
        assert len(row["citations"]) == len(doc.citations)
    web = next(r for r in documents if r["reader"] == "web-page")
    assert web["published"] == dt.date(2025, 3, 13) and web["published_iso"] == "2025-03-13"
    assert web["topics"] == ["Foreign Policy", "Security", "Global Governance"]
    note = next(r for r in documents if r["reader"] == "transcript-note")
    assert note["video_id"] and note["topics"] is None
    passages = seedparse.to_arrow(seeds[:1], "passages").to_pylist()
    assert [r["id"] for r in passages] == list(seeds[0].passage_ids)
    assert [(r["start"], r["end"]) for r in passages] == [
        (p.span.start, p.span.end) for p in seeds[0].passages
    ]
    moment = passages[1]["citations"][0]
    assert moment["kind"] == "timestamp" and moment["target"].endswith(f"&t={moment['seconds']}s")
    chunks = seedparse.to_arrow(seeds[:1], "chunks", max_chars=500, overlap=50).to_pylist()
    for row, chunk in zip(chunks, seeds[0].chunks(max_chars=500, overlap=50), strict=True):
        assert row["id"] == chunk.id and row["text"] == chunk.text
        assert row["spans"] == [{"start": s.start, "end": s.end} for s in chunk.spans]
        assert [c["seconds"] for c in row["citations"]] == [c.seconds for c in chunk.citations]


def test_a_key_that_is_a_list_somewhere_is_a_list_everywhere(pa: Any) -> None:
    docs = [
        seedparse.parse(_note("tags: foo"), source="a.md"),
        seedparse.parse(_note("tags: [foo, bar]"), source="b.md"),
        seedparse.parse(_note("tags: 7"), source="c.md"),
        seedparse.parse(_note(""), source="d.md"),
    ]
    assert {type(d.metadata.get("tags")) for d in docs} == {str, tuple, int, type(None)}
    table = seedparse.to_arrow(docs)
    assert table.schema.field("tags").type == pa.list_(pa.string())
    assert table.column("tags").to_pylist() == [["foo"], ["foo", "bar"], ["7"], None]
    # the same schema whatever the documents hold
    assert table.schema.equals(seedparse.to_arrow(docs[3:]).schema)
    assert table.schema.equals(seedparse.to_arrow([]).schema)


def test_declared_metadata_columns_are_typed_and_dates_are_dates(pa: Any) -> None:
    docs = [
        seedparse.parse(_note("tags: a", "rating: 4\ndate: 2024-05-06\naliases: x\n"), source="1"),
        seedparse.parse(_note("tags: b", "rating: '5'\ndate: soon\naliases: [y, z]\n"), source="2"),
    ]
    inferred = seedparse.infer_metadata_columns(docs)
    assert inferred["aliases"] == "list[str]" and inferred["videoId"] == "str"
    assert inferred["date"] == "str"  # "soon" is not a date
    columns = {"rating": "int", "date": "date", "aliases": "list[str]"}
    table = seedparse.to_arrow(docs, metadata_columns=columns)
    assert table.schema.field("date").type == pa.date32()
    assert table.column("rating").to_pylist() == [4, 5]
    assert table.column("date").to_pylist() == [dt.date(2024, 5, 6), None]
    assert table.column("aliases").to_pylist() == [["x"], ["y", "z"]]
    assert seedparse.infer_metadata_columns(docs[:1])["date"] == "date"
    chunks = seedparse.to_arrow(docs, "chunks", metadata_columns=columns)
    assert chunks.column("rating").to_pylist() == [4, 5]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: seedparse.to_arrow(d, "rows"), "table must be"),  # type: ignore[arg-type]
        (lambda d: seedparse.to_arrow(d, metadata_columns={"title": "str"}), "already a column"),
        (lambda d: seedparse.to_arrow(d, metadata_columns={"x": "decimal"}), "must be one of"),
        (lambda d: seedparse.to_arrow(d, "chunks", max_chars=0), "max_chars"),
        (lambda d: seedparse.to_arrow([*d, "text"]), "expected a Document"),
        (lambda d: seedparse.to_arrow([Failure(path="p", error="E", message="m")]), "Failures"),
    ],
)
def test_bad_arguments_raise_argument_error(
    seeds: seedparse.LoadResult, call: object, message: str
) -> None:
    with pytest.raises(ArgumentError, match=message):
        call(list(seeds))  # type: ignore[operator]


def test_without_pyarrow_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ArgumentError, match=r"seedparse\[arrow\]"):
        seedparse.to_arrow([], "documents")


def test_write_parquet_streams_and_holds_one_batch(tmp_path: Path, pq: Any) -> None:
    """The writer must not keep Documents it has written: count the ones alive."""
    text = (SEEDS / "001_90dc0c2db5332aa9.txt").read_text(encoding="utf-8")
    alive: list[weakref.ref[Document]] = []
    most = 0

    def documents() -> Iterator[Document]:
        nonlocal most
        for number in range(1500):
            gc.collect() if number % 100 == 0 else None
            most = max(most, sum(1 for ref in alive if ref() is not None))
            doc = seedparse.parse(text + f"\nLine {number}.\n", source=f"{number}.md")
            alive.append(weakref.ref(doc))
            yield doc

    rows = seedparse.write_parquet(documents(), tmp_path / "x.parquet", "chunks")
    assert rows == pq.read_metadata(tmp_path / "x.parquet").num_rows > 1500
    assert most <= 600  # one batch (512 documents) and the few in flight, not 1500


def test_cli_writes_parquet_that_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pq: Any
) -> None:
    for table in TABLES:
        out = tmp_path / f"{table}.parquet"
        status = main(["load", str(SEEDS), "--out", str(out), "--table", table, "--no-progress"])
        assert status == 0
        back = pq.read_table(out)
        assert back.schema.metadata[b"seedparse.table"] == table.encode()
        expected = seedparse.to_arrow(seedparse.load_dir(SEEDS), table)  # type: ignore[arg-type]
        assert back.num_rows == expected.num_rows
        assert back.column("id").to_pylist() == expected.column("id").to_pylist()
    assert "5 documents:" in capsys.readouterr().out
    chunks = tmp_path / "small.parquet"
    argv = ["load", str(SEEDS), "--out", str(chunks), "--table", "chunks", "--max-chars", "300"]
    assert main([*argv, "--overlap", "30", "--no-progress"]) == 0
    meta = json.loads(pq.read_table(chunks).schema.metadata[b"seedparse.chunks"])
    assert meta == {"max_chars": 300, "overlap": 30, "cross_sections": False}
    # --table without a Parquet output is a usage error; JSON Lines is unchanged
    assert main(["load", str(SEEDS), "--table", "chunks", "--no-progress"]) == 2
    jsonl = tmp_path / "x.jsonl"
    assert main(["load", str(SEEDS), "--out", str(jsonl), "--no-progress"]) == 0
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 5


def _generate(out: Path, docs: int) -> Path:
    if not GEN.exists():
        pytest.skip(f"needs {GEN}")
    corpus = out / "corpus"
    subprocess.run(
        [sys.executable, str(GEN), "--seeds", str(SEEDS), "--out", str(corpus), "--docs", str(docs),
         "--subdirs", "7", "--dup-rate", "0.02"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return corpus


def _round_trip(corpus: Path, tmp_path: Path, pq: Any) -> None:
    docs = seedparse.load_dir(corpus)
    assert len({d.id for d in docs}) < len(docs)  # the corpus has exact duplicates
    assert len({(d.id, d.source) for d in docs}) == len(docs)
    for table in TABLES:
        arrow = seedparse.to_arrow(docs, table)  # type: ignore[arg-type]
        path = tmp_path / f"{table}.parquet"
        written = seedparse.write_parquet(seedparse.iter_dir(corpus), path, table)  # type: ignore[arg-type]
        back = pq.read_table(path)
        assert written == arrow.num_rows == back.num_rows
        assert back.equals(arrow)
        ids = back.column("id").to_pylist()
        if table == "documents":
            assert ids == [d.id for d in docs]
        else:
            assert len(set(zip(ids, back.column("source").to_pylist(), strict=True))) == len(ids)


def test_a_generated_corpus_round_trips(tmp_path: Path, pq: Any) -> None:
    _round_trip(_generate(tmp_path, 300), tmp_path, pq)


@pytest.mark.slow
def test_a_4000_document_generated_corpus_round_trips(tmp_path: Path, pq: Any) -> None:
    _round_trip(_generate(tmp_path, 4000), tmp_path, pq)


def test_the_article_records_of_what_left_the_body_are_list_columns(pa: Any) -> None:
    """leftovers, captions and dropped_markup are typed list columns, so an index can
    filter on them without parsing metadata_json."""
    text = (
        "Harbour council approves new ferry timetable\n\n"
        "Photo: A. Jansen/Agency\n\n"
        "The harbour council voted on Tuesday to add two evening ferries from May,\n"
        "after a year of complaints from commuters <br> about the last boat at nine.\n\n"
        "The new timetable starts on the first Monday of the month, the council said.\n\n"
        "Share this article\n"
    )
    docs = [seedparse.parse(text, reader="article", source="a.txt")]
    meta = docs[0].metadata
    assert meta.get("captions") and meta.get("leftovers") and meta.get("dropped_markup")
    table = seedparse.to_arrow(docs)
    for key in ("leftovers", "captions", "dropped_markup"):
        assert table.schema.field(key).type == pa.list_(pa.string())
        assert table.column(key).to_pylist() == [list(meta[key])]
