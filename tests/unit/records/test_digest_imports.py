"""What the digest costs a load: with the native core on a CPU with SHA instructions,
no ``hashlib``.

``hashlib`` loads OpenSSL's libcrypto (about 3.5 MiB resident, 5 ms of the first load)
for one hash per file; the native core hashes instead where the CPU has SHA
instructions (``_records/digest.py``), else ``hashlib`` does. The pure path always uses
``hashlib``, and all give the same digests. Checked by what a fresh interpreter has
imported, not by time or memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seedparse import _native

ROOT = Path(__file__).resolve().parents[3]
NOTES = ROOT / "tests" / "fixtures" / "transcript"

_CODE = (
    "import json, sys, seedparse\n"
    "docs = seedparse.load_dir(sys.argv[1])\n"
    "print(json.dumps({'hashlib': [m for m in ('hashlib', '_hashlib') if m in sys.modules],"
    " 'native': seedparse.native_available(),"
    " 'digests': sorted(d.digest for d in docs)}))\n"
)


def _load(pure: bool) -> dict[str, object]:
    env = dict(os.environ)
    env.pop("SEEDPARSE_PURE_PYTHON", None)
    if pure:
        env["SEEDPARSE_PURE_PYTHON"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", _CODE, str(NOTES)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


@pytest.mark.skipif(
    _native._CORE is None and os.environ.get("SEEDPARSE_REQUIRE_NATIVE") != "1",
    reason="the native core is not installed",
)
def test_native_loads_import_no_hashlib_and_digest_as_the_pure_path() -> None:
    native, pure = _load(pure=False), _load(pure=True)
    assert native["native"] is True and pure["native"] is False
    core = _native._CORE
    assert core is not None
    assert native["hashlib"] == ([] if core.SHA256_ACCELERATED else ["hashlib", "_hashlib"])
    assert pure["hashlib"] == ["hashlib", "_hashlib"]
    assert native["digests"] == pure["digests"]
    assert native["digests"]  # the fixture notes were read
