"""Build the notes folders the transcript benchmarks read (reproducible).

Two folders, each a plain directory of ``.md``/``.txt`` notes::

    python benchmarks/make_notes.py fixtures /tmp/corpus/notes2000 [--count 2000]
    python benchmarks/make_notes.py corpus /tmp/corpus/c4000notes [--from /tmp/corpus/c4000]

``fixtures``: the project's real notes (``tests/fixtures/transcript`` and the seeds the
``transcript-note`` reader reads, as ``bench_load.py --repeat-fixtures`` picks them)
copied round-robin until the folder has ``--count`` files. ``corpus``: the ``note``
documents of a generated corpus (``gen_corpus.py``; its ``.manifest.tsv`` beside it),
copied. Then ``bench_load.py --notes FOLDER`` or ``notes_speed.py FOLDER`` measure
them. An existing non-empty target is left alone (say so and stop), so a folder that
the planners measured is not silently rebuilt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import real_notes


def from_fixtures(out: Path, count: int) -> int:
    notes = real_notes()
    out.mkdir(parents=True)
    for i in range(count):
        note = notes[i % len(notes)]
        shutil.copyfile(note, out / f"{i // len(notes):05d}_{note.name}")
    return count


def from_corpus(out: Path, corpus: Path) -> int:
    manifest = Path(str(corpus).rstrip("/") + ".manifest.tsv")
    rows = manifest.read_text(encoding="utf-8").splitlines()[1:]
    names = [row.split("\t")[0] for row in rows if row.split("\t")[1:2] == ["note"]]
    out.mkdir(parents=True)
    for name in names:
        shutil.copyfile(corpus / name, out / name)
    return len(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("kind", choices=("fixtures", "corpus"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000, help="fixtures: files to write")
    parser.add_argument(
        "--from",
        dest="corpus",
        type=Path,
        default=Path("/tmp/corpus/c4000"),
        help="corpus: the generated corpus folder",
    )
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} exists and is not empty: left as it is", file=sys.stderr)
        return 0
    if args.out.exists():
        args.out.rmdir()
    if args.kind == "fixtures":
        written = from_fixtures(args.out, args.count)
    else:
        written = from_corpus(args.out, args.corpus)
    size = sum(os.path.getsize(p) for p in args.out.iterdir())
    print(f"{args.out}: {written} notes, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
