"""The remote and dask extras are optional: ``import seedparse`` never loads them, local
paths (and file:// URLs) work without them, and using a URL or seedparse.dask without
them is an ArgumentError that names the extra. Absence is simulated in a fresh
interpreter by a ``sys.meta_path`` finder that refuses to import the packages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_BLOCK = """
import sys

BLOCKED = {"fsspec", "s3fs", "dask", "distributed", "gcsfs", "adlfs"}

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None

sys.meta_path.insert(0, Block())
"""

_PROBE = """
import json, sys
import seedparse, seedparse.dask

out = {"light": sorted(m for m in ("fsspec", "s3fs", "dask", "distributed") if m in sys.modules)}
seeds = sys.argv[1]
out["local"] = len(seedparse.load_dir(seeds))
out["file_url"] = len(seedparse.load_dir("file://" + seeds))
for name, call in [
    ("load", lambda: seedparse.load("s3://bucket/key.txt")),
    ("load_dir", lambda: seedparse.load_dir("s3://bucket/prefix/")),
    ("iter_dir", lambda: seedparse.iter_dir("memory://prefix")),
    ("read_text", lambda: seedparse.read_text("https://example.org/a.txt")),
    ("dask", lambda: seedparse.dask.read_dir(seeds)),
]:
    try:
        call()
        out[name] = "no error"
    except seedparse.ArgumentError as error:
        out[name] = str(error)
print(json.dumps(out))
"""


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_without_the_extras_urls_and_dask_name_what_to_install() -> None:
    out = _run(_BLOCK + _PROBE)
    assert out["light"] == []
    assert out["local"] == out["file_url"] == 5
    for name in ("load", "load_dir", "iter_dir", "read_text"):
        assert "pip install 'seedparse[remote]'" in str(out[name]), out[name]
    assert "pip install 'seedparse[dask]'" in str(out["dask"]), out["dask"]


def test_import_and_local_loading_stay_light_with_the_extras_installed() -> None:
    out = _run(
        "import json, sys, seedparse, seedparse.dask\n"
        "seedparse.load_dir(sys.argv[1]); seedparse.load_dir('file://' + sys.argv[1])\n"
        "print(json.dumps({'loaded': sorted(m for m in ('fsspec', 's3fs', 'dask', "
        "'distributed') if m in sys.modules)}))"
    )
    assert out["loaded"] == []
