"""Per-reader throughput on a generated corpus (needs its manifest).

reader.read() over pre-read texts, then load_dir with one and two workers.

usage: python benchmarks/reader_speed.py CORPUS_DIR [MANIFEST]
"""

import collections
import os
import sys
import time

import seedparse

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/c2k"
man = {}
with open(sys.argv[2] if len(sys.argv) > 2 else d.rstrip("/") + ".manifest.tsv") as fh:
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
for fmt, ts in sorted(by.items()):
    r = registered[names[fmt]]
    t = time.perf_counter()
    for x in ts:
        r.read(x, "s")
    dt = time.perf_counter() - t
    mb = sum(len(x.encode()) for x in ts) / 1e6
    print(fmt, len(ts), f"{mb:.1f}MB {mb / dt:.1f} MB/s")
mb = sum(os.path.getsize(d + "/" + f) for f in files) / 1e6
for w in (None, 2):
    t = time.perf_counter()
    r = seedparse.load_dir(d, errors="collect", workers=w)
    dt = time.perf_counter() - t
    print("load_dir workers", w, len(r), len(r.failures), f"{mb / dt:.1f} MB/s")
