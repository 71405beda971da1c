"""``median_ratio`` stops early only when the verdict of the full median of runs is
certain: the scaling tests' guarantee is the full run's, at a fraction of the runs."""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from timing_budget import median_ratio

SECONDS = st.floats(min_value=0.0, max_value=20.0, allow_nan=False)


@given(
    smalls=st.lists(SECONDS, min_size=5, max_size=5),
    bigs=st.lists(SECONDS, min_size=5, max_size=5),
    ratio=st.sampled_from([1.0, 10.0, 15.0]),
    floor=st.sampled_from([0.0, 0.5, 5.0]),
)
def test_the_early_verdict_is_the_verdict_of_all_runs(
    smalls: list[float], bigs: list[float], ratio: float, floor: float
) -> None:
    small, big = iter(smalls), iter(bigs)
    t_n, t_10n, runs = median_ratio(
        lambda: next(small), lambda: next(big), runs=5, ratio=ratio, floor=floor, attempts=1
    )
    full_small, full_big = statistics.median(smalls), statistics.median(bigs)
    full = full_big < floor or full_big / max(full_small, 1e-6) < ratio
    assert (t_10n < floor or t_10n / max(t_n, 1e-6) < ratio) == full
    assert 3 <= runs <= 5


def test_a_clear_ratio_takes_three_runs_and_a_close_one_five() -> None:
    linear = iter([1.0, 10.0] * 5)
    assert median_ratio(lambda: next(linear), lambda: next(linear))[2] == 3
    quadratic = iter([1.0, 100.0] * 5)
    assert median_ratio(lambda: next(quadratic), lambda: next(quadratic), attempts=1)[2] == 3
    close = iter([1.0, 14.0, 1.0, 16.0, 1.0, 14.5, 1.0, 15.5, 1.0, 14.9])
    t_n, t_10n, runs = median_ratio(lambda: next(close), lambda: next(close))
    assert (t_n, t_10n, runs) == (1.0, 14.9, 5)


def test_a_fail_is_measured_again_and_a_super_linear_scan_fails_every_time() -> None:
    """A burst of load on one measurement's long runs is measured again; a quadratic
    scan is 100x at every attempt and fails after three measurements of three runs."""
    burst_then_quiet = iter([1.0, 16.0] * 3 + [1.0, 10.0] * 3)
    t_n, t_10n, runs = median_ratio(lambda: next(burst_then_quiet), lambda: next(burst_then_quiet))
    assert (t_n, t_10n, runs) == (1.0, 10.0, 6)
    quadratic = iter([1.0, 100.0] * 9)
    t_n, t_10n, runs = median_ratio(lambda: next(quadratic), lambda: next(quadratic))
    assert (t_n, t_10n, runs) == (1.0, 100.0, 9)
    once = iter([1.0, 100.0] * 3)
    assert median_ratio(lambda: next(once), lambda: next(once), attempts=1)[2] == 3
