"""The lean decode path gives exactly what the general one gives, for any bytes.

``decode_bytes`` tries ``_decode_plain`` (a few C-level byte tests and a strict UTF-8
decode) before the general path; whenever the lean path answers, its answer must be
the general path's, field for field, so that no Document depends on which one ran.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seedparse import DecodeError, _native
from seedparse._io.decode import _CONTROL_TO_NUL, _decode_general, _decode_plain, decode_bytes

_PIECES = st.sampled_from(
    [
        b"plain text ",
        b"\r\n",
        b"\r",
        b"\n",
        b"\x00",
        b"\x01\x02",
        b"\x1b[0m",
        b"\t",
        "é€😀".encode(),
        b"\xed\xa0\x80",  # an encoded lone surrogate: invalid UTF-8
        b"\xc3",  # a cut character
        b"\xe9t\xe9",  # Latin-1
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        b"\x89PNG\r\n\x1a\n",
        b"PK\x03\x04",
        b"\xff\xfe",
    ]
)
_DATA = st.one_of(st.binary(max_size=300), st.lists(_PIECES, max_size=30).map(b"".join))


def _general(data: bytes) -> object:
    try:
        return _decode_general(data, source="x", strict=False, encoding=None)
    except DecodeError as error:
        return ("error", str(error))


@settings(max_examples=600, deadline=None)
@given(_DATA)
@example(b"")
@example(b"a\r\nb\rc")
@example(b"x" * 9000 + b"\x00")
@example(b"x" * 9000 + b"\x01" * 5)
@example("\ufeffnot a BOM any more".encode()[3:])
@example(codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"x")
@example(codecs.BOM_UTF8 + b"\x89PNG\r\n\x1a\n")
@example(codecs.BOM_UTF8 + b"x" * 9000 + b"\x01" * 5)
def test_lean_path_agrees_with_the_general_one(data: bytes) -> None:
    # On both cores: the native one sniffs control bytes itself (``has_control``).
    before = _native.native_available()
    try:
        for enabled in (False, True):
            _native.set_native(enabled)
            _check_lean_path(data)
    finally:
        _native.set_native(before)


def _check_lean_path(data: bytes) -> None:
    lean = _decode_plain(data)
    if lean is not None:
        assert lean == _general(data)
        # The bytes the digest hashes are the text's UTF-8, whatever the line ends.
        assert lean.utf8 is not None
        assert lean.utf8 == lean.text.encode("utf-8")
    try:
        public = decode_bytes(data, source="x")
    except DecodeError as error:
        public_outcome: object = ("error", str(error))
    else:
        public_outcome = public
    assert public_outcome == _general(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Hello\nworld\n",
        "Grüße, 😀\r\n".encode(),
        b"tab\tand esc\x1b ok",
        codecs.BOM_UTF8 + b"x\r\ny",
        codecs.BOM_UTF8,
    ],
)
def test_plain_text_takes_the_lean_path(data: bytes) -> None:
    found = _decode_plain(data)
    assert found is not None
    assert found == _general(data)


def test_a_utf8_bom_is_recorded_as_the_general_path_records_it() -> None:
    found = _decode_plain(codecs.BOM_UTF8 + b"caf\xc3\xa9\r\n")
    assert found is not None
    assert (found.text, found.method, found.utf8) == ("café\n", "bom", "café\n".encode())
    assert found.plain


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"x",  # normalising strips both
        codecs.BOM_UTF8 + b"\x89PNG\r\n\x1a\nrest",
        codecs.BOM_UTF8 + b"\xe9t\xe9",
        codecs.BOM_UTF16_LE + b"x\x00",
        b"a\x00b",
        b"\xe9t\xe9",
        b"\x89PNG\r\n\x1a\nrest",
        b"\x01x",
    ],
)
def test_rare_cases_take_the_general_path(data: bytes) -> None:
    assert _decode_plain(data) is None


@settings(max_examples=600, deadline=None)
@given(st.one_of(_DATA, st.binary(min_size=8, max_size=64)), st.integers(0, 400))
@example(b"x" * 8191 + b"\x01", 8192)
@example(b"x" * 8191 + b"\x01", 8191)
def test_native_sniff_is_the_translate_test(data: bytes, limit: int) -> None:
    core = _native._CORE
    if core is None:
        pytest.skip("the native core is not installed")
    expected = b"\x00" in data[:limit].translate(_CONTROL_TO_NUL)
    assert core.has_control(data, limit) is expected
