"""parse_bytes decodes exactly as files are decoded: same Documents, same errors."""

from __future__ import annotations

import codecs
import functools
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedparse
from seedparse import ArgumentError, DecodeError, Document, LimitExceeded, SeedparseError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def _outcome(call):  # type: ignore[no-untyped-def]
    try:
        return call()
    except SeedparseError as error:
        return error


def _same(a: object, b: object) -> bool:
    """Equal Documents apart from the source, or errors of one type and message."""
    if isinstance(a, Document) and isinstance(b, Document):
        return attrs.evolve(a, source=b.source) == b
    return type(a) is type(b) and getattr(a, "message", None) == getattr(b, "message", None)


@pytest.mark.parametrize("name", sorted(os.listdir(SEEDS)))
def test_seed_bytes_give_the_files_document(name: str) -> None:
    data = (SEEDS / name).read_bytes()
    document = seedparse.parse_bytes(data, source="crawl://" + name)
    assert document.source == "crawl://" + name
    assert _same(document, seedparse.load(SEEDS / name))
    assert seedparse.parse_bytes(bytearray(data)) == seedparse.parse_bytes(memoryview(data))
    assert seedparse.parse_bytes(data).source == "<bytes>"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + b"Title line\n\nA paragraph of words.\r\n",
        codecs.BOM_UTF16_LE + "Title line\n\nA paragraph of words.\n".encode("utf-16-le"),
        codecs.BOM_UTF32_BE + "Title line\n\nA paragraph.\n".encode("utf-32-be"),
        "Caf\xe9 society\n\nNa\xefve words, \u20ac5.\n".encode("cp1252"),
        b"ok \xff\xfe bytes\n",
    ],
)
def test_bytes_decode_as_the_same_file(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    assert _same(seedparse.parse_bytes(data), seedparse.load(path))
    for encoding in ("cp1252", "utf-8"):
        forced = functools.partial(seedparse.parse_bytes, data, encoding=encoding)
        loaded = functools.partial(seedparse.load, path, encoding=encoding)
        assert _same(_outcome(forced), _outcome(loaded))


def test_binary_strict_and_limits() -> None:
    with pytest.raises(DecodeError, match="binary content"):
        seedparse.parse_bytes(PNG, source="image")
    with pytest.raises(DecodeError) as strict:
        seedparse.parse_bytes(b"ok \xff", source="s", encoding_errors="strict")
    assert (strict.value.source, strict.value.offset) == ("s", 3)
    with pytest.raises(LimitExceeded):
        seedparse.parse_bytes(b"x" * 101, limits=seedparse.Limits(max_bytes=100))
    with pytest.raises(DecodeError):
        seedparse.parse_bytes(PNG, encoding="latin-1")


def test_bad_arguments() -> None:
    with pytest.raises(ArgumentError, match="takes bytes"):
        seedparse.parse_bytes("text")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError):
        seedparse.parse_bytes(b"x", encoding="no-such-codec")
    with pytest.raises(ArgumentError):
        seedparse.parse_bytes(b"x", encoding="base64")
    with pytest.raises(ArgumentError):
        seedparse.parse_bytes(b"x", encoding_errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(seedparse.ReaderError):
        seedparse.parse_bytes(b"x", reader="no-such-reader")


@given(data=st.binary(max_size=2048), strict=st.booleans())
def test_any_bytes_decode_as_the_same_file_would(
    data: bytes, strict: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "input.txt"
    path.write_bytes(data)
    errors = "strict" if strict else "replace"
    from_bytes = _outcome(lambda: seedparse.parse_bytes(data, encoding_errors=errors))
    from_file = _outcome(lambda: seedparse.load(path, encoding_errors=errors))
    assert isinstance(from_bytes, (Document, SeedparseError))
    assert _same(from_bytes, from_file)
