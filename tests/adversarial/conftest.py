"""Children of one module, run ahead of their tests, CHILDREN at a time.

The slow suite's children assert CPU-time ratios measured inside one child (n and 10n
alternating) or CPU time in calibration units measured beside the call, so another
child on the other core changes neither verdict; run one after another they left a
core idle. A module lists its jobs in ``CHILD_JOBS`` (test name -> (parameter names,
``run(params, isolated)``)); the ``prefetch`` fixture submits the job of every selected
test of the module at once, and each test waits for its own result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

CHILDREN = max(1, int(os.environ.get("SEEDPARSE_TEST_CHILDREN", "2")))


@pytest.fixture(scope="session")
def child_pool() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=CHILDREN, thread_name_prefix="child")
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def prefetch(
    request: pytest.FixtureRequest, child_pool: ThreadPoolExecutor, isolated: Callable[..., Any]
) -> Callable[..., Any]:
    jobs: dict[str, tuple[tuple[str, ...], Callable[..., Any]]] = request.module.CHILD_JOBS
    futures: dict[tuple[str, tuple[Any, ...]], Future[Any]] = {}
    for item in request.session.items:
        name = getattr(item, "originalname", None)
        if getattr(item, "module", None) is not request.module or name not in jobs:
            continue
        argnames, run = jobs[name]
        params = tuple(item.callspec.params[a] for a in argnames) if argnames else ()
        if (name, params) not in futures:
            futures[(name, params)] = child_pool.submit(run, params, isolated)

    def result(name: str, *params: Any) -> Any:
        """The Isolated of test ``name`` with ``params`` (in CHILD_JOBS order)."""
        return futures[(name, params)].result()

    return result
