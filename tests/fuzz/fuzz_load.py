"""Fuzz target (atheris, laid out like markdown-it-py's): bytes -> a file -> load.

The one invariant: ``seedparse.load`` returns a Document or raises a
SeedparseError; any other exception, a crash or a hang is a finding. Every finding
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

    seedparse.readers()  # the readers load here, so they are instrumented too

_DIR = tempfile.mkdtemp(prefix="seedparse-fuzz-")
_PATH = os.path.join(_DIR, "input.md")


def test_one_input(data: bytes) -> None:
    with open(_PATH, "wb") as handle:
        handle.write(data)
    for strict in ("replace", "strict"):
        try:
            document = seedparse.load(_PATH, encoding_errors=strict)  # type: ignore[arg-type]
        except seedparse.SeedparseError as error:
            str(error).encode("utf-8")
            continue
        # R26: the output is plain, finite, UTF-8 encodable data.
        json.dumps(document.to_dict(), allow_nan=False, ensure_ascii=False).encode("utf-8")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
