"""Shared test helpers: Hypothesis profiles, a resource harness, an unprivileged runner.

- Hypothesis profiles: ``default`` keeps the ordinary run quick; set
  ``HYPOTHESIS_PROFILE=thorough`` for a long local run.
- ``run_isolated``: runs a snippet in a fresh interpreter under ``RLIMIT_AS`` and a
  wall-clock deadline, and reports the time of the call under test and the peak RSS,
  so budgets are asserted rather than hoped for.
- ``as_nobody``: runs a function in a forked child that has dropped root, so that
  ``chmod 000`` means what it means for everyone else (root ignores it).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

NOBODY = 65534


# --------------------------------------------------------------------------- harness


@dataclass
class Isolated:
    """What a snippet run by :func:`run_isolated` did."""

    returncode: int | None
    """None when it was killed at the deadline."""
    elapsed: float | None
    """Seconds spent in ``main()`` (imports excluded)."""
    peak_mb: float | None
    """Peak RSS of the whole child process, interpreter included."""
    result: Any
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


_PRELUDE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
{code}
_t0 = time.perf_counter()
_result = main()
_elapsed = time.perf_counter() - _t0
def _peak_mb():
    # VmHWM belongs to this process image; ru_maxrss would carry the forking parent's
    # peak across exec (Linux keeps it in the signal struct), so a heavy test process
    # would seem to be the child's own memory.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
_peak = _peak_mb()
sys.stdout.write("\\n@@RESULT@@" + json.dumps({{"elapsed": _elapsed, "peak_mb": _peak,
                                             "result": _result}}) + "\\n")
"""


def run_isolated(
    code: str, *, deadline: float = 30.0, address_space_mb: int = 2048, cwd: str | None = None
) -> Isolated:
    """Run ``code`` (which defines ``main()``, returning JSON data) in a new
    interpreter with ``RLIMIT_AS`` and a deadline. The child sets its own limits before
    the code runs (no ``preexec_fn``, which is unsafe with threads: the slow suite runs
    children from a thread pool)."""
    limit = address_space_mb * 2**20
    program = _PRELUDE.format(code=textwrap.dedent(code), limit=limit)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(program)
    try:
        return _run_script(script.name, deadline, cwd)
    finally:
        os.unlink(script.name)


def _run_script(script: str, deadline: float, cwd: str | None) -> Isolated:
    try:
        done = subprocess.run(
            [sys.executable, script],
            capture_output=True,
            text=True,
            timeout=deadline,
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        stderr = expired.stderr.decode(errors="replace") if expired.stderr else ""
        return Isolated(None, None, None, None, stderr)
    marker = done.stdout.rfind("@@RESULT@@")
    if marker < 0:
        return Isolated(done.returncode, None, None, None, done.stderr)
    report = json.loads(done.stdout[marker + len("@@RESULT@@") :])
    return Isolated(
        done.returncode, report["elapsed"], report["peak_mb"], report["result"], done.stderr
    )


@pytest.fixture(scope="session")
def isolated() -> Callable[..., Isolated]:
    return run_isolated


# --------------------------------------------------------------------------- privileges


def can_drop_privileges() -> bool:
    return os.geteuid() == 0 and hasattr(os, "fork")


def run_as_nobody(function: Callable[[], Any], *, timeout: float = 60.0) -> Any:
    """Run ``function`` in a forked child as uid/gid 65534 (``nobody``) and return its
    result (pickled back through a pipe); re-raise what it raised."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                payload = ("ok", function())
            except BaseException as error:
                payload = ("error", error)
            data = pickle.dumps(payload)
        except BaseException as error:
            data = pickle.dumps(("error", RuntimeError(f"child failed: {error!r}")))
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write_end)
    chunks = []
    started = time.monotonic()
    with os.fdopen(read_end, "rb") as source:
        while True:
            chunk = source.read(1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    while True:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > timeout:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            raise TimeoutError("the unprivileged child did not finish")
        time.sleep(0.01)
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "error":
        raise value
    return value


@pytest.fixture
def as_nobody() -> Callable[..., Any]:
    if not can_drop_privileges():
        if os.geteuid() != 0:
            return lambda function, **kw: function()  # already unprivileged
        pytest.skip("running as root without fork: cannot drop privileges for chmod tests")
    return run_as_nobody


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary directory that an unprivileged child can enter (tmp_path is 0700)."""
    with tempfile.TemporaryDirectory(prefix="seedparse-") as name:
        os.chmod(name, 0o755)
        path = Path(name)
        yield path
        for dirpath, dirnames, _ in os.walk(path):  # let cleanup into chmod-000 dirs
            for dirname in dirnames:
                full = os.path.join(dirpath, dirname)
                if not os.path.islink(full):
                    os.chmod(full, 0o755)
