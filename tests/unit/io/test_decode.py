"""R3 and R4: explicit decoding, a recorded fallback, binary refused, twins equal."""

from __future__ import annotations

import codecs
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import DecodeError, normalize_text
from seedparse._io.decode import decode_bytes, scrub_surrogates

NOTE = "---\ntitle: Twin test\n---\n\n# Heading\n\nFirst paragraph.\n\nSecond one [[a | b]].\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def _same_apart_from_source(a: seedparse.Document, b: seedparse.Document) -> bool:
    return a.to_dict() | {"source": ""} == b.to_dict() | {"source": ""}


@pytest.mark.parametrize(
    "bom, codec",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_r3_bom_selects_the_codec(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + NOTE.encode(codec))
    assert decoded.text == NOTE
    assert decoded.encoding == codec
    assert decoded.warnings == ()


def test_r3_utf16_file_loads_and_records_its_encoding(tmp_path) -> None:
    path = tmp_path / "wide.md"
    path.write_bytes(codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"))
    plain = tmp_path / "plain.md"
    plain.write_text(NOTE)
    doc = seedparse.load(path)
    assert doc.metadata["encoding"] == {
        "name": "utf-16-le",
        "method": "bom",
        "confidence": 1.0,
        "replaced": 0,
    }
    assert [p.text for p in doc.passages] == [p.text for p in seedparse.load(plain).passages]


def test_r3_invalid_utf8_that_no_encoding_fits_is_replaced_and_recorded(tmp_path) -> None:
    path = tmp_path / "broken.txt"
    # Too little to go on: the detector finds no reading clean enough.
    path.write_bytes(b"a\x80b\x80c\x81\n")
    doc = seedparse.load(path)
    assert "a\ufffdb\ufffdc\ufffd" in doc.text
    assert doc.metadata["encoding"] == {
        "name": "utf-8",
        "method": "utf-8",
        "confidence": 0.0,
        "replaced": 3,
    }
    assert any("3 undecodable" in w and "U+FFFD" in w for w in doc.metadata["warnings"])
    assert doc.warnings == doc.metadata["warnings"]


def test_r3_genuine_replacement_characters_are_not_counted() -> None:
    decoded = decode_bytes("\ufffd ok ".encode() + b"\xff")
    assert "1 undecodable" in decoded.warnings[0]


def test_r3_strict_mode_raises_with_the_byte_offset(tmp_path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xc3\x28 rest")
    with pytest.raises(DecodeError) as caught:
        seedparse.load(path, encoding_errors="strict")
    assert caught.value.offset == 3
    assert "byte 3" in str(caught.value)
    with pytest.raises(DecodeError) as caught:
        decode_bytes(codecs.BOM_UTF8 + b"ok\xff", strict=True)
    assert caught.value.offset == 5  # counted from the start of the file, BOM included


def test_r3_no_ignore_anywhere_in_decoding() -> None:
    # "ignore" would silently drop bytes; every bad byte must leave a trace.
    decoded = decode_bytes(b"a\x80b\x80c")
    assert decoded.text == "a\ufffdb\ufffdc"
    assert decoded.replaced == 2


@pytest.mark.parametrize(
    "data",
    [
        b"caf\xe9",
        b"\xed\xa0\x80",  # an encoded surrogate
        b"\xf4\x90\x80\x80",  # above U+10FFFF
        codecs.BOM_UTF16_LE + "x\ud800y".encode("utf-16-le", "surrogatepass"),
        codecs.BOM_UTF32_BE + "x\udc80".encode("utf-32-be", "surrogatepass"),
        codecs.BOM_UTF16_BE + b"\x00a\x00",  # odd length
    ],
)
def test_r3_no_surrogates_ever_come_out(data: bytes) -> None:
    text = decode_bytes(data).text
    text.encode("utf-8")  # would raise on a lone surrogate


def test_r3_surrogateescape_strings_are_scrubbed_by_parse() -> None:
    smuggled = b"caf\xe9 ok".decode("utf-8", "surrogateescape")
    doc = seedparse.parse(smuggled, source="x\udce9.md")
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    assert doc.source == "x\ufffd.md"
    assert scrub_surrogates("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


_ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(_ANY_CHAR, st.sampled_from("\ud800\udbff\udc00\udfffé")), max_size=40
    )
)
def test_r3_scrub_replaces_exactly_the_surrogates_one_for_one(text: str) -> None:
    # The encode test stands for a regex search over the surrogate range: same answer.
    expected = re.sub("[\ud800-\udfff]", "\ufffd", text)
    assert scrub_surrogates(text) == expected
    assert (scrub_surrogates(text) is text) == (expected == text)


@pytest.mark.parametrize(
    "twin",
    [
        "\ufeff" + NOTE,
        NOTE.replace("\n", "\r\n"),
        NOTE.replace("\n", "\r"),
        "\ufeff" + NOTE.replace("\n", "\r\n"),
        NOTE.replace("\n", "\r\n", 2),  # mixed line ends
    ],
    ids=["bom", "crlf", "cr", "bom-crlf", "mixed"],
)
def test_r3_bom_crlf_cr_twins_give_the_same_document(twin: str, tmp_path) -> None:
    assert normalize_text(twin) == NOTE
    assert seedparse.parse(twin) == seedparse.parse(NOTE)
    plain, other = tmp_path / "plain.md", tmp_path / "twin.md"
    plain.write_bytes(NOTE.encode())
    other.write_bytes(twin.encode())
    assert _same_apart_from_source(seedparse.load(plain), seedparse.load(other))
    assert seedparse.read_text(other) == NOTE


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        b"GIF89a\x01\x00\x01\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"PK\x03\x04\x14\x00",
        b"\x7fELF\x02\x01\x01",
        b"%PDF-1.7\n%\xe2\xe3",
        b"\x1f\x8b\x08\x00",
        b"text then a NUL \x00 byte",
        bytes(range(1, 32)) * 10,
    ],
    ids=["png", "gif", "jpeg", "zip", "elf", "pdf", "gzip", "nul", "controls"],
)
def test_r4_binary_is_a_decode_error(data: bytes, tmp_path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError, match="binary"):
        seedparse.load(path)


def test_r4_nul_in_parsed_text_becomes_replacement_character() -> None:
    doc = seedparse.parse("Title\n\nbefore\x00after\n")
    assert "\x00" not in json.dumps(doc.to_dict())
    assert "before\ufffdafter" in doc.text


def test_r4_nul_late_in_a_text_file_is_replaced_with_a_warning(tmp_path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"Title\n\n" + b"words " * 2000 + b"\x00 end\n")
    doc = seedparse.load(path)
    assert "\x00" not in doc.text
    assert any("NUL" in w for w in doc.metadata["warnings"])


def test_r4_escape_sequences_and_form_feeds_are_still_text() -> None:
    assert decode_bytes(b"\x1b[1mbold\x1b[0m\x0cnext page\n").text.startswith("\x1b[1m")


def test_empty_file_is_an_empty_text(tmp_path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert seedparse.read_text(path) == ""
    assert isinstance(seedparse.load(path), seedparse.Document)
