"""Hypothesis properties of the transcript-note reader.

Notes are generated block by block (front matter, a From line, headings, paragraphs,
nested lists, quotes and callouts) with timestamp anchors in every spelling the reader
accepts, bare markers, wiki-links and entities, then rendered with or without CRLF and
BOM noise. Each generated piece remembers its raw markup and what a reader should get
from it, so the properties compare the Document with what was generated: exactly these
citations in this order, these passage texts, these claims, and spans that slice back to
the raw markup.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import Document, Limits
from seedparse.formats.transcript.frontsplit import _fast_simple
from seedparse.formats.transcript.inline import InlineScanner
from seedparse.formats.transcript.yamlload import _FrontmatterLoader, _load_slow

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßжЖ中文"
ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
ENTITIES = {"&amp;": "&", "&#39;": "'", "&quot;": '"', "&eacute;": "é"}

# --------------------------------------------------------------------------- pieces


@dataclass
class Cite:
    kind: str  # "timestamp" | "wikilink"
    raw: str
    seconds: int | None = None
    target: str | None = None
    shown: str | None = None


@dataclass
class Block:
    raw: str
    kind: str
    text: str
    depth: int = 0
    cites: list[Cite] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    heading_level: int = 0


def time_forms(seconds: int) -> list[str]:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    forms = [f"{h:02d}:{m:02d}:{s:02d}", f"{h}:{m}:{s}", str(seconds)]
    if h == 0:
        forms += [f"{m:02d}:{s:02d}", f"{m}:{s:02d}"]
    return forms


@st.composite
def anchors(draw: st.DrawFn) -> Cite:
    seconds = draw(st.integers(0, 40_000))
    value = draw(st.sampled_from(time_forms(seconds)))
    label = draw(st.sampled_from([value, time_forms(seconds)[0], "00:00:00", "x"]))
    spelling = draw(st.integers(0, 8))
    if spelling == 0:
        raw = f'<a class="yt-timestamp" data-t="{value}">[{label}]</a>'
    elif spelling == 1:
        raw = f"<a class='yt-timestamp' data-t='{value}'>[{label}]</a>"
    elif spelling == 2:
        raw = f'<a data-t="{value}" class="yt-timestamp">[{label}]</a>'
    elif spelling == 3:
        raw = f'<A CLASS="YT-TIMESTAMP" DATA-T="{value}">[{label}]</A>'
    elif spelling == 4:
        raw = (
            f'<a href="https://www.youtube.com/watch?v=x&amp;t=1s" class="ts yt-timestamp" '
            f'data-t="{value}" target="_blank">[{label}]</a>'
        )
    elif spelling == 5:
        raw = f'<a class="yt-timestamp" data-t="{value.replace(":", "&#58;")}">[{label}]</a>'
    elif spelling == 6:
        raw = f'<a class="yt-timestamp" data-t="{value}">[{label}]'  # no closing tag
    elif spelling == 7:
        raw = f"<a class=yt-timestamp data-t={value}>[{label}]</a>"
    else:
        raw = f'<a class="yt-timestamp"  data-t = "{value}" >[{label}]</a >'
    return Cite("timestamp", raw, seconds=seconds)


@st.composite
def markers(draw: st.DrawFn) -> Cite:
    seconds = draw(st.integers(0, 40_000))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    forms = [f"{h:02d}:{m:02d}:{s:02d}", f"{h}:{m:02d}:{s:02d}"]
    if h == 0:
        forms.append(f"{m}:{s:02d}")
    return Cite("timestamp", f"[{draw(st.sampled_from(forms))}]", seconds=seconds)


targets = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=20)
words = st.text(alphabet=LETTERS, min_size=1, max_size=9)


@st.composite
def wikilinks(draw: st.DrawFn) -> Cite:
    target = draw(targets)
    if draw(st.booleans()):
        return Cite("wikilink", f"[[{target}]]", target=target, shown=target)
    label = " ".join(draw(st.lists(words, min_size=1, max_size=3)))
    bar = draw(st.sampled_from(["|", " | ", "| ", " |"]))
    return Cite("wikilink", f"[[{target}{bar}{label}]]", target=target, shown=label)


@st.composite
def contents(
    draw: st.DrawFn, *, lines: bool, lead: str = ""
) -> tuple[str, str, list[Cite], list[str]]:
    """Raw inline content, its clean text, its citations and the timestamp claims.

    ``lead`` is clean text the passage shows before the content (a callout title)."""
    raw: list[str] = []
    clean: list[str] = [lead]
    cites: list[Cite] = []
    claims: list[str] = []
    since: list[str] = [lead]  # clean text since the last timestamp
    last_claim = ""
    for _ in range(draw(st.integers(1, 10))):
        choice = draw(st.integers(0, 9))
        gap = "\n" if lines and raw and draw(st.integers(0, 5)) == 0 else " "
        if choice <= 4 or not raw:
            if draw(st.integers(0, 9)) == 0:
                entity = draw(st.sampled_from(sorted(ENTITIES)))
                raw.append(gap + entity)
                clean.append(" " + ENTITIES[entity])
                since.append(" " + ENTITIES[entity])
            else:
                word = draw(words)
                raw.append(gap + word)
                clean.append(" " + word)
                since.append(" " + word)
        elif choice <= 6:
            link = draw(wikilinks())
            cites.append(link)
            raw.append(gap + link.raw)
            clean.append(" " + (link.shown or ""))
            since.append(" " + (link.shown or ""))
        else:
            stamp = draw(anchors()) if choice <= 8 else draw(markers())
            cites.append(stamp)
            raw.append(gap + stamp.raw)
            punct = draw(st.sampled_from(["", "", ".", ",", ";", "!?", ")"]))
            raw.append(punct)
            clean.append(punct)
            since.append(punct)
            claim = " ".join("".join(since).split())
            if re.search(r"\w", claim) is None:
                claim = last_claim
            else:
                last_claim = claim
            claims.append(claim)
            since = []
    return "".join(raw).lstrip(" \n"), " ".join("".join(clean).split()), cites, claims


@st.composite
def blocks(draw: st.DrawFn, *, first: bool) -> list[Block]:
    kind = draw(st.sampled_from(["heading", "paragraph", "paragraph", "list", "quote"]))
    if kind == "heading":
        level = draw(st.integers(1, 4))
        raw, clean, cites, claims = draw(contents(lines=False))
        return [Block("#" * level + " " + raw, "heading", clean, 0, cites, claims, level)]
    if kind == "paragraph":
        raw, clean, cites, claims = draw(contents(lines=True))
        return [Block(raw, "paragraph", clean, 0, cites, claims)]
    if kind == "quote":
        prefix = title = ""
        if draw(st.booleans()):
            title = draw(words)
            prefix = f"> [!{draw(st.sampled_from(['info', 'note', 'tip']))}] {title}\n"
        raw, clean, cites, claims = draw(contents(lines=True, lead=title))
        quoted = prefix + "\n".join("> " + line for line in raw.split("\n"))
        return [Block(quoted, "quote", clean, 0, cites, claims)]
    items: list[Block] = []
    depth = 0
    ordered = draw(st.booleans())
    for number in range(1, draw(st.integers(1, 5)) + 1):
        depth = draw(st.integers(0, depth + 1)) if items else 0
        marker = (
            f"{number}{draw(st.sampled_from(['.', ')']))} "
            if ordered
            else draw(st.sampled_from(["*   ", "- ", "+ "]))
        )
        raw, clean, cites, claims = draw(contents(lines=False))
        items.append(Block("    " * depth + marker + raw, "list_item", clean, depth, cites, claims))
    return items


@dataclass
class Note:
    text: str
    video_id: str | None
    title: str | None
    channel: str | None
    blocks: list[list[Block]]


@st.composite
def notes(draw: st.DrawFn) -> Note:
    parts: list[str] = []
    video_id: str | None = None
    title: str | None = None
    if draw(st.booleans()):
        lines = []
        if draw(st.booleans()):
            title = " ".join(draw(st.lists(words, min_size=1, max_size=4)))
            lines.append(f"title: {title}")
        if draw(st.integers(0, 3)):
            video_id = draw(st.text(alphabet=ID_CHARS, min_size=11, max_size=11))
            lines.append(f"videoId: {video_id}")
        parts.append("---\n" + "".join(line + "\n" for line in lines) + "---\n")
    channel = None
    if draw(st.booleans()):
        channel = draw(targets)
        parts.append(f"From: [[{channel}]] <br/>\n")
    groups = [draw(blocks(first=index == 0)) for index in range(draw(st.integers(0, 7)))]
    body = "\n\n".join("\n".join(block.raw for block in group) for group in groups)
    parts.append("\n" + body if parts else body)
    if title is None:
        for group in groups:
            block = group[0]
            if block.kind == "heading" and block.heading_level == 1 and block.text:
                title = block.text
            if block.kind != "heading" or block.text:
                break
    return Note("".join(parts), video_id, title, channel, groups)


def expected_sections(note: Note) -> list[tuple[str, str, int, tuple[str, ...]]]:
    out = []
    trail: list[tuple[int, str]] = []
    for group in note.blocks:
        for block in group:
            if block.kind == "heading":
                while trail and trail[-1][0] >= block.heading_level:
                    trail.pop()
                section = tuple(text for _, text in trail)
                if block.text:
                    trail.append((block.heading_level, block.text))
            else:
                section = tuple(text for _, text in trail)
            if block.text or block.cites:
                out.append((block.kind, block.text, block.depth, section))
    return out


# --------------------------------------------------------------------------- properties


def check(doc: Document, note: Note, text: str) -> None:
    generated = [(b, c) for g in note.blocks for b in g for c in b.cites]
    got = [c for c in doc.citations]
    assert [c.kind for c in got] == [c.kind for _, c in generated]
    link = None if note.video_id is None else f"https://www.youtube.com/watch?v={note.video_id}"
    for citation, (_, cite) in zip(got, generated, strict=True):
        assert text[citation.span.start : citation.span.end] == cite.raw
        if cite.kind == "timestamp":
            assert citation.seconds == cite.seconds
            assert citation.target == (None if link is None else f"{link}&t={cite.seconds}s")
        else:
            assert (citation.target, citation.text) == (cite.target, cite.shown)
    claims = [c.text for c in got if c.kind == "timestamp"]
    assert claims == [claim for g in note.blocks for b in g for claim in b.claims]
    assert [(p.kind, p.text, p.depth, p.section) for p in doc.passages] == expected_sections(note)
    raws = [b.raw for g in note.blocks for b in g if b.text or b.cites]
    assert [text[p.span.start : p.span.end] for p in doc.passages] == raws
    for passage in doc.passages:
        assert not set("<>[]|") & set(passage.text)
        assert "&amp;" not in passage.text and "  " not in passage.text
    assert doc.title == note.title
    assert doc.authors == ((note.channel,) if note.channel else ())
    assert doc.metadata.get("video_id") == note.video_id
    assert Document.from_dict(doc.to_dict()) == doc
    json.dumps(doc.to_dict(), allow_nan=False)


@SETTINGS
@given(notes())
def test_generated_notes_read_back_exactly(note: Note) -> None:
    doc = seedparse.parse(note.text, reader="transcript-note")
    check(doc, note, note.text)
    assert doc.warnings == ()


@SETTINGS
@given(notes(), st.booleans(), st.booleans())
def test_crlf_and_bom_noise_change_nothing(note: Note, crlf: bool, bom: bool) -> None:
    noisy = ("\ufeff" if bom else "") + (note.text.replace("\n", "\r\n") if crlf else note.text)
    doc = seedparse.parse(noisy, reader="transcript-note")
    assert doc == seedparse.parse(note.text, reader="transcript-note")
    check(doc, note, seedparse.normalize_text(noisy))


@SETTINGS
@given(
    st.lists(st.tuples(words, st.integers(-5, 40_000), st.sampled_from(["", ".", ","])), max_size=8)
)
def test_fast_and_general_scanners_agree(runs: list[tuple[str, int, str]]) -> None:
    def value(s: int) -> str:
        return "99:99:99" if s < 0 else f"00:{s // 60:02d}:{s % 60:02d}" if s < 3600 else str(s)

    raw = " ".join(
        f'{word} <a class="yt-timestamp" data-t="{value(s)}">[x]</a>{p}' for word, s, p in runs
    )
    results = []
    for fast in (True, False):
        warnings: list[tuple[int, str]] = []
        scanner = InlineScanner(
            ts_target="V&t=", warnings=warnings, max_link_len=4096, max_anchor_attr_len=2048
        )
        scanner.fast = fast
        results.append((scanner.scan(raw, 7), warnings))
    assert results[0] == results[1]


plain_values = st.text(
    alphabet="abcdefghijklmnoXYZ0123456789 -_.:#'\"[]{},!&*?|>%@`\\é\x85\u2028",
    min_size=0,
    max_size=12,
)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["title", "videoId", "a", "yes", "n", "date", "_x"]), plain_values
        ),
        max_size=5,
    )
)
def test_front_matter_fast_path_agrees_with_pyyaml(pairs: list[tuple[str, str]]) -> None:
    block = "".join(f"{key}: {value}\n" for key, value in pairs)
    fast = _fast_simple(block)
    if fast is None:
        return
    try:
        slow = _load_slow(_FrontmatterLoader(block, Limits()), Limits())
    except (yaml.YAMLError, ValueError) as error:  # the fast path must not accept it
        raise AssertionError(f"fast path accepted what YAML rejects: {block!r}") from error
    assert (fast[0], fast[1]) == (slow.data, slow.raw), block
    assert [w for _, w in fast[2]] == [w for _, w in slow.warnings if "duplicate" in w]


MARKUP = ["[[", "]]", "<a ", "data-t=", "yt-timestamp", "</a>", "&amp;", "---\n", "```", "\r\n"]
HOSTILE = st.lists(st.sampled_from([*"ab 1:\n>#*-|[]!<>/=\"'&;\u202e", *MARKUP]), max_size=120).map(
    "".join
)


@SETTINGS
@given(HOSTILE)
def test_any_text_gives_a_well_formed_document(text: str) -> None:
    try:
        doc = seedparse.parse(text, reader="transcript-note")
    except seedparse.SeedparseError:
        return
    normal = seedparse.normalize_text(text)
    for passage in doc.passages:
        assert 0 <= passage.span.start <= passage.span.end <= len(normal)
        for citation in passage.citations:
            assert passage.span.start <= citation.span.start <= citation.span.end
            assert citation.span.end <= passage.span.end
    assert list(doc.citations) == [c for p in doc.passages for c in p.citations]
    assert Document.from_dict(doc.to_dict()) == doc
    json.dumps(doc.to_dict(), allow_nan=False)
    for value in (doc.text, *(c.text for c in doc.citations)):
        value.encode("utf-8")
