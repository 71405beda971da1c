"""The native core against the pure-Python path, its oracle: equal Documents.

Both paths run in one process (``seedparse._native.set_native``) over the seeds, the
test fixtures, a generated corpus (``/work/shared/tools/gen_corpus.py`` style, when
the generator is there), Hypothesis-generated notes and hostile markup soup, and
single blocks of noisy inline markup. Without the extension module the tests are
skipped, unless ``SEEDPARSE_REQUIRE_NATIVE=1`` (CI sets it where it builds the core),
which makes a missing core a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import require_native
from test_transcript_properties import HOSTILE, notes
from test_webpage_properties import pages

import seedparse
from seedparse import _native
from seedparse._text.quotes.lexicon import ABBREVIATIONS
from seedparse._text.quotes.names import split_tokens
from seedparse.formats.transcript import blocks
from seedparse.formats.transcript.inline import InlineScanner
from seedparse.formats.webpage import lines as webpage_lines
from seedparse.formats.webpage.lines import Page, PageHints, Rules, line_flags
from seedparse.formats.webpage.split import split_page

ROOT = Path(__file__).resolve().parents[2]
GEN_CORPUS = Path("/work/shared/tools/gen_corpus.py")

require_native()

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    before = _native.active() is not None
    yield
    _native.set_native(before)


def both(run):  # type: ignore[no-untyped-def]
    """``run()`` on the native path, then on the pure path: the two outcomes (a
    Document or the error's type and text)."""
    outcomes = []
    for enabled in (True, False):
        assert _native.set_native(enabled) is enabled
        try:
            outcomes.append(run())
        except seedparse.SeedparseError as error:
            outcomes.append((type(error).__name__, str(error)))
    return outcomes


def assert_same_load(path: Path) -> None:
    native, pure = both(lambda: seedparse.load(path))
    assert native == pure, path


@pytest.mark.parametrize(
    "path",
    sorted(
        [
            *(ROOT / "seeds").iterdir(),
            *(ROOT / "tests" / "fixtures" / "transcript").iterdir(),
            *(ROOT / "tests" / "fixtures" / "webpage").iterdir(),
        ]
    ),
    ids=lambda p: p.name,
)
def test_seeds_and_fixtures(path: Path) -> None:
    assert_same_load(path)


@pytest.mark.skipif(not GEN_CORPUS.exists(), reason="the corpus generator is not here")
def test_generated_corpus(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    subprocess.run(
        [
            *(sys.executable, str(GEN_CORPUS), "--seeds", str(ROOT / "seeds")),
            *("--out", str(out), "--docs", "240", "--seed", "native"),
        ],
        check=True,
        capture_output=True,
    )
    files = sorted(out.iterdir())
    assert len(files) == 240
    native, pure = both(lambda: seedparse.load_dir(out, errors="collect"))
    assert native == pure


@SETTINGS
@given(notes(), st.booleans())
def test_generated_notes(note, crlf: bool) -> None:  # type: ignore[no-untyped-def]
    text = note.text.replace("\n", "\r\n") if crlf else note.text
    native, pure = both(lambda: seedparse.parse(text, reader="transcript-note"))
    assert native == pure


@SETTINGS
@given(HOSTILE)
def test_hostile_markup(text: str) -> None:
    native, pure = both(lambda: seedparse.parse(text, reader="transcript-note"))
    assert native == pure


ANCHOR = '<a class="yt-timestamp" data-t="{}">[{}]</a>'
PIECES = st.one_of(
    st.sampled_from(
        [
            "[[",
            "]]",
            "[",
            "]",
            "(",
            ")",
            "!",
            "<",
            ">",
            "|",
            "\\",
            " ",
            "\t",
            "\n",
            "&",
            "_",
            ".",
            ",",
            "…",
            "»",
            "\u00a0",
            "\u2003",
            "\u1680",
            "\x1c",
            "\u202e",
            "\u0300",
            "\u093e",
            "\u0661",
            "\u2160",
            "\u00b2",
            "中",
            "ж",
            "[00:01]",
            "[1:02:03]",
            "[99:99]",
            "[5]",
            "(http://x)",
            "](u)",
            '](u "t")',
            "<b>",
            "<br/>",
            "<!--",
            "-->",
            "&amp;",
            "x" * 5,
        ]
    ),
    st.tuples(
        st.sampled_from(["00:01", "1:02:03", "346", "99:99", "", "1:2:3:4"]),
        st.text(alphabet="0123456789:x", max_size=8),
    ).map(lambda vl: ANCHOR.format(*vl)),
    st.text(max_size=6),
)
BLOCKS = st.lists(PIECES, max_size=40).map("".join)


@SETTINGS
@given(
    BLOCKS,
    st.sampled_from([None, "https://www.youtube.com/watch?v=abc&t="]),
    st.sampled_from([4, 4096]),
)
def test_inline_blocks(block: str, target: str | None, max_link: int) -> None:
    results = []
    for enabled in (True, False):
        _native.set_native(enabled)
        warnings: list[tuple[int, str]] = []
        scanner = InlineScanner(
            ts_target=target, warnings=warnings, max_link_len=max_link, max_anchor_attr_len=64
        )
        results.append((scanner.scan(block, 3), warnings))
    assert results[0] == results[1]


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(
                [
                    "#",
                    "## ",
                    "- ",
                    "* ",
                    "+ ",
                    "1. ",
                    "2) ",
                    "0000000001. ",
                    "---",
                    "___",
                    "```",
                    "~~~",
                    "``` `",
                    "> ",
                    "\t",
                    "    ",
                    "\r",
                    "|",
                    "-|-",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_line_kinds(text: str) -> None:
    core = _native._CORE
    assert core is not None
    assert core.classify_lines(text, 0) == [blocks.classify(line) for line in text.split("\n")]


# Noisy rendered text for the web-page line model: bullets with every gap, closing
# quotes after terminal marks, ideographs with their full stops, CRLF, a BOM, stray
# markup, odd whitespace, runs of blanks short of and at a column gap.
PAGE_PIECES = st.one_of(
    st.sampled_from(
        [
            "\n",
            "\n",
            "\r\n",
            "\n\n",
            "\ufeff",
            " ",
            "  ",
            "\t",
            "\u00a0",
            "\u2003",
            "\u3000",
            "\x1c",
            "\u200b",
            "\u2022 ",
            "\u2022\u00a0",
            "- ",
            "* ",
            "-",
            "\u2013\t",
            "\u25aa ",
            ".",
            "?",
            "!",
            "\u2026",
            "\u3002",
            "\uff0e",
            '."',
            ".\u201d",
            "?)",
            "\u300d",
            '"',
            "\u201d\u201d",
            "word ",
            "two words ",
            "Ab " * 20,
            "\u4e2d" * 8,
            "\u3042" * 21,
            "\ud55c" * 7,
            "<b>",
            "&amp;",
            '{"a": 1}',
            " " * 11,
            " " * 12,
            "\t" * 12,
            "\u00a0" * 12,
            "x" * 41,
        ]
    ),
    st.text(max_size=5),
)
PAGE_TEXT = st.lists(PAGE_PIECES, max_size=50).map("".join)
# Entities and case: what the clean and folded texts are made of.
PAGE_PIECES_CASE = st.one_of(
    PAGE_PIECES,
    st.sampled_from(["&amp;", "&nbsp;", "&", "Read More", "\u00c9T\u00c9", "\u1e9e", "\u0130"]),
)


def python_lines(text: str, blocks: list[tuple[int, int]]) -> tuple[object, ...] | None:
    """What the pure path's ``split_page`` gives, in ``page_lines``' layout; None for
    a page with a column gap (its cells are split in Python)."""
    split = split_page(text, blocks)
    return None if split.cells else tuple(split[:8])


@SETTINGS
@given(
    st.lists(PAGE_PIECES_CASE, max_size=50).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
)
def test_page_lines(text: str, spans: list[tuple[int, int]]) -> None:
    """The native split equals the pure one (split_page), with JSON blocks anywhere (sorted, as
    ``find_json_blocks`` gives them, or overlapping and past the end)."""
    core = _native._CORE
    assert core is not None
    blocks = sorted((min(a, b), max(a, b)) for a, b in spans)
    for chosen in (blocks, [], spans):
        found = core.page_lines(text, chosen)
        expected = python_lines(text, chosen)
        if expected is None:
            assert found is None
            continue
        assert found is not None
        assert found[:8] == expected, chosen
        # The clean and folded texts, where given, are the pure path's own.
        page = Page(text, chosen, PageHints(), Rules())
        _native.set_native(False)
        pure = Page(text, chosen, PageHints(), Rules())
        cleans, foldeds, flags = found[8:11]
        assert len(cleans) == len(foldeds) == len(flags) == pure.count
        for i in range(pure.count):
            if cleans[i] is not None:
                assert cleans[i] == pure.clean(i)
            if foldeds[i] is not None:
                assert foldeds[i] == pure.folded(i)
            if flags[i] >= 0:
                assert flags[i] == line_flags(pure.strip[i], pure.folded(i))
            assert page.clean(i) == pure.clean(i) and page.folded(i) == pure.folded(i)
        _native.set_native(True)


@SETTINGS
@given(PAGE_TEXT)
def test_noisy_pages(text: str) -> None:
    native, pure = both(lambda: seedparse.parse(text, reader="web-page"))
    assert native == pure


@settings(max_examples=60, deadline=None)
@given(pages(), st.booleans())
def test_generated_pages(page, crlf: bool) -> None:  # type: ignore[no-untyped-def]
    text = page["text"].replace("\n", "\r\n") if crlf else page["text"]
    native, pure = both(lambda: seedparse.parse(text, reader="web-page"))
    assert native == pure


# The words of the line tests (furniture, calls to action, labels in several languages,
# comment headings, copyright, disclaimers, origin lines, logos, code), in several
# cases, with the punctuation and blanks around them that the patterns hinge on, and
# the characters that IGNORECASE or case folding treat apart (Kelvin sign, dotless i,
# long s, dotted I, sharp s).
# fmt: off
LINE_WORDS = [
    "share", "Share this article", "share on x", "SHARE VIA Email", "link copied", "e-mail",
    "Email", "print", "x", "vk", "save article", "listen to this article", "comments",
    "13 Comments", "1234567 comments", "menu", "Log in", "login", "skip to main content",
    "5 min read", "12 minutes read", "gift this article", "video", "Follow us",
    "read more", "Read More", "learn more", "read the full story", "more", "ad", "ads",
    "sponsored content", "story continues below advertisement", "click here",
    "Read more:", "read more :", "Photo: ", "photo  : ", "Image:", "credit:", "Caption :x",
    "Source: Reuters", "source:x", "source :ab", "Sponsored by ", "supported by the ",
    "paid for by", "Tags:", "tags :", "Filed under:", "filed  under:", "Related topics: ",
    "Categories:", "Kommentare", "Kommentaren", "commentaires", "comentarios", "commenti",
    "reacties", "responses", "Leave a reply", "join the conversation", "share on",
    "related stories", "Related", "related articles", "more from ", "More news from the ",
    "more stories", "you might also like", "Recommended for you", "read next",
    "most popular", "latest news", "trending now", "further reading", "keep reading",
    "Copyright", "\u00a9", "(c) 2024", "(C) 2024", "(c)2024", "all rights reserved",
    "All Rights Reserved.", "views expressed", "The views presented", "opinions expressed",
    "not necessarily", "disclaimer", "solely those of", "are the views of the author",
    "This article was originally published in ", "first published on ", "first appeared",
    "Originally ran at ", "this op-ed first ran by ", "logo", "Logo", "LOGOS", "logotype",
    "logon", "ilogo", "logoCarnegie", "f(x)", "a == b", "=>", "->", "{", "};", "# ",
    "// ", "/* ", "-- ", "* ", " ", "  ", ":", " : ", ".", ",", "|", "\u2022 ", "- ",
    "a b c d ", "&amp;", "&", "\r\n", "\ufeff", "\t", "\u00a0", "2024", "x" * 121,
    "word " * 10,
    "\u212a", "\u0131", "\u017f", "\u0130", "\u00df", "\u00e9", "\u00c9", "\u201c",
    "\u2019", "\u2014", "\u2026", "\u2192", "\u00bb", "\u00a9 2024", "\u2028", "\u203f",
]
# fmt: on
# A prose line this long gets no feature bits from the core (``LONG_PROSE``).
LONG_PROSE = 120


LINE_TEXT = st.lists(
    st.one_of(st.sampled_from(LINE_WORDS), st.text(max_size=3)), min_size=1, max_size=12
).map("".join)
LINES_TEXT = st.lists(LINE_TEXT, min_size=1, max_size=8).map("\n".join)


def line_tests(page: Page, i: int) -> tuple[object, ...]:
    """Every answer of the page's line tests that the feature bits feed."""
    return (
        page.kind(i),
        page.is_junk(i),
        page.closes_article(i),
        page.opens_comments(i),
        page.is_copyright(i),
        page.is_hard_prose(i),
        page.is_tag_line(i),
        page.is_label(i),
    )


@SETTINGS
@given(LINES_TEXT)
@example("Sponsored by a b c d e f g\nSponsored by a b c d e f g h")
@example("More " + "a" * 30 + " " + "b" * 30 + " from " + "c" * 47)
@example("More " + "a" * 30 + " " + "b" * 30 + " from " + "c" * 48)
@example("Copyright " + "a" * 590 + "\nCopyright " + "a" * 591)
# Repeated short lines copy the first one's texts and bits (``texts`` in the core),
# a bullet's too; a line over 160 bytes is computed again.
@example("Share\n- Share\nShare\n- Share\n- Read  More\n- Read  More\nA &amp; B\nA &amp; B")
@example(("Tags: " + "a, " * 60 + "\n") * 2 + "- Tags: x\n- Tags: x")
def test_line_flags(text: str) -> None:
    """The native feature bits of every line equal the Python tests' answers (where
    the core gives them: ASCII lines without entities), bit by bit, and the page's
    line tests answer the same on both paths."""
    core = _native._CORE
    assert core is not None
    found = core.page_lines(text, [])
    _native.set_native(False)
    pure = Page(text, [], PageHints(), Rules())
    pure_tests = [line_tests(pure, i) for i in range(pure.count)]
    pure.find_text_blocks()
    _native.set_native(True)
    page = Page(text, [], PageHints(), Rules())
    if found is None:
        assert page.strip == pure.strip
    else:
        for i, flags in enumerate(found[10]):
            line, key = pure.strip[i], pure.folded(i)
            if flags < 0:
                long_prose = pure.prose[i] and len(line) >= LONG_PROSE
                assert long_prose or not (
                    line.isascii() and key.isascii() and found[9][i] is not None
                )
                continue
            expected = {
                webpage_lines.F_HARD: webpage_lines._marks_hard(line, key),
                webpage_lines.F_JUNK: webpage_lines._marks_junk(key),
                webpage_lines.F_COMMENTS: webpage_lines._COMMENTS.search(key),
                webpage_lines.F_CLOSES: webpage_lines._marks_close(key),
                webpage_lines.F_COPYRIGHT: webpage_lines.is_copyright(key),
                webpage_lines.F_HARD_PROSE: webpage_lines._marks_hard_prose(line),
                webpage_lines.F_TAG_PREFIX: webpage_lines.TAG_PREFIX.match(line),
                webpage_lines.F_CODE: webpage_lines._CODE.search(line),
            }
            for bit, answer in expected.items():
                assert bool(flags & bit) == bool(answer), (line, bit)
    assert [line_tests(page, i) for i in range(page.count)] == pure_tests
    page.find_text_blocks()  # the code test of every line of a run
    assert page.blocks == pure.blocks


def test_line_patterns_are_the_python_ones() -> None:
    """The core's patterns are spelled as ``lines.py``'s, with the same IGNORECASE."""
    core = _native._CORE
    assert core is not None
    patterns = core.line_patterns()
    assert len(patterns) == 13
    for name, source, ignore_case in patterns:
        compiled = getattr(webpage_lines, name)
        assert (source, ignore_case) == (
            compiled.pattern,
            bool(compiled.flags & re.IGNORECASE),
        ), name


def test_line_flags_stay_ascii() -> None:
    """Every character outside ASCII that Python's IGNORECASE matches with an ASCII
    letter, or that case folds to ASCII, leaves its line to Python (-1)."""
    core = _native._CORE
    assert core is not None
    special = [
        chr(code)
        for code in range(0x80, 0x110000)
        if not 0xD800 <= code < 0xE000
        and (
            re.fullmatch("[a-z]", chr(code), re.IGNORECASE) is not None
            or any(c.isascii() for c in chr(code).casefold())
        )
    ]
    assert "\u212a" in special and "\u0131" in special
    text = "\n".join(f"Read more{c}: tags" for c in special)
    found = core.page_lines(text, [])
    assert found is not None
    assert found[10] == [-1] * len(special)


def test_long_sentences_get_no_feature_bits() -> None:
    """A prose line of LONG_PROSE code points or more gets no bits from the core (its
    kind needs none; Python asks the few it tests), a shorter one gets them."""
    core = _native._CORE
    assert core is not None
    sentence = "The council met on Monday and agreed the plan, word for word. " * 3
    found = core.page_lines(sentence.strip() + "\n" + sentence[:100] + ".", [])
    assert found is not None and found[10][0] == -1 and found[10][1] >= 0
    assert found[9][0] is None  # nor a folded copy of it


def test_page_lines_left_to_python() -> None:
    """A column gap or a lone surrogate: None, and the pure path reads the page."""
    core = _native._CORE
    assert core is not None
    assert core.page_lines("Story" + " " * 12 + "Sidebar link", []) is None
    assert core.page_lines("a\ud800b", []) is None
    text = "Story" + " " * 12 + "Sidebar link\nMore of the story\n"
    page = Page(text, [], PageHints(), Rules())
    assert page.strip == ["Story", "Sidebar link", "More of the story"]


def test_whitespace_is_pythons_for_every_code_point() -> None:
    """The core's whitespace set is str.isspace's: a line of one character is blank
    on both sides for exactly the same characters."""
    core = _native._CORE
    assert core is not None
    chars = [chr(c) for c in range(0x110000) if c != 10 and not 0xD800 <= c <= 0xDFFF]
    kinds = core.classify_lines("\n".join(chars), 0)
    assert kinds is not None and len(kinds) == len(chars)
    wrong = [c for c, kind in zip(chars, kinds, strict=True) if (kind[0] == 0) != c.isspace()]
    assert wrong == []


def test_surrogates_take_the_pure_path() -> None:
    core = _native._CORE
    assert core is not None
    assert core.classify_lines("a\ud800b", 0) is None
    assert core.scan_block("a\ud800b", 0, None, 4096) is None
    assert core.page_lines("a\ud800b", []) is None
    native, pure = both(lambda: seedparse.parse("# T\ud800\n\nx [00:01]", reader="transcript-note"))
    assert native == pure


# --------------------------------------------------------------------------- note bodies
# `read_note_body`: a note's whole body (block walk, inline scans, packed records) in
# one call. The pure path's Builder is the oracle, record for record: the Core states
# (body, record arrays, string table in its order, deep-link prefix) must be equal,
# not only the Documents.

NOTE_LINES = st.sampled_from(
    [
        *("# Title", "## Sub [00:01:02]", "### Closed ###", "#### x #", "####### no", "#tag"),
        *("Setext", "=====", "-----", "---", "***", "- - -", "___", "+++"),
        *("- item", "  - nested", "\t- tab nested", "      - deep", "* star", "+ plus"),
        *("1. one", "2) two", "0000000001. long", "3. three [00:03]", "- [ ] task", "- [x] done"),
        *("> quote", "> > nested", ">   - inner", "> [!note]+ Callout", "> 1. inner"),
        *("> ### inner [[Link|shown]]", ">", "  > indented quote [1:02:03]"),
        *("| a | b |", "|---|:-:|", "| [[x|y]] | z \\| w |", "a | b", "--- | ---", "|-|"),
        *("```", "```py", "~~~", "   ```", "``` a`b", "````", "  code line"),
        *("From: [[Chan]] <br/>", "from: [[A|B]], [[C]] and [[D]]", "From: [[x]] said more"),
        *("From: ![[emb]]", "From:[[ sp ]]&", "", "   ", "\r", " \u3000"),
        *("plain words here", "[00:05] marker first", "[[wiki]] link", "![[embed]] too"),
        *("[label](http://x) and ![alt](y.png)", "é ü 中文 [[Жж]] [01:02].", "a\u00a0b [1:2]"),
        'Said <a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>. Next',
        '<a class="yt-timestamp" data-t="5">[5]</a>, then '
        '<a class="yt-timestamp" data-t="7">[x]</a>',
        *(
            "x [00:01] [00:02]! y",
            "ends with anchor [02:03]",
            "a [[  ]] b",
            "[[" + "w" * 600 + "]]",
        ),
        *("Supply &amp; demand", "<b>bold</b>", "[99:99] bad", "[[a\u202eb]]"),
    ]
)
FRONT = st.sampled_from(
    [
        "",
        "---\ntitle: A note\nvideoId: abcdefghijk\n---\n",
        "---\nvideoId: bad id!\n---\n",
        "---\ntitle: T\n---\n",
        "---\nvideo_id: x1\nchannel: Somebody\n---\n\n",
    ]
)
NOTE_BODIES = st.tuples(
    FRONT, st.lists(st.one_of(NOTE_LINES, st.text(max_size=10)), max_size=40)
).map(lambda fl: fl[0] + "\n".join(fl[1]))


class _Recording:
    """The native core, counting the notes whose body it read in one call."""

    def __init__(self, core: _native.NativeCore) -> None:
        self._core = core
        self.bodies = 0
        self.declined = 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._core, name)

    def read_note_body(self, *args):  # type: ignore[no-untyped-def]
        found = self._core.read_note_body(*args)
        if found is None:
            self.declined += 1
        else:
            self.bodies += 1
        return found


def _state(doc: seedparse.Document) -> tuple[object, ...]:
    return doc.passages._core.state()  # type: ignore[attr-defined]


def _parse_note(text: str) -> seedparse.Document | str:
    """The note's Document, or the error it gives (bad input, such as a body that
    opens with ``---`` lines around a word: front matter that is no mapping)."""
    try:
        return seedparse.parse(text, reader="transcript-note")
    except seedparse.SeedparseError as error:
        return f"{type(error).__name__}: {error}"


def same_note(text: str, recording: _Recording) -> None:
    _native._active = recording  # type: ignore[assignment]
    native = _parse_note(text)
    _native.set_native(False)
    pure = _parse_note(text)
    if isinstance(native, str) or isinstance(pure, str):
        assert native == pure  # the same error on both paths
        return
    assert native == pure
    assert native.to_dict() == pure.to_dict()
    assert _state(native) == _state(pure)


@SETTINGS
@given(NOTE_BODIES, st.booleans())
@example("---\nSetext\n---\nwords [00:01]", False)  # front matter that is no mapping
def test_note_bodies_equal_the_builders_records(text: str, crlf: bool) -> None:
    core = _native._CORE
    assert core is not None
    same_note(text.replace("\n", "\r\n") if crlf else text, _Recording(core))


def test_note_bodies_are_read_in_one_call() -> None:
    """The one-call path is taken for every note that needs no Python scanner (so the
    test above compares it, not the fallback), and declines the ones that do."""
    core = _native._CORE
    assert core is not None
    recording = _Recording(core)
    clean = [
        "# T\n\nFrom: [[c]]\n\nwords [00:01].\n\n> [!tip] q [00:02]\n\n"
        "| a | b |\n|-|-|\n| c | d |\n",
        "---\nvideoId: abcdefghijk\n---\nSetext\n===\n\n- a\n  - b [[x|y]]\n\n```\n<b>&amp;\n```\n",
        "é [[Жж]] " + '<a class="yt-timestamp" data-t="1:02">[1:02]</a>' * 3,
    ]
    for text in clean:
        same_note(text, recording)
    assert (recording.bodies, recording.declined) == (len(clean), 0)
    for text in ("a &amp; b [00:01]\n", "x <b>y</b>\n", "[[a\u202eb]]\n", "t [99:99]\n"):
        same_note(text, recording)
    assert (recording.bodies, recording.declined) == (len(clean), 4)


def test_seed_notes_are_read_in_one_call() -> None:
    core = _native._CORE
    assert core is not None
    recording = _Recording(core)
    for path in sorted((ROOT / "seeds").iterdir()):
        text = seedparse.read_text(path)
        if seedparse.detect(text).reader.name == "transcript-note":
            same_note(text, recording)
    assert recording.bodies >= 2 and recording.declined == 0


@pytest.mark.parametrize(
    ("failing", "text", "source", "reader", "what"),
    [
        (
            "read_note_body",
            "# Title\n\nwords [00:01]\n",
            "note.md",
            "transcript-note",
            "note reader",
        ),
        ("scan_block", "# Title\n\nwords [00:01]\n", "note.md", "transcript-note", "scanner"),
        ("page_lines", "<p>Words</p>\n", "page.html.txt", "web-page", "line splitter"),
    ],
)
def test_a_native_failure_is_a_parse_error_naming_the_file(  # type: ignore[no-untyped-def]
    monkeypatch, failing: str, text: str, source: str, reader: str, what: str
) -> None:
    core = _native._CORE
    assert core is not None

    class Broken:
        """A core whose ``failing`` call raises; the other calls decline (None)."""

        NativeError = core.NativeError

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            def call(*args: object) -> None:
                if name == failing:
                    raise core.NativeError(f"{name}: index out of bounds")

            return call

    monkeypatch.setattr(_native, "_active", Broken())
    with pytest.raises(seedparse.ParseError) as caught:
        seedparse.parse(text, source=source, reader=reader)
    assert caught.value.source == source
    assert f"native {what} failed at offset" in str(caught.value)
    assert caught.value.offset is not None


def test_a_rust_panic_becomes_native_error() -> None:
    core = _native._CORE
    assert core is not None
    with pytest.raises(core.NativeError, match="panic on purpose"):
        core._panic_for_tests()  # type: ignore[attr-defined]


def test_environment_variable_selects_the_pure_path() -> None:
    code = "import seedparse; print(seedparse.native_available())"
    for value, expected, core in (
        ("1", "False", "scanning core: pure Python (the native core is installed but"),
        ("", "True", "scanning core: native (seedparse._core "),
    ):
        env = {**os.environ, "SEEDPARSE_PURE_PYTHON": value}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == expected
        listing = subprocess.run(
            [sys.executable, "-m", "seedparse", "readers"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        assert core in listing.stdout


# -- the quotation finder's tokeniser and pairing of marks ------------------------------

# Every quotation mark of English, German, French, Ukrainian and Russian (and the
# other marks the finder pairs), as characters and entities; apostrophes, dashes,
# dots, initials and abbreviations; Cyrillic; odd digits, combining marks, the
# whitespace of other scripts, CRLF and a BOM.
QUOTE_PIECES = st.one_of(
    st.sampled_from(
        [
            "\u201c",
            "\u201d",
            "\u201e",
            "\u201f",
            "\u00ab",
            "\u00bb",
            "\u2039",
            "\u203a",
            "\u2018",
            "\u2019",
            "\u201a",
            '"',
            "'",
            "\u02bc",
            "\u300c",
            "\u300d",
            "\u300e",
            "\u300f",
            "&ldquo;",
            "&rdquo;",
            "&quot;",
            "&#x201C;",
            "&#x201c",
            "&laquo;",
            "&raquo;",
            "&#8217;",
            "&",
            "-",
            "\u2013",
            "\u2014",
            "\u2012",
            ".",
            "..",
            "\u2026",
            ",",
            ";",
            ":",
            "!",
            "?",
            "(",
            ")",
            "_",
            "A.",
            "J.R.R.",
            "Dr.",
            "dr.",
            "Mr",
            "St.",
            "etc.",
            "U.S.",
            " . ",
            "\u212a.",  # the Kelvin sign: upper case, and lower() is ASCII "k"
            "\u0130.",
            "\u01c5.",  # a title-case letter: not isupper()
            "said",
            "says",
            "don\u2019t",
            "O'Brien",
            "well-known",
            "\u0421\u0435\u0440\u0433\u0435\u0439",
            "\u041b\u0430\u0432\u0440\u043e\u0432",
            "\u0433.",
            "\u0437\u0430\u044f\u0432\u0438\u0432",
            "\u0406.",
            "\u0457\u0436\u0430\u043a",
            "sagte",
            "\u00e9t\u00e9",
            "e\u0301",
            "\u0308",
            "\u093e",
            "\u0663",
            "\u2167",
            "\u00b2",
            "\u4e2d\u6587",
            "\U0001d400",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\n\n",
            "\t",
            "\u00a0",
            "\u2003",
            "\u3000",
            "\u0085",
            "\x1c",
            "\u200b",
            "\ufeff",
        ]
    ),
    st.text(max_size=4),
)
QUOTE_TEXT = st.lists(QUOTE_PIECES, max_size=60).map("".join)


@SETTINGS
@given(QUOTE_TEXT, st.data())
def test_quote_tokens(text: str, data: st.DataObject) -> None:
    """The native tokeniser gives split_tokens' tokens for any slice of noisy text."""
    n = len(text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    native, pure = both(lambda: split_tokens(text, start, end))
    assert native == pure


@SETTINGS
@given(QUOTE_TEXT)
def test_noisy_articles(text: str) -> None:
    """Whole articles of noisy quotation text: equal Documents on both paths."""
    text = "Title\n\n" + text
    native, pure = both(lambda: seedparse.parse(text, reader="article"))
    assert native == pure


def test_quote_scanner_asks_python_about_every_code_point() -> None:
    """Word characters (isalnum) are Python's for every code point: each one glued to
    a letter makes one token or two, the same on both paths. And a period after every
    capital of any script keeps to it as Python's isupper says."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    text = " ".join("a" + c for c in chars)
    native, pure = both(lambda: split_tokens(text, 0, len(text)))
    assert native == pure
    text = " ".join(c + "." for c in chars)
    native, pure = both(lambda: split_tokens(text, 0, len(text)))
    assert native == pure


def test_quote_scanner_declines_surrogates() -> None:
    core = _native._CORE
    assert core is not None
    scanner = core.QuoteScanner(frozenset(), lambda word: False)
    assert scanner.split_tokens("a\ud800b") is None
    text = "\u201cHe\ud800llo there friends,\u201d said Anna Berg."
    native, pure = both(lambda: seedparse.parse("Title\n\n" + text, reader="article"))
    assert native == pure
    assert native.citations  # type: ignore[union-attr]


@pytest.mark.parametrize("failing", ["split_tokens"])
def test_a_quote_scanner_failure_is_a_parse_error_naming_the_file(  # type: ignore[no-untyped-def]
    monkeypatch, failing: str
) -> None:
    core = _native._CORE
    assert core is not None
    real = core.QuoteScanner(ABBREVIATIONS, lambda word: False)

    class BrokenScanner:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            def call(*args: object) -> object:
                if name == failing:
                    raise core.NativeError(f"{name}: index out of bounds")
                return getattr(real, name)(*args)

            return call

    class Broken:
        NativeError = core.NativeError

        def __getattr__(self, name: str) -> object:
            return getattr(core, name)

        def QuoteScanner(self, *args: object) -> BrokenScanner:
            return BrokenScanner()

    monkeypatch.setattr(_native, "_active", Broken())
    text = "Title\n\nShe said: \u201cThe river rose all night long.\u201d\n"
    with pytest.raises(seedparse.ParseError) as caught:
        seedparse.parse(text, source="story.txt", reader="article")
    assert caught.value.source == "story.txt"
    assert "native quotation" in str(caught.value) and "failed at offset" in str(caught.value)
    assert caught.value.offset is not None
