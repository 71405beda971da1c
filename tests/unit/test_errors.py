"""R25: the one error tree, positions, causes and pickling."""

from __future__ import annotations

import copy
import pickle

import pytest

import seedparse
from seedparse import (
    ArgumentError,
    DecodeError,
    FileAccessError,
    FrontmatterError,
    LimitExceeded,
    LoadError,
    MetadataError,
    ParseError,
    ReaderError,
    SeedparseError,
)

PARSE_ERRORS = [ParseError, DecodeError, FrontmatterError, MetadataError, LimitExceeded]


def every_error() -> list[SeedparseError]:
    """One instance of every exception class seedparse defines, fields filled in."""
    text = "title: ok\nbad: [unclosed\nmore"
    errors: list[SeedparseError] = [
        SeedparseError("plain", source="a.md"),
        FileAccessError("permission denied", source="a.md", reason="permission denied"),
        ReaderError("no reader named 'x'"),
        ArgumentError("errors must be ..."),
    ]
    for cls in PARSE_ERRORS:
        errors.append(cls.at("something is wrong", text, 15, source="a.md", reader="article"))
        errors.append(cls("no position", source="b.md", offset=7))
    errors.append(
        LoadError("2 file(s) failed", [DecodeError("binary", source="x"), errors[1]])  # type: ignore[list-item]
    )
    return errors


def test_r25_every_error_derives_from_the_one_base() -> None:
    for cls in [*PARSE_ERRORS, FileAccessError, ReaderError, LoadError, ArgumentError]:
        assert issubclass(cls, SeedparseError)
    for cls in PARSE_ERRORS:
        assert issubclass(cls, ValueError)  # code written against the builtin still works
    assert issubclass(FileAccessError, OSError)
    assert issubclass(LoadError, ExceptionGroup)
    assert issubclass(ArgumentError, ValueError)


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_r24_r25_every_error_survives_pickle(error: SeedparseError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert again.path == error.path
        assert again.line == error.line
        assert again.column == error.column
        assert again.offset == error.offset
        assert vars(again) == vars(error)
    assert str(copy.copy(error)) == str(error)


def test_r25_loaderror_pickles_with_its_members() -> None:
    group = LoadError("2 failed", [DecodeError("binary", source="x"), FileAccessError("gone")])
    again = pickle.loads(pickle.dumps(group))
    assert [type(e) for e in again.exceptions] == [DecodeError, FileAccessError]
    assert again.exceptions[0].path == "x"
    with pytest.raises(ExceptionGroup) as caught:
        try:
            raise again
        except* DecodeError as decode_errors:
            assert len(decode_errors.exceptions) == 1
            raise RuntimeError("handled") from None
    assert "handled" in repr(caught.value.exceptions)


def test_r25_position_and_caret() -> None:
    text = "first line\nsecond line is bad\nthird"
    error = FrontmatterError.at("unexpected thing", text, text.index("is bad"), source="n.md")
    assert (error.line, error.column) == (2, 13)
    assert error.path == error.source == "n.md"
    shown = str(error).splitlines()
    assert shown[0] == "n.md:2:13: unexpected thing"
    assert shown[1].strip() == "second line is bad"
    assert shown[2].index("^") == shown[1].index("is bad")


def test_r25_caret_on_a_huge_line_stays_short() -> None:
    text = "x" * 1_000_000
    error = ParseError.at("here", text, 500_000)
    assert error.column == 500_001
    assert len(str(error)) < 500
    line, caret = str(error).splitlines()[1:]
    assert caret.index("^") < len(line)


def test_r25_errors_without_position_have_none() -> None:
    error = FileAccessError("no such file", source="gone.md", reason="not found")
    assert (error.line, error.column, error.offset) == (None, None, None)
    assert str(error) == "gone.md: no such file"
    assert error.reason == "not found"


def test_r25_decode_error_has_byte_offset(tmp_path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"good text \xff more")
    with pytest.raises(DecodeError) as caught:
        seedparse.load(path, encoding_errors="strict")
    assert caught.value.offset == 10
    assert caught.value.path == str(path)
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)


def test_r25_reader_bugs_are_wrapped_with_the_cause() -> None:
    class Broken:
        name = "broken"

        def sniff(self, sample: str) -> float:
            return 0.0

        def read(self, text: str, source: str) -> seedparse.Document:
            raise KeyError("oops")

    with pytest.raises(ParseError) as caught:
        seedparse.parse("x", reader=Broken())
    assert isinstance(caught.value.__cause__, KeyError)
    assert caught.value.reader == "broken"


def test_r25_deep_recursion_in_a_reader_is_a_limit() -> None:
    class Deep:
        name = "deep"

        def sniff(self, sample: str) -> float:
            return 0.0

        def read(self, text: str, source: str) -> seedparse.Document:
            def down(n: int) -> int:
                return down(n + 1) + 1

            return seedparse.Document(source=source, reader=self.name, title=str(down(0)))

    with pytest.raises(LimitExceeded) as caught:
        seedparse.parse("x", reader=Deep())
    assert isinstance(caught.value.__cause__, RecursionError)


@pytest.mark.parametrize(
    "call",
    [
        lambda: seedparse.load(123),  # type: ignore[arg-type]
        lambda: seedparse.load("x", encoding_errors="ignore"),  # type: ignore[arg-type]
        lambda: seedparse.load_dir(".", errors="bogus"),  # type: ignore[arg-type]
        lambda: seedparse.load_dir(".", workers=0),
        lambda: seedparse.load_dir(".", pattern=""),
        lambda: seedparse.load_dir(".", pattern="[z-a]"),
        lambda: seedparse.iter_dir(".", errors="bogus"),  # type: ignore[arg-type]
        lambda: seedparse.iter_dir(".", limits="tight"),  # type: ignore[arg-type]
        lambda: seedparse.parse("x", limits=5),  # type: ignore[arg-type]
    ],
)
def test_r25_bad_arguments_raise_a_library_error_at_the_call(call) -> None:
    with pytest.raises(ArgumentError):
        call()


def test_r25_unknown_reader_name_fails_before_the_walk(tmp_path) -> None:
    with pytest.raises(ReaderError):
        seedparse.iter_dir(tmp_path, reader="no-such-reader")
