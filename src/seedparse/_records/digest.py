"""The ``digest`` of a parsed Document: SHA-256 of its decoded text as UTF-8.

A module of its own, so that ``load`` and ``load_dir``, which record a digest on every
Document, do not import what ids need beyond it (``uuid``, ``json``:
:mod:`seedparse._records.ids` derives the ids from the digest, see its docstring for
the format).

With the native core in use on a CPU with SHA instructions (x86 SHA-NI, ARMv8 SHA-2:
``seedparse._core.SHA256_ACCELERATED``) the hash is the core's (``sha256_hex``,
``native/src/digest.rs``) and ``hashlib`` is never imported: ``hashlib`` loads OpenSSL's
libcrypto, about 3.5 MiB of resident memory and 5 ms of the first ``load``, which was a
third of what loading 1,600 transcript notes held beyond their texts' own size. The
standard library's pure ``_sha256`` would avoid it too, but hashes four to five times
slower than OpenSSL. Without SHA instructions the core's portable hash is about twice
OpenSSL's vector code, so there, as on the pure path, ``hashlib`` is imported on the
first digest: the memory is paid rather than the time. Every way gives the same hex
digest (a test compares them on the same bytes).
"""

from __future__ import annotations

from .. import _native

__all__ = ["content_digest", "digest_utf8"]


def _hashlib_hex(data: bytes) -> str:
    """``hashlib.sha256(data).hexdigest()`` (the pure path), hashlib imported on the
    first call."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def content_digest(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8: the ``digest`` of a parsed Document."""
    # surrogatepass: normalised text holds no lone surrogates, but a digest must never
    # be the thing that fails on a str that slipped through.
    return digest_utf8(text.encode("utf-8", "surrogatepass"))


def digest_utf8(data: bytes) -> str:
    """:func:`content_digest` of the text that ``data`` is the UTF-8 encoding of, from
    the bytes themselves: the loader has them already, and encoding a non-ASCII text
    again cost twice the hash."""
    core = _native.active()
    if core is not None and core.SHA256_ACCELERATED:
        return core.sha256_hex(data)
    return _hashlib_hex(data)
