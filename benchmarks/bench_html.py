"""Per-page speed of the ``html`` reader beside trafilatura, in one process, same run.

usage: python benchmarks/bench_html.py PAGES_DIR [--runs N]

PAGES_DIR holds ``<name>/source.html`` folders (Mozilla Readability's test pages in
``../shared/corpora/readability/test/test-pages``). For every page, the CPU time of
``HtmlReader().read(text)`` and of ``trafilatura.extract(text, output_format="json",
with_metadata=True)`` are measured (the best of N runs, runs alternating so that load
on the machine falls on both alike) and the table prints their ratio. trafilatura is a
benchmark-only dependency (``pip install trafilatura``); without it only seedparse is
timed. Both parse the same decoded text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from seedparse import read_text
from seedparse.formats.html import HtmlReader


def cpu(function, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    function(*args, **kwargs)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    reader = HtmlReader()
    pages = sorted(p for p in Path(args.pages).iterdir() if (p / "source.html").is_file())
    rows = []
    for page in pages:
        text = read_text(page / "source.html")
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.runs):
            ours.append(cpu(reader.read, text, page.name))
            if trafilatura is not None:
                theirs.append(
                    cpu(trafilatura.extract, text, output_format="json", with_metadata=True)
                )
        rows.append((page.name, len(text), min(ours), min(theirs or [0.0])))
    slowest = max(rows, key=lambda row: row[2])
    print(f"{'page':32} {'chars':>9} {'seedparse s':>12} {'trafilatura s':>14} {'ratio':>6}")
    for name, size, mine, peer in sorted(rows, key=lambda row: -row[2])[:15]:
        ratio = f"{mine / peer:.2f}" if peer else "-"
        print(f"{name:32} {size:9d} {mine:12.4f} {peer:14.4f} {ratio:>6}")
    if trafilatura is not None:
        print("highest ratios:")
        timed = [row for row in rows if row[3]]
        for name, size, mine, peer in sorted(timed, key=lambda row: -row[2] / row[3])[:10]:
            print(f"{name:32} {size:9d} {mine:12.4f} {peer:14.4f} {mine / peer:6.2f}")
    total_ours = sum(row[2] for row in rows)
    total_theirs = sum(row[3] for row in rows)
    slower = [row[0] for row in rows if row[3] and row[2] > row[3]]
    print(f"pages {len(rows)}; seedparse {total_ours:.2f} s, trafilatura {total_theirs:.2f} s")
    print(f"slowest seedparse page: {slowest[0]} {slowest[2]:.3f} s")
    if trafilatura is not None:
        print(f"pages where seedparse is slower than trafilatura: {len(slower)}")
        for name, _size, mine, peer in rows:
            if name in slower:
                print(f"  {name:32} {mine:.4f} s vs {peer:.4f} s  ratio {mine / peer:.2f}")


if __name__ == "__main__":
    main()
