"""Instructions per file spent outside the readers by ``load_dir``, under callgrind.

The machine these benchmarks run on is shared, so time lies; an instruction count
does not. One process per folder: ``import seedparse``, one warm-up ``load_dir`` of
the folder (imports, lazy patterns, caches), then these phases, each run inside its
own ``functools.reduce`` call so that callgrind collects exactly that call
(``--toggle-collect``) and dumps it on its own (``--dump-after``):

``load_dir``   the whole ``load_dir(folder)``;
``readers``    ``reader.read(text, source)`` of every file (the reader load picks);
``pick``       the registry choosing the reader (every reader's ``sniff``);
``decode``     bytes to normalised text;
``digest``     the document digest of the text read;
``open/read``  the bounded read of the file.

``outside`` = ``load_dir`` - ``readers`` is the per-file cost the loader adds;
``rest`` is what is left of it after the four phases. Only names that exist in both
the tree before and after the load-cost work are used (with fallbacks).

usage::

    python benchmarks/load_cost.py SRC_DIR FOLDER [FOLDER ...]   # runs valgrind
    python benchmarks/load_cost.py --child FOLDER                # inside valgrind

Set ``SEEDPARSE_PURE_PYTHON=1`` for the pure-Python path.
"""

from __future__ import annotations

import functools
import gc
import glob
import os
import subprocess
import sys
import tempfile

PHASES = ("load_dir", "readers", "pick", "decode", "digest", "open/read")


def _child(folder: str) -> None:
    import seedparse
    from seedparse import _api
    from seedparse._io.decode import decode_bytes
    from seedparse._io.files import read_bytes
    from seedparse._limits import Limits
    from seedparse._records import ids

    paths = sorted(glob.glob(os.path.join(folder, "*")))
    # The per-file time limit stays on (its cost is the loader's), but long enough for
    # a reader running under valgrind.
    limits = Limits(per_file_timeout=3600.0)
    seedparse.load_dir(folder, limits=limits)  # warm-up: not collected
    datas = [read_bytes(path, limits) for path in paths]
    decoded = [decode_bytes(data, source=path) for data, path in zip(datas, paths, strict=True)]
    texts = [d.text for d in decoded]
    registry = _api.default_registry
    chosen = [registry.pick(text) for text in texts]
    # The digest as the loader computes it (``_api._digest`` when the tree has one).
    loader_digest = getattr(_api, "_digest", None)

    def digest(index: int) -> object:
        if loader_digest is not None:
            return loader_digest(texts[index], decoded[index])
        return ids.content_digest(texts[index])

    indexes = range(len(paths))
    pairs = list(zip(datas, paths, strict=True))
    phases = {
        "load_dir": lambda: seedparse.load_dir(folder, limits=limits),
        "readers": lambda: [chosen[i].read(texts[i], paths[i]) for i in indexes],
        "pick": lambda: [registry.pick(text) for text in texts],
        "decode": lambda: [decode_bytes(data, source=path) for data, path in pairs],
        "digest": lambda: [digest(i) for i in indexes],
        "open/read": lambda: [read_bytes(path, limits, source=path) for path in paths],
    }
    gc.disable()
    for name in PHASES:
        gc.collect()
        functools.reduce(lambda _acc, _x, run=phases[name]: run(), [0], None)
    print(len(paths))


def _totals(out: str) -> list[int]:
    dumps = sorted(
        (path for path in glob.glob(out + ".*") if path.rsplit(".", 1)[-1].isdigit()),
        key=lambda path: int(path.rsplit(".", 1)[-1]),
    )
    found: list[int] = []
    for path in dumps:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("summary:") or line.startswith("totals:"):
                    found.append(int(line.split()[1]))
                    break
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1])
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src, folders = argv[0], argv[1:]
    env = dict(os.environ, PYTHONPATH=os.path.abspath(src), PYTHONHASHSEED="0")
    print(
        f"{'folder':<24}" + "".join(f"{p:>11}" for p in ("readers", "outside", *PHASES[2:], "rest"))
    )
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "cg")
            subprocess.run(
                [
                    "valgrind", "--tool=callgrind", "--collect-atstart=no",
                    "--toggle-collect=functools_reduce", "--dump-after=functools_reduce",
                    f"--callgrind-out-file={out}", sys.executable, __file__, "--child", folder,
                ],
                env=env, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            totals = _totals(out)
        count = len(glob.glob(os.path.join(folder, "*")))
        per = dict(zip(PHASES, (t / count / 1000 for t in totals[-len(PHASES) :]), strict=True))
        outside = per["load_dir"] - per["readers"]
        rest = outside - sum(per[p] for p in PHASES[2:])
        row = (per["readers"], outside, *(per[p] for p in PHASES[2:]), rest)
        print(f"{os.path.basename(folder.rstrip('/')):<24}" + "".join(f"{v:>10.1f}K" for v in row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
