"""Benchmark: documents -> chunks -> Parquet, next to load_dir alone.

Run on demand (never in the test suite)::

    python benchmarks/bench_records.py --docs 20000        # generates a corpus in a temp dir
    python benchmarks/bench_records.py --corpus /tmp/corpus --repeat 3

Each measurement runs in a fresh interpreter, so its peak memory (ru_maxrss) is its
own. The figures that hold across machines are the ratios to ``load_dir`` measured in
the same run: CPU time and peak memory of each pipeline divided by those of
``load_dir`` (which holds every Document). CPU time, not wall time, because on a
shared machine the wall clock measures the neighbours too; both are printed.

Modes:
  load_dir             load_dir(corpus): every Document held
  iter_dir             iter_dir(corpus): Documents streamed, none kept
  chunks               load_dir, then every document's chunks (all held)
  to_arrow_chunks      load_dir, to_arrow(docs, "chunks"), pyarrow.parquet.write_table
  parquet_documents    write_parquet(iter_dir(corpus), ..., "documents"), streaming
  parquet_chunks       write_parquet(iter_dir(corpus), ..., "chunks"), streaming

``--stages`` instead times, in one process and back to back, load_dir, then the chunks
of the documents loaded, then their chunks table written to Parquet: the cost of each
step after parsing as a ratio to parsing, with the machine's load the same for all.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
SEEDS = ROOT / "seeds"

MODES = (
    "load_dir",
    "iter_dir",
    "chunks",
    "to_arrow_chunks",
    "parquet_documents",
    "parquet_chunks",
)


def _child(mode: str, corpus: str, out_dir: str) -> dict[str, object]:
    import seedparse

    start = time.perf_counter()
    cpu_start = time.process_time()
    rows = 0
    if mode == "load_dir":
        rows = len(seedparse.load_dir(corpus))
    elif mode == "iter_dir":
        rows = sum(1 for _ in seedparse.iter_dir(corpus))
    elif mode == "chunks":
        docs = seedparse.load_dir(corpus)
        held = [doc.chunks() for doc in docs]
        rows = sum(len(c) for c in held)
    elif mode == "to_arrow_chunks":
        import pyarrow.parquet as pq

        table = seedparse.to_arrow(seedparse.load_dir(corpus), "chunks")
        pq.write_table(table, os.path.join(out_dir, "chunks-table.parquet"))
        rows = table.num_rows
    elif mode.startswith("parquet_"):
        table_name = mode.removeprefix("parquet_")
        path = os.path.join(out_dir, f"{table_name}.parquet")
        rows = seedparse.write_parquet(seedparse.iter_dir(corpus), path, table_name)  # type: ignore[arg-type]
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "seconds": seconds, "cpu_seconds": cpu, "rows": rows, "peak_rss_mb": peak}


def _stages(corpus: str, out_dir: str, repeat: int) -> None:
    import pyarrow  # noqa: F401 - imported before the clock starts

    import seedparse

    print(f"| {'step (same process)':<44} | {'CPU s':>7} | {'x load_dir':>10} |")
    print(f"|{'-' * 46}|{'-' * 9}|{'-' * 12}|")
    for _ in range(repeat):
        t0 = time.process_time()
        docs = seedparse.load_dir(corpus)
        t1 = time.process_time()
        chunks = sum(len(doc.chunks()) for doc in docs)
        t2 = time.process_time()
        rows = seedparse.write_parquet(docs, os.path.join(out_dir, "stages.parquet"), "chunks")
        t3 = time.process_time()
        assert rows == chunks
        parse = t1 - t0
        for name, cpu in (
            (f"load_dir ({len(docs)} documents)", parse),
            (f"chunks ({chunks} chunks)", t2 - t1),
            ("write_parquet (chunks again + Arrow + file)", t3 - t2),
        ):
            print(f"| {name:<44} | {cpu:>7.2f} | {cpu / parse:>10.3f} |")


def _measure(mode: str, corpus: str, out_dir: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--corpus", corpus, "--out-dir", out_dir],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="an existing folder of documents")
    parser.add_argument("--docs", type=int, default=20000, help="documents to generate")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated modes")
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (fastest kept)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--stages", action="store_true", help="time the steps in one process")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(_child(args.child, args.corpus, args.out_dir)))
        return 0

    with tempfile.TemporaryDirectory(prefix="seedparse-bench-records-") as scratch:
        corpus = args.corpus
        if corpus is None:
            corpus = os.path.join(scratch, "corpus")
            subprocess.run(
                [sys.executable, str(GEN), "--seeds", str(SEEDS), "--out", corpus,
                 "--docs", str(args.docs)],
                check=True,
                capture_output=True,
            )  # fmt: skip
        files = [os.path.join(d, f) for d, _, names in os.walk(corpus) for f in names]
        mb = sum(os.path.getsize(p) for p in files) / 1e6
        print(f"corpus: {len(files)} files, {mb:.1f} MB; python {sys.version.split()[0]}")
        if args.stages:
            _stages(corpus, scratch, args.repeat)
            return 0
        results = []
        for mode in args.modes.split(","):
            runs = [_measure(mode, corpus, scratch) for _ in range(args.repeat)]
            results.append(min(runs, key=lambda r: float(r["cpu_seconds"])))  # type: ignore[arg-type]
        base = next((r for r in results if r["mode"] == "load_dir"), None)
        print(
            f"| {'mode':<18} | {'rows':>8} | {'wall s':>7} | {'CPU s':>7} | {'MB/s CPU':>8} "
            f"| {'peak MB':>8} | {'x load_dir CPU':>14} | {'x load_dir memory':>17} |"
        )
        widths = (20, 10, 9, 9, 10, 10, 16, 19)
        print("|" + "|".join("-" * w for w in widths) + "|")
        for r in results:
            secs = float(r["seconds"])  # type: ignore[arg-type]
            cpu = float(r["cpu_seconds"])  # type: ignore[arg-type]
            peak = float(r["peak_rss_mb"])  # type: ignore[arg-type]
            t_ratio = cpu / float(base["cpu_seconds"]) if base else float("nan")  # type: ignore[arg-type]
            m_ratio = peak / float(base["peak_rss_mb"]) if base else float("nan")  # type: ignore[arg-type]
            r["cpu_ratio"], r["memory_ratio"] = t_ratio, m_ratio
            print(
                f"| {r['mode']:<18} | {r['rows']:>8} | {secs:>7.1f} | {cpu:>7.1f} "
                f"| {mb / cpu:>8.2f} | {peak:>8.1f} | {t_ratio:>14.2f} | {m_ratio:>17.2f} |"
            )
        if args.json:
            Path(args.json).write_text(
                json.dumps({"files": len(files), "mb": mb, "results": results}, indent=2)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
