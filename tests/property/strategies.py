"""Shared Hypothesis strategies: seed-like texts, hostile bytes, and file trees; and the
native-core guard of the differential tests."""

from __future__ import annotations

import codecs
import os

from hypothesis import strategies as st

#: Fragments of the three formats, and the markup hostile inputs are made of.
PIECES = [
    "---\n",
    "title: A title\n",
    "videoId: abc-123\n",
    "From: [[channel]] <br/>\n",
    "## Section\n",
    "# Heading\n",
    "\n",
    "Some words. ",
    "[[target]]",
    "[[target | label]]",
    "[[",
    "]]",
    "|",
    '<a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>',
    '<a class="yt-timestamp" data-t="',
    "99:99:99",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "\u201c",
    "\u201d",
    "> ",
    "*   ",
    "\u2022 ",
    "{\n",
    '  "authors": ["A. Writer"],\n',
    '"title": "T"',
    "}\n",
    "NaN",
    "By Someone\n",
    "Published on Mar 13, 2025\n",
    "\ufeff",
    "\r\n",
    "\r",
    "\x00",
    "\u202e",
    "\u200b",
]

texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)
"""Any text, and texts built from the formats' own markup."""


def encoded(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    return text.encode("latin-1", "replace")


any_bytes = st.one_of(
    st.binary(max_size=2000),
    st.tuples(texts, st.sampled_from(["utf-8", "utf-8-bom", "utf-16", "latin-1"])).map(
        lambda pair: encoded(*pair)
    ),
    st.tuples(texts, st.binary(max_size=20)).map(lambda pair: pair[0].encode() + pair[1]),
)
"""Any bytes, weighted towards bytes that are almost text."""

line_ends = st.sampled_from(["\n", "\r\n", "\r"])

#: The kinds of entry a generated tree holds.
ENTRY_KINDS = ["note", "binary", "bad-utf8", "empty", "fifo", "link", "dangling", "dir-link", "dir"]

names = st.text(alphabet="abcXYZ019-_. é", min_size=1, max_size=8).filter(
    lambda n: n not in (".", "..")
)

trees = st.lists(
    st.tuples(st.lists(names, min_size=1, max_size=3), st.sampled_from(ENTRY_KINDS), texts),
    max_size=15,
)
"""A tree as a list of (path components, entry kind, text)."""


def require_native() -> None:
    """Skip the calling test module when the native core is not installed, except under
    ``SEEDPARSE_REQUIRE_NATIVE=1`` (CI with cargo), where a missing core is an error:
    a differential test that skips there checks nothing."""
    import pytest

    from seedparse import _native

    if _native._CORE is not None:
        return
    if os.environ.get("SEEDPARSE_REQUIRE_NATIVE") == "1":
        raise RuntimeError("SEEDPARSE_REQUIRE_NATIVE=1 but seedparse._core is not installed")
    pytest.skip("the native core is not installed", allow_module_level=True)
