"""CPU time of the quotation finder alone, several source trees in one process.

The article and web-page readers hand the finder a text and its body blocks; this
benchmark reads a corpus once with the first tree's readers, keeps every
``(text, blocks)`` pair they pass to ``quotation_records``, and then times
``QuoteFinder().records(text, blocks)`` over all of them for each tree in turn (the
trees imported side by side under names of their own, as ``reader_ab.py`` does), round
after round, each round another tree first, after a garbage collection. A fresh finder
per round and tree, so no tree profits from answers memoised in an earlier round.
Figures: the median of the rounds in CPU seconds (``time.process_time``), with the
ratio to the first tree, and a check that every tree found the same records.

usage::

    python benchmarks/quote_speed.py CORPUS_DIR MANIFEST ROUNDS SRC_DIR [SRC_DIR ...]

MANIFEST ``html`` reads every ``*/source.html`` under CORPUS_DIR with the HTML reader
instead (``/work/shared/corpora/readability/test/test-pages``: real pages, whose
paragraphs do not repeat as the generated corpus's do, so the finder's memos help less).

ROUNDS ``calls`` counts instead, in one pass, the function calls (Python and C) each
tree's finder makes (``cProfile``): a figure no other process can disturb. ROUNDS
``profile`` prints the first tree's 30 most expensive functions (by own time) instead.
"""

from __future__ import annotations

import cProfile
import gc
import importlib
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

READERS = {
    "article": ("formats.article", "ArticleReader", "formats.article.page"),
    "web": ("formats.webpage", "WebPageReader", "formats.webpage.page"),
    "html": ("formats.html", "HtmlReader", "formats.html.page"),
}


def _inputs(package: str, by_kind: dict[str, list[str]]) -> dict[str, list[tuple[str, Any]]]:
    """The ``(text, blocks)`` pairs each reader gives the quotation finder."""
    out: dict[str, list[tuple[str, Any]]] = {}
    for kind, (module, cls, page) in READERS.items():
        if not by_kind.get(kind):
            continue
        reader = getattr(importlib.import_module(f"{package}.{module}"), cls)()
        page_module = importlib.import_module(f"{package}.{page}")
        original = page_module.quotation_records
        seen: list[tuple[str, Any]] = []

        def record(
            text: str, blocks: Any, *rest: Any, _seen: Any = seen, _f: Any = original
        ) -> Any:
            _seen.append((text, list(blocks)))
            return _f(text, blocks, *rest)

        page_module.quotation_records = record
        try:
            for text in by_kind.get(kind, []):
                reader.read(text, "s")
        finally:
            page_module.quotation_records = original
        out[kind] = seen
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, manifest, trees = argv[0], argv[1], argv[3:]
    mode = argv[2] if argv[2] in ("calls", "profile") else "time"
    rounds = 1 if mode != "time" else int(argv[2])
    kinds: dict[str, str] = {}
    paths: list[str] = []
    if manifest == "html":
        for name in sorted(os.listdir(corpus)):
            path = os.path.join(corpus, name, "source.html")
            if os.path.exists(path):
                kinds[path] = "html"
                paths.append(path)
    else:
        with open(manifest, encoding="utf-8") as handle:
            for line in handle.read().splitlines()[1:]:
                fields = line.split("\t")
                kinds[os.path.join(corpus, fields[0])] = fields[1]
        paths = [os.path.join(corpus, name) for name in sorted(os.listdir(corpus))]
    by_kind: dict[str, list[str]] = {}
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", "replace").replace("\r\n", "\n")
        by_kind.setdefault(kinds[path], []).append(text)

    work = Path(tempfile.mkdtemp(prefix="quote-speed-"))
    try:
        for index, tree in enumerate(trees):
            shutil.copytree(Path(tree) / "seedparse", work / f"sp{index}")
        sys.path.insert(0, str(work))
        finders = [
            importlib.import_module(f"sp{index}._text.quotes.finder").QuoteFinder
            for index in range(len(trees))
        ]
        inputs = _inputs("sp0", by_kind)
        spent: dict[tuple[int, str], list[float]] = {}
        results: dict[tuple[int, str], list[Any]] = {}
        for round_no in range(rounds):
            for kind in sorted(inputs):
                pairs = inputs[kind]
                for step in range(len(trees)):
                    index = (round_no + step) % len(trees)
                    finder = finders[index]()
                    gc.collect()
                    if mode != "time":
                        profile = cProfile.Profile()
                        profile.enable()
                        for text, blocks in pairs:
                            finder.records(text, blocks)
                        profile.disable()
                        stats = pstats.Stats(profile)
                        if mode == "profile" and index == 0:
                            print(f"== {kind}")
                            stats.sort_stats("tottime").print_stats(30)
                        spent.setdefault((index, kind), []).append(float(stats.total_calls))  # type: ignore[attr-defined]
                        continue
                    started = time.process_time()
                    found = [finder.records(text, blocks) for text, blocks in pairs]
                    spent.setdefault((index, kind), []).append(time.process_time() - started)
                    results.setdefault((index, kind), found)
        heads = "  ".join(f"tree{i:<12}" for i in range(len(trees)))
        print(f"{'reader':8} {'docs':>5} {'quotes':>6}  {heads}")
        for kind in sorted(inputs):
            n_quotes = -1
            if (0, kind) in results:
                n_quotes = sum(len(b) for doc in results[(0, kind)] for b in doc)
            base = statistics.median(spent[(0, kind)])
            cells = []
            for index in range(len(trees)):
                value = statistics.median(spent[(index, kind)])
                shown = f"{value / 1e6:6.2f}M" if mode != "time" else f"{value:6.3f}s"
                cells.append(f"{shown} ({value / base:4.2f})")
            print(f"{kind:8} {len(inputs[kind]):5} {n_quotes:6}  " + "  ".join(cells))
        if mode == "time":
            print(f"finder CPU seconds, median of {rounds} rounds; (ratio to tree0)")
            same = all(
                results[(index, kind)] == results[(0, kind)]
                for kind in inputs
                for index in range(len(trees))
            )
            print("records identical across trees:", same)
        else:
            print("function calls in the finder; (ratio to tree0)")
        for index, tree in enumerate(trees):
            print(f"tree{index}: {tree}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
