"""Per-reader throughput on a generated corpus (needs its manifest).

reader.read() over pre-read texts, then load_dir with one and two workers. Each figure
is the best of REPEAT runs (default 3), as wall-clock MB/s and as MB per CPU second of
this process (``time.process_time``), which a busy, shared machine disturbs far less.
The load_dir CPU figure with workers counts the parent process only.

usage: python benchmarks/reader_speed.py CORPUS_DIR [MANIFEST] [REPEAT]
"""

import collections
import os
import sys
import time

import seedparse

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/c2k"
manifest = sys.argv[2] if len(sys.argv) > 2 else d.rstrip("/") + ".manifest.tsv"
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
man = {}
with open(manifest) as fh:
    manifest_lines = fh.read().splitlines()[1:]
for line in manifest_lines:
    f = line.split("\t")
    man[f[0]] = f[1]
files = sorted(os.listdir(d))
texts = {f: seedparse.read_text(d + "/" + f) for f in files}
by = collections.defaultdict(list)
for f in files:
    by[man[f]].append(texts[f])
names = {"note": "transcript-note", "article": "article", "web": "web-page"}
registered = {info.name: info.reader for info in seedparse.readers()}


def best(run):
    """(best wall seconds, best CPU seconds) of ``repeat`` calls of ``run``."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


for fmt, ts in sorted(by.items()):
    r = registered[names[fmt]]
    wall, cpu = best(lambda r=r, ts=ts: [r.read(x, "s") for x in ts])
    mb = sum(len(x.encode()) for x in ts) / 1e6
    print(f"{fmt:8} {len(ts):5} {mb:5.1f}MB  {mb / wall:6.2f} MB/s  {mb / cpu:6.2f} MB/cpu-s")
mb = sum(os.path.getsize(d + "/" + f) for f in files) / 1e6
for w in (None, 2):
    wall, cpu = best(lambda w=w: seedparse.load_dir(d, errors="collect", workers=w))
    print(f"load_dir workers={w!s:4} {mb:5.1f}MB  {mb / wall:6.2f} MB/s  {mb / cpu:6.2f} MB/cpu-s")
