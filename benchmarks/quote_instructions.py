"""The quotation finder's inputs saved once, then run alone: for instruction counts.

CPU seconds on a shared machine move by several per cent from run to run; the
instructions ``valgrind --tool=cachegrind`` counts do not. This script splits the work
so that the finder's own count can be taken: ``dump`` reads a corpus with the readers
of one tree (as :mod:`quote_speed` does) and pickles the ``(text, blocks)`` pairs they
hand the finder; ``run`` loads them and runs ``QuoteFinder().records`` over all of
them, ``load`` does everything but that. The finder's instructions are the ``run``
count minus the ``load`` count of the same tree (imports and compilation cancel out)::

    python benchmarks/quote_instructions.py dump CORPUS_DIR MANIFEST OUT.pkl [SRC_DIR]
    valgrind --tool=cachegrind --cache-sim=no python benchmarks/quote_instructions.py \\
        run OUT.pkl SRC_DIR       # and again with "load"

MANIFEST ``html`` reads ``*/source.html`` with the HTML reader (as in quote_speed).
Notes are left out (they have no quotations); ``run`` prints the CPU seconds and the
number of records to stderr.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import quote_speed


def _dump(corpus: str, manifest: str, out: str, tree: str) -> None:
    sys.path.insert(0, tree)
    kinds: dict[str, str] = {}
    if manifest == "html":
        pages = sorted(p.parent.name for p in Path(corpus).glob("*/source.html"))
        paths = [str(Path(corpus) / name / "source.html") for name in pages]
        kinds = dict.fromkeys(paths, "html")
    else:
        for line in Path(manifest).read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            kinds[str(Path(corpus) / fields[0])] = fields[1]
        paths = sorted(kinds)
    by_kind: dict[str, list[str]] = {}
    for path in paths:
        if kinds[path] in ("article", "web", "html"):
            text = Path(path).read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
            by_kind.setdefault(kinds[path], []).append(text)
    inputs = quote_speed._inputs("seedparse", by_kind)
    pairs = [(t, [tuple(b) for b in blocks]) for k in sorted(inputs) for t, blocks in inputs[k]]
    with open(out, "wb") as handle:
        pickle.dump(pairs, handle)
    print(out, len(pairs), "texts,", sum(len(t) for t, _ in pairs), "characters")


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[0] == "dump":
        _dump(argv[1], argv[2], argv[3], argv[4] if len(argv) > 4 else "src")
        return 0
    if len(argv) != 3 or argv[0] not in ("run", "load"):
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, argv[2])
    from seedparse._text.quotes.finder import QuoteFinder

    with open(argv[1], "rb") as handle:
        pairs = pickle.load(handle)
    finder = QuoteFinder()
    if argv[0] == "run":
        started = time.process_time()
        found = [finder.records(text, blocks) for text, blocks in pairs]
        spent = time.process_time() - started
        records = sum(len(block) for doc in found for block in doc)
        print(f"cpu {spent:.3f}s, {records} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
