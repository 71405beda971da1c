"""Security regressions: code execution, XXE, escapes, special files, pickling, and a
scan of src/ for unsafe loader and parser settings (R6, R9, R17, R20, R24, R26)."""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import json
import os
import pickle
from pathlib import Path

import pytest

import seedparse
from seedparse import FrontmatterError, SeedparseError

SRC = Path(__file__).resolve().parents[2] / "src"
READERS = [info.name for info in seedparse.readers() if info.origin == "builtin"]
PASSWD = "root:x:0:0:"


def outcome_text(call) -> str:  # type: ignore[no-untyped-def]
    """Everything a caller could see: the Document as JSON, or the error's text."""
    try:
        return json.dumps(call().to_dict(), ensure_ascii=False)
    except SeedparseError as error:
        return f"{type(error).__name__}: {error}"


# --------------------------------------------------------------------------- R6


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/object/new:os.system ['touch {marker}']",
        "x: !!python/name:os.system",
        "x: !!python/object/apply:builtins.open ['{marker}', 'w']",
    ],
)
@pytest.mark.parametrize("via", ["parse", "load"])
def test_r6_python_tags_never_run(payload: str, via: str, tmp_path) -> None:
    marker = tmp_path / "pwned"
    text = f"---\n{payload.format(marker=marker)}\ntitle: T\n---\n\nBody.\n"
    note = tmp_path / "note.md"
    note.write_text(text)
    for reader in [None, *READERS]:
        if via == "parse":
            call = lambda reader=reader: seedparse.parse(text, reader=reader)  # noqa: E731
        else:
            call = lambda reader=reader: seedparse.load(note, reader=reader)  # noqa: E731
        with contextlib.suppress(SeedparseError):
            call()
        assert not marker.exists()
    with pytest.raises(FrontmatterError):
        seedparse.parse(text, reader="transcript-note")


# --------------------------------------------------------------------------- R17

XXE = [
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>\n',
    '<!DOCTYPE html [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<p>&e;</p>\n'
    '<a class="yt-timestamp" data-t="00:00:01">&e;</a>\n',
    '<x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" '
    'parse="text"/></x>\n',
    '---\ntitle: T\n---\n\n<!DOCTYPE a [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
    'Note [[x]] <a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>\n',
    '{\n  "authors": ["&e;"],\n  "x": "<!DOCTYPE a [<!ENTITY e SYSTEM \\"file:///etc/passwd\\">]>"\n}\n'
    "Title\n\nBody.\n",
]


@pytest.mark.skipif(not os.path.exists("/etc/passwd"), reason="no /etc/passwd to leak")
@pytest.mark.parametrize("text", XXE)
def test_r17_external_entities_are_never_resolved(text: str) -> None:
    assert PASSWD in Path("/etc/passwd").read_text()
    for reader in [None, *READERS]:
        assert PASSWD not in outcome_text(
            lambda reader=reader: seedparse.parse(text, reader=reader)
        )


def test_r17_inline_billion_laughs_stays_small() -> None:
    lol = '<!DOCTYPE l [<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    text = lol + "]>\n<l>&j;</l>\n"
    for reader in [None, *READERS]:
        assert len(
            outcome_text(lambda reader=reader: seedparse.parse(text, reader=reader))
        ) < 100 * len(text)


# --------------------------------------------------------------------------- R20, R2, R1


def test_r20_no_document_ever_holds_content_from_outside_the_root(tmp_path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "ok.md").write_text("Title\n\nInside.\n")
    (root / "passwd.md").symlink_to("/etc/passwd")
    (root / "etc").symlink_to("/etc")
    (root / "up.md").symlink_to("../outside.md")
    (tmp_path / "outside.md").write_text("OUTSIDE-SECRET\n")
    for follow in (False, True):
        limits = seedparse.Limits(follow_symlinks=follow)
        for workers in (None, 2):
            result = seedparse.load_dir(root, errors="collect", limits=limits, workers=workers)
            dumped = json.dumps([d.to_dict() for d in result]) + repr(result.failures)
            assert PASSWD not in dumped and "OUTSIDE-SECRET" not in dumped
            assert [os.path.basename(d.source) for d in result] == ["ok.md"]


def test_r2_fifo_in_a_fresh_process_with_a_deadline(tmp_path, isolated) -> None:
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    run = isolated(
        f"""
        import seedparse
        def main():
            try:
                seedparse.load({str(fifo)!r})
            except seedparse.FileAccessError as error:
                return type(error).__name__
            return "no error"
        """,
        deadline=120,
    )
    assert not run.timed_out, "load() blocked on a FIFO"
    assert run.result == "FileAccessError", run.stderr


def test_r1_dev_zero_in_a_fresh_process_with_a_memory_cap(tmp_path, isolated) -> None:
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    run = isolated(
        f"""
        import seedparse
        def main():
            out = []
            for path in ({str(link)!r}, "/dev/zero"):
                try:
                    seedparse.load(path)
                except seedparse.SeedparseError as error:
                    out.append(type(error).__name__)
            return out
        """,
        deadline=120,
        address_space_mb=1024,
    )
    assert run.result == ["FileAccessError", "FileAccessError"], run.stderr


