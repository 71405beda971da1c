"""R15 scaling (pulldown-cmark style): t(10n) / t(n) < 15, median of 5 runs,
10n = 10 MB, for every built-in reader on its normal input and on every pathological
generator. Slow: CI runs them on their own with ``pytest -m slow``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
N = 1_000_000
RATIO = 15.0
RUNS = 5

PATHOLOGICAL = {
    "wikilink-open": '"[["',
    "wikilink-open-pipe": '"[[x|"',
    "anchor-open": '\'<a class="yt-timestamp" data-t="\'',
    "curly-quote": '"\\u201c"',
    "blockquote": '"> "',
    "entity": '"&amp;"',
    "wikilink-words": '"[[" + "a " * 1000',
    "fence-spaces": '"---" + " " * 1000',
}

CHILD = """
import statistics, time
import seedparse

HEAD, UNIT = {head!r}, {unit}
READERS = {readers!r}

def text_of(size):
    body = UNIT * max(1, (size - len(HEAD)) // len(UNIT))
    return HEAD + body

def timed(text, reader):
    times = []
    for _ in range({runs}):
        t0 = time.perf_counter()
        try:
            seedparse.parse(text, reader=reader)
        except seedparse.SeedparseError:
            pass
        times.append(time.perf_counter() - t0)
    return statistics.median(times)

def main():
    small, big = text_of({n}), text_of(10 * {n})
    out = {{}}
    for reader in READERS:
        t_small, t_big = timed(small, reader), timed(big, reader)
        out[reader] = [t_small, t_big, len(big)]
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


def check(report: dict[str, list[float]], label: str) -> None:
    for reader, (small, big, size) in report.items():
        ratio = big / max(small, 1e-6)
        print(
            json.dumps(
                {
                    "input": label,
                    "reader": reader,
                    "t_n": round(small, 4),
                    "t_10n": round(big, 4),
                    "ratio": round(ratio, 2),
                }
            )
        )
        assert size >= 10_000_000
        assert ratio < RATIO, f"{label} / {reader}: t(10n)/t(n) = {ratio:.1f}"


@pytest.mark.slow
@pytest.mark.parametrize("reader", ["transcript-note", "article", "web-page"])
def test_r15_scaling_on_normal_input(reader: str, isolated) -> None:
    head, unit = normal_inputs()[reader]
    code = CHILD.format(head=head, unit=unit, readers=[reader], runs=RUNS, n=N)
    run = isolated(code, deadline=300, address_space_mb=4096)
    assert run.result is not None, run.stderr[-3000:]
    check(run.result, "normal")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_r15_scaling_on_pathological_input(name: str, isolated) -> None:
    code = CHILD.format(
        head="",
        unit=PATHOLOGICAL[name],
        readers=["transcript-note", "article", "web-page"],
        runs=RUNS,
        n=N,
    )
    run = isolated(code, deadline=400, address_space_mb=4096)
    assert not run.timed_out, f"{name}: no answer within 400 s (super-linear?)"
    assert run.result is not None, run.stderr[-3000:]
    check(run.result, name)
