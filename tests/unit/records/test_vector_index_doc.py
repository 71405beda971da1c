"""The examples of docs/vector-index.md run as written (python blocks in order, in one
namespace per block; the `$ seedparse …` lines of console blocks through the CLI)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from seedparse._cli import main

ROOT = Path(__file__).resolve().parents[3]
PAGE = ROOT / "docs" / "vector-index.md"
FENCE = re.compile(r"^```(python|console)\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [(kind, body) for kind, body in FENCE.findall(PAGE.read_text(encoding="utf-8"))]


@pytest.fixture
def in_project_copy(tmp_path: Path) -> Iterator[Path]:
    """A working directory with the seeds, so the examples' relative paths hold and
    the files they write land in a temporary place."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    before = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def test_the_page_has_an_example_of_each_hand_off() -> None:
    python = "\n".join(body for kind, body in BLOCKS if kind == "python")
    for needle in ("doc.id", ".chunks(", "to_arrow", "write_parquet", "SeedparseLoader",
                   "SeedparseReader", "infer_metadata_columns"):  # fmt: skip
        assert needle in python, needle
    assert any(kind == "console" and "--out chunks.parquet" in body for kind, body in BLOCKS)


@pytest.mark.parametrize(("number", "block"), list(enumerate(BLOCKS)))
def test_example_runs(number: int, block: tuple[str, str], in_project_copy: Path) -> None:
    kind, body = block
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if kind == "python":
            exec(compile(body, f"{PAGE.name}[{number}]", "exec"), {"__name__": "__doc_example__"})
        else:
            for line in body.splitlines():
                if line.startswith("$ seedparse "):
                    assert main(shlex.split(line)[2:]) == 0, line
    assert out.getvalue()  # every example shows something
    if kind == "console":
        assert (in_project_copy / "chunks.parquet").exists()
