"""R15 scaling (pulldown-cmark style): t(10n) / t(n) < 15, median of 5 runs,
10n >= 10 MB, for every built-in reader on its normal input and on every pathological
generator. Slow: CI runs them on their own with ``pytest -m slow``.

Times are CPU time, and runs of n and 10n alternate, so that load from other processes
on the box falls on both sizes alike; the deadlines only catch hangs. The runs stop once
the ones left could not change the verdict of the median of 5 (``median_ratio``): a
clear ratio costs 3 runs, a close one 5, the verdict is the same. A reader that
reads 10 MB in under FLOOR seconds passes whatever its ratio: at that speed the ratio
measures fixed costs and noise of a loaded box, not growth (a quadratic scan with
t(n) >= 5 ms still takes t(10n) >= 0.5 s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timing_budget import MEDIAN_RATIO

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
N = 1_000_000
RATIO = 15.0
RUNS = 5
FLOOR = 0.5

PATHOLOGICAL: dict[str, str | tuple[str, str]] = {
    "wikilink-open": '"[["',
    "wikilink-open-pipe": '"[[x|"',
    "anchor-open": '\'<a class="yt-timestamp" data-t="\'',
    "curly-quote": '"\\u201c"',
    "blockquote": '"> "',
    "entity": '"&amp;"',
    "wikilink-words": '"[[" + "a " * 1000',
    "fence-spaces": '"---" + " " * 1000',
    # The web-page line splitter's column-gap search: blanks one short of a gap on
    # every line, and a page-long line of blanks of both kinds.
    "short-gaps": '"a" + " " * 11 + "b\\n"',
    "blank-flood": '"\\u00a0 \\t"',
    # The web-page line tests (native feature bits, Python patterns): a page-long line
    # of their words, one of code-like brackets, and a flood of short furniture lines.
    "line-words": '"Comments share this related copyright (c) first published in views logo "',
    "code-line": '"f(x) == {a; -> "',
    "furniture-lines": '"Share on x\\nRead more: y\\nCopyright (c) 2024\\nTags: a, b\\n"',
    # The quotation finder's tokeniser and pairing (native and pure): quotes of
    # initials and abbreviations, and marks that open and never close.
    "quote-initials": '"\\u201cA. B. C.\\u201d said Dr. D. "',
    "open-guillemets": '"\\u00bb\\u00ab\\u2018x\\u2019s "',
    # (head, unit): a headline that makes a name its subject, then role quotes before
    # anyone is named, the name written again but never as a person's: the headline's
    # person is asked for at every quote (read once per text since session 23).
    "role-quotes-under-headline": (
        "Durand refuse de payer la facture\n\n",
        '"\\u00ab Nous ne paierons pas \\u00bb, a dit le maire \\u00e0 Durand.\\n\\n"',
    ),
}

CHILD = """
import time
import seedparse

HEAD, UNIT = {head!r}, {unit}
READERS = {readers!r}

