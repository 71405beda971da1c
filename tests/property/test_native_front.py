"""The native front matter reader (``read_front``) against ``_fast_simple`` and PyYAML.

The core reads a subset of the blocks that ``_fast_simple`` reads (flat ``key: value``
lines whose values no YAML resolver's pattern has to decide) and leaves the rest to it:
on every block it accepts, it must give ``_fast_simple``'s data and raw texts, and
those must be PyYAML's; whatever it leaves, Python reads as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import require_native

from seedparse import Limits, _native
from seedparse.formats.transcript.frontbase import frame
from seedparse.formats.transcript.frontsplit import _fast_simple, _native_simple
from seedparse.formats.transcript.yamlload import _FrontmatterLoader, _load_slow

require_native()


@pytest.fixture(autouse=True)
def _native_on() -> Iterator[None]:
    """The core in use for every test here, also under ``SEEDPARSE_PURE_PYTHON=1``."""
    enabled = _native.active() is not None
    _native.set_native(True)
    yield
    _native.set_native(enabled)


ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEYS = st.sampled_from(
    ["title", "videoId", "date", "tags", "a", "yes", "no", "n", "On", "_x", "k-1", "é", "1a"]
)
VALUES = st.text(
    alphabet="abefinoxyNOTYZ0123456789 +-_.:#'\"[]{},!&*?|>%@`\\~<="
    "\t\r\x07\x85\xa0\u2028\u3000\ufeffé",
    max_size=14,
)
SEPARATORS = st.sampled_from([": ", ":  ", ":", ":\t", " : "])
# Values as notes write them, so that most blocks are accepted and compared.
COMMON = st.text(alphabet="abcnotyNY0123456789 -_.:,'\"[]é", max_size=12)


def _pyyaml(block: str) -> tuple[object, object] | None:
    try:
        slow = _load_slow(_FrontmatterLoader(block, Limits()), Limits())
    except (yaml.YAMLError, ValueError):
        return None
    return slow.data, slow.raw


@SETTINGS
@given(st.lists(st.tuples(KEYS, SEPARATORS, VALUES), max_size=5))
@example([("title", ": ", "2025-02-19"), ("videoId", ": ", "5KVoR7Ty7-4")])
@example([("a", ": ", "1_000"), ("b", ": ", "-.5"), ("c", ": ", "0x1F"), ("d", ": ", "1:30")])
@example([("tags", ": ", "[a, b c, -d]"), ("t", ": ", "'x y'"), ("u", ": ", "")])
@example([("title", ": ", "0\x85")])  # NEL breaks the line to YAML: the int 0
@example([("title", ": ", "0\r0")])  # so does a CR not before LF
def test_native_front_matter_is_the_fast_path(lines: list[tuple[str, str, str]]) -> None:
    block = "".join(f"{key}{sep}{value}\n" for key, sep, value in lines)
    native = _native_simple(block)
    if native is None:
        return
    fast = _fast_simple(block)
    assert fast is not None, f"native accepted what the fast path leaves: {block!r}"
    assert (native[0], native[1], native[2]) == (fast[0], fast[1], []), block
    assert _pyyaml(block) == (native[0], native[1]), block


@SETTINGS
@given(st.lists(st.tuples(KEYS, COMMON), max_size=4))
def test_native_front_matter_on_common_values(lines: list[tuple[str, str]]) -> None:
    test_native_front_matter_is_the_fast_path.hypothesis.inner_test(  # type: ignore[attr-defined]
        [(key, ": ", value) for key, value in lines]
    )


def test_what_notes_carry_is_read_natively() -> None:
    """The forms of real notes (title, id, date, tags) take the native path: the
    property above is not vacuous, and the reader's time goes where it is measured."""
    blocks = [
        "title: Current State of Negotiations\nvideoId: u89Ipn8GRyR\n",
        "videoId: 5KVoR7Ty7-4\ntitle: Kremlin's Vision for Peace\ndate: 2025-02-19\n",
        "title: Notes\nvideoId: -x_Y\ntags: [peace, talks]\nempty:\n",
    ]
    seeds = sorted((ROOT / "seeds").iterdir())
    for path in [*seeds, *sorted((ROOT / "tests" / "fixtures" / "transcript").iterdir())]:
        text = path.read_text(encoding="utf-8")
        framed = frame(text)
        if framed is not None and _fast_simple(text[framed[0] : framed[1]]):
            blocks.append(text[framed[0] : framed[1]])
    assert len(blocks) > 3
    for block in blocks:
        native = _native_simple(block)
        assert native is not None, block
        assert native == (*_fast_simple(block)[:2], []), block  # type: ignore[index]


def test_the_rest_is_left_to_python() -> None:
    for block in (
        "a: 1\n",
        "a: 1.5\n",
        "a: yes\n",
        "a: ~\n",
        "no: x\n",
        "a: x\na: y\n",  # duplicate: _fast_simple warns
        "a:b\n",
        "a: 'it''s'\n",
        "a: [x, 1]\n",
        "a: \x07\n",
        "- a\n",
    ):
        assert _native_simple(block) is None, block


def test_the_pure_path_does_not_ask_the_core() -> None:
    _native.set_native(False)
    assert _native_simple("title: x\n") is None
