"""The transcript-note reader on hand-written notes in the shapes that
docs/formats/transcript-note.md describes.

Fixture notes live in tests/fixtures/transcript/; each test states what a reader of the
note expects, worked out from the note itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedparse
from seedparse import Citation, Document, Limits
from seedparse.formats.transcript import TranscriptNoteReader
from seedparse.formats.transcript.inline import InlineScanner, parse_time
from timing_budget import TIMED, within

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "transcript"
SEEDS = Path(__file__).resolve().parents[4] / "seeds"
NOTES = sorted(FIXTURES.glob("*.md"))
READER = TranscriptNoteReader()


def read(name: str) -> tuple[Document, str]:
    raw = (FIXTURES / name).read_bytes().decode("utf-8")
    text = seedparse.normalize_text(raw)
    return seedparse.parse(raw, source=name, reader="transcript-note"), text


def stamps(doc: Document) -> list[int | None]:
    return [c.seconds for c in doc.citations if c.kind == "timestamp"]


def links(doc: Document) -> list[tuple[str | None, str]]:
    return [(c.target, c.text) for c in doc.citations if c.kind == "wikilink"]


def body(doc: Document, kind: str) -> list[str]:
    return [p.text for p in doc.passages if p.kind == kind]


# --------------------------------------------------------------------------- contract


@pytest.mark.parametrize("path", NOTES + sorted(SEEDS.glob("00[01]_*")), ids=lambda p: p.name)
def test_universal_properties(path: Path) -> None:
    text = seedparse.read_text(path)
    doc = seedparse.load(path)
    assert doc.reader == "transcript-note"
    # Spans slice the decoded source; every citation sits inside its passage.
    for passage in doc.passages:
        raw = text[passage.span.start : passage.span.end]
        assert raw.strip(), passage
        for citation in passage.citations:
            assert passage.span.start <= citation.span.start < citation.span.end
            assert citation.span.end <= passage.span.end
            markup = text[citation.span.start : citation.span.end]
            if citation.kind == "wikilink":
                assert markup.startswith(("[[", "![[")) and markup.endswith("]]")
            else:
                assert markup.startswith(("<a", "<A", "[")), markup
    assert list(doc.citations) == [c for p in doc.passages for c in p.citations]
    # Passage text is clean (code is verbatim by design).
    for passage in doc.passages:
        if passage.kind == "code":
            continue
        assert "yt-timestamp" not in passage.text or "&lt;" in text
        assert "[[" not in passage.text and "]]" not in passage.text
        assert "<br" not in passage.text and "</a>" not in passage.text.lower()
        assert not re.search(r"\[[0-9]{1,3}:[0-5][0-9](:[0-5][0-9])?\]", passage.text)
        assert passage.text == passage.text.strip() and "  " not in passage.text
    # The model contract: validated rebuild, JSON, hashing.
    assert Document.from_dict(doc.to_dict()) == doc
    json.dumps(doc.to_dict(), allow_nan=False)
    hash(doc)


def test_read_is_a_pure_function_of_the_text() -> None:
    raw = (FIXTURES / "structure.md").read_text(encoding="utf-8")
    assert READER.read(raw, "a") == READER.read(raw, "a")
    assert READER.read(raw, "a").source == "a"


# --------------------------------------------------------------------------- seeds


def test_seed_000_facts_without_the_scorer() -> None:
    doc = seedparse.load(next(SEEDS.glob("000_*")))
    assert doc.metadata["videoId"] == doc.metadata["video_id"] == "gmRc-Fc5hHU"
    assert doc.metadata["url"] == "https://www.youtube.com/watch?v=gmRc-Fc5hHU"
    assert doc.authors == ("bonus_professor",) and doc.metadata["channel"] == "bonus_professor"
    assert "From:" not in doc.text and "videoId" not in doc.text
    first = doc.citations[0]
    assert first.target == "https://www.youtube.com/watch?v=gmRc-Fc5hHU&t=346s"
    assert first.text.endswith("after December 15.")
    assert "December 15. While" in doc.text  # punctuation stays with its sentence
    quote = [p for p in doc.passages if p.kind == "quote"]
    assert len(quote) == 1 and quote[0].text.startswith('"you understand')
    assert [c.kind for c in quote[0].citations] == ["wikilink", "timestamp"]


# --------------------------------------------------------------------------- structure


def test_structure_sections_lists_tables_code_quotes() -> None:
    doc, _ = read("structure.md")
    assert doc.title == "Grain corridors and shipping insurance"
    assert doc.authors == ("harbour_watch",)
    assert doc.metadata["channel_note"] == "kept verbatim"
    assert doc.metadata["tags"] == ("shipping", "insurance")
    assert doc.headings == ("Routes", "Premiums", "Outlook", "Setext heading below")
    items = [(p.text, p.depth) for p in doc.passages if p.kind == "list_item"]
    assert items == [
        ("The coastal route, which is the cheapest.", 0),
        ("The offshore route.", 0),
        ("Patrolled by two navies.", 1),
        ("Only in daylight.", 2),
        ("Longer by a day.", 1),
        ("The river route via the Danube.", 0),
    ]
    by_text = {p.text: p for p in doc.passages}
    assert by_text["Only in daylight."].section == ("Routes",)
    assert by_text["Premiums"].section == ("Routes",)
    (table,) = [p for p in doc.passages if p.kind == "table"]
    assert table.text.splitlines() == [
        "Route | Premium | Source",
        "Coastal | 1.5% | Lloyd's",
        "Offshore | 0.9% | broker quote",
    ]
    assert table.section == ("Routes", "Premiums")
    assert [(c.kind, c.target, c.seconds) for c in table.citations] == [
        ("wikilink", "lloyds_list", None),
        ("timestamp", "https://www.youtube.com/watch?v=Zx9_k-3LmQa&t=180s", 180),
        ("timestamp", "https://www.youtube.com/watch?v=Zx9_k-3LmQa&t=192s", 192),
    ]
    code = body(doc, "code")
    assert code[0].startswith("# not a heading\nprint(") and "[[not_a_link]]" in code[0]
    assert code[1] == "## also not a heading"
    assert "not_a_link" not in [c.target for c in doc.citations]
    (quote,) = [p for p in doc.passages if p.kind == "quote"]
    assert quote.text == (
        "Insurers' view Premiums fall when escorts are guaranteed. "
        "A nested quote keeps going escort_policy."
    )
    assert stamps(doc) == [12, 65, 80, 101, 115, 123, 130, 150, 180, 192, 284, 3723]
    assert links(doc) == [
        ("danube_ports", "the Danube"),
        ("lloyds_list", "Lloyd's"),
        ("escort_policy", "escort_policy"),
    ]
    last = doc.passages[-1]
    assert last.section == ("Outlook", "Setext heading below")


def test_no_front_matter_title_from_heading_and_channel() -> None:
    doc, _ = read("no_frontmatter.md")
    assert doc.title == "Field notes on river levels"
    assert doc.authors == ("hydro_channel",)
    assert doc.metadata == {"channel": "hydro_channel"}
    assert stamps(doc) == [190, 220, 300]
    assert all(c.target is None for c in doc.citations)  # no video id: no deep links
    assert body(doc, "list_item") == ["Low snowfall", "Upstream dams"]


def test_front_matter_only_is_a_document_with_an_empty_body() -> None:
    doc, _ = read("frontmatter_only.md")
    assert doc.title == "Only a title here"
    assert doc.passages == () and doc.citations == () and doc.text == ""
    assert doc.metadata["video_id"] == "OnlyFmVid01"


def test_no_anchors_is_read_not_rejected() -> None:
    doc, _ = read("no_anchors.md")
    assert stamps(doc) == []
    assert links(doc) == [
        ("the_wealth_of_nations", "the_wealth_of_nations"),
        ("capital", "Capital, volume one"),
    ]
    assert body(doc, "paragraph") == [
        "Start with the_wealth_of_nations and then Capital, volume one."
    ]


def test_crlf_note_equals_its_lf_twin_and_spans_follow_the_normalised_text() -> None:
    raw = (FIXTURES / "crlf.md").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    crlf = seedparse.parse(raw, source="x")
    lf = seedparse.parse(raw.replace("\r\n", "\n"), source="x")
    bom = seedparse.parse("\ufeff" + raw, source="x")
    assert crlf == lf == bom
    assert crlf.title == "Windows line endings" and crlf.authors == ("crlf_channel",)
    assert stamps(crlf) == [30, 45]
    # read() called directly on CRLF text still finds the structure.
    direct = READER.read(raw, "x")
    assert stamps(direct) == [30, 45] and direct.title == "Windows line endings"


def test_unterminated_front_matter_is_body_with_a_warning() -> None:
    doc, _ = read("unterminated.md")
    assert doc.title is None
    assert any("not closed" in w for w in doc.warnings)
    assert "videoId: Unterm-Vid1" in doc.text
    assert stamps(doc) == [5] and doc.citations[0].target is None


def test_no_video_id_means_no_targets_and_source_keys_win() -> None:
    doc, _ = read("no_video_id.md")
    assert stamps(doc) == [60]
    assert doc.citations[0].target is None
    assert doc.metadata["url"] == "https://example.org/notes"  # the note's own key
    assert "video_id" not in doc.metadata


# --------------------------------------------------------------------------- anchors


def test_anchor_spellings_are_read_alike() -> None:
    doc, text = read("variants.md")
    assert stamps(doc) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 346, 346, 3925, 10, 346, 420, 421, 422, 12]
    first = doc.passages[0]
    assert first.text == (
        "Canonical spelling. Single quotes. Attributes swapped. Upper case. Extra attributes. "
        "Entities in the value. No closing tag. Unquoted. Tag across lines."
    )
    assert [c.text for c in first.citations][:3] == [
        "Canonical spelling.",
        "Single quotes.",
        "Attributes swapped.",
    ]
    spans = [text[c.span.start : c.span.end] for c in first.citations]
    assert spans[6] == '<a class="yt-timestamp" data-t="00:00:07">[00:00:07]'  # no </a>
    assert spans[3].startswith("<A CLASS=") and spans[3].endswith("</A>")
    markers = doc.passages[2]
    assert markers.text == (
        "Bare markers count too, also short ones and linked ones. A footnote [5] is not a time."
    )
    assert [text[c.span.start : c.span.end] for c in markers.citations][2].endswith("t=422)")
    assert all(c.target and c.target.endswith(f"t={c.seconds}s") for c in doc.citations)


def test_invalid_timestamps_are_warnings_with_positions_never_guesses() -> None:
    doc, text = read("variants.md")
    warnings = [w for w in doc.warnings if "invalid timestamp" in w]
    assert len(warnings) == 6
    line = text.count("\n", 0, text.index("Invalid values")) + 1
    assert all(w.startswith(f"line {line}, column ") for w in warnings)
    column = int(warnings[0].split("column ")[1].split(":")[0])
    row = text.splitlines()[line - 1]
    assert row[column - 1 :].startswith('<a class="yt-timestamp" data-t="99:99:99">')
    last = doc.passages[-1]
    assert [c.seconds for c in last.citations] == [12]
    assert last.text == "Invalid values are warned about: and a bare [00:75:00] one. Valid again."


@pytest.mark.parametrize(
    "value, seconds",
    [
        ("00:05:46", 346),
        ("05:46", 346),
        ("0:05:46", 346),
        ("1:5:25", 3925),
        ("100:00:00", 360000),
        ("346", 346),
        ("99:99:99", None),
        ("00:60:00", None),
        ("00:00:60", None),
        ("1000:00:00", None),
        ("-1:00", None),
        ("00:05:46.5", None),
        ("\u0660\u0663:\u0661\u0662:\u0660\u0665", None),
        ("\uff10\uff10:\uff10\uff11", None),
        ("00:00:0\u202e1", None),
        (" 00:01:00", None),
        ("9" * 5000, None),
        ("", None),
    ],
)
def test_time_grammar(value: str, seconds: int | None) -> None:
    assert parse_time(value) == seconds


# The grammar of a time, as the regular expression it once was read with.
_TIME_GRAMMAR = re.compile(
    r"([0-9]{1,3}):([0-5]?[0-9]):([0-5]?[0-9])|([0-9]{1,3}):([0-5]?[0-9])|([0-9]{1,6})",
    re.ASCII,
)


def _grammar_seconds(value: str) -> int | None:
    match = _TIME_GRAMMAR.fullmatch(value)
    if match is None:
        return None
    if match.group(1) is not None:
        return int(match.group(1)) * 3600 + int(match.group(2)) * 60 + int(match.group(3))
    if match.group(4) is not None:
        return int(match.group(4)) * 60 + int(match.group(5))
    return int(match.group(6))


@given(
    st.one_of(
        st.text(alphabet="0123456789:", max_size=12),
        st.text(alphabet="0123456789: \n\u0660\uff11+-_.", max_size=10),
        st.builds(
            ":".join,
            st.lists(st.integers(0, 1200).map(str) | st.just(""), min_size=1, max_size=4),
        ),
    )
)
def test_time_reading_equals_the_grammar(value: str) -> None:
    from seedparse.formats.transcript.inline import _read_time

    assert _read_time(value) == _grammar_seconds(value)


def test_consecutive_anchors_back_the_same_claim() -> None:
    doc = seedparse.parse(
        "---\nvideoId: abcdefghijk\n---\nOne claim "
        '<a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a> '
        '<a class="yt-timestamp" data-t="00:00:02">[00:00:02]</a>. Next one [00:00:03].'
    )
    assert [(c.seconds, c.text) for c in doc.citations] == [
        (1, "One claim"),
        (2, "One claim"),
        (3, "Next one."),
    ]
    assert doc.text == "One claim. Next one."


def test_repeats_and_order_are_kept() -> None:
    stamps_in = [30, 10, 30, 20]
    note = " ".join(
        f'Claim {i} <a class="yt-timestamp" data-t="00:00:{s:02d}">[00:00:{s:02d}]</a>.'
        for i, s in enumerate(stamps_in)
    )
    assert stamps(seedparse.parse(note, reader="transcript-note")) == stamps_in


def test_fast_and_general_scanners_agree_on_the_seeds() -> None:
    for path in sorted(SEEDS.glob("00[01]_*")):
        text = seedparse.read_text(path)
        doc = seedparse.load(path)
        for passage in doc.passages:
            if passage.kind not in ("paragraph", "list_item"):
                continue
            raw = text[passage.span.start : passage.span.end]
            start = raw.find("   ") + 3 if passage.kind == "list_item" else 0
            out: list[tuple[str, list[Citation]]] = []
            for fast in (True, False):
                scanner = InlineScanner(
                    ts_target="T&t=", warnings=[], max_link_len=4096, max_anchor_attr_len=2048
                )
                scanner.fast = fast
                out.append(scanner.scan(raw[start:], passage.span.start + start))
            assert out[0] == out[1]


def test_anchor_inside_a_heading_and_markdown_link() -> None:
    doc = seedparse.parse(
        "---\nvideoId: abcdefghijk\n---\n"
        '## Heading claim <a class="yt-timestamp" data-t="00:00:09">[00:00:09]</a>\n\n'
        "See [the docs](https://example.org/docs) and ![a chart](chart.png).\n"
    )
    assert doc.headings == ("Heading claim",)
    assert doc.passages[0].citations[0].seconds == 9
    assert doc.passages[1].text == "See the docs and a chart."


# --------------------------------------------------------------------------- wiki-links


@pytest.mark.parametrize(
    "markup, target, shown",
    [
        ("[[target]]", "target", "target"),
        ("[[target | label]]", "target", "label"),
        ("[[target|label]]", "target", "label"),
        ("[[target|  label  ]]", "target", "label"),
        ("[[target#Section|label]]", "target#Section", "label"),
        ("[[target|]]", "target", "target"),
        ("![[image.png]]", "image.png", "image.png"),
        ("[[[target]]]", "target", "target"),
    ],
)
def test_wikilink_forms(markup: str, target: str, shown: str) -> None:
    doc = seedparse.parse(f"Before {markup} after.", reader="transcript-note")
    assert links(doc) == [(target, shown)]
    assert shown in doc.text and "[[" not in doc.text
    span = doc.citations[0].span
    assert seedparse.normalize_text(f"Before {markup} after.")[span.start : span.end] in markup


def test_overlong_wikilink_stays_text_with_a_warning() -> None:
    target = "x" * 50
    doc = seedparse.parse(
        f"Short [[ok]] and long [[{target}]].",
        reader="transcript-note",
        limits=Limits(max_link_len=20),
    )
    assert links(doc) == [("ok", "ok")]
    assert f"[[{target}]]" in doc.text
    assert any("max_link_len=20" in w for w in doc.warnings)


def test_bidi_control_in_a_link_target_is_flagged_and_kept_verbatim() -> None:
    doc = seedparse.parse("See [[evil\u202etxt.exe]].", reader="transcript-note")
    assert links(doc) == [("evil\u202etxt.exe", "evil\u202etxt.exe")]
    assert any("bidi" in w for w in doc.warnings)


def test_unterminated_markup_is_text() -> None:
    doc = seedparse.parse(
        'Open [[link and <a class="yt-timestamp" data-t="00:00:01" and [00:00 end.',
        reader="transcript-note",
    )
    assert doc.citations == ()
    assert doc.text.startswith("Open [[link and <a class=")


def test_entities_are_decoded_once() -> None:
    doc, _ = read("entities.md")
    assert doc.title == "Tom & Jerry's economics"
    assert doc.metadata["title"] == "Tom &amp; Jerry's economics"  # verbatim
    assert doc.authors == ("cartoon_economics",)
    assert doc.headings == ("Supply & demand",)
    paragraph = body(doc, "paragraph")[0]
    assert paragraph.startswith('Prices of cheese rose by 5 % \u2014 the host\'s "main point".')
    assert "Literal &amp; stays once-decoded." in paragraph
    assert stamps(doc) == [600, 630, 660, 690]
    assert links(doc) == [("cheese & wine", "Cheese & Wine")]
    assert body(doc, "list_item")[1] == (
        'Escaped markup <a class="yt-timestamp"> is text, not an anchor.'
    )


def test_tags_and_comments_are_removed() -> None:
    doc = seedparse.parse(
        "Line one<br/>line two <b>bold</b> <!-- hidden [[x]] --> and <span class='k'>x</span>.",
        reader="transcript-note",
    )
    assert doc.text == "Line one line two bold and x."
    assert doc.citations == ()


# --------------------------------------------------------------------------- sniff


def test_sniff_scores() -> None:
    for path in sorted(SEEDS.glob("00[01]_*")) + NOTES:
        assert READER.sniff(seedparse.read_text(path)[:8192]) >= 0.6, path.name
    for path in sorted(SEEDS.glob("00[234]_*")):
        assert READER.sniff(seedparse.read_text(path)[:8192]) < 0.1, path.name
    page = '{\n  "authors": ["A. Writer"],\n  "type": "Commentary"\n}\nNav\nArticle body.\n'
    assert READER.sniff(page) == 0.0
    assert READER.sniff("Just some prose.\n\nAnother paragraph.") == 0.0
    assert READER.sniff("## Heading\n\nText with [[a_link]].") >= 0.5
    assert READER.sniff("From: [[a_channel]] <br/>\n\nText.") >= 0.8


def test_other_channels_are_read_the_same_way() -> None:
    note = (
        "---\ntitle: Quarterly grain report\nvideoId: 9xY-_zzTop1\n---\n\n"
        "From: [[agri_markets_weekly]] <br/> \n\n"
        "## Harvest\n\n"
        'Wheat output rose <a class="yt-timestamp" data-t="00:02:10">[00:02:10]</a>.\n'
    )
    doc = seedparse.parse(note)
    assert doc.reader == "transcript-note"
    assert doc.authors == ("agri_markets_weekly",)
    assert doc.metadata["channel"] == "agri_markets_weekly"
    assert doc.metadata["video_id"] == "9xY-_zzTop1"
    assert doc.citations[0].target == "https://www.youtube.com/watch?v=9xY-_zzTop1&t=130s"


def test_from_line_with_more_text_is_body() -> None:
    doc = seedparse.parse("From: [[somewhere]] we learn a lot.\n\nMore.", reader="transcript-note")
    assert doc.authors == ()
    assert doc.passages[0].text == "From: somewhere we learn a lot."


# --------------------------------------------------------------------------- linearity


@pytest.mark.parametrize(
    "unit, budget",
    [
        ("[[", 1.0),  # R15's absolute budget (for 1e6 openings)
        ("[[x|", 4.0),  # the others only guard against quadratic blow-ups (100x slower)
        ('<a class="yt-timestamp" data-t="', 4.0),
        ("&amp;", 4.0),
        ("> ", 4.0),
        ("---" + " " * 100, 4.0),
        ("<a<a<a", 4.0),
        ("[[" + "a " * 1000, 4.0),
    ],
)
@TIMED
def test_pathological_inputs_are_fast(unit: str, budget: float, timed: bool) -> None:
    text = unit * ((2_000_000 if unit == "[[" else 1_000_000) // len(unit))
    doc = within(lambda: READER.read(text, "x"), budget, repr(unit), timed=timed)
    assert isinstance(doc, Document)


@TIMED
def test_many_invalid_anchors_keep_few_warnings_and_stay_fast(timed: bool) -> None:
    bad = 'x <a class="yt-timestamp" data-t="99:99:99">[x]</a> '
    doc = within(lambda: READER.read(bad * 100_000, "x"), 4.0, "bad anchors", timed=timed)
    assert doc.citations == ()
    assert len(doc.warnings) == 201
    assert doc.warnings[-1] == "... and 99800 more warnings"
    assert doc.text == " ".join(["x"] * 100_000)


@TIMED
def test_many_anchors_are_fast(timed: bool) -> None:
    note = "---\nvideoId: abcdefghijk\n---\n" + " ".join(
        f'Claim <a class="yt-timestamp" data-t="00:{i % 60:02d}:{i % 59:02d}">[x]</a>.'
        for i in range(100_000)
    )
    doc = within(lambda: READER.read(note, "x"), 2.0, "100k anchors", timed=timed)
    assert len(doc.citations) == 100_000
