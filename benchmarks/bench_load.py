"""Benchmark: load_dir / iter_dir against reading the same files raw.

Run on demand (never in the test suite)::

    python benchmarks/bench_load.py --docs 20000            # generates /tmp/seedparse-corpus-20000
    python benchmarks/bench_load.py --corpus /tmp/corpus    # an existing folder
    python benchmarks/bench_load.py --docs 2000 --json out.json

Each measurement runs in a fresh interpreter so that peak memory (ru_maxrss) belongs
to that measurement alone. Figures: seconds, MB/s and documents/s, peak RSS, and the
ratio of each to the raw read ("hold every text in a list"), which is the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
SEEDS = ROOT.parent / "shared" / "seeds"

MODES = ("raw", "regex", "load_dir_1", "load_dir_2", "iter_dir_1", "iter_dir_2", "import")


def _files(corpus: str) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        out.extend(os.path.join(dirpath, name) for name in sorted(filenames))
    return out


def _child(mode: str, corpus: str) -> dict[str, object]:
    """One measurement, in this (fresh) process."""
    start = time.perf_counter()
    docs = 0
    if mode == "import":
        import seedparse

        docs = 0
    elif mode in ("raw", "regex"):
        texts = []
        for path in _files(corpus):
            with open(path, "rb") as handle:
                texts.append(handle.read().decode("utf-8", errors="replace"))
        if mode == "regex":
            anchor = re.compile(r"<a [^<>\n]{0,300}>|\[\[[^\[\]\n]{1,300}\]\]|\n")
            docs = sum(1 for text in texts for _ in anchor.finditer(text))
        docs = len(texts)
    else:
        import seedparse

        kind, workers = mode.rsplit("_", 1)
        if kind == "load_dir":
            result = seedparse.load_dir(corpus, workers=int(workers), errors="collect")
            docs = len(result)
            failures = len(result.failures)
        else:
            docs = failures = 0
            for item in seedparse.iter_dir(corpus, workers=int(workers), errors="collect"):
                if isinstance(item, seedparse.Document):
                    docs += 1
                else:
                    failures += 1
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report: dict[str, object] = {
        "mode": mode,
        "seconds": seconds,
        "docs": docs,
        "peak_rss_mb": own / 1024,
        "worker_peak_rss_mb": kids / 1024,
    }
    if mode.startswith(("load_dir", "iter_dir")):
        report["failures"] = failures
    return report


def _measure(mode: str, corpus: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--corpus", corpus],
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
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (best kept)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(_child(args.child, args.corpus)))
        return 0

    corpus = args.corpus or f"/tmp/seedparse-corpus-{args.docs}"
    if not os.path.isdir(corpus):
        subprocess.run(
            [
                sys.executable,
                str(GEN),
                "--seeds",
                str(SEEDS),
                "--out",
                corpus,
                "--docs",
                str(args.docs),
            ],
            check=True,
        )
    files = _files(corpus)
    total_bytes = sum(os.path.getsize(p) for p in files)
    mb = total_bytes / 1e6
    print(f"corpus: {corpus}: {len(files)} files, {mb:.1f} MB")
    results = []
    for mode in args.modes.split(","):
        best = min((_measure(mode, corpus) for _ in range(args.repeat)), key=lambda r: r["seconds"])
        results.append(best)
    raw = next((r for r in results if r["mode"] == "raw"), None)
    header = (
        f"{'mode':<12}{'seconds':>9}{'MB/s':>9}{'docs/s':>10}{'peak MB':>9}"
        f"{'workers MB':>11}{'x raw time':>11}{'x raw mem':>10}"
    )
    print(header)
    for r in results:
        secs = float(r["seconds"])  # type: ignore[arg-type]
        peak = float(r["peak_rss_mb"])  # type: ignore[arg-type]
        kids = float(r["worker_peak_rss_mb"])  # type: ignore[arg-type]
        rate = mb / secs if r["mode"] != "import" else 0.0
        docs_s = float(r["docs"]) / secs if r["mode"] != "import" else 0.0  # type: ignore[arg-type]
        t_ratio = secs / float(raw["seconds"]) if raw else float("nan")  # type: ignore[arg-type]
        m_ratio = peak / float(raw["peak_rss_mb"]) if raw else float("nan")  # type: ignore[arg-type]
        print(
            f"{r['mode']:<12}{secs:>9.3f}{rate:>9.1f}{docs_s:>10.0f}{peak:>9.1f}{kids:>11.1f}{t_ratio:>11.2f}{m_ratio:>10.2f}"
        )
        r["mb_per_s"] = rate
        r["docs_per_s"] = docs_s
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"corpus": corpus, "files": len(files), "mb": mb, "results": results}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
