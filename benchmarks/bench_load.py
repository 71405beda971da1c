"""Benchmark: load_dir / iter_dir next to reading and decoding the same files.

Run on demand (never in the test suite)::

    python benchmarks/bench_load.py --generate 4000                 # a temporary corpus
    python benchmarks/bench_load.py --generate 4000 --corpus DIR    # kept in DIR (reused)
    python benchmarks/bench_load.py --corpus DIR --notes NOTES_DIR --json out.json
    python benchmarks/bench_load.py --generate 4000 --repeat-fixtures 400

One run prints one table per corpus folder. Every measurement runs in a fresh
interpreter (``--child``), so that its peak RSS (``VmHWM``) is its own: the
``read+decode`` row reads every file and decodes it with ``bytes.decode`` and holds
all the texts, which is the floor the other rows are compared with. Modes run
interleaved, ``--repeat`` rounds of all of them with the order rotated each round,
and the table shows medians, because the machine may be shared: ``cpu s`` (the
process and its reaped workers, user + system) is less sensitive to other load than
``wall s``, and the calibration line says how much of a second core was free.

Only seedparse's public API is used (``load``, ``load_dir``, ``iter_dir``,
``readers``, ``Document``), so the script keeps working when private modules move.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SEEDS = ROOT / "seeds"
FIXTURE_NOTES = ROOT / "tests" / "fixtures" / "transcript"

#: The throughput modes, in table order; each runs in its own fresh process.
#: A mode ending in ``_pure`` runs with ``SEEDPARSE_PURE_PYTHON=1`` (the pure-Python
#: path; the other modes use the native core when it is installed: docs/native.md).
MODES = (
    "read_decode",
    "load_dir",
    "load_dir_pure",
    "load_dir_w2",
    "load_dir_w2_pure",
    "iter_dir",
    "iter_dir_w2",
)
LABELS = {
    "read_decode": "read+decode",
    "load_dir": "load_dir",
    "load_dir_pure": "load_dir (pure)",
    "load_dir_w2": "load_dir workers=2",
    "load_dir_w2_pure": "load_dir workers=2 (pure)",
    "iter_dir": "iter_dir",
    "iter_dir_w2": "iter_dir workers=2",
}
# A fixed pure-Python workload: one process alone, then two at once, tells how much of
# a second core this machine has free right now (2.0 on an idle two-core machine).
_SPIN = 3_000_000
MIB = 1024 * 1024
#: Fresh processes of read+decode per round (it takes a tenth of a second, so one run
#: is at the mercy of one scheduler hiccup; it is every ratio's denominator).
SHORT_RUNS = 5


# --------------------------------------------------------------------------- children


def _files(corpus: str) -> list[str]:
    """Every regular file under ``corpus``, sorted by relative path (as load_dir walks)."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if os.path.isfile(path) and not os.path.islink(path):
                out.append(path)
    return out


