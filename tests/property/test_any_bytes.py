"""R3, R25, R26 as properties: any bytes give a Document or a SeedparseError, the
same every time, plain data; BOM/CRLF/CR twins give the same Document."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_bytes, line_ends, texts

import seedparse
from seedparse import Document, SeedparseError
from seedparse.testing import check_document

READERS = [None, *(info.name for info in seedparse.readers() if info.origin == "builtin")]


def outcome(call):  # type: ignore[no-untyped-def]
    try:
        return call()
    except SeedparseError as error:  # the only exception allowed out
        return error


def assert_clean(result, text: str | None) -> None:  # type: ignore[no-untyped-def]
    if isinstance(result, SeedparseError):
        str(result).encode("utf-8")  # messages are printable
        return
    assert isinstance(result, Document)
    if text is not None:
        assert check_document(result, text) == []
    json.dumps(result.to_dict(), allow_nan=False, ensure_ascii=False).encode("utf-8")


@given(data=any_bytes)
def test_r25_any_bytes_through_load_give_a_document_or_a_seedparse_error(
    data: bytes, tmp_path_factory
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "input.md"
    path.write_bytes(data)
    first = outcome(lambda: seedparse.load(path))
    text = outcome(lambda: seedparse.read_text(path))
    assert_clean(first, text if isinstance(text, str) else None)
    again = outcome(lambda: seedparse.load(path))
    if isinstance(first, Document):  # determinism
        assert again == first
    else:
        assert type(again) is type(first) and str(again) == str(first)
    strict = outcome(lambda: seedparse.load(path, encoding_errors="strict"))
    assert_clean(strict, None)


@given(text=texts, reader=st.sampled_from(READERS))
def test_r25_any_text_through_parse_gives_a_document_or_a_seedparse_error(
    text: str, reader: str | None
) -> None:
    result = outcome(lambda: seedparse.parse(text, reader=reader))
    assert_clean(result, seedparse.normalize_text(text))
    assert outcome(lambda: seedparse.parse(text, reader=reader)) == result or isinstance(
        result, SeedparseError
    )


@given(text=texts, end=line_ends, bom=st.booleans(), reader=st.sampled_from(READERS))
def test_r3_bom_crlf_cr_twins_give_the_same_document(
    text: str, end: str, bom: bool, reader: str | None
) -> None:
    plain = seedparse.normalize_text(text)
    twin = ("\ufeff" if bom else "") + plain.replace("\n", end)
    first = outcome(lambda: seedparse.parse(plain, reader=reader))
    second = outcome(lambda: seedparse.parse(twin, reader=reader))
    if isinstance(first, Document):
        assert second == first
    else:
        assert type(second) is type(first) and second.message == first.message


@given(text=texts, end=line_ends, bom=st.booleans())
def test_r3_twin_files_give_the_same_document(
    text: str, end: str, bom: bool, tmp_path_factory
) -> None:
    plain = seedparse.normalize_text(text)
    folder = tmp_path_factory.mktemp("twins")
    (folder / "a.md").write_bytes(plain.encode("utf-8"))
    (folder / "b.md").write_bytes(
        (b"\xef\xbb\xbf" if bom else b"") + plain.replace("\n", end).encode("utf-8")
    )
    first = outcome(lambda: seedparse.load(folder / "a.md"))
    second = outcome(lambda: seedparse.load(folder / "b.md"))
    if isinstance(first, Document):
        assert isinstance(second, Document)
        assert second.to_dict() | {"source": ""} == first.to_dict() | {"source": ""}
    else:
        assert type(second) is type(first)


@given(text=texts, reader=st.sampled_from(READERS))
def test_r26_documents_round_trip_through_json(text: str, reader: str | None) -> None:
    result = outcome(lambda: seedparse.parse(text, reader=reader))
    if isinstance(result, Document):
        dumped = json.dumps(result.to_dict(), allow_nan=False)
        assert Document.from_dict(json.loads(dumped)) == result
