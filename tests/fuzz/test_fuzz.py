"""The fuzz target as tests: pinned regressions of past findings run always; a short
fuzzing run (60 s) runs with the slow suite when atheris is installed."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import seedparse

HERE = Path(__file__).resolve().parent

#: Inputs that once broke an invariant, each named after what it caught.
REGRESSIONS: dict[str, bytes] = {
    # decode: a UTF-8 BOM skipped binary sniffing, so the BOM twin of a control-byte
    # file was text while the file itself was binary (found by the twin property).
    "bom-twin-of-control-bytes": b"\xef\xbb\xbf\x1f",
    # decode: binary sniffing counted line ends, so CRLF and LF twins disagreed.
    "crlf-twin-of-control-bytes": b"0000\x1f\x1f\r\n\r\n\xc2\x80\xf0\x90\x80\x80",
    # normalize_text was not idempotent on two leading BOMs.
    "two-boms": b"\xef\xbb\xbf\xef\xbb\xbf\xef\xbb\xbf",
    # an invalid byte right after ASCII: replaced with U+FFFD and counted once.
    "invalid-utf8-after-ascii": b"x\xe9",
}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_fuzz_regression(name: str, tmp_path) -> None:
    path = tmp_path / "input.md"
    path.write_bytes(REGRESSIONS[name])
    for mode in ("replace", "strict"):
        try:
            document = seedparse.load(path, encoding_errors=mode)  # type: ignore[arg-type]
        except seedparse.SeedparseError:
            continue
        document.to_dict()


def test_corpus_files_load(tmp_path) -> None:
    for path in sorted((HERE / "corpus").iterdir()):
        with contextlib.suppress(seedparse.SeedparseError):  # nothing else may escape
            seedparse.load(path)


@pytest.mark.slow
def test_fuzz_for_a_minute(tmp_path) -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (the fuzz extra)")
    seconds = int(os.environ.get("SEEDPARSE_FUZZ_SECONDS", "60"))
    work = tmp_path / "corpus"
    work.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "fuzz_load.py"),
            f"-max_total_time={seconds}",
            "-rss_limit_mb=2048",
            "-timeout=10",
            f"-artifact_prefix={tmp_path}/",
            str(work),
            str(HERE / "corpus"),
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-5000:]
