"""read_bytes: the whole file, in one read call when the file is as fstat sized it, and
every byte of a file that is longer than that (one that grew, or a short read)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seedparse import LimitExceeded, Limits
from seedparse._io import files


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    asked: list[int] = []
    real = os.read

    def read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real(fd, size)

    monkeypatch.setattr(files.os, "read", read)
    return asked


@pytest.mark.parametrize("size", [0, 1, 4096, (1 << 20) + 3])
def test_a_file_as_sized_is_read_in_one_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "a.txt"
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    path.write_bytes(data)
    asked = _counting_reads(monkeypatch)
    assert files.read_bytes(str(path), Limits()) == data
    assert asked == [size + 1]


def test_a_short_read_reads_on_to_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read that returns less than the file (a FUSE file system may) is not the end."""
    path = tmp_path / "a.txt"
    data = b"The council met on Monday.\n" * 100
    path.write_bytes(data)
    real = os.read
    asked: list[int] = []

    def short_read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real(fd, min(size, 1000))

    monkeypatch.setattr(files.os, "read", short_read)
    assert files.read_bytes(str(path), Limits()) == data
    assert len(asked) == 4  # 1000 + 1000 + 700 bytes, then the empty read at the end


def test_a_file_that_grew_after_fstat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"first line\n")
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with open(path, "ab") as handle:
            handle.write(b"second line\n")
        return info

    monkeypatch.setattr(files.os, "fstat", fstat_then_grow)
    assert files.read_bytes(str(path), Limits()) == b"first line\nsecond line\n"


def test_a_file_that_grew_past_max_bytes_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10)
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with open(path, "ab") as handle:
            handle.write(b"y" * 100)
        return info

    monkeypatch.setattr(files.os, "fstat", fstat_then_grow)
    with pytest.raises(LimitExceeded, match="grew past"):
        files.read_bytes(str(path), Limits(max_bytes=50))
