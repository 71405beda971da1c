"""What ``import seedparse`` costs, by what it loads and by a same-run ratio.

No absolute time: the modules counted are deterministic, and the time is a ratio to
``import attrs`` measured in the same run (attrs is the floor: the public objects
are attrs classes). Everything else a reader, a codec detector, the parallel loader or
the plugin scan needs loads on first use (docs/measuring.md, "Import time").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# The standard modules seedparse itself may add to what attrs has loaded.
_ALLOWED_EXTRA = {
    "_contextvars",
    "_datetime",
    "array",
    "contextvars",
    "datetime",
    "errno",
    "gc",
    "math",
    "signal",
}

# Loaded on first use only: each would cost the import a tenth or more.
_DEFERRED = (
    "lxml",
    "yaml",
    "frontmatter",
    "multiprocessing",
    "importlib.metadata",
    "encodings.cp1252",
    "encodings.gb18030",
    "seedparse._io.detect",
    "seedparse._io.charset",
    "seedparse._io.parallel",
    "seedparse._entrypoints",
    "seedparse._native",
    "seedparse.formats.article",
    "seedparse.formats.transcript",
    "seedparse.formats.webpage",
    "seedparse.formats.html",
)


def _modules_after_attrs() -> dict[str, list[str]]:
    code = (
        "import json, sys\n"
        "import attrs\n"
        "before = set(sys.modules)\n"
        "import seedparse\n"
        "added = sorted(set(sys.modules) - before)\n"
        "print(json.dumps({'added': added, 'all': sorted(sys.modules)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, list[str]] = json.loads(out.stdout)
    return result


def test_import_adds_few_standard_modules_to_attrs() -> None:
    added = _modules_after_attrs()["added"]
    foreign = {m for m in added if m != "seedparse" and not m.startswith("seedparse.")}
    assert foreign <= _ALLOWED_EXTRA, sorted(foreign - _ALLOWED_EXTRA)
    assert len([m for m in added if m.startswith("seedparse.")]) <= 20


@pytest.mark.parametrize("module", _DEFERRED)
def test_import_leaves_heavy_modules_for_first_use(module: str) -> None:
    assert module not in _modules_after_attrs()["all"]


def test_deferred_modules_load_when_used() -> None:
    """The deferral is real: a legacy-encoded file brings the detector in."""
    code = (
        "import sys, seedparse\n"
        "before = 'seedparse._io.detect' in sys.modules\n"
        "text = 'Caf\\u00e9 cr\\u00e8me, na\\u00efve fa\\u00e7ade. ' * 20\n"
        "seedparse.parse_bytes(text.encode('cp1252'))\n"
        "print(before, 'seedparse._io.detect' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def _cpu_of(statement: str, env: dict[str, str]) -> float:
    code = (
        "import time\n"
        "start = time.process_time()\n"
        f"{statement}\n"
        "print(time.process_time() - start)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout)


def test_import_costs_little_more_than_attrs(tmp_path: Path) -> None:
    """Best of five interleaved runs each: seedparse's own part of the import (its
    modules and attrs classes) stays under the cost of attrs itself.

    Both imports read bytecode compiled beforehand into one cache of the test's own
    (CI sets PYTHONDONTWRITEBYTECODE, and a fresh checkout has no cache: the first
    import of seedparse would time the compiler, attrs' the wheel's cached bytecode)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    _cpu_of("import attrs, seedparse", env)  # compiles both into the cache
    attrs_only, whole = [], []
    for _ in range(5):
        attrs_only.append(_cpu_of("import attrs", env))
        whole.append(_cpu_of("import seedparse", env))
    assert min(whole) < 2.0 * min(attrs_only), (min(whole), min(attrs_only))