def _rss_now() -> float:
    """Resident set size now, in MiB (Linux /proc; else the peak so far)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / MIB
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_rss() -> float:
    """Peak resident set size of this process image, in MiB.

    ``VmHWM`` belongs to the address space of this image only, whereas Linux carries
    ``ru_maxrss`` across ``execve`` (a child would report its parent's peak before exec).
    """
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _GcClock:
    """Wall time spent in the cyclic garbage collector of this process."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = 0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start
            self.collections += 1


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _child_throughput(mode: str, corpus: str) -> dict[str, Any]:
    """One throughput measurement, in this fresh process."""
    mode = mode.removesuffix("_pure")  # the parent set SEEDPARSE_PURE_PYTHON for these
    import_seconds = 0.0
    seedparse: Any = None
    if mode != "read_decode":
        start = time.perf_counter()
        import seedparse

        import_seconds = time.perf_counter() - start
    clock = _GcClock()
    base = _rss_now()
    cpu0 = _cpu(resource.RUSAGE_SELF)
    start = time.perf_counter()
    docs = failures = 0
    if mode == "read_decode":
        texts = []
        for path in _files(corpus):
            with open(path, "rb") as handle:
                texts.append(handle.read().decode("utf-8", errors="replace"))
        docs = len(texts)
    else:
        workers = 2 if mode.endswith("_w2") else None
        if mode.startswith("load_dir"):
            result = seedparse.load_dir(corpus, workers=workers, errors="collect")
            docs, failures = len(result), len(result.failures)
        else:
            for item in seedparse.iter_dir(corpus, workers=workers, errors="collect"):
                if isinstance(item, seedparse.Document):
                    docs += 1
                else:
                    failures += 1
    seconds = time.perf_counter() - start
    parent_cpu = _cpu(resource.RUSAGE_SELF) - cpu0
    workers_cpu = _cpu(resource.RUSAGE_CHILDREN)
    cpu = parent_cpu + workers_cpu
    available = getattr(seedparse, "native_available", None) if seedparse else None
    return {
        "mode": mode,
        "native": bool(available()) if available is not None else False,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "parent_cpu_seconds": parent_cpu,
        "workers_cpu_seconds": workers_cpu,
        "gc_seconds": clock.seconds,
        "gc_collections": clock.collections,
        "docs": docs,
        "failures": failures,
        "base_rss_mib": base,
        "peak_rss_mib": _peak_rss(),
        "worker_peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "import_seconds": import_seconds,
    }


def _child_import() -> dict[str, Any]:
    before = set(sys.modules)
    cpu = time.process_time()
    start = time.perf_counter()
    import seedparse  # noqa: F401

    seconds = time.perf_counter() - start
    return {
        "mode": "import",
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "modules": len(set(sys.modules) - before),
        "peak_rss_mib": _peak_rss(),
    }


def _child_first_load(path: str) -> dict[str, Any]:
    """``import seedparse``, then the first ``load`` of ``path`` and a second one:
    the difference is what the reader pays on first use (imports, tables, regexes)."""
    start = time.perf_counter()
    import seedparse

    import_seconds = time.perf_counter() - start
    cpu = time.process_time()
    start = time.perf_counter()
    document = seedparse.load(path)
    first = time.perf_counter() - start
    first_cpu = time.process_time() - cpu
    cpu = time.process_time()
    start = time.perf_counter()
    seedparse.load(path)
    again = time.perf_counter() - start
    again_cpu = time.process_time() - cpu
    return {
        "cpu_seconds": first_cpu,
        "again_cpu_seconds": again_cpu,
        "mode": "first_load",
        "reader": document.reader,
        "path": path,
        "import_seconds": import_seconds,
        "seconds": first,
        "again_seconds": again,
    }


def _child_pick(corpus: str) -> dict[str, Any]:
    """The first file (in walk order) that each registered reader reads: from the
    corpus, then (for a format the corpus lacks) from the seeds, the test fixtures and
    the shared real pages beside the checkout, so that every format's first load is
    measured."""
    import seedparse

    wanted = {info.name for info in seedparse.readers()}
    found: dict[str, str] = {}
    extra = (ROOT / "seeds", ROOT / "tests" / "fixtures", ROOT.parent / "shared" / "corpora")
    for folder in (corpus, *map(str, extra)):
        if set(found) >= wanted:
            break
        if not os.path.isdir(folder):
            continue
        for path in _files(folder)[:2000]:
            try:
                reader = seedparse.load(path).reader
            except seedparse.SeedparseError:
                continue
            found.setdefault(reader, path)
            if set(found) >= wanted:
                break
    return {"mode": "pick", "samples": found}


def _child_spin() -> dict[str, Any]:
    start = time.perf_counter()
    total = 0
    for i in range(_SPIN):
        total += i * i % 7
    return {
        "mode": "spin",
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time(),
        "total": total,
    }


def _child(args: argparse.Namespace) -> dict[str, Any]:
    mode = args.child
    if mode == "import":
        return _child_import()
    if mode == "first_load":
        return _child_first_load(args.path)
    if mode == "pick":
        return _child_pick(args.corpus)
    if mode == "spin":
        return _child_spin()
    return _child_throughput(mode, args.corpus)


# --------------------------------------------------------------------------- parent


def _command(mode: str, *, corpus: str = "", path: str = "") -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    if corpus:
        command += ["--corpus", corpus]
    if path:
        command += ["--path", path]
    return command


def _parse_child(stdout: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return result


def _run(mode: str, *, src: str | None = None, **kwargs: str) -> dict[str, Any]:
    """One child measurement; ``src`` puts another seedparse source tree first on
    ``PYTHONPATH`` (the ``--against`` tree); a ``_pure`` mode runs the child with
    ``SEEDPARSE_PURE_PYTHON=1``."""
    env = {k: v for k, v in os.environ.items() if k != "SEEDPARSE_PURE_PYTHON"}
    if mode.endswith("_pure"):
        env["SEEDPARSE_PURE_PYTHON"] = "1"
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])
    out = subprocess.run(
        _command(mode, **kwargs), check=True, capture_output=True, text=True, env=env
    )
    return _parse_child(out.stdout)


