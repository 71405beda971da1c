"""Benchmark: a corpus from S3 on loopback, through load_dir and through
seedparse.dask.read_dir on two worker processes, against the local serial load_dir.

Run on demand (never in the test suite; it takes minutes)::

    nice python benchmarks/bench_remote.py                  # 20,000 generated documents
    nice python benchmarks/bench_remote.py --docs 2000 --json out.json
    nice python benchmarks/bench_remote.py --corpus /path/to/folder

The S3 server is moto's, in a process of its own on 127.0.0.1 (so that serving does
not share the measuring process's GIL), filled once with the corpus. Each figure is
one run in a fresh interpreter; the ratios compare runs of this one invocation, on
this machine and its load, which is what carries over between machines. moto is a
Python server: on a two-core machine it takes CPU from the parsers, so S3 figures
here are a floor, not what a real object store gives.

Modes: ``local`` (load_dir on the folder, one process), ``s3_raw`` (only fetching
every object from the server, 64 at a time, as the reader's prefetch does: the
server's own ceiling; run it with ``--modes``), ``s3`` (load_dir on the s3:// URL,
one process), ``s3_workers2`` (load_dir workers=2), ``dask2`` (read_dir on a
LocalCluster with two single-threaded worker processes; the cluster's start-up is
not counted, the listing is), ``dask2_local`` (read_dir on the local folder).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GEN = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
SEEDS = ROOT / "seeds"
BUCKET = "seedparse-bench"
MODES = ("local", "s3", "s3_workers2", "dask2", "dask2_local")
EXTRA_MODES = ("s3_raw",)

_SERVER = """
import sys
from moto.server import ThreadedMotoServer
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)
sys.stdin.read()  # until the parent closes the pipe
server.stop()
"""


def _options(endpoint: str) -> dict[str, Any]:
    return {
        "key": "bench",
        "secret": "bench",
        "client_kwargs": {"endpoint_url": endpoint, "region_name": "us-east-1"},
    }


def _files(corpus: str) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        out.extend(os.path.join(dirpath, name) for name in sorted(filenames))
    return out


def _upload(endpoint: str, corpus: str) -> None:
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=BUCKET)

    def put(path: str) -> None:
        key = "corpus/" + os.path.relpath(path, corpus).replace(os.sep, "/")
        with open(path, "rb") as handle:
            client.put_object(Bucket=BUCKET, Key=key, Body=handle.read())

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(put, _files(corpus)))


def _child(mode: str, corpus: str, endpoint: str) -> dict[str, object]:
    """One measurement, in this (fresh) process."""
    import seedparse

    url = f"s3://{BUCKET}/corpus"
    options = _options(endpoint)
    cluster = client = None
    if mode.startswith("dask"):
        import distributed

        import seedparse.dask

        cluster = distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = distributed.Client(cluster)
        client.run(lambda: __import__("seedparse.formats.webpage"))  # warm imports
    start = time.perf_counter()
    if mode == "local":
        result = seedparse.load_dir(corpus, errors="collect")
        docs, failures = len(result), len(result.failures)
    elif mode == "s3_raw":
        import fsspec

        fs, root = fsspec.core.url_to_fs(url, **options)
        names = sorted(fs.find(root))
        docs = failures = 0
        for at in range(0, len(names), 64):
            window = names[at : at + 64]
            for data in fs.cat_ranges(window, 0, seedparse.Limits().max_bytes + 1):
                docs += isinstance(data, bytes)
                failures += not isinstance(data, bytes)
    elif mode in ("s3", "s3_workers2"):
        workers = 2 if mode == "s3_workers2" else None
        result = seedparse.load_dir(url, storage_options=options, errors="collect", workers=workers)
        docs, failures = len(result), len(result.failures)
    else:
        where = corpus if mode == "dask2_local" else url
        bag = seedparse.dask.read_dir(
            where, storage_options=None if mode == "dask2_local" else options
        )
        items = bag.compute()
        docs = sum(isinstance(item, seedparse.Document) for item in items)
        failures = len(items) - docs
    seconds = time.perf_counter() - start
    if client is not None and cluster is not None:
        client.close()
        cluster.close()
    return {"mode": mode, "seconds": seconds, "docs": docs, "failures": failures}


def _measure(mode: str, corpus: str, endpoint: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--corpus", corpus, "--endpoint", endpoint],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="an existing folder of documents")
    parser.add_argument("--docs", type=int, default=20000, help="documents to generate")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated modes")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(_child(args.child, args.corpus, args.endpoint)))
        return 0

    with tempfile.TemporaryDirectory(prefix="seedparse-bench-remote-") as scratch:
        corpus = args.corpus
        if corpus is None:
            corpus = os.path.join(scratch, "corpus")
            subprocess.run(
                [
                    sys.executable,
                    str(GEN),
                    "--seeds",
                    str(SEEDS),
                    "--out",
                    corpus,
                    "--docs",
                    str(args.docs),
                    "--subdirs",
                    "20",
                    "--manifest",
                    os.path.join(scratch, "manifest.tsv"),
                ],
                check=True,
                capture_output=True,
            )
        files = _files(corpus)
        mb = sum(os.path.getsize(p) for p in files) / 1e6
        print(f"corpus: {len(files)} files, {mb:.1f} MB", flush=True)
        server = subprocess.Popen(
            [sys.executable, "-c", _SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert server.stdout is not None
            endpoint = f"http://127.0.0.1:{int(server.stdout.readline())}"
            started = time.perf_counter()
            _upload(endpoint, corpus)
            print(
                f"uploaded to moto S3 on {endpoint} in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
            results = []
            for mode in args.modes.split(","):
                results.append(_measure(mode, corpus, endpoint))
                print(f"  {mode}: {float(results[-1]['seconds']):.2f} s", flush=True)  # type: ignore[arg-type]
        finally:
            assert server.stdin is not None
            server.stdin.close()
            server.wait(timeout=60)
    base = next((r for r in results if r["mode"] == "local"), None)
    print(f"{'mode':<14}{'seconds':>9}{'MB/s':>8}{'docs/s':>9}{'failures':>9}{'x local':>9}")
    for r in results:
        secs = float(r["seconds"])  # type: ignore[arg-type]
        r["mb_per_s"] = mb / secs
        r["docs_per_s"] = float(r["docs"]) / secs  # type: ignore[arg-type]
        r["speed_vs_local"] = float(base["seconds"]) / secs if base else float("nan")  # type: ignore[arg-type]
        print(
            f"{r['mode']:<14}{secs:>9.2f}{r['mb_per_s']:>8.1f}{r['docs_per_s']:>9.0f}"
            f"{r['failures']:>9}{r['speed_vs_local']:>9.2f}"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps({"files": len(files), "mb": mb, "results": results}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
