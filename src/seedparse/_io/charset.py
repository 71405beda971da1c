"""The character encoding an HTML page declares for itself, read from its bytes.

:func:`declared_charset` looks where browsers look before decoding (the WHATWG
"prescan"): a ``<meta charset=...>`` or ``<meta http-equiv="Content-Type"
content="...; charset=...">`` in the first 1,024 bytes, or an XML declaration's
``encoding``. Labels are mapped as browsers map them (``iso-8859-1``, ``latin1`` and
``us-ascii`` mean windows-1252; a UTF-16 label in bytes without a BOM means UTF-8).
The scan is bounded and never raises.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset"]

_PRESCAN_BYTES = 1024
_META = re.compile(rb"<meta\b[^>]{0,512}>", re.IGNORECASE)
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE)
_XML = re.compile(rb"^\s*<\?xml[^>]{0,200}encoding\s*=\s*[\"']([A-Za-z0-9._\-]{1,40})", re.I)
_WINDOWS_1252 = frozenset(
    (
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "l1",
        "us-ascii",
        "ascii",
        "cp819",
        "iso-ir-100",
        "windows-1252",
        "cp1252",
        "x-cp1252",
    )
)


def _codec(label: bytes) -> str | None:
    name = label.decode("ascii", "replace").strip().lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    if name.startswith(("utf-16", "utf16", "ucs-2", "utf-32")):
        return "utf-8"
    if name == "x-user-defined":
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The Python codec an HTML page's bytes declare, or None.

    .. versionadded:: 0.1.0
    """
    head = data[:_PRESCAN_BYTES]
    found = _XML.match(head)
    if found is not None:
        return _codec(found.group(1))
    for meta in _META.finditer(head):
        charset = _CHARSET.search(meta.group(0))
        if charset is not None:
            codec = _codec(charset.group(1))
            if codec is not None:
                return codec
    return None
