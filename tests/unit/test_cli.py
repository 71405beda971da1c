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
    assert "5 documents: 2 article, 2 transcript-note, 1 web-page" in summary


def test_failures_are_summarised_with_exit_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    (corpus / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["load", str(corpus), "--out", str(tmp_path / "o.jsonl")]) == 1
    summary = capsys.readouterr().out
    assert "1 failure:" in summary and "logo.png: DecodeError" in summary


def test_parse_prints_json_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir())
    assert main(["parse", "--jsonl", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and json.loads(lines[2])["reader"] == "article"


def test_parse_of_several_files_is_json_lines_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir())
    assert main(["parse", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == files


def test_parse_of_one_file_is_one_pretty_object(capsys: pytest.CaptureFixture[str]) -> None:
    one = str(sorted(SEEDS.iterdir())[0])
    assert main(["parse", one]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ") and json.loads(out)["source"] == one
    assert main(["parse", "--jsonl", one]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_parse_array_is_one_json_value_even_with_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir())[:2]
    missing = str(tmp_path / "missing.txt")
    assert main(["parse", "--array", files[0], missing, files[1]]) == 1
    captured = capsys.readouterr()
    assert [doc["source"] for doc in json.loads(captured.out)] == files
    assert missing in captured.err
    assert main(["parse", "--array", missing]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_parse_help_says_what_several_files_give(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "JSON Lines" in text and "--array" in text and "pretty-printed" in text


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


@pytest.mark.parametrize("workers", ["0", "-3", "two"])
def test_bad_worker_counts_are_usage_errors(
    workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["load", str(SEEDS), "--workers", workers])
    assert caught.value.code == 2
    assert "--workers" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--max-chars", "0"], "--max-chars"),
        (["--max-chars", "-5"], "--max-chars"),
        (["--max-chars", "big"], "--max-chars"),
        (["--overlap", "-1"], "--overlap"),
        (["--overlap", "x"], "--overlap"),
        (["--max-chars", "100", "--overlap", "100"], "--overlap"),
        (["--overlap", "2000"], "--overlap"),
    ],
)
def test_bad_chunk_options_are_usage_errors(
    options: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.parquet"
    with pytest.raises(SystemExit) as caught:
        main(["load", str(SEEDS), "--out", str(out), "--table", "chunks", *options])
    assert caught.value.code == 2
    assert named in capsys.readouterr().err
    assert not out.exists()  # refused before anything was written


@pytest.mark.parametrize("command", ["load", "parse", "show"])
def test_an_unknown_reader_is_a_usage_error(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(SEEDS) if command != "parse" else str(sorted(SEEDS.iterdir())[0])
    assert main([command, target, "--reader", "nope"]) == 2
    captured = capsys.readouterr()
    assert "'nope'" in captured.err and "article" in captured.err
    assert captured.out == ""


def test_skipped_files_are_counted_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    (corpus / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (corpus / "icon.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x01")
    out = tmp_path / "o.jsonl"
    assert main(["load", str(corpus), "--errors", "skip", "--out", str(out)]) == 1
    summary = capsys.readouterr().out
    assert "5 documents" in summary
    assert "2 files could not be read and were skipped (2 DecodeError)" in summary
    assert "logo.png" not in summary  # skipped files are counted, not listed
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_a_top_level_pattern_that_misses_nested_files_gets_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nested = tmp_path / "notes" / "2024"
    nested.mkdir(parents=True)
    shutil.copy(sorted(SEEDS.iterdir())[0], nested / "a.md")
    out = tmp_path / "o.jsonl"
    assert main(["load", str(tmp_path / "notes"), "--pattern", "*.md", "--out", str(out)]) == 0
    summary = capsys.readouterr().out
    assert "0 documents" in summary and "--pattern '**/*.md'" in summary
    assert main(["load", str(tmp_path / "notes"), "--pattern", "**/*.md", "--out", str(out)]) == 0
    summary = capsys.readouterr().out
    assert "1 document: 1 transcript-note" in summary and "hint" not in summary


def test_show_counts_in_words_and_shows_a_source_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "n.md"
    note.write_text(
        "---\ntitle: T\nvideoId: abcdefghijk\n---\n\nOne claim "
        '<a class="yt-timestamp" data-t="00:00:05">[00:00:05]</a>.\n',
        encoding="utf-8",
    )
    assert main(["show", str(note)]) == 0
    out = capsys.readouterr().out
    assert "1 passage (1 paragraph), 1 citation (1 timestamp)" in out
    meta = [line.split()[1] for line in out.splitlines() if line.strip().startswith("meta")]
    assert "video_id" in meta and "videoId" not in meta
    assert "(also videoId)" in out


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seedparse", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("seedparse ")