# --------------------------------------------------------------------------- R24, R25


def all_error_classes() -> list[type[SeedparseError]]:
    found: list[type[SeedparseError]] = []
    todo: list[type[SeedparseError]] = [SeedparseError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("seedparse") and cls not in found:
            found.append(cls)
            todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_r24_every_seedparse_exception_class_survives_pickle(cls) -> None:  # type: ignore[no-untyped-def]
    if issubclass(cls, BaseExceptionGroup):
        error = cls("group", [seedparse.DecodeError("inner", source="x")])
    else:
        error = cls("boom", source="some/file.md")
        error.line, error.column = 3, 4
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is cls
    assert str(again) == str(error)
    assert (again.path, again.line, again.column) == (error.path, error.line, error.column)


# --------------------------------------------------------------------------- R26


def test_r26_content_never_names_a_file_seedparse_opens(monkeypatch) -> None:
    text = (
        "---\ntitle: '../../etc/passwd'\nsource: file:///etc/passwd\n---\n\n"
        "See [[../../etc/passwd]] and [[javascript:alert(1)|click]] and [[/dev/zero]].\n"
        '<a class="yt-timestamp" data-t="00:00:01" href="file:///etc/shadow">[00:00:01]</a>\n'
    )

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"parse() opened {args[0]!r}")

    seedparse.parse("warm up the readers")  # lazy imports may open files: do them first
    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    for reader in [None, *READERS]:
        doc = seedparse.parse(text, reader=reader)
        json.dumps(doc.to_dict(), allow_nan=False)


# --------------------------------------------------------------------------- the scan

FORBIDDEN_NAMES = {
    "FullLoader": "R6: only SafeLoader-derived loaders",
    "UnsafeLoader": "R6: only SafeLoader-derived loaders",
    "CSafeLoader": "R9: libyaml's C loader segfaults on deep nesting",
    "CLoader": "R6/R9",
    "CFullLoader": "R6/R9",
    "CUnsafeLoader": "R6/R9",
    "CBaseLoader": "R9",
    "unsafe_load": "R6",
    "full_load": "R6",
    "unsafe_load_all": "R6",
    "full_load_all": "R6",
    "XMLParser": "R17: note text never goes through lxml's XML parser",
    "XMLPullParser": "R17",
    "XInclude": "R17",
}
FORBIDDEN_KEYWORDS = {
    ("resolve_entities", True): "R17",
    ("no_network", False): "R17",
    ("load_dtd", True): "R17",
    ("huge_tree", True): "R17: lxml's own size limits stay on",
}


def scan(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        name = None
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        if name in FORBIDDEN_NAMES:
            found.append(
                f"{filename}:{getattr(node, 'lineno', '?')}: {name} ({FORBIDDEN_NAMES[name]})"
            )
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "Loader"
            and (isinstance(node.value, ast.Name) and node.value.id == "yaml")
        ):
            found.append(f"{filename}:{node.lineno}: yaml.Loader (R6)")
        if isinstance(node, ast.keyword) and isinstance(node.value, ast.Constant):
            key = (node.arg, node.value.value)
            if key in FORBIDDEN_KEYWORDS:
                setting = f"{node.arg}={node.value.value!r}"
                found.append(
                    f"{filename}:{node.value.lineno}: {setting} ({FORBIDDEN_KEYWORDS[key]})"
                )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("load", "load_all")
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "yaml"
        ):
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
            loader = (
                loader if loader is not None else (node.args[1] if len(node.args) > 1 else None)
            )
            loader_name = getattr(loader, "attr", None) or getattr(loader, "id", None) or ""
            if "Safe" not in loader_name and "Frontmatter" not in loader_name:
                found.append(
                    f"{filename}:{node.lineno}: yaml.{node.func.attr}( without a safe Loader (R6)"
                )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "frontmatter"
            and node.func.attr in ("load", "loads", "parse")
        ):
            found.append(
                f"{filename}:{node.lineno}: frontmatter.{node.func.attr}( picks libyaml's "
                "CSafeLoader when it can (R9)"
            )
    return found


def test_r6_r9_r17_the_scan_catches_what_it_should() -> None:
    bad = (
        "import yaml, frontmatter\nfrom yaml import CSafeLoader\n"
        "yaml.load(s)\nyaml.load(s, Loader=yaml.FullLoader)\nyaml.load(s, yaml.Loader)\n"
        "frontmatter.loads(s)\nlxml.etree.XMLParser(resolve_entities=True, no_network=False)\n"
        "f(load_dtd=True)\n"
    )
    flagged = {int(finding.split(":")[1]) for finding in scan(bad, "bad.py")}
    assert flagged == {2, 3, 4, 5, 6, 7, 8}
    good = "import yaml\nyaml.load(s, Loader=yaml.SafeLoader)\nyaml.safe_load(s)\n"
    assert scan(good, "good.py") == []


def test_r6_r9_r17_src_uses_no_unsafe_loader_or_parser_setting() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        found.extend(scan(path.read_text(), str(path.relative_to(SRC.parent))))
    assert not found, "\n".join(found)
