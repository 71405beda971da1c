"""Dump every Document of one or more folders as sorted-key JSON, one line per file.

A behaviour check for refactors: dump before, dump after, ``cmp`` the two files::

    python benchmarks/snapshot.py OUT.jsonl DIR [DIR ...]

Each line is ``<path relative to its DIR>\\t<json.dumps(doc.to_dict(), sort_keys=True)>``,
or ``<path>\\tFAILURE <type>: <message>`` for a file that did not load, so a changed
error is caught too. Files are read in sorted order with ``seedparse.load`` (one
process), so the dump depends only on the files and the code.
"""

from __future__ import annotations

import json
import os
import sys

import seedparse


def _files(root: str) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        out.extend(os.path.join(dirpath, name) for name in sorted(filenames))
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, roots = argv[0], argv[1:]
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        for root in roots:
            for path in _files(root):
                rel = os.path.relpath(path, root)
                try:
                    doc = seedparse.load(path)
                except seedparse.SeedparseError as exc:
                    line = f"FAILURE {type(exc).__name__}: {exc}"
                else:
                    line = json.dumps(doc.to_dict(), sort_keys=True)
                handle.write(f"{rel}\t{line}\n")
                count += 1
    print(f"{count} documents -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
