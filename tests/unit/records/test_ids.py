"""Document, passage and chunk ids: stable across processes, content-addressed,
derived as documented (docs/vector-index.md), unique."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import attrs

import seedparse
from seedparse import Document, Passage, Span

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

_IDS_SCRIPT = """
import json, sys, seedparse
docs = seedparse.load_dir(sys.argv[1])
print(json.dumps([
    [d.id, list(d.passage_ids), [c.id for c in d.chunks(max_chars=500, overlap=50)]]
    for d in docs
]))
"""


def _ids_in_fresh_process(root: Path, hash_seed: str) -> list[object]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run(
        [sys.executable, "-c", _IDS_SCRIPT, str(root)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout)


def test_ids_are_equal_in_two_processes_with_different_hash_seeds() -> None:
    first = _ids_in_fresh_process(SEEDS, "1")
    second = _ids_in_fresh_process(SEEDS, "4242")
    assert first == second
    here = [
        [d.id, list(d.passage_ids), [c.id for c in d.chunks(max_chars=500, overlap=50)]]
        for d in seedparse.load_dir(SEEDS)
    ]
    assert here == first


def test_ids_follow_the_documented_derivation() -> None:
    path = SEEDS / "000_677e4bc371030c04.txt"
    doc = seedparse.load(path)
    text = seedparse.read_text(path)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/seedparse/seedparse/ids/1")
    assert doc.digest == digest
    assert doc.id == str(uuid.uuid5(namespace, f"document/{doc.reader}/{digest}"))
    assert doc.passage_ids[3] == str(uuid.uuid5(uuid.UUID(doc.id), "passage/3"))
    chunk = doc.chunks(max_chars=700, overlap=70)[2]
    assert chunk.id == str(uuid.uuid5(uuid.UUID(doc.id), "chunk/700/70/0/2"))
    assert uuid.UUID(doc.id).version == 5


def test_chunk_ids_are_chunk_id_of_each_index() -> None:
    """The batch derivation the chunker uses and the single one agree, for every
    chunking option (cross_sections included), so neither can drift from the docs."""
    from seedparse._records.ids import chunk_id, chunk_ids

    doc_id = seedparse.load(SEEDS / "000_677e4bc371030c04.txt").id
    for chunking in ((700, 70, False), (2000, 0, True)):
        max_chars, overlap, cross = chunking
        single = [
            chunk_id(doc_id, i, max_chars=max_chars, overlap=overlap, cross_sections=cross)
            for i in range(4)
        ]
        assert list(chunk_ids(doc_id, 4, chunking)) == single
    flag = str(uuid.uuid5(uuid.UUID(doc_id), "chunk/2000/0/1/3"))
    assert chunk_ids(doc_id, 4, (2000, 0, True))[3] == flag
    assert chunk_ids(doc_id, 0, (700, 70, False)) == ()


def test_ids_are_unique_across_documents_passages_and_chunks() -> None:
    docs = seedparse.load_dir(SEEDS)
    ids = [d.id for d in docs]
    ids += [p for d in docs for p in d.passage_ids]
    ids += [c.id for d in docs for c in d.chunks(max_chars=300)]
    assert len(ids) == len(set(ids))


def test_the_same_bytes_in_two_folders_give_the_same_id(tmp_path: Path) -> None:
    for folder in ("a", "b/c"):
        (tmp_path / folder).mkdir(parents=True)
        shutil.copy(SEEDS / "002_1b1692190eeeccc8.txt", tmp_path / folder / "copy.txt")
    first, second = seedparse.load_dir(tmp_path)
    assert first.source != second.source
    assert first.id == second.id
    assert first.passage_ids == second.passage_ids


def test_a_crlf_and_bom_twin_has_the_same_id_and_another_text_another(tmp_path: Path) -> None:
    text = (SEEDS / "000_677e4bc371030c04.txt").read_text(encoding="utf-8")
    (tmp_path / "lf.md").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "crlf.md").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    (tmp_path / "edited.md").write_text(text + "\nOne more line.\n", encoding="utf-8")
    crlf, edited, lf = seedparse.load_dir(tmp_path)
    assert lf.id == crlf.id
    assert edited.id != lf.id


def test_the_digest_from_the_bytes_read_is_the_digest_of_the_text(tmp_path: Path) -> None:
    # load hashes the bytes it read (line ends normalised) instead of encoding the text
    # again; parse has only the text: both must be SHA-256 of the text's UTF-8.
    text = "Grüße aus Köln 😀\r\nZweite Zeile\rdritte\n\n„Zitat“, sagte sie.\r\n"
    path = tmp_path / "mixed-ends.txt"
    path.write_bytes(text.encode())
    loaded = seedparse.load(path)
    expected = hashlib.sha256(seedparse.read_text(path).encode()).hexdigest()
    assert loaded.digest == expected
    assert seedparse.parse(text, source="elsewhere").id == loaded.id


def test_parse_and_load_agree_and_the_reader_is_part_of_the_id() -> None:
    path = SEEDS / "003_048b79d3524bd487.txt"
    loaded = seedparse.load(path)
    parsed = seedparse.parse(path.read_text(encoding="utf-8"), source="elsewhere")
    assert parsed.id == loaded.id
    forced = seedparse.parse(path.read_text(encoding="utf-8"), reader="transcript-note")
    assert forced.digest == loaded.digest and forced.id != loaded.id


def test_the_id_survives_json_and_pickle() -> None:
    import pickle

    doc = seedparse.load(SEEDS / "004_e041d8bb4dc4c786.txt")
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))).id == doc.id
    assert pickle.loads(pickle.dumps(doc)).id == doc.id


def test_parallel_loading_gives_the_same_ids() -> None:
    one = [d.id for d in seedparse.load_dir(SEEDS)]
    two = [d.id for d in seedparse.load_dir(SEEDS, workers=2)]
    assert one == two


def test_a_document_built_by_hand_gets_an_id_from_its_content() -> None:
    passage = Passage(text="Hello.", kind="paragraph", span=Span(start=0, end=6))
    doc = Document(source="a", reader="mine", passages=(passage,))
    assert doc.digest is None
    assert doc.id == Document(source="b", reader="mine", passages=(passage,)).id
    assert doc.id != attrs.evolve(doc, title="Other").id
    assert uuid.UUID(doc.id).version == 5


def test_chunk_ids_differ_between_chunkings() -> None:
    doc = seedparse.load(SEEDS / "001_90dc0c2db5332aa9.txt")
    small = {c.id for c in doc.chunks(max_chars=300)}
    large = {c.id for c in doc.chunks(max_chars=3000)}
    crossed = {c.id for c in doc.chunks(max_chars=300, cross_sections=True)}
    assert not small & large and not small & crossed
