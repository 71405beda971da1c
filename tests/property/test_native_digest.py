"""The native core's SHA-256 (``seedparse._core.sha256_hex``, the Document digest when
the core is in use) against ``hashlib``, the pure path's: same hex digest for any bytes,
and the same Documents either way."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import require_native

from seedparse import _native
from seedparse._records.digest import content_digest, digest_utf8

require_native()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=5000))
def test_native_sha256_is_hashlibs(data: bytes) -> None:
    core = _native._CORE
    assert core is not None
    assert core.sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_block_boundaries() -> None:
    # Lengths around SHA-256's 64-byte block and its 56-byte padding limit.
    core = _native._CORE
    assert core is not None
    for size in (0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 8191, 8192, 100_000):
        data = bytes((i * 7 + 3) % 256 for i in range(size))
        assert core.sha256_hex(data) == hashlib.sha256(data).hexdigest(), size


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_both_paths_digest_text_alike(text: str) -> None:
    expected = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    before = _native.native_available()
    try:
        for enabled in (True, False):
            _native.set_native(enabled)
            assert content_digest(text) == expected
            assert digest_utf8(text.encode("utf-8", "surrogatepass")) == expected
    finally:
        _native.set_native(before)


def test_acceleration_is_a_flag() -> None:
    # Read once when the core loads; digest_utf8 uses the core's hash only when it is set.
    core = _native._CORE
    assert core is not None
    assert isinstance(core.SHA256_ACCELERATED, bool)


def test_lone_surrogates_are_digested_as_surrogatepass() -> None:
    text = "a\udc80b\ud800"
    assert content_digest(text) == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