def text_of(size):
    body = UNIT * max(1, -(-(size - len(HEAD)) // len(UNIT)))
    return HEAD + body

def once(text, reader):
    t0 = time.process_time()
    try:
        seedparse.parse(text, reader=reader)
        error = None
    except seedparse.SeedparseError as caught:
        error = type(caught).__name__
    return time.process_time() - t0, error

def main():
    small, big = text_of({n}), text_of(10 * {n})
    out = {{}}
    for reader in READERS:
        once(small[:1000], reader)  # lazy imports and compiled regexes
        errors = set()

        def run(text):
            seconds, error = once(text, reader)
            errors.add(error)
            return seconds

        t_n, t_10n, done = median_ratio(lambda: run(small), lambda: run(big), runs={runs},
                                        ratio={ratio}, floor={floor})
        out[reader] = [t_n, t_10n, len(big), sorted(e or "" for e in errors), done]
    return out
"""


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "*")).read_text()


def normal_inputs() -> dict[str, tuple[str, str]]:
    """reader -> (head, body unit): each reader's own format, body repeated."""
    note = seed_text("000_")
    end = note.index("\n---\n", 4) + 5
    article = seed_text("003_")
    page = seed_text("004_")
    return {
        "transcript-note": (note[:end], repr(note[end:] + "\n\n")),
        "article": (article.split("\n", 1)[0] + "\n", repr(article.split("\n", 1)[1] + "\n")),
        "web-page": ("", repr(page + "\n\n")),
    }


def child(template: str, **fields: object) -> str:
    """The child's source: ``median_ratio`` and the template filled in."""
    return MEDIAN_RATIO + template.format(runs=RUNS, ratio=RATIO, floor=FLOOR, **fields)


def check(report: dict[str, list], label: str) -> None:  # type: ignore[type-arg]
    for reader, (small, big, size, errors, runs) in report.items():
        ratio = big / max(small, 1e-6)
        print(
            json.dumps(
                {
                    "input": label,
                    "reader": reader,
                    "t_n": round(small, 4),
                    "t_10n": round(big, 4),
                    "ratio": round(ratio, 2),
                    "runs": runs,
                    "errors": errors,
                }
            )
        )
        assert size >= 10_000_000
        if label == "normal":
            assert errors == [""], f"{reader} refused its own format: {errors}"
        assert big < FLOOR or ratio < RATIO, f"{label} / {reader}: t(10n)/t(n) = {ratio:.1f}"


def _normal_run(params: tuple[str], isolated):  # type: ignore[no-untyped-def]
    (reader,) = params
    head, unit = normal_inputs()[reader]
    code = child(CHILD, head=head, unit=unit, readers=[reader], n=N)
    return isolated(code, deadline=900, address_space_mb=4096)


def _pathological_run(params: tuple[str], isolated):  # type: ignore[no-untyped-def]
    (name,) = params
    readers = ["transcript-note", "article", "web-page"]
    value = PATHOLOGICAL[name]
    head, unit = value if isinstance(value, tuple) else ("", value)
    code = child(CHILD, head=head, unit=unit, readers=readers, n=N)
    return isolated(code, deadline=900, address_space_mb=4096)


@pytest.mark.slow
@pytest.mark.parametrize("reader", ["transcript-note", "article", "web-page"])
def test_r15_scaling_on_normal_input(reader: str, prefetch) -> None:
    run = prefetch("test_r15_scaling_on_normal_input", reader)
    assert not run.timed_out, f"{reader}: no answer within 900 s (super-linear?)"
    assert run.result is not None, run.stderr[-3000:]
    check(run.result, "normal")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_r15_scaling_on_pathological_input(name: str, prefetch) -> None:
    run = prefetch("test_r15_scaling_on_pathological_input", name)
    assert not run.timed_out, f"{name}: no answer within 900 s (super-linear?)"
    assert run.result is not None, run.stderr[-3000:]
    check(run.result, name)


# The quotation scanner itself, on both paths: ten times the text takes at most RATIO
# times as long. Tokens (native and pure): merges of a period into initials (each looks
# back one token), one page-long token of word characters, marks alone; pairing (pure):
# a flood of opening marks past the stack's bound, apostrophes that close nothing,
# guillemets that open and close in turn, entities, and the mixed marks of copied text.
QUOTE_SCANNER = """
import time
from seedparse import _native
from seedparse._text.quotes.marks import MAX_MARKS_PER_BLOCK, collect_marks, pair_marks
from seedparse._text.quotes.names import split_tokens

UNITS = {units!r}

def timed(run):
    t0 = time.process_time()
    run()
    return time.process_time() - t0

def main():
    out = {{}}
    for native in ({native},):
        _native.set_native(native)
        for name, unit in UNITS.items():
            small, big = unit * -(-{n} // len(unit)), unit * -(-10 * {n} // len(unit))

            def scan(text):
                return timed(lambda: (
                    split_tokens(text, 0, len(text)),
                    pair_marks(text, 0, len(text), collect_marks(
                        text, 0, len(text), MAX_MARKS_PER_BLOCK
                    )),
                ))

            t_n, t_10n, done = median_ratio(lambda: scan(small), lambda: scan(big), runs={runs},
                                            ratio={ratio}, floor={floor})
            out[("native " if native else "pure ") + name] = [t_n, t_10n, len(big), [""], done]
    return out
"""


QUOTE_UNITS = {
    "initials": "A. B.C. Dr. x . ",
    "one-token": "a-'\u2019_",
    "opening-marks": "\u201c\u201e\u00ab",
    "apostrophes": "\u2018x \u2019s",
    "guillemets": "\u00bbx\u00ab \u00ab",
    "entities": "&ldquo;x&rdquo &quot;",
    # Copied text's marks: two apostrophes for a double mark, straight marks set off by
    # spaces (each opens or closes), and openers of one convention under closers of
    # another glued between words (refused, so the search goes down the stack).
    "doubled-apostrophes": "''x ''' ",
    "french-spacing": '" x " ',
    "mixed-marks": '\u201cx=" \u00abx\u201d "x\u201c ',
    # Straight single marks (single_marks.py): quotations with apostrophes and plural
    # possessives inside, in one endless paragraph, and paragraphs that run on.
    "single-marks": "'We don't know it,' she said of the players' union 'x ",
    "single-run-on": "'We go on and on.\n",
}


def _quote_scanner_run(params: tuple[str], isolated):  # type: ignore[no-untyped-def]
    (path,) = params
    code = child(QUOTE_SCANNER, units=QUOTE_UNITS, n=N, native=path == "native")
    return isolated(code, deadline=900, address_space_mb=4096)


@pytest.mark.slow
@pytest.mark.parametrize("path", ["native", "pure"])
def test_quote_scanner_scales_linearly(path: str, prefetch) -> None:
    run = prefetch("test_quote_scanner_scales_linearly", path)
    assert not run.timed_out, "no answer within 900 s (super-linear?)"
    assert run.result is not None, run.stderr[-3000:]
    check(run.result, "quote-scanner")


#: test name -> (parameter names, the child's run): conftest's ``prefetch`` runs them
#: ahead, two at a time.
CHILD_JOBS = {
    "test_quote_scanner_scales_linearly": (("path",), _quote_scanner_run),
    "test_r15_scaling_on_normal_input": (("reader",), _normal_run),
    "test_r15_scaling_on_pathological_input": (("name",), _pathological_run),
}
