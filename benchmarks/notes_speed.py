"""Where a transcript note's load time goes, stage by stage, both paths, one process.

Run on demand on a folder of notes (``make_notes.py`` builds them)::

    python benchmarks/notes_speed.py /tmp/corpus/c4000notes [--repeat 3]

Each stage runs over every file of the folder, the stages alternate round by round,
and the table shows the best CPU time of each (``time.process_time``: a shared
machine disturbs it far less than wall time), as µs per note, MB per CPU second and
the ratio to reading and decoding the same files (``open().read().decode()``, the
floor; ``bench_load.py`` measures the same ratio in fresh processes, with memory).
``read`` rows are the transcript reader alone over pre-read texts, ``load_dir`` rows
the whole public path. Private modules are used to time the stages apart (the front
matter split, the path switch), so this script moves with the code.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable

import seedparse
from seedparse import _native
from seedparse._records.ids import content_digest
from seedparse.formats.transcript.frontmatter import split_frontmatter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = args.folder
    paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder))]
    texts = [seedparse.read_text(path) for path in paths]
    size = sum(os.path.getsize(path) for path in paths) / 1e6
    reader = {info.name: info.reader for info in seedparse.readers()}["transcript-note"]
    had_native = _native.active() is not None

    def read(native: bool) -> Callable[[], object]:
        def run() -> object:
            _native.set_native(native)
            return [reader.read(text, "note") for text in texts]

        return run

    def load_dir(native: bool) -> Callable[[], object]:
        def run() -> object:
            _native.set_native(native)
            return seedparse.load_dir(folder)

        return run

    def read_decode() -> object:
        out = []
        for path in paths:
            with open(path, "rb") as handle:
                out.append(handle.read().decode())
        return out

    stages: dict[str, Callable[[], object]] = {
        "read+decode": read_decode,
        "detect": lambda: [seedparse.detect(text) for text in texts],
        "front matter": lambda: [split_frontmatter(text, source="note") for text in texts],
        "digest": lambda: [content_digest(text) for text in texts],
        "read (pure)": read(False),
        "load_dir (pure)": load_dir(False),
    }
    if had_native:
        stages["read (native)"] = read(True)
        stages["load_dir (native)"] = load_dir(True)
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.repeat):
        for name, run in stages.items():
            gc.collect()
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    _native.set_native(had_native)
    floor = best["read+decode"]
    print(f"{folder}: {len(paths)} notes, {size:.1f} MB, best of {args.repeat} (CPU)")
    print(f"{'stage':18} {'us/note':>9} {'MB/cpu-s':>9} {'x read+decode':>14}")
    for name, seconds in best.items():
        per = seconds / len(paths) * 1e6
        print(f"{name:18} {per:9.1f} {size / seconds:9.1f} {floor / seconds:14.3f}")
    if had_native:
        ratio = best["load_dir (pure)"] / best["load_dir (native)"]
        print(f"load_dir native x pure: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
