"""docs/plugins.md is a working program: every ``python`` block runs, in order, in one
namespace (so a reader shown there is a reader that works), and the public way for
readers to see the limits in force, ``Limits.current()``, does what it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import seedparse
from seedparse import Document, Limits
from seedparse.testing import check_reader

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)


def _blocks() -> list[str]:
    return _BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_plugin_guide_runs_as_written() -> None:
    blocks = _blocks()
    assert len(blocks) >= 3
    namespace: dict[str, object] = {"__name__": "plugins_md"}
    for index, block in enumerate(blocks):
        code = compile(block, f"{DOC.name} python block {index + 1}", "exec")
        exec(code, namespace)  # the documentation's own code
    reader_class = namespace["MemoReader"]
    assert isinstance(reader_class, type)
    reader = reader_class()
    assert isinstance(reader, seedparse.Reader)
    # The guide's reader builds every model object through the checked constructors
    # and keeps the whole contract (the guide runs check_reader too; run it here with
    # its own samples so that a guide that drops that block still gets checked).
    check_reader(reader, [str(namespace["memo"])], max_examples=10)


def test_the_guide_does_not_point_at_private_modules() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert not re.search(r"seedparse\._", text)
    assert "seedparse[testing]" in text
    for name in ("source", "offset", "line", "column", "line_text", "reader"):
        assert f"`{name}`" in text, name


class _Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.seen: list[Limits] = []

    def sniff(self, sample: str) -> float:
        return 0.0

    def read(self, text: str, source: str) -> Document:
        self.seen.append(Limits.current())
        return Document(source=source, reader=self.name)


def test_limits_current_is_what_the_running_call_was_given(tmp_path: Path) -> None:
    reader = _Recorder()
    mine = Limits(max_link_len=10, max_depth=5)
    seedparse.parse("x", reader=reader, limits=mine)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    seedparse.load(tmp_path / "a.txt", reader=reader, limits=mine)
    seedparse.parse("x", reader=reader)
    assert reader.seen == [mine, mine, Limits()]
    assert Limits.current() == Limits()  # outside a call: the defaults


@pytest.mark.parametrize("kind", ["x-footnote", "x-callout"])
def test_extension_kinds_pass_the_conformance_kit(kind: str) -> None:
    class Extended:
        name = "extended"

        def sniff(self, sample: str) -> float:
            return 0.0

        def read(self, text: str, source: str) -> Document:
            span = seedparse.Span(start=0, end=len(text))
            body = [seedparse.Passage(text=" ".join(text.split()), kind=kind, span=span)]
            return Document(source=source, reader=self.name, passages=body if text else [])

    check_reader(Extended(), ["a note"], max_examples=5)
