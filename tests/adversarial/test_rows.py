"""Reader rows of docs/reliability.md through the public API (R5, R7, R10 to R13, R16,
R18, R26): what hostile front matter, JSON and markup turn into. The timed budgets
of the same rows are in test_budgets.py, the scanners in test_pathological.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedparse
from seedparse import Document, FrontmatterError, SeedparseError

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
NOTE = "---\ntitle: {title}\nvideoId: abc123\n{extra}---\n\n## Part\n\n{body}\n"


def note(body: str = "A claim.", *, title: str = "T", extra: str = "") -> str:
    return NOTE.format(title=title, extra=extra, body=body)


def outcome(text: str, reader: str | None = None) -> Document | SeedparseError:
    try:
        return seedparse.parse(text, reader=reader)
    except SeedparseError as error:
        return error


# --------------------------------------------------------------------------- R5


def test_r5_invisible_and_bidi_characters_are_kept_verbatim() -> None:
    doc = seedparse.parse(note("Zero\u200bwidth and \u202ereversed\u202c text."))
    assert "Zero\u200bwidth" in doc.text and "\u202ereversed\u202c" in doc.text


def test_r5_bidi_control_in_a_link_target_gives_a_warning() -> None:
    doc = seedparse.parse(note("See [[safe\u202etxt.exe | label]] now."))
    assert any("bidi" in w.lower() or "u+202e" in w.lower() for w in doc.warnings), doc.warnings


# --------------------------------------------------------------------------- R7


def test_r7_aliases_are_refused_and_metadata_is_a_finite_tree() -> None:
    with pytest.raises(FrontmatterError):
        seedparse.parse(note(extra="a: &x [1, 2]\nb: *x\n"))
    for path in SEEDS:
        text = path.read_text()
        doc = seedparse.load(path)
        front = text[: text.find("\n---", 3) + 4] if text.startswith("---") else ""
        size = len(json.dumps(dict(doc.metadata), default=list, allow_nan=False))
        if front:
            assert size <= 10 * len(front) + 400  # derived facts (url, warnings) on top


# --------------------------------------------------------------------------- R10


def test_r10_dates_stay_strings_and_odd_scalars_never_escape() -> None:
    doc = seedparse.parse(note(title="2024-01-01", extra="when: 2024-01-01 10:00:00\n"))
    assert doc.title == "2024-01-01"
    assert doc.metadata["when"] == "2024-01-01 10:00:00"
    for extra in (
        "n: " + "9" * 5000 + "\n",
        "d: 2024-99-99\n",
        "f: 1e999999\n",
        "t:\tx\n",
        "bad: [unclosed\n",
        ": :\n",
    ):
        result = outcome(note(extra=extra), reader="transcript-note")
        if isinstance(result, SeedparseError):
            assert isinstance(result, FrontmatterError), (extra, result)
            assert result.line is not None and result.path == "<string>"
        else:
            json.dumps(result.to_dict(), allow_nan=False)


# --------------------------------------------------------------------------- R11


def test_r11_a_page_whose_first_line_is_a_brace_is_a_web_page() -> None:
    page = '{\n  "authors": ["A. Writer"],\n  "title": "Page"\n}\nPage title\n\nBody text here.\n'
    doc = seedparse.parse(page)
    assert doc.reader == "web-page"
    assert doc.authors == ("A. Writer",)


def test_r11_framing_cases() -> None:
    unclosed = outcome("---\ntitle: Never closed\nvideoId: abc123\n\n## Part\n\nBody.\n")
    assert isinstance(unclosed, FrontmatterError) or unclosed.warnings
    only = seedparse.parse("---\ntitle: Only front matter\nvideoId: abc123\n---\n")
    assert only.title == "Only front matter" and only.passages == ()
    with pytest.raises(FrontmatterError):
        seedparse.parse("---\n- a\n- b\n---\n\nBody.\n", reader="transcript-note")
    duplicate = seedparse.parse(note(extra="videoId: other\n"))
    assert any("duplicate" in w.lower() for w in duplicate.warnings), duplicate.warnings


# --------------------------------------------------------------------------- R12, R13

PAGE = "\u2022 Home\n{block}\nA page title\n\nBy A. Writer\n\nBody paragraph of the page.\n"


@pytest.mark.parametrize(
    "block",
    [
        '{\n  "authors": ["A"],\n  "x": ' + "[" * 5000 + "]" * 5000 + "\n}",
        '{\n  "authors": ["A"],\n  "x": ' + '{"a": ' * 1500 + "1" + "}" * 1500 + "\n}",
        '{\n  "authors": ["A"],\n  "n": NaN,\n  "m": -Infinity\n}',
        '{\n  "authors": ["A"],\n  "n": ' + "1" * 5000 + "\n}",
        '{\n  "authors": ["A"],\n  "a": 1,\n  "a": 2\n}',
        '{\n  "authors": ["A"],\n  "x": "unterminated',
        '{\n  "authors": ["A"],\n  "s": "\\ud800"\n}',
    ],
    ids=["deep-array", "deep-object", "nan", "huge-int", "duplicate", "unterminated", "surrogate"],
)
def test_r12_r13_hostile_json_gives_a_warning_or_a_metadata_error(block: str) -> None:
    result = outcome(PAGE.format(block=block), reader="web-page")
    if isinstance(result, SeedparseError):
        assert isinstance(result, seedparse.MetadataError), result
        return
    assert result.warnings, "the JSON problem must be reported"
    json.dumps(result.to_dict(), allow_nan=False, ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- R16

stamps = st.lists(st.integers(min_value=0, max_value=999 * 3600 + 3599), min_size=1, max_size=20)


def hms(seconds: int) -> str:
    return f"{seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}"


@given(seconds=stamps, attribute_first=st.booleans())
def test_r16_timestamps_round_trip(seconds: list[int], attribute_first: bool) -> None:
    anchors = [
        f'<a class="yt-timestamp" data-t="{hms(s)}">[{hms(s)}]</a>'
        if attribute_first
        else f'<a data-t="{hms(s)}" class="yt-timestamp">[{hms(s)}]</a>'
        for s in seconds
    ]
    body = "\n\n".join(f"Claim number {i} {a}." for i, a in enumerate(anchors))
    text = note(body)
    doc = seedparse.parse(text)
    found = [c for c in doc.citations if c.kind == "timestamp"]
    assert [c.seconds for c in found] == seconds
    assert [text[c.span.start : c.span.end] for c in found] == anchors


labels = st.text(alphabet="abcdefghij _-0123456789", min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s
)


@given(links=st.lists(st.tuples(labels, st.none() | labels), min_size=1, max_size=10))
def test_r16_wikilinks_round_trip(links: list[tuple[str, str | None]]) -> None:
    markup = [f"[[{t} | {a}]]" if a else f"[[{t}]]" for t, a in links]
    text = note("\n\n".join(f"See {m} here." for m in markup))
    doc = seedparse.parse(text)
    found = [c for c in doc.citations if c.kind == "wikilink"]
    assert [c.target for c in found] == [t for t, _ in links]
    # the shown text is clean text: runs of spaces read as one
    assert [c.text for c in found] == [" ".join((a or t).split()) for t, a in links]
    assert [text[c.span.start : c.span.end] for c in found] == markup


# --------------------------------------------------------------------------- R18


def test_r18_entities_decode_once_and_bad_code_points_become_fffd() -> None:
    for reader in ("transcript-note", "article", "web-page"):
        doc = seedparse.parse(
            "Title line\n\nA &amp;amp; B &#0; &#xD800; &#x110000; &lt;x&gt; end of text.\n",
            reader=reader,
        )
        assert "&amp; B" in doc.text, reader
        assert "\ufffd \ufffd \ufffd" in doc.text, reader
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- R26


def plain(value: object) -> bool:
    if value is None or isinstance(value, (str, bool, int, float)):
        return not isinstance(value, str) or value.encode("utf-8") is not None
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(plain(v) for v in value)
    return False


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_r26_documents_are_plain_json(path: Path) -> None:
    doc = seedparse.load(path)
    data = json.loads(json.dumps(doc.to_dict(), allow_nan=False))
    assert plain(data)
    assert Document.from_dict(data) == doc


# --------------------------------------------------------------------------- R17

ANCHOR = '<a class="yt-timestamp" data-t="00:00:{:02}">[x]</a>'


@pytest.mark.parametrize("depth", [1, 300])
def test_r17_no_anchor_is_lost_to_deep_markup(depth: int) -> None:
    anchors = " ".join(ANCHOR.format(i) for i in range(50))
    body = "<div>" * depth + "A claim " + anchors + "." + "</div>" * depth
    text = note(body)
    doc = seedparse.parse(text)
    found = [c for c in doc.citations if c.kind == "timestamp"]
    assert len(found) == text.count('class="yt-timestamp"') == 50


@pytest.mark.slow
def test_r17_no_anchor_is_lost_after_a_huge_text_node() -> None:
    text = note("A claim " + "x" * 11_000_000 + " " + ANCHOR.format(1) + ".\n\n" + ANCHOR.format(2))
    doc = seedparse.parse(text)
    assert [c.seconds for c in doc.citations if c.kind == "timestamp"] == [1, 2]
