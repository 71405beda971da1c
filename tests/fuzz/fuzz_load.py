"""Fuzz target (atheris, laid out like markdown-it-py's): bytes -> a file -> load.

The invariants: ``seedparse.load`` returns a Document or raises a SeedparseError; any
other exception, a crash or a hang is a finding. When the native core is installed,
every input is also loaded on the pure-Python path (``seedparse._native.set_native``)
and the two outcomes must be equal (the same Document, or the same error). Every finding
becomes a pinned regression in ``test_fuzz_regressions.py``.

Run it on demand for as long as you like (``pip install atheris``)::

    python tests/fuzz/fuzz_load.py -max_total_time=3600 -rss_limit_mb=2048 -timeout=10 \\
        tests/fuzz/corpus

and for a short while in CI (``pytest -m slow tests/fuzz``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    import seedparse
    import seedparse._api
    import seedparse._io.decode
    import seedparse._native

    seedparse.readers()  # the readers load here, so they are instrumented too

_DIR = tempfile.mkdtemp(prefix="seedparse-fuzz-")
_PATH = os.path.join(_DIR, "input.md")


_BOTH_PATHS = seedparse._native._CORE is not None


def _load(strict: str) -> object:
    """The Document, or the error's type and text (the invariants checked on the way)."""
    try:
        document = seedparse.load(_PATH, encoding_errors=strict)  # type: ignore[arg-type]
    except seedparse.SeedparseError as error:
        str(error).encode("utf-8")
        return (type(error).__name__, str(error))
    # R26: the output is plain, finite, UTF-8 encodable data.
    json.dumps(document.to_dict(), allow_nan=False, ensure_ascii=False).encode("utf-8")
    return document


def test_one_input(data: bytes) -> None:
    with open(_PATH, "wb") as handle:
        handle.write(data)
    for strict in ("replace", "strict"):
        if not _BOTH_PATHS:
            _load(strict)
            continue
        seedparse._native.set_native(True)
        native = _load(strict)
        seedparse._native.set_native(False)
        pure = _load(strict)
        if native != pure:
            raise AssertionError(f"native and pure paths differ on {data!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
