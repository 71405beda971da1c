"""The native note body (``read_note_body``) alone, on a folder of notes: for its cost.

A note's load is mostly Python; the one native call per note is where its Rust time
goes, and CPU seconds on a shared machine move by several per cent from run to run,
while the instructions callgrind counts inside the call do not. The script reads the
notes once, records the arguments the transcript reader passes to the call, then
calls it ``--rounds`` times on each and prints the CPU µs per call. Counted alone,
with the collection switched on inside the call only (imports, the reads and the
Python around it are not counted)::

    python benchmarks/note_body_instructions.py /tmp/corpus/c4000notes [--core SO]
    valgrind --tool=callgrind --callgrind-out-file=OUT \\
        --toggle-collect='seedparse_native::python::__pyfunction_read_note_body' \\
        python benchmarks/note_body_instructions.py /tmp/corpus/c4000notes --rounds 1

``--core`` loads another build of ``seedparse._core`` (a debug-symbol release build,
for ``callgrind_annotate``; another tree's, for a comparison on the same inputs). The
count covers the recording pass too (two calls per note with ``--rounds 1``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from typing import Any


def _load_core(path: str) -> None:
    spec = importlib.util.spec_from_file_location("seedparse._core", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no extension module at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["seedparse._core"] = module
    spec.loader.exec_module(module)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--core", help="a build of seedparse._core to load instead")
    args = parser.parse_args(argv)
    if args.core:
        _load_core(args.core)
    import seedparse
    from seedparse import _native

    core: Any = _native.active()
    if core is None:
        raise SystemExit("the native core is not in use")
    paths = [os.path.join(args.folder, name) for name in sorted(os.listdir(args.folder))]
    texts = [seedparse.read_text(path) for path in paths]
    reader = {info.name: info.reader for info in seedparse.readers()}["transcript-note"]
    calls: list[tuple[Any, ...]] = []
    call = core.read_note_body

    def record(*arguments: Any) -> Any:
        calls.append(arguments)
        return call(*arguments)

    core.read_note_body = record
    try:
        for text in texts:
            reader.read(text, "note")
    finally:
        core.read_note_body = call
    started = time.process_time()
    left = 0
    for _ in range(args.rounds):
        for arguments in calls:
            left += call(*arguments) is None
    spent = (time.process_time() - started) / max(args.rounds, 1)
    size = sum(len(arguments[0].encode("utf-8", "surrogatepass")) for arguments in calls)
    print(
        f"{len(calls)} calls ({left // max(args.rounds, 1)} left to Python), "
        f"{size / 1e6:.2f} MB: {spent / max(len(calls), 1) * 1e6:.1f} µs CPU per call, "
        f"{size / 1e6 / spent if spent else 0:.0f} MB/s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
