"""load / parse / load_dir / iter_dir on the demo corpus and small trees."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import seedparse
from seedparse import DecodeError, Document, Failure, FileAccessError, LoadError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EXPECTED_READERS = ["transcript-note", "transcript-note", "article", "article", "web-page"]


def test_load_dir_detects_the_seed_formats() -> None:
    docs = seedparse.load_dir(SEEDS)
    assert [d.reader for d in docs] == EXPECTED_READERS
    assert [Path(d.source).name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    assert docs.failures == () and docs.skipped == 0


def test_workers_give_exactly_the_same_result() -> None:
    one = seedparse.load_dir(SEEDS, workers=1)
    two = seedparse.load_dir(SEEDS, workers=2)
    assert list(one) == list(two)


def test_workers_without_fork_parse_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows has no os.fork: workers=2 is accepted and gives the serial result, with no
    # worker process started.
    import seedparse._io.forked as forked

    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker was started")

    one = seedparse.load_dir(SEEDS)
    monkeypatch.delattr(os, "fork")
    monkeypatch.setattr(forked, "Child", no_child)
    assert list(seedparse.load_dir(SEEDS, workers=2)) == list(one)


def test_load_and_parse_agree(tmp_path: Path) -> None:
    path = SEEDS / sorted(os.listdir(SEEDS))[0]
    from_file = seedparse.load(path)
    from_text = seedparse.parse(path.read_text(encoding="utf-8"), source=str(path))
    assert from_file == from_text
    assert seedparse.read_text(path) == path.read_text(encoding="utf-8")


def test_spans_index_into_read_text() -> None:
    for doc in seedparse.load_dir(SEEDS):
        text = seedparse.read_text(doc.source)
        for passage in doc.passages:
            assert 0 <= passage.span.start <= passage.span.end <= len(text)
            for citation in passage.citations:
                assert passage.span.start <= citation.span.start <= citation.span.end
                assert citation.span.end <= passage.span.end


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    shutil.copy(SEEDS / sorted(os.listdir(SEEDS))[2], root / "a.txt")
    (root / "b" / "note.md").write_text("First line of text.\nSecond line.\n", encoding="utf-8")
    (root / "b" / "deeper" / "z.txt").write_text("Plain words.\n", encoding="utf-8")
    (root / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "c.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    return root


def test_errors_collect_accounts_for_every_file(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    result = seedparse.load_dir(root, errors="collect")
    names = [Path(d.source).relative_to(root).as_posix() for d in result]
    assert names == ["a.txt", "b/deeper/z.txt", "b/note.md", "c.txt"]
    assert result.failures == (
        Failure(
            path=str(root / "b" / "image.png"),
            error="DecodeError",
            message="binary content, not text",
        ),
    )
    assert result.skipped == 1
    latin = result[3]
    assert latin.metadata["encoding"]["name"] == "cp1252"
    assert latin.metadata["encoding"]["method"] == "detected"
    assert "not UTF-8: decoded as cp1252" in latin.metadata["warnings"][0]
    assert "caf\u00e9 au lait" in latin.text


def test_errors_skip_counts_and_raise_groups(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "b" / "second.bin").write_bytes(b"\x00\x01\x02" * 10)
    skipped = seedparse.load_dir(root, errors="skip")
    assert len(skipped) == 4 and skipped.failures == () and skipped.skipped == 2
    with pytest.raises(LoadError) as caught:
        seedparse.load_dir(root)
    assert isinstance(caught.value, ExceptionGroup)
    assert sorted(type(e).__name__ for e in caught.value.exceptions) == [
        "DecodeError",
        "DecodeError",
    ]
    assert all(isinstance(e, DecodeError) for e in caught.value.exceptions)


def test_iter_dir_streams_in_the_same_order(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    streamed = list(seedparse.iter_dir(root, errors="collect"))
    loaded = seedparse.load_dir(root, errors="collect")
    assert [x for x in streamed if isinstance(x, Document)] == list(loaded)
    assert [x for x in streamed if isinstance(x, Failure)] == list(loaded.failures)
    assert [type(x).__name__ for x in streamed] == [
        "Document",
        "Document",
        "Failure",
        "Document",
        "Document",
    ]
    with pytest.raises(DecodeError):
        list(seedparse.iter_dir(root))
    assert len(list(seedparse.iter_dir(root, errors="skip", workers=2))) == 4


def test_pattern_selects_by_relative_path(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    top = seedparse.load_dir(root, pattern="*.txt")
    assert [Path(d.source).name for d in top] == ["a.txt", "c.txt"]
    deep = seedparse.load_dir(root, pattern="**/*.md")
    assert [Path(d.source).name for d in deep] == ["note.md"]
    nested = seedparse.load_dir(root, pattern="b/**/*.txt")
    assert [Path(d.source).name for d in nested] == ["z.txt"]


def test_symlinks_are_failures_unless_followed(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "link.txt").symlink_to(root / "a.txt")
    result = seedparse.load_dir(root, errors="collect")
    assert [f.message for f in result.failures if f.path.endswith("link.txt")] == [
        "symlink (not followed)"
    ]
    followed = seedparse.load_dir(
        root, errors="collect", limits=seedparse.Limits(follow_symlinks=True)
    )
    assert any(d.source.endswith("link.txt") for d in followed)


def test_progress_is_silent_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    seedparse.load_dir(SEEDS, progress=True)
    assert capsys.readouterr().err == ""


def test_bad_arguments_raise_library_errors(tmp_path: Path) -> None:
    with pytest.raises(seedparse.SeedparseError):
        seedparse.load_dir(SEEDS, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(seedparse.SeedparseError):
        seedparse.load_dir(SEEDS, workers=0)
    with pytest.raises(FileAccessError):
        seedparse.load_dir(tmp_path / "missing")
    with pytest.raises(FileAccessError):
        seedparse.load(tmp_path / "missing.txt")
    with pytest.raises(FileAccessError):
        seedparse.load(tmp_path)


def test_empty_directory_gives_an_empty_result(tmp_path: Path) -> None:
    result = seedparse.load_dir(tmp_path)
    assert len(result) == 0 and result.failures == ()
