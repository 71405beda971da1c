"""Benchmark: a transcript note with many timestamp anchors (RELIABILITY R16).

Parses a note of N anchors (one per paragraph, each moment distinct) and of 10 N, in a
fresh interpreter per source tree, and prints CPU seconds (median of 5), the time per
anchor, t(10N)/t(N), and the number of full collections the cyclic garbage collector
ran during the big parse. Give several source trees to compare them in the same run
(e.g. a checkout of an older commit)::

    python benchmarks/bench_anchors.py                      # this tree
    python benchmarks/bench_anchors.py src /tmp/old/src     # before / after
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import gc, json, statistics, sys, time
import seedparse

def note(n):
    return "---\ntitle: Many\nvideoId: abc123\n---\n\n" + "".join(
        'A claim <a class="yt-timestamp" data-t="%02d:%02d:%02d">[x]</a>.\n\n'
        % (i // 3600 % 100, i // 60 % 60, i % 60) for i in range(n))

n, runs = int(sys.argv[1]), int(sys.argv[2])
small, big = note(n), note(10 * n)
seedparse.parse(small[:2000])
times = {"small": [], "big": []}
full = 0
for _ in range(runs):
    for key, text in (("small", small), ("big", big)):
        before = gc.get_stats()[2]["collections"]
        t0 = time.process_time()
        document = seedparse.parse(text)
        times[key].append(time.process_time() - t0)
        if key == "big":
            full = max(full, gc.get_stats()[2]["collections"] - before)
        del document
print(json.dumps({k: statistics.median(v) for k, v in times.items()} | {"full_gc": full}))
"""


def main() -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", default=[str(here.parent / "src")])
    parser.add_argument("-n", type=int, default=10_000, help="anchors of the small note")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    header = f"{'source tree':40} {'t(N) s':>8} {'t(10N) s':>9} {'us/anchor':>10} {'ratio':>6}"
    print(header + " full-gc")
    for tree in args.trees:
        env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.n), str(args.runs)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        per = r["big"] / (10 * args.n) * 1e6
        print(
            f"{tree[-40:]:40} {r['small']:8.3f} {r['big']:9.3f} {per:10.2f}"
            f" {r['big'] / r['small']:6.1f} {r['full_gc']:7d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
