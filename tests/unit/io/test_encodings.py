"""Legacy encodings: detected when the bytes are not UTF-8, or forced by the caller.

Samples are realistic paragraphs written for these tests (tests/fixtures/encodings/, in
UTF-8), saved in the encoding under test without a BOM, as old crawls and exports store
them. Each must come back as the very text that was written, with
``metadata["encoding"]`` saying what was chosen, how, how sure, and how many sequences
were replaced (none); a warning says the same.
"""

from __future__ import annotations

import codecs
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedparse
from seedparse import ArgumentError, DecodeError, normalize_text
from seedparse._cli import main
from seedparse._io.decode import decode_bytes

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "encodings"


def _sample(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


CAFE = _sample("cafe.txt")  # English with typographic quotes and French loanwords
STADT = _sample("stadt.txt")  # German
NOVOSTI = _sample("novosti.txt")  # Russian
TENKI = _sample("tenki.txt")  # Japanese
WEATHER = _sample("weather.txt")  # plain English
WIADOMOSCI = _sample("wiadomosci.txt")  # Polish
EIDISEIS = _sample("eidiseis.txt")  # Greek
XINWEN = _sample("xinwen.txt")  # Chinese
NYUSEU = _sample("nyuseu.txt")  # Korean

# (text, codec written with, codecs that read it back identically)
SAMPLES = {
    "cp1252": (CAFE, "cp1252", {"cp1252"}),
    "latin-1": (STADT, "latin-1", {"cp1252", "iso8859-1", "iso8859-15"}),
    "koi8-r": (NOVOSTI, "koi8-r", {"koi8-r"}),
    "cp1251": (NOVOSTI, "cp1251", {"cp1251"}),
    "shift_jis": (TENKI, "shift_jis", {"shift_jis", "cp932"}),
    "utf-16-le": (WEATHER + CAFE, "utf-16-le", {"utf-16-le"}),
    "utf-16-be": (WEATHER, "utf-16-be", {"utf-16-be"}),
    "cp1250": (WIADOMOSCI, "cp1250", {"cp1250"}),
    "iso8859-2": (WIADOMOSCI, "iso8859-2", {"iso8859-2"}),
    "cp1253": (EIDISEIS, "cp1253", {"cp1253", "iso8859-7"}),
    "gb18030": (XINWEN, "gb18030", {"gb18030"}),
    "euc-kr": (NYUSEU, "euc-kr", {"euc_kr", "cp949"}),
}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("label", sorted(SAMPLES))
def test_legacy_bytes_are_detected_and_recorded(label: str, tmp_path: Path) -> None:
    text, codec, readers = SAMPLES[label]
    path = _write(tmp_path, "page.txt", text.encode(codec))
    doc = seedparse.load(path)
    assert seedparse.read_text(path) == text
    facts = doc.metadata["encoding"]
    assert facts["name"] in readers
    assert facts["method"] == "detected"
    assert 0.0 < facts["confidence"] <= 1.0
    assert facts["replaced"] == 0
    assert "\ufffd" not in "".join(p.text for p in doc.passages)
    assert any(f"decoded as {facts['name']}" in w for w in doc.warnings)
    json.dumps(doc.to_dict(), allow_nan=False)


def test_a_legacy_file_and_its_crlf_twin_give_the_same_document(tmp_path: Path) -> None:
    lf = _write(tmp_path, "lf.txt", CAFE.encode("cp1252"))
    crlf = _write(tmp_path, "crlf.txt", CAFE.replace("\n", "\r\n").encode("cp1252"))
    a, b = seedparse.load(lf), seedparse.load(crlf)
    assert a.passages == b.passages
    assert a.metadata == b.metadata


@pytest.mark.parametrize("label", ["cp1252", "koi8-r", "shift_jis", "utf-16-le"])
def test_a_forced_encoding_is_used_as_given(label: str, tmp_path: Path) -> None:
    text, codec, _ = SAMPLES[label]
    path = _write(tmp_path, "page.txt", text.encode(codec))
    doc = seedparse.load(path, encoding=codec)
    assert seedparse.read_text(path, encoding=codec) == text
    assert doc.metadata["encoding"] == {
        "name": codecs.lookup(codec).name,
        "method": "forced",
        "confidence": 1.0,
        "replaced": 0,
    }
    assert not any("not UTF-8" in w for w in doc.warnings)


def test_a_wrong_forced_encoding_counts_its_replacements(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", TENKI.encode("shift_jis"))
    doc = seedparse.load(path, encoding="ascii")
    facts = doc.metadata["encoding"]
    assert facts["method"] == "forced"
    assert facts["replaced"] > 0
    assert seedparse.read_text(path, encoding="ascii").count("\ufffd") == facts["replaced"]
    assert any(f"{facts['replaced']} undecodable" in w for w in doc.warnings)
    with pytest.raises(DecodeError) as caught:
        seedparse.load(path, encoding="ascii", encoding_errors="strict")
    assert caught.value.offset == 0
    assert "invalid ascii at byte 0" in str(caught.value)


def test_strict_guesses_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", CAFE.encode("cp1252"))
    with pytest.raises(DecodeError) as caught:
        seedparse.load(path, encoding_errors="strict")
    assert caught.value.offset == CAFE.encode("cp1252").index(b"\xe9")
    doc = seedparse.load(path, encoding="cp1252", encoding_errors="strict")
    assert doc.metadata["encoding"]["method"] == "forced"


def test_a_bom_wins_over_a_forced_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", codecs.BOM_UTF8 + CAFE.encode("utf-8"))
    doc = seedparse.load(path, encoding="cp1252")
    assert doc.metadata["encoding"]["name"] == "utf-8"
    assert doc.metadata["encoding"]["method"] == "bom"
    assert any("BOM, which wins over encoding='cp1252'" in w for w in doc.warnings)
    assert seedparse.read_text(path, encoding="cp1252") == CAFE


def test_mostly_utf8_with_a_damaged_byte_stays_utf8(tmp_path: Path) -> None:
    data = CAFE.encode("utf-8").replace("na\u00efve".encode(), b"na\xefve")
    path = _write(tmp_path, "page.txt", data)
    doc = seedparse.load(path)
    facts = doc.metadata["encoding"]
    assert facts["name"] == "utf-8"
    assert facts["method"] == "utf-8"
    assert facts["replaced"] == 1
    assert 0.9 < facts["confidence"] < 1.0
    text = seedparse.read_text(path)
    assert "na\ufffdve" in text and "ma\u00eetre" in text


def test_clean_utf8_records_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", CAFE.encode("utf-8"))
    assert "encoding" not in seedparse.load(path).metadata
    bom = _write(tmp_path, "bom.txt", codecs.BOM_UTF8 + CAFE.encode("utf-8"))
    assert "encoding" not in seedparse.load(bom).metadata


@pytest.mark.parametrize("bad", ["no-such-codec", "base64", "rot13", "", 1252])
def test_an_unknown_or_non_text_encoding_is_an_argument_error(bad: object, tmp_path) -> None:
    path = _write(tmp_path, "page.txt", b"Plain text.\n")
    calls = [
        lambda: seedparse.load(path, encoding=bad),
        lambda: seedparse.read_text(path, encoding=bad),
        lambda: seedparse.load_dir(tmp_path, encoding=bad),
        lambda: seedparse.iter_dir(tmp_path, encoding=bad),
        lambda: seedparse.parse_bytes(b"Plain text.\n", encoding=bad),
    ]
    for call in calls:
        with pytest.raises(ArgumentError):
            call()


def test_binary_is_still_refused_whatever_the_encoding(tmp_path: Path) -> None:
    png = _write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    for encoding in (None, "cp1252", "utf-16-le"):
        with pytest.raises(DecodeError, match="binary"):
            seedparse.load(png, encoding=encoding)
    blob = _write(tmp_path, "blob.txt", b"text then a NUL \x00 byte and more")
    with pytest.raises(DecodeError, match="binary"):
        seedparse.load(blob)
    with pytest.raises(DecodeError, match="binary"):
        seedparse.load(blob, encoding="cp1252")


@pytest.mark.parametrize("workers", [None, 2])
def test_load_dir_and_iter_dir_take_the_encoding(workers: int | None, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    _write(root, "a.txt", CAFE.encode("cp1252"))
    _write(root, "b.txt", STADT.encode("cp1252"))
    forced = seedparse.load_dir(root, encoding="cp1252", workers=workers)
    assert [d.metadata["encoding"]["method"] for d in forced] == ["forced", "forced"]
    detected = list(seedparse.iter_dir(root, workers=workers))
    assert [d.metadata["encoding"]["method"] for d in detected] == ["detected", "detected"]
    assert [d.passages for d in detected] == [d.passages for d in forced]


def test_parse_bytes_decodes_as_load_does(tmp_path: Path) -> None:
    data = NOVOSTI.encode("koi8-r")
    path = _write(tmp_path, "news.txt", data)
    from_bytes = seedparse.parse_bytes(data, source=str(path))
    assert from_bytes == seedparse.load(path)
    forced = seedparse.parse_bytes(data, encoding="koi8-r")
    assert forced.metadata["encoding"]["method"] == "forced"
    with pytest.raises(seedparse.LimitExceeded):
        seedparse.parse_bytes(data, limits=seedparse.Limits(max_bytes=10))
    with pytest.raises(ArgumentError):
        seedparse.parse_bytes(NOVOSTI)  # type: ignore[arg-type]


def test_the_cli_takes_an_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", CAFE.encode("cp1252"))
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["parse", "--encoding", "cp1252", str(path)]) == 0
    document = json.loads(out.getvalue())
    assert document["metadata"]["encoding"]["method"] == "forced"
    assert "ma\u00eetre d\u2019h\u00f4tel" in json.dumps(document, ensure_ascii=False)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["load", "--no-progress", "--encoding", "cp1252", str(tmp_path)]) == 0
    assert json.loads(out.getvalue().splitlines()[0])["metadata"]["encoding"]["name"] == "cp1252"
    err = io.StringIO()
    with redirect_stderr(err), pytest.raises(SystemExit) as caught:
        main(["parse", "--encoding", "no-such-codec", str(path)])
    assert caught.value.code == 2
    assert "unknown text encoding" in err.getvalue()


@given(st.binary(max_size=400))
def test_nothing_is_replaced_without_being_counted(data: bytes) -> None:
    # When decoding reports no replacement, the text is the codec's strict reading of
    # the bytes: not one U+FFFD was slipped in.
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    if decoded.replaced == 0 and not any("NUL" in w for w in decoded.warnings):
        for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8):
            if data.startswith(bom):
                data = data[len(bom) :]
                break
        else:
            if decoded.method == "bom":
                data = data[2:]
        assert normalize_text(data.decode(decoded.encoding)) == decoded.text
    else:
        assert decoded.warnings


@given(
    st.text(
        alphabet=st.characters(codec="cp1252", min_codepoint=32, exclude_characters="\x7f"),
        min_size=1,
        max_size=300,
    )
)
def test_forced_cp1252_reads_back_any_cp1252_text(text: str) -> None:
    data = text.encode("cp1252")
    decoded = decode_bytes(data, encoding="cp1252")
    assert decoded.text == normalize_text(text)
    assert decoded.replaced == 0
