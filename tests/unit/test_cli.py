"""The seedparse command line: output, summary and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seedparse._cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_load_writes_json_lines_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.jsonl"
    assert main(["load", str(SEEDS), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert [json.loads(line)["reader"] for line in lines] == [
        "transcript-note",
        "transcript-note",
        "article",
        "article",
        "web-page",
    ]
    summary = capsys.readouterr().out
    assert "5 document(s): 2 article, 2 transcript-note, 1 web-page" in summary


def test_failures_are_summarised_with_exit_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    (corpus / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["load", str(corpus), "--out", str(tmp_path / "o.jsonl")]) == 1
    summary = capsys.readouterr().out
    assert "1 failure(s):" in summary and "logo.png: DecodeError" in summary


def test_parse_prints_json_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir())
    assert main(["parse", "--jsonl", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and json.loads(lines[2])["reader"] == "article"


def test_detect_and_readers(capsys: pytest.CaptureFixture[str]) -> None:
    web = next(str(p) for p in sorted(SEEDS.iterdir()) if p.name.startswith("004"))
    assert main(["detect", web]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{web}: web-page") and "article=" in out
    assert main(["readers"]) == 0
    assert "transcript-note" in capsys.readouterr().out


def test_show_renders_every_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.count("  reader    ") == 5


def test_errors_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing)]) == 1
    assert str(missing) in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["bogus"])
    assert caught.value.code == 2
    assert main([]) == 2


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seedparse", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("seedparse ")
