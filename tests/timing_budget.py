"""Time budgets that a slow or loaded machine cannot fail.

A budget is written in seconds *on the reference machine* (the 2-core development VM,
unloaded) but asserted in calibration units: the CPU time of the operation divided by
the CPU time of a fixed pure-Python workload (:func:`calibrate`) measured in the same
process, right before and after it. A machine that is twice as slow, or shared with
two other CPU-bound jobs, slows both sides alike, so the ratio holds where a wall-clock
budget would fail. Budgets are asserted only in the slow suite (``-m slow``); the
default suite checks what the operations return.

``CALIBRATION`` is source text, so a snippet run by ``run_isolated`` in a fresh
interpreter can define the same ``calibrate()`` and report both numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

#: Parametrize a test by ``timed``: the default suite runs it once for its result, the
#: slow suite again with its time budget asserted.
TIMED = pytest.mark.parametrize(
    "timed",
    [pytest.param(False, id="result"), pytest.param(True, id="budget", marks=pytest.mark.slow)],
)

CALIBRATION = '''
def calibrate(repeats=5):
    """CPU seconds of a fixed pure-Python workload (the best of ``repeats``)."""
    import re, time
    token = re.compile(r"[A-Za-z]+|\\d+|[^\\sA-Za-z\\d]")
    lines = ["Claim %d about [[note-%d]] at 00:%02d:%02d, \\u201cquoted\\u201d words here."
             % (i, i % 97, i % 60, i % 59) for i in range(15000)]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        count = 0
        for line in lines:
            count += len(token.findall(line)) + len(line.casefold().split())
        "\\n".join(lines).replace("[[", "").split("\\n")
        best = min(best, time.process_time() - t0)
    return best
'''

namespace: dict[str, Any] = {}
exec(CALIBRATION, namespace)
calibrate: Callable[..., float] = namespace["calibrate"]

#: ``calibrate()`` on the reference machine (the 2-core development VM), in CPU seconds.
REFERENCE_CALIBRATION = 0.047


def allowed_units(seconds: float) -> float:
    """A budget of ``seconds`` on the reference machine, in calibration units."""
    return seconds / REFERENCE_CALIBRATION


def check_units(cpu_seconds: float, calibration: float, seconds: float, what: str) -> None:
    """Assert that ``cpu_seconds`` (measured beside ``calibration``) is within a budget of
    ``seconds`` on the reference machine."""
    units = cpu_seconds / max(calibration, 1e-6)
    allowed = allowed_units(seconds)
    assert units <= allowed, (
        f"{what}: {cpu_seconds:.2f} s CPU = {units:.0f} calibration units of "
        f"{calibration * 1000:.1f} ms; budget {allowed:.0f} units "
        f"(= {seconds} s on the reference machine)"
    )


def within(operation: Callable[[], T], seconds: float, what: str, *, timed: bool = True) -> T:
    """Return what ``operation()`` returns. When ``timed``, run it up to three times, each
    between two calibrations, and assert that the best ratio is within ``seconds`` on
    the reference machine."""
    if not timed:
        return operation()
    best: tuple[float, float, float] | None = None
    for _ in range(3):
        before = calibrate(3)
        started = time.process_time()
        result = operation()
        cpu = time.process_time() - started
        calibration = (before + calibrate(3)) / 2
        if best is None or cpu / calibration < best[0]:
            best = (cpu / calibration, cpu, calibration)
        if best[0] <= allowed_units(seconds):
            break
    assert best is not None
    check_units(best[1], best[2], seconds, what)
    return result
