"""The ``digest`` of a parsed Document: SHA-256 of its decoded text as UTF-8.

A module of its own, with hashlib as its only import, so that ``load`` and
``load_dir``, which record a digest on every Document, do not import what ids need
beyond it (``uuid``, ``json``: :mod:`seedparse._records.ids` derives the ids from
the digest, see its docstring for the format).
"""

from __future__ import annotations

import hashlib

__all__ = ["content_digest", "digest_utf8"]


def content_digest(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8: the ``digest`` of a parsed Document."""
    # surrogatepass: normalised text holds no lone surrogates, but a digest must never
    # be the thing that fails on a str that slipped through.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def digest_utf8(data: bytes) -> str:
    """:func:`content_digest` of the text that ``data`` is the UTF-8 encoding of, from
    the bytes themselves: the loader has them already, and encoding a non-ASCII text
    again cost twice the hash."""
    return hashlib.sha256(data).hexdigest()
