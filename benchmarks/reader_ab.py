"""Reader speed of several source trees, measured in one process, interleaved.

On a busy, shared machine two runs of one benchmark can differ by half; the difference
between two versions of the code then drowns. Here every tree's ``seedparse`` package is
copied under a name of its own (``sp0``, ``sp1``, ...) and imported side by side, and the
trees take turns on the same pre-read texts, round after round, so that a slow moment
hits all of them alike; each round another tree goes first, after a garbage
collection. Each figure is the best of the rounds, in MB per CPU second
(``time.process_time``), with its ratio to the first tree.

usage::

    python benchmarks/reader_ab.py CORPUS_DIR MANIFEST ROUNDS SRC_DIR [SRC_DIR ...]

ROUNDS ``calls`` counts instead, in one pass, the function calls (Python and C) each
tree makes on the corpus (``cProfile``): a figure no other process can disturb, for
telling a real change from noise.

Each SRC_DIR holds a ``seedparse`` package (``git worktree`` or ``git archive REV src |
tar -x -C DIR`` gives one). The built-in readers are made from their modules
(``<pkg>.formats.article.ArticleReader`` ...), so every tree must keep those paths; the
package must use relative imports only (seedparse does).
"""

from __future__ import annotations

import collections
import cProfile
import gc
import importlib
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

READERS = {
    "note": ("formats.transcript", "TranscriptNoteReader"),
    "article": ("formats.article", "ArticleReader"),
    "web": ("formats.webpage", "WebPageReader"),
}


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, manifest, trees = argv[0], argv[1], argv[3:]
    count_calls = argv[2] == "calls"
    rounds = 1 if count_calls else int(argv[2])
    kinds: dict[str, str] = {}
    with open(manifest, encoding="utf-8") as handle:
        for line in handle.read().splitlines()[1:]:
            fields = line.split("\t")
            kinds[fields[0]] = fields[1]
    by_kind: dict[str, list[str]] = collections.defaultdict(list)
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), "rb") as handle:
            text = handle.read().decode("utf-8", "replace").replace("\r\n", "\n")
        by_kind[kinds[name]].append(text)

    work = Path(tempfile.mkdtemp(prefix="reader-ab-"))
    try:
        readers: list[dict[str, object]] = []
        for index, tree in enumerate(trees):
            shutil.copytree(Path(tree) / "seedparse", work / f"sp{index}")
        sys.path.insert(0, str(work))
        for index in range(len(trees)):
            made = {}
            for kind, (module, cls) in READERS.items():
                made[kind] = getattr(importlib.import_module(f"sp{index}.{module}"), cls)()
            readers.append(made)
        best: dict[tuple[int, str], float] = {}
        for round_no in range(rounds):
            for kind in sorted(by_kind):
                texts = by_kind[kind]
                # Each round starts with another tree, so no tree always runs first.
                for step in range(len(readers)):
                    index = (round_no + step) % len(readers)
                    reader = readers[index][kind]
                    gc.collect()
                    if count_calls:
                        profile = cProfile.Profile()
                        profile.enable()
                        for text in texts:
                            reader.read(text, "s")  # type: ignore[attr-defined]
                        profile.disable()
                        best[(index, kind)] = float(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]
                        continue
                    started = time.process_time()
                    for text in texts:
                        reader.read(text, "s")  # type: ignore[attr-defined]
                    spent = time.process_time() - started
                    key = (index, kind)
                    best[key] = min(best.get(key, spent), spent)
        heads = "  ".join(f"tree{i:<10}" for i in range(len(trees)))
        print(f"{'reader':8} {'docs':>5} {'MB':>5}  {heads}")
        for kind in sorted(by_kind):
            mb = sum(len(t.encode()) for t in by_kind[kind]) / 1e6
            cells = []
            for index in range(len(trees)):
                if count_calls:
                    calls = best[(index, kind)]
                    cells.append(f"{calls / 1e6:6.2f}M ({calls / best[(0, kind)]:4.2f})")
                else:
                    speed, base = mb / best[(index, kind)], mb / best[(0, kind)]
                    cells.append(f"{speed:6.2f} ({speed / base:4.2f})")
            print(f"{kind:8} {len(by_kind[kind]):5} {mb:5.1f}  " + "  ".join(cells))
        if count_calls:
            print("function calls on the corpus; (ratio to tree0)")
        else:
            print("MB per CPU second, best of", rounds, "rounds; (ratio to tree0)")
        for index, tree in enumerate(trees):
            print(f"tree{index}: {tree}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
