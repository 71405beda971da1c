"""The LangChain loader and the LlamaIndex reader, with the real libraries.

The libraries are imported by fixtures, not at module level: pytest imports every
test module before running any test, and a parent process grown by them would be
charged to the children of the resource-budget tests (Linux keeps the peak RSS of a
forked child across exec)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import seedparse
from seedparse import ArgumentError

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
SCALARS = (str, int, float, bool)


@pytest.fixture(scope="module")
def lc() -> SimpleNamespace:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document

    from seedparse.integrations.langchain import SeedparseLoader

    return SimpleNamespace(BaseLoader=BaseLoader, Document=Document, Loader=SeedparseLoader)


@pytest.fixture(scope="module")
def li() -> SimpleNamespace:
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import Document, MetadataMode, NodeRelationship, TextNode

    from seedparse.integrations.llama_index import SeedparseReader

    return SimpleNamespace(
        BaseReader=BaseReader,
        Document=Document,
        MetadataMode=MetadataMode,
        NodeRelationship=NodeRelationship,
        TextNode=TextNode,
        Reader=SeedparseReader,
    )


def assert_vector_store_safe(metadata: dict[str, object]) -> None:
    for key, value in metadata.items():
        assert isinstance(key, str)
        if isinstance(value, list):
            assert value, key  # no empty lists
            assert all(isinstance(item, SCALARS) for item in value), key
            assert len({type(item) for item in value}) == 1, key
        else:
            assert isinstance(value, SCALARS), (key, value)


def test_langchain_loader_yields_one_document_per_chunk(lc: SimpleNamespace) -> None:
    loader = lc.Loader(SEEDS, max_chars=800)
    assert isinstance(loader, lc.BaseLoader)
    documents = list(loader.lazy_load())
    assert all(isinstance(d, lc.Document) for d in documents)
    expected = [c for d in seedparse.load_dir(SEEDS) for c in d.chunks(max_chars=800)]
    assert [d.id for d in documents] == [c.id for c in expected]
    assert [d.page_content for d in documents] == [c.text for c in expected]
    for document in documents:
        assert_vector_store_safe(document.metadata)
    note = next(d for d in documents if d.metadata.get("timestamps"))
    assert len(note.metadata["timestamps"]) == len(note.metadata["deep_links"])
    assert all(
        link.startswith("https://www.youtube.com/watch?v=") for link in note.metadata["deep_links"]
    )
    quoted = [d for d in documents if d.metadata.get("speakers")]
    assert quoted and all(d.metadata["quotations"] >= 1 for d in quoted)
    assert loader.load() == documents  # lc.BaseLoader.load goes through lazy_load


def test_langchain_loader_per_document_and_per_file(lc: SimpleNamespace) -> None:
    path = SEEDS / "004_e041d8bb4dc4c786.txt"
    (document,) = lc.Loader(path, mode="documents").load()
    doc = seedparse.load(path)
    assert document.id == doc.id and document.page_content == doc.text
    assert document.metadata["published"] == "2025-03-13"
    assert document.metadata["authors"] == ["Alexander Baunov"]
    assert_vector_store_safe(document.metadata)


def test_langchain_loader_errors(tmp_path: Path, lc: SimpleNamespace) -> None:
    (tmp_path / "good.txt").write_text("A title\n\nSome text here.\n", encoding="utf-8")
    (tmp_path / "bad.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert len(lc.Loader(tmp_path, errors="skip", mode="documents").load()) == 1
    with pytest.raises(seedparse.SeedparseError):
        lc.Loader(tmp_path, mode="documents").load()
    assert lc.Loader(tmp_path / "bad.bin", errors="skip").load() == []
    with pytest.raises(ArgumentError, match="mode"):
        lc.Loader(tmp_path, mode="pages")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="errors"):
        lc.Loader(tmp_path, errors="collect")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="overlap"):
        lc.Loader(tmp_path, max_chars=10, overlap=10)


def test_llama_index_reader_yields_documents_with_scalar_metadata(li: SimpleNamespace) -> None:
    reader = li.Reader()
    assert isinstance(reader, li.BaseReader)
    documents = reader.load_data(SEEDS, extra_info={"collection": "seeds"})
    assert all(type(d) is li.Document for d in documents)
    loaded = seedparse.load_dir(SEEDS)
    assert [d.id_ for d in documents] == [d.id for d in loaded]
    assert [d.text for d in documents] == [d.text for d in loaded]
    for document in documents:
        assert_vector_store_safe(document.metadata)
        assert document.metadata["collection"] == "seeds"
        embedded = document.get_content(metadata_mode=li.MetadataMode.EMBED)
        assert "digest" not in embedded and document.metadata["source"] not in embedded


def test_llama_index_nodes_relate_to_their_source_document(li: SimpleNamespace) -> None:
    nodes = li.Reader(mode="nodes", max_chars=600).load_data(SEEDS / "000_677e4bc371030c04.txt")
    doc = seedparse.load(SEEDS / "000_677e4bc371030c04.txt")
    chunks = doc.chunks(max_chars=600)
    assert all(type(n) is li.TextNode for n in nodes)
    assert [n.id_ for n in nodes] == [c.id for c in chunks]
    for number, node in enumerate(nodes):
        assert node.source_node is not None and node.source_node.node_id == doc.id
        assert node.ref_doc_id == doc.id
        if number:
            assert node.relationships[li.NodeRelationship.PREVIOUS].node_id == nodes[number - 1].id_
        if number + 1 < len(nodes):
            assert node.relationships[li.NodeRelationship.NEXT].node_id == nodes[number + 1].id_
        assert_vector_store_safe(node.metadata)
    assert li.NodeRelationship.PREVIOUS not in nodes[0].relationships
    assert any(n.metadata.get("deep_links") for n in nodes)


def test_llama_index_reader_options(li: SimpleNamespace) -> None:
    with pytest.raises(ArgumentError, match="mode"):
        li.Reader(mode="chunks")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="max_chars"):
        li.Reader(max_chars=-3)


@pytest.mark.parametrize(
    ("module", "blocked", "extra"),
    [
        ("seedparse.integrations.langchain", "langchain_core", "seedparse[langchain]"),
        ("seedparse.integrations.llama_index", "llama_index", "seedparse[llama-index]"),
    ],
)
def test_without_the_library_the_error_names_the_extra(
    module: str, blocked: str, extra: str
) -> None:
    code = (
        f"import sys; sys.modules[{blocked!r}] = None\n"
        "import seedparse\n"
        "try:\n"
        f"    import {module}\n"
        "except seedparse.ArgumentError as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("ArgumentError") and extra in out.stdout, out.stdout + out.stderr


def test_import_seedparse_loads_none_of_the_optional_libraries() -> None:
    code = (
        "import sys, seedparse\n"
        "def loaded():\n"
        "    names = ('pyarrow', 'langchain_core', 'llama_index', 'seedparse._records.chunks')\n"
        "    return [m for m in names if m in sys.modules]\n"
        "print(loaded())\n"
        "seedparse.Chunk, seedparse.to_arrow\n"
        "print(loaded())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # asking for Chunk and to_arrow loads seedparse's own modules, never pyarrow
    assert out.stdout.splitlines() == ["[]", "['seedparse._records.chunks']"]
