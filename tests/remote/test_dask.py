"""seedparse.dask.read_dir on a real distributed.LocalCluster (two worker processes)
reading from moto's S3 server; both started by the session fixtures on 127.0.0.1."""

from __future__ import annotations

import io
import math
import os
import pickle
import signal
import time
from pathlib import Path
from typing import Any

import pytest

import seedparse
from seedparse import DecodeError, Document, Failure

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
import seedparse.dask  # noqa: E402 - after the skip


def expected_items(url: str, options: dict[str, Any]) -> list[Document | Failure]:
    return list(seedparse.iter_dir(url, storage_options=options, errors="collect"))


def test_read_dir_on_two_workers_equals_load_dir_in_order(
    s3: Any, s3_corpus: tuple[str, Path], dask_client: Any
) -> None:
    from distributed import get_task_stream

    url, _ = s3_corpus
    expected = expected_items(url, s3.options)
    bag = seedparse.dask.read_dir(url, storage_options=s3.options, files_per_partition=16)
    assert bag.npartitions == math.ceil(len(expected) / 16)
    with get_task_stream(dask_client) as tasks:
        items = bag.compute()
    assert items == expected
    assert sum(isinstance(i, Failure) for i in items) == 1  # bad/image.png
    # both worker processes read objects
    assert len({task["worker"] for task in tasks.data}) == 2


def test_the_graph_holds_names_not_contents(s3: Any, s3_corpus: tuple[str, Path]) -> None:
    url, root = s3_corpus
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    bag = seedparse.dask.read_dir(url, storage_options=s3.options, files_per_partition=16)
    shipped = len(pickle.dumps(dict(bag.__dask_graph__())))
    assert shipped < size / 10, (shipped, size)


def test_errors_skip_and_raise(s3: Any, s3_corpus: tuple[str, Path], dask_client: Any) -> None:
    url, _ = s3_corpus
    expected = [i for i in expected_items(url, s3.options) if isinstance(i, Document)]
    skipped = seedparse.dask.read_dir(url, storage_options=s3.options, errors="skip")
    assert skipped.compute() == expected
    raising = seedparse.dask.read_dir(url, storage_options=s3.options, errors="raise")
    with pytest.raises(DecodeError) as raised:
        raising.compute()
    assert raised.value.source == f"{url}/bad/image.png"


def test_local_tree_on_the_cluster(corpus_dir: Path, dask_client: Any) -> None:
    bag = seedparse.dask.read_dir(corpus_dir, files_per_partition=64)
    assert bag.compute() == list(seedparse.iter_dir(corpus_dir, errors="collect"))


def test_progress_through_dask_diagnostics(corpus_dir: Path) -> None:
    from dask.diagnostics import ProgressBar

    shown = io.StringIO()
    bag = seedparse.dask.read_dir(corpus_dir, pattern="d000/*", files_per_partition=8)
    with ProgressBar(out=shown, dt=0.01):
        items = bag.compute(scheduler="threads")
    assert items == list(seedparse.iter_dir(corpus_dir, pattern="d000/*", errors="collect"))
    assert "100%" in shown.getvalue()


def test_empty_and_bad_arguments(tmp_path: Path) -> None:
    assert seedparse.dask.read_dir(tmp_path).compute(scheduler="sync") == []
    with pytest.raises(seedparse.ArgumentError):
        seedparse.dask.read_dir(tmp_path, files_per_partition=0)
    with pytest.raises(seedparse.ArgumentError):
        seedparse.dask.read_dir(tmp_path, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(seedparse.ReaderError):
        seedparse.dask.read_dir(tmp_path, reader="no-such-reader")


def _finished(dask_scheduler: Any) -> int:
    return sum(1 for task in dask_scheduler.tasks.values() if task.state == "memory")


def test_a_worker_killed_mid_job_loses_nothing(
    s3: Any, s3_corpus: tuple[str, Path], dask_client: Any
) -> None:
    url, _ = s3_corpus
    expected = expected_items(url, s3.options)
    dask_client.wait_for_workers(2, timeout=120)
    pids = dask_client.run(os.getpid)
    victim = pids[sorted(pids)[0]]
    bag = seedparse.dask.read_dir(url, storage_options=s3.options, files_per_partition=2)
    future = dask_client.compute(bag)
    deadline = time.monotonic() + 120
    while dask_client.run_on_scheduler(_finished) < 4 and not future.done():
        assert time.monotonic() < deadline, "the job did not start"
        time.sleep(0.01)
    assert not future.done(), "the job ended before a worker could be killed"
    os.kill(victim, signal.SIGKILL)
    assert future.result(timeout=600) == expected
    dask_client.wait_for_workers(2, timeout=120)
    assert victim not in dask_client.run(os.getpid).values()
