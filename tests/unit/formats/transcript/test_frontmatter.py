"""Front matter safety (docs/reliability.md R6-R11): framing, limits, and the loader's refusals."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
import yaml

import seedparse
from seedparse import FrontmatterError, LimitExceeded, Limits
from seedparse._limits import using_limits
from seedparse.formats.transcript.frontmatter import SafeYAMLHandler, split_frontmatter
from timing_budget import TIMED, within

SRC = Path(__file__).resolve().parents[4] / "src" / "seedparse"


def note(front: str, body: str = "Body.\n") -> str:
    return f"---\n{front}---\n{body}"


def parse(text: str, **kwargs: object) -> seedparse.Document:
    return seedparse.parse(text, source="note.md", reader="transcript-note", **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- R6 tags


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/apply:subprocess.call",
        "!!python/object/new:os.system",
        "!python/object/apply:os.system",
    ],
)
def test_python_tags_are_refused_and_never_run(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "pwned"
    text = note(f'title: x\nrun: {tag} ["touch {marker}"]\n')
    with pytest.raises(FrontmatterError) as caught:
        parse(text)
    assert not marker.exists()
    assert caught.value.source == "note.md" and caught.value.line == 3
    assert isinstance(caught.value.__cause__, yaml.YAMLError)


def test_source_uses_only_safe_loaders() -> None:
    unsafe = re.compile(
        r"yaml\.(?:load|unsafe_load|full_load|load_all)\(|Loader\s*="
        r"|yaml\.(?:C?Loader|FullLoader|UnsafeLoader|CSafeLoader|CFullLoader|CUnsafeLoader)\b"
        r"|from yaml(?:\.\w+)? import [^\n]*\b(?:C\w*Loader|FullLoader|UnsafeLoader|Loader)\b"
    )
    for path in SRC.rglob("*.py"):
        assert not unsafe.search(path.read_text(encoding="utf-8")), path


def test_the_loader_is_pure_python() -> None:
    from seedparse.formats.transcript.yamlload import _FrontmatterLoader

    assert issubclass(_FrontmatterLoader, yaml.SafeLoader)
    assert not any(base.__module__.startswith("yaml._yaml") for base in _FrontmatterLoader.__mro__)


# --------------------------------------------------------------------------- R7 R8 aliases

ALIAS_BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def merge_bomb(levels: int = 24) -> str:
    lines = ["k0: &k0 {a: 1, b: 2}"]
    for i in range(1, levels):
        lines.append(f"k{i}: &k{i} {{<<: [*k{i - 1}, *k{i - 1}], x{i}: {i}}}")
    return "\n".join(lines) + "\n"


@TIMED
@pytest.mark.parametrize("front", [ALIAS_BOMB, merge_bomb()], ids=["alias", "merge"])
def test_bombs_are_refused_quickly(front: str, timed: bool) -> None:
    def refuse() -> None:
        with pytest.raises(FrontmatterError, match="aliases are not allowed"):
            parse(note(front))

    within(refuse, 1.0, "bomb", timed=timed)


@TIMED
@pytest.mark.parametrize("front", [ALIAS_BOMB, merge_bomb()], ids=["alias", "merge"])
def test_bombs_are_capped_when_aliases_are_allowed(front: str, timed: bool) -> None:
    def cap() -> None:
        with pytest.raises(LimitExceeded, match="max_metadata_nodes"):
            parse(note(front), limits=Limits(allow_yaml_aliases=True))

    within(cap, 1.0, "bomb with aliases", timed=timed)


def test_merge_bomb_fits_the_499_byte_shape() -> None:
    assert len(merge_bomb().encode()) < 1200  # a few hundred bytes, exponential if expanded


def test_allowed_aliases_give_a_finite_tree_and_cycles_are_refused() -> None:
    allowed = Limits(allow_yaml_aliases=True)
    doc = parse(note("base: &b [1, 2]\ncopy: *b\n"), limits=allowed)
    assert doc.metadata["copy"] == (1, 2)
    json.dumps(doc.to_dict(), allow_nan=False)
    with pytest.raises(FrontmatterError, match="itself"):
        parse(note("loop: &l [*l]\n"), limits=allowed)


# --------------------------------------------------------------------------- R9 depth


def test_deep_flow_sequence_is_refused() -> None:
    depth = 100_000
    with pytest.raises(FrontmatterError, match="max_depth=64"):
        parse(note("x: " + "[" * depth + "]" * depth + "\n"))


def test_deep_flow_sequence_does_not_crash_the_process() -> None:
    code = (
        "import seedparse\n"
        "t = '---\\nx: ' + '[' * 100000 + ']' * 100000 + '\\n---\\nbody'\n"
        "try:\n"
        "    seedparse.parse(t, reader='transcript-note')\n"
        "except seedparse.FrontmatterError:\n"
        "    print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "refused"


def test_block_nesting_is_limited_too() -> None:
    deep = "".join(" " * i + f"k{i}:\n" for i in range(70)) + " " * 70 + "v\n"
    with pytest.raises(FrontmatterError, match="max_depth"):
        parse(note(deep))
    shallow = "".join(" " * i + f"k{i}:\n" for i in range(10)) + " " * 10 + "v\n"
    assert parse(note(shallow)).metadata["k0"]["k1"]["k2"]


def test_max_frontmatter_bytes() -> None:
    front = "title: " + "x" * 2000 + "\n"
    assert parse(note(front)).title == "x" * 2000
    with pytest.raises(LimitExceeded, match="max_frontmatter_bytes"):
        parse(note(front), limits=Limits(max_frontmatter_bytes=1000))


def test_max_metadata_nodes() -> None:
    front = "".join(f"k{i}: v{i}\n" for i in range(50))
    with pytest.raises(LimitExceeded):
        parse(note(front), limits=Limits(max_metadata_nodes=20))
    with pytest.raises(LimitExceeded):
        parse(
            note("xs: [" + ", ".join("1" for _ in range(50)) + "]\n"),
            limits=Limits(max_metadata_nodes=20),
        )


# --------------------------------------------------------------------------- R10 values


@pytest.mark.parametrize(
    "front, cause",
    [
        ("n: " + "9" * 5000 + "\n", ValueError),
        ("d: !!timestamp 2024-99-99\n", ValueError),
        ("x: !!int 0x\n", ValueError),
        ("x: [unclosed\n", yaml.YAMLError),
        ("x:\ty\n\tz: 1\n", yaml.YAMLError),
        ("x: \x01\n", yaml.YAMLError),
        ("x: 1\n---\ny: 2\n", None),  # a second document marker closes the block early
    ],
)
def test_every_yaml_failure_is_a_frontmatter_error(front: str, cause: type | None) -> None:
    text = note(front)
    try:
        doc = parse(text)
    except FrontmatterError as error:
        assert error.source == "note.md" and error.line is not None and error.line >= 2
        if cause is not None:
            assert isinstance(error.__cause__, cause)
        assert "root:x:0:0" not in str(error)
    else:
        assert cause is None
        json.dumps(doc.to_dict(), allow_nan=False)


def test_dates_stay_strings_and_are_json() -> None:
    front = (
        "title: 2024-01-01\nwhen: 2024-01-01 10:00:00\nbad: 2024-99-99\n"
        "explicit: !!timestamp 2024-02-03\n"
    )
    doc = parse(note(front))
    assert doc.title == "2024-01-01"
    assert doc.metadata["title"] == "2024-01-01"
    assert doc.metadata["when"] == "2024-01-01 10:00:00"
    assert doc.metadata["bad"] == "2024-99-99"
    assert doc.metadata["explicit"] == "2024-02-03"


def test_nul_in_front_matter_is_replaced_before_yaml_sees_it() -> None:
    doc = parse(note("x: a\x00b\n"))
    assert doc.metadata["x"] == "a\ufffdb"


def test_published_from_a_date_key() -> None:
    doc = parse(note("title: T\ndate: 2024-06-07\n"))
    assert doc.published is not None and doc.published.isoformat() == "2024-06-07"
    assert doc.dateline == "2024-06-07"
    assert parse(note("title: T\ndate: soon\n")).published is None


def test_non_json_values_become_strings_with_warnings() -> None:
    doc = parse(note("a: .inf\nb: -.inf\nc: .nan\nd: !!binary aGVsbG8=\ne: !!set {x, y}\n"))
    assert doc.metadata["a"] == ".inf" and doc.metadata["b"] == "-.inf"
    assert doc.metadata["c"] == ".nan"
    assert doc.metadata["d"] == "aGVsbG8="
    assert doc.metadata["e"] == ("x", "y")
    assert len([w for w in doc.warnings if "kept as" in w]) == 4
    json.dumps(doc.to_dict(), allow_nan=False)


def test_non_string_keys_and_values() -> None:
    doc = parse(note("2: two\nyes: no\nnull: ~\nn: 12\nf: 1.5\nvideoId: 0123\n"))
    assert doc.metadata["2"] == "two" and doc.metadata["true"] is False
    assert doc.metadata["null"] is None and doc.metadata["n"] == 12
    assert doc.metadata["f"] == 1.5
    assert doc.metadata["videoId"] == 83  # YAML 1.1 octal, kept verbatim...
    assert doc.metadata["video_id"] == "0123"  # ...but the derived id is the source text
    assert doc.warnings == ()


def test_keys_that_python_conflates_are_reported() -> None:
    doc = parse(note("1: one\ntrue: yes\n"))  # 1 == True in a Python dict
    assert any("duplicate" in w for w in doc.warnings)


# --------------------------------------------------------------------------- R11 framing


def test_duplicate_keys_warn_and_the_last_wins() -> None:
    for front in ("a: x\na: y\n", "a: 1\na: 2\n"):  # the fast path and PyYAML
        doc = parse(note(front))
        assert str(doc.metadata["a"]) in ("y", "2")
        (warning,) = [w for w in doc.warnings if "duplicate" in w]
        assert warning.startswith("line 3, column 1:")


@pytest.mark.parametrize(
    "front, kind",
    [("- a\n- b\n", "a list"), ("just words\n", "a single value"), ("42\n", "a single value")],
)
def test_non_mapping_front_matter_is_an_error(front: str, kind: str) -> None:
    with pytest.raises(FrontmatterError, match=kind):
        parse(note(front))


def test_unterminated_front_matter_is_body_with_a_warning() -> None:
    doc = parse("---\ntitle: Never closed\n\nBody text.\n")
    assert doc.title is None
    assert doc.warnings == (
        "line 1, column 1: front matter is not closed by a '---' line; it is read as body text",
    )
    assert "Body text." in doc.text


def test_front_matter_only_and_empty_front_matter() -> None:
    only = parse("---\ntitle: Kept\n---")
    assert only.title == "Kept" and only.passages == ()
    empty = parse("---\n---\nBody.")
    assert dict(empty.metadata) == {} and empty.text == "Body."


def test_closing_with_dots_and_trailing_blanks() -> None:
    doc = parse("---  \ntitle: Dots\n...\nBody.")
    assert doc.title == "Dots" and doc.text == "Body."


def test_a_page_starting_with_json_is_not_front_matter() -> None:
    page = '{\n  "title": "Not front matter"\n}\nBody.\n'
    found = split_frontmatter(page)
    assert not found.present and found.data == {} and found.warnings == ()
    assert parse(page).title is None


def test_offsets_are_kept() -> None:
    text = "---\ntitle: T\n---\n\n  Body starts here.\n"
    found = split_frontmatter(text)
    assert found.present and text[found.end :] == "\n  Body starts here.\n"
    doc = parse(text)
    span = doc.passages[0].span
    assert text[span.start : span.end] == "  Body starts here."


def test_bom_before_front_matter_when_read_directly() -> None:
    from seedparse.formats.transcript import TranscriptNoteReader

    text = "\ufeff---\ntitle: With BOM\n---\nBody."
    doc = TranscriptNoteReader().read(text, "x")
    assert doc.title == "With BOM"
    span = doc.passages[0].span
    assert text[span.start : span.end] == "Body."


@TIMED
def test_fence_lines_with_spaces_are_linear(timed: bool) -> None:
    text = "---" + " " * 3_000_000
    found = within(lambda: split_frontmatter(text), 1.0, "fence + 3e6 spaces", timed=timed)
    assert not found.present


# --------------------------------------------------------------------------- handler


def test_python_frontmatter_handler_keeps_the_body_and_loads_safely(tmp_path: Path) -> None:
    handler = SafeYAMLHandler()
    text = "---\ntitle: Handler\n---\n\n  indented body\n"
    assert handler.detect(text)
    assert handler.split(text) == ("title: Handler\n", "\n  indented body\n")
    post = frontmatter.loads(text, handler=handler)
    assert post["title"] == "Handler"
    marker = tmp_path / "pwned"
    with pytest.raises(FrontmatterError):
        handler.load(f'x: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert not marker.exists()
    assert not handler.detect('{"a": 1}\n')


def test_limits_reach_the_handler() -> None:
    with using_limits(Limits(max_depth=3)), pytest.raises(FrontmatterError):
        SafeYAMLHandler().load("a: {b: {c: {d: 1}}}\n")


@pytest.mark.parametrize(
    "value, title",
    [("1984", "1984"), ("Null", "Null"), ("yes", "yes"), ("~", None), ("", None), ("'x'", "x")],
)
def test_a_title_is_the_text_as_written(value: str, title: str | None) -> None:
    assert parse(note(f"title: {value}\n")).title == title


# --------------------------------------------------------------------------- lazy PyYAML


def test_the_fast_path_resolvers_are_the_loaders() -> None:
    """The fast path's own resolver table (no PyYAML import) has, for every first
    character, the tags of the loader's table (PyYAML's SafeLoader without timestamps),
    and each of its patterns matches what the loader's matches on YAML's own examples."""
    from seedparse.formats.transcript import frontsplit as light
    from seedparse.formats.transcript import yamlload

    ours = {first: [tag for tag, _ in found] for first, found in light._RESOLVERS.items()}
    theirs = {first: [tag for tag, _ in found] for first, found in yamlload._RESOLVERS.items()}
    assert ours == theirs
    samples = [
        *[
            "yes",
            "Yes",
            "YES",
            "no",
            "NO",
            "true",
            "True",
            "false",
            "FALSE",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF",
        ],
        *[
            "yess",
            "Tru",
            "onn",
            "of",
            "oN",
            "nO",
            "1.0",
            "-1.5e+3",
            ".5",
            "+.inf",
            "-.Inf",
            ".NaN",
            ".nan",
            "190:20:30.15",
        ],
        *[
            "1e3",
            "1.2.3",
            "0b1010",
            "0b102",
            "0777",
            "0778",
            "-0",
            "+12_345",
            "0x1F",
            "0xG",
            "190:20:30",
            "1:60",
            "12:3",
        ],
        *[
            "<<",
            "<<<",
            "~",
            "null",
            "Null",
            "NULL",
            "nul",
            "~~",
            "=",
            "==",
            "!",
            "&",
            "*",
            "!!",
            "&a",
            "*a",
            "2024-01-01",
            "3rd",
            "n",
            "N",
        ],
        "",
    ]
    for value in samples:
        first = value[:1]
        for (tag, mine), (_, pyyaml) in zip(
            light._RESOLVERS.get(first, ()), yamlload._RESOLVERS.get(first, ()), strict=True
        ):
            assert (mine.match(value) is None) == (pyyaml.match(value) is None), (tag, value)


def test_simple_front_matter_does_not_import_pyyaml() -> None:
    """A note whose front matter the fast path reads never imports PyYAML or
    python-frontmatter (20 ms of the first load); one that needs the loader does."""
    code = (
        "import sys, seedparse\n"
        "doc = seedparse.parse('---\\ntitle: A note\\nvideoId: abc\\n---\\nBody.\\n',"
        " reader='transcript-note')\n"
        "assert doc.metadata['title'] == 'A note', doc.metadata\n"
        "print('yaml' in sys.modules, 'frontmatter' in sys.modules)\n"
        "seedparse.parse('---\\ntitle: [a, {b: 1}]\\n---\\nBody.\\n', reader='transcript-note')\n"
        "print('yaml' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "True"]
