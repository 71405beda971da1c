"""Per-page speed of the ``web-page`` reader on rendered text beside trafilatura on the
raw HTML of the same page, in one process, same run.

usage: python benchmarks/bench_webpage.py PAGES_DIR RENDERED_DIR [--runs N]

PAGES_DIR holds ``<name>/source.html`` folders (Mozilla Readability's test pages in
``../shared/corpora/readability/test/test-pages``); RENDERED_DIR holds their rendered
text as ``<name>.<key>.txt`` (the render cache that ``../shared/tools/web_eval.py``
writes under its work dir, ``cache/render/inscriptis-*``). For every page, the CPU time
of ``seedparse.parse(rendered)`` (detection included) and of
``trafilatura.extract(html, output_format="json", with_metadata=True)`` are measured,
the best of N runs, runs alternating so that load on the machine falls on both alike.
trafilatura is a benchmark-only dependency (``pip install trafilatura``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_html import cpu  # the sibling benchmark's timer (scripts run from benchmarks/)

import seedparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages")
    parser.add_argument("rendered")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import trafilatura

    rendered = {}
    for path in Path(args.rendered).glob("*.txt"):
        if not path.name.endswith(".expected.txt"):
            rendered[path.name.split(".")[0]] = path.read_text(encoding="utf-8")
    pages = sorted(p for p in Path(args.pages).iterdir() if p.name in rendered)
    rows = []
    for page in pages:
        html = seedparse.read_text(page / "source.html")
        text = rendered[page.name]
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(cpu(seedparse.parse, text, source=page.name))
            theirs.append(cpu(trafilatura.extract, html, output_format="json", with_metadata=True))
        rows.append((page.name, min(ours), min(theirs)))
    slower = [row for row in rows if row[1] > row[2]]
    print(f"{'page':36} {'seedparse':>10} {'trafilatura':>12} {'ratio':>6}")
    for name, a, b in sorted(rows, key=lambda row: row[1] / max(row[2], 1e-9), reverse=True)[:15]:
        print(f"{name:36} {a:10.4f} {b:12.4f} {a / max(b, 1e-9):6.2f}")
    total_a = sum(row[1] for row in rows)
    total_b = sum(row[2] for row in rows)
    print(
        f"{len(rows)} pages: seedparse {total_a:.2f} CPU s, trafilatura {total_b:.2f} CPU s "
        f"(ratio {total_a / total_b:.2f}); slowest seedparse page "
        f"{max(row[1] for row in rows):.3f} s; pages where seedparse is slower: {len(slower)}"
    )


if __name__ == "__main__":
    main()