#: The suffix of the rows measured with the ``--against`` tree.
BEFORE = "@before"


def _label(key: str) -> str:
    mode, _, variant = key.partition("@")
    return LABELS[mode] + (f" ({variant})" if variant else "")


def _calibrate() -> dict[str, float]:
    """How many cores this machine gives us now: the CPU seconds a fixed workload got
    per wall second, one process alone and two at once (1.0 and 2.0 when idle)."""
    alone = _run("spin")
    pair = [subprocess.Popen(_command("spin"), stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = []
    for proc in pair:
        stdout, _ = proc.communicate()
        results.append(_parse_child(stdout))
    both = max(r["seconds"] for r in results)
    return {
        "one_seconds": alone["seconds"],
        "one_cores": alone["cpu_seconds"] / alone["seconds"],
        "two_seconds": both,
        "two_cores": sum(r["cpu_seconds"] for r in results) / both,
        "capacity": 2 * alone["seconds"] / both,
    }


def warm_page_cache(files: list[str]) -> float:
    """Read every file once so that no mode (the first read+decode above all: 0.83 s
    cold against 0.21 s warm in one run) times the disk; returns the seconds taken."""
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass
    return time.perf_counter() - start


def _rotated(modes: list[str], round_no: int) -> Iterator[str]:
    shift = round_no % len(modes)
    yield from modes[shift:] + modes[:shift]


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(float(r[key]) for r in runs))


def measure_corpus(
    corpus: str,
    modes: list[str],
    repeat: int,
    log: Callable[[str], None],
    against: str | None = None,
    short_runs: int = SHORT_RUNS,
) -> dict[str, Any]:
    """Every mode ``repeat`` times, interleaved; medians per mode (read+decode
    ``short_runs`` times per round: it is short). The page cache is warmed first.
    With ``against`` (a ``src`` folder of another seedparse tree) every seedparse mode
    is also measured with that tree, in the same rounds, as the rows
    ``<mode>@before``."""
    files = _files(corpus)
    size = sum(os.path.getsize(p) for p in files)
    warm_seconds = warm_page_cache(files)
    log(f"  page cache warmed: {len(files)} files read in {warm_seconds:.2f} s")
    keys = list(modes)
    if against is not None:
        keys += [mode + BEFORE for mode in modes if mode != "read_decode"]
    srcs = {"": None, BEFORE: against}
    runs: dict[str, list[dict[str, Any]]] = {key: [] for key in keys}
    calibrations: list[dict[str, float]] = []
    variants = [""] + ([BEFORE] if against is not None else [])
    imports: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    for round_no in range(repeat):
        calibrations.append(_calibrate())
        for variant in variants:
            imports[variant].append(_run("import", src=srcs[variant]))
        for key in _rotated(keys, round_no):
            mode, _, variant = key.partition("@")
            for _ in range(short_runs if mode == "read_decode" else 1):
                result = _run(mode, corpus=corpus, src=srcs["@" + variant if variant else ""])
                runs[key].append(result)
                log(f"  round {round_no + 1}/{repeat} {_label(key):<30} {result['seconds']:8.2f} s")
    samples = _run("pick", corpus=corpus)["samples"]
    first_loads: dict[str, list[dict[str, Any]]] = {
        name + variant: [] for variant in variants for name in sorted(samples)
    }
    for _ in range(repeat):
        for variant in variants:
            for name in sorted(samples):
                first_loads[name + variant].append(
                    _run("first_load", path=samples[name], src=srcs[variant])
                )
    for variant in variants:
        counts = {
            (r["docs"], r["failures"])
            for key in keys
            if key.partition("@")[0] != "read_decode" and key.endswith(variant)
            for r in runs[key]
        }
        if len(counts) > 1:
            raise SystemExit(f"modes disagree on the number of documents/failures: {counts}")
    rows = {key: _summary(runs[key], size) for key in keys}
    return {
        "corpus": corpus,
        "files": len(files),
        "bytes": size,
        "repeat": repeat,
        "short_runs": short_runs,
        "warm_seconds": warm_seconds,
        "against": against,
        "rows": rows,
        "runs": runs,
        "calibration": {
            "capacity": statistics.median(c["capacity"] for c in calibrations),
            "one_cores": statistics.median(c["one_cores"] for c in calibrations),
            "two_cores": statistics.median(c["two_cores"] for c in calibrations),
            "one_seconds": statistics.median(c["one_seconds"] for c in calibrations),
            "runs": calibrations,
        },
        "import": {
            variant: {
                "seconds": _median(found, "seconds"),
                "cpu_seconds": _median(found, "cpu_seconds"),
                "modules": found[0]["modules"],
                "peak_rss_mib": _median(found, "peak_rss_mib"),
                "runs": found,
            }
            for variant, found in imports.items()
        },
        "first_load": {
            name: {
                "path": loads[0]["path"],
                "seconds": _median(loads, "seconds"),
                "cpu_seconds": _median(loads, "cpu_seconds"),
                "again_seconds": _median(loads, "again_seconds"),
                "again_cpu_seconds": _median(loads, "again_cpu_seconds"),
                "runs": loads,
            }
            for name, loads in first_loads.items()
        },
    }


def _summary(runs: list[dict[str, Any]], size: int) -> dict[str, float]:
    seconds = _median(runs, "seconds")
    return {
        "seconds": seconds,
        "seconds_min": min(float(r["seconds"]) for r in runs),
        "seconds_max": max(float(r["seconds"]) for r in runs),
        "cpu_seconds": _median(runs, "cpu_seconds"),
        "cpu_seconds_min": min(float(r["cpu_seconds"]) for r in runs),
        "cpu_seconds_max": max(float(r["cpu_seconds"]) for r in runs),
        "runs": len(runs),
        "parent_cpu_seconds": _median(runs, "parent_cpu_seconds"),
        "workers_cpu_seconds": _median(runs, "workers_cpu_seconds"),
        "gc_seconds": _median(runs, "gc_seconds"),
        "mb_per_s": size / 1e6 / seconds,
        "docs_per_s": _median(runs, "docs") / seconds,
        "docs": _median(runs, "docs"),
        "base_rss_mib": _median(runs, "base_rss_mib"),
        "peak_rss_mib": _median(runs, "peak_rss_mib"),
        "worker_peak_rss_mib": _median(runs, "worker_peak_rss_mib"),
    }


def format_table(figures: dict[str, Any]) -> str:
    """The one table of a corpus, with the ratios and the targets of issues 12/13."""
    rows = figures["rows"]
    lines = [
        f"corpus: {figures['corpus']}: {figures['files']} files, "
        f"{figures['bytes'] / 1e6:.1f} MB; medians of {figures['repeat']} interleaved run(s)",
        f"machine now: a CPU-bound process got {figures['calibration']['one_cores']:.2f} "
        f"core(s) alone, two at once got {figures['calibration']['two_cores']:.2f} "
        f"(two-process speed-up {figures['calibration']['capacity']:.2f}; idle: 1.00, 2.00); "
        f"its fixed workload took {figures['calibration'].get('one_seconds', 0.0):.3f} s alone",
        *_denominator(figures),
        "",
        "| mode | wall s | cpu s | MB/s | docs/s | gc s | peak RSS MiB | worker peak MiB "
        "| x r+d speed | x r+d speed (cpu) | x raw-text mem | x raw-text held |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    raw = rows.get("read_decode")
    for key, row in rows.items():
        if raw:
            speed = raw["seconds"] / row["seconds"]
            speed_cpu = raw["cpu_seconds"] / row["cpu_seconds"] if row["cpu_seconds"] else 0.0
            mem = row["peak_rss_mib"] / raw["peak_rss_mib"]
            raw_held = raw["peak_rss_mib"] - raw["base_rss_mib"]
            held = (row["peak_rss_mib"] - row["base_rss_mib"]) / raw_held if raw_held else 0.0
            ratios = f"{speed:.3f} | {speed_cpu:.3f} | {mem:.2f} | {held:.2f}"
        else:
            ratios = "- | - | - | -"
        workers = f"{row['worker_peak_rss_mib']:.1f}" if "_w2" in key else "-"
        lines.append(
            f"| {_label(key)} | {row['seconds']:.2f} | {row['cpu_seconds']:.2f} "
            f"| {row['mb_per_s']:.1f} | {row['docs_per_s']:.0f} | {row['gc_seconds']:.2f} "
            f"| {row['peak_rss_mib']:.1f} | {workers} | {ratios} |"
        )
    for variant, imp in figures["import"].items():
        shown = f" ({variant[1:]})" if variant else ""
        lines.append(
            f"| import seedparse{shown} | {imp['seconds']:.3f} "
            f"| {imp['cpu_seconds']:.3f} | | | "
            f"| {imp['peak_rss_mib']:.1f} | | | | | |"
        )
    for name, first in figures["first_load"].items():
        lines.append(
            f"| first load ({name}; 2nd load {first['again_seconds'] * 1e3:.1f} ms) "
            f"| {first['seconds']:.3f} | {first['cpu_seconds']:.3f} | | | | | | | | | |"
        )
    lines += ["", *_targets(figures)]
    return "\n".join(lines)


def _denominator(figures: dict[str, Any]) -> list[str]:
    """How stable read+decode (every ratio's denominator) was in this run: its runs'
    minimum, median and maximum, and the spread (maximum - minimum) / median."""
    raw = figures["rows"].get("read_decode")
    if not raw:
        return []
    wall = (raw["seconds_min"], raw["seconds"], raw["seconds_max"])
    cpu = (raw["cpu_seconds_min"], raw["cpu_seconds"], raw["cpu_seconds_max"])

    def spread(low: float, mid: float, high: float) -> str:
        return f"{(high - low) / mid:.0%}" if mid else "-"

    return [
        f"read+decode (the denominator of the x r+d columns, their medians): "
        f"{raw['runs']} runs after warming the page cache "
        f"({figures.get('warm_seconds', 0.0):.2f} s); wall min/median/max "
        f"{wall[0]:.3f}/{wall[1]:.3f}/{wall[2]:.3f} s (spread {spread(*wall)}), "
        f"cpu {cpu[0]:.3f}/{cpu[1]:.3f}/{cpu[2]:.3f} s (spread {spread(*cpu)})"
    ]


def _targets(figures: dict[str, Any]) -> list[str]:
    """Where the figures stand against the done-when lines of issues 12 and 13."""
    rows = figures["rows"]
    out = ["targets (issue 12 / issue 13):"]
    native = sorted(
        {
            f"{_label(mode)}: {'native core' if run.get('native') else 'pure Python'}"
            for mode, runs in figures["runs"].items()
            if mode != "read_decode"
            for run in runs
        }
    )
    out.append("- paths: " + "; ".join(native))
    for fast, pure in (("load_dir", "load_dir_pure"), ("load_dir_w2", "load_dir_w2_pure")):
        if fast in rows and pure in rows:
            out.append(
                f"- {LABELS[fast]}: native x pure, same run: "
                f"{rows[pure]['seconds'] / rows[fast]['seconds']:.2f} wall, "
                f"{rows[pure]['cpu_seconds'] / rows[fast]['cpu_seconds']:.2f} cpu"
            )
    raw, one, two = rows.get("read_decode"), rows.get("load_dir"), rows.get("load_dir_w2")
    if raw and one:
        speed = raw["seconds"] / one["seconds"]
        mem = one["peak_rss_mib"] / raw["peak_rss_mib"]
        at_min = raw["seconds_min"] / one["seconds"]
        out.append(
            f"- load_dir speed x read+decode: {speed:.3f} (≥ 0.05 / ≥ 0.10; "
            f"{at_min:.3f} against read+decode's fastest run)"
        )
        out.append(f"- load_dir peak RSS x raw texts: {mem:.2f} (≤ 1.3)")
    if one and two:
        out.append(
            f"- workers=2 x one process: {one['seconds'] / two['seconds']:.2f} "
            f"(≥ 1.6 / ≥ 1.7; two CPU-bound processes x one on this machine now: "
            f"{figures['calibration']['capacity']:.2f})"
        )
    for variant in ("", BEFORE):
        out += _parallel_model(
            rows.get("load_dir" + variant), rows.get("load_dir_w2" + variant), variant
        )
    before = rows.get("load_dir" + BEFORE)
    if one and before:
        out.append(
            f"- load_dir against the --against tree (same run): "
            f"{before['seconds'] / one['seconds']:.2f}x the speed (wall), "
            f"{before['cpu_seconds'] / one['cpu_seconds']:.2f}x (CPU), "
            f"{one['peak_rss_mib'] / before['peak_rss_mib']:.2f}x the peak RSS"
        )
    two_before = rows.get("load_dir_w2" + BEFORE)
    if before and two_before:
        out.append(
            f"- workers=2 x one process, --against tree: "
            f"{before['seconds'] / two_before['seconds']:.2f}"
        )
    for variant, imp in figures["import"].items():
        out.append(
            f"- import seedparse{f' ({variant[1:]})' if variant else ''}: "
            f"{imp['seconds']:.3f} s wall, {imp['cpu_seconds']:.3f} s CPU (≤ 0.1)"
        )
    for name, first in figures["first_load"].items():
        out.append(
            f"- first load of {name}: {first['seconds'] - first['again_seconds']:.3f} s wall, "
            f"{first['cpu_seconds'] - first['again_cpu_seconds']:.3f} s CPU "
            "more than a warm load (≤ 0.1)"
        )
    return out


def _parallel_model(
    one: dict[str, float] | None, two: dict[str, float] | None, variant: str
) -> list[str]:
    """The CPU model of ``workers=2`` on two idle cores, from CPU seconds (less
    sensitive to other load than wall time): S the serial run's CPU, P the parent's
    and W the workers' in the parallel run. Three processes share two cores, so the
    wall time is at least (W + P) / 2 and at least P (the parent is one process):
    the speed-up is at most min(2S / (W + P), S / P); were the workers as cheap per
    document as the serial run (W = S), at most 2S / (S + P)."""
    if not one or not two or not two.get("parent_cpu_seconds"):
        return []
    serial, parent, workers = (
        one["cpu_seconds"],
        two["parent_cpu_seconds"],
        two["workers_cpu_seconds"],
    )
    bound = min(2 * serial / (workers + parent), serial / parent)
    shown = f" ({variant[1:]})" if variant else ""
    return [
        f"- workers=2 CPU model{shown}: S {serial:.2f} s serial, P {parent:.2f} s parent "
        f"(P/S {parent / serial:.3f}), W {workers:.2f} s workers (W/S {workers / serial:.3f}); "
        f"bound on 2 idle cores min(2S/(W+P), S/P) = {bound:.2f}, with W = S "
        f"2S/(S+P) = {2 * serial / (serial + parent):.2f}"
    ]


# --------------------------------------------------------------------------- corpora


def generate(n: int, out: str) -> None:
    """Write the deterministic ``gen_corpus.py`` corpus of ``n`` documents to ``out``."""
    seeds = SHARED_SEEDS if SHARED_SEEDS.is_dir() else SEEDS
    if not GEN.is_file():
        raise SystemExit(f"--generate needs {GEN} (the shared corpus generator)")
    manifest = out.rstrip("/") + ".manifest.tsv"
    subprocess.run(
        [
            sys.executable,
            str(GEN),
            "--seeds",
            str(seeds),
            "--out",
            out,
            "--docs",
            str(n),
            "--manifest",
            manifest,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def real_notes() -> list[Path]:
    """The project's real transcript notes: the seeds the ``transcript-note`` reader
    reads, and the note fixtures of the test suite."""
    import seedparse

    notes = sorted(p for p in FIXTURE_NOTES.glob("*") if p.is_file())
    for seed in sorted(p for p in SEEDS.glob("*") if p.is_file()):
        if seedparse.load(seed).reader == "transcript-note":
            notes.append(seed)
    return notes


def repeat_fixtures(n: int, out: str) -> None:
    """A folder of ``n`` copies of each real note (``real_notes``)."""
    notes = real_notes()
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        for note in notes:
            shutil.copyfile(note, os.path.join(out, f"{i:05d}_{note.name}"))


def _prepare(
    folder: str | None, build: Callable[[str], None], count: int, scratch: str, name: str
) -> str:
    """``folder`` built by ``build`` (when it does not exist yet), or a scratch one."""
    target = folder or os.path.join(scratch, name)
    if os.path.isdir(target) and os.listdir(target):
        found = len(_files(target))
        print(f"reusing {target} ({found} files)", file=sys.stderr)
        if found < count:
            raise SystemExit(f"{target} exists with {found} files; expected {count} or more")
        return target
    build(target)
    return target


def _compile_bytecode(against: str | None) -> None:
    """Write the bytecode of seedparse (and of the ``--against`` tree), as pip does when
    it installs a package: from a source tree, and with ``PYTHONDONTWRITEBYTECODE=1``
    set, ``import seedparse`` and the first loads would otherwise time the compiler
    (about 0.06 s of them on the machine this was written on)."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("seedparse")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    if against:
        roots.append(os.path.join(against, "seedparse"))
    for root in roots:
        compileall.compile_dir(root, quiet=1)
    print(f"bytecode compiled in {', '.join(roots)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--corpus",
        help="a folder of documents (with --generate: where to "
        "write the generated corpus, reused when it exists)",
    )
    parser.add_argument(
        "--generate",
        type=int,
        metavar="N",
        help="generate N documents with ../shared/tools/gen_corpus.py",
    )
    parser.add_argument(
        "--notes",
        help="a folder of real transcript notes (with "
        "--repeat-fixtures: where to build it, reused when it exists)",
    )
    parser.add_argument(
        "--repeat-fixtures",
        type=int,
        metavar="N",
        help="build a notes folder from N copies of the repo's real notes",
    )
    parser.add_argument(
        "--modes", default=",".join(MODES), help=f"comma-separated subset of {','.join(MODES)}"
    )
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds (medians)")
    parser.add_argument(
        "--short-runs",
        type=int,
        default=SHORT_RUNS,
        metavar="N",
        help="fresh read+decode processes per round (the short denominator)",
    )
    parser.add_argument("--json", help="also write every figure and run to this file")
    parser.add_argument(
        "--against",
        metavar="SRC",
        help="also measure the seedparse of another tree (its src folder, e.g. "
        "../main/src) in the same rounds: the '(before)' rows",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(_child(args)))
        return 0

    modes = [m for m in args.modes.split(",") if m]
    _compile_bytecode(args.against)
    unknown = sorted(set(modes) - set(MODES))
    if unknown:
        parser.error(f"unknown modes: {', '.join(unknown)}")
    if not args.corpus and not args.generate and not args.notes and not args.repeat_fixtures:
        parser.error("give --corpus, --generate, --notes or --repeat-fixtures")
    scratch = tempfile.mkdtemp(prefix="seedparse-bench-")
    try:
        corpora: list[tuple[str, str]] = []
        if args.generate:
            n = args.generate
            corpora.append(
                (
                    "corpus",
                    _prepare(args.corpus, lambda d: generate(n, d), n, scratch, f"generated-{n}"),
                )
            )
        elif args.corpus:
            corpora.append(("corpus", args.corpus))
        if args.repeat_fixtures:
            n = args.repeat_fixtures
            corpora.append(
                (
                    "notes",
                    _prepare(
                        args.notes, lambda d: repeat_fixtures(n, d), n, scratch, f"notes-x{n}"
                    ),
                )
            )
        elif args.notes:
            corpora.append(("notes", args.notes))
        report: dict[str, Any] = {"python": sys.version, "argv": sys.argv[1:]}
        for role, folder in corpora:
            if not os.path.isdir(folder):
                raise SystemExit(f"not a folder: {folder}")
            print(f"measuring {role} {folder} ...", file=sys.stderr)
            figures = measure_corpus(
                folder,
                modes,
                args.repeat,
                lambda line: print(line, file=sys.stderr),
                against=os.path.abspath(args.against) if args.against else None,
                short_runs=max(1, args.short_runs),
            )
            report[role] = figures
            print(format_table(figures))
            print()
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
