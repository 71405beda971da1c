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

Scaling tests (R15: t(10n)/t(n) under a bound, median of 5 alternating runs) use
``median_ratio`` (source text ``MEDIAN_RATIO`` for children): it stops as soon as the
runs left could no longer change the verdict of the median of 5, so a clear pass (or
fail) costs 3 runs and only a close call costs 5; the verdict is the full run's. A fail
is measured again (up to three measurements): a burst of load that pushed a linear scan
over the bound does not come back every time, a super-linear scan fails every time.
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

MEDIAN_RATIO = '''
def median_ratio(small, big, *, runs=5, ratio=15.0, floor=0.5, attempts=3):
    """Alternate ``small()`` and ``big()`` (each returns CPU seconds) up to ``runs``
    times; return (t_n, t_10n, runs done) with the verdict of the medians of ``runs``:
    t_10n < floor or t_10n / t_n < ratio. Stops once the runs left cannot change it,
    returning the bounds that decided (at most the medians' ratio on a pass, at least
    it on a fail).

    A failing verdict is measured again, up to ``attempts`` measurements in all, and
    the first pass is the verdict: load from other processes only adds time, comes in
    bursts and falls harder on the long runs of ``big`` (its working set also loses
    the cache the other processes share), so a linear scan that one burst pushed over
    the bound passes the next measurement, while a super-linear one fails every time
    (a quadratic scan measures 100 where the bound is 15). ``runs done`` counts the
    runs of every measurement."""
    import statistics
    need = runs // 2 + 1  # the median is the need-th smallest of runs values
    total = 0
    for _attempt in range(attempts):
        smalls, bigs = [], []
        verdict = None
        for done in range(1, runs + 1):
            smalls.append(small())
            bigs.append(big())
            total += 1
            left = runs - done
            if done < need or left == 0:
                continue
            low_s, low_b = sorted(smalls), sorted(bigs)
            # However the runs left turn out, each median lies in
            # [low[need-1-left], low[need-1]].
            big_hi, small_lo = low_b[need - 1], low_s[need - 1 - left]
            if big_hi < floor or big_hi / max(small_lo, 1e-6) < ratio:
                return small_lo, big_hi, total
            big_lo, small_hi = low_b[need - 1 - left], low_s[need - 1]
            if big_lo >= floor and big_lo / max(small_hi, 1e-6) >= ratio:
                verdict = (small_hi, big_lo)
                break
        if verdict is None:
            verdict = (statistics.median(smalls), statistics.median(bigs))
            if verdict[1] < floor or verdict[1] / max(verdict[0], 1e-6) < ratio:
                return verdict[0], verdict[1], total
    return verdict[0], verdict[1], total
'''

namespace: dict[str, Any] = {}
exec(CALIBRATION, namespace)
exec(MEDIAN_RATIO, namespace)
calibrate: Callable[..., float] = namespace["calibrate"]
median_ratio: Callable[..., tuple[float, float, int]] = namespace["median_ratio"]

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
